"""Archives at scale: database and Parquet output, workers, resuming, errors,
progress, stats and the Dask engine, on a synthetic archive built from the
sample corpus (benchmarks/synthetic_archive.py)."""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.archive import ArchiveStore, build_archive
from pipeline.archive.tables import MODELS, arrow_schema

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
CHITIEU = Path(sys.executable).with_name("chitieu")


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic_archive", ROOT / "benchmarks" / "synthetic_archive.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """120 files, a fifth of them bad or awkward (every kind at least twice)."""
    folder = tmp_path_factory.mktemp("archive")
    entries = _synthetic().build(folder, files=120, bad=0.2)
    return folder, entries


@pytest.fixture(scope="module")
def clean_db(archive, tmp_path_factory):
    """The archive extracted once, uninterrupted, with 2 worker processes."""
    db = tmp_path_factory.mktemp("clean") / "archive.duckdb"
    run = build_archive([archive[0]], db, workers=2, progress=False, stream=open(os.devnull, "w"))
    return db, run


def _tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("documents", "targets", "errors")}
    finally:
        con.close()


# -- the tables follow the JSON Schema -------------------------------------------------------

@pytest.mark.parametrize("table", list(MODELS))
def test_table_columns_are_the_json_schema_fields(table):
    store = ArchiveStore(":memory:")
    cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]
    assert cols == list(MODELS[table].model_json_schema()["properties"])
    assert cols == arrow_schema(table).names


@pytest.mark.parametrize("table, column, duckdb_type", [
    ("targets", "span", "BIGINT[]"),
    ("targets", "value", "DOUBLE"),
    ("targets", "deadline_year", "BIGINT"),
    ("documents", "issued_on", "DATE"),
    ("documents", "implements", 'STRUCT(doc_type VARCHAR, number VARCHAR, date DATE, issuer VARCHAR, "text" VARCHAR)[]'),
    ("runs", "started_at", "TIMESTAMP"),
    ("runs", "previous_versions", "VARCHAR[]"),
    ("documents", "province_inferred", "BOOLEAN"),
])
def test_column_types_follow_the_schema(table, column, duckdb_type):
    store = ArchiveStore(":memory:")
    types = dict((r[0], r[1]) for r in store.con.execute(f"DESCRIBE {table}").fetchall())
    assert types[column] == duckdb_type


