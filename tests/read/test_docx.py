"""Word .docx: the same targets as the plain text, tables one line per row, Word's list numbers kept."""
from __future__ import annotations

import docx
import pytest

from pipeline import extract_document
from pipeline.read import ReadError, read_document
from samples import TEXT, make_docx, records, zip_bomb


def test_docx_same_targets(tmp_path, expected):
    doc = read_document(make_docx(tmp_path / "a.docx"))
    assert doc.source_format == "docx"
    assert doc.text == TEXT
    assert records(doc) == expected


def test_docx_tables_one_line_per_row(tmp_path):
    p = make_docx(tmp_path / "t.docx", paras=["KẾ HOẠCH", "Chỉ tiêu đến năm 2025:"],
                  table=[["Tổ chức", "Tỷ lệ tập hợp"], ["Hội Nông dân", "90% trở lên"],
                         ["Hội Cựu chiến binh", "96% trở lên"]])
    doc = read_document(p)
    assert "Hội Nông dân | 90% trở lên\nHội Cựu chiến binh | 96% trở lên" in doc.text
    assert doc.text.index("Chỉ tiêu đến năm 2025") < doc.text.index("Hội Nông dân")
    values = sorted(t.value for t in extract_document(doc) if t.unit == "percent")
    assert values == [90.0, 96.0]


def test_docx_numbered_list_keeps_its_numbers(tmp_path):
    d = docx.Document()
    d.add_paragraph("MỤC TIÊU")
    d.add_paragraph("Hội Nông dân đạt 90% trở lên", style="List Number")
    d.add_paragraph("Hội Cựu chiến binh đạt 97% trở lên", style="List Number")
    d.add_paragraph("Đoàn viên được học tập", style="List Bullet")
    d.save(tmp_path / "n.docx")
    text = read_document(tmp_path / "n.docx").text
    assert "1. Hội Nông dân đạt 90% trở lên" in text
    assert "2. Hội Cựu chiến binh đạt 97% trở lên" in text
    assert "- Đoàn viên được học tập" in text


def test_zip_bomb_refused_by_ratio_without_unpacking(tmp_path):
    p = zip_bomb(tmp_path / "bomb.docx", 40 * 2**20)
    with pytest.raises(ReadError, match="zip bomb"):
        read_document(p)
