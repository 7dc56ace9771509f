"""Checking an upload before it is read: size, format by content, a safe file name.

A refused file raises :class:`Rejected`, which carries the HTTP status and the
key of its Vietnamese message in ``web_interface.yaml``; the page shows the
message, the status tells a script what happened (413 too large, 415 not a
document chitieu reads).
"""
from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.formats import sniff
from pipeline.formats.doc import find_soffice
from pipeline.read import decode_text

#: Bytes read from an upload at a time.
CHUNK = 2**20
#: Share of control characters above which "text" is binary data.
MAX_CONTROL_SHARE = 0.01
#: Longest file name kept (characters, without the folder).
MAX_NAME = 120
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class Rejected(Exception):
    """An upload the server refuses: HTTP ``status``, message ``key`` and its values."""

    def __init__(self, status: int, key: str, **values):
        self.status = status
        self.key = key
        self.values = values
        super().__init__(f"{status} {key} {values}")


@dataclass
class Upload:
    """A file accepted for reading: what the user called it, where it is, its role."""

    name: str
    path: Path
    role: str  # "parent" or "plan"
    fmt: str


async def read_limited(upload, limit: int) -> bytes:
    """The bytes of a Starlette ``UploadFile``, refused past ``limit`` bytes (413)."""
    parts, size = [], 0
    while True:
        chunk = await upload.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise Rejected(413, "too_large", name=upload.filename or "", size_mb=_mb(size, upload),
                           limit_mb=megabytes(limit))
        parts.append(chunk)
    return b"".join(parts)


def _mb(size: int, upload) -> str:
    total = getattr(upload, "size", None) or size
    return megabytes(total)


def megabytes(n: int) -> str:
    """Megabytes as a Vietnamese number: ``'20'``, ``'1,5'``."""
    mb = round(n / 2**20, 1)
    return (f"{mb:g}").replace(".", ",")


def _is_text(data: bytes, name: str) -> bool:
    try:
        text = decode_text(data, name)
    except (ReadError, ValueError, UnicodeError):
        return False
    sample = text[:65536]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls <= MAX_CONTROL_SHARE * max(1, len(sample))


def check_format(data: bytes, name: str) -> str:
    """The reader for an upload (``txt``, ``docx``, ``pdf``, ``html``, ``doc``), decided by
    its content; raises :class:`Rejected` (415) for anything else.

    >>> check_format("Kế hoạch số 12-KH/HU".encode(), "ke_hoach.txt")
    'txt'
    >>> try:
    ...     check_format(b"\\x89PNG\\r\\n\\x1a\\n....", "ke_hoach.docx")
    ... except Rejected as e:
    ...     print(e.status, e.key)
    415 wrong_format
    """
    if not data.strip():
        raise Rejected(415, "empty", name=name)
    suffix = Path(name).suffix.lower()
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_STREAM in data:
        raise Rejected(415, "encrypted", name=name)
    try:
        fmt = sniff(data, suffix)
    except ValueError:  # an image, an archive, a program...
        raise Rejected(415, "wrong_format", name=name) from None
    if fmt == "docx":
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise Rejected(415, "not_zip", name=name)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise Rejected(415, "wrong_format", name=name)
    elif fmt == "pdf" and b"%PDF-" not in data[:1024]:
        raise Rejected(415, "not_pdf", name=name)
    elif fmt == "doc" and not data.startswith(_OLE_MAGIC):
        raise Rejected(415, "wrong_format", name=name)
    elif fmt == "doc" and find_soffice() is None:
        raise Rejected(415, "needs_libreoffice", name=name)
    elif fmt in ("txt", "html") and not _is_text(data, name):
        raise Rejected(415, "wrong_format", name=name)
    return fmt


def safe_name(raw: str, taken: set[str], default: str) -> str:
    """A file name to save an upload under: no folders, no control characters, not
    starting with a dot, and a stem no other upload of the job has (the stem is the
    document's id in the comparison, so two "ke_hoach.docx" must stay two plans).

    >>> taken = set()
    >>> safe_name("C:\\\\Tài liệu\\\\ke_hoach.docx", taken, "plan.txt")
    'ke_hoach.docx'
    >>> safe_name("ke_hoach.docx", taken, "plan.txt")
    'ke_hoach (2).docx'
    >>> safe_name("../../etc/passwd", taken, "plan.txt")
    'passwd'
    """
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    name = name.strip().lstrip(".").strip() or default
    stem, suffix = Path(name).stem[:MAX_NAME], Path(name).suffix[:10]
    candidate, n = stem, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n})"
    taken.add(candidate.casefold())
    return candidate + suffix
