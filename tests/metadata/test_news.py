"""News reports: one case per entry of ``metadata_news.yaml``; the reported
body's issuer, level and province on short reports of each kind."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze

VOCAB = load_lexicon("metadata_news")


@pytest.mark.parametrize("verb", VOCAB.report_verbs, ids=str)
def test_report_verb_after_the_body_in_a_headline(verb):
    m = analyze(f"Hội Nông dân huyện Krông Pắc {verb} công tác Hội năm 2023\n\nNội dung của bài.")
    assert (m["doc_type"], m["issuer"], m["issuer_level"]) == ("tin_bai", "Hội Nông dân huyện Krông Pắc", "district")


@pytest.mark.parametrize("verb", VOCAB.headline_aim_verbs, ids=str)
def test_a_headlines_place_that_aims_is_what_the_report_is_about(verb):
    m = analyze(f"Nghệ An {verb} đến năm 2030 có 70% số huyện đạt chuẩn nông thôn mới\n"
                "Theo kế hoạch, mục tiêu của Nghệ An đến năm 2030, số xã đạt chuẩn nông thôn mới trên 90%.")
    assert (m["doc_type"], m["issuer_level"]) == ("tin_bai", "province")


@pytest.mark.parametrize("verb", VOCAB.report_verbs, ids=str)
def test_report_verb_after_the_body_in_a_lead(verb):
    m = analyze(f"Sơ kết công tác Hội\nThứ Hai, 10/7/2023 - 09:00\n\nSáng 9/7, Hội Nông dân huyện Krông Pắc {verb} "
                "công tác Hội 6 tháng đầu năm.")
    assert m["issuer"] == "Hội Nông dân huyện Krông Pắc"


@pytest.mark.parametrize("word", VOCAB.subject_trailing, ids=str)
def test_words_between_the_body_and_its_verb(word):
    m = analyze(f"Đại hội Hội Nông dân huyện Krông Pắc\n\n(ĐL) - Ngày 15/6, Hội Nông dân huyện Krông Pắc {word} "
                "khai mạc Đại hội lần thứ IX.")
    assert m["issuer"] == "Hội Nông dân huyện Krông Pắc"


def test_a_clause_is_not_a_body():
    m = analyze("Đánh giá 3 năm triển khai Đề án số 05 của Ban Thường vụ Tỉnh ủy\n\nSáng 14/8, lãnh đạo "
                "UBND tỉnh cùng các sở, ngành dự Hội nghị đánh giá.")
    assert (m["issuer"], m["issuer_level"]) == ("Ban Thường vụ Tỉnh ủy", "province")


@pytest.mark.parametrize("cue", VOCAB.news_cues, ids=str)
def test_news_cue_in_headline_or_lead(cue):
    assert analyze(f"Huyện Đức Linh: {cue} năm 2023\n\nNội dung của bài viết về huyện.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("word", VOCAB.reporting_words, ids=str)
def test_reporting_word_without_headline(word):
    assert analyze(f"Đồng chí Bí thư Huyện ủy {word} huyện phấn đấu có 5 xã đạt chuẩn nông thôn mới.")[
        "doc_type"] == "tin_bai"


@pytest.mark.parametrize("marker", VOCAB.page_markers, ids=str)
def test_page_marker_makes_news(marker):
    assert analyze(f"Sa Pa: đổi mới công tác dân vận\nNội dung.\n{marker.capitalize()}")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("word", VOCAB.furniture, ids=str)
def test_furniture_makes_news(word):
    assert analyze(f"Đổi mới công tác dân vận ở cơ sở\n{word.capitalize()}: 1.284\n\nNội dung.")["doc_type"] == \
        "tin_bai"


@pytest.mark.parametrize("word", VOCAB.captions, ids=str)
def test_caption_makes_news(word):
    assert analyze(f"Đổi mới công tác dân vận ở cơ sở\n\nNội dung.\n\nQuang cảnh buổi lễ. {word.capitalize()}: "
                   "Minh Hà\n\nNội dung tiếp.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("word", VOCAB.lead_times, ids=str)
def test_dated_lead_makes_news(word):
    assert analyze(f"Đổi mới công tác dân vận ở cơ sở\n\n{word.capitalize()} 12/6, các đại biểu dự lễ ra mắt "
                   "mô hình.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("date", ["12.6", "12-6", "12/6"], ids=["dot", "dash", "slash"])
def test_a_dated_lead_in_every_date_shape_makes_news(date):
    assert analyze(f"Đổi mới công tác dân vận ở cơ sở\n\nChiều {date}, các đại biểu dự lễ ra mắt "
                   "mô hình.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("word", VOCAB.congress_words, ids=str)
def test_congress_headline_names_its_body(word):
    m = analyze(f"{word.capitalize()} Phụ nữ huyện Hải Lăng lần thứ XIX, nhiệm kỳ 2021 - 2026\n\n"
                "Đại hội nhất trí thông qua Nghị quyết.")
    assert (m["issuer"], m["issuer_level"], m["province"]) == ("Phụ nữ huyện Hải Lăng", "district", "Quảng Trị")


@pytest.mark.parametrize("word", VOCAB.ordinal_words, ids=str)
def test_ordinal_word_closes_the_body(word):
    m = analyze(f"Đại hội Đảng bộ xã Tân Hưng {word} VII\n\nĐại hội nhất trí thông qua Nghị quyết.")
    assert m["issuer"] == "Đảng bộ xã Tân Hưng"


# The reported body on short reports (written for these tests): level and province.
REPORTS = [
    ("mass-org-congress-district",
     "Đại hội đại biểu Hội Nông dân huyện Krông Pắc lần thứ XII, nhiệm kỳ 2023 - 2028\n\n"
     "Sáng 15/6, tại Hội trường UBND huyện, Hội Nông dân huyện Krông Pắc đã long trọng tổ chức Đại hội.",
     "district", "Đắk Lắk"),
    ("youth-union-congress-commune",
     "Đại hội Đoàn xã Tân Lập lần thứ XXV\n\nNgày 10/6/2022, Đoàn xã Tân Lập (huyện Đồng Phú) tổ chức Đại hội.",
     "commune", "Bình Phước"),
    ("national-assembly-resolution",
     "Quốc hội biểu quyết Nghị quyết về dự toán ngân sách nhà nước năm 2026\n\n"
     "Sáng 13/11, tại Nhà Quốc hội, các đại biểu đã biểu quyết Nghị quyết.", "central", None),
    ("provincial-council-session",
     "Kỳ họp thứ 12 HĐND tỉnh Bình Dương khóa X: Thông qua 20 nghị quyết\n\n"
     "Ngày 8/12, HĐND tỉnh Bình Dương khóa X bế mạc kỳ họp thứ 12.", "province", "Bình Dương"),
    ("plan-issued-by-a-province-named-bare",
     "Ninh Bình đẩy mạnh du lịch cộng đồng\n\n(NB) - UBND tỉnh mới ban hành Kế hoạch số 87/KH-UBND.",
     "province", "Ninh Bình"),
    ("party-committee-of-a-district", "Huyện ủy Đức Linh sơ kết giữa nhiệm kỳ\n\nNội dung.", "district",
     "Bình Thuận"),
    ("bloc-party-committee",
     "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh tổng kết công tác năm 2023\n\nNội dung.", "bloc", "Hà Tĩnh"),
    ("village-cell-is-commune",
     "Chi bộ thôn Đông Hưng khai mạc Đại hội lần thứ VI, nhiệm kỳ 2022 - 2025\n\nNgày 5/5/2022, Chi bộ thôn Đông Hưng thuộc "
     "Đảng bộ xã Hải Xuân (huyện Hải Hậu, tỉnh Nam Định) tổ chức Đại hội.", "commune", "Nam Định"),
    ("national-congress-of-a-mass-org",
     "Đại hội đại biểu toàn quốc Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII\n\nNội dung.", "central", None),
    ("resolution-news-names-its-issuer",
     "Nghị quyết số 68-NQ/TW về kinh tế tư nhân: Đến năm 2030 có 2 triệu doanh nghiệp\n\nNgày 4/5/2025, Tổng Bí "
     "thư đã ký ban hành Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân.", "central", None),
    ("ministry-plan", "Bộ Nội vụ ban hành Kế hoạch cải cách hành chính năm 2024\n\nBộ Nội vụ vừa ban hành Kế hoạch "
                      "số 12/KH-BNV.", "central", None),
    ("council-named-with-its-term", "Bế mạc Kỳ họp thứ 18 HĐND tỉnh khóa XIII\n\n[Baoquangngai.vn] - Sáng 10/12, "
                                    "HĐND tỉnh Quảng Ngãi khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức phiên bế mạc.",
     "province", "Quảng Ngãi"),
    ("front-committee-of-a-province",
     "Bến Tre tổng kết Cuộc vận động\n\nChiều 9/11/2020, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tiến hành "
     "tổng kết 5 năm.", "province", "Bến Tre"),
]


@pytest.mark.parametrize("text,level,province", [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS])
def test_report_level_and_province(text, level, province):
    m = analyze(text)
    assert (m["doc_type"], m["issuer_level"], m["province"]) == ("tin_bai", level, province)


@pytest.mark.parametrize("text", [
    "Tính đến hết tháng 6/2031, Hội Nông dân các xã đã làm xong 5/6 chỉ tiêu đăng ký; vận động 900 hội viên "
    "tham gia các mô hình kinh tế.",
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2031 - 2035 đặt mục tiêu tỷ lệ hộ nghèo giảm bình "
    "quân 1%/năm. Các bộ, ngành đã ban hành hướng dẫn thực hiện.",
], ids=["a passage that opens in running prose", "prose that opens with a programme's name"])
def test_a_passage_taken_from_a_report_is_news(text):
    assert analyze(text)["doc_type"] == "tin_bai"


def test_a_short_line_with_no_stop_is_not_taken_for_prose():
    assert analyze("Chương trình công tác năm 2031")["doc_type"] != "tin_bai"


def test_a_passage_with_no_headline_takes_its_body_from_its_first_line_as_a_lead():
    # the Tỉnh ủy set the aim a figure is measured against: it names no issuer of the passage
    text = ("Tính đến ngày 30/9/2031, tỷ lệ hộ dùng nước sạch toàn tỉnh đạt 91,5%, vượt 1,5% so với chỉ tiêu giao "
            "tại Nghị quyết số 11-NQ/TU ngày 2/3/2026 của Tỉnh ủy (90%).")
    assert analyze(text)["issuer"] is None


def test_an_anniversarys_span_of_dates_in_the_lead_is_not_the_date_of_the_report():
    text = ("Sáng 1-9, huyện M gặp mặt kỷ niệm 86 năm Quốc khánh (2-9-1945 – 2-9-2031). Năm qua, giá trị sản xuất "
            "của huyện tăng 6,1%.")
    assert analyze(text)["issued_on"] != "1945-09-02"


@pytest.mark.parametrize("lead,level", [
    ("Chiều 9/11, Ban Vận động Quỹ “Vì người nghèo” huyện Tân Phú, tỉnh Lai Châu tổ chức lễ ra quân ủng hộ Quỹ.",
     "district"),
    ("Chiều 9/11, Hội Nông dân huyện Tân Phú, tỉnh Lai Châu tổ chức hội nghị.", "district"),
], ids=["only places named", "a body then its province"])
def test_a_place_after_a_comma_locates_the_body_before_it(lead, level):
    assert analyze(f"Phát động ủng hộ Quỹ Vì người nghèo\n\n{lead}")["issuer_level"] == level


@pytest.mark.parametrize("verb", VOCAB.guest_verbs, ids=str)
def test_the_congress_a_guest_attends_is_the_reports_body(verb):
    text = ("Xã Ea Tân tổ chức đại hội\n\n(BĐL) - Ngày 15-8, đồng chí Lê Văn B - Phó Chủ tịch UBND tỉnh Đắk Lắk đã "
            f"{verb} Đại hội đại biểu Đảng bộ xã Ea Tân lần thứ I, nhiệm kỳ 2030-2035.\n\nĐại hội đề ra 15 chỉ tiêu.")
    m = analyze(text)
    assert (m["issuer"], m["issuer_level"]) == ("Đảng bộ xã Ea Tân", "commune")


def test_the_body_that_holds_its_own_congress_is_no_guest():
    # "MTTQ Việt Nam" between the congress word and its number is the congress's name, not a central body
    text = ("Tân Hội hoàn thành đại hội\n\nChiều 16.4, Ủy ban MTTQ Việt Nam xã Tân Hội tổ chức Đại hội đại biểu "
            "MTTQ Việt Nam lần thứ XIII, nhiệm kỳ 2029–2034.\n\nĐại hội đề ra 12 chỉ tiêu.")
    assert analyze(text)["issuer_level"] == "commune"
