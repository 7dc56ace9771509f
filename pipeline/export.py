"""Export stage: target records → JSON Lines, CSV, an Excel sheet, pandas.

Records stream to the file (an archive's millions of records are never all in
memory). The spreadsheet is for people: amounts and time frames written the
Vietnamese way ("90% trở lên", "đến năm 2025"), organization names, the
section and the quote, every text composed (NFC) so a search in Excel finds
"đạt" whatever the source file's encoding; the contract's raw fields follow
for filtering and sums.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator

import regex

from pipeline.lexicon import load_lexicon
from pipeline.lexicon.export_models import SHEET_COLUMNS
from pipeline.values import number
from schemas import Target

#: Column order of the tables: the annotation contract first, then context.
COLUMNS = [
    "doc_id", "span", "value", "value_max", "denominator", "change", "unit", "comparator",
    "org", "indicator", "counted", "deadline_year", "period", "frequency", "level", "kind",
    "section", "quote",
]
#: Columns of the spreadsheet: the readable ones, then the raw fields.
XLSX_COLUMNS = list(SHEET_COLUMNS)
#: Fields a line of a records file must have.
REQUIRED = {"doc_id", "span", "value", "unit", "comparator", "kind"}
# Excel's limit for one cell; a quote is a clause, far shorter, unless the text had no punctuation.
_CELL_LIMIT = 32000
# Characters XML 1.0 (hence .xlsx) cannot hold.
_NOT_XML = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def records(targets: Iterable[Target | dict]) -> Iterator[dict]:
    """Plain dicts in the contract's field names, one at a time."""
    for t in targets:
        yield t.record() if isinstance(t, Target) else dict(t)


def to_dataframe(targets: Iterable[Target | dict]):
    """A DataFrame with one row per record and the contract's columns.

    >>> to_dataframe([]).columns[0]
    'doc_id'
    """
    # Not at the top: the archive's worker processes import this module, and
    # pandas would cost each of them 0.2 s and 43 MB (measured) for nothing.
    import pandas as pd

    df = pd.DataFrame(list(records(targets)), columns=COLUMNS)
    # one dtype per column whatever the rows hold: floats for values, nullable
    # integers for years (not floats because one record has none)
    return df.astype({"value": "float64", "value_max": "Float64", "denominator": "Float64",
                      "deadline_year": "Int64"})


