"""Tests of the quantities component: numbers, units, ranges, fractions, spelled numbers, table cells."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

UNITS = load_lexicon("units")




@pytest.mark.parametrize("text,value,unit,extra", [
    ("Hội Nông dân đạt 90% trở lên.", 90, "percent", {}),
    ("Hội Phụ nữ đạt 90 % trở lên.", 90, "percent", {}),
    ("Hằng năm đăng ký ít nhất 01 việc làm mới.", 1, "count", {}),
    ("Kinh phí dự kiến: 3.275 triệu đồng.", 3_275_000_000, "vnd", {}),
    ("Năm 2016: 1 tỷ.", 1_000_000_000, "vnd", {}),
    ("Thu nhập bình quân đạt 3.500 USD.", 3500, "usd", {}),
    ("Đã có 08/12 nhóm chỉ tiêu đạt.", 8, "count", {"denominator": 12}),
    ("Vốn huy động 45.799/36.875 tỷ đồng.", 45_799e9, "vnd", {"denominator": 36_875e9}),
    ("Xây dựng từ 8 - 12 mô hình.", 8, "count", {"value_max": 12, "comparator": "between"}),
    ("Kết nạp 2.500 - 3.000 đoàn viên.", 2500, "count", {"value_max": 3000}),
    ("Tăng trưởng đạt 6,5 – 7%.", 6.5, "percent", {"value_max": 7}),
    ("Tuổi thọ trung bình đạt 74,5 tuổi.", 74.5, "count", {}),
    ("Tỷ lệ che phủ rừng 1,5 lần.", 1.5, "count", {}),
], ids=["percent", "percent-space", "zero-padded", "million-dong", "bare-ty", "usd", "fraction",
        "money-fraction", "range-count", "range-thousands", "range-en-dash", "age-measure", "times"])
def test_quantity_values(text, value, unit, extra):
    r = one(text)
    assert r.value == pytest.approx(value) and r.unit == unit
    for k, v in extra.items():
        assert getattr(r, k) == pytest.approx(v) if isinstance(v, (int, float)) else getattr(r, k) == v


@pytest.mark.parametrize("text", [
    "Triển khai Nghị quyết số 14-NQ/TU, ngày 03/11/2023 của Tỉnh ủy.",
    "Quyết định 145 – QĐ/TW ngày 05/3/2019 của Bộ Chính trị.",
    "Pháp lệnh số 21/2012/PL-UBTVQH13 của Ủy ban Thường vụ Quốc hội khóa 13.",
    "Cụ thể hóa với 09 mục tiêu và 06 nhiệm vụ.",
    "Đánh giá 03 năm triển khai Đề án số 05.",
    "Hội nghị truyền hình tới 96 điểm cầu với sự tham dự của hơn 7.500 đại biểu.",
    "Chiều 26/7, hội nghị đã diễn ra.",
    "Giai đoạn 2021 - 2025 và đến năm 2030.",
    'Phong trào "5 xung kích" được nhân rộng.',
    "Gia đình 5 không, 3 sạch.",
    "Phụ nữ từ 18 tuổi trở lên; thanh niên từ 16 đến 30 tuổi.",
    "Phòng chống COVID-19 hiệu quả.",
], ids=["doc-number-date", "decision-symbol", "ordinance", "document-numbering", "duration",
        "logistics", "date", "years", "name-in-quotes", "slogan", "ages", "name-with-number"])
def test_numbers_that_are_not_values(text):
    assert extract(text) == []


def test_page_furniture_lines():
    text = "Lượt xem: 4863\nĐang online: 1\nHôm nay: 25\n1 2\nHội Nông dân đạt 90%."
    assert [r.value for r in extract(text)] == [90]


def test_population_qualifier_is_not_a_value():
    rs = extract("Liên đoàn Lao động phấn đấu 92% trở lên doanh nghiệp có từ 40 công nhân thành lập công đoàn.")
    assert [r.value for r in rs] == [92]


def test_spelled_out_number_after_comparator():
    r = one("Hằng quý tổ chức ít nhất một buổi tiếp xúc với nhân dân.")
    assert (r.value, r.comparator, r.frequency) == (1, ">=", "quarterly")


@pytest.mark.parametrize("row,value,unit", [
    ("1 | Tỷ lệ tập hợp hội viên Hội Nông dân | % | 85", 85, "percent"),
    ("2. | Kinh phí hỗ trợ mô hình | triệu đồng | 150", 150_000_000, "vnd"),
    ("3 | Số mô hình dân vận khéo | Mô hình | 20", 20, "count"),
], ids=["percent-column", "money-column", "count-column"])
def test_table_row_number_is_skipped_and_the_unit_column_applies(row, value, unit):
    text = "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch\n" + row + "\n"
    r = one(text)
    assert (r.value, r.unit) == (value, unit)
    assert text[r.span[0]:r.span[1]] == row.rsplit(" | ", 1)[1]


@pytest.mark.parametrize("word,value", list(UNITS.number_words.items()), ids=str)
def test_every_spelled_number_after_a_comparator(word, value):
    assert one(f"Hằng quý tổ chức ít nhất {word} buổi tiếp xúc với nhân dân.").value == value


@pytest.mark.parametrize("word", UNITS.not_currency, ids=str)
def test_every_word_that_starts_like_a_currency(word):
    assert one(f"Phấn đấu cử 02 {word} tham gia.").unit == "count"


@pytest.mark.parametrize("word", UNITS.not_multiplier, ids=str)
def test_a_year_before_a_word_that_starts_like_a_multiplier_is_no_money(word):
    # "đến năm 2025 tỷ trọng ...": the year stays a year, the share is the value
    assert [(r.value, r.unit) for r in extract(f"Phấn đấu đến năm 2025 {word} đạt 40%.")] == [(40.0, "percent")]


@pytest.mark.parametrize("joiner", UNITS.range_joiners, ids=str)
def test_every_range_joiner(joiner):
    r = one(f"Thành lập 8 {joiner} 12 mô hình.")
    assert (r.value, r.value_max, r.comparator) == (8, 12, "between")


def test_a_table_cell_with_a_bound_takes_the_unit_column_and_the_row_label_its_change():
    text = ("KẾ HOẠCH\nSTT | Chỉ tiêu | Đơn vị | Kế hoạch\n1 | Tỷ lệ hộ dùng nước sạch | % | ≥ 70\n"
            "2 | Giảm tỷ lệ hộ nghèo | % | 2\n3 | Số hội viên mới | người | 500")
    assert [(r.value, r.unit, r.comparator, r.change) for r in extract(text)] == [
        (70, "percent", ">=", None), (2, "percent", "=", "decrease"), (500, "count", "=", None)]


@pytest.mark.parametrize("digits", ["\U00011f50\U00011f51", "٣٥", "३५"], ids=["kawi", "arabic-indic", "devanagari"])
def test_digits_of_other_scripts_are_no_numbers(digits):
    assert extract(f"KẾ HOẠCH\n- Đạt {digits}% trở lên.") == []


def test_a_range_that_goes_down_is_a_list_of_values():
    text = "Tỷ trọng dịch vụ, công nghiệp, nông nghiệp lần lượt tương ứng 41,5% - 30,2% - 28,3%."
    assert [(r.value, r.value_max) for r in extract(text)] == [(41.5, None), (30.2, None), (28.3, None)]


@pytest.mark.parametrize("idiom,value", list(UNITS.digit_idioms.items()), ids=str)
def test_a_rate_named_by_its_number_of_digits(idiom, value):
    r = one(f"Phấn đấu GRDP tăng trưởng {idiom} trong giai đoạn tới.")
    assert (r.value, r.unit, r.comparator) == (value, "percent", ">=")


@pytest.mark.parametrize("text,value", [
    ("Tổng dự toán 71 tỷ 315 triệu đồng.", 71_315_000_000),
    ("Vốn tỉnh hỗ trợ 2 tỉ 980 triệu đồng.", 2_980_000_000),
    ("Kinh phí 1 tỷ 500 nghìn đồng.", 1_000_500_000),
], ids=["ty-trieu", "ti-trieu", "ty-nghin"])
def test_an_amount_written_in_two_parts_is_one_value(text, value):
    records = extract(text)
    assert [r.value for r in records] == [value]
    assert text[records[0].span[0]:records[0].span[1]].endswith("đồng")


def test_an_amount_written_in_full_against_one_in_words_keeps_its_value():
    records = extract("Quỹ quyên góp được 12.305.118.400/8,5 tỷ đồng; thu 45/50 tỷ đồng.")
    assert [(r.value, r.denominator) for r in records] == [(12_305_118_400, 8_500_000_000), (45e9, 50e9)]


@pytest.mark.parametrize("noun", UNITS.per_time_nouns, ids=str)
def test_a_slash_before_a_length_of_time_is_no_total(noun):
    [r] = extract(f"Nguồn vốn xã hội hóa dự kiến là 96,5 tỷ đồng/5 {noun}.")
    assert (r.value, r.unit, r.denominator) == (96.5e9, "vnd", None)


@pytest.mark.parametrize("noun", UNITS.money_nouns, ids=str)
def test_millions_with_nothing_counted_after_them_are_money_where_money_is_named(noun):
    assert [r.unit for r in extract(f"Năm 2030, {noun} đạt 76 triệu; dân số 1,2 triệu.")] == ["vnd", "count"]


def test_millions_beside_another_amount_of_the_clause_are_money():
    text = "Quỹ A được gần 215 triệu đồng, quỹ B được trên 57 triệu, 3 triệu lượt người tham gia."
    assert [r.unit for r in extract(text)] == ["vnd", "vnd", "count"]


def test_a_table_read_one_cell_a_line_gives_its_unit_line_to_the_values_below():
    text = ("Chỉ tiêu kế hoạch năm 2031\n\nSTT\n\nChỉ tiêu\n\nĐơn vị\n\nKế hoạch\n\n1\n\nTốc độ tăng tổng sản phẩm\n\n%\n\n"
            "Khoảng 6,5\n\nKhoảng 7\n\n2\n\nGRDP bình quân đầu người\n\nUSD\n\nKhoảng 4.200\n\n3\n\n"
            "Số lao động được tạo việc làm\n\nNgười\n\n1.500\n\n4\n\nMức giảm tỷ lệ hộ nghèo\n\nĐiểm %\n\n1 - 1,5")
    assert [(r.value, r.unit) for r in extract(text)] == [
        (6.5, "percent"), (7, "percent"), (4200, "usd"), (1500, "count"), (1, "percent")]


@pytest.mark.parametrize("word", UNITS.spelled_after, ids=str)
def test_a_spelled_number_after_a_word_of_adding(word):
    r = one(f"Đến năm 2030, {word} hai huyện đạt chuẩn nông thôn mới.")
    assert (r.value, r.unit) == (2, "count")
