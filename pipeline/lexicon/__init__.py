"""The one lexicon registry: Vietnamese vocabulary kept in ``pipeline/data/*.yaml``.

Every data file has a pydantic model (``models.py`` for extraction; the other
stages register theirs in ``MODELS`` the same way); each file is validated on
first use and loaded once. Analysts extend the files; the code does not change.

    >>> load_lexicon("comparators").before["ít nhất"]
    '>='
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex
import yaml

from pipeline.errors import LexiconError
from pipeline.lexicon import compare_models, export_models, metadata_models, models, web_models
from pipeline.lexicon.patterns import (alternation, compile_pattern, ends_with, longest_first, phrase_pattern,
                                       starts_with, words_re)
from pipeline.lexicon.models import *  # noqa: F401,F403  (the models, for callers and tests)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: data file stem → the model that validates it
MODELS = {**models.MODELS, **metadata_models.MODELS, **web_models.MODELS, **compare_models.MODELS,
          **export_models.MODELS}

__all__ = ["DATA_DIR", "MODELS", "LexiconError", "load_lexicon", "compiled", "alternation", "ends_with",
           "longest_first", "phrase_pattern", "starts_with", "words_re", "compile_pattern"]


@lru_cache(maxsize=None)
def load_lexicon(name: str):
    """Load and validate ``pipeline/data/<name>.yaml`` (once).

    >>> load_lexicon("units").multipliers["tỷ"]
    1000000000
    """
    path = DATA_DIR / f"{name}.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return MODELS[name].model_validate(raw)
    except Exception as e:  # name the file: analysts edit these by hand
        raise LexiconError(f"{path}: {e}") from e


@lru_cache(maxsize=None)
def compiled(name: str, *path: str):
    """Compiled phrase pattern for a list inside a lexicon, cached.

    >>> bool(compiled("levels", "all").search("các tổ chức các cấp"))
    True
    """
    obj = load_lexicon(name)
    for p in path:
        obj = obj[p] if isinstance(obj, dict) else getattr(obj, p)
    if isinstance(obj, dict):
        obj = list(obj)
    return words_re(obj) if obj else regex.compile(r"(?!)")  # (an empty list matches nothing)
