"""Read stage: a file on disk → :class:`schemas.Document`.

Text files (UTF-8, UTF-16, Windows-1258, TCVN3, VNI), Word (.docx, and .doc
through LibreOffice), PDF with a text layer and saved web pages are read by the
readers of :mod:`pipeline.formats`, picked by content first and suffix second.
``Document.text`` is the text read (a UTF-8 file's own characters), the text a
record's span indexes. Anything that cannot be read raises :class:`ReadError`,
which names the file, the reason and the stage.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.formats import MAX_FILE_BYTES, extract_bytes
from pipeline.formats.text import read as read_text
from schemas import Document


def decode_text(data: bytes, path: Path | str) -> str:
    """Bytes of a text file → str (UTF-8/16 with or without BOM, Windows-1258,
    TCVN3, VNI; see :mod:`pipeline.formats.text`).

    >>> decode_text("Hội Nông dân".encode(), "a.txt")
    'Hội Nông dân'
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    return read_text(data, path).text


def path_text(path: Path | str) -> str:
    """A path as text that can be stored, written as JSON and printed: a name
    in another encoding than UTF-8 shows its undecodable bytes as ``\\xNN``.

    >>> path_text("kế hoạch.txt"), path_text(b"caf\\xe9.txt".decode("utf-8", "surrogateescape"))
    ('kế hoạch.txt', 'caf\\\\xe9.txt')
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: os.fsdecode of bytes that are not UTF-8
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def read_document(path: Path | str) -> Document:
    """Read one file into a Document.

    >>> doc = read_document("corpora/000_f70623145abb4c5f.txt")  # doctest: +SKIP
    >>> doc.id  # doctest: +SKIP
    '000_f70623145abb4c5f'
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(p, "is a folder, not a file")
        if p.stat().st_size > MAX_FILE_BYTES:
            raise ReadError(p, f"file too large ({p.stat().st_size // 2**20} MB, "
                               f"limit {MAX_FILE_BYTES // 2**20} MB)")
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(p, e.strerror or str(e)) from None
    got = extract_bytes(data, p)
    return Document(
        id=path_text(p.stem),
        source_path=path_text(p),
        sha256=hashlib.sha256(data).hexdigest(),
        text=got.text,
        source_format=got.format,
        encoding=got.encoding,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def document_from_text(text: str, doc_id: str = "text") -> Document:
    """Wrap a string as a Document (for the Python API and tests).

    >>> document_from_text("Hằng năm ít nhất 01 việc làm mới").id
    'text'
    """
    # A Python str may hold lone surrogates, which no file and no UTF-8 library
    # can: each becomes U+FFFD, one code point for one, so offsets are unchanged.
    text = _SURROGATE.sub("\ufffd", text)
    return Document(
        id=doc_id,
        source_path="<text>",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        source_format="txt",
    )


# Markdown is left out: in a corpus folder it is the README, not a document.
TEXT_SUFFIXES = {".txt", ".text"}
#: Every suffix a folder is searched for (text, Word, PDF, web pages).
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | {".docx", ".doc", ".pdf", ".html", ".htm", ".xhtml"}


# One line ending in a document suffix, e.g. "corpora/typo.txt", "C:\\KH 12.docx".
_PATH_LIKE = re.compile(r"[^\n\r\t]*[^\s.]\.(?:" + "|".join(s[1:] for s in sorted(DOCUMENT_SUFFIXES)) + r")\s*",
                        re.IGNORECASE)


def looks_like_path(text: str) -> bool:
    """Is this string meant as a file name rather than a text to read?

    A short single line ending in a document suffix is a path, whether or not
    the file exists, so a mistyped path is an error instead of being read as a
    text without targets.

    >>> looks_like_path("corpora/ke_hoach_12.docx"), looks_like_path("Kế hoạch số 12 đạt 90% trở lên.")
    (True, False)
    """
    return len(text) <= 4096 and _PATH_LIKE.fullmatch(text) is not None


def _walk(folder: Path, suffixes: set[str]):
    """Document files under a folder, depth first in name order (the order of
    ``sorted(rglob)``), one directory listing in memory at a time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir(follow_symlinks=False):  # links to folders are not followed: no cycles
                yield from _walk(Path(e.path), suffixes)
                continue
            is_file = e.is_file()
        except OSError:  # a symlink loop, a link into a folder it may not read: the reader says why
            is_file = True
        if is_file and Path(e.name).suffix.lower() in suffixes:
            yield Path(e.path)


def iter_paths(paths: list[Path | str], suffixes: set[str] | None = None):
    """Files named or found (recursively) under the given paths, sorted, deduplicated.

    A path named directly is yielded whatever its suffix (reading it says
    whether it is a document); folders give only :data:`DOCUMENT_SUFFIXES`.
    Folders are walked lazily, so an archive of a million files is never
    listed in memory at once.
    """
    suffixes = suffixes or DOCUMENT_SUFFIXES
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    roots = [f.resolve() for f in folders]

    def inside(q: Path) -> bool:  # would a folder's walk yield it too?
        try:
            r = q.parent.resolve() / q.name  # the walk yields links by their own name
        except (OSError, RuntimeError):  # a folder in a symlink loop (RuntimeError before Python 3.13)
            return False
        return any(root in r.parents and not any(part.startswith(".") for part in r.relative_to(root).parts)
                   for root in roots)

    named: set[Path] = set()
    done_roots: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            i = folders.index(p)
            if roots[i] in done_roots or any(roots[i] != r and r in roots[i].parents for r in roots):
                continue  # the same folder twice, or one inside another folder given
            done_roots.add(roots[i])
            yield from _walk(p, suffixes)
        elif p not in named and not ((p.is_file() or p.is_symlink()) and p.suffix.lower() in suffixes
                                     and inside(p)):
            named.add(p)
            yield p
