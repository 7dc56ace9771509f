"""Date of writing and period: one case per entry of ``metadata_dates.yaml``,
and the fields on short texts. The dateline is the date of writing, never the period."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze
from pipeline.metadata.dates import stated_years

VOCAB = load_lexicon("metadata_dates")


def _years(text):
    return [(y.start, y.end) for y in stated_years(text)]


def test_date_words_make_a_dateline():
    line = f"Thanh Sơn, {VOCAB.date_word} 05 {VOCAB.month_word} 5 {VOCAB.year_word} 2021"
    m = analyze(f"HUYỆN ỦY THANH SƠN\n{line}\n\nKẾ HOẠCH\nvề công tác dân vận, giai đoạn 2021 - 2025")
    assert (m["issued_on"], m["period"]) == (dt.date(2021, 5, 5), (2021, 2025))


@pytest.mark.parametrize("word", VOCAB.period_words, ids=str)
def test_period_word(word):
    assert analyze(f"KẾ HOẠCH\nCông tác dân vận {word} 2021 – 2025\nNội dung.")["period"] == (2021, 2025)


@pytest.mark.parametrize("word", VOCAB.until_words, ids=str)
def test_until_word_counts_from_the_year_of_writing(word):
    m = analyze(f"Hà Giang, ngày 01 tháng 3 năm 2021\nKẾ HOẠCH\nCông tác dân vận {word} 2030\nNội dung.")
    assert m["period"] == (2021, 2030)


@pytest.mark.parametrize("word", VOCAB.horizon_words, ids=str)
def test_horizon_is_not_the_period(word):
    assert _years(f"giai đoạn 2026 - 2030, {word} đến năm 2045") == [(2026, 2030)]


@pytest.mark.parametrize("word", VOCAB.body_term_words, ids=str)
def test_term_of_the_meeting_body_is_not_the_period(word):
    assert _years(f"HĐND tỉnh {word} X, nhiệm kỳ 2021 - 2026 thông qua kế hoạch năm 2024") == [(2024, 2024)]


@pytest.mark.parametrize("word", VOCAB.comparison_words, ids=str)
def test_base_of_comparison_is_not_the_period(word):
    assert _years(f"năm 2024 tăng 9% {word} năm 2023") == [(2024, 2024)]


@pytest.mark.parametrize("word", VOCAB.task_words, ids=str)
def test_task_of_the_next_year_extends_a_report_period(word):
    m = analyze(f"Hội LHPN tỉnh tổng kết công tác Hội năm 2012\n\nNgày 21/12/2012, Hội LHPN tỉnh Sóc Trăng tổ chức "
                f"hội nghị tổng kết công tác năm 2012, triển khai {word} năm 2013.")
    assert m["period"] == (2012, 2013)


def test_dates_are_not_years_of_a_period():
    assert _years("Nghị quyết số 15-NQ/TU ngày 28/12/2022, ngày 05 tháng 5 năm 2021") == []


PERIODS = [
    ("congress-term-in-headline", "Đại hội Đoàn xã Tân Lập lần thứ XXV, nhiệm kỳ 2022 - 2027\n\nNgày 10/6/2022, "
                                  "Đoàn xã Tân Lập tổ chức Đại hội.", (2022, 2027)),
    ("congress-term-in-lead", "Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII\n\nTrong hai ngày "
                              "14 và 15/12/2022, Trung ương Hội tổ chức Đại hội lần thứ VII, nhiệm kỳ 2022 - 2027.",
     (2022, 2027)),
    ("plan-year-not-council-term", "HĐND tỉnh thông qua Nghị quyết về kế hoạch năm 2024\n\nChiều 8/12, HĐND tỉnh "
                                   "khóa X, nhiệm kỳ 2021 - 2026 bế mạc kỳ họp.", (2024, 2024)),
    ("council-session-second-sentence", "Kỳ họp thứ 12 HĐND tỉnh Bình Dương: Thông qua 20 nghị quyết\n\nNgày 8/12, "
                                        "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 bế mạc kỳ họp. Kỳ họp đã thông qua "
                                        "Nghị quyết về kế hoạch phát triển năm 2024.", (2024, 2024)),
    ("review-and-next-stage", "Sơ kết phong trào thi đua\n\nNgày 24/11/2023, Ban Dân vận Tỉnh ủy tổ chức sơ kết "
                              "phong trào giai đoạn 2021 - 2023, triển khai nhiệm vụ giai đoạn 2024 - 2025.",
     (2021, 2025)),
    ("report-and-plan-years", "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2013 "
                              "và kế hoạch năm 2014", (2013, 2014)),
    ("five-year-plan", "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020", (2016, 2020)),
    ("stage-with-horizon", "KẾ HOẠCH\nPHÁT TRIỂN HẠ TẦNG SỐ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045",
     (2026, 2030)),
    ("dateline-is-not-the-period", "Thanh Sơn, ngày 05 tháng 5 năm 2021\n\nKẾ HOẠCH\nvề công tác dân vận\n\n"
                                   "Thực hiện Nghị quyết, Huyện ủy ban hành Kế hoạch.", None),
    ("referenced-date-is-not-the-period", "KẾ HOẠCH\nthực hiện Nghị quyết số 15-NQ/TU ngày 28/12/2022 của Tỉnh ủy",
     None),
]


@pytest.mark.parametrize("text,want", [p[1:] for p in PERIODS], ids=[p[0] for p in PERIODS])
def test_period_field(text, want):
    assert analyze(text)["period"] == want


ISSUED = [
    ("dateline-broken-over-lines", "Số: 12/KH-UBND\n*Nghệ An, ngày 20\ntháng 11 năm 2025*\n\nKẾ HOẠCH\nNội dung",
     dt.date(2025, 11, 20)),
    ("web-page-date", "Huyện ủy Đức Linh sơ kết công tác dân vận\nCập nhật: 10/07/2023\n\nNội dung.",
     dt.date(2023, 7, 10)),
    ("lead-date-with-year", "Đại hội Đoàn xã Tân Lập\n\nNgày 10/6/2022, Đoàn xã Tân Lập tổ chức Đại hội.",
     dt.date(2022, 6, 10)),
    ("no-date", "KẾ HOẠCH\nvề công tác dân vận", None),
]


@pytest.mark.parametrize("text,want", [p[1:] for p in ISSUED], ids=[p[0] for p in ISSUED])
def test_issued_on_field(text, want):
    assert analyze(text)["issued_on"] == want
