"""Tests of the change component: amounts of change and their comparator."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

CMP = load_lexicon("comparators")


@pytest.mark.parametrize("kind,word", [(k, w) for k, ws in sorted(CMP.change.items()) for w in ws],
                         ids=lambda x: str(x))
def test_every_change_word(kind, word):
    assert one(f"Số hội viên {word} 353 người so với năm trước.", 353).change == kind


@pytest.mark.parametrize("kind,word,base", [(k, w, b) for k, ws in sorted(CMP.comparison_change.items())
                                             for w in ws for b in CMP.comparison_base], ids=lambda x: str(x))
def test_comparison_with_a_base_is_an_amount_of_change(kind, word, base):
    r = one(f"Tỷ lệ tập hợp hội viên {word} 5% {base} năm 2020.")
    assert (r.change, r.comparator) == (kind, "=")
    assert one(f"Tỷ lệ tập hợp hội viên {word} 5%.").change is None  # no base: a bound


@pytest.mark.parametrize("text,comparator,change", [
    ("Kết nạp nhiều hơn 50 hội viên so với năm trước.", "=", "increase"),
    ("Phấn đấu không ít hơn 90 hội viên mới.", ">=", None),
], ids=["nhieu-hon-is-the-change", "negated-is-a-bound"])
def test_change_words_with_hon(text, comparator, change):
    r = one(text)
    assert (r.comparator, r.change) == (comparator, change)


@pytest.mark.parametrize("word", CMP.negations, ids=str)
def test_negated_change_word_is_a_bound(word):
    r = one(f"Phấn đấu {word} ít hơn 90 hội viên mới.")
    assert (r.comparator, r.change) == (">=", None)


@pytest.mark.parametrize("word", CMP.neutral_before, ids=str)
def test_neutral_before_word_yields_to_a_range_and_an_after_word(word):
    assert one(f"Tỷ lệ hộ nghèo {word} 5% trở xuống.").comparator == "<="
    assert one(f"Tỷ lệ tập hợp {word} 85 đến 90%.").comparator == "between"


@pytest.mark.parametrize("word", CMP.change_to_level, ids=str)
def test_change_to_a_level_is_not_a_change(word):
    assert one(f"Tỷ lệ hộ nghèo giảm {word} 2,5%.").change is None


@pytest.mark.parametrize("filler", CMP.change_fillers, ids=str)
def test_every_change_filler(filler):
    assert one(f"Tỷ lệ hộ nghèo giảm {filler} 1,5%/năm.").change == "decrease"


@pytest.mark.parametrize("word", CMP.growth_words, ids=str)
def test_a_growth_rate_is_an_increase(word):
    r = one(f"Tốc độ {word} giá trị sản xuất bình quân 10%/năm.")
    assert (r.change, r.comparator) == ("increase", "=")


@pytest.mark.parametrize("text,change", [
    ("KẾ HOẠCH\n4. Giảm tỷ lệ hộ cận nghèo 1,5% trở lên.", "decrease"),
    ("KẾ HOẠCH\n- Giảm tỷ lệ sinh con thứ ba: 1,2%.", "decrease"),
    ("KẾ HOẠCH\n1. Tốc độ tăng doanh thu dịch vụ: 10 - 11%.", "increase"),
], ids=["item-opens-with-a-change", "label-opens-with-a-change", "growth-label"])
def test_an_item_that_opens_with_a_change_verb(text, change):
    assert [r.change for r in extract(text)] == [change]


@pytest.mark.parametrize("word", CMP.not_change, ids=str)
def test_verbs_that_only_begin_like_a_change(word):
    assert [r.change for r in extract(f"KẾ HOẠCH\n- {word.capitalize()} công tác vận động: 100% thôn có chi hội.")] == [None]


def test_a_rate_per_year_stays_with_its_own_value():
    rs = extract("KẾ HOẠCH\n- Tỷ lệ hộ nghèo hạ bình quân 1,8%/năm; tỷ lệ che phủ rừng đạt 52%.")
    assert [r.frequency for r in rs] == ["annual", None]


@pytest.mark.parametrize("word", CMP.decline_words, ids=str)
def test_a_rate_of_decline_is_a_decrease(word):
    assert one(f"Phấn đấu {word} hộ nghèo bình quân đạt 2%.").change == "decrease"


def test_a_count_out_of_a_total_is_no_change():
    assert one("Thị trấn thực hiện đạt và vượt 7/7 chỉ tiêu.").change is None


@pytest.mark.parametrize("words", CMP.met_and_beyond, ids=str)
def test_targets_met_and_beyond_are_no_change(words):
    assert one(f"Huyện đã thực hiện {words} 7/7 chỉ tiêu.").change is None


@pytest.mark.parametrize("text,changes", [
    ("Giảm 1,5% tổng số hộ nghèo và 4% số hộ nghèo ở vùng đồng bào.", ["decrease", "decrease"]),
    ("Tăng 5% số hội viên, 10% số chi hội.", ["increase", "increase"]),
    ("Giảm 2% hộ nghèo, đạt 95% hộ có việc làm.", ["decrease", None]),
    ("Trồng được 21 ha quế (vượt 6 ha so với chỉ tiêu), 40 ha cây lâm nghiệp.", [None, "increase", None]),
    ("Giảm 15% số người bị thương do tai nạn lao động vào năm 2026 và 25% vào năm 2030.",
     ["decrease", "decrease"]),
    ("Có thêm 4 thôn đạt chuẩn văn hóa và 2 thôn đạt chuẩn văn hóa tiêu biểu.", ["increase", "increase"]),
    ("Có thêm 6 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu.",
     ["increase", "increase"]),
    ("Có thêm 6 xã đạt chuẩn nông thôn mới, 3 xã được công nhận an toàn khu.", ["increase", None]),
], ids=["second object after và", "second object after a comma", "a verb between", "an aside in brackets",
        "a long object with its own year", "the object repeated verb and all",
        "the repeated object qualified otherwise", "another predicate after the second"])
def test_a_second_object_of_the_change_verb_takes_its_change(text, changes):
    assert [r.change for r in extract(text)] == changes


@pytest.mark.parametrize("word", CMP.cumulative_words, ids=str)
def test_a_level_restated_after_a_change_takes_no_change(word):
    assert [r.change for r in extract(f"Số xã đạt chuẩn tăng thêm 4 xã, {word} 61 xã.")] == ["increase", None]


@pytest.mark.parametrize("kind,verb", [(k, w) for k, ws in CMP.object_change_verbs.items() for w in ws], ids=str)
def test_a_change_verb_with_its_object_before_the_amount(kind, verb):
    text = f"Mục tiêu {verb} thu ngân sách trên địa bàn mỗi năm bình quân 6 - 7%."
    assert [r.change for r in extract(text)] == [kind]


@pytest.mark.parametrize("word", CMP.change_to_level, ids=str)
def test_a_level_word_after_the_object_makes_the_value_a_level(word):
    assert [r.change for r in extract(f"Giảm tỷ lệ trẻ em suy dinh dưỡng {word} 12%.")] == [None]


@pytest.mark.parametrize("opener", load_lexicon("comparators").list_change_openers, ids=str)
def test_the_items_of_a_list_of_counts_share_the_addition_its_first_item_opens_with(opener):
    text = (f"Năm 2027, toàn huyện phấn đấu: {opener.capitalize()} 3 xã và 12 thôn đạt chuẩn nông thôn mới; "
            "2 xã đạt chuẩn kiểu mẫu; 15 sản phẩm OCOP 3 sao.")
    assert [r.change for r in extract(text)] == ["increase"] * 4


def test_a_share_after_a_change_of_another_thing_keeps_its_level():
    assert [r.change for r in extract("Tăng 5% thu ngân sách; 90% hộ dân dùng nước sạch.")] == ["increase", None]


@pytest.mark.parametrize("marker", load_lexicon("kinds").part_markers, ids=str)
def test_the_parts_a_growth_is_spelled_out_in_share_its_change(marker):
    text = (f"Tốc độ tăng trưởng kinh tế năm 2031 đạt 7,06%. {marker.capitalize()}, công nghiệp - xây dựng 10,76%, "
            "dịch vụ 10,09%; có 95% hộ dân dùng nước sạch.")
    assert [r.change for r in extract(text)] == ["increase"] * 3 + [None]
