"""Tests of the comparator component: bound words before and after the value, lead-ins, carrying."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

CMP = load_lexicon("comparators")


@pytest.mark.parametrize("text,op", [
    ("Hội Nông dân đạt 90% trở lên.", ">="),
    ("Đạt từ 98% trở lên.", ">="),
    ("Giới thiệu trên 200 đảng viên trở lên.", ">="),
    ("Có trên 80% chi hội hoạt động hiệu quả.", ">"),
    ("Trên 80% chi hội xếp loại khá trở lên.", ">"),
    ("Có 93% tổ hội xếp loại tốt nhiệm vụ trở lên.", "="),
    ("100% chi hội trưởng có bằng THPT trở lên.", "="),
    ("Thời gian giữ chức vụ không quá 02 nhiệm kỳ.", "<="),
    ("Tỷ lệ thất nghiệp dưới 3%.", "<"),
    ("Gần 10.000 hộ được hỗ trợ.", "<"),
    ("Đạt khoảng 65%.", "="),
    ("Mỗi quý ít nhất 01 buổi.", ">="),
], ids=["tro-len", "tu-tro-len", "tren-tro-len", "tren", "tren-rank", "rank-not-value", "qualification",
        "khong-qua", "duoi", "gan", "khoang", "it-nhat"])
def test_comparators(text, op):
    assert one(text).comparator == op


def test_lead_in_gives_its_comparator_to_the_list():
    rs = extract("Mức xếp loại giữ tối thiểu mỗi năm: Mặt trận Tổ quốc đạt 85%; Hội Nông dân đạt 90%.")
    assert [(r.org, r.comparator) for r in rs] == [("MTTQ", ">="), ("HND", ">=")]


def test_comparator_carries_across_objects_of_one_verb_only():
    assert [r.comparator for r in extract("Khen thưởng ít nhất 1 tập thể và 1 cá nhân.")] == [">=", ">="]
    rs = extract("Giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên vay vốn.")
    assert [r.comparator for r in rs] == [">=", "="]


@pytest.mark.parametrize("word,op", sorted(CMP.before.items()), ids=lambda x: str(x))
def test_every_before_word(word, op):
    r = one(f"Hội Nông dân phấn đấu {word} 90 hội viên mới tham gia.")
    assert r.comparator == op


@pytest.mark.parametrize("word,op", sorted(CMP.after.items()), ids=lambda x: str(x))
def test_every_after_word(word, op):
    assert one(f"Hội Nông dân đạt 90% {word}.").comparator == op


@pytest.mark.parametrize("filler", CMP.fillers, ids=str)
def test_every_filler_between_comparator_and_value(filler):
    assert one(f"Phấn đấu ít nhất {filler} 02 mô hình.", 2).comparator == ">="


@pytest.mark.parametrize("rank", CMP.rank_words, ids=str)
def test_every_rank_word_keeps_tro_len_off_the_value(rank):
    assert one(f"Có 80% chi hội xếp loại {rank} trở lên.", 80).comparator == "="


@pytest.mark.parametrize("word,op", sorted(CMP.lead_in.items()), ids=lambda x: str(x))
def test_every_lead_in_word(word, op):
    assert one(f"Tỷ lệ xếp loại duy trì {word} hằng năm: Hội Nông dân đạt 90%.").comparator == op


@pytest.mark.parametrize("verb", CMP.verbs, ids=str)
def test_every_verb_stops_a_carried_comparator(verb):
    rs = extract(f"Phấn đấu ít nhất 2 hộ thoát nghèo, {verb} 4 hộ khác.")
    assert [r.comparator for r in rs if r.value == 4] == ["="]


@pytest.mark.parametrize("text", [
    "Sản lượng cà phê ước đạt hơn 2.000 tấn, bằng 96% kế hoạch.",
    "Quỹ hỗ trợ nông dân đạt trên 12 tỷ đồng, cho vay 40 dự án.",
], ids=["bang", "new-predicate"])
def test_a_bound_does_not_carry_past_a_word_that_opens_another_predicate(text):
    assert [r.comparator for r in extract(text)] == [">", "="]


@pytest.mark.parametrize("joiner", CMP.carry_joiners, ids=str)
def test_every_carry_joiner_passes_the_bound_on(joiner):
    sep = joiner if joiner == "," else f" {joiner}"
    assert [r.comparator for r in extract(f"Kết nạp ít nhất 10 đoàn viên{sep} 5 hội viên.")] == [">=", ">="]
    assert [r.comparator for r in extract("Kết nạp ít nhất 10 đoàn viên hoặc 5 hội viên.")] == [">=", "="]


@pytest.mark.parametrize("sign,op", [(w, op) for w, op in sorted(CMP.before.items()) if not w[0].isalpha()],
                         ids=lambda x: str(x))
def test_comparison_signs_before_a_value(sign, op):
    assert one(f"Tỷ lệ hộ dùng nước sạch đạt {sign} 70%.").comparator == op


@pytest.mark.parametrize("word", CMP.baseline_to, ids=str)
def test_the_level_a_change_starts_from_is_not_a_value(word):
    rs = extract(f"Tỷ lệ hộ nghèo giảm từ 13,4% {word} 5,1%.")
    assert [r.value for r in rs] == [5.1]


def test_a_bound_after_from_is_not_a_starting_level():
    assert [r.value for r in extract("Hằng năm kết nạp từ 8 đảng viên trở lên và có 85% chi bộ vững mạnh.")] == [8, 85]


@pytest.mark.parametrize("word", load_lexicon("comparators").not_before_words, ids=str)
def test_a_comparator_word_inside_a_noun_is_no_bound(word):
    assert one(f"Hỗ trợ từ nguồn {word} trên 50 triệu đồng cho các hộ.").comparator == "="


@pytest.mark.parametrize("marker", load_lexicon("kinds").part_markers, ids=str)
def test_a_part_of_the_whole_keeps_no_bound_of_it(marker):
    assert [r.comparator for r in extract(f"Phấn đấu trên 90% số xã, {marker} 50% số xã đạt chuẩn nâng cao.")] == [">", "="]


@pytest.mark.parametrize("words", CMP.met_and_beyond, ids=str)
def test_met_and_beyond_before_a_quantity_is_an_aims_lower_bound(words):
    text = f"Nghị quyết với 18 chỉ tiêu chủ yếu là: sản lượng lúa {words} 9.300 tấn."
    [r] = extract(text)
    assert (r.comparator, r.change, r.kind) == (">=", None, "target")


@pytest.mark.parametrize("counted", ["7/7 chỉ tiêu", "12 chỉ tiêu", "5 nhiệm vụ"], ids=str)
def test_met_and_beyond_before_a_count_of_aims_is_no_bound(counted):
    [r] = extract(f"Tin tức\n\nNăm 2030, huyện đạt và vượt {counted}.")
    assert (r.comparator, r.change, r.kind) == ("=", None, "result")


@pytest.mark.parametrize("text,comparator", [
    ("Mỗi chi hội xóa ít nhất từ 2-5 hộ nghèo mỗi năm.", ">="),
    ("Tốc độ tăng trưởng kinh tế trên 8% - 9%.", ">"),
    ("Tăng trưởng đạt từ 7,5 - 8%.", "between"),
    ("Tăng trưởng khoảng 6,5 - 7%.", "between"),
], ids=["at-least-from-a-range", "above-a-range", "from-alone-is-a-range", "about-a-range"])
def test_a_bound_before_a_range_bounds_it(text, comparator):
    r = one(text)
    assert (r.comparator, r.value_max is not None) == (comparator, True)
