"""What a worker does with one file: read → extract (records and metadata from one reading) → table rows.

Runs in worker processes (local pool or Dask workers); everything it returns
is plain data, so it pickles cheaply and never carries a model or lexicon.
"""
from __future__ import annotations

import hashlib
import io
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import lru_cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import extract_document
from pipeline.extract import extract_with_metadata
from pipeline.archive.tables import to_arrow
from pipeline.errors import ReadError
from pipeline.read import document_from_text, path_text, read_document
from schemas import ArchivedDocument

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent
#: Seconds one file may take (read, extract, metadata): a damaged file a parser
#: loops on becomes an error row instead of a batch that never ends. The
#: largest document allowed (5 million characters) takes under 3 minutes.
FILE_SECONDS = 600

#: Parts of ``pipeline/`` that only use records already made (the archive
#: machinery, the command line, export formats, plan comparison and the web
#: interface, with their data files and models): a change there changes no
#: record. Everything else under ``pipeline/`` and ``schemas/`` is a rule and
#: is fingerprinted, so a module moved, added or renamed is covered without
#: being named here.
NOT_RULES = ("pipeline/archive/*", "pipeline/cli.py", "pipeline/console.py", "pipeline/export.py",
             "pipeline/data/export_*", "pipeline/lexicon/export_*", "pipeline/compare/*",
             "pipeline/data/compare_*", "pipeline/lexicon/compare_*", "pipeline/web/*", "pipeline/data/web_*",
             "pipeline/lexicon/web_*")
#: Libraries whose upgrade can change the text read or the words found.
RULE_LIBRARIES = ("underthesea", "spacy", "viparse", "python-docx", "pdfplumber", "trafilatura")


def rule_files(root: Path | str = _PACKAGE_ROOT) -> list[Path]:
    """Every file whose change changes the records: the modules and data files
    of ``pipeline/`` (but :data:`NOT_RULES`) and ``schemas/``, in a fixed order.

    >>> names = [p.relative_to(_PACKAGE_ROOT).as_posix() for p in rule_files()]
    >>> "pipeline/data/organizations.yaml" in names, "pipeline/cli.py" in names
    (True, False)
    """
    root = Path(root)
    out = []
    for top in ("pipeline", "schemas"):
        for f in (root / top).rglob("*"):
            rel = f.relative_to(root).as_posix()
            if not f.is_file() or "__pycache__" in f.parts or f.suffix in (".pyc", ".pyo"):
                continue
            if any(fnmatch(rel, pattern) for pattern in NOT_RULES):
                continue
            out.append(f)
    return sorted(out, key=lambda f: f.relative_to(root).as_posix())


def rules_fingerprint(root: Path | str = _PACKAGE_ROOT) -> str:
    """sha256 (12 hex digits) over the path and bytes of every :func:`rule_files` file."""
    root = Path(root)
    h = hashlib.sha256()
    for f in rule_files(root):
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


@lru_cache(maxsize=None)
def pipeline_version() -> str:
    """chitieu's version plus a fingerprint of its rules, data files and the
    versions of :data:`RULE_LIBRARIES`: a change to any of them re-extracts an archive.

    >>> pipeline_version().startswith("0.")
    True
    """
    h = hashlib.sha256(rules_fingerprint().encode())
    for lib in RULE_LIBRARIES:
        try:
            h.update(f"{lib}=={dist_version(lib)}".encode())
        except PackageNotFoundError:
            h.update(f"{lib} missing".encode())
    try:
        own = dist_version("chitieu")
    except PackageNotFoundError:  # running from a source tree
        own = "0.0.0"
    return f"{own}+{h.hexdigest()[:12]}"


def sha256_file(path: Path | str, chunk: int = 1 << 20) -> str:
    """sha256 of a file's bytes, read in chunks (a big PDF is never all in memory)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class FileResult:
    """Rows one file gives: a document and its targets, and/or error rows."""

    path: str
    sha256: str | None
    size: int = 0
    document: dict | None = None
    targets: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    pipeline_version: str = ""


def warm_up() -> None:
    """Load underthesea and the lexicons once, when a worker process starts."""
    extract_document(document_from_text("Hội Nông dân đạt 90% trở lên."))


class FileTimeout(BaseException):
    """One file took longer than :data:`FILE_SECONDS` (a BaseException, so the
    readers' own ``except Exception`` cannot swallow it)."""


@contextmanager
def time_limit(seconds: float):
    """Raise :class:`FileTimeout` in this thread after ``seconds``.

    Pure-Python parsers (pdfminer, the extraction) are interrupted where they
    loop; it needs the main thread (worker processes, the command line) and is
    a no-op elsewhere (a web server's threads).
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(path: str, sha256: str | None = None) -> FileResult:
    """Read and extract one file; any failure becomes an error row, never an exception.

    >>> r = process_file("corpora/000_f70623145abb4c5f.txt")  # doctest: +SKIP
    >>> len(r.targets) > 0, r.errors  # doctest: +SKIP
    (True, [])
    """
    version = pipeline_version()
    stored = path_text(path)  # the file is opened by its real name, rows name it in storable text
    res = FileResult(path=stored, sha256=sha256, pipeline_version=version)
    try:
        res.size = Path(path).stat().st_size
    except OSError:
        pass

    def error(reason: str, stage: str) -> None:
        res.errors.append({"source_path": stored, "sha256": res.sha256, "reason": " ".join(reason.split()),
                           "stage": stage, "pipeline_version": version})

    stage = ["read"]
    try:
        with time_limit(FILE_SECONDS):
            _process(path, stored, res, error, stage)
    except FileTimeout:
        res.document, res.targets = None, []
        error(f"gave up after {FILE_SECONDS:g} s (a damaged file the {stage[0]} stage loops on?)", stage[0])
    return res


def _process(path: str, stored: str, res: FileResult, error, stage: list[str]) -> None:
    try:
        doc = read_document(path)
    except ReadError as e:
        error(e.reason, e.stage)
        return
    except Exception as e:  # a reader bug on one file must not cost the batch
        error(f"{type(e).__name__}: {e}", "read")
        return
    res.sha256 = doc.sha256
    stage[0] = "extract"
    try:
        # the metadata and the records come from one reading of the document's context
        doc, targets = extract_with_metadata(doc)
    except Exception as e:
        error(f"{type(e).__name__}: {e}", "extract")
        return
    res.document = ArchivedDocument(**doc.model_dump(), pipeline_version=res.pipeline_version).model_dump()
    res.targets = [{**t.model_dump(), "source_path": stored, "ordinal": i} for i, t in enumerate(targets)]


def process_batch(items: list[tuple[str, str | None]]) -> dict[str, bytes]:
    """A batch of files → Parquet bytes per table (``documents``, ``targets``,
    ``errors``), plus the version that made them: the unit of work of a Dask task.
    """
    results = [process_file(p, s) for p, s in items]
    out: dict[str, bytes] = {"pipeline_version": pipeline_version().encode()}
    for table, rows in (("documents", [r.document for r in results if r.document]),
                        ("targets", [t for r in results for t in r.targets]),
                        ("errors", [e for r in results for e in r.errors])):
        buf = io.BytesIO()
        pq.write_table(to_arrow(table, rows), buf)
        out[table] = buf.getvalue()
    return out
