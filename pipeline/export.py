"""Export stage: target records → JSON Lines, CSV, pandas."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterable

from schemas import Target

#: Column order of the tables: the annotation contract first, then context.
COLUMNS = [
    "doc_id", "span", "value", "value_max", "denominator", "change", "unit", "comparator",
    "org", "indicator", "counted", "deadline_year", "period", "frequency", "level", "kind",
    "section", "quote",
]


def records(targets: Iterable[Target | dict]) -> list[dict]:
    """Plain dicts in the contract's field names."""
    return [t.record() if isinstance(t, Target) else dict(t) for t in targets]


def to_dataframe(targets: Iterable[Target | dict]):
    """A DataFrame with one row per record and the contract's columns.

    >>> to_dataframe([]).columns[0]
    'doc_id'
    """
    import pandas as pd

    df = pd.DataFrame(records(targets), columns=COLUMNS)
    # one dtype per column whatever the rows hold: floats for values, nullable
    # integers for years (not floats because one record has none)
    return df.astype({"value": "float64", "value_max": "Float64", "denominator": "Float64",
                      "deadline_year": "Int64"})


def write_jsonl(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write one JSON object per line (UTF-8, Vietnamese unescaped); returns the count."""
    rows = records(targets)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def _cell(v):
    if isinstance(v, (list, tuple)):
        return "-".join(str(x) for x in v)
    return "" if v is None else v


def write_csv(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write a CSV (UTF-8 with BOM so spreadsheet programs show Vietnamese)."""
    rows = records(targets)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in COLUMNS})
    Path(path).write_text(buf.getvalue(), encoding="utf-8-sig")
    return len(rows)


def read_jsonl(path: Path | str) -> list[dict]:
    """Records back from a JSON Lines file."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


WRITERS = {".jsonl": write_jsonl, ".json": write_jsonl, ".csv": write_csv}


def write(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write by the file's extension (.jsonl or .csv)."""
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        raise ValueError(f"{path}: unknown output format {suffix!r} (use .jsonl or .csv)")
    return WRITERS[suffix](targets, path)
