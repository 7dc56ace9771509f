"""Plain text in any encoding Vietnamese documents arrive in.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded as they are;
NFD text stays NFD (the core normalizes for matching, spans index what was
read). Bytes that are not UTF-8 are Windows-1258, or one of the legacy
font encodings TCVN3 (ABC, ``.VnTime``) and VNI, whose bytes decoded as
Windows-1252 give the "surface" characters viparse maps back to Unicode.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import viparse

from pipeline.errors import ReadError
from pipeline.formats.base import Extracted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters only Vietnamese Unicode has, outside Latin-1 (ă đ ơ ư and the tone-marked
# block U+1EA0–U+1EF9) and the combining tone marks of decomposed text.
_VN_LETTER = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9\u0300-\u0303\u0306\u0309\u031b\u0323]")
_HIGH_LATIN1 = re.compile("[\u00a0-\u00ff]")
# C0 controls other than tab, newline, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _cp1252(data: bytes) -> str:
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    return "".join(ch if ch != "\ufffd" else data[i:i + 1].decode("latin-1")
                   for i, ch in enumerate(data.decode("cp1252", errors="replace"))) \
        if any(b in data for b in b"\x81\x8d\x8f\x90\x9d") else data.decode("cp1252")


def vietnamese_ratio(text: str) -> float:
    """Share of letters that only Vietnamese Unicode writes (about 0.1 in real text).

    >>> round(vietnamese_ratio("Hội Nông dân đạt 90%"), 2)
    0.23
    >>> vietnamese_ratio("H\u00e9i N\u00abng d\u00a9n")  # TCVN3 surface text
    0.0
    """
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(_VN_LETTER.findall(text)) / letters


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Convert TCVN3 / VNI "surface" text to Unicode; other text unchanged.

    Returns the text and the legacy encoding found (``None`` if none). Only
    text with almost no Vietnamese Unicode letters and some Latin-1 letters is
    tried, so a real Unicode document is never touched (and stays fast).

    >>> repair_legacy("H\u00e9i N\u00abng d\u00a9n \u00ae\u00b9t 90% tr\u00eb l\u00aan")
    ('Hội Nông dân đạt 90% trở lên', 'tcvn3')
    >>> repair_legacy("Ho\u0323\u0302i No\u0302ng da\u0302n")[1] is None  # NFD Unicode: untouched
    True
    """
    if vietnamese_ratio(text) > 0.01 or len(_HIGH_LATIN1.findall(text)) < 3:
        return text, None
    encoding = viparse.detect_text_encoding(text)
    if encoding is None:
        return text, None
    return viparse.fix(text, encoding=encoding), encoding


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Bytes of a text file → (text, encoding name).

    >>> decode("Hội Nông dân".encode("utf-16"), "a.txt")
    ('Hội Nông dân', 'utf-16')
    >>> decode("Ba\u0300n Thươ\u0300ng vu\u0323 Huyê\u0323n u\u0309y".encode("cp1258"), "a.txt")[1]
    'cp1258'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise ReadError(path, f"damaged {codec} text (byte {e.start})") from None
            name = "utf-8" if codec == "utf-8-sig" else codec
            return _checked(text, path), name
    if b"\x00" in data[:4096]:
        codec = _looks_utf16(data)
        if codec is None:
            raise ReadError(path, "binary content (NUL bytes), not a text document")
        try:
            return _checked(data.decode(codec), path), "utf-16"
        except UnicodeDecodeError:
            raise ReadError(path, "binary content (NUL bytes), not a text document") from None
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    # One byte per character: a legacy font encoding or Windows-1258.
    latin = _checked(_cp1252(data), path)
    fixed, legacy = repair_legacy(latin)
    if legacy:
        return fixed, legacy
    try:
        vn = data.decode("cp1258")
    except UnicodeDecodeError:
        vn = None
    if vn is not None and vietnamese_ratio(vn) > 0.02:
        # Windows-1258 writes most tones as a combining mark after the letter; the
        # composed form is what every other file gives and what a search finds.
        return unicodedata.normalize("NFC", vn), "cp1258"
    raise ReadError(path, "unknown text encoding: not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI")


def _checked(text: str, path: Path | str) -> str:
    if not text.strip():
        raise ReadError(path, "empty file")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, 0.01 * len(sample)):
        raise ReadError(path, "binary content (control bytes), not a text document")
    return text


def finish(text: str) -> tuple[str, str | None]:
    """Common last step of every reader: legacy repair of already-decoded text.

    Word and PDF files typed in ``.VnTime`` or VNI fonts hand over surface
    characters, as do UTF-8 files pasted from them.

    >>> finish("Hội Nông dân đạt 90%")
    ('Hội Nông dân đạt 90%', None)
    """
    return repair_legacy(text)


def read(data: bytes, path: Path | str) -> Extracted:
    """A text file → :class:`Extracted` (legacy encodings converted).

    >>> read("Hằng năm ít nhất 01 việc làm mới".encode(), "a.txt").encoding
    'utf-8'
    """
    text, encoding = decode(data, path)
    if encoding not in ("tcvn3", "vni", "viscii"):
        fixed, legacy = repair_legacy(text)
        if legacy:
            text, encoding = fixed, f"{legacy} (in {encoding})"
    return Extracted(text, "txt", encoding)
