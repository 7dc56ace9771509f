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
    m = analyze(f"Hội LHPN tỉnh đánh giá hoạt động năm 2016\n\nNgày 27/12/2016, Hội LHPN tỉnh Hậu Giang tổ chức "
                f"hội nghị tổng kết hoạt động năm 2016, bàn {word} năm 2017.")
    assert m["period"] == (2016, 2017)


def test_a_deadline_alone_in_a_news_lead_states_no_period():
    # the report's own start is not told: "đến năm 2035" gives no period, "giai đoạn 2031 - 2035" does
    lead = "Xây dựng nông thôn mới: quyết tâm lớn\n10:03 | 01/02/2031\n(Báo Bắc Giang)- Theo kế hoạch, {} toàn tỉnh " \
           "phấn đấu có thêm 31 xã đạt chuẩn nông thôn mới."
    assert analyze(lead.format("đến năm 2035"))["period"] is None
    assert analyze(lead.format("giai đoạn 2031 - 2035"))["period"] == (2031, 2035)


def test_dates_are_not_years_of_a_period():
    assert _years("Nghị quyết số 22-NQ/TU ngày 14/9/2023, ngày 05 tháng 5 năm 2021") == []


PERIODS = [
    ("congress-term-in-headline", "Đại hội Đoàn xã Tân Lập lần thứ XXV, nhiệm kỳ 2022 - 2027\n\nNgày 10/6/2022, "
                                  "Đoàn xã Tân Lập tổ chức Đại hội.", (2022, 2027)),
    ("congress-term-in-lead", "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII\n\nTrong ba ngày "
                              "18, 19 và 20/12/2023, Trung ương Hội tiến hành Đại hội lần thứ VIII, nhiệm kỳ 2023 - 2028.",
     (2023, 2028)),
    ("plan-year-not-council-term", "HĐND tỉnh thông qua dự toán ngân sách năm 2024\n\nChiều 13/12, HĐND tỉnh "
                                   "khóa XVI, nhiệm kỳ 2021 - 2026 kết thúc kỳ họp.", (2024, 2024)),
    ("council-session-second-sentence", "Kỳ họp thứ 15 HĐND tỉnh Hậu Giang: Ban hành 18 nghị quyết\n\nNgày 13/12, "
                                        "HĐND tỉnh khóa XVI, nhiệm kỳ 2021 - 2026 kết thúc kỳ họp. Kỳ họp đã ban hành "
                                        "Nghị quyết về dự toán ngân sách năm 2024.", (2024, 2024)),
    ("review-and-next-stage", "Sơ kết phong trào Dân vận khéo\n\nChiều 6/12/2023, Ban Dân vận Huyện ủy sơ kết "
                              "phong trào giai đoạn 2021 - 2023, và bàn nhiệm vụ giai đoạn 2024 - 2025 của huyện.",
     (2021, 2025)),
    ("report-and-plan-years", "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC\n\nBÁO CÁO\nKết quả công tác năm 2017 "
                              "và kế hoạch năm 2018", (2017, 2018)),
    ("five-year-plan", "NGHỊ QUYẾT\nVề kế hoạch phát triển nhà ở 5 năm 2016 - 2020", (2016, 2020)),
    ("stage-with-horizon", "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2030 VÀ TẦM NHÌN ĐẾN NĂM 2050",
     (2026, 2030)),
    ("dateline-is-not-the-period", "Thanh Sơn, ngày 05 tháng 5 năm 2021\n\nKẾ HOẠCH\nvề công tác dân vận\n\n"
                                   "Thực hiện Nghị quyết, Huyện ủy ban hành Kế hoạch.", None),
    ("referenced-date-is-not-the-period", "KẾ HOẠCH\ntriển khai Nghị quyết số 22-NQ/TU ngày 14/9/2023 của Tỉnh ủy",
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
