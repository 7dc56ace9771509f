"""Archive benchmark: one run, printed ratios (not a timed test).

Builds a synthetic archive from the sample corpus (copies with varied names and
small edits, 5% bad or awkward files; see synthetic_archive.py) and measures:

1. files/s and MB/s of ``chitieu extract -o archive.duckdb`` with 1 and with 2
   workers, and their ratio (steady state: between 10% and 90% of the files,
   so worker start-up is not counted; end-to-end figures printed too);
2. chitieu's end-to-end characters/s (read, extract, write) against
   underthesea ``word_tokenize`` alone on the same texts;
3. peak memory (resident, whole process tree) at 1,000 and at 2,000 files;
4. that the 2,000-file run is right: every good copy gives its seed's
   records, every bad file is in ``errors``; and that a run killed half-way,
   then run again, gives the same tables as the clean run.

    python benchmarks/archive.py [--files 2000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil
from underthesea import word_tokenize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synthetic_archive  # noqa: E402

CHITIEU = Path(sys.executable).with_name("chitieu")


def _tree_rss(proc) -> int:
    try:
        p = psutil.Process(proc.pid)
        return sum(x.memory_info().rss for x in [p, *p.children(recursive=True)])
    except psutil.Error:
        return 0


def run_extract(archive: Path, db: Path, workers: int, kill_at: float | None = None) -> dict:
    """Run ``chitieu extract`` as a new process; time it, sample its tree's memory,
    read its progress lines (and SIGKILL it at ``kill_at`` of the files)."""
    cmd = [str(CHITIEU), "extract", str(archive), "-o", str(db), "--workers", str(workers),
           "--progress-interval", "0.25"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    peak, points, killed = [0], [], False
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(proc))
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    total = None
    for line in proc.stderr:
        if " files (" in line and "/" in line.split()[0]:
            done, total = (int(x) for x in line.split()[0].split("/"))
            points.append((time.perf_counter() - t0, done))
            if kill_at is not None and done >= kill_at * total:
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
    proc.wait()
    stop.set()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_rss": peak[0], "points": points, "killed": killed,
            "returncode": proc.returncode}


def steady_rate(points: list[tuple[float, int]], total: int) -> float:
    """files/s between the progress lines nearest 10% and 90% of the files."""
    lo = next((p for p in points if p[1] >= 0.1 * total), points[0])
    hi = next((p for p in reversed(points) if p[1] <= 0.9 * total), points[-1])
    return (hi[1] - lo[1]) / (hi[0] - lo[0]) if hi[0] > lo[0] else float("nan")


def tables(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("documents", "targets", "errors")}
    finally:
        con.close()


def tokenize_rate(texts: list[str]) -> float:
    word_tokenize("Hội Nông dân")  # load the model before the clock starts
    t0 = time.perf_counter()
    for t in texts:
        word_tokenize(t)
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--keep", type=Path, help="build the archives here and keep them")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="chitieu-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    big, half = work / f"archive-{a.files}", work / f"archive-{a.files // 2}"
    for folder in (big, half):
        shutil.rmtree(folder, ignore_errors=True)
    entries = synthetic_archive.build(big, files=a.files, bad=0.05)
    synthetic_archive.build(half, files=a.files // 2, bad=0.05)
    size = sum(Path(e.path).stat().st_size for e in entries)
    print(f"archive: {a.files} files, {size / 2**20:.1f} MB, {sum(not e.good for e in entries)} bad, "
          f"under {work}")

    results = {}
    for workers in (1, 2):
        db = work / f"w{workers}.duckdb"
        db.unlink(missing_ok=True)
        r = run_extract(big, db, workers)
        r["steady"] = steady_rate(r["points"], a.files)
        results[workers] = r
        print(f"{workers} worker(s): {a.files / r['seconds']:.1f} files/s, {size / 2**20 / r['seconds']:.2f} MB/s "
              f"end to end ({r['seconds']:.1f} s); steady {r['steady']:.1f} files/s, "
              f"{r['steady'] * size / a.files / 2**20:.2f} MB/s; peak memory {r['peak_rss'] / 2**20:.0f} MB")
    print(f"ratio 2 workers / 1 worker: steady {results[2]['steady'] / results[1]['steady']:.2f}×, "
          f"end to end {results[1]['seconds'] / results[2]['seconds']:.2f}×")

    # Right answers at this scale.
    report = synthetic_archive.verify(work / "w2.duckdb", entries)
    print(f"check: {report['good'] - len(report['wrong_good'])}/{report['good']} good copies give their seed's "
          f"records, {report['bad'] - len(report['wrong_bad'])}/{report['bad']} bad files in errors, "
          f"{len(report['unexpected_errors'])} unexpected errors")

    # Killed half-way, then run again: the same tables as the clean run.
    db = work / "killed.duckdb"
    db.unlink(missing_ok=True)
    k = run_extract(big, db, 2, kill_at=0.5)
    done = k["points"][-1][1] if k["points"] else 0
    run_extract(big, db, 2)
    same = tables(db) == tables(work / "w2.duckdb")
    print(f"killed at {done}/{a.files} files, then resumed: tables {'identical to' if same else 'DIFFER from'} "
          f"the clean run")

    # Peak memory at half the files.
    db = work / "half.duckdb"
    db.unlink(missing_ok=True)
    h = run_extract(half, db, 2)
    print(f"peak memory, 2 workers: {a.files // 2} files {h['peak_rss'] / 2**20:.0f} MB, "
          f"{a.files} files {results[2]['peak_rss'] / 2**20:.0f} MB, ratio {results[2]['peak_rss'] / h['peak_rss']:.2f}")

    # chitieu end to end against word segmentation alone, on the same 200 texts.
    sample = [e for e in entries if e.kind == "copy"][:200]
    sub = work / "sample"
    shutil.rmtree(sub, ignore_errors=True)
    sub.mkdir()
    for i, e in enumerate(sample):
        shutil.copy(e.path, sub / f"{i:04d}.txt")
    texts = [Path(e.path).read_text(encoding="utf-8") for e in sample]
    db = work / "sample.duckdb"
    db.unlink(missing_ok=True)
    s = run_extract(sub, db, 1)
    chars = sum(map(len, texts))
    steady = steady_rate(s["points"], len(sample)) * chars / len(sample)
    tok = tokenize_rate(texts)
    print(f"characters/s on {len(sample)} texts ({chars / 1e6:.1f} M chars): chitieu end to end "
          f"{chars / s['seconds'] / 1e3:.0f}k (steady {steady / 1e3:.0f}k), underthesea word_tokenize alone "
          f"{tok / 1e3:.0f}k; ratio {chars / s['seconds'] / tok:.2f} (steady {steady / tok:.2f})")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
