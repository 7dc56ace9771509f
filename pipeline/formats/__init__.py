"""Format readers: the bytes of one file → the text chitieu reads.

One module per format (:mod:`.text`, :mod:`.docx`, :mod:`.pdf`, :mod:`.html`,
:mod:`.doc`); :func:`sniff` picks one from the file's first bytes and, failing
that, its suffix, so a PDF saved as ``.txt`` is still read as a PDF and a
binary file renamed ``.txt`` is refused instead of read as garbage.

Every reader returns an :class:`Extracted`; the text it holds is what
``Document.text`` will be and what every ``Target.span`` indexes.
"""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.formats import doc, docx, html, pdf, text
from pipeline.formats.base import MAX_BYTES, MAX_FILE_BYTES, MAX_TEXT_CHARS, Extracted, too_long

__all__ = ["Extracted", "MAX_FILE_BYTES", "MAX_TEXT_CHARS", "extract_bytes", "sniff"]

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


_READERS = {"txt": text.read, "docx": docx.read, "pdf": pdf.read, "html": html.read, "doc": doc.read}
# C0 controls other than tab, newline, form feed and carriage return: a few in a
# text file are noise, many mean binary content.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _looks_like_text(head: bytes) -> bool:
    """Do these first bytes read as text (a BOM, or almost no control bytes)?"""
    if head.startswith(_UNICODE_BOMS):
        return True
    return b"\x00" not in head and len(_CONTROL.findall(head)) <= max(2, len(head) // 100)


def sniff(data: bytes, suffix: str) -> str:
    """The reader for these bytes: ``txt``, ``docx``, ``pdf``, ``html`` or ``doc``.

    Content wins over the suffix; raises ``ValueError`` with a reason for bytes
    no reader takes (images, archives, encrypted Office files).

    >>> sniff("Nghị quyết số 29-NQ/TU".encode(), ".txt")
    'txt'
    >>> sniff(b"%PDF-1.7 ...", ".txt")
    'pdf'
    >>> sniff("Kế hoạch số 12-KH/HU".encode(), ".pdf")  # text saved as .pdf
    'txt'
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
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    is_page = start.startswith((b"<!doctype html", b"<html"))
    if suffix in {".docx", ".pdf", ".doc"}:
        # No magic number of that format: text saved under the wrong name is read
        # as text; anything else goes to the format's reader, which says it is damaged.
        if not _looks_like_text(data[:4096]):
            return suffix[1:]
        return "html" if is_page else "txt"
    if suffix in {".html", ".htm", ".xhtml"} or is_page:
        return "html"
    return "txt"


def extract_bytes(data: bytes, path: Path | str) -> Extracted:
    """Run the reader :func:`sniff` picks; raises :class:`pipeline.errors.ReadError`.

    >>> extract_bytes("Hội Nông dân đạt 90% trở lên".encode(), "a.txt").text
    'Hội Nông dân đạt 90% trở lên'
    """
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(path, f"file too large ({len(data) // 2**20} MB, limit {MAX_FILE_BYTES // 2**20} MB)")
    if not data.strip():
        raise ReadError(path, "empty file")
    try:
        fmt = sniff(data, Path(path).suffix)
    except ValueError as e:
        raise ReadError(path, str(e)) from None
    limit = MAX_BYTES.get(fmt, MAX_FILE_BYTES)
    if len(data) > limit:
        raise ReadError(path, f"file too large for a {fmt} document ({len(data) / 2**20:.1f} MB, "
                              f"limit {limit / 2**20:.1f} MB)")
    got = _READERS[fmt](data, path)
    if len(got.text) > MAX_TEXT_CHARS:
        raise ReadError(path, too_long(len(got.text)))
    return got