def write_jsonl(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write one JSON object per line (UTF-8, Vietnamese unescaped); returns the count."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in records(targets):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def _cell(v):
    if isinstance(v, (list, tuple)):
        return "-".join(str(x) for x in v)
    return "" if v is None else v


def write_csv(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write a CSV (UTF-8 with BOM so spreadsheet programs show Vietnamese)."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in records(targets):
            w.writerow({k: _cell(r.get(k)) for k in COLUMNS})
            n += 1
    return n


def amount_text(r: dict) -> str:
    """A record's amount as an official would write it, in the words of
    ``compare_reasons.yaml`` (the same as ``chitieu compare`` uses).

    >>> amount_text({"value": 90, "unit": "percent", "comparator": ">="})
    '90% trở lên'
    >>> amount_text({"value": 4991000000, "unit": "vnd", "comparator": "="})
    '4.991.000.000 đồng'
    """
    w = load_lexicon("compare_reasons")
    suffix = w.units[r["unit"]].suffix
    v = number(r["value"]) + suffix
    if r.get("denominator") is not None:
        v = f"{number(r['value'])}/{number(r['denominator'])}"
    if r["unit"] == "count" and r.get("counted") and len(r["counted"].split()) <= 5:
        v = f"{v} {r['counted']}"
    if r.get("change"):
        return w.changes[r["change"]].format(value=v)
    vmax = number(r["value_max"]) + suffix if r.get("value_max") is not None else ""
    return w.comparators[r["comparator"]].format(v=v, vmax=vmax)


def time_text(r: dict) -> str:
    """A record's time frame in words ("hằng năm, đến năm 2025"), or "".

    >>> time_text({"frequency": "annual", "deadline_year": 2025})
    'hằng năm, đến năm 2025'
    """
    w = load_lexicon("compare_reasons")
    parts = []
    if r.get("frequency"):
        parts.append(w.frequencies[r["frequency"]])
    if r.get("deadline_year") is not None:
        parts.append(w.time.deadline.format(year=r["deadline_year"]))
    elif r.get("period"):
        parts.append(w.time.period.format(start=r["period"][0], end=r["period"][1]))
    return ", ".join(parts)


def _text(v) -> str:
    s = unicodedata.normalize("NFC", str(v))
    s = _NOT_XML.sub("", s)
    return s if len(s) <= _CELL_LIMIT else s[:_CELL_LIMIT] + "…"


def sheet_row(r: dict) -> list:
    """One record as the cells of :data:`XLSX_COLUMNS`: text composed (NFC), numbers as numbers.

    >>> sheet_row({"doc_id": "kh", "span": [0, 3], "value": 90, "unit": "percent", "comparator": ">=",
    ...            "org": "HND", "kind": "target", "quote": "Hội Nông dân đạt 90% trở lên"})[2:5]
    ['90% trở lên', '', 'Hội Nông dân']
    """
    w = load_lexicon("compare_reasons")
    sheet = load_lexicon("export_sheet")
    readable = {
        "amount": amount_text(r), "time": time_text(r),
        "org_name": w.orgs.get(r.get("org") or "", r.get("org") or ""),
        "indicator": w.indicators.get(r.get("indicator") or "", r.get("indicator") or ""),
        "level": w.levels.get(r.get("level") or "", r.get("level") or ""),
        "kind": sheet.kinds.get(r.get("kind") or "", r.get("kind") or ""),
    }
    row = []
    for col in XLSX_COLUMNS:
        v = readable[col] if col in readable else r.get(col)
        if col in ("span", "period") and v:
            v = f"{v[0]}–{v[1]}"
        if v is None:
            v = ""
        row.append(v if isinstance(v, (int, float)) else _text(v))
    return row


def write_xlsx(targets: Iterable[Target | dict], path: Path | str) -> int:
    """One sheet of records (header frozen, autofilter on), streamed to the file."""
    # Not at the top either: openpyxl costs 0.1-0.2 s at import (measured), and
    # only this writer needs it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = load_lexicon("export_sheet")
    wb = Workbook(write_only=True)  # rows go to disk as they come: flat memory
    ws = wb.create_sheet(sheet.title)
    ws.freeze_panes = "A2"
    widths = {"doc_id": 24, "section": 10, "amount": 22, "time": 18, "org_name": 20, "indicator": 24,
              "counted": 20, "quote": 80}
    for i, col in enumerate(XLSX_COLUMNS):
        ws.column_dimensions[get_column_letter(i + 1)].width = widths.get(col, 12)
    bold = Font(bold=True)
    header = []
    for col in XLSX_COLUMNS:
        c = WriteOnlyCell(ws, value=sheet.columns[col])
        c.font = bold
        header.append(c)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    n = 0
    for r in records(targets):
        cells = []
        for col, v in zip(XLSX_COLUMNS, sheet_row(r)):
            c = WriteOnlyCell(ws, value=v)
            if col == "quote":
                c.alignment = wrap
            cells.append(c)
        ws.append(cells)
        n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{n + 1}"
    wb.save(path)
    return n


def read_jsonl(path: Path | str) -> list[dict]:
    """Records back from a JSON Lines file."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def read_records(path: Path | str) -> list[dict]:
    """Target records back from a ``.jsonl`` written by ``chitieu extract``;
    ``ValueError`` naming the file and line for anything else (not JSON, the
    rows of ``chitieu compare``, another kind of file).

    >>> read_records("so_sanh.jsonl")  # doctest: +SKIP
    Traceback (most recent call last):
    ValueError: so_sanh.jsonl line 1: comparison rows (from chitieu compare), not target records
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a records file (not UTF-8 text)") from None
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path} line {i}: not JSON ({e.msg})") from None
        if isinstance(r, dict) and "verdict" in r:
            raise ValueError(f"{path} line {i}: comparison rows (from chitieu compare), not target records")
        lacking = REQUIRED - set(r) if isinstance(r, dict) else REQUIRED
        if lacking:
            raise ValueError(f"{path} line {i}: not a target record (no {', '.join(sorted(lacking))})")
        out.append(r)
    return out


WRITERS = {".jsonl": write_jsonl, ".json": write_jsonl, ".csv": write_csv, ".xlsx": write_xlsx}


def write(targets: Iterable[Target | dict], path: Path | str) -> int:
    """Write by the file's extension (.jsonl, .csv or .xlsx)."""
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        raise ValueError(f"{path}: unknown output format {suffix!r} (use .jsonl, .csv or .xlsx)")
    return WRITERS[suffix](targets, path)
