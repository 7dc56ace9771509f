"""What an archive holds: counts per province, type, year, organization,
indicator, kind, and the reasons files failed (``chitieu stats``)."""
from __future__ import annotations

from pathlib import Path

import duckdb

#: Section title → SQL over the archive's tables (count column last).
QUERIES = {
    "documents per province": """
        SELECT coalesce(province, '—') AS province, count(*) AS documents
        FROM documents GROUP BY 1 ORDER BY 2 DESC, 1""",
    "documents per type": """
        SELECT coalesce(doc_type, '—') AS doc_type, count(*) AS documents
        FROM documents GROUP BY 1 ORDER BY 2 DESC, 1""",
    "documents per year": """
        SELECT coalesce(CAST(coalesce(year(issued_on), period[1]) AS VARCHAR), '—') AS year,
               count(*) AS documents
        FROM documents GROUP BY 1 ORDER BY 1""",
    "targets per organization": """
        SELECT coalesce(org, '—') AS org, count(*) AS targets FROM targets GROUP BY 1 ORDER BY 2 DESC, 1""",
    "targets per indicator": """
        SELECT indicator, count(*) AS targets FROM targets GROUP BY 1 ORDER BY 2 DESC, 1""",
    "targets per kind": """
        SELECT kind, count(*) AS targets FROM targets GROUP BY 1 ORDER BY 2 DESC, 1""",
    # The detail in parentheses (a library's message) would split one reason into many.
    "error reasons": """
        SELECT stage, regexp_replace(reason, '\\s*\\(.*$', '') AS reason, count(*) AS files
        FROM errors GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""",
    "runs": """
        SELECT run_id, strftime(started_at, '%Y-%m-%d %H:%M') AS started, status, pipeline_version,
               files_new AS new, files_updated AS updated, files_copied AS copied,
               files_unchanged AS unchanged, files_failed AS failed, seconds
        FROM runs ORDER BY run_id DESC LIMIT 10""",
}


def connect(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only view of an archive: a ``.duckdb`` file, or a folder written
    by ``chitieu extract -o FOLDER`` (its database, else its Parquet files)."""
    p = Path(path)
    if p.is_dir():
        if (p / "archive.duckdb").is_file():
            p = p / "archive.duckdb"
        else:
            tables = ("documents", "targets", "errors", "runs")
            missing = [t for t in tables if not (p / f"{t}.parquet").is_file()]
            if missing:
                raise FileNotFoundError(f"{path}: not an archive (no archive.duckdb, "
                                        f"no {', '.join(t + '.parquet' for t in missing)})")
            con = duckdb.connect()
            for t in tables:
                con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet(?)", [str(p / f"{t}.parquet")])
            return con
    if not p.is_file():
        raise FileNotFoundError(f"{path}: no such archive")
    with open(p, "rb") as f:
        if f.read(12)[8:12] != b"DUCK":  # DuckDB's magic number
            hint = " (a file of records: use chitieu summary)" if p.suffix.lower() in (".jsonl", ".csv") else ""
            raise FileNotFoundError(f"{path}: not an archive database{hint}")
    try:
        return duckdb.connect(str(p), read_only=True)
    except duckdb.Error as e:
        raise RuntimeError(f"{path}: cannot open the archive ({e})") from None


def archive_stats(path: Path | str) -> dict:
    """Totals and the count tables of :data:`QUERIES`, as pandas DataFrames.

    >>> s = archive_stats("out/archive.duckdb")  # doctest: +SKIP
    >>> s["totals"]["documents"], s["targets per kind"].iloc[0]["kind"]  # doctest: +SKIP
    (5, 'target')
    """
    con = connect(path)
    try:
        out: dict = {"totals": {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                for t in ("documents", "targets", "errors", "runs")}}
        for title, sql in QUERIES.items():
            out[title] = con.execute(sql).df()
        return out
    finally:
        con.close()
