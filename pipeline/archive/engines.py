"""Where the files are extracted: in this process, in a local pool of worker
processes, or on a Dask distributed cluster. Every engine takes a stream of
(path, sha256) tasks and yields :class:`~pipeline.archive.worker.FileResult`
as files finish, keeping only a bounded number in flight.
"""
from __future__ import annotations

import ctypes
import io
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow.parquet as pq

from pipeline.archive.worker import FileResult, pipeline_version, process_batch, process_file, warm_up
from pipeline.read import path_text

Task = tuple[str, "str | None"]
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def watch_parent(parent: int) -> None:
    """Make this worker process die with the process that started it.

    A pool's workers block on their task queue; if the main process is killed
    (``kill -9``, the OOM killer) they would live on as orphans holding
    hundreds of MB each. On Linux the kernel sends SIGKILL when the parent
    dies (``PR_SET_PDEATHSIG``); elsewhere a thread checks the parent every
    second.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)

    def check() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=check, name="watch-parent", daemon=True).start()


def start_worker(parent: int) -> None:
    """Initializer of a pool's worker process: tie it to its parent, leave
    Ctrl-C to the parent (it stops the run and keeps what is done), load the models."""
    watch_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _crash(task: Task) -> FileResult:
    path, sha = path_text(task[0]), task[1]
    return FileResult(path=path, sha256=sha, pipeline_version=pipeline_version(), errors=[{
        "source_path": path, "sha256": sha, "stage": "worker", "pipeline_version": pipeline_version(),
        "reason": "the worker process died on this file (out of memory, or a crash in a library)"}])


class InlineEngine:
    """One file after another in this process (``--workers 1``)."""

    name = "local"
    workers = 1

    def run(self, tasks: Iterable[Task]) -> Iterator[FileResult]:
        for path, sha in tasks:
            yield process_file(path, sha)

    def close(self, wait: bool = True) -> None:
        pass


class ProcessEngine:
    """A pool of worker processes, each loading underthesea and the lexicons
    once (:func:`~pipeline.archive.worker.warm_up`)."""

    name = "local"

    def __init__(self, workers: int, func=process_file):
        self.workers, self.func = workers, func  # func: importable by name in a new process
        self._pool = None

    def _start(self):
        # spawn, not fork: the parent holds DuckDB threads, which must not be forked.
        self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                         initializer=start_worker, initargs=(os.getpid(),))

    def run(self, tasks: Iterable[Task]) -> Iterator[FileResult]:
        """Results as files finish; at most two files per worker in flight.

        A worker that dies (a crash in a library, the OOM killer) takes the
        pool and every file in flight with it. Those files are then retried
        one at a time: the one that kills its worker alone is the culprit and
        becomes an error row; the others are extracted as usual.
        """
        if self._pool is None:
            self._start()
        source = iter(tasks)
        suspects: deque[Task] = deque()
        inflight: dict = {}
        exhausted, succeeded, dead_alone = False, False, 0
        while True:
            window = 1 if suspects else 2 * self.workers
            while len(inflight) < window and (suspects or not exhausted):
                if suspects:
                    task = suspects.popleft()
                else:
                    task = next(source, None)
                    if task is None:
                        exhausted = True
                        break
                inflight[self._pool.submit(self.func, *task)] = task
            if not inflight:
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            lost: list[Task] = []
            for fut in done:
                task = inflight.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    lost.append(task)
                else:
                    succeeded = True
                    yield result
            if lost:
                if not succeeded and len(lost) == 1 and window == 1:
                    dead_alone += 1
                    if dead_alone >= 3:  # every file kills its worker: the workers cannot start
                        raise RuntimeError("worker processes die before doing any work (run chitieu from a "
                                           "script or the command line, or use --workers 1)")
                lost += inflight.values()
                inflight.clear()
                if len(lost) == 1 and window == 1:
                    yield _crash(lost[0])  # it was alone in the pool: the culprit
                else:
                    suspects.extend(lost)
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._start()

    def close(self, wait: bool = True) -> None:
        """Stop the pool; ``wait=False`` (an interrupted run) kills the workers
        instead of waiting for the files in flight, which are done again next run."""
        if self._pool is None:
            return
        workers = [] if wait else mp.active_children()
        self._pool.shutdown(wait=wait, cancel_futures=True)
        # Killed, not left to exit: a pool shut down without waiting may never send
        # them the word to stop, and this process's exit would wait for them forever.
        for p in workers:
            p.kill()
        for p in workers:
            p.join(timeout=10)
        self._pool = None


class DaskEngine:
    """Batches of files as tasks on a Dask distributed cluster.

    Workers import chitieu and read the files at the same paths (a shared or
    network file system); each task returns its rows as Parquet partitions,
    which this process merges into the output. Without a scheduler address a
    ``LocalCluster`` of ``workers`` processes is started.
    """

    name = "dask"

    def __init__(self, scheduler: str | None, workers: int, batch_size: int = 8):
        # The dask extra: imported only when asked for, it may not be installed.
        from distributed import Client, LocalCluster

        self.workers, self.batch_size = workers, batch_size
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def run(self, tasks: Iterable[Task]) -> Iterator[FileResult]:
        from distributed import as_completed  # the dask extra, see __init__

        def batches():
            batch = []
            for t in tasks:
                batch.append(t)
                if len(batch) >= self.batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        source = batches()
        pending = as_completed()
        meta = {}
        for _ in range(2 * self.workers):
            b = next(source, None)
            if b is None:
                break
            fut = self.client.submit(process_batch, b, pure=False)
            meta[fut.key] = b
            pending.add(fut)
        for fut in pending:
            batch = meta.pop(fut.key)
            if fut.status == "error":
                for task in batch:  # a task lost with its worker: report its files
                    yield _crash(task)
            else:
                yield from _results_from_parquet(fut.result(), batch)
            fut.release()
            b = next(source, None)
            if b is not None:
                nxt = self.client.submit(process_batch, b, pure=False)
                meta[nxt.key] = b
                pending.add(nxt)

    def close(self, wait: bool = True) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _results_from_parquet(parts: dict[str, bytes], batch: list[Task]) -> list[FileResult]:
    version = parts["pipeline_version"].decode()
    if version != pipeline_version():
        raise RuntimeError(f"the Dask workers run chitieu {version}, this process {pipeline_version()}: "
                           "install the same chitieu on the workers")
    results = {path_text(p): FileResult(path=path_text(p), sha256=s, pipeline_version=version, size=_size(p))
               for p, s in batch}
    for table in ("documents", "targets", "errors"):
        for row in pq.read_table(io.BytesIO(parts[table])).to_pylist():
            r = results[row["source_path"]]
            if table == "documents":
                r.document = row
            elif table == "targets":
                r.targets.append(row)
            else:
                r.errors.append(row)
    return list(results.values())


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def make_engine(engine: str, workers: int, scheduler: str | None = None):
    """The engine asked for on the command line.

    >>> make_engine("local", 1).workers
    1
    """
    if engine == "dask":
        return DaskEngine(scheduler, workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (use local or dask)")
    return InlineEngine() if workers <= 1 else ProcessEngine(workers)
