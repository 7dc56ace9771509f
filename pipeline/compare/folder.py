"""Folder mode: find a resolution and the plans that say they implement it.

Needs document metadata (``Document.number``, ``Document.implements``) from
:mod:`pipeline.metadata`; when that stage is not available,
:class:`MetadataUnavailable` says so.
"""
from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path
from typing import Optional

import regex

from schemas import Document

#: Names :mod:`pipeline.metadata` may give its Document → metadata function.
METADATA_FUNCTIONS = ("fill", "extract_metadata", "with_metadata", "add_metadata", "read_metadata",
                      "document_metadata", "metadata")


class MetadataUnavailable(RuntimeError):
    """Document metadata (number, implements) cannot be read in this installation."""


def normalize_symbol(symbol: Optional[str]) -> str:
    """A document number comparable across spellings.

    >>> normalize_symbol("29- NQ/TU") == normalize_symbol("29-nq/tu")
    True
    """
    if not symbol:
        return ""
    s = unicodedata.normalize("NFC", symbol).upper()
    return regex.sub(r"\s+", "", s).removeprefix("SỐ")


def _metadata_function():
    try:
        module = importlib.import_module("pipeline.metadata")
    except ImportError as e:
        raise MetadataUnavailable(
            "folder mode needs document metadata (pipeline.metadata), which this installation "
            f"does not have yet ({e}); compare files instead: chitieu compare REFERENCE PLAN...") from None
    for name in METADATA_FUNCTIONS:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    raise MetadataUnavailable(
        "pipeline.metadata has no function to read a document's metadata "
        f"(looked for {', '.join(METADATA_FUNCTIONS)})")


def with_metadata(doc: Document) -> Document:
    """The document with ``number`` and ``implements`` filled by :mod:`pipeline.metadata`."""
    fn = _metadata_function()
    got = fn(doc)
    if isinstance(got, Document):
        return got
    if hasattr(got, "model_dump"):
        got = got.model_dump()
    if isinstance(got, dict):
        fields = set(Document.model_fields)
        return doc.model_copy(update={k: v for k, v in got.items() if k in fields})
    return doc  # the function filled the document in place


def _implements(doc: Document, symbol: str) -> bool:
    refs = list(doc.implements or [])
    return any(normalize_symbol(getattr(r, "number", None)) == symbol for r in refs)


def find_family(symbol: str, folder: Path | str) -> tuple[Document, list[Document]]:
    """The document numbered ``symbol`` in ``folder`` and the documents implementing it.

    When no document carries the number itself, a report on it (``subject``)
    stands in as the reference.
    """
    from pipeline.read import iter_paths, read_document

    _metadata_function()  # fail before reading anything
    wanted = normalize_symbol(symbol)
    docs = [with_metadata(read_document(p)) for p in iter_paths([Path(folder)])]
    refs = [d for d in docs if normalize_symbol(d.number) == wanted]
    if not refs:
        refs = [d for d in docs if normalize_symbol(getattr(d.subject, "number", None)) == wanted]
    if not refs:
        implementing = [d.source_path for d in docs if _implements(d, wanted)]
        hint = (f"; these say they implement it: {', '.join(implementing)} — compare them with "
                "chitieu compare REFERENCE PLAN...") if implementing else ""
        raise LookupError(f"no document numbered {symbol} in {folder}{hint}")
    ref = refs[0]
    plans = [d for d in docs if d.id != ref.id and _implements(d, wanted)]
    return ref, plans
