"""What a worker does with one file: read → extract → metadata → table rows.

Runs in worker processes (local pool or Dask workers); everything it returns
is plain data, so it pickles cheaply and never carries a model or lexicon.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

#: Modules and data whose change changes the records: their fingerprint is
#: part of the pipeline version, so a rule change re-extracts the archive.
_RULE_FILES = ("read.py", "normalize.py", "structure.py", "tokenize.py", "extraction.py", "values.py",
               "metadata/*.py", "lexicon.py", "formats/*.py", "data/*.yaml", "../schemas/__init__.py")


@lru_cache(maxsize=None)
def pipeline_version() -> str:
    """chitieu's version plus a fingerprint of its rules, lexicons and underthesea.

    >>> pipeline_version().startswith("0.")
    True
    """
    from importlib.metadata import PackageNotFoundError, version

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for pattern in _RULE_FILES:
        for f in sorted(root.glob(pattern)):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    try:
        h.update(version("underthesea").encode())
        own = version("chitieu")
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
    from pipeline import extract

    extract("Hội Nông dân đạt 90% trở lên.")


def process_file(path: str, sha256: str | None = None) -> FileResult:
    """Read and extract one file; any failure becomes an error row, never an exception.

    >>> r = process_file("corpora/000_f70623145abb4c5f.txt")  # doctest: +SKIP
    >>> len(r.targets) > 0, r.errors  # doctest: +SKIP
    (True, [])
    """
    from pipeline import extract_document
    from pipeline.metadata import fill
    from pipeline.read import ReadError, read_document
    from schemas import ArchivedDocument

    version = pipeline_version()
    res = FileResult(path=path, sha256=sha256, pipeline_version=version)
    try:
        res.size = Path(path).stat().st_size
    except OSError:
        pass

    def error(reason: str, stage: str) -> None:
        res.errors.append({"source_path": path, "sha256": res.sha256, "reason": reason,
                           "stage": stage, "pipeline_version": version})

    try:
        doc = read_document(path)
    except ReadError as e:
        error(e.reason, e.stage)
        return res
    except Exception as e:  # a reader bug on one file must not cost the batch
        error(f"{type(e).__name__}: {e}", "read")
        return res
    res.sha256 = doc.sha256
    try:
        targets = extract_document(doc)
    except Exception as e:
        error(f"{type(e).__name__}: {e}", "extract")
        return res
    try:
        doc = fill(doc)
    except Exception as e:  # metadata is extra: keep the targets
        error(f"{type(e).__name__}: {e}", "metadata")
    res.document = ArchivedDocument(**doc.model_dump(), pipeline_version=version).model_dump()
    res.targets = [{**t.model_dump(), "source_path": path, "ordinal": i} for i, t in enumerate(targets)]
    return res


def process_batch(items: list[tuple[str, str | None]]) -> dict[str, bytes]:
    """A batch of files → Parquet bytes per table (``documents``, ``targets``,
    ``errors``), plus the version that made them: the unit of work of a Dask task.
    """
    import pyarrow.parquet as pq

    from pipeline.archive.tables import to_arrow

    results = [process_file(p, s) for p, s in items]
    out: dict[str, bytes] = {"pipeline_version": pipeline_version().encode()}
    for table, rows in (("documents", [r.document for r in results if r.document]),
                        ("targets", [t for r in results for t in r.targets]),
                        ("errors", [e for r in results for e in r.errors])):
        buf = io.BytesIO()
        pq.write_table(to_arrow(table, rows), buf)
        out[table] = buf.getvalue()
    return out
