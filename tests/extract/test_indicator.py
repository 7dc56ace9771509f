"""Tests of the indicator component."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

RULES = load_lexicon("indicators").rules




@pytest.mark.parametrize("text,indicators", [
    ("Hội Nông dân phấn đấu 95% chi hội trưởng có trình độ trung học phổ thông trở lên, vận động 90% hộ "
     "hội viên góp sức xây dựng nông thôn mới.", ["cadre_standard", "new_rural_area"]),
    ("Hội Phụ nữ có 92% chi hội xếp loại vững mạnh, 88% hội viên được học tập nghị quyết.",
     ["unit_rating", "political_study"]),
], ids=["cadre-then-rural", "rating-then-study"])
def test_indicator_is_read_from_the_values_own_words_first(text, indicators):
    assert [r.indicator for r in extract(text)] == indicators


@pytest.mark.parametrize("key,phrase,with_", [(r.key, a, (r.with_ or [""])[0]) for r in RULES for a in r.any],
                         ids=lambda x: str(x))
def test_every_indicator_phrase(key, phrase, with_):
    if key == "funding":
        text = f"Bố trí {phrase}: 500 triệu đồng."
    elif with_ == "" and any(r.counted_with for r in RULES if r.key == key and phrase in r.any):
        text = f"Phấn đấu {phrase} ít nhất 02 {next(r.counted_with[0] for r in RULES if r.key == key and phrase in r.any)}."
    else:
        text = f"Phấn đấu ít nhất 02 {with_} {phrase}."
    r = one(text, 2 if key != "funding" else None)
    assert r.indicator == key or _earlier_rule_claims(r.indicator, key, phrase, with_)


def _earlier_rule_claims(found, key, phrase, with_):
    """A phrase shared by two rules belongs to the one listed first."""
    order = [r.key for r in RULES]
    if found not in order or order.index(found) >= order.index(key):
        return False
    rule = RULES[order.index(found)]
    text = f"{with_} {phrase}"
    return any(a in text for a in rule.any)


@pytest.mark.parametrize("rule", [r for r in load_lexicon("indicators").rules if r.not_orgs], ids=lambda r: r.key)
def test_the_mass_organizations_own_work_is_not_a_government_plans(rule):
    word = rule.any[0]
    text = f"ỦY BAN NHÂN DÂN TỈNH A\nKẾ HOẠCH\n- UBND các huyện bảo đảm 100% {word} theo quy định."
    assert [r.indicator for r in extract(text)] == ["other"]


def test_a_value_that_names_what_it_measures_does_not_take_the_next_values_words():
    text = ("Năm 2031, tỷ lệ hộ trả tiền điện qua ngân hàng bằng hình thức chuyển khoản đạt 80%, "
            "và 60% hợp tác xã bán hàng trên các nền tảng số.")
    assert [r.indicator for r in extract(text)] == ["other", "digital_adoption"]


def test_earlier_clauses_with_no_value_still_name_what_it_measures():
    text = "Mức hỗ trợ hộ nghèo; hỗ trợ hộ mới thoát nghèo được nâng lên 3,5 triệu đồng."
    assert [r.indicator for r in extract(text)] == ["poverty_reduction"]


def test_a_value_that_names_what_it_measures_after_a_comma_takes_no_indicator_of_the_words_before():
    text = "Phấn đấu đến năm 2030 không còn hộ nghèo (trừ hộ thuộc diện bảo trợ), 95% dân số có thẻ bảo hiểm y tế."
    assert [r.indicator for r in extract(text)] == ["other"]
    # (with nothing of its own after it, the clause still names it)
    assert [r.indicator for r in extract("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm, đến năm 2030 còn 2%.")] \
        == ["poverty_reduction", "poverty_reduction"]


@pytest.mark.parametrize("text", ["Nhiệm kỳ qua, Đảng bộ kết nạp 1.120 đảng viên, đạt 104,2% chỉ tiêu.",
                                  "Hằng năm kết nạp từ 210 đảng viên trở lên.",
                                  "Năm 2031, Đảng bộ huyện đã kết nạp được 188 đảng viên mới."], ids=str)
def test_the_partys_members_admitted_counted_after_the_verb(text):
    assert {r.indicator for r in extract(text)} == {"party_referral"}
    # (an association's members admitted are not the Party's)
    assert {r.indicator for r in extract(text.replace("đảng viên", "hội viên"))} != {"party_referral"}


def test_money_told_as_revenue_or_spent_is_no_funding():
    [r] = extract("Năm 2030, thu ngân sách nhà nước trên địa bàn đã đạt 870 tỷ đồng.")
    assert (r.kind, r.indicator) == ("result", "other")
    [r] = extract("Phấn đấu năm 2031 thu ngân sách nhà nước trên địa bàn đạt 950 tỷ đồng.")
    assert (r.kind, r.indicator) == ("target", "other")
    [r] = extract("Bố trí kinh phí thực hiện Đề án giai đoạn 2031 - 2035: 870 tỷ đồng.")
    assert (r.kind, r.indicator) == ("budget", "funding")


def test_the_next_values_admissions_do_not_name_this_ones_indicator():
    text = ("Tỷ lệ chi bộ, đảng viên được xếp loại hoàn thành tốt nhiệm vụ hằng năm đạt 87% trở lên, hằng năm kết nạp "
            "từ 760 đảng viên.")
    assert [r.indicator for r in extract(text)] == ["unit_rating", "party_referral"]
