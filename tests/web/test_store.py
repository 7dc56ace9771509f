"""The job store: random ids, private folders, expiry."""
from __future__ import annotations

import stat

from pipeline.web.store import JobStore
from web_helpers import Clock


def test_ids_are_random_and_folders_private(tmp_path):
    store = JobStore(tmp_path, ttl_seconds=60)
    jobs = [store.create() for _ in range(50)]
    assert len({j.id for j in jobs}) == 50
    assert all(len(j.id) == 32 and j.folder.parent == store.root for j in jobs)
    assert stat.S_IMODE(store.root.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(j.folder.stat().st_mode) & 0o077 == 0 for j in jobs)
    store.close()
    assert not store.root.exists()


def test_malformed_and_unknown_ids_find_nothing(tmp_path):
    store = JobStore(tmp_path, ttl_seconds=60)
    job = store.create()
    for bad in ("", "..", "../" + job.id, job.id + "/", job.id.upper() if job.id != job.id.upper() else "x",
                "A" * 32):
        assert store.get(bad) is None
    assert store.get(job.id) is job


def test_expired_jobs_and_their_folders_go(tmp_path):
    clock = Clock()
    store = JobStore(tmp_path, ttl_seconds=3600, clock=clock)
    old = store.create()
    (old.folder / "ke_hoach.txt").write_text("Hội Nông dân đạt 90%", encoding="utf-8")
    clock.now += 1800
    new = store.create()
    clock.now += 1801  # the first is 3601 s old, the second 1801 s
    assert store.get(old.id) is None and not old.folder.exists()
    assert store.get(new.id) is new and new.folder.exists()


def test_discard_deletes_a_rejected_upload(tmp_path):
    store = JobStore(tmp_path, ttl_seconds=60)
    job = store.create()
    store.discard(job.id)
    assert store.get(job.id) is None and not job.folder.exists()
