"""Date of writing and period: one case per period and until word."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze

VOCAB = load_lexicon("metadata_doc_types")


@pytest.mark.parametrize("word", VOCAB.period_words, ids=str)
def test_period_word(word):
    assert analyze(f"KẾ HOẠCH\nCông tác dân vận, {word} 2021 – 2025\nNội dung.")["period"] == (2021, 2025)


@pytest.mark.parametrize("word", VOCAB.until_words, ids=str)
def test_until_word(word):
    m = analyze(f"Hà Giang, ngày 01 tháng 3 năm 2021\nKẾ HOẠCH\nCông tác dân vận {word} 2030\nNội dung.")
    assert m["period"] == (2021, 2030)


def test_issued_on_from_place_date_line():
    m = analyze("Sa Pa, ngày 08 tháng 9 năm 2022\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
                "thực hiện Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy")
    assert m["issued_on"] == dt.date(2022, 9, 8)
    assert m["implements"][0].date == dt.date(2022, 7, 22)
