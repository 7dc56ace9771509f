"""Tests of the exclusions component: numbers that are not values (one row per data entry)."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

EXC = load_lexicon("exclusions")


@pytest.mark.parametrize("word", EXC.whole_scope_words, ids=str)
def test_whole_scope_count_is_not_a_population_qualifier(word):
    assert one(f"{word.capitalize()} xã có 245 mô hình dân vận khéo.").value == 245


@pytest.mark.parametrize("word", EXC.each_unit_words, ids=str)
def test_a_count_set_for_each_unit_is_not_a_population_qualifier(word):
    assert one(f"{word.capitalize()} xã có 02 mô hình dân vận khéo mới.").value == 2


@pytest.mark.parametrize("text", ["Ứng dụng mạng 5G trong sinh hoạt chi hội.", "Xây dựng bản đồ 3D các khu dân cư."],
                         ids=["5G", "3D"])
def test_number_glued_to_a_capital_is_a_code(text):
    assert extract(text) == []


@pytest.mark.parametrize("noun", EXC.name_nouns, ids=str)
def test_number_after_a_unit_noun_names_it(noun):
    assert extract(f"Hội viên {noun} 3 tham gia sinh hoạt đầy đủ.") == []


@pytest.mark.parametrize("word", EXC.distributive_words, ids=str)
def test_distributive_word_keeps_the_count_per_unit(word):
    assert one(f"Phấn đấu {word} thôn 01 mô hình dân vận khéo.").value == 1


@pytest.mark.parametrize("label", EXC.phone_labels, ids=str)
def test_telephone_numbers_are_not_values(label):
    assert extract(f"Ban Dân vận Huyện ủy, {label}: 0214.3840.123.") == []


@pytest.mark.parametrize("text", ["Liên hệ 0912 345 678.", "Liên hệ 0912.345.678 để được hỗ trợ.",
                                  "- Hỗ trợ: (024) 3825.1234 _ 0912.345.678"],
                         ids=["spaced", "dotted", "area-code-in-brackets"])
def test_phone_shaped_numbers_without_a_label(text):
    assert extract(text) == []


@pytest.mark.parametrize("word", EXC.document_types + EXC.document_parts, ids=str)
def test_every_document_word_makes_a_document_number(word):
    assert extract(f"Thực hiện {word} 15 của Ban Thường vụ.") == []


@pytest.mark.parametrize("group", EXC.rank_group_words, ids=str)
@pytest.mark.parametrize("leader", EXC.rank_leader_words, ids=str)
def test_a_rank_group_with_its_leaders_word_is_an_aim(group, leader):
    text = f"Đến năm 2030, tỉnh thuộc {group} 10 tỉnh, thành phố {leader} về chỉ số cải cách hành chính."
    assert [r.value for r in extract(text)] == [10]
    # (without the leaders' word the part word numbers the document: "Nhóm 2: chỉ tiêu về xã hội")
    assert [r.value for r in extract(f"{group.capitalize()} 2: các chỉ tiêu về xã hội, tỷ lệ hộ nghèo dưới 3%.")] == [3]


@pytest.mark.parametrize("noun", EXC.structure_nouns, ids=str)
def test_every_structure_noun_numbers_the_document(noun):
    assert extract(f"Cụ thể hóa với 09 {noun}.") == []


@pytest.mark.parametrize("word", EXC.achievement_words, ids=str)
def test_every_achievement_word_keeps_a_count_of_goals(word):
    assert one(f"Năm qua, huyện {word} 18 chỉ tiêu.").value == 18


@pytest.mark.parametrize("word", EXC.purpose_words, ids=str)
def test_the_purpose_of_the_documents_parts_is_no_achievement(word):
    assert extract(f"Nhiệm kỳ tới, Đảng bộ tập trung 3 khâu đột phá {word} đạt các chỉ tiêu đề ra.") == []


@pytest.mark.parametrize("text", ["Giải bóng chuyền bãi biển 2x2 có 30 đội.", "Thi chạy tiếp sức 4×100 m có 30 đội."],
                         ids=["2x2", "4x100"])
def test_a_number_in_a_formats_name_is_no_value(text):
    assert [r.value for r in extract(text)] == [30]


@pytest.mark.parametrize("text,values", [
    ("Nâng tỷ lệ trẻ đến lớp: nhóm 3-4 tuổi 72%, nhóm 4-5 tuổi 88%.", [72, 88]),
    ("Thanh niên độ tuổi 16 - 30 tuổi 80% tham gia sinh hoạt.", [80]),
], ids=["share-after-each-age-span", "share-after-an-age-band"])
def test_a_share_right_after_an_age_is_a_value(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("noun", EXC.logistics_nouns, ids=str)
def test_every_logistics_noun(noun):
    assert extract(f"Hội nghị có 148 {noun}.") == []


@pytest.mark.parametrize("label", EXC.furniture_labels, ids=str)
def test_every_furniture_label(label):
    assert [r.value for r in extract(f"{label.capitalize()}: 4863\nHội Nông dân đạt 90%.")] == [90]


@pytest.mark.parametrize("label", EXC.furniture_labels, ids=str)
def test_a_counter_with_its_thousands_grouped_by_a_space_is_furniture(label):
    assert [r.value for r in extract(f"• {label.capitalize()}: 12 981\nHội Nông dân đạt 90%.")] == [90]


@pytest.mark.parametrize("noun", EXC.duration_nouns, ids=str)
def test_every_duration_noun(noun):
    assert extract(f"Sau 02 {noun} thực hiện nghị quyết.") == []


@pytest.mark.parametrize("noun", EXC.duration_nouns, ids=str)
def test_a_list_of_numbers_that_shares_a_duration_noun_is_no_value(noun):
    assert extract(f"Các đồng chí có 20, 30 và 45 {noun} liên tục.") == []


@pytest.mark.parametrize("noun", EXC.not_duration, ids=str)
def test_a_list_of_numbers_before_a_noun_that_starts_like_a_duration_is_values(noun):
    assert [r.value for r in extract(f"Phấn đấu có 20, 30 và 45 {noun} mới.")] == [20, 30, 45]


@pytest.mark.parametrize("label", EXC.furniture_labels, ids=str)
def test_a_furniture_label_in_a_line_of_labels_run_together(label):
    text = f"Tác giả: Trần C .Ngày đăng: 29/06/2031 .{label.capitalize()}: 352\nHội Nông dân đạt 90%."
    assert [r.value for r in extract(text)] == [90]


@pytest.mark.parametrize("noun", EXC.not_duration, ids=str)
def test_every_noun_that_only_starts_like_a_duration(noun):
    assert one(f"Phấn đấu tổ chức 02 {noun}.").value == 2


@pytest.mark.parametrize("word", EXC.qualifier_before, ids=str)
def test_every_population_qualifier_before(word):
    assert extract(f"Tổ chức hội nghị {word} 16 xã.") == []


@pytest.mark.parametrize("head", EXC.qualified_heads, ids=str)
def test_every_qualified_head(head):
    assert [r.value for r in extract(f"Có 95% {head} có từ 25 thành viên tham gia.")] == [95]


@pytest.mark.parametrize("after", EXC.qualifier_after_head, ids=str)
def test_every_qualifier_after_a_head(after):
    assert [r.value for r in extract(f"Có 95% doanh nghiệp {after} 25 công nhân tham gia.")] == [95]


@pytest.mark.parametrize("part", EXC.standard_parts, ids=str)
def test_every_part_of_a_standard_met_by_units_counted_before(part):
    assert [r.value for r in extract(f"Đến cuối năm, có 45 thôn đạt 5 {part} của phong trào.")] == [45]


@pytest.mark.parametrize("verb", EXC.standard_verbs, ids=str)
def test_every_verb_of_meeting_a_standard(verb):
    assert [r.value for r in extract(f"Phấn đấu 85% số hộ {verb} 8 tiêu chí gia đình văn hóa.")] == [85]


@pytest.mark.parametrize("text,values", [
    ("Xã Tân Lập đạt 19/19 tiêu chí nông thôn mới.", [19]),
    ("Bình quân mỗi xã đạt 16 tiêu chí.", [16]),
    ("Giảm số xã đạt dưới 10 tiêu chí xuống còn 12 xã.", [12]),
], ids=["one named unit's own count", "an average count", "the count defines the units counted"])
def test_a_count_of_criteria_is_a_value_unless_it_defines_the_units(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("word", EXC.date_words, ids=str)
def test_every_date_word(word):
    assert extract(f"{word.capitalize()} 26, hội nghị đã diễn ra.") == []


@pytest.mark.parametrize("word", EXC.name_number_words, ids=str)
def test_every_slogan_word(word):
    assert extract(f"Xây dựng gia đình 5 {word}.") == []


@pytest.mark.parametrize("noun", EXC.age_nouns, ids=str)
def test_every_age_noun(noun):
    assert extract(f"Thanh niên từ 16 đến 30 {noun} tham gia.") == []


@pytest.mark.parametrize("span", ["từ 6 đến dưới 16", "từ 6 - 16"], ids=str)
def test_the_lower_end_of_an_age_span_is_no_value(span):
    assert [r.value for r in extract(f"Có 80% trẻ em {span} tuổi biết bơi.")] == [80]


@pytest.mark.parametrize("word", EXC.age_qualifiers, ids=str)
def test_every_age_qualifier(word):
    assert extract(f"Phụ nữ {word} 18 tuổi tham gia sinh hoạt.") == []


UNITS_LEX = load_lexicon("units")


@pytest.mark.parametrize("word", EXC.total_words_before, ids=str)
def test_a_total_word_makes_the_number_after_so_a_count(word):
    assert [r.value for r in extract(f"Kết nạp {word} 120 hội viên.")] == [120]
    assert extract("Kết nạp số 120 hội viên.") == []  # without it, "số 120" is a number of something


@pytest.mark.parametrize("word", EXC.year_words, ids=str)
def test_a_long_number_after_a_year_word_is_a_year(word):
    assert extract(f"Kế hoạch {word} 1.994 của huyện.") == []


@pytest.mark.parametrize("text", ["Căn cứ Nghị định số 39/2022/NĐ-CP của Chính phủ.", "Theo Thông tư liên tịch 43/2015/TTLT.",
                                  "Nơi nhận: VT, KTTH (2b)."], ids=["decree", "circular", "copy-code"])
def test_document_symbols_and_codes(text):
    assert extract("KẾ HOẠCH\n" + text) == []


@pytest.mark.parametrize("text,values", [
    ("THU NGÂN SÁCH TĂNG BÌNH QUÂN TỪ 8%/NĂM TRỞ LÊN", [8.0]),
    ("THU NHẬP BÌNH QUÂN ĐẠT 90 TRIỆU ĐỒNG/NGƯỜI", [90e6]),
    ("Thực hiện Quyết định 15/QĐ-UBND, hỗ trợ 30 hộ", [30.0]),
], ids=["capital-rate", "capital-per-person", "symbol-after-a-bare-number"])
def test_a_capital_after_the_slash_of_a_share_or_sum_is_a_rate(text, values):
    assert [r.value for r in extract(text)] == values


def test_named_alarm_levels_and_storms():
    assert extract("Tin\nMực nước vượt báo động 2, nhiều nơi trên báo động 3; bão số 12 gây thiệt hại. Nhiều ý kiến.") == []


def test_a_decisions_figures_with_no_cue_are_aims_and_a_starting_level_in_brackets_is_none():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH\nVề việc điều chỉnh lãi suất cho vay\nĐiều 1. Điều chỉnh lãi suất:\n"
            "1. Lãi suất cho vay hộ nghèo, điều chỉnh giảm từ 6,6%/năm (0,55%/tháng) xuống 6,24%/năm.")
    rs = extract(text)
    assert 6.6 not in [r.value for r in rs] and {r.kind for r in rs} == {"target"}


@pytest.mark.parametrize("verb", EXC.adoption_verbs, ids=str)
def test_how_many_documents_were_adopted_is_not_a_value(verb):
    assert extract(f"Tin\nKỳ họp đã {verb} 15 nghị quyết quan trọng. Nhiều ý kiến.") == []
    assert [r.value for r in extract("KẾ HOẠCH\n- Hằng năm xây dựng ít nhất 02 nghị quyết chuyên đề.")] == [2]


@pytest.mark.parametrize("text", [
    "2021-09 Đại hội phụ nữ huyện Cư M'gar",
    "Ngày 21 và 22-9, Hội LHPN huyện Cư M'gar khai mạc đại hội.",
    "Sáng 27.7, Hội Nông dân tỉnh tổ chức hội nghị.",
    "Chiều nay 9/7, UBND tỉnh họp báo.",
    "08:30 16-10-2023 | Tin tức",
], ids=["year and month", "day-month after a day and 'và'", "day.month after the time of day",
        "day/month after a date word", "day-month-year after a clock"])
def test_a_date_written_without_its_words_is_not_a_value(text):
    assert extract(text) == []


@pytest.mark.parametrize("text,value", [
    ("Đạt 8/12 chỉ tiêu đề ra.", 8.0), ("Tăng 5-7 lớp bồi dưỡng.", 5.0), ("Ngày 12/5, Hội có 15/16 chi hội đạt.", 15.0),
], ids=["a fraction with a noun", "a range with a noun", "a fraction after a date"])
def test_day_and_month_shapes_that_count_something_stay(text, value):
    assert [r.value for r in extract(text)] == [value]


@pytest.mark.parametrize("word", EXC.timezone_words, ids=str)
def test_a_time_zone_is_not_a_value(word):
    assert [r.value for r in extract(f"Thứ Năm, 16:21 ({word.upper()}+7). Tỷ lệ hộ nghèo còn 3%.")] == [3.0]


def test_a_footnote_mark_is_not_a_value():
    assert [r.value for r in extract("Huyện là cửa ngõ kết nối vùng biên giới(1), phấn đấu thu hút 12 dự án.")] == [12.0]


@pytest.mark.parametrize("word", EXC.attendance_end, ids=str)
def test_the_share_of_a_vote_is_not_a_value(word):
    assert extract(f"Với 98,7% tổng số đại biểu {word}, Hội đồng nhân dân tỉnh thông qua nghị quyết.") == []


@pytest.mark.parametrize("joiner", EXC.gathering_joiners, ids=str)
def test_every_word_that_joins_a_gathering_to_its_size(joiner):
    text = f"Sáng 3/9, Đảng ủy phường M tổ chức hội nghị quán triệt nghị quyết {joiner} gần 900 đảng viên tham gia."
    assert extract(text) == []


@pytest.mark.parametrize("noun", EXC.gathering_nouns, ids=str)
def test_the_people_a_gathering_was_held_with_are_not_a_value(noun):
    text = (f"Chiều 3/9, Đảng ủy phường M tổ chức {noun} triển khai nghị quyết, nhiệm kỳ 2030 - 2035, với hơn "
            "1.300 đảng viên tham gia. Phường phấn đấu kết nạp 60 đảng viên mới.")
    assert [r.value for r in extract(text)] == [60.0]


def test_a_share_after_with_in_a_gatherings_sentence_stays():
    # (households agreed on are no gathering's size)
    text = "Hội nghị thống nhất phấn đấu với 96% số hộ tham gia bảo hiểm y tế."
    assert [r.value for r in extract(text)] == [96.0]


def test_awards_named_after_their_recipients_are_not_values():
    assert extract("Nhân dịp này, 3 tập thể và 7 cá nhân được tặng giấy khen.") == []


def test_a_structure_count_achieved_after_it_stays():
    assert [r.value for r in extract("Tuy nhiên, còn 03 chỉ tiêu đạt thấp.")] == [3.0]


@pytest.mark.parametrize("column", EXC.score_columns, ids=str)
def test_a_column_of_points_or_row_numbers_is_not_a_value(column):
    text = f"PHỤ LỤC\nTiêu chí | Nội dung | {column.capitalize()}\nA | Có kế hoạch | 10\nB | Có báo cáo | 5"
    assert extract(text) == []


@pytest.mark.parametrize("noun", EXC.structure_nouns, ids=str)
def test_a_numbered_label_of_the_document_is_not_a_value(noun):
    text = f"KẾ HOẠCH\n{noun.capitalize()} 2. Đổi mới phương thức tập hợp.\n- Phấn đấu 90% hộ dân tham gia."
    assert [r.value for r in extract(text)] == [90.0]


def test_a_footnote_mark_in_square_brackets_is_not_a_value():
    assert [r.value for r in extract("Cơ quan phối hợp thực hiện nhóm nhiệm vụ[1]; [2] Phấn đấu 90% hộ dân.")] == [90.0]


@pytest.mark.parametrize("name", EXC.standard_names, ids=str)
def test_a_standards_or_products_number_is_its_name(name):
    assert [r.value for r in extract(f"Áp dụng {name.capitalize()} 5 cho 100% phương tiện.")] == [100.0]


@pytest.mark.parametrize("text", ["Cấm đốt rơm rạ trong các tháng 10, 11, 12 và 1 hằng năm; 100% xã tuân thủ.",
                                  "Khắc phục hậu quả bão số 12, 13; hỗ trợ 100% hộ bị thiệt hại."],
                         ids=["months", "storms"])
def test_a_list_that_goes_on_from_a_dates_or_a_names_number(text):
    assert [r.value for r in extract(text)] == [100.0]


@pytest.mark.parametrize("label", EXC.copies_labels, ids=str)
def test_the_line_of_where_copies_are_kept(label):
    assert [r.value for r in extract(f"KẾ HOẠCH\nPhấn đấu 90% hộ dân.\n- {label.capitalize()}: VT, KTTH (2).")] == [90.0]


def test_a_contact_label_in_table_markup():
    assert [r.value for r in extract("| **Điện thoại:** | (028) 3930 3279 |\nHội viên đạt 90%.")] == [90.0]


def test_a_starting_level_before_bold_marks_is_not_a_value():
    assert [r.value for r in extract("Lãi suất cho vay được điều chỉnh giảm từ 6,6%/năm xuống còn **6,24%/năm.**")] == [6.24]


@pytest.mark.parametrize("text,values", [
    ("Thành lập 3 HTX và 5 CLB.", [3.0, 5.0]),
    ("Hội có 6 chi hội với 1.415 hội viên.", [6.0, 1415.0]),
    ("Tỷ lệ trẻ bỏ học giảm từ 3,2% năm 2020 xuống còn 0,9%.", [0.9]),
    ("Ảnh: 7423d0ac.jpg. Tỷ lệ đạt 90%.", [90.0]),
    ("Sat. May 21st, 2022. Tỷ lệ đạt 90%.", [90.0]),
    ("Trong 2 ngày (14 và 15-5), Đại hội diễn ra; 100% chi hội dự.", [100.0]),
    ("Đây là 1 trong 2 đơn vị dẫn đầu toàn tỉnh.", []),
    ("Hội nghị kéo dài hai ngày 9 và10-6; 100% chi hội tham gia.", [100.0]),
], ids=["a count of units written as abbreviations", "a second count of the same stock",
        "a starting level before its year", "a file name", "an English date", "the first day of a list of dates",
        "one of several", "a date glued to its 'và'"])
def test_shapes_of_numbers_in_real_reports(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("word", EXC.joining_qualifiers, ids=str)
def test_a_joining_qualifier_after_a_count_keeps_the_second_count(word):
    assert [r.value for r in extract(f"Hội có 6 chi hội {word} 420 hội viên.")] == [6.0, 420.0]


@pytest.mark.parametrize("verb", EXC.review_verbs, ids=str)
def test_what_a_review_covers_is_not_a_value(verb):
    assert [r.value for r in extract(f"Hội nghị {verb} 2 cuộc vận động; 100% chi hội tham gia.")] == [100.0]


@pytest.mark.parametrize("noun", EXC.tier_nouns, ids=str)
def test_the_tiers_of_an_organization_are_not_a_value(noun):
    assert [r.value for r in extract(f"Mặt trận 2 {noun} vận động được trên 10 tỷ đồng.")] == [10_000_000_000.0]


@pytest.mark.parametrize("unit", EXC.per_population, ids=str)
def test_the_population_a_rate_is_counted_per_is_not_a_value(unit):
    assert [r.value for r in extract(f"Số giường bệnh trên 1 {unit} đạt 32 giường.")] == [32.0]


@pytest.mark.parametrize("aside", ["(0,55%/tháng)", "(tương đương 0,55%/tháng)"], ids=["bare", "with a restating word"])
def test_a_starting_level_restated_in_brackets_is_not_a_value(aside):
    text = f"Lãi suất cho vay được điều chỉnh giảm từ 6,6%/năm {aside} xuống còn 6,24%/năm (0,52%/tháng)."
    assert [r.value for r in extract(text)] == [6.24, 0.52]


@pytest.mark.parametrize("head", EXC.verb_heads, ids=str)
def test_a_head_that_is_also_a_verb_qualifies_only_after_a_determiner(head):
    assert [r.value for r in extract(f"Hội {head} trên 15 hoạt động hướng về cơ sở.")] == [15.0]
    assert [r.value for r in extract(f"100% các {head} có trên 10 đảng viên đạt vững mạnh.")] == [100.0]


@pytest.mark.parametrize("ext", EXC.file_extensions, ids=str)
def test_a_files_name_is_not_a_value(ext):
    assert [r.value for r in extract(f"Ảnh: 1.{ext}. Tỷ lệ hộ nghèo còn 3%.")] == [3.0]


def test_the_population_a_ratio_is_counted_per_after_a_slash():
    assert [r.value for r in extract("Phấn đấu đạt 12 bác sĩ/10.000 dân.")] == [12.0]


@pytest.mark.parametrize("word", EXC.one_of_words, ids=str)
def test_one_among_several_is_not_a_value(word):
    assert [r.value for r in extract(f"Đây là 1 {word} 3 đơn vị dẫn đầu; 100% chi hội tham gia.")] == [100.0]


@pytest.mark.parametrize("word", EXC.per_words, ids=str)
def test_every_word_before_the_population_a_rate_is_counted_per(word):
    assert [r.value for r in extract(f"Số giường bệnh {word} 1 vạn dân đạt 32 giường.")] == [32.0]


@pytest.mark.parametrize("noun", EXC.population_nouns, ids=str)
def test_every_population_noun_after_a_slash(noun):
    assert [r.value for r in extract(f"Phấn đấu đạt 12 bác sĩ/10.000 {noun}.")] == [12.0]


@pytest.mark.parametrize("committee", EXC.committee_nouns, ids=str)
@pytest.mark.parametrize("word", EXC.composition_words, ids=str)
def test_the_size_of_a_committee_is_no_value(committee, word):
    text = f"Tin\nĐại hội đã bầu {committee} Hội Nông dân huyện khóa XII {word} 15 người. Hội phấn đấu kết nạp 500 hội viên."
    assert [r.value for r in extract(text)] == [500]


@pytest.mark.parametrize("word", EXC.share_words, ids=str)
def test_a_votes_share_in_brackets_is_no_value(word):
    text = f"Tin\nQuốc hội biểu quyết tán thành ({word} 90,49%) Nghị quyết; tăng trưởng GDP đạt 8%."
    assert [r.value for r in extract(text)] == [8]


@pytest.mark.parametrize("text", ['2pt;text-indent:1cm;line-height:115%">\nTỷ lệ hộ nghèo giảm 1,5%.',
                                  'font-size:14pt;line-height:150%;margin-top:6pt\nTỷ lệ hộ nghèo giảm 1,5%.'],
                         ids=["css line", "style attribute"])
def test_numbers_in_page_markup_are_no_values(text):
    assert [r.value for r in extract(text)] == [1.5]


@pytest.mark.parametrize("text,values", [
    ("Số dược sĩ trên 10.000 dân đạt 3,2 dược sĩ.", [3.2]),
    ("Số giường bệnh mỗi 1.000 dân đạt 3 giường.", [3]),
    ("Hỗ trợ trên 12.000 người dân gặp khó khăn.", [12000]),
], ids=["per ten thousand", "per thousand", "a count of people stays"])
def test_the_round_population_a_rate_is_counted_per(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("text", ["Tuổi trẻ tình nguyện vì cộng đồng - Ảnh 1.\nĐoàn viên tham gia 100% hoạt động.",
                                  "Tình hình dịch Covid - 19 phức tạp, đoàn viên tham gia 100% hoạt động."],
                         ids=["photo number", "standard name with a spaced dash"])
def test_a_number_that_names_a_photo_or_a_disease_is_no_value(text):
    assert [r.value for r in extract(text)] == [100]


@pytest.mark.parametrize("text", ["Hà Nội 27 C\nTỷ lệ hộ nghèo giảm 1,5%.", "Nhiệt độ 35°C. Tỷ lệ hộ nghèo giảm 1,5%.",
                                  "Trời nắng 30 độ C, tỷ lệ hộ nghèo giảm 1,5%."], ids=["C", "degree sign", "độ C"])
def test_a_pages_temperature_is_no_value(text):
    assert [r.value for r in extract(text)] == [1.5]


@pytest.mark.parametrize("noun", ["Mục tiêu", "Chỉ tiêu", "Nhiệm vụ"], ids=str)
def test_a_section_number_after_a_structure_noun_names_a_section_wherever_it_stands(noun):
    text = f"Đến năm 2030, giảm ít nhất 50% tỷ lệ nghèo ({noun} 1.1 và {noun} 1.2 toàn cầu)."
    assert [r.value for r in extract(text)] == [50]


@pytest.mark.parametrize("mark", ["1", "2", "12"], ids=str)
def test_a_footnote_mark_stuck_to_a_percent_sign_is_no_value(mark):
    assert [(r.value, r.unit) for r in extract(f"Hạ tỷ lệ trẻ thừa cân xuống dưới 18%{mark}.")] == [(18, "percent")]


@pytest.mark.parametrize("unit", EXC.per_land_units, ids=str)
def test_the_one_unit_of_land_a_yield_is_counted_per_is_no_value(unit):
    assert [r.value for r in extract(f"Giá trị sản xuất trên 1 {unit} đất canh tác đạt 210 triệu đồng.")] == [210e6]


def test_more_than_one_hectare_with_no_yield_after_is_a_value():
    assert [r.value for r in extract("Hội viên hiến trên 1 ha đất, đóng góp 2 tỷ đồng.")] == [1, 2e9]


@pytest.mark.parametrize("doc", EXC.document_types, ids=str)
def test_a_list_of_document_numbers_is_no_value(doc):
    assert [r.value for r in extract(f"Thực hiện các {doc} 290, 188 và 142 của tỉnh, hỗ trợ 1.500 người.")] == [1500]


def test_a_list_of_unit_names_is_no_value():
    assert [r.value for r in extract("Phường được lập từ các phường 4, 5, 6, với 38.000 dân.")] == [38000]


@pytest.mark.parametrize("bound", sorted(load_lexicon("comparators").before), ids=str)
def test_a_bound_in_brackets_that_says_which_units_are_counted_is_no_value(bound):
    assert [r.value for r in extract(f"Tỷ lệ trẻ sơ sinh nhẹ cân ({bound} 2.500 gram) dưới 6%.")] == [6]


def test_a_bracketed_figure_with_no_figure_right_after_is_a_value():
    assert [r.value for r in extract("Trồng được 30 ha chè (trên 20 ha so với chỉ tiêu), 50 ha rừng.")] == [30, 20, 50]


@pytest.mark.parametrize("line", ["Thứ sáu - 14/03/2025 09:30 512 0", "14/03/2025 09:30:12 | 1.204"], ids=str)
def test_a_pages_counters_after_its_dateline_are_no_values(line):
    assert [r.value for r in extract(f"Tin tức\n\n{line}\n\nNăm 2025, huyện phấn đấu có 3 xã đạt chuẩn.")] == [3]


@pytest.mark.parametrize("text,values", [
    ("Số năm sống khỏe bình quân đạt tối thiểu 69 năm.", [69]),
    ("Tuổi thọ bình quân đạt 76 năm.", [76]),
    ("Sau 03 năm thực hiện, có 6 xã đạt chuẩn.", [6]),
], ids=["a length of life reached, with its bound", "a length reached", "a duration"])
def test_a_length_of_time_reached_is_a_value_but_a_duration_is_not(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("text,values", [
    ('Bảo đảm mục tiêu "40% xã đặc biệt khó khăn thoát khỏi tình trạng khó khăn" vào năm 2030.', [40]),
    ('Phong trào "3 sạch, 5 không" thu hút 1.200 hộ tham gia.', [1200]),
], ids=["a share quoted as the aim", "numbers in a movement's name"])
def test_a_quoted_share_is_a_value_but_a_quoted_name_is_not(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("verb", EXC.reached_verbs, ids=str)
def test_every_verb_of_a_length_of_time_reached(verb):
    assert [r.value for r in extract(f"Tuổi thọ khỏe mạnh bình quân {verb} tối thiểu 69 năm.")] == [69]


@pytest.mark.parametrize("opener", EXC.standard_counted_openers, ids=str)
def test_every_opener_of_units_counted_before_the_parts_of_a_standard(opener):
    assert [r.value for r in extract(f"Giảm {opener} xã đạt dưới 10 tiêu chí xuống còn 4 xã.")] == [4]


@pytest.mark.parametrize("bound", EXC.standard_bounds, ids=str)
def test_every_bound_before_the_parts_of_a_standard(bound):
    assert [r.value for r in extract(f"Có 45 thôn đạt {bound} 5 tiêu chí.")] == [45]


@pytest.mark.parametrize("joiner", EXC.age_span_joiners, ids=str)
@pytest.mark.parametrize("bound", [""] + EXC.age_span_bounds, ids=repr)
def test_every_way_an_age_span_joins_its_ends(joiner, bound):
    assert [r.value for r in extract(f"Có 80% trẻ em từ 6 {joiner} {bound} 16 tuổi biết bơi.".replace("  ", " "))] == [80]


@pytest.mark.parametrize("verb", load_lexicon("exclusions").share_qualifier_verbs, ids=str)
def test_what_each_unit_a_share_counts_must_have_is_no_value(verb):
    values = [r.value for r in extract(f"Phấn đấu 100% chi đoàn khu dân cư {verb} ít nhất 2 phần việc tình nguyện.")]
    assert values == [100]


def test_what_each_unit_a_share_counts_must_have_is_no_value_when_written_as_a_word():
    values = [r.value for r in extract("Phấn đấu 90% hộ cận nghèo có ít nhất một người có bảo hiểm y tế.")]
    assert values == [90]


def test_a_number_inside_a_long_quoted_document_name_is_no_value():
    text = ('Bộ trưởng ký quyết định phê duyệt Đề án "Nâng cao giá trị 300 nghìn ha rừng trồng gỗ lớn có chứng chỉ bền '
            'vững gắn với chế biến sâu và thị trường xuất khẩu vùng Bắc Trung Bộ đến năm 2030". Mục tiêu đến năm 2030 có 500 hợp tác xã.')
    assert [r.value for r in extract(text)] == [500]


def test_a_pictures_number_after_the_headline_it_repeats_is_no_value():
    text = ("Tỉnh phê duyệt đề án trồng rừng gỗ lớn tại 5 huyện\n\nTin địa phương\n\n"
            "Tỉnh phê duyệt đề án trồng rừng gỗ lớn tại 5 huyện - 1\n\nĐến năm 2030, diện tích rừng gỗ lớn đạt 12.000 ha.")
    assert [r.value for r in extract(text)] == [12000]


@pytest.mark.parametrize("text,values", [
    ("Tỉnh chỉ đạo với phương châm “Kỷ cương; chủ động; sáng tạo”, với tinh thần “3 quyết tâm”, “4 đẩy mạnh”; "
     "tăng trưởng đạt 8%.", [8]),
    ("Chị Hà Thị Lan (29 tuổi, dân tộc Mường) được bầu làm Bí thư; Đoàn phấn đấu kết nạp 500 đoàn viên.", [500]),
    ("Đoàn phấn đấu kết nạp 500 đoàn viên mới.\nChia sẻ bài viết này\nBình luận (0)", [500]),
    ("Hội phấn đấu kết nạp 500 hội viên. Đại hội thông qua chương trình hành động nhiệm kỳ 20", [500]),
], ids=["curly-quoted-name", "age-of-a-person", "comment-counter", "year-cut-off"])
def test_names_ages_counters_and_cut_years_are_no_values(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("owner", EXC.stock_owners, ids=str)
def test_what_a_units_own_organization_has_is_a_value(owner):
    assert [r.value for r in extract(f"{owner.capitalize()} xã có 23 chi bộ trực thuộc và 640 đảng viên.")] == [23, 640]


@pytest.mark.parametrize("phrase", EXC.not_logistics, ids=str)
def test_a_noun_that_only_begins_like_page_furniture_is_counted(phrase):
    assert [r.value for r in extract(f"Toàn xã hiện có 45 {phrase} chăn nuôi tập trung.")] == [45]


@pytest.mark.parametrize("text,values", [
    ("Cả 21 chỉ tiêu của nhiệm kỳ đều hoàn thành, có 14 chỉ tiêu vượt kế hoạch.", [21, 14]),
    ("Năm 2021, xã Tân Lập đã đạt 17/19 tiêu chí nông thôn mới.", [17]),
], ids=["targets-met-after-the-count", "a-year-is-no-count-of-units"])
def test_counts_of_targets_and_criteria_met_are_values(text, values):
    assert [r.value for r in extract(text)] == values


@pytest.mark.parametrize("day", ["Ngày Thầy thuốc Việt Nam 27/2.", "Ngày Quốc tế Phụ nữ 8/3, các cấp hội"], ids=str)
def test_the_date_of_a_named_day_is_no_value(day):
    assert extract(f"Dịp này, Hội tổ chức kỷ niệm {day}") == []


def test_a_count_after_a_named_day_is_still_a_value():
    assert [r.value for r in extract("Ngày hội đại đoàn kết có 12/12 thôn tham gia.")] == [12]


def test_the_first_day_of_a_span_of_dates_is_a_date():
    assert [r.value for r in extract("Chiến dịch diễn ra từ 01/6 - 31/8/2026 với 30 đội hình.")] == [30]


def test_the_verb_of_another_figure_before_does_not_make_a_count_of_aims_achieved():
    text = ("UBND tỉnh ban hành kế hoạch với các mục tiêu kinh tế số (tỷ lệ lao động đạt trên 3%) "
            "và 9 mục tiêu phát triển xã hội số đến năm 2030.")
    assert [r.value for r in extract(text)] == [3]



@pytest.mark.parametrize("word", EXC.date_words, ids=str)
def test_a_day_and_month_right_after_a_word_of_dates_is_a_date_even_with_words_after(word):
    text = f"Tại buổi họp báo {word} 3.10 tại Hà Nội, Hội cho biết năm 2031 đạt 1.5 tấn."
    assert [r.value for r in extract(text)] == [1.5]


@pytest.mark.parametrize("bound", EXC.standard_bounds, ids=str)
def test_what_each_unit_a_share_after_it_counts_must_have_is_no_value(bound):
    text = f"Năm 2031, tỷ lệ hộ gia đình có {bound} 1 thành viên tham gia bảo hiểm y tế đạt 95%."
    assert [r.value for r in extract(text)] == [95]
    # (a share after a comma is another predicate: "mỗi xã có ít nhất 1 mô hình, đạt 100% kế hoạch")
    assert [r.value for r in extract(f"Năm 2031, mỗi chi hội có {bound} 2 mô hình, đạt 100% kế hoạch.")] == [2, 100]


@pytest.mark.parametrize("symbol", EXC.measure_symbols, ids=str)
def test_a_sign_in_brackets_before_a_measure_says_which_units(symbol):
    text = f"Lắp thiết bị giám sát bụi tại 100% công trình lớn (>10.000 {symbol}) trên địa bàn."
    assert [r.value for r in extract(text)] == [100]


@pytest.mark.parametrize("word", EXC.bracket_value_words, ids=str)
def test_a_sign_in_brackets_after_a_word_of_value_is_the_value(word):
    assert one(f"Diện tích rừng trồng mới {word} (≥ 500 ha).").value == 500


def test_an_index_threshold_in_brackets_is_a_condition():
    text = "Khi chất lượng không khí xấu (AQI ≥ 201), tạm dừng 100% hoạt động ngoài trời của trường học."
    assert [r.value for r in extract(text)] == [100]


def test_a_share_in_brackets_with_a_sign_stays_a_value():
    assert one("Tỷ lệ hộ dân dùng nước sạch (≥ 95%).").value == 95


@pytest.mark.parametrize("noun", EXC.elected_listed_nouns, ids=str)
def test_the_list_of_the_elected_goes_on_over_semicolons(noun):
    text = (f"Ban Chấp hành đã bầu 11 đồng chí vào Ban Thường vụ Huyện ủy; 2 {noun} Phó Bí thư Huyện ủy; "
            "phấn đấu kết nạp 300 đảng viên; 500 người được đào tạo nghề.")
    assert [r.value for r in extract(text)] == [300, 500]


def test_a_range_that_each_unit_a_share_counts_must_have_is_no_value():
    text = "Đến năm 2035, 100% thôn, bon, bản có 2-3 km đường giao thông được cứng hóa."
    assert [r.value for r in extract(text)] == [100]


@pytest.mark.parametrize("word", EXC.date_words, ids=str)
def test_a_share_after_a_date_and_comma_is_a_figure_not_one_more_date(word):
    text = f"Trong {word} 3, 95% hộ dân tham gia; {word} 3, 4 và 5 tổ chức ra quân."
    assert [r.value for r in extract(text)] == [95]


def test_a_dash_typed_after_a_word_as_a_lists_is_no_code():
    text = "Đến năm 2030, 100% huyện có thư viện, khu vui chơi trẻ em- 100% xã có khu sinh hoạt văn hoá."
    assert [r.value for r in extract(text)] == [100, 100]
    assert extract("Phòng, chống dịch COVID-19 trên địa bàn.") == []


@pytest.mark.parametrize("word", EXC.rank_words, ids=str)
def test_a_place_in_a_ranking_is_a_figure_not_a_numbering(word):
    text = f"Năm 2031, tốc độ tăng trưởng GRDP đạt 8,1%, {word} 6 toàn quốc. Đại hội lần thứ 12 diễn ra tháng 10."
    assert [r.value for r in extract(text)] == [8.1, 6]
