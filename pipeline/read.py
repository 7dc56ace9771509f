"""Read stage: a file on disk → :class:`schemas.Document`.

Plain UTF-8 text (with or without a BOM) is read as it is, so a record's span
indexes the file's own characters. Anything that cannot be read raises
:class:`ReadError`, which names the file and the reason.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from schemas import Document


class ReadError(Exception):
    """A file chitieu cannot turn into text; ``str(err)`` names file and reason."""

    def __init__(self, path: Path | str, reason: str, stage: str = "read"):
        self.path = str(path)
        self.reason = reason
        self.stage = stage
        super().__init__(f"{self.path}: {reason}")


def decode_text(data: bytes, path: Path | str) -> str:
    """Bytes of a text file → str; UTF-8 only, a BOM is dropped.

    >>> decode_text("Hội Nông dân".encode(), "a.txt")
    'Hội Nông dân'
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary content (NUL bytes), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(path, f"not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from None


def read_document(path: Path | str) -> Document:
    """Read one file into a Document.

    >>> doc = read_document("corpora/000_f70623145abb4c5f.txt")  # doctest: +SKIP
    >>> doc.id
    '000_f70623145abb4c5f'
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(p, e.strerror or str(e)) from None
    text = decode_text(data, p)
    return Document(
        id=p.stem,
        source_path=str(p),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        source_format="txt",
    )


def document_from_text(text: str, doc_id: str = "text") -> Document:
    """Wrap a string as a Document (for the Python API and tests).

    >>> document_from_text("Hằng năm ít nhất 01 việc làm mới").id
    'text'
    """
    return Document(
        id=doc_id,
        source_path="<text>",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        source_format="txt",
    )


TEXT_SUFFIXES = {".txt", ".text", ".md"}


def iter_paths(paths: list[Path | str], suffixes: set[str] | None = None):
    """Files named or found (recursively) under the given paths, sorted, deduplicated."""
    suffixes = suffixes or TEXT_SUFFIXES
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in suffixes
                           and not any(part.startswith(".") for part in q.relative_to(p).parts))
        else:
            found = [p]
        for q in found:
            if q not in seen:
                seen.add(q)
                yield q
