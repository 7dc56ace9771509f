"""chitieu stats: counts from an archive (pipeline/archive/stats.py)."""
from __future__ import annotations

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app


def test_stats_prints_counts_from_the_archive(clean_db):
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
    res = CliRunner().invoke(app, ["stats", str(tmp_path / "nowhere.duckdb")])
    assert res.exit_code == 2 and "nowhere.duckdb" in res.output
