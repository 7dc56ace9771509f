"""The documents of a comparison: a parent or a plan, its records and its text.

A side comes from a path (a document, or a ``.jsonl`` of records), a
:class:`schemas.Document` or a list of records; each is read (with its
metadata) and extracted once, and its records are read in their context once
(:attr:`Side.readings`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Optional, Sequence, Union

from pipeline.compare.context import Reading, read_records
from pipeline.export import read_jsonl
from pipeline.extract import extract_targets, extract_with_metadata
from pipeline.read import read_document
from schemas import Document, Target

Source = Union[str, Path, Document, Sequence[Target]]


@dataclass
class Side:
    """One document of a comparison: its id, its records and (when known) its text and path."""

    doc_id: str
    targets: list[Target]
    text: Optional[str] = None
    path: Optional[str] = None
    level: Optional[str] = None  # the issuer's level (Document.issuer_level): province, district, ...

    @cached_property
    def readings(self) -> list[Reading]:
        """What each record measures, read from the text (or its quote) once."""
        return read_records(self.targets, self.text)


def _read_jsonl_targets(path: Path) -> list[Target]:
    fields = set(Target.model_fields)
    return [Target.model_validate({k: v for k, v in r.items() if k in fields}) for r in read_jsonl(path)]


def load_side(source: Union[Source, Side]) -> Side:
    """A path (document or .jsonl of records), a Document or a list of Targets → :class:`Side`.

    Raises :class:`pipeline.errors.ReadError` for a file that cannot be read and
    ``ValueError`` for a .jsonl that holds several documents.

    >>> load_side([]).targets
    []
    """
    if isinstance(source, Side):
        return source
    if isinstance(source, Document):
        return Side(source.id, extract_targets(source), source.text, source.source_path, source.issuer_level)
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.suffix.lower() == ".jsonl":
            targets = _read_jsonl_targets(path)
            ids = {t.doc_id for t in targets}
            if len(ids) > 1:
                raise ValueError(f"{path}: records of {len(ids)} documents; give one document per file")
            return Side(ids.pop() if ids else path.stem, targets, None, str(path))
        doc, targets = extract_with_metadata(read_document(path))  # metadata and records from one reading
        return Side(doc.id, targets, doc.text, doc.source_path, doc.issuer_level)
    targets = list(source)
    return Side(targets[0].doc_id if targets else "", targets)
