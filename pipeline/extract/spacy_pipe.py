"""``chitieu_targets``: the whole extract stage as one pipe for your own spaCy pipeline.

    >>> import spacy
    >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    >>> _ = nlp.add_pipe("chitieu_targets")
    >>> [(t.org, t.value) for t in nlp("Hội Nông dân đạt 90% trở lên.")._.chitieu_targets]
    [('HND', 90.0)]

spaCy finds the factory through the ``spacy_factories`` entry point declared
in ``pyproject.toml``, so no import is needed before ``add_pipe``. Spans of
the records index ``doc.text``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import extract_targets
from pipeline.read import document_from_text

if not Doc.has_extension("chitieu_targets"):
    Doc.set_extension("chitieu_targets", default=None)


class TargetsPipe:
    """Sets ``doc._.chitieu_targets`` to the target records of ``doc.text``."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id

    def __call__(self, doc: Doc) -> Doc:
        doc._.chitieu_targets = extract_targets(document_from_text(doc.text, self.doc_id))
        return doc


@Language.factory("chitieu_targets", assigns=["doc._.chitieu_targets"], default_config={"doc_id": "text"})
def make_targets(nlp: Language, name: str, doc_id: str) -> TargetsPipe:
    """The factory behind ``nlp.add_pipe("chitieu_targets")``."""
    return TargetsPipe(doc_id)
