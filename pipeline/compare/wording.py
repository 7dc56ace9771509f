"""The compare stage's data files, through the one lexicon registry.

``compare_reasons.yaml`` holds verdict labels and colours, the way values and
time frames are written and the reason templates; ``compare_lexicon.yaml`` the
words alignment and the verdicts rely on. Their models are in
:mod:`pipeline.lexicon.compare_models`; each file is validated and read once.
"""
from __future__ import annotations

from pipeline.lexicon import load_lexicon
from pipeline.lexicon.compare_models import PLACEHOLDERS, VERDICTS, CompareWords, Wording

__all__ = ["VERDICTS", "PLACEHOLDERS", "Wording", "CompareWords", "wording", "words"]


def wording() -> Wording:
    """The validated ``compare_reasons.yaml``.

    >>> wording().verdicts["weaker"].label
    'Thấp hơn'
    """
    return load_lexicon("compare_reasons")


def words() -> CompareWords:
    """The validated ``compare_lexicon.yaml``.

    >>> "xã" in words().synonyms
    True
    """
    return load_lexicon("compare_lexicon")
