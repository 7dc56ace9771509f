"""The text as the metadata rules read it: folds, lines, paragraphs, sentences, spans."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.metadata.text import Page, accent_fold, ascii_fold, paragraphs, sentences


@pytest.mark.parametrize("text,want", [
    ("Thị Uỷ Sa Pa", "thi uy sa pa"),
    ("ĐẢNG ỦY KHỐI", "dang uy khoi"),
    ("Đồng Tháp", "dong thap"),
], ids=["old-tone-placement", "capitals", "d-with-stroke"])
def test_ascii_fold_keeps_length(text, want):
    assert ascii_fold(text) == want and len(ascii_fold(text)) == len(text)


@pytest.mark.parametrize("text,want", [
    ("Thị Uỷ Sa Pa", "thị ủy sa pa"),
    ("cơ quan", "cơ quan"),
    ("QUẬN", "quận"),
], ids=["tone-moved", "quan-is-not-quan", "capitals"])
def test_accent_fold_keeps_diacritics(text, want):
    assert accent_fold(text) == want


def test_page_blocks_and_table_bars():
    p = Page("|\n**ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN\n|\n\nKẾ HOẠCH\n")
    assert [(x.text, x.block) for x in p.lines] == [("ỦY BAN NHÂN DÂN", 0), ("TỈNH NGHỆ AN", 0), ("KẾ HOẠCH", 1)]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_locate_gives_offsets_in_the_text_as_given(form):
    text = unicodedata.normalize(form, "Ngày 5/6, **Huyện ủy\nBắc Hà** tổ chức hội nghị")
    start, end = Page(text).locate("Huyện ủy Bắc Hà")
    assert unicodedata.normalize("NFC", text[start:end]) == "Huyện ủy\nBắc Hà"


@pytest.mark.parametrize("lines,want", [
    (["Triển khai Kế hoạch số", "215-KH/TU ngày 09/3/2024"], 1),
    (["Căn cứ Nghị quyết của Tỉnh ủy, Đảng ủy xã ban", "hành Kế hoạch như sau:"], 1),
    (["I. MỤC ĐÍCH", "1. Quán triệt Nghị quyết."], 2),
    (["- Các sở;", "- Công an tỉnh;"], 2),
], ids=["number-on-next-line", "broken-word", "heading-then-item", "list-items"])
def test_paragraphs_join_lines_broken_mid_sentence(lines, want):
    assert len(paragraphs(Page("\n".join(lines)).lines)) == want


def test_sentences_keep_abbreviations():
    assert sentences("Hội nghị tại TP. Hồ Chí Minh. Dự có 50 đại biểu.") == [
        "Hội nghị tại TP. Hồ Chí Minh.", "Dự có 50 đại biểu."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Uỷ ban", "hoà", "KẾ HOẠCH", "**", "|", "  ", "\n", "\n\n", "Thuý", "qua",
                                 "\u00a0", "–", "“x”", "Hội", "oà", "a\u0301", "2025"]), max_size=30))
def test_the_pages_accent_folded_lines_are_each_lines_own(parts):
    # the page folds all its lines in one pass: each must equal folding the line alone
    page = Page("".join(parts))
    assert [line.accented for line in page.lines] == [accent_fold(line.text) for line in page.lines]
