"""A whole archive through build_archive: every good file's records, every bad file one error row,
reruns that skip, resume or re-extract, copies, updates, folder output (pipeline/archive/__init__.py)."""
from __future__ import annotations

import json
import os
import signal
import subprocess

import duckdb
import pyarrow.parquet as pq
from typer.testing import CliRunner

import pipeline.archive as archive_mod
import pipeline.archive.worker as worker
from archive_samples import CHITIEU, synthetic, tables
from conftest import CORPUS
from pipeline import extract
from pipeline.archive import build_archive
from pipeline.archive.tables import MODELS, arrow_schema
from pipeline.cli import app


def test_every_good_copy_yields_its_seeds_records(archive, clean_db):
    _, entries = archive
    db, run = clean_db
    assert {e.kind for e in entries if e.good} == {"copy", "utf16", "nfd"}
    report = synthetic().verify(db, entries, CORPUS)
    assert report["wrong_good"] == [] and report["wrong_bad"] == [] and report["unexpected_errors"] == []
    assert run.files_new == report["good"] and run.files_failed == report["bad"] == 20


def test_every_bad_file_is_one_row_of_errors(archive, clean_db):
    _, entries = archive
    db, _ = clean_db
    con = duckdb.connect(str(db), read_only=True)
    errors = con.execute("SELECT source_path, stage, reason FROM errors").fetchall()
    documents = {r[0] for r in con.execute("SELECT source_path FROM documents").fetchall()}
    con.close()
    bad = {e.path: e.kind for e in entries if not e.good}
    assert sorted(p for p, _, _ in errors) == sorted(bad)
    assert not documents & set(bad)
    expected = {"empty": "empty file", "blank": "empty file", "binary": "binary content",
                "truncated_docx": "damaged .docx", "zip_bomb": "zip bomb", "fake_pdf": "damaged PDF",
                "truncated_pdf": "damaged PDF", "image_pdf": "PNG image"}
    for path, stage, reason in errors:
        assert stage == "read" and expected[bad[path]] in reason, (bad[path], reason)


def test_rerun_skips_everything_and_force_redoes_it(archive, clean_db, tmp_path):
    db = tmp_path / "a.duckdb"
    quiet = open(os.devnull, "w")
    first = build_archive([archive[0]], db, workers=1, progress=False, stream=quiet)
    again = build_archive([archive[0]], db, workers=1, progress=False, stream=quiet)
    assert again.files_unchanged == first.files_seen and again.files_new == again.files_updated == 0
    forced = build_archive([archive[0]], db, workers=1, force=True, progress=False, stream=quiet)
    assert (forced.files_updated, forced.files_failed) == (first.files_new, first.files_failed)
    assert forced.targets_added == forced.targets_removed == forced.documents_changed == 0
    assert tables(db) == tables(clean_db[0])  # 1 worker or 2, first run or forced: the same tables
    runs = duckdb.connect(str(db), read_only=True).execute(
        "SELECT run_id, status, force FROM runs ORDER BY run_id").fetchall()
    assert runs == [(1, "completed", False), (2, "completed", False), (3, "completed", True)]