def test_new_model_field_becomes_a_column_of_an_old_database(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE errors (source_path VARCHAR, reason VARCHAR, stage VARCHAR, pipeline_version VARCHAR)")
    con.close()
    store = ArchiveStore(db)
    assert "sha256" in [r[0] for r in store.con.execute("DESCRIBE errors").fetchall()]


# -- a whole archive -------------------------------------------------------------------------

def test_every_good_copy_yields_its_seeds_records(archive, clean_db):
    _, entries = archive
    db, run = clean_db
    assert {e.kind for e in entries if e.good} == {"copy", "utf16", "nfd"}
    report = _synthetic().verify(db, entries, CORPUS)
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
    assert _tables(db) == _tables(clean_db[0])  # 1 worker or 2, first run or forced: the same tables
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
    assert _tables(db) == _tables(clean_db[0])
    run = duckdb.connect(str(db), read_only=True).execute(
        "SELECT status, files_unchanged FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
    assert run == ("completed", kept)


# -- small cases ----------------------------------------------------------------------------

@pytest.fixture
def small(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(CORPUS.glob("00[01]*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


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
    from pipeline import extract

    want = [t.record() for t in extract(seed)]
    assert copied == [("ban-sao", r["span"], r["value"]) for r in want]
    assert con.execute("SELECT id FROM documents WHERE source_path = ?",
                       [str((small / "ban-sao.txt").resolve())]).fetchone() == ("ban-sao",)


def test_new_pipeline_version_reextracts_and_runs_say_what_changed(small, tmp_path, monkeypatch):
    import pipeline.archive as archive_mod
    import pipeline.archive.worker as worker

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
    f.write_text(f.read_text(encoding="utf-8") + "\nHội Cựu chiến binh đạt 96% trở lên.\n", encoding="utf-8")
    run = build_archive([small], db, workers=1, progress=False)
    assert (run.files_updated, run.files_unchanged, run.targets_added, run.targets_removed) == (1, 1, 1, 0)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM targets WHERE org = 'HCCB' AND value = 96 AND source_path = ?",
                       [str(f.resolve())]).fetchone()[0] >= 1


def test_worker_that_dies_costs_only_its_file(small, tmp_path):
    from pipeline.archive.engines import ProcessEngine

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
    from pipeline.archive.engines import ProcessEngine

    engine = ProcessEngine(2, func=_always_die)
    try:
        with pytest.raises(RuntimeError, match="worker processes die"):
            list(engine.run([(str(p.resolve()), None) for p in sorted(small.glob("*.txt"))] * 3))
    finally:
        engine.close()


def _always_die(path, sha=None):
    os._exit(3)


def _die_on_poison(path, sha=None):
    from pipeline.archive.worker import process_file

    if path.endswith("poison.txt"):
        os._exit(3)
    return process_file(path, sha)


# -- outputs ---------------------------------------------------------------------------------

def test_folder_output_has_parquet_tables_and_the_jsonl_records(small, tmp_path):
    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from pipeline.cli import app

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


def test_stats_prints_counts_from_the_archive(clean_db):
    from typer.testing import CliRunner

    from pipeline.cli import app

    res = CliRunner().invoke(app, ["stats", str(clean_db[0])], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(clean_db[0]), read_only=True)
    n_docs, n_targets, n_errors = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                   for t in ("documents", "targets", "errors"))
    top_org, top_n = con.execute("SELECT org, count(*) FROM targets WHERE org IS NOT NULL "
                                 "GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
    con.close()
    assert f"{n_docs} documents, {n_targets} targets, {n_errors} errors" in res.output
    assert "Lào Cai" in res.output and "zip bomb" in res.output
    assert any(f" {top_org} " in line and f" {top_n} " in line for line in res.output.splitlines())


def test_stats_names_a_missing_archive(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    res = CliRunner().invoke(app, ["stats", str(tmp_path / "nowhere.duckdb")])
    assert res.exit_code == 2 and "nowhere.duckdb" in res.output


# -- progress --------------------------------------------------------------------------------

def test_progress_is_a_plain_line_off_a_terminal(small, tmp_path):
    import io

    stream = io.StringIO()
    build_archive([small], tmp_path / "a.duckdb", workers=1, progress_interval=0, stream=stream)
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("2/2 files (100%)") and "files/s" in lines[-1] and "MB/s" in lines[-1]
    assert "ETA" in lines[-1] and "\r" not in stream.getvalue()


def test_progress_is_a_bar_on_a_terminal():
    import io

    from pipeline.archive.progress import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    p = Progress(total_files=4, total_bytes=4 * 2**20, stream=stream)
    p.advance(files=2, nbytes=2 * 2**20, targets=7)
    p.message("skipped /a/hong.pdf: damaged PDF")
    p.close()
    out = stream.getvalue()
    assert "\r" in out and "2/4" in out and "file/s" in out and "MB/s" in out
    assert "skipped /a/hong.pdf: damaged PDF\n" in out


# -- Dask ------------------------------------------------------------------------------------

def test_dask_local_cluster_gives_the_local_engines_tables(archive, clean_db, tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    db = tmp_path / "dask.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run = build_archive([archive[0]], db, engine="dask", scheduler=cluster.scheduler_address,
                            progress=False, stream=open(os.devnull, "w"))
    assert run.engine == "dask" and run.workers == 2
    assert _tables(db) == _tables(clean_db[0])


def test_committed_json_schemas_are_the_models():
    """schemas/*.schema.json, which the archive's columns come from, match the models."""
    from schemas import json_schemas

    for name, schema in json_schemas().items():
        committed = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
        assert committed == schema, f"schemas/{name} is stale: run `make schema`"
