"""Archives at scale: a resumable, parallel batch into an embedded database.

``build_archive(paths, "archive.duckdb")`` walks the folders lazily, hashes
each file, asks the database what it needs (nothing, a copy of rows already
extracted for the same content, or an extraction), sends the extractions to an
engine (this process, worker processes, or a Dask cluster) and writes the
results in small transactions through one writer. A run killed at any moment
loses at most the files in flight; running it again finishes the job and
gives the same tables as a run that was never interrupted.

>>> run = build_archive(["corpora/"], "out/archive.duckdb", workers=2)  # doctest: +SKIP
>>> run.files_new, run.targets_written  # doctest: +SKIP
(5, 172)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Callable, Iterable

import duckdb

from pipeline.archive.engines import make_engine
from pipeline.archive.progress import Progress, printable
from pipeline.archive.store import COPY, NEW, RECORD_KEY, UNCHANGED, UPDATE, ArchiveStore, record_key
from pipeline.archive.worker import FileResult, pipeline_version, sha256_file
from pipeline.export import WRITERS
from pipeline.read import iter_paths, path_text
from schemas import RunRecord, Target

__all__ = ["build_archive", "ArchiveStore", "pipeline_version", "output_kind", "state_path", "files_done"]

#: Output suffixes written as a DuckDB database.
DATABASE_SUFFIXES = {".duckdb", ".db"}
#: Output suffixes written as one file of target records.
RECORD_SUFFIXES = set(WRITERS)


def output_kind(output: Path) -> str:
    """``database``, ``folder`` or ``records`` for an ``-o`` value.

    >>> output_kind(Path("archive.duckdb")), output_kind(Path("out/")), output_kind(Path("t.csv"))
    ('database', 'folder', 'records')
    """
    suffix = output.suffix.lower()
    if suffix in DATABASE_SUFFIXES:
        return "database"
    if suffix in RECORD_SUFFIXES:
        return "records"
    if output.is_dir() or suffix == "":
        return "folder"
    raise ValueError(f"{output}: unknown output format (use .duckdb, .jsonl, .csv, .xlsx or a folder)")


def state_path(output: Path | str) -> Path:
    """Where the files done so far are kept: the database itself, a folder's
    ``archive.duckdb``, or for one file of records a ``.partial.duckdb`` beside
    it, removed once the records are written.

    >>> state_path(Path("out/t.jsonl")).name
    't.jsonl.partial.duckdb'
    """
    output = Path(output)
    kind = output_kind(output)
    if kind == "database":
        return output
    if kind == "folder":
        return output / "archive.duckdb"
    return output.with_name(output.name + ".partial.duckdb")


def _own_version() -> str:
    try:
        return dist_version("chitieu")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


def _absolute(p: Path) -> str:
    """The absolute path of a file, its links resolved when they can be (a
    symlink loop cannot: the reader then says so)."""
    try:
        return str(p.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(p)


def _chunks(items: Iterable, size: int):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _scan(paths) -> tuple[int, int]:
    """Files and bytes to do, for the progress bar (a walk, no reading)."""
    n = size = 0
    for p in iter_paths(paths):
        n += 1
        try:
            size += p.stat().st_size
        except OSError:
            pass
    return n, size


def _key_counts(rows: list[dict]) -> Counter:
    return Counter(record_key([r.get(k) for k in RECORD_KEY]) for r in rows)


def _inputs(paths) -> list[str]:
    return [path_text(_absolute(Path(p))) for p in paths]


def _remove_database(path: Path) -> None:
    for f in (path, path.with_name(path.name + ".wal")):
        f.unlink(missing_ok=True)


def build_archive(paths: list[Path | str], output: Path | str, **options):
    """Extract every file under ``paths`` into ``output`` and return the run's
    :class:`schemas.RunRecord`. ``output`` is an archive database
    (``.duckdb``), a folder (the tables as Parquet and JSON Lines, with its
    ``archive.duckdb`` as the state that makes reruns resume), or one file of
    records (``.jsonl``, ``.csv``, ``.xlsx``), written when the run completes;
    until then the files done are kept in :func:`state_path`, so an
    interrupted run resumes when the same command runs again. ``options`` are
    those of :func:`run_into`.
    """
    output = Path(output)
    kind = output_kind(output)
    db = state_path(output)
    if kind == "records" and db.exists() and (options.get("force") or _state_inputs(db) != _inputs(paths)):
        _remove_database(db)  # left by a run over other files: start afresh
    store = ArchiveStore(db)
    try:
        run = run_into(store, paths, **options)
        if kind == "folder":
            export_folder(store, output)
        elif kind == "records":
            write_records(store, output)
    finally:
        store.close()
    if kind == "records":
        _remove_database(db)
    return run


def files_done(db: Path | str) -> int:
    """Files an archive (or a run's state) holds, done or failed; 0 if there is none.

    >>> files_done("nowhere.duckdb")
    0
    """
    if not Path(db).is_file():
        return 0
    try:
        con = duckdb.connect(str(db), read_only=True)  # read only: the disk may be full
    except duckdb.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM (SELECT source_path FROM documents UNION "
                           "SELECT source_path FROM errors)").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


def _state_inputs(db: Path) -> list[str] | None:
    """The inputs of the last run kept in a records output's state (None if unreadable)."""
    try:
        store = ArchiveStore(db)
    except RuntimeError:
        return None
    try:
        row = store.con.execute("SELECT inputs FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
        return list(row[0]) if row else None
    finally:
        store.close()


def run_into(store: ArchiveStore, paths: list[Path | str], *, workers: int | None = None,
             force: bool = False, engine: str = "local", scheduler: str | None = None,
             progress: bool = True, progress_interval: float = 10.0, stream=None,
             batch_files: int = 32, flush_seconds: float = 2.0,
             on_error: Callable[[dict], None] | None = None):
    """The run itself, into an open store (see :func:`build_archive`).

    ``workers``: processes (default: the cores); ``engine``: ``local`` or
    ``dask`` (with ``scheduler``, an address, or a local cluster); ``force``:
    re-extract what is already stored; ``progress``/``progress_interval``/
    ``stream``: the bar or the plain lines; ``batch_files``/``flush_seconds``:
    how often the writer commits; ``on_error``: called with each error row.
    """
    version = pipeline_version()
    workers = workers or os.cpu_count() or 1
    total_files, total_bytes = _scan(paths)
    if total_files == 0:
        raise FileNotFoundError("no documents found under " + ", ".join(map(str, paths)))
    workers = max(1, min(workers, total_files))
    run = RunRecord(
        run_id=store.next_run_id(), started_at=dt.datetime.now().replace(microsecond=0),
        pipeline_version=version, chitieu_version=_own_version(),
        previous_versions=[v for v in store.versions() if v != version], engine=engine, workers=workers,
        force=force, inputs=_inputs(paths),
        options=json.dumps({"batch_files": batch_files, "scheduler": scheduler}, ensure_ascii=False))
    store.save_run(run.model_dump())
    bar = Progress(total_files, total_bytes, stream=stream, interval=progress_interval, enabled=progress)
    actions: dict[str, str] = {}
    buffer: list[FileResult] = []
    last_flush = time.perf_counter()

    def report(errors: list[dict]) -> None:
        for e in errors:
            verb = "skipped" if e["stage"] == "read" else "failed"
            bar.message(f"{verb} {printable(e['source_path'])}: {printable(e['reason'])}" +
                        (f" ({e['stage']})" if e["stage"] not in ("read", "extract") else ""))
            if on_error:
                on_error(e)

    def flush() -> None:
        nonlocal last_flush
        if not buffer:
            return
        batch = buffer[:]
        buffer.clear()  # taken now: a Ctrl-C from here on cannot make the next flush write it twice
        updated = [r.path for r in batch if actions.get(r.path) == UPDATE]
        before = store.targets_of(updated)
        # Every file of the batch is replaced, not only the updated ones: writing
        # a batch twice (interrupted between commit and bookkeeping) changes nothing.
        store.write([r.document for r in batch if r.document], [t for r in batch for t in r.targets],
                    [e for r in batch for e in r.errors], replace=[r.path for r in batch])
        for r in batch:
            action = actions.pop(r.path, NEW)  # forget it: memory stays flat however big the archive
            if r.document is None:
                run.files_failed += 1
            elif action == UPDATE:
                run.files_updated += 1
                old, new = before.get(r.path, Counter()), _key_counts(r.targets)
                run.targets_added += sum((new - old).values())
                run.targets_removed += sum((old - new).values())
                run.documents_changed += old != new
            else:
                run.files_new += 1
            run.targets_written += len(r.targets)
            bar.advance(files=1, nbytes=r.size, targets=len(r.targets), errors=r.document is None)
            report(r.errors)
        last_flush = time.perf_counter()

    def tasks():
        """Hash, ask the store, copy what is already extracted; yield the rest."""
        for chunk in _chunks(iter_paths(paths), 256):
            hashed, real = [], {}
            for p in chunk:
                path = _absolute(p)
                key = path_text(path)  # what the tables call it (a name that is not UTF-8, escaped)
                real[key] = path
                run.files_seen += 1
                try:
                    sha = sha256_file(path)
                    run.bytes_read += p.stat().st_size
                except OSError:  # unreadable or gone: the worker's reader will say why
                    sha = None
                hashed.append((key, sha))
            decided = store.classify(hashed, version, force)
            copies = []
            for key, sha in hashed:
                action, src = decided[key]
                actions[key] = action
                if action == UNCHANGED:
                    run.files_unchanged += 1
                    bar.advance(files=1, skipped=1)
                elif action == COPY:
                    copies.append((key, src))
                else:
                    yield real[key], sha
            if copies:
                n = store.copy(copies)
                run.files_copied += len(copies)
                run.targets_written += n
                bar.advance(files=len(copies), targets=n)

    eng = make_engine(engine, workers, scheduler)
    run.workers = eng.workers
    status = "failed"
    try:
        for result in eng.run(tasks()):
            buffer.append(result)
            if len(buffer) >= batch_files or time.perf_counter() - last_flush >= flush_seconds:
                flush()
        flush()
        store.link_provinces()
        run.documents_total, run.targets_total = store.count("documents"), store.count("targets")
        status = "completed"
    except (KeyboardInterrupt, duckdb.InterruptException):  # Ctrl-C, in Python or inside a query
        status = "interrupted"
        flush()  # what is done is kept; the rest is picked up by the next run
        raise KeyboardInterrupt from None
    finally:
        eng.close(wait=status != "interrupted")
        bar.close()
        run.status = status
        run.finished_at = dt.datetime.now().replace(microsecond=0)
        run.seconds = round(bar.elapsed(), 3)
        store.save_run(run.model_dump())
    return run


def export_folder(store: ArchiveStore, folder: Path) -> None:
    """The archive as ``<table>.parquet`` files plus ``targets.jsonl``,
    ``documents.jsonl`` and ``errors.jsonl``, every row in a stable order."""
    store.export_parquet(folder)
    write_records(store, folder / "targets.jsonl")
    for table, name in (("documents", "documents.jsonl"), ("errors", "errors.jsonl")):
        tmp = folder / (name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for row in store.iter_rows(table):
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        tmp.replace(folder / name)


def target_records(store: ArchiveStore):
    """The archive's targets as contract records (:meth:`schemas.Target.record`), in order."""
    fields = set(Target.model_fields)
    for row in store.iter_rows("targets"):
        yield Target(**{k: v for k, v in row.items() if k in fields}).record()


def write_records(store: ArchiveStore, path: Path) -> int:
    """The archive's targets as one ``.jsonl``, ``.csv`` or ``.xlsx`` file; returns the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    n = WRITERS[path.suffix.lower()](target_records(store), tmp)
    tmp.replace(path)
    return n
