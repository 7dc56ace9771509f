"""Format readers: the bytes of one file → the text chitieu reads.

One module per format (:mod:`.text`, :mod:`.docx`, :mod:`.pdf`, :mod:`.html`,
:mod:`.doc`); :func:`sniff` picks one from the file's first bytes and, failing
that, its suffix, so a PDF saved as ``.txt`` is still read as a PDF and a
binary file renamed ``.txt`` is refused instead of read as garbage.

Every reader returns an :class:`Extracted`; the text it holds is what
``Document.text`` will be and what every ``Target.span`` indexes.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

#: Largest file read at all; bigger ones are refused before parsing (bytes).
MAX_FILE_BYTES = 200 * 1024 * 1024


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Compound-file stream names are UTF-16LE; an encrypted OOXML file keeps its
# real content in a stream called EncryptedPackage.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")

# Magic numbers of files that are certainly not documents chitieu can read.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image (needs OCR)",
    b"\xff\xd8\xff": "a JPEG image (needs OCR)",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image (needs OCR)",
    b"MM\x00*": "a TIFF image (needs OCR)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "an executable",
    b"MZ": "an executable",
}


_MODULES = {"txt": "text", "docx": "docx", "pdf": "pdf", "html": "html", "doc": "doc"}


@dataclass
class Extracted:
    """Text read from a file, with how it was read.

    >>> Extracted("Hội Nông dân đạt 90%", "txt", "utf-8").format
    'txt'
    """

    text: str
    format: str
    encoding: str | None = None


def sniff(data: bytes, suffix: str) -> str:
    """The reader for these bytes: ``txt``, ``docx``, ``pdf``, ``html`` or ``doc``.

    Content wins over the suffix; raises ``ValueError`` with a reason for bytes
    no reader takes (images, archives, encrypted Office files).

    >>> sniff("Nghị quyết số 29-NQ/TU".encode(), ".txt")
    'txt'
    >>> sniff(b"%PDF-1.7 ...", ".txt")
    'pdf'
    """
    suffix = suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        # A truncated .docx may have lost its directory: let the reader say so.
        return "docx"
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise ValueError("password-protected (encrypted) Office file; remove the password and save again")
        if _WORD_STREAM in data or suffix in {".doc", ".dot"}:
            return "doc"
        raise ValueError("a legacy Office file that is not a Word document")
    if data.startswith(b"{\\rtf"):
        raise ValueError("RTF is not supported; save it as .docx")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"binary content ({what}), not a text document")
    if suffix in {".docx", ".pdf", ".doc"}:
        return suffix[1:]
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def extract_bytes(data: bytes, path: Path | str) -> Extracted:
    """Run the reader :func:`sniff` picks; raises ``pipeline.read.ReadError``.

    >>> extract_bytes("Hội Nông dân đạt 90% trở lên".encode(), "a.txt").text
    'Hội Nông dân đạt 90% trở lên'
    """
    from pipeline.errors import ReadError

    if len(data) > MAX_FILE_BYTES:
        raise ReadError(path, f"file too large ({len(data) // 2**20} MB, limit {MAX_FILE_BYTES // 2**20} MB)")
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        fmt = sniff(data, Path(path).suffix)
    except ValueError as e:
        raise ReadError(path, str(e)) from None
    module = importlib.import_module(f"pipeline.formats.{_MODULES[fmt]}")
    return module.read(data, path)
