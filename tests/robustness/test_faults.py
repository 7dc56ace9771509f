"""Faults during a run: the main process killed with ``kill -9`` (its workers
must go too), Ctrl-C, a worker killed, the disk full while writing, the
database locked by another process. Each time the run says what happened in
one line, and running the same command again completes with nothing lost and
nothing duplicated: the tables (or the records file) equal a clean run's."""
from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from archive_samples import synthetic, tables
from pipeline.archive import build_archive, state_path


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("faults")
    synthetic().build(d, files=48, bad=0.1)
    return d


@pytest.fixture(scope="module")
def clean(folder, tmp_path_factory):
    """The same folder extracted without a fault: its database and its records file."""
    out = tmp_path_factory.mktemp("clean")
    build_archive([folder], out / "clean.duckdb", workers=1, progress=False)
    build_archive([folder], out / "clean.jsonl", workers=1, progress=False)
    return out / "clean.duckdb", (out / "clean.jsonl").read_text(encoding="utf-8")


def chitieu(folder: Path, output: Path, *extra, **popen) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(folder), "-o", str(output),
           "--progress-interval", "0.2", *extra]
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, **popen)


def wait_for_progress(proc: subprocess.Popen, share: float, total: int) -> list[str]:
    """Read the run's progress lines until ``share`` of the files are done."""
    seen = []
    for line in proc.stderr:
        seen.append(line)
        m = re.match(r"(\d+)/\d+ files \(", line)
        if m and int(m.group(1)) >= share * total:
            return seen
    raise AssertionError("the run ended before the fault: " + "".join(seen[-5:]))


def rerun(folder: Path, output: Path) -> subprocess.CompletedProcess:
    res = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(folder), "-o", str(output), "-q"],
                         capture_output=True, text=True, timeout=900)
    assert res.returncode in (0, 1), res.stderr  # 1: the archive holds bad files on purpose
    assert "Traceback" not in res.stderr
    return res


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def _count(figures, scenario: str, **numbers) -> None:
    figures.setdefault("faults", {})
    for k, v in numbers.items():
        figures["faults"][f"{scenario}: {k}"] = v


def test_kill_9_of_the_main_process_leaves_no_worker_and_the_rerun_completes(folder, clean, tmp_path, figures):
    db = tmp_path / "killed.duckdb"
    total = sum(1 for _ in folder.rglob("*.*"))
    proc = chitieu(folder, db, "--workers", "2")
    wait_for_progress(proc, 0.01, total)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)  # the main process only, as the OOM killer would
    proc.wait()
    deadline = time.time() + 15
    while _alive(workers) and time.time() < deadline:
        time.sleep(0.2)
    orphans = _alive(workers)
    for p in orphans:  # do not leave them to the next test
        p.kill()
    assert not orphans, [p.cmdline() for p in orphans]
    rerun(folder, db)
    assert tables(db) == tables(clean[0])
    _count(figures, "kill -9 main", orphans=len(orphans), **{"records lost": 0, "duplicated": 0})


def test_kill_9_during_a_jsonl_run_then_the_same_command_carries_on(folder, clean, tmp_path, figures):
    out = tmp_path / "records.jsonl"
    total = sum(1 for _ in folder.rglob("*.*"))
    proc = chitieu(folder, out, "--workers", "1")
    wait_for_progress(proc, 0.01, total)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists() and state_path(out).exists()
    kept = duckdb.connect(str(state_path(out)), read_only=True).execute(
        "SELECT count(*) FROM documents").fetchone()[0]
    assert kept > 0
    res = rerun(folder, out)
    assert out.read_text(encoding="utf-8") == clean[1] and not state_path(out).exists()
    _count(figures, "kill -9 of a .jsonl run", **{"files kept": kept, "records lost": 0})
    assert res.returncode in (0, 1)  # 0 when every bad file was among those already done


def test_ctrl_c_during_a_csv_run_says_what_was_kept_and_the_rerun_completes(folder, clean, tmp_path, figures):
    out = tmp_path / "records.csv"
    total = sum(1 for _ in folder.rglob("*.*"))
    # Ctrl-C reaches the whole foreground process group: the workers get it too.
    proc = chitieu(folder, out, "--workers", "2", start_new_session=True)
    wait_for_progress(proc, 0.01, total)
    os.killpg(proc.pid, signal.SIGINT)
    rest = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in rest, rest
    line = rest.strip().splitlines()[-1]
    assert line.startswith("interrupted: the ") and "done so far are kept in" in line, line
    assert str(state_path(out)) in line and "run the same command again" in line
    rerun(folder, out)
    clean_csv = tmp_path / "clean.csv"
    build_archive([folder], clean_csv, workers=1, progress=False)
    got, want = out.read_text(encoding="utf-8-sig").splitlines(), clean_csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(got) == len(want) and [g for g, w in zip(got, want) if g != w] == []
    _count(figures, "Ctrl-C of a .csv run", **{"records lost": 0})


def test_a_killed_worker_costs_nothing(folder, clean, tmp_path, figures):
    db = tmp_path / "worker.duckdb"
    total = sum(1 for _ in folder.rglob("*.*"))
    proc = chitieu(folder, db, "--workers", "2")
    wait_for_progress(proc, 0.01, total)
    pool = [p for p in psutil.Process(proc.pid).children() if "resource_tracker" not in " ".join(p.cmdline())]
    pool[0].kill()
    rest = proc.stderr.read()
    proc.wait(timeout=600)
    assert proc.returncode in (0, 1) and "Traceback" not in rest, rest
    assert tables(db) == tables(clean[0])
    _count(figures, "a worker killed", **{"records lost": 0, "duplicated": 0})


def _file_size_limit(limit: int):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes fail with EFBIG
    return set_limit


def test_disk_full_while_writing_says_so_and_the_rerun_completes(folder, clean, tmp_path, figures):
    db = tmp_path / "full.duckdb"
    # Room for the empty archive (about 270 KB) and a few batches, not for the whole run.
    limit = os.path.getsize(clean[0]) // 2
    proc = chitieu(folder, db, "--workers", "1", "-q", preexec_fn=_file_size_limit(limit))
    err = proc.stderr.read()
    proc.wait(timeout=600)
    lines = err.strip().splitlines()
    assert proc.returncode == 1 and "Traceback" not in err, err
    assert lines[-1].startswith("error: ") and "no room left to write" in lines[-1], lines[-1]
    assert "run the same command again" in lines[-1]
    rerun(folder, db)
    assert tables(db) == tables(clean[0])
    _count(figures, "disk full", **{"records lost": 0, "duplicated": 0})


def test_a_locked_database_is_one_line_and_the_rerun_completes(folder, clean, tmp_path, figures):
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); "
                               "print('held', flush=True); time.sleep(300)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        res = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(folder), "-o", str(db), "-q"],
                             capture_output=True, text=True, timeout=300)
    finally:
        holder.kill()
        holder.wait()
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 1 and len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    assert lines[0].startswith(f"error: {db}: cannot open the archive") and "lock" in lines[0], lines[0]
    rerun(folder, db)
    assert tables(db) == tables(clean[0])
    _count(figures, "database locked", **{"records lost": 0})
