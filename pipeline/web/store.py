"""Where uploads live: one private folder per upload, named by a random id, deleted on expiry.

The id is the only key to a result (``secrets.token_urlsafe``, 192 bits), so
two people using the same server never see each other's files. Nothing is
module-level: a :class:`JobStore` belongs to one application.
"""
from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

#: Bytes of randomness in an id (URL-safe base64: 32 characters).
ID_BYTES = 24
_ID = re.compile(r"[A-Za-z0-9_-]{32}")


@dataclass
class Progress:
    """How far a job is: steps done out of all, and the step running now."""

    done: int = 0
    total: int = 1
    step: str = "queued"
    name: str = ""


@dataclass
class Job:
    """One upload: its folder, its files and, once read, its result."""

    id: str
    folder: Path
    created: float
    expires: float
    uploads: list = field(default_factory=list)
    state: str = "queued"  # queued → running → done | failed
    progress: Progress = field(default_factory=Progress)
    result: Any = None
    error: Optional[tuple] = None  # (message key, file name, reason)


class JobStore:
    """Jobs of one server, each in its own folder under a private root.

    >>> import tempfile; store = JobStore(Path(tempfile.mkdtemp()), ttl_seconds=60)
    >>> job = store.create(); store.get(job.id) is job, len(job.id)
    (True, 32)
    >>> store.close()
    """

    def __init__(self, workdir: Optional[Path], ttl_seconds: float, clock: Callable[[], float] = time.time):
        if workdir is not None:
            Path(workdir).mkdir(parents=True, exist_ok=True)
        # A private root per server (mode 0700), so a rerun never meets old files.
        self.root = Path(tempfile.mkdtemp(prefix="chitieu-serve-", dir=workdir))
        self.ttl = ttl_seconds
        self.clock = clock
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def create(self) -> Job:
        """A new job with a fresh random id and an empty folder."""
        now = self.clock()
        with self._lock:
            while True:
                job_id = secrets.token_urlsafe(ID_BYTES)
                if job_id not in self._jobs:
                    break
            folder = self.root / job_id
            folder.mkdir(mode=0o700)
            job = Job(job_id, folder, now, now + self.ttl)
            self._jobs[job_id] = job
        return job

    def get(self, job_id: str) -> Optional[Job]:
        """The job, or None when the id is malformed, unknown or expired."""
        if not _ID.fullmatch(job_id or ""):
            return None
        self.purge()
        with self._lock:
            return self._jobs.get(job_id)

    def discard(self, job_id: str) -> None:
        """Forget a job and delete its folder (a rejected upload)."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
        if job is not None:
            shutil.rmtree(job.folder, ignore_errors=True)

    def purge(self) -> int:
        """Delete expired jobs and their folders; how many went."""
        now = self.clock()
        with self._lock:
            gone = [j for j in self._jobs.values() if j.expires <= now]
            for j in gone:
                del self._jobs[j.id]
        for j in gone:
            shutil.rmtree(j.folder, ignore_errors=True)
        return len(gone)

    def close(self) -> None:
        """Delete every job and the root (the server stops)."""
        with self._lock:
            self._jobs.clear()
        shutil.rmtree(self.root, ignore_errors=True)