def test_killed_run_resumes_to_the_same_tables(archive, clean_db, tmp_path):
    db = tmp_path / "killed.duckdb"
    cmd = [str(CHITIEU), "extract", str(archive[0]), "-o", str(db), "--workers", "2",
           "--progress-interval", "0.2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    done, total = 0, len(archive[1])
    for line in proc.stderr:  # wait until the run is well under way, then kill it hard
        if " files (" in line:
            done = int(line.split("/")[0])
            if done >= total * 0.4:
                break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < done < total, "the run ended before it could be killed"
    con = duckdb.connect(str(db), read_only=True)
    kept = con.execute("SELECT count(*) FROM documents").fetchone()[0] + \
        con.execute("SELECT count(DISTINCT source_path) FROM errors").fetchone()[0]
    con.close()
    assert 0 < kept < total
    resumed = subprocess.run(cmd, capture_output=True, text=True)
    assert resumed.returncode == 1, resumed.stderr  # 1: some files are bad
    assert tables(db) == tables(clean_db[0])
    run = duckdb.connect(str(db), read_only=True).execute(
        "SELECT status, files_unchanged FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
    assert run == ("completed", kept)


def test_same_content_under_another_name_is_copied_not_extracted(small, tmp_path):
    db = tmp_path / "a.duckdb"
    build_archive([small], db, workers=1, progress=False)
    seed = sorted(small.glob("*.txt"))[0]
    (small / "ban-sao.txt").write_bytes(seed.read_bytes())
    run = build_archive([small], db, workers=1, progress=False)
    assert (run.files_copied, run.files_unchanged, run.files_new) == (1, 2, 0)
    con = duckdb.connect(str(db), read_only=True)
    copied = con.execute("SELECT doc_id, span, value FROM targets WHERE source_path = ? ORDER BY ordinal",
                         [str((small / "ban-sao.txt").resolve())]).fetchall()
    want = [t.record() for t in extract(seed)]
    assert copied == [("ban-sao", r["span"], r["value"]) for r in want]
    assert con.execute("SELECT id FROM documents WHERE source_path = ?",
                       [str((small / "ban-sao.txt").resolve())]).fetchone() == ("ban-sao",)


def test_new_pipeline_version_reextracts_and_runs_say_what_changed(small, tmp_path, monkeypatch):
    db = tmp_path / "a.duckdb"
    first = build_archive([small], db, workers=1, progress=False)
    # A "new version" whose rules drop every budget line and every record after the fifth.
    real = worker.process_file

    def fewer(path, sha=None):
        r = real(path, sha)
        r.targets = r.targets[:5]
        r.pipeline_version = "9.9.9+test"
        r.document["pipeline_version"] = "9.9.9+test"
        return r

    monkeypatch.setattr(worker, "pipeline_version", lambda: "9.9.9+test")
    monkeypatch.setattr(archive_mod, "pipeline_version", lambda: "9.9.9+test")
    monkeypatch.setattr("pipeline.archive.engines.process_file", fewer)
    run = build_archive([small], db, workers=1, progress=False)
    assert run.previous_versions == [first.pipeline_version]
    assert run.files_updated == 2 and run.files_unchanged == 0
    assert run.targets_added == 0 and run.targets_removed == first.targets_written - 10
    assert run.documents_changed == 2 and run.targets_total == 10
    again = build_archive([small], db, workers=1, progress=False)
    assert again.files_unchanged == 2 and again.previous_versions == []


def test_changed_file_is_updated_in_place(small, tmp_path):
    db = tmp_path / "a.duckdb"
    build_archive([small], db, workers=1, progress=False)
    f = sorted(small.glob("*.txt"))[1]
    f.write_text(f.read_text(encoding="utf-8") + "\nHội Cựu chiến binh đạt 97% trở lên.\n", encoding="utf-8")
    run = build_archive([small], db, workers=1, progress=False)
    assert (run.files_updated, run.files_unchanged, run.targets_added, run.targets_removed) == (1, 1, 1, 0)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM targets WHERE org = 'HCCB' AND value = 97 AND source_path = ?",
                       [str(f.resolve())]).fetchone()[0] >= 1


def test_folder_output_has_parquet_tables_and_the_jsonl_records(small, tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["extract", str(small), "-o", str(out) + "/", "-q", "-w", "1"])
    assert res.exit_code == 0, res.output
    for table in MODELS:
        t = pq.read_table(out / f"{table}.parquet")
        assert t.schema.names == arrow_schema(table).names
    targets = pq.read_table(out / "targets.parquet").to_pylist()
    lines = [json.loads(x) for x in (out / "targets.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(targets) > 0
    assert [(r["doc_id"], r["span"], r["value"]) for r in lines] == \
        [(r["doc_id"], r["span"], r["value"]) for r in targets]
    res = CliRunner().invoke(app, ["extract", str(small), "-o", str(out / "records.jsonl"), "-q", "-w", "1"])
    assert (out / "records.jsonl").read_text(encoding="utf-8") == (out / "targets.jsonl").read_text(encoding="utf-8")
