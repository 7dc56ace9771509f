"""Tests of the time component: deadline, period, frequency."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

TIME = load_lexicon("time")


@pytest.mark.parametrize("freq,phrase", [(k, w) for k, ws in sorted(TIME.frequency.items()) for w in ws],
                         ids=lambda x: str(x))
def test_every_frequency_phrase(freq, phrase):
    text = f"Tổ chức 02 lớp tập huấn{phrase}." if phrase.startswith("/") else f"{phrase.capitalize()}, tổ chức ít nhất 02 buổi tiếp xúc."
    assert one(text, 2).frequency == freq


@pytest.mark.parametrize("word", TIME.deadline_words, ids=str)
def test_every_deadline_word(word):
    assert one(f"Phấn đấu {word} 2025, đạt 90% hộ gia đình văn hóa.").deadline_year == 2025


@pytest.mark.parametrize("word", [w for w in TIME.period_words], ids=str)
def test_every_period_word(word):
    assert one(f"Tổ chức 10 lớp bồi dưỡng {word} 2021 - 2025.", 10).period == (2021, 2025)


@pytest.mark.parametrize("joiner", TIME.period_joiners, ids=str)
@pytest.mark.parametrize("prefix", [""] + TIME.period_year_prefix, ids=lambda p: p or "none")
def test_period_joiners_and_prefixes(joiner, prefix):
    year = f"{prefix} 2030".strip()
    assert one(f"Duy trì hằng năm từ 2026 {joiner} {year}: Hội Nông dân đạt 95%.").period == (2026, 2030)


@pytest.mark.parametrize("word", TIME.term_end_words, ids=str)
def test_term_end_is_the_terms_last_year(word):
    assert one(f"Nhiệm kỳ 2020 - 2025. Phấn đấu {word}, 100% chi bộ có đảng viên.").deadline_year == 2025


@pytest.mark.parametrize("word", TIME.single_year_words, ids=str)
def test_single_year_budget_line(word):
    r = one(f"III. KINH PHÍ\n- {word.capitalize()} 2016: 1 tỷ.")
    assert (r.kind, r.period, r.deadline_year) == ("budget", (2016, 2016), None)


@pytest.mark.parametrize("word", [w for w in TIME.not_single_year
                                  if not any(d.split()[0] == w for d in TIME.deadline_words)], ids=str)
def test_not_a_single_year(word):
    assert one(f"Hội Nông dân đã kết nạp 353 hội viên, {word} năm 2022.").period is None


@pytest.mark.parametrize("text,kind,deadline,period", [
    ("Phấn đấu 70% trở lên số xã đạt chuẩn nông thôn mới vào năm 2025.", "target", 2025, None),
    ("Hội Nông dân đã kết nạp 353 hội viên vào năm 2022.", "result", None, (2022, 2022)),
], ids=["target-by-year", "result-in-year"])
def test_vao_nam_is_a_deadline_for_a_target_and_the_year_of_a_result(text, kind, deadline, period):
    r = one(text)
    assert (r.kind, r.deadline_year, r.period) == (kind, deadline, period)


@pytest.mark.parametrize("text,deadlines,frequencies", [
    ("Phấn đấu đến năm 2025, Hội Nông dân đạt 85%; Hội Phụ nữ đạt 90%.", [2025, 2025], [None, None]),
    ("Hằng năm, Hội Nông dân đạt 85%; Hội Phụ nữ đạt 90%.", [None, None], ["annual", "annual"]),
    ("Hội Cựu chiến binh hằng năm có 95% chi hội vững mạnh; Hội Nông dân có 65% hội viên giỏi.",
     [None, None], ["annual", None]),
], ids=["deadline-frames-the-sentence", "frequency-frames-the-sentence", "subject-first-is-no-frame"])
def test_sentence_opening_frames_its_later_clauses(text, deadlines, frequencies):
    rs = extract(text)
    assert [r.deadline_year for r in rs] == deadlines and [r.frequency for r in rs] == frequencies


def test_report_title_with_two_years_gives_results_the_first_and_targets_the_second():
    text = ("BÁO CÁO\nKết quả công tác dân vận năm 2023, phương hướng nhiệm vụ năm 2024\n"
            "Năm qua đã kết nạp 120 hội viên mới.\nPhấn đấu kết nạp 150 hội viên mới.\n")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2023, 2023)), ("target", (2024, 2024))]


def test_year_of_a_section_heading_is_the_period_of_its_items():
    text = ("KẾ HOẠCH\nCông tác dân vận\nI. NHIỆM VỤ NĂM 2024\n1. Công tác tổ chức\n"
            "Phấn đấu kết nạp 150 hội viên mới.\n")
    assert one(text).period == (2024, 2024)


def test_period_from_title_and_deadline_from_lead_in():
    text = ("ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG CÔNG TÁC DÂN VẬN, GIAI ĐOẠN 2015-2020\n"
            "- Công tác phát triển hội: Phấn đấu đến năm 2020\n+ Tỷ lệ tập hợp hội viên đạt 90% trở lên.")
    r = one(text)
    assert (r.period, r.deadline_year) == ((2015, 2020), 2020)


def test_frequency_does_not_cross_to_a_new_subject():
    rs = extract("Hội Cựu chiến binh hàng năm có 95% chi hội đạt vững mạnh; Hội Nông dân có 65% hội viên tham gia.")
    assert [(r.org, r.frequency) for r in rs] == [("HCCB", "annual"), ("HND", None)]


@pytest.mark.parametrize("word", TIME.term_words, ids=str)
def test_every_term_word_gives_the_terms_last_year(word):
    text = f"Đại hội {word} 2020 - 2025.\nPhấn đấu đến cuối {word}, Hội Nông dân đạt 90%."
    assert [r.deadline_year for r in extract(text)] == [2025]


def test_each_value_takes_the_deadline_nearest_before_it():
    rs = extract("KẾ HOẠCH\n- Phấn đấu đến năm 2025 có 70% xã đạt chuẩn và đến năm 2030 có 90% xã đạt chuẩn.")
    assert [r.deadline_year for r in rs] == [2025, 2030]


@pytest.mark.parametrize("text,periods", [
    ("Tỷ lệ lao động nông nghiệp dưới 40% năm 2025, dưới 35% năm 2035 và dưới 30% năm 2045.",
     [(2025, 2025), (2035, 2035), (2045, 2045)]),
    ("Tỷ lệ đô thị hóa năm 2030 đạt 50% và năm 2040 đạt 60%.", [(2030, 2030), (2040, 2040)]),
], ids=["year after each value", "year before each value"])
def test_each_value_takes_its_own_year_when_a_clause_states_several(text, periods):
    assert [r.period for r in extract(text)] == periods


def test_a_year_behind_another_value_is_that_values():
    text = ("Đại hội Hội Phụ nữ huyện A\n\nNhiệm kỳ 2016 - 2021, Hội giúp 655 hộ thoát nghèo, vượt 365 hộ, góp phần "
            "giảm tỷ lệ hộ nghèo xuống còn 0,39% (năm 2020).")
    assert [(r.period, r.deadline_year) for r in extract(text)] == [
        ((2016, 2021), None), ((2016, 2021), None), ((2016, 2021), 2020)]


@pytest.mark.parametrize("text,freqs", [
    ("Trong năm 2024, huyện phấn đấu có thêm 3 xã đạt chuẩn.", [None]),
    ("Tốc độ tăng trưởng kinh tế bình quân đạt 12-13%/ năm.", ["annual"]),
    ("Năm 2020 thu nhập bình quân ước đạt 50 triệu đồng/năm, tăng 2,6 lần so với đầu nhiệm kỳ.", [None, None]),
    ("Mỗi chi hội tổ chức 02 buổi/năm và 100% hội viên tham gia.", ["annual", None]),
    ("Huy động vốn đạt 1.500 tỷ đồng, thu ngân sách hằng năm tăng 10%; giải quyết việc làm cho 1.200 lao động.",
     [None, "annual", None]),
    ("Hằng năm, kết nạp 50 hội viên và 90% chi hội đạt vững mạnh.", ["annual", "annual"]),
    ("Tỷ lệ hộ gia đình văn hóa bình quân hằng năm đạt 96%; 14/14 thôn giữ vững danh hiệu Thôn văn hóa.",
     ["annual", None]),
    ("Phấn đấu hằng năm có 80% số hộ đạt gia đình văn hóa; 70% số thôn đạt thôn văn hóa.", ["annual", "annual"]),
], ids=["a year after 'trong năm'", "a rate with a space", "another value's rate", "a rate after the counted noun",
        "another value's frequency word", "a frequency that opens the clause",
        "a rate inside an earlier clause's subject", "an earlier clause's opening adverbial"])
def test_a_frequency_is_the_values_own(text, freqs):
    assert [r.frequency for r in extract(text)] == freqs


@pytest.mark.parametrize("text,deadlines", [
    ("Đến năm 2030, tỷ lệ đô thị hóa đạt 50%; năm 2040 đạt 60%.", [2030, None]),
    ("Phấn đấu đến năm 2025: thu nhập đạt 70 triệu đồng; tổng vốn đầu tư thời kỳ 2021 - 2025 đạt 4.000 tỷ đồng.",
     [2025, None]),
    ("Vận động quỹ đạt trên 10 tỷ đồng, góp phần đến năm 2030 giảm tỷ lệ hộ nghèo xuống còn 1%.", [None, 2030]),
], ids=["a later year of its own", "a period of its own", "the deadline of the value after it"])
def test_a_deadline_is_not_given_to_a_value_with_its_own_time(text, deadlines):
    assert [r.deadline_year for r in extract(text)] == deadlines


def test_a_middle_clauses_period_stays_with_its_own_value():
    text = ("Nhiệm kỳ 2020 - 2025, huyện phấn đấu tăng trưởng bình quân cả nhiệm kỳ đạt 7,8%; duy trì tăng trưởng "
            "bình quân giai đoạn 2021 - 2025 là 7,5%; thu nhập bình quân đầu người đến năm 2025 đạt 65 triệu đồng.")
    assert [r.period for r in extract(text)] == [(2020, 2025), (2021, 2025), (2020, 2025)]


@pytest.mark.parametrize("word", TIME.postposed_deadline_words, ids=str)
def test_a_postposed_deadline_is_the_values_it_follows(word):
    text = f"Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 26% {word} 2026 và xuống còn 23% {word} 2030."
    assert [r.deadline_year for r in extract(text)] == [2026, 2030]


@pytest.mark.parametrize("word", TIME.postposed_deadline_words, ids=str)
def test_a_postposed_deadline_after_a_long_counted_phrase_is_the_values(word):
    text = (f"Phấn đấu 45% học sinh từ 11 đến dưới 15 tuổi được học kỹ năng phòng, tránh tai nạn thương tích {word} "
            f"2026 và đạt 70% {word} 2030.")
    assert [(r.value, r.deadline_year) for r in extract(text)] == [(45, 2026), (70, 2030)]


@pytest.mark.parametrize("word", TIME.standard_words, ids=str)
def test_the_period_of_a_standard_is_not_the_figures(word):
    text = f"Nhiệm kỳ 2025 - 2030, phấn đấu tỷ lệ hộ nghèo còn dưới 2% ({word} giai đoạn 2021 - 2025)."
    assert [r.period for r in extract(text)] == [(2025, 2030)]


@pytest.mark.parametrize("word", TIME.current_year_words, ids=str)
def test_the_year_of_writing_named_without_its_number(word):
    text = f"Ngày 9/12/2024, UBND tỉnh cho biết tăng trưởng {word} ước đạt hơn 10,2%."
    assert [r.period for r in extract(text)] == [(2024, 2024)]


def test_a_reports_results_with_no_time_of_their_own_take_the_year_it_is_written_in():
    text = ("Huyện A hoàn thành các chỉ tiêu\n\nNgày 20/12/2024, UBND huyện A tổ chức hội nghị tổng kết công tác. "
            "Tổng thu ngân sách đã đạt 28 tỷ đồng; toàn huyện đã giải quyết việc làm cho 1.200 lao động.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2024, 2024))] * 2


def test_a_plans_figures_do_not_take_the_year_it_is_written_in():
    text = ("KẾ HOẠCH\nPhát triển kinh tế\n\nNgày 20/12/2024\n\n- Phấn đấu thu ngân sách đạt 30 tỷ đồng.")
    assert [r.period for r in extract(text)] == [None]


@pytest.mark.parametrize("phrase", TIME.not_frequency, ids=str)
def test_a_phrase_that_holds_a_frequency_word_is_no_frequency(phrase):
    text = f"Phấn đấu {phrase} đạt 500 ha, tăng 20 ha."
    assert [r.frequency for r in extract(text)] == [None, None]


@pytest.mark.parametrize("text,frequency", [
    ("Năng suất lúa đạt 230 triệu đồng/ha/năm.", None),
    ("Thu nhập bình quân đạt 60 triệu đồng/người/năm.", None),
    ("Mỗi chi hội tổ chức 02 buổi sinh hoạt/năm.", "annual"),
], ids=["per hectare and year", "per person and year", "per year alone"])
def test_a_year_after_another_per_unit_is_part_of_a_rate(text, frequency):
    assert extract(text)[0].frequency == frequency


def test_a_lead_that_opens_on_one_year_is_a_one_year_plan_whatever_period_it_cites():
    text = ("Tin tức\n\nNăm 2024, huyện tiếp tục duy trì mục tiêu kế hoạch 5 năm (2021-2025) của Nghị quyết Đại hội. "
            "Đẩy mạnh cải cách hành chính.\n\nCác chỉ tiêu chủ yếu năm 2024 là: tốc độ tăng trưởng đạt 9,5% trở lên. "
            "Trong đó, ngành công nghiệp tăng 10,5%.")
    assert [r.period for r in extract(text)] == [(2024, 2024), (2024, 2024)]


@pytest.mark.parametrize("word", load_lexicon("kinds").target_headings, ids=str)
def test_a_lead_in_that_names_the_aims_of_one_year_frames_a_one_year_plan(word):
    text = f"KẾ HOẠCH\nGiai đoạn 2021 - 2025\n{word.capitalize()} năm 2024:\n- Kết nạp 500 hội viên mới."
    assert [(r.period, r.deadline_year) for r in extract(text)] == [((2024, 2024), None)]


@pytest.mark.parametrize("session", TIME.session_words, ids=str)
@pytest.mark.parametrize("term_word", TIME.body_term_words, ids=str)
def test_a_councils_numbered_term_is_not_the_period_of_its_sessions_figures(session, term_word):
    text = (f"HĐND huyện Ninh Sơn {term_word} X tổ chức {session} thứ 2\n\n"
            f"Ngày 20-8, HĐND huyện Ninh Sơn {term_word} X, nhiệm kỳ 2021-2026 tổ chức {session} thứ 2 nhằm đánh giá "
            "tình hình 6 tháng đầu năm, đề ra nhiệm vụ 6 tháng cuối năm 2021.\n\n"
            "Phấn đấu thu ngân sách đạt 73 tỷ đồng. Tạo việc làm mới cho 500 lao động.")
    assert [r.period for r in extract(text)] == [(2021, 2021), (2021, 2021)]


def test_a_congress_terms_stays_the_period_of_its_aims():
    text = ("Đại hội Hội Nông dân huyện lần thứ XII\n\nNgày 2-6, Hội Nông dân huyện tổ chức Đại hội lần thứ XII, "
            "nhiệm kỳ 2023 - 2028. Đại hội bầu Ban Chấp hành khóa XII, nhiệm kỳ 2023 - 2028.\n\n"
            "Hội phấn đấu kết nạp 3.000 hội viên mới. Hằng năm có 90% cơ sở hội vững mạnh.")
    assert [r.period for r in extract(text)] == [(2023, 2028), (2023, 2028)]


@pytest.mark.parametrize("part", TIME.year_parts, ids=str)
def test_a_part_of_a_year_keeps_the_year_of_its_figures(part):
    text = f"BÁO CÁO\nKết quả {part} năm 2024\nThu ngân sách đạt 212 tỷ đồng; tạo việc làm cho 895 lao động."
    assert {r.period for r in extract(text)} == {(2024, 2024)}


def test_a_sentence_that_names_the_aims_of_a_year_leads_the_sentences_after_it():
    text = ("Tin tức\n\nUBND tỉnh đề ra 15 chỉ tiêu kinh tế - xã hội năm 2025. Trọng tâm là, GRDP tăng hơn 10%; "
            "tỷ lệ hộ nghèo còn 0,43%.")
    assert [r.period for r in extract(text)] == [(2025, 2025), (2025, 2025)]


def test_an_undated_report_of_one_year_that_sets_the_next_is_told_from_the_later_year():
    text = ("Kỳ họp HĐND tỉnh\n\nTại kỳ họp HĐND tỉnh, Chủ tịch UBND tỉnh cho biết kinh tế tăng trưởng khá.\n\n"
            "GRDP năm 2024 đạt 212.386 tỷ đồng. Tỉnh đặt chỉ tiêu năm 2025 GRDP tăng hơn 10%.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2024, 2024)), ("target", (2025, 2025))]


def test_a_lead_in_paragraph_gives_its_list_the_deadline_of_the_sentence_before_it():
    text = ("Tin tức\n\nChương trình đề xuất 03 nhóm chỉ tiêu phấn đấu thực hiện đến năm 2030. Một số chỉ tiêu cụ thể "
            "như sau:\nHằng năm số vụ phạm tội về ma túy được phát hiện tăng trên 3%.\n"
            "Ít nhất 80% người nghiện ma túy được tư vấn cai nghiện.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030]


@pytest.mark.parametrize("word", TIME.comparison_base_words, ids=str)
def test_the_period_a_figure_is_compared_with_is_not_its_own(word):
    text = f"Phấn đấu đến năm 2030, thu nhập bình quân tăng 1,5 lần {word} 2016 - 2020."
    assert [r.period for r in extract(text)] == [None]


@pytest.mark.parametrize("opening", ["Chương trình đặt mục tiêu đến năm 2030,", "Phấn đấu đến năm 2030,",
                                     "Đến năm 2030,"], ids=["aim set", "strive", "bare"])
def test_a_deadline_that_opens_a_paragraph_holds_its_later_sentences(opening):
    text = (f"Tin tức\n\n{opening} tốc độ tăng năng suất lao động bình quân đạt khoảng 8,5%/năm. "
            "Tỷ trọng lao động nông nghiệp dưới 20%. Năm 2025, tỷ lệ lao động qua đào tạo đạt 70%.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030, None]


def test_a_results_year_of_measurement_is_its_period_not_the_documents():
    text = ("Huyện phấn đấu giảm tỷ lệ hộ nghèo năm 2023 còn 7,34%\n\nNăm 2023, huyện phấn đấu giảm tỷ lệ hộ nghèo. "
            "Được biết, đến cuối năm 2022, tỷ lệ hộ nghèo đã giảm còn 8,94%.")
    assert [(r.kind, r.period) for r in extract(text) if r.value == 8.94] == [("result", (2022, 2022))]


@pytest.mark.parametrize("word", TIME.frequency_breakers, ids=str)
def test_a_frequency_in_a_second_predicate_is_not_the_values(word):
    text = f"Đến năm 2030, có ít nhất 50% số xã không ma túy, {word} giảm dần số người nghiện hằng năm."
    assert [r.frequency for r in extract(text)] == [None]


def test_a_postposed_deadline_behind_its_counted_words_is_its_values_alone():
    text = ("KẾ HOẠCH\nGiai đoạn 2016 - 2020\nChỉ tiêu bao phủ bảo hiểm y tế từng năm: năm 2016 đạt 81,52% dân số, "
            "đạt 91,93% dân số vào năm 2019 và đạt 93,12% dân số năm 2020.")
    assert [(r.value, r.deadline_year) for r in extract(text)] == [(81.52, 2016), (91.93, 2019), (93.12, 2020)]


@pytest.mark.parametrize("setting", ["Đại hội đề ra 18 chỉ tiêu", "Nghị quyết xác định các mục tiêu chủ yếu"], ids=str)
def test_the_deadline_after_an_opening_that_sets_aims_holds_the_sentence(setting):
    text = (f"{setting}, trong đó đến năm 2030 tổng sản phẩm đạt 95.000 tỷ đồng, tăng trưởng trên 9%/năm; "
            "thu nhập bình quân đầu người 120 triệu đồng; tỷ lệ che phủ rừng duy trì 55%.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030, 2030, 2030]


def test_an_opening_that_sets_aims_lends_no_frequency():
    text = "Hội đề ra 5 chỉ tiêu, trong đó hằng năm kết nạp 200 hội viên; 90% chi hội đạt vững mạnh."
    assert [r.frequency for r in extract(text)] == ["annual", None]


@pytest.mark.parametrize("named,period", [
    ("đạt và vượt so với Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 đề ra", (2020, 2025)),
    ("được thực hiện trong 4 năm 2021 - 2025", None),
], ids=["the past term by its years", "a span that is no term"])
def test_a_paragraph_of_the_term_just_past_takes_the_terms_years_it_names(named, period):
    text = ("Đại hội đại biểu Hội Nông dân xã An Bình lần thứ IX, nhiệm kỳ 2025 - 2030\n\n"
            f"Nhiệm kỳ qua, Hội Nông dân xã đã có nhiều đổi mới. Các chỉ tiêu {named}. "
            "Toàn xã kết nạp được 320 hội viên mới.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", period)]


def test_a_later_lead_in_deadline_outranks_the_aims_opening():
    text = ("Kế hoạch đặt mục tiêu đến năm 2026, tỷ lệ hộ nghèo dưới 4%; tỷ lệ lao động qua đào tạo trên 70%; "
            "đến năm 2030: tỷ lệ hộ nghèo dưới 2%; tỷ lệ lao động qua đào tạo trên 80%.")
    assert [r.deadline_year for r in extract(text)] == [2026, 2026, 2030, 2030]


def test_a_deadline_postposed_to_the_later_value_is_not_the_earlier_ones():
    text = ("Kế hoạch giai đoạn 2022 - 2030\n"
            "Giảm 25% số vụ tai nạn giao thông đường thủy năm 2025 và 40% vào năm 2030.")
    assert [(r.value, r.deadline_year) for r in extract(text)] == [(25, 2025), (40, 2030)]
