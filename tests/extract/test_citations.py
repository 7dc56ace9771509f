"""Tests of the citation readers: aims stated in a document, aims measured against, a symbol's issuer."""
import pytest

from pipeline.extract import run
from pipeline.extract.citations import aims_stated_in, measured_base, names_own_aims, symbol_issuer


def ctx_of(text):
    return run(text, until="scope")


@pytest.mark.parametrize("text,expected", [
    ("vượt 0,5% so với chỉ tiêu giao tại Nghị quyết", True),
    ("thấp hơn 2% so kế hoạch giao tại Quyết định", True),
    ("mục tiêu được nêu tại Nghị quyết", False),
], ids=["so-với-chỉ-tiêu", "so-kế-hoạch", "no-base"])
def test_an_aim_named_as_the_base_of_a_comparison(text, expected):
    c = ctx_of(text)
    assert measured_base(c, 0, len(c.low)) is expected


@pytest.mark.parametrize("text,expected", [
    ("Đó là mục tiêu nêu trong dự thảo Chương trình", True),
    ("đạt 90%, vượt 1% so với chỉ tiêu đề ra tại Nghị quyết", False),
], ids=["own-aims", "aims-as-base"])
def test_aims_named_as_ones_own_or_as_a_base(text, expected):
    c = ctx_of(text)
    assert names_own_aims(c, 0, len(c.low)) is expected


@pytest.mark.parametrize("text,expected", [
    ("Các chỉ tiêu này được xác định tại Quyết định số 12/QĐ-TTg năm 2027.", "GOV"),
    ("Đây là chỉ tiêu được nêu trong Nghị quyết số 05-NQ/TU năm 2027.", "PARTY"),
    ("Thực hiện các chỉ tiêu nêu tại Quyết định số 12/QĐ-TTg, huyện triển khai.", None),
    ("Tỷ lệ đạt 77%, cao hơn 2% so với kế hoạch giao tại Nghị quyết số 31-NQ/HU.", None),
], ids=["decision-ttg", "resolution-tu", "carried-out", "measured-against"])
def test_the_issuer_of_a_document_whose_aims_a_sentence_states(text, expected):
    c = ctx_of(text)
    found = symbol_issuer(c, 0, len(c.low))
    assert (found[0] if found else None) == expected


def test_aims_stated_in_needs_the_word_that_says_so():
    c = ctx_of("Mục tiêu của Quyết định số 12/QĐ-TTg là giảm nghèo.")
    assert aims_stated_in(c, 0, len(c.low), c.low.index("quyết định")) is False
