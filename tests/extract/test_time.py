"""Tests of the time component: deadline, period, frequency."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

TIME = load_lexicon("time")
KIND_WORDS = load_lexicon("kinds")


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
                                  if not any(d.split()[0] == w.split()[0] for d in TIME.deadline_words)], ids=str)
def test_not_a_single_year(word):
    assert one(f"Hội Nông dân đã kết nạp 353 hội viên, {word} năm 2022.").period is None


@pytest.mark.parametrize("word", [w for w in TIME.not_single_year if w.split()[-1] in ("cuối", "hết")], ids=str)
def test_the_end_of_a_year_after_a_bound_word_is_no_year_of_the_figures(word):
    assert one(f"Phấn đấu {word} năm 2026 có 120 hợp tác xã.").period is None


@pytest.mark.parametrize("text", [
    "10/04/2024 09:00\nTheo kết quả rà soát, cuối năm 2023 toàn tỉnh còn 9.000 hộ nghèo.",
    "10/04/2024 09:00\nHết năm 2023, toàn huyện có 120 hợp tác xã.",
], ids=["cuoi-nam", "het-nam"])
def test_the_end_of_a_year_with_no_bound_word_is_the_year_a_result_was_measured(text):
    r = one(text)
    assert (r.kind, r.period, r.deadline_year) == ("result", (2023, 2023), None)


@pytest.mark.parametrize("text,kind,deadline,period", [
    ("Phấn đấu 70% trở lên số thôn đạt chuẩn khu dân cư kiểu mẫu vào năm 2025.", "target", 2025, None),
    ("Hội Nông dân đã kết nạp 353 hội viên vào năm 2022.", "result", None, (2022, 2022)),
], ids=["target-by-year", "result-in-year"])
def test_vao_nam_is_a_deadline_for_a_target_and_the_year_of_a_result(text, kind, deadline, period):
    r = one(text)
    assert (r.kind, r.deadline_year, r.period) == (kind, deadline, period)


@pytest.mark.parametrize("text,kind", [
    ("Nhiệm kỳ 2019 - 2024, Hội đã vận động hội viên; thu nhập bình quân năm 2022 đạt 47 triệu đồng.", "result"),
    ("Nhiệm kỳ 2024 - 2029, Hội phấn đấu thu nhập bình quân năm 2027 đạt 71 triệu đồng.", "target"),
], ids=["result-of-a-year-of-the-term", "target-of-a-year-of-the-term"])
def test_a_year_inside_a_term_is_the_figures_deadline_and_the_term_its_period(text, kind):
    r = one(text)
    years = [int(w) for w in text.replace(",", " ").split() if w.isdigit()]
    assert (r.kind, r.deadline_year, r.period) == (kind, years[2], (years[0], years[1]))


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
    text = ("ĐỀ ÁN ĐỔI MỚI PHƯƠNG THỨC TẬP HỢP QUẦN CHÚNG, GIAI ĐOẠN 2015-2020\n"
            "- Về phát triển hội viên: Phấn đấu đến năm 2020\n+ Tỷ lệ tập hợp hội viên đạt 90% trở lên.")
    r = one(text)
    assert (r.period, r.deadline_year) == ((2015, 2020), 2020)


def test_frequency_does_not_cross_to_a_new_subject():
    rs = extract("Hội Phụ nữ hàng năm có 92% chi hội xếp loại khá; Hội Nông dân có 65% hội viên tham gia.")
    assert [(r.org, r.frequency) for r in rs] == [("HLHPN", "annual"), ("HND", None)]


@pytest.mark.parametrize("word", TIME.term_words, ids=str)
def test_every_term_word_gives_the_terms_last_year(word):
    text = f"Đại hội {word} 2020 - 2025.\nPhấn đấu đến cuối {word}, Hội Nông dân đạt 90%."
    assert [r.deadline_year for r in extract(text)] == [2025]


@pytest.mark.parametrize("sentence,kind,deadline,period", [
    ("Cơ cấu kinh tế năm 2030, công nghiệp chiếm 41%.", "target", 2030, (2026, 2030)),
    ("Năm 2027, Đảng bộ đã kết nạp 84 đảng viên.", "result", None, (2027, 2027)),
], ids=["aim-of-a-year-of-the-term", "result-of-a-year-of-the-term"])
def test_a_one_year_frame_inside_a_term(sentence, kind, deadline, period):
    text = "Đại hội Đảng bộ huyện B lần thứ XXI, nhiệm kỳ 2026 - 2030, đề ra các chỉ tiêu. " + sentence
    r = one(text)
    assert (r.kind, r.deadline_year, r.period) == (kind, deadline, period)


@pytest.mark.parametrize("edge", TIME.year_edge_words, ids=str)
def test_a_result_measured_at_a_years_edge_is_that_years_inside_a_term(edge):
    until = f"tính {edge}" if " " in edge else f"tính đến {edge}"
    text = f"Nhiệm kỳ 2016 - 2021, Đảng bộ đã lãnh đạo phát triển kinh tế; thu nhập bình quân {until} năm 2021 đạt 38 triệu đồng."
    r = one(text)
    assert (r.kind, r.deadline_year, r.period) == ("result", None, (2021, 2021))


def test_a_values_own_frequency_outranks_the_one_its_clause_opened_with():
    rs = extract("Mỗi tháng, chi hội tổ chức ít nhất 02 buổi sinh hoạt và mỗi nhiệm kỳ giúp ít nhất 03 hội viên thoát nghèo.")
    assert [r.frequency for r in rs] == ["monthly", "per_term"]


def test_each_value_takes_the_deadline_nearest_before_it():
    rs = extract("KẾ HOẠCH\n- Phấn đấu đến năm 2025 có 70% xã đạt chuẩn và đến năm 2030 có 90% xã đạt chuẩn.")
    assert [r.deadline_year for r in rs] == [2025, 2030]


@pytest.mark.parametrize("text,periods", [
    ("Tỷ lệ hộ dùng nước giếng khoan dưới 45% năm 2026, dưới 30% năm 2032 và dưới 15% năm 2040.",
     [(2026, 2026), (2032, 2032), (2040, 2040)]),
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
    ("Giá trị sản xuất công nghiệp tăng 9-11%/ năm.", ["annual"]),
    ("Năm 2021 thu nhập đầu người ước đạt 47 triệu đồng/năm, gấp 1,8 lần so với năm đầu nhiệm kỳ.", [None, None]),
    ("Mỗi chi hội tổ chức 02 buổi/năm và 100% hội viên tham gia.", ["annual", None]),
    ("Vốn đầu tư xã hội đạt 2.300 tỷ đồng, ngân sách thu hằng năm tăng 9%; tạo việc làm cho 1.450 lao động.",
     [None, "annual", None]),
    ("Hằng năm, kết nạp 50 hội viên và 90% chi hội đạt vững mạnh.", ["annual", "annual"]),
    ("Tỷ lệ hộ văn hóa bình quân hằng năm là 93%; 11/12 tổ dân phố được công nhận tổ dân phố văn hóa.",
     ["annual", None]),
    ("Phấn đấu hằng năm có 80% số hộ đạt gia đình văn hóa; 70% số thôn đạt thôn văn hóa.", ["annual", "annual"]),
    ("Mỗi năm, kết nạp 60 hội viên; mở 4 lớp tập huấn.", ["annual", "annual"]),
    ("Mỗi năm giảm 1 - 1,5% tỷ lệ hộ nghèo; sửa chữa, xóa 90% nhà tạm cho hội viên.", ["annual", None]),
    ("Bình quân mỗi năm trồng mới, chăm sóc 40 ha rừng; độ che phủ rừng đạt 62%.", ["annual", None]),
    ("Tỷ lệ hộ cận nghèo hằng năm giảm 0,6%, đến cuối năm 2030 còn dưới 2%.", ["annual", None]),
    ("Hội đã dạy nghề cho 800 hội viên; bình quân mỗi năm, có 12 nghìn hộ đạt hộ giỏi; xây dựng 40 tổ hợp tác.",
     [None, "annual", None]),
    ("Ban Thường vụ đề ra chỉ tiêu: mỗi năm, mỗi xã có 01 mô hình mới; mỗi trường học xây dựng 01 mô hình.",
     ["annual", "annual"]),
], ids=["a year after 'trong năm'", "a rate with a space", "another value's rate", "a rate after the counted noun",
        "another value's frequency word", "a frequency that opens the clause",
        "a rate inside an earlier clause's subject", "an earlier clause's opening adverbial",
        "an opening set off by its comma", "an opening verb's own adverb", "an adverb before a verb and its comma",
        "a later value with its own deadline", "a middle clause's opening is its own",
        "the opening of a list after its colon"])
def test_a_frequency_is_the_values_own(text, freqs):
    assert [r.frequency for r in extract(text)] == freqs


def test_a_year_by_year_list_gives_each_value_the_year_before_it():
    text = "Chỉ tiêu người dân có thẻ BHYT giai đoạn 2027 - 2030 của tỉnh: năm 2027 là 91,5%, năm 2028 là 92,5%, năm 2029 là 93%."
    assert [r.deadline_year for r in extract(text)] == [2027, 2028, 2029]


@pytest.mark.parametrize("word", TIME.existential_openers, ids=str)
def test_words_of_time_opening_a_list_of_what_there_is_hold_its_items(word):
    text = f"Hằng năm {word} 70% hộ hội viên đăng ký thi đua; trong số hộ đăng ký {word} 50% đạt danh hiệu các cấp."
    assert [r.frequency for r in extract(text)] == ["annual", "annual"]


@pytest.mark.parametrize("word", TIME.per_capita_words, ids=str)
def test_money_per_person_a_year_is_a_rate_not_a_frequency(word):
    assert [r.frequency for r in extract(f"Năm 2031, {word} bình quân đạt 81 triệu đồng/năm.")] == [None]


@pytest.mark.parametrize("unit", TIME.per_capita_units, ids=str)
def test_money_per_person_written_as_its_unit_is_a_rate(unit):
    assert [r.frequency for r in extract(f"GRDP bình quân đạt 9.100 USD/{unit}/năm.")] == [None]


@pytest.mark.parametrize("text,freq", [
    ("Phấn đấu vận động Quỹ Vì người nghèo đạt 350 triệu đồng/năm.", "annual"),
    ("Tổng vốn đầu tư toàn xã hội bình quân 900 tỷ đồng/năm.", "annual"),
    ("GRDP bình quân đạt 9.100 USD/người/năm.", None),
], ids=["a yearly amount to raise", "a yearly investment", "per person a year"])
def test_money_a_year(text, freq):
    assert [r.frequency for r in extract(text)] == [freq]


@pytest.mark.parametrize("text,deadlines", [
    ("Đến năm 2030, tỷ lệ đô thị hóa đạt 50%; năm 2040 đạt 60%.", [2030, None]),
    ("Mục tiêu đến năm 2025: thu nhập đầu người 72 triệu đồng; vốn đầu tư công cả thời kỳ 2021 - 2025 đạt 5.200 tỷ đồng.",
     [2025, None]),
    ("Quỹ Vì người nghèo vận động trên 6 tỷ đồng, qua đó đến năm 2030 giảm tỷ lệ hộ nghèo xuống còn 1%.", [None, 2030]),
], ids=["a later year of its own", "a period of its own", "the deadline of the value after it"])
def test_a_deadline_is_not_given_to_a_value_with_its_own_time(text, deadlines):
    assert [r.deadline_year for r in extract(text)] == deadlines


def test_a_middle_clauses_period_stays_with_its_own_value():
    text = ("Nhiệm kỳ 2020 - 2025, huyện phấn đấu tăng trưởng bình quân cả nhiệm kỳ đạt 8,1%; giữ mức tăng "
            "bình quân cả giai đoạn 2021 - 2025 là 7,9%; thu nhập đầu người của huyện đến năm 2025 đạt 68 triệu đồng.")
    assert [r.period for r in extract(text)] == [(2020, 2025), (2021, 2025), (2020, 2025)]


@pytest.mark.parametrize("word", TIME.postposed_deadline_words, ids=str)
def test_a_postposed_deadline_is_the_values_it_follows(word):
    text = f"Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 26% {word} 2026 và xuống còn 23% {word} 2030."
    assert [r.deadline_year for r in extract(text)] == [2026, 2030]


@pytest.mark.parametrize("word", TIME.postposed_near_deadline_words, ids=str)
def test_a_deadline_right_after_a_value_and_its_counted_words_is_that_values(word):
    text = f"Kế hoạch đặt mục tiêu giữ ổn định 61 nghìn ha lúa/năm {word} 2027 và 58 nghìn ha lúa/năm {word} 2031."
    assert [r.deadline_year for r in extract(text)] == [2027, 2031]
    # (after a comma it opens the next value's clause)
    assert [r.deadline_year for r in extract(f"Phấn đấu độ che phủ rừng đạt 43%, {word} 2031 đạt 47%.")] == [None, 2031]
    # (and after a joiner: "có 70% và đến năm 2030 có 90%")
    text = f"Phấn đấu {word} 2027 có 64% và {word} 2031 có 88% chi hội đạt vững mạnh."
    assert [r.deadline_year for r in extract(text)] == [2027, 2031]


@pytest.mark.parametrize("word", TIME.postposed_deadline_words, ids=str)
def test_a_postposed_deadline_after_a_long_counted_phrase_is_the_values(word):
    text = (f"Phấn đấu 45% học sinh từ 11 đến dưới 15 tuổi được học kỹ năng phòng, tránh tai nạn thương tích {word} "
            f"2026 và đạt 70% {word} 2030.")
    assert [(r.value, r.deadline_year) for r in extract(text)] == [(45, 2026), (70, 2030)]


@pytest.mark.parametrize("word", TIME.standard_words, ids=str)
def test_the_period_of_a_standard_is_not_the_figures(word):
    text = f"Nhiệm kỳ 2025 - 2030, phấn đấu tỷ lệ hộ nghèo còn dưới 2% ({word} giai đoạn 2021 - 2025)."
    assert [r.period for r in extract(text)] == [(2025, 2030)]


@pytest.mark.parametrize("word", TIME.coming_term_words, ids=str)
def test_the_coming_term_after_a_past_frame_takes_the_congress_term(word):
    text = ("Đại hội Hội Cựu chiến binh huyện B\nNgày 4/6, Đại hội đại biểu Hội Cựu chiến binh huyện B, "
            "nhiệm kỳ 2027 - 2032 khai mạc.\nNhiệm kỳ qua, Hội đã vận động 620 hội viên tham gia. "
            f"{word.capitalize()}, Hội phấn đấu mỗi năm giúp 40 hộ thoát nghèo.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", None), ("target", (2027, 2032))]


@pytest.mark.parametrize("part", TIME.review_year_parts, ids=str)
def test_a_review_of_part_of_a_year_tells_that_years_figures(part):
    phrase = part.replace("tháng", "9 tháng", 1) + ("" if "năm" in part else " năm")
    text = (f"Đảng ủy xã C đánh giá kết quả\nNgày 8/10/2029, Đảng ủy xã C, nhiệm kỳ 2025 - 2030 họp đánh giá "
            f"{phrase} 2029.\n\nĐảng bộ xã đã kết nạp 21 đảng viên mới; "
            "thu ngân sách ước đạt 14 tỷ đồng.")
    assert [r.period for r in extract(text)] == [(2029, 2029)] * 2


def test_a_review_of_part_of_a_year_with_no_year_written_takes_the_year_of_writing():
    text = ("Hội Nông dân huyện D sơ kết\nNgày 5/7/2031, Hội Nông dân huyện D sơ kết 6 tháng đầu năm.\n\n"
            "Các cấp hội đã kết nạp 340 hội viên mới.")
    assert [r.period for r in extract(text)] == [(2031, 2031)]


@pytest.mark.parametrize("word", TIME.review_words, ids=str)
def test_a_review_of_its_own_period_with_no_date_is_told_from_its_end(word):
    text = (f"Hội Nông dân huyện G {word} phong trào\n\nSáng 14.6, Hội Nông dân huyện G {word} phong trào "
            "nông dân sản xuất giỏi giai đoạn 2030 - 2032.\n\nGiai đoạn 2030 - 2032 có 4.100 lượt hộ được công nhận.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2030, 2032))]


@pytest.mark.parametrize("turn", TIME.review_turns, ids=str)
def test_a_december_review_of_its_own_year_reports_that_year(turn):
    # the review's year is the year of writing: figures of that year are the year just ended,
    # those of the year after the turn word are aims
    text = (f"Huyện K tổng kết công tác năm 2030\n\nNgày 22/12/2030, UBND huyện K tổng kết công tác năm 2030 và "
            f"{turn} năm 2031.\n\nNăm 2030, thu nhập bình quân đầu người đạt 61 triệu đồng; "
            "có thêm 2 xã đạt chuẩn nông thôn mới.\n\nNăm 2031, huyện phấn đấu thu nhập đạt 66 triệu đồng.")
    assert [(r.value, r.kind, r.period) for r in extract(text)] == [
        (61e6, "result", (2030, 2030)), (2, "result", (2030, 2030)), (66e6, "target", (2031, 2031))]


def test_a_review_named_in_the_second_lead_paragraph_reports_its_year():
    # (an undated page: the meeting's paragraph first, then the report's year and the next year's aims)
    text = ("UBND huyện T họp cho ý kiến các báo cáo trình kỳ họp HĐND\n\nSáng 5/12, UBND huyện T họp cho ý kiến các "
            "báo cáo trình kỳ họp thứ 9 HĐND huyện khóa V.\n\nTại cuộc họp, UBND huyện nêu báo cáo tình "
            "hình kinh tế - xã hội, quốc phòng - an ninh năm 2030 và kế hoạch năm 2031. Theo đó năm 2030, giá trị sản "
            "xuất đạt 900 tỷ đồng, tăng 4% so với năm trước; thu nhập đầu người là 41 triệu đồng.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2030, 2030))] * 3


def test_a_review_of_part_of_a_year_leaves_that_year_open():
    # (half a year reviewed: the rest of the year is still to come)
    text = ("Huyện K sơ kết 6 tháng đầu năm 2030\n\nNgày 8/7/2030, UBND huyện K sơ kết 6 tháng đầu năm 2030.\n\n"
            "Năm 2030, huyện phấn đấu thu nhập bình quân đạt 61 triệu đồng.")
    assert [r.kind for r in extract(text)] == ["target"]


@pytest.mark.parametrize("word", TIME.past_term_words, ids=str)
def test_the_time_just_past_takes_the_past_term_the_lead_names(word):
    text = ("Hội Phụ nữ xã H tổ chức Đại hội, nhiệm kỳ 2031 - 2036\n\nNgày 3/3, Hội Phụ nữ xã H tổ chức Đại hội nhằm "
            "đánh giá kết quả nhiệm kỳ 2026 - 2031 và xác định phương hướng nhiệm kỳ 2031 - 2036.\n\n"
            f"{word.capitalize()}, các cấp hội đã vận động 215 hội viên tham gia mô hình tiết kiệm.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2026, 2031))]


@pytest.mark.parametrize("label", TIME.date_labels, ids=str)
@pytest.mark.parametrize("date", ["2031-07-08", "2031-07"], ids=["day", "month"])
def test_a_saved_pages_date_line_is_the_year_of_writing(label, date):
    text = f" {label} {date}\nTrong 6 tháng đầu năm, doanh thu du lịch của thị xã ước đạt 640 tỷ đồng."
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2031, 2031))]


@pytest.mark.parametrize("word", TIME.present_words, ids=str)
def test_the_present_in_a_dated_page_of_no_period_is_the_year_of_writing(word):
    text = f"Ngày 4/11/2031, Hội Nông dân huyện P gặp mặt hội viên. {word.capitalize()}, toàn huyện có 8.200 hội viên."
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2031, 2031))]


def test_the_present_in_a_later_sentence_than_the_time_just_past_is_the_year_of_writing():
    text = ("Ngày 4/11/2031, Hội Nông dân huyện P gặp mặt hội viên. Những năm qua, Hội đã giúp nhiều hộ thoát nghèo. "
            "Đến nay, hộ nghèo trong hội viên chỉ còn 0,9%.")
    assert [r.period for r in extract(text)] == [(2031, 2031)]


def test_the_present_after_the_time_just_past_in_one_sentence_has_no_period():
    text = "Ngày 4/11/2031, Hội Nông dân huyện P gặp mặt. Nhiệm kỳ qua, đến nay Hội đã dựng 35 mô hình."
    assert [r.period for r in extract(text)] == [None]


def test_a_span_from_a_stated_year_to_the_present_has_no_period():
    text = "Ngày 4/11/2031, Hội Nông dân huyện P gặp mặt hội viên. Từ năm 2027 đến nay, Hội đã dựng 35 căn nhà."
    assert [r.period for r in extract(text)] == [None]


@pytest.mark.parametrize("word", TIME.current_year_words, ids=str)
def test_the_year_of_writing_named_without_its_number(word):
    text = f"Ngày 9/12/2024, UBND tỉnh cho biết tăng trưởng {word} ước đạt hơn 10,2%."
    assert [r.period for r in extract(text)] == [(2024, 2024)]


def test_a_reports_results_with_no_time_of_their_own_take_the_year_it_is_written_in():
    text = ("Huyện A hoàn thành các chỉ tiêu\n\nNgày 26/12/2024, UBND huyện A họp tổng kết năm. "
            "Thu ngân sách đã đạt 31 tỷ đồng; huyện đã tạo việc làm mới cho 1.350 lao động.")
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
    text = ("Tin tức\n\nNăm 2024, thị xã bám sát các mục tiêu của kế hoạch 5 năm (2021-2025) đã đề ra. "
            "Chú trọng chuyển đổi số.\n\nMột số chỉ tiêu năm 2024 gồm: kinh tế tăng trưởng 8,8% trở lên. "
            "Riêng dịch vụ tăng 9,6%.")
    assert [r.period for r in extract(text)] == [(2024, 2024), (2024, 2024)]


@pytest.mark.parametrize("word", load_lexicon("kinds").target_headings, ids=str)
def test_a_lead_in_that_names_the_aims_of_one_year_frames_a_one_year_plan(word):
    text = f"KẾ HOẠCH\nGiai đoạn 2021 - 2025\n{word.capitalize()} năm 2024:\n- Kết nạp 500 hội viên mới."
    assert [(r.period, r.deadline_year) for r in extract(text)] == [((2024, 2024), None)]


@pytest.mark.parametrize("session", TIME.session_words, ids=str)
@pytest.mark.parametrize("term_word", TIME.body_term_words, ids=str)
def test_a_councils_numbered_term_is_not_the_period_of_its_sessions_figures(session, term_word):
    text = (f"HĐND huyện Bác Ái {term_word} X tổ chức {session} thứ 2\n\n"
            f"Sáng 14-7, HĐND huyện Bác Ái {term_word} X, nhiệm kỳ 2021 - 2026 họp {session} thứ 2 để xem xét "
            "kết quả nửa đầu năm và bàn giải pháp cho các tháng cuối năm 2021.\n\n"
            "Phấn đấu thu ngân sách đạt 64 tỷ đồng. Tạo việc làm mới cho 420 lao động.")
    assert [r.period for r in extract(text)] == [(2021, 2021), (2021, 2021)]


def test_a_congress_terms_stays_the_period_of_its_aims():
    text = ("Đại hội Hội Nông dân huyện lần thứ IX\n\nNgày 18-5, Hội Nông dân huyện khai mạc Đại hội lần thứ IX, "
            "nhiệm kỳ 2023 - 2028. Đại hội bầu Ban Chấp hành khóa IX, nhiệm kỳ 2023 - 2028.\n\n"
            "Hội phấn đấu kết nạp 3.000 hội viên mới. Hằng năm có 90% cơ sở hội vững mạnh.")
    assert [r.period for r in extract(text)] == [(2023, 2028), (2023, 2028)]


@pytest.mark.parametrize("part", TIME.year_parts, ids=str)
def test_a_part_of_a_year_keeps_the_year_of_its_figures(part):
    text = f"BÁO CÁO\nKết quả {part} năm 2024\nThu ngân sách đạt 212 tỷ đồng; tạo việc làm cho 895 lao động."
    assert {r.period for r in extract(text)} == {(2024, 2024)}


def test_a_sentence_that_names_the_aims_of_a_year_leads_the_sentences_after_it():
    text = ("Tin tức\n\nUBND tỉnh nêu rõ các chỉ tiêu trọng tâm năm 2025. Nổi bật là GRDP tăng trên 9%; "
            "tỷ lệ hộ nghèo còn 0,8%.")
    assert [r.period for r in extract(text)] == [(2025, 2025), (2025, 2025)]


def test_an_undated_report_of_one_year_that_sets_the_next_is_told_from_the_later_year():
    text = ("Kỳ họp HĐND tỉnh\n\nTại kỳ họp HĐND tỉnh, Chủ tịch UBND tỉnh cho biết kinh tế tăng trưởng khá.\n\n"
            "GRDP năm 2024 đạt 212.386 tỷ đồng. Tỉnh đặt chỉ tiêu năm 2025 GRDP tăng hơn 10%.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2024, 2024)), ("target", (2025, 2025))]


def test_a_lead_in_paragraph_gives_its_list_the_deadline_of_the_sentence_before_it():
    text = ("Tin tức\n\nDự thảo kế hoạch nêu các nhóm chỉ tiêu cần hoàn thành đến năm 2030. Cụ thể "
            "như sau:\nHằng năm số vụ buôn lậu bị phát hiện, xử lý tăng trên 5%.\n"
            "Ít nhất 70% cửa hàng xăng dầu xuất hóa đơn điện tử.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030]


@pytest.mark.parametrize("word", TIME.comparison_base_words, ids=str)
def test_the_period_a_figure_is_compared_with_is_not_its_own(word):
    text = f"Phấn đấu đến năm 2030, thu nhập bình quân tăng 1,5 lần {word} 2016 - 2020."
    assert [r.period for r in extract(text)] == [None]


@pytest.mark.parametrize("opening", ["Đề án đặt mục tiêu đến năm 2030,", "Phấn đấu đến năm 2030,",
                                     "Đến năm 2030,"], ids=["aim set", "strive", "bare"])
def test_a_deadline_that_opens_a_paragraph_holds_its_later_sentences(opening):
    text = (f"Tin tức\n\n{opening} giá trị xuất khẩu nông sản tăng bình quân khoảng 6,5%/năm. "
            "Diện tích rừng trồng mới trên 900 ha. Năm 2026, tỷ lệ che phủ rừng đạt 58%.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030, None]


def test_a_results_year_of_measurement_is_its_period_not_the_documents():
    text = ("Tỷ lệ hộ nghèo của huyện năm 2023 dự kiến còn 6,1%\n\nNăm 2023, huyện tập trung giảm nghèo bền vững. "
            "Tính đến cuối năm 2022, số hộ nghèo toàn huyện đã giảm còn 7,25%.")
    assert [(r.kind, r.period) for r in extract(text) if r.value == 7.25] == [("result", (2022, 2022))]


@pytest.mark.parametrize("word", TIME.frequency_breakers, ids=str)
def test_a_frequency_in_a_second_predicate_is_not_the_values(word):
    text = f"Đến năm 2030, có ít nhất 50% số xã không ma túy, {word} giảm dần số người nghiện hằng năm."
    assert [r.frequency for r in extract(text)] == [None]


def test_a_postposed_deadline_behind_its_counted_words_is_its_values_alone():
    text = ("KẾ HOẠCH\nGiai đoạn 2016 - 2020\nTỷ lệ trẻ em được tiêm chủng qua các năm: năm 2017 đạt 88,4% trẻ, "
            "đạt 92,6% trẻ vào năm 2018 và đạt 95,3% trẻ năm 2020.")
    assert [(r.value, r.deadline_year) for r in extract(text)] == [(88.4, 2017), (92.6, 2018), (95.3, 2020)]


@pytest.mark.parametrize("setting", ["Đại hội đề ra 18 chỉ tiêu", "Nghị quyết xác định các mục tiêu chủ yếu"], ids=str)
def test_the_deadline_after_an_opening_that_sets_aims_holds_the_sentence(setting):
    text = (f"{setting}, trong đó đến năm 2030 giá trị sản xuất nông nghiệp đạt 18.000 tỷ đồng, tăng trên 5%/năm; "
            "tỷ lệ đô thị hóa 45%; 30 xã có chợ đạt chuẩn.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030, 2030, 2030]


def test_an_opening_that_sets_aims_lends_no_frequency():
    text = "Hội đề ra 5 chỉ tiêu, trong đó hằng năm kết nạp 200 hội viên; 90% chi hội đạt vững mạnh."
    assert [r.frequency for r in extract(text)] == ["annual", None]


@pytest.mark.parametrize("named,period", [
    ("hoàn thành vượt mức các chỉ tiêu của nhiệm kỳ 2020 - 2025", (2020, 2025)),
    ("tổ chức nhiều hoạt động trong 4 năm 2021 - 2025", None),
], ids=["the past term by its years", "a span that is no term"])
def test_a_paragraph_of_the_term_just_past_takes_the_terms_years_it_names(named, period):
    text = ("Đại hội đại biểu Hội Nông dân xã An Bình lần thứ IX, nhiệm kỳ 2025 - 2030\n\n"
            f"Nhiệm kỳ qua, Hội Nông dân xã đã có nhiều đổi mới. Hội {named}. "
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


def test_a_sentence_that_names_the_aims_of_a_term_leads_the_paragraph():
    text = ("Đại hội Hội Nông dân xã lần thứ VIII\n\n"
            "Đại hội nhất trí các mục tiêu cho nhiệm kỳ 2023 - 2028 của Hội với nhiều chỉ tiêu mới. "
            "Hằng năm kết nạp 150 hội viên mới, 70% hộ hội viên đạt danh hiệu sản xuất giỏi.")
    assert [r.period for r in extract(text)] == [(2023, 2028), (2023, 2028)]


@pytest.mark.parametrize("word", TIME.single_year_words, ids=str)
def test_a_line_labelled_with_its_year_is_that_years_aim_not_a_deadline(word):
    text = ("KẾ HOẠCH\nXây dựng xã thông minh giai đoạn 2022 - 2025\nSố xã hoàn thành xây dựng xã thông minh qua từng năm:\n"
            f"- {word.capitalize()} 2023: 41 xã.\n- {word.capitalize()} 2024: 58 xã.")
    assert [(r.period, r.deadline_year) for r in extract(text)] == [((2023, 2023), None), ((2024, 2024), None)]


@pytest.mark.parametrize("between,deadline", [
    ("", 2025),
    ("Văn bản nêu thêm một số yêu cầu về thị trường tiêu thụ.\n\n", None),  # words only: a new list
], ids=["goes-on", "stops-at-a-paragraph-of-words"])
def test_a_paragraph_naming_no_year_goes_on_with_the_deadline_that_opened_the_one_before(between, deadline):
    # (the deadline opens the paragraph's second sentence: the latest that opens on one goes on)
    text = ("Đề án phát triển nông nghiệp hữu cơ\n\nLộ trình gồm hai bước. Đến năm 2025, tỉnh phấn đấu trở thành vùng "
            "sản xuất hữu cơ lớn của cả nước, có ít nhất 12 chuỗi liên kết được chứng nhận.\n\n" + between +
            "Tỉnh đặt mục tiêu có ít nhất 20 nghìn ha canh tác hữu cơ và 150 hợp tác xã tham gia.")
    assert [r.deadline_year for r in extract(text)][-2:] == [deadline, deadline]


@pytest.mark.parametrize("text", [
    "Chương trình an sinh\n\nĐến năm 2030, tỷ lệ lao động có việc làm ổn định trên 92%.\n\nHằng năm, trên 70% học sinh được hướng nghiệp.",
    "Chương trình an sinh\n\nĐến năm 2030, tỷ lệ lao động có việc làm ổn định trên 92%. Hằng năm 70% học sinh được hướng nghiệp."
    "\n\nTỉnh cũng phấn đấu hỗ trợ 300 hộ kinh doanh chuyển đổi số.",
], ids=["opens-on-how-often", "the-paragraph-before-ends-on-yearly-aims"])
def test_a_deadline_does_not_go_on_into_yearly_aims(text):
    assert extract(text)[-1].deadline_year is None


@pytest.mark.parametrize("noun", TIME.base_period_nouns, ids=str)
def test_the_base_of_a_multiple_is_not_the_figures_time(noun):
    base = f"{noun} 2015" if noun == "năm" else f"{noun} 2011 - 2015"
    for word in TIME.multiple_words:
        r = extract(f"Báo cáo tổng kết\n\nNăm năm qua, thu nội địa đạt hơn 120.000 tỷ đồng, gấp 2 {word} {base}.")[0]
        assert r.period not in ((2011, 2015), (2015, 2015))


@pytest.mark.parametrize("word", TIME.measured_until_words, ids=str)
def test_a_status_measured_on_a_date_is_that_years_result(word):
    text = f"Tin tức\n\n{word.capitalize()} ngày 31/12/2022, số người có thẻ bảo hiểm y tế trong tỉnh đã đạt 1,2 triệu người."
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2022, 2022))]


@pytest.mark.parametrize("opener", KIND_WORDS.elaboration_openers, ids=str)
def test_a_deadline_after_a_connective_opens_the_whole_sentence(opener):
    text = (f"Tin tức\n\n{opener.capitalize()}, tới năm 2030, hoàn thiện mạng lưới giao thông nông thôn; bê tông hóa "
            "100% đường trục thôn.")
    assert [r.deadline_year for r in extract(text)] == [2030]


@pytest.mark.parametrize("word", TIME.value_share_words, ids=str)
def test_a_share_written_after_a_value_is_of_that_values_time(word):
    text = ("Tổng vốn thực hiện Đề án giai đoạn 2026 - 2030 là 2.400 tỷ đồng. Trong đó, vốn ngân sách tỉnh "
            f"là 600 tỷ đồng, {word} 25%.")
    assert [r.period for r in extract(text)] == [(2026, 2030)] * 3


@pytest.mark.parametrize("joiner", TIME.deadline_list_joiners, ids=str)
def test_a_later_deadline_may_drop_its_word_in_a_list(joiner):
    text = f"Phấn đấu đến năm 2026, hơn 75% {joiner} năm 2030 có hơn 95% hộ gia đình được dùng nước sạch."
    assert [(r.deadline_year, r.period) for r in extract(text)] == [(2026, None), (2030, None)]


def test_a_bare_year_after_a_comma_continues_a_list_of_deadlines():
    text = "Đến năm 2026 hơn 85%, 2030 100% giáo viên được tập huấn kỹ năng số."
    assert [r.deadline_year for r in extract(text)] == [2026, 2030]


def test_a_deadline_right_after_the_aims_opening_a_paragraph_goes_on_to_the_next():
    text = ("Kế hoạch đào tạo nghề\n\nTrước mắt, mục tiêu đến năm 2030 mở lớp nghề cho 9.000 người.\n"
            "Thu hút 40% thanh niên vào các lớp nghề; 70% học viên có việc làm.")
    assert [r.deadline_year for r in extract(text)] == [2030, 2030, 2030]


@pytest.mark.parametrize("text,deadlines", [
    ("Đến năm 2031 có chừng 70% hộ dùng ví điện tử; giao dịch qua mạng chiếm hơn 25% doanh thu bán lẻ.", [2031, 2031]),
    ("Mục tiêu đặt ra là hình thành vùng chè sạch; phấn đấu đến năm 2031, sản lượng tăng 3%/năm; "
     "giá bán bình quân tăng 5-6%.", [2031, 2031]),
    ("Nhiệm kỳ 2026 - 2031, Hội nghị thống nhất những chỉ tiêu sau: đến năm 2031, thu hút 92% trở lên nông "
     "dân vào Hội; mỗi năm có 85% trở lên chi hội xếp loại khá.", [2031, None]),
], ids=["deadline-opening-the-first-clause-with-no-comma", "aims-clause-then-deadline-before-the-first-value",
        "not-past-a-lead-ins-colon"])
def test_the_deadline_that_opens_a_sentence_of_aims_holds_its_later_clauses(text, deadlines):
    assert [r.deadline_year for r in extract(text)] == deadlines


def test_the_years_of_an_aside_in_brackets_are_not_the_next_clauses_year():
    text = ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2019\nThu ngân sách ước vượt 6%, mức cao nhất ba năm "
            "(năm 2016 vượt 2,1%; năm 2017 vượt 3,4%); sản lượng điện thương phẩm cũng vượt (thêm 9,5%).")
    assert [r.period for r in extract(text)][-1] == (2019, 2019)


@pytest.mark.parametrize("word", TIME.single_year_words, ids=str)
def test_a_sentence_opened_by_a_year_is_that_years(word):
    text = (f"Hội Cựu chiến binh huyện A tổng kết năm 2030\n\n{word.capitalize()} 2031, Hội Cựu chiến binh huyện "
            "phấn đấu 90% chi hội xếp loại khá.")
    assert [r.period for r in extract(text)] == [(2031, 2031)]


@pytest.mark.parametrize("word", TIME.month_words, ids=str)
def test_a_span_of_months_across_two_years_is_the_figures_period(word):
    text = (f"Từ {word} 10/2030 đến {word} 9/2031, Quỹ Vì người nghèo huyện A đã nhận "
            "hơn 27 tỷ đồng.")
    assert [r.period for r in extract(text)] == [(2030, 2031)]


def test_the_year_of_a_part_is_not_the_wholes():
    text = ("Mặt trận huyện A tổng kết năm 2031\nChiều 28/12, Ủy ban MTTQ huyện A tổ chức hội nghị tổng kết năm "
            "2031.\nQuỹ Vì người nghèo của huyện nhận được trên 41 tỷ đồng, trong đó số dư năm 2030 chuyển sang trên "
            "2,3 tỷ đồng.")
    assert [r.period for r in extract(text)][0] == (2031, 2031)


def test_the_paragraphs_first_sentence_leads_the_later_ones_by_the_aims_it_opens_with():
    # (the council's term, written "nhiệm kì", is the body's, not the figures')
    text = ("HĐND xã A thông qua 5 nghị quyết\n\nNgày 26/12/2030, HĐND xã A khóa XXI, nhiệm kì 2026-2031 đã tổ chức "
            "kỳ họp thứ 6.\nMục tiêu chung năm 2031 phấn đấu giá trị sản xuất trên địa bàn xã đạt 584 tỉ đồng, tăng trưởng "
            "12%. Trong đó giá trị dịch vụ đạt 230 tỉ đồng. Thu nhập bình quân đạt 63 triệu đồng/người/năm.")
    assert [r.period for r in extract(text)] == [(2031, 2031)] * 4


@pytest.mark.parametrize("word", TIME.half_term_words, ids=str)
def test_the_half_of_a_running_term_just_past_is_that_terms(word):
    text = (f"Huyện đoàn A sơ kết giữa nhiệm kỳ\n\nNgày 18/5/2030, Ban Thường vụ Huyện đoàn A tổ chức hội nghị sơ kết "
            f"thực hiện Nghị quyết Đại hội Đoàn huyện nhiệm kỳ 2027 - 2032.\n\nTrong {word} vừa qua, Huyện đoàn đã "
            "xây dựng mới 94 công trình thanh niên.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2027, 2032))]


@pytest.mark.parametrize("word", TIME.mid_term_words, ids=str)
def test_an_undated_mid_term_review_is_told_from_the_terms_middle(word):
    # a frame of the term's first years is the time just past, not years to come
    text = (f"Hội Nông dân huyện A đánh giá {word}\n\nChiều 20/5, Hội Nông dân tỉnh kiểm tra, đánh giá {word} việc "
            "thực hiện nghị quyết đại hội nhiệm kỳ 2027-2032 tại huyện A.\n\nGiai đoạn từ năm 2027 - 2030, Hội Nông "
            "dân huyện hoàn thành 9/9 chỉ tiêu. Toàn huyện có trên 300 mô hình kinh tế; 120 hộ thoát nghèo.")
    assert [r.kind for r in extract(text)] == ["result"] * 3


@pytest.mark.parametrize("word", TIME.past_term_not_before, ids=str)
def test_the_half_of_a_term_to_come_is_no_time_just_past(word):
    from pipeline.extract import run

    def past_frames(text):
        return [f.past for f in run(text, until="document").document.frames.values()]
    head = "Hội LHPN xã B sơ kết giữa nhiệm kỳ 2027 - 2032\n\n"
    assert past_frames(head + "Trong nửa nhiệm kỳ, Hội đã thành lập 12 tổ hợp tác.") == [True]
    assert True not in past_frames(head + f"Trong nửa nhiệm kỳ {word}, Hội phấn đấu thành lập 12 tổ hợp tác.")


def test_the_term_just_past_is_the_one_an_undated_review_names_as_it_ends():
    text = ("Huyện B: tổng kết 5 năm phong trào thi đua nông dân sản xuất giỏi giai đoạn 2026-2031\n\n"
            "Ngày 10-6, Hội Nông dân huyện B tổ chức tổng kết phong trào.\n\n"
            "Trong nhiệm kỳ qua, các cấp Hội đã tập trung thực hiện nhiệm vụ. Có 30/32 chi hội đạt vững mạnh.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2026, 2031))]


def test_an_undated_part_year_review_takes_the_year_the_text_tells_elsewhere():
    text = ("Tỉnh nào dẫn đầu khu vực?\n\nTrong 6 tháng đầu năm, tổng sản phẩm trên địa bàn ước đạt 8.100 tỷ đồng.\n\n"
            "Tại kỳ họp thứ 7 khóa XII, nhiệm kỳ 2026-2031 diễn ra hôm qua (8/7), HĐND tỉnh xem xét các báo cáo như kỳ họp cuối năm 2030.\n\n"
            "Phó Chủ tịch UBND tỉnh đã báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm và phương hướng, nhiệm vụ "
            "6 tháng cuối năm 2031. Theo đó, thu ngân sách ước đạt 1.300 tỷ đồng.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2031, 2031))] * 2


def test_a_half_year_named_after_the_first_sentence_is_a_detail_not_the_review():
    from pipeline.extract import run
    text = ("Qua nửa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2030 – 2035, Đảng bộ tỉnh đã đạt nhiều "
            "kết quả quan trọng. Tổng sản phẩm bình quân đạt 6%/năm, riêng 6 tháng đầu năm 2033 tăng 8,6%.")
    assert run(text, until="document").document.term == (2030, 2035)


def test_an_earlier_clauses_year_gives_way_to_the_period_the_values_lead_in_states():
    text = ("Đại hội Đảng bộ tỉnh A thông qua Nghị quyết, phấn đấu năm 2040 là tỉnh công nghiệp hiện đại; nhấn mạnh một "
            "số chỉ tiêu chủ yếu trong nhiệm kỳ 2030-2035, như: GRDP tăng bình quân 9% trở lên; thu ngân sách tăng 10%/năm.")
    assert [r.period for r in extract(text)] == [(2030, 2035)] * 2


def test_a_period_inside_an_earlier_values_subject_is_that_values_own():
    text = ("Qua nửa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2030 – 2035, Đảng bộ tỉnh đã đạt nhiều "
            "kết quả quan trọng. Tổng sản phẩm bình quân 3 năm (2031 - 2033) đạt 5,2%/năm, riêng 6 tháng đầu năm 2033 "
            "tăng trưởng đạt 8,6%; GRDP bình quân đầu người gần 70 triệu đồng; 40/62 xã đạt chuẩn nông thôn mới.")
    got = [(r.period, r.deadline_year) for r in extract(text)]
    assert got == [((2031, 2033), None), ((2030, 2035), 2033), ((2030, 2035), None), ((2030, 2035), None)]


def test_a_period_that_opens_the_clause_holds_for_all_its_values():
    text = "Giai đoạn 2031 - 2035, tăng trưởng kinh tế bình quân đạt 7%/năm, thu nhập bình quân đầu người đạt 90 triệu đồng."
    assert [r.period for r in extract(text)] == [(2031, 2035)] * 2


def test_the_aims_a_past_term_met_do_not_end_its_frame():
    text = ("Đại hội Hội Nông dân thành phố A lần thứ XII, nhiệm kỳ 2033-2038\n\nHội có 32 cơ sở hội. Nhiệm kỳ 2028-2033, "
            "Hội đã hoàn thành và hoàn thành vượt mức các chỉ tiêu Nghị quyết Đại hội Hội Nông dân thành phố lần thứ XI đề ra.\n\n"
            "Cụ thể: kết nạp mới 2.385 hội viên; vận động đóng góp Quỹ hỗ trợ nông dân được hơn 1 tỷ đồng.")
    assert [(r.kind, r.period) for r in extract(text)][1:] == [("result", (2028, 2033))] * 2


@pytest.mark.parametrize("opener", TIME.event_openers, ids=str)
def test_the_term_of_the_event_a_deed_is_told_at_is_not_the_figures(opener):
    event = opener.replace("tại ", "").capitalize()
    text = (f"Đại hội Hội Cựu chiến binh xã A nhiệm kỳ 2032 - 2037\n\nNhiệm kỳ 2027 - 2032, Hội CCB xã đã kết nạp 35 "
            f"hội viên.\n\n{opener.capitalize()} Đảng bộ xã nhiệm kỳ 2030-2035, Hội CCB xã đã có 01 hội viên tham gia cấp ủy, "
            "05 đồng chí là Bí thư chi bộ.")
    got = [r.period for r in extract(text)]
    assert got[0] == (2027, 2032) and (2030, 2035) not in got, event
    if opener == "tại đại hội":  # (and the report of the term just past goes on)
        assert got == [(2027, 2032)] * 3
