"""Saved web pages: the article without menus, counters and footers."""
from __future__ import annotations

from pipeline.read import read_document
from samples import PARAS, make_html, records


def test_html_same_targets(tmp_path, expected):
    doc = read_document(make_html(tmp_path / "a.html"))
    assert doc.source_format == "html"
    for chrome in ("Trang chủ", "Lượt xem", "Đang online", "Thống kê truy cập", "Liên hệ"):
        assert chrome not in doc.text
    assert doc.text.startswith(PARAS[0])
    assert records(doc) == expected
