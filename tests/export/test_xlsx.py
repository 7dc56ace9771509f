"""chitieu extract -o x.xlsx: one sheet of records officials can read (pipeline/export.py,
pipeline/data/export_sheet.yaml)."""
from __future__ import annotations

import unicodedata

import openpyxl
import pytest
from typer.testing import CliRunner

from pipeline import extract
from pipeline.cli import app
from pipeline.export import XLSX_COLUMNS, amount_text, read_records, sheet_row, write_xlsx
from pipeline.lexicon import load_lexicon
from samples import cp1258_bytes

PLAN = """KẾ HOẠCH thực hiện Nghị quyết
1. Đến năm 2025, Hội Nông dân đạt 90% trở lên.
2. Năm 2023, toàn tỉnh đã kết nạp được 1.250 hội viên mới.
3. Tổng kinh phí thực hiện 4.991 triệu đồng từ ngân sách tỉnh.
4. Hằng năm, mỗi chi hội giới thiệu ít nhất 01 hội viên ưu tú cho Đảng.
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    """The plan written with Windows-1258 (combining tones) and extracted to a spreadsheet."""
    folder = tmp_path_factory.mktemp("xlsx")
    (folder / "ke_hoach.txt").write_bytes(cp1258_bytes(PLAN))
    out = folder / "ket_qua.xlsx"
    res = CliRunner().invoke(app, ["extract", str(folder / "ke_hoach.txt"), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return ws, rows[0], [dict(zip(XLSX_COLUMNS, r)) for r in rows[1:]]


def test_one_sheet_one_row_per_record(sheet):
    ws, _, rows = sheet
    assert ws.title == load_lexicon("export_sheet").title and ws.freeze_panes == "A2"
    # What is counted goes with a count when it is short ("1.250 hội viên mới"); a
    # long one ("hội viên ưu tú cho Đảng") stays in its own column.
    assert [r["amount"] for r in rows] == ["90% trở lên", "1.250 hội viên mới", "4.991.000.000 đồng", "1 trở lên"]
    assert rows[3]["counted"] == "hội viên ưu tú cho Đảng"
    assert [r["time"] for r in rows][0] == "đến năm 2025" and rows[3]["time"].startswith("hằng năm")
    assert rows[0]["org_name"] == "Hội Nông dân" and rows[0]["section"] == "1"


def test_values_stay_numbers_for_sums(sheet):
    _, _, rows = sheet
    assert [r["value"] for r in rows] == [90, 1250, 4991000000, 1]
    assert rows[0]["deadline_year"] == 2025 and rows[0]["unit"] == "percent"


def test_text_is_composed_whatever_the_encoding_of_the_file(sheet):
    _, _, rows = sheet
    quotes = [r["quote"] for r in rows]
    assert all(unicodedata.is_normalized("NFC", q) for q in quotes)
    assert any("đạt 90%" in q for q in quotes)  # what a search in Excel looks for


@pytest.mark.parametrize("column", XLSX_COLUMNS)
def test_every_column_has_its_header(sheet, column):
    _, header, _ = sheet
    assert header[XLSX_COLUMNS.index(column)] == load_lexicon("export_sheet").columns[column]


@pytest.mark.parametrize("kind, sentence", [
    ("target", "Đến năm 2025, Hội Nông dân đạt 90% trở lên."),
    ("result", "Năm 2023, toàn tỉnh đã kết nạp được 1.250 hội viên mới."),
    ("budget", "Tổng kinh phí thực hiện 4.991 triệu đồng từ ngân sách tỉnh."),
])
def test_every_kind_has_its_label(kind, sentence):
    (r,) = [t.record() for t in extract(sentence)]
    assert r["kind"] == kind
    assert sheet_row(r)[XLSX_COLUMNS.index("kind")] == load_lexicon("export_sheet").kinds[kind]


@pytest.mark.parametrize("record, text", [
    ({"value": 75, "unit": "percent", "comparator": ">"}, "trên 75%"),
    ({"value": 8, "value_max": 12, "unit": "percent", "comparator": "between"}, "từ 8% đến 12%"),
    ({"value": 2, "unit": "count", "comparator": "<=", "counted": "cuộc"}, "không quá 2 cuộc"),
    ({"value": 5, "unit": "percent", "comparator": "=", "change": "increase"}, "tăng 5%"),
    ({"value": 7, "denominator": 12, "unit": "count", "comparator": "=", "counted": "xã"}, "7/12 xã"),
    ({"value": 1.5, "unit": "usd", "comparator": "="}, "1,5 USD"),
])
def test_amounts_are_written_the_vietnamese_way(record, text):
    assert amount_text(record) == text


def test_characters_a_spreadsheet_cannot_hold_are_dropped(tmp_path):
    rec = {"doc_id": "a\udcff", "span": [0, 2], "value": 1, "unit": "count", "comparator": "=", "kind": "target",
           "quote": "Hội\x00 Nông\x07 dân 01 người"}
    assert write_xlsx([rec], tmp_path / "x.xlsx") == 1
    row = list(openpyxl.load_workbook(tmp_path / "x.xlsx").active.iter_rows(values_only=True))[1]
    assert row[XLSX_COLUMNS.index("quote")] == "Hội Nông dân 01 người" and row[0] == "a"


def test_comparison_rows_are_not_read_as_records(tmp_path):
    p = tmp_path / "so_sanh.jsonl"
    p.write_text('{"verdict": "same", "org": "HND"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="so_sanh.jsonl line 1: comparison rows"):
        read_records(p)
    p.write_text('{"doc_id": "a", "value": 1}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: not a target record"):
        read_records(p)
