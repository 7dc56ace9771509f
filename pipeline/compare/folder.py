"""Folder mode: find a resolution and the plans that say they implement it.

Reads every document of a folder with its metadata (:func:`pipeline.metadata.fill`:
``Document.number``, ``Document.implements``) and picks the one numbered as
asked and those that name it as the document they carry out.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Optional

import regex

from pipeline.metadata import fill
from pipeline.read import iter_paths, read_document
from schemas import Document


def normalize_symbol(symbol: Optional[str]) -> str:
    """A document number comparable across spellings.

    >>> normalize_symbol("29- NQ/TU") == normalize_symbol("29-nq/tu")
    True
    """
    if not symbol:
        return ""
    s = unicodedata.normalize("NFC", symbol).upper()
    return regex.sub(r"\s+", "", s).removeprefix("SỐ")


def _implements(doc: Document, symbol: str) -> bool:
    return any(normalize_symbol(r.number) == symbol for r in doc.implements)


def find_family(symbol: str, folder: Path | str) -> tuple[Document, list[Document]]:
    """The document numbered ``symbol`` in ``folder`` and the documents implementing it.

    When no document carries the number itself, a report on it (``subject``)
    stands in as the reference. Raises ``LookupError`` naming what was found.
    """
    wanted = normalize_symbol(symbol)
    docs = [fill(read_document(p)) for p in iter_paths([Path(folder)])]
    refs = [d for d in docs if normalize_symbol(d.number) == wanted]
    if not refs:
        refs = [d for d in docs if d.subject is not None and normalize_symbol(d.subject.number) == wanted]
    if not refs:
        implementing = [d.source_path for d in docs if _implements(d, wanted)]
        hint = (f"; these say they implement it: {', '.join(implementing)} — compare them with "
                "chitieu compare PLAN --parent PARENT") if implementing else ""
        raise LookupError(f"no document numbered {symbol} in {folder}{hint}")
    ref = refs[0]
    plans = [d for d in docs if d.id != ref.id and _implements(d, wanted)]
    return ref, plans
