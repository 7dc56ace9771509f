"""The archive's one writer: an embedded DuckDB database.

Tables ``documents``, ``targets``, ``errors`` (columns from the JSON Schema,
see :mod:`.tables`) and ``runs``. Every batch of files is written in one
transaction, so a run killed at any moment leaves whole files or none, and
the next run carries on from there.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa

from pipeline.archive.tables import MODELS, ORDER, arrow_schema, to_arrow
from pipeline.metadata import link
from schemas import Document

#: What a file needs, decided from the database before any work is sent out.
UNCHANGED, COPY, NEW, UPDATE = "unchanged", "copy", "new", "update"

# The fields that make a record what it is: a rerun that changes any of them
# changed the record (quote and section are context, position is ordinal).
RECORD_KEY = ["span", "value", "value_max", "denominator", "change", "unit", "comparator", "org",
               "indicator", "counted", "deadline_year", "period", "frequency", "level", "kind"]


def record_key(values) -> str:
    """One record's :data:`RECORD_KEY` values as a comparable string (tuples
    and lists alike, whether they come from a worker or from the database)."""
    return json.dumps([list(v) if isinstance(v, tuple) else v for v in values], default=str)


class ArchiveStore:
    """A DuckDB archive opened for one run.

    >>> store = ArchiveStore(":memory:")
    >>> store.count("documents")
    0
    """

    def __init__(self, path: Path | str, memory_limit: str | None = None):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.Error as e:
            raise RuntimeError(f"{self.path}: cannot open the archive ({e})") from None
        # A database file: its buffer pool would otherwise grow with the archive,
        # and the writer needs little (64 MB failed copying 40 files' rows in one
        # transaction, found by the long robustness run). In memory, the data itself lives there.
        memory_limit = memory_limit or ("256MB" if self.path != ":memory:" else None)
        if memory_limit:
            self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self.con.execute("SET threads = 1")  # the CPU belongs to the workers
        self.con.execute("SET preserve_insertion_order = false")
        self._create()

    # -- schema -------------------------------------------------------------
    def _create(self) -> None:
        for table in MODELS:
            schema = arrow_schema(table)
            existing = {r[0]: r[1] for r in self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
                [table]).fetchall()}
            if not existing:
                empty = schema.empty_table()  # noqa: F841 (read by DuckDB's replacement scan)
                self.con.execute(f"CREATE TABLE {table} AS SELECT * FROM empty")
                continue
            for name in schema.names:  # a field added to a model: a new column, old rows NULL
                if name not in existing:
                    one = pa.schema([schema.field(name)]).empty_table()  # noqa: F841
                    col_type = self.con.execute("DESCRIBE SELECT * FROM one").fetchone()[1]
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {_q(name)} {col_type}")
        self.con.execute("CHECKPOINT")

    # -- reading ------------------------------------------------------------
    def count(self, table: str) -> int:
        """Rows in a table."""
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def versions(self) -> list[str]:
        """Pipeline versions the documents were extracted with."""
        return [r[0] for r in self.con.execute(
            "SELECT DISTINCT pipeline_version FROM documents UNION "
            "SELECT DISTINCT pipeline_version FROM errors ORDER BY 1").fetchall()]

    def classify(self, items: list[tuple[str, str | None]], version: str,
                 force: bool = False) -> dict[str, tuple[str, str | None]]:
        """What each (path, sha256) needs: ``unchanged`` (same content and version
        already stored, as a document or as an error), ``copy`` (same content
        stored under another path: rows are copied, nothing is extracted),
        ``new`` or ``update`` (extract). Returns path → (action, copy-from path).
        """
        chunk = pa.table({"source_path": [p for p, _ in items],  # noqa: F841
                          "sha256": [s for _, s in items]})
        rows = self.con.execute("""
            SELECT c.source_path,
                   d.source_path IS NOT NULL AS has_doc,
                   d.sha256 = c.sha256 AND d.pipeline_version = $v AS same_doc,
                   EXISTS (SELECT 1 FROM errors e WHERE e.source_path = c.source_path
                           AND e.sha256 = c.sha256 AND e.pipeline_version = $v AND e.stage <> 'metadata')
                       AS same_error,
                   EXISTS (SELECT 1 FROM errors e WHERE e.source_path = c.source_path) AS has_error
            FROM chunk c LEFT JOIN documents d ON d.source_path = c.source_path
            """, {"v": version}).fetchall()
        out: dict[str, tuple[str, str | None]] = {}
        for path, has_doc, same_doc, same_error, has_error in rows:
            if not force and (same_doc if has_doc else same_error):
                out[path] = (UNCHANGED, None)
            else:
                out[path] = (UPDATE if has_doc or has_error else NEW, None)
        if force:
            return out
        wanted = [p for p, (a, _) in out.items() if a in (NEW, UPDATE)]
        if wanted:
            sha = dict(items)
            look = pa.table({"source_path": wanted, "sha256": [sha[p] for p in wanted]})  # noqa: F841
            for path, src in self.con.execute("""
                    SELECT l.source_path, min(d.source_path)
                    FROM look l JOIN documents d
                      ON d.sha256 = l.sha256 AND d.pipeline_version = $v AND d.source_path <> l.source_path
                    GROUP BY l.source_path""", {"v": version}).fetchall():
                out[path] = (COPY, src)
        return out

    def targets_of(self, paths: list[str]) -> dict[str, Counter]:
        """The records stored for these files, as multisets of their key fields."""
        if not paths:
            return {}
        sel = pa.table({"source_path": paths})  # noqa: F841
        cols = ", ".join(_q(c) for c in RECORD_KEY)
        out: dict[str, Counter] = {p: Counter() for p in paths}
        for row in self.con.execute(f"SELECT source_path, {cols} FROM targets "
                                    "WHERE source_path IN (SELECT source_path FROM sel)").fetchall():
            out[row[0]][record_key(row[1:])] += 1
        return out

    # -- writing ------------------------------------------------------------
    def write(self, documents: list[dict] | pa.Table, targets: list[dict] | pa.Table,
              errors: list[dict] | pa.Table, replace: Iterable[str] = ()) -> None:
        """Write one batch in one transaction, first dropping the rows of the
        files in ``replace`` (files being re-extracted or copied over)."""
        tables = {name: rows if isinstance(rows, pa.Table) else to_arrow(name, rows)
                  for name, rows in (("documents", documents), ("targets", targets), ("errors", errors))}
        replace = sorted(set(replace))
        self.con.begin()
        try:
            if replace:
                gone = pa.table({"source_path": replace})  # noqa: F841
                for name in tables:
                    self.con.execute(f"DELETE FROM {name} WHERE source_path IN (SELECT source_path FROM gone)")
            for name, batch in tables.items():
                if batch.num_rows:
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM batch")
            self.con.commit()
        except BaseException:
            self._rollback()
            raise

    def copy(self, pairs: list[tuple[str, str]]) -> int:
        """Store files whose content is already extracted under another path:
        their rows are copied with the new path and id, 32 files a transaction
        (memory stays flat however many copies). Returns targets copied."""
        if len(pairs) > 32:
            return sum(self.copy(pairs[i:i + 32]) for i in range(0, len(pairs), 32))
        if not pairs:
            return 0
        moves = pa.table({"source_path": [p for p, _ in pairs], "src": [s for _, s in pairs],  # noqa: F841
                          "doc_id": [Path(p).stem for p, _ in pairs]})
        self.con.begin()
        try:
            for name in ("documents", "targets", "errors"):
                self.con.execute(f"DELETE FROM {name} WHERE source_path IN (SELECT source_path FROM moves)")
            # Each table is cut down to the copied files before the join, so the
            # join's hash table holds a batch, not the archive.
            self.con.execute("""INSERT INTO documents BY NAME
                SELECT d.* REPLACE (m.doc_id AS id, m.source_path AS source_path, false AS province_inferred)
                FROM (SELECT * FROM documents WHERE source_path IN (SELECT src FROM moves)) d
                JOIN moves m ON d.source_path = m.src""")
            n = self.con.execute("""INSERT INTO targets BY NAME
                SELECT t.* REPLACE (m.doc_id AS doc_id, m.source_path AS source_path)
                FROM (SELECT * FROM targets WHERE source_path IN (SELECT src FROM moves)) t
                JOIN moves m ON t.source_path = m.src""").fetchone()[0]
            self.con.execute("""INSERT INTO errors BY NAME
                SELECT e.* REPLACE (m.source_path AS source_path)
                FROM (SELECT * FROM errors WHERE source_path IN (SELECT src FROM moves)) e
                JOIN moves m ON e.source_path = m.src""")
            self.con.commit()
        except BaseException:
            self._rollback()
            raise
        return n

    def link_provinces(self) -> int:
        """Fill a missing province from the other documents of the archive
        (:func:`pipeline.metadata.link`), recomputed from scratch every run so
        the result never depends on the order files arrived in."""
        self.con.execute("UPDATE documents SET province = NULL, province_inferred = false "
                         "WHERE province_inferred")
        cols = ["id", "source_path", "sha256", "province", "implements", "cites", "issuer", "issuer_level",
                "doc_type", "number", "locality"]
        rows = self.con.execute(f"SELECT {', '.join(cols)} FROM documents "
                                "WHERE len(implements) > 0 OR len(cites) > 0 OR province IS NULL").fetchall()
        docs = [Document(**dict(zip(cols, r)), text="") for r in rows]
        filled = [(d.source_path, d.province) for d, old in zip(link(docs), docs)
                  if old.province is None and d.province is not None]
        if filled:
            upd = pa.table({"source_path": [p for p, _ in filled], "province": [v for _, v in filled]})  # noqa: F841
            self.con.execute("UPDATE documents SET province = upd.province, province_inferred = true "
                             "FROM upd WHERE documents.source_path = upd.source_path")
        return len(filled)

    # -- runs ---------------------------------------------------------------
    def next_run_id(self) -> int:
        return (self.con.execute("SELECT max(run_id) FROM runs").fetchone()[0] or 0) + 1

    def save_run(self, run: dict) -> None:
        """Insert or replace one row of ``runs``."""
        batch = to_arrow("runs", [run])  # noqa: F841
        self.con.begin()
        try:
            self.con.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
            self.con.execute("INSERT INTO runs BY NAME SELECT * FROM batch")
            self.con.commit()
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Undo the open transaction; a commit that failed (a full disk) has
        already undone it, and its error is the one to report."""
        try:
            self.con.rollback()
        except duckdb.Error:
            pass

    # -- export -------------------------------------------------------------
    def ordered(self, table: str) -> str:
        """``SELECT`` of a table in its stable order (same rows, same order, every run)."""
        return f"SELECT * FROM {table} ORDER BY {', '.join(_q(c) for c in ORDER[table])}"

    def export_parquet(self, folder: Path) -> list[Path]:
        """Every table as ``folder/<table>.parquet``, in stable row order."""
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for table in MODELS:
            path = folder / f"{table}.parquet"
            tmp = path.with_suffix(".parquet.tmp")
            self.con.execute(f"COPY ({self.ordered(table)}) TO '{_sql_str(tmp)}' (FORMAT parquet)")
            tmp.replace(path)
            out.append(path)
        return out

    def iter_rows(self, table: str, batch_size: int = 2048):
        """Rows of a table as dicts, in stable order, a batch at a time."""
        reader = self.con.sql(self.ordered(table)).to_arrow_reader(batch_size)
        for batch in reader:
            yield from batch.to_pylist()

    def close(self) -> None:
        self.con.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
