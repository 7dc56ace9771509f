"""The archive's tables follow the JSON Schema of the models (pipeline/archive/tables.py, store.py)."""
from __future__ import annotations

import json

import duckdb
import pytest

from conftest import ROOT
from pipeline.archive import ArchiveStore
from pipeline.archive.tables import MODELS, arrow_schema
from schemas import json_schemas


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


def test_committed_json_schemas_are_the_models():
    """schemas/*.schema.json, which the archive's columns come from, match the models."""
    for name, schema in json_schemas().items():
        committed = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
        assert committed == schema, f"schemas/{name} is stale: run `make schema`"
