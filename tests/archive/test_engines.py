"""Where files are extracted: worker processes that die, and a Dask cluster (pipeline/archive/engines.py)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive_samples import tables
from pipeline.archive import build_archive
from pipeline.archive.engines import ProcessEngine
from pipeline.archive.worker import process_file


def test_worker_that_dies_costs_only_its_file(small, tmp_path):
    (small / "poison.txt").write_text("Hội Nông dân đạt 90% trở lên.", encoding="utf-8")
    engine = ProcessEngine(2, func=_die_on_poison)
    try:
        results = list(engine.run([(str(p.resolve()), None) for p in sorted(small.glob("*.txt"))]))
    finally:
        engine.close()
    by_name = {Path(r.path).name: r for r in results}
    assert len(results) == 3
    assert by_name["poison.txt"].errors[0]["stage"] == "worker"
    assert all(r.document and r.targets for n, r in by_name.items() if n != "poison.txt")


def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(small):
    engine = ProcessEngine(2, func=_always_die)
    try:
        with pytest.raises(RuntimeError, match="worker processes die"):
            list(engine.run([(str(p.resolve()), None) for p in sorted(small.glob("*.txt"))] * 3))
    finally:
        engine.close()


def _always_die(path, sha=None):
    os._exit(3)


def _die_on_poison(path, sha=None):
    if path.endswith("poison.txt"):
        os._exit(3)
    return process_file(path, sha)


def test_dask_local_cluster_gives_the_local_engines_tables(archive, clean_db, tmp_path):
    distributed = pytest.importorskip("distributed")  # the dask extra
    db = tmp_path / "dask.duckdb"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run = build_archive([archive[0]], db, engine="dask", scheduler=cluster.scheduler_address,
                            progress=False, stream=open(os.devnull, "w"))
    assert run.engine == "dask" and run.workers == 2
    assert tables(db) == tables(clean_db[0])
