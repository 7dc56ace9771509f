"""The archive's tables, derived from the JSON Schema of the pydantic models.

The JSON Schema (``schemas/*.schema.json``) is the one source of truth: the
Arrow schema of each table — hence its DuckDB and Parquet column names and
types — is computed from it, never written by hand. A field added to a model
becomes a column on the next run.
"""
from __future__ import annotations

from functools import lru_cache

import pyarrow as pa

from schemas import ArchivedDocument, ArchivedTarget, ErrorRecord, RunRecord

#: Table name → the model its rows are.
MODELS = {
    "documents": ArchivedDocument,
    "targets": ArchivedTarget,
    "errors": ErrorRecord,
    "runs": RunRecord,
}

#: Columns that identify a row, and the order tables are written in.
ORDER = {
    "documents": ["source_path"],
    "targets": ["source_path", "ordinal"],
    "errors": ["source_path", "stage", "reason"],
    "runs": ["run_id"],
}


def _resolve(node: dict, defs: dict) -> dict:
    ref = node.get("$ref")
    return defs[ref.rsplit("/", 1)[-1]] if ref else node


def arrow_type(node: dict, defs: dict) -> pa.DataType:
    """Arrow type of one JSON Schema node.

    >>> arrow_type({"type": "array", "prefixItems": [{"type": "integer"}] * 2}, {})
    ListType(list<item: int64>)
    """
    node = _resolve(node, defs)
    if "anyOf" in node:  # Optional[X] is anyOf [X, null]: Arrow columns are nullable anyway
        kinds = [n for n in node["anyOf"] if n.get("type") != "null"]
        if len(kinds) != 1:
            raise TypeError(f"cannot store a union of {kinds} in one column")
        return arrow_type(kinds[0], defs)
    t = node.get("type")
    if t == "string" or "enum" in node or "const" in node:
        fmt = node.get("format")
        if fmt == "date":
            return pa.date32()
        if fmt == "date-time":
            return pa.timestamp("us")
        return pa.string()
    if t == "integer":
        return pa.int64()
    if t == "number":
        return pa.float64()
    if t == "boolean":
        return pa.bool_()
    if t == "array":
        items = node.get("prefixItems")
        if items:  # a tuple: stored as a list of one type (spans and periods are int pairs)
            kinds = {str(arrow_type(i, defs)) for i in items}
            if len(kinds) != 1:
                raise TypeError(f"cannot store a tuple of mixed types {kinds}")
            return pa.list_(arrow_type(items[0], defs))
        return pa.list_(arrow_type(node["items"], defs))
    if t == "object":
        return pa.struct([pa.field(k, arrow_type(v, defs)) for k, v in node["properties"].items()])
    raise TypeError(f"no Arrow type for JSON Schema node {node}")


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema of a table, from its model's JSON Schema.

    >>> arrow_schema("errors").names
    ['source_path', 'sha256', 'reason', 'stage', 'pipeline_version']
    """
    js = MODELS[table].model_json_schema()
    defs = js.get("$defs", {})
    required = set(js.get("required", []))
    return pa.schema([pa.field(k, arrow_type(v, defs), nullable=k not in required or "anyOf" in v)
                      for k, v in js["properties"].items()])


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows (``model_dump()`` dicts) → an Arrow table with the table's schema.

    >>> to_arrow("errors", [{"source_path": "/a.pdf", "sha256": None, "reason": "empty file",
    ...                      "stage": "read", "pipeline_version": "0.1.0"}]).num_rows
    1
    """
    schema = arrow_schema(table)
    return pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)
