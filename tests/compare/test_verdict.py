"""Verdicts on aligned pairs (pipeline/compare/verdict.py) and the reason every row reads."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

sys.path.insert(0, str(Path(__file__).parent))
from compare_records import P, T  # noqa: E402

from pipeline.compare import compare  # noqa: E402
from pipeline.compare.verdict import Frame, judge, meets, reason, value_text, verdict_of  # noqa: E402
from pipeline.compare.wording import VERDICTS, Wording, wording  # noqa: E402

COUNT = dict(unit="count", indicator="other", counted="mô hình")
MONEY = dict(unit="vnd", comparator="=", indicator="funding", counted="kinh phí", kind="budget", org=None)

CASES = [
    # (id, parent, plan, reason code)
    ("ge90-vs-ge90-same", T(90, ">="), P(value=90, comparator=">="), "same"),
    ("ge90-vs-bare90-same", T(90, ">="), P(value=90, comparator="="), "same"),
    ("bare90-vs-bare90-same", T(90, "="), P(value=90, comparator="="), "same"),
    ("ge90-vs-ge95-stricter", T(90, ">="), P(value=95, comparator=">="), "stricter_min"),
    ("toi-thieu-90-vs-tren-90-stricter", T(90, ">="), P(value=90, comparator=">"), "stricter_min"),
    ("tren-75-vs-bare100-stricter", T(75, ">"), P(value=100, comparator="="), "stricter_min"),
    ("ge95-vs-bare90-weaker", T(95, ">="), P(value=90, comparator="="), "weaker_min"),
    ("tren-95-vs-toi-thieu-95-weaker", T(95, ">"), P(value=95, comparator=">="), "weaker_min"),
    ("bare100-vs-ge100-same", T(100, "="), P(value=100, comparator=">="), "same"),
    ("ge100-vs-bare100-same", T(100, ">="), P(value=100, comparator="="), "same"),
    ("bare100-vs-ge95-weaker", T(100, "="), P(value=95, comparator=">="), "weaker_min"),
    ("khong-qua-2-vs-1-stricter", T(2, "<=", unit="count"), P(value=1, comparator="<=", unit="count"),
     "stricter_max"),
    ("khong-qua-2-vs-duoi-2-stricter", T(2, "<=", unit="count"), P(value=2, comparator="<", unit="count"),
     "stricter_max"),
    ("khong-qua-2-vs-3-weaker", T(2, "<=", unit="count"), P(value=3, comparator="<=", unit="count"), "weaker_max"),
    ("duoi-5-vs-khong-qua-5-weaker", T(5, "<", unit="count"), P(value=5, comparator="<=", unit="count"),
     "weaker_max"),
    ("le2-vs-bare2-same-bare-is-max", T(2, "<=", unit="count"), P(value=2, comparator="=", unit="count"), "same"),
    ("le2-vs-bare3-weaker-bare-is-max", T(2, "<=", unit="count"), P(value=3, comparator="=", unit="count"),
     "weaker_max"),
    ("le2-vs-ge2-direction", T(2, "<=", unit="count"), P(value=2, comparator=">=", unit="count"),
     "not_comparable_direction"),
    ("ge90-vs-lt90-direction", T(90, ">="), P(value=90, comparator="<"), "not_comparable_direction"),
    ("range5-7-vs-range5-7-same", T(5, "between", value_max=7), P(value=5, comparator="between", value_max=7),
     "same"),
    ("range5-7-vs-range6-8-stricter", T(5, "between", value_max=7),
     P(value=6, comparator="between", value_max=8), "stricter_range"),
    ("range5-7-vs-range5-8-stricter", T(5, "between", value_max=7),
     P(value=5, comparator="between", value_max=8), "stricter_range"),
    ("range5-7-vs-range4-6-weaker", T(5, "between", value_max=7),
     P(value=4, comparator="between", value_max=6), "weaker_range"),
    ("range5-7-vs-ge8-stricter", T(5, "between", value_max=7), P(value=8, comparator=">="), "stricter_range"),
    ("ge90-vs-range85-95-weaker", T(90, ">="), P(value=85, comparator="between", value_max=95), "weaker_range"),
    ("le7-vs-range5-6-stricter", T(7, "<="), P(value=5, comparator="between", value_max=6), "stricter_range"),
    ("percent-vs-count-unit", T(90, ">="), P(value=90, comparator=">=", unit="count"), "not_comparable_unit"),
    ("3000-ho-ngheo-vs-30-phan-tram", T(3000, ">=", unit="count", indicator="poverty_reduction",
                                        counted="hộ nghèo thoát nghèo"),
     P(value=30, comparator="=", indicator="poverty_reduction", counted="số hộ nghèo thoát nghèo"),
     "not_comparable_unit"),
    ("50-phan-tram-xa-vs-7-tren-12-xa-stricter", T(50, "=", indicator="new_rural_area", counted="số xã"),
     P(value=7, denominator=12, unit="count", comparator="=", indicator="new_rural_area", counted="xã"),
     "stricter_min"),
    ("100-phan-tram-vs-8-tren-8-huyen-same", T(100, "=", indicator="other", counted="huyện"),
     P(value=8, denominator=8, unit="count", comparator="=", indicator="other", counted="huyện"), "same"),
    ("60-phan-tram-vs-2-tren-5-weaker", T(60, ">=", indicator="other", counted="xã"),
     P(value=2, denominator=5, unit="count", comparator="=", indicator="other", counted="xã"), "weaker_min"),
    ("enterprises-40-workers-vs-in-bloc-population",
     T(95, ">=", org="LDLD", indicator="org_coverage", counted="doanh nghiệp có từ 40 công nhân trở lên"),
     P(value=90, comparator="=", org="LDLD", indicator="org_coverage", counted="doanh nghiệp trong Khối"),
     "not_comparable_population"),
    ("levels-as-written-do-not-decide", T(90, ">=", level="province"), P(value=90, level="commune"), "same"),
    ("increase-vs-level-change", T(353, "=", unit="count", change="increase"),
     P(value=353, comparator="=", unit="count"), "not_comparable_change"),
    ("giam-1-5-vs-giam-2-stricter", T(1.5, "=", change="decrease", indicator="poverty_reduction", counted="hộ nghèo"),
     P(value=2, comparator="=", change="decrease", indicator="poverty_reduction", counted="hộ nghèo"),
     "stricter_min"),
    ("giam-xuong-con-3-vs-2-stricter",
     T(3, "=", indicator="poverty_reduction", counted=None, quote="Tỷ lệ hộ nghèo của xã giảm xuống còn 3%"),
     P(value=2, comparator="=", indicator="poverty_reduction", counted=None, quote="Tỷ lệ hộ nghèo còn 2%"),
     "stricter_max"),
    ("giam-con-3-vs-4-weaker",
     T(3, "=", indicator="poverty_reduction", counted=None, quote="Giảm tỷ lệ hộ nghèo xuống còn 3%"),
     P(value=4, comparator="=", indicator="poverty_reduction", counted=None, quote="Tỷ lệ hộ nghèo giảm còn 4%"),
     "weaker_max"),
    ("giam-xuong-duoi-12-as-change-vs-duoi-10-stricter",
     T(12, "<", change="decrease", indicator="other", counted=None,
       quote="Tỷ lệ trẻ em suy dinh dưỡng giảm xuống dưới 12%"),
     P(value=10, comparator="<", indicator="other", counted=None, quote="Tỷ lệ trẻ em suy dinh dưỡng dưới 10%"),
     "stricter_max"),
    ("moi-xa-vs-moi-xa-thi-tran-stricter", T(1, ">=", quote="Mỗi xã, phường, thị trấn duy trì ít nhất 01 mô hình",
                                             **COUNT),
     P(value=2, comparator=">=", quote="Mỗi xã, thị trấn duy trì ít nhất 02 mô hình", **COUNT), "stricter_min"),
    ("quarterly-vs-annual-weaker", T(1, ">=", frequency="quarterly", **COUNT),
     P(value=1, comparator=">=", frequency="annual", **COUNT), "weaker_frequency"),
    ("per-term-vs-annual-stricter", T(1, ">=", frequency="per_term", **COUNT),
     P(value=1, comparator=">=", frequency="annual", **COUNT), "stricter_frequency"),
    ("by2025-vs-annual-redated", T(90, ">=", deadline_year=2025),
     P(value=90, frequency="annual", period=(2021, 2025)), "redated_frequency"),
    ("annual-vs-by2025-redated", T(90, ">=", frequency="annual", deadline_year=2025),
     P(value=90, deadline_year=2025), "redated_frequency"),
    ("by2030-vs-by2025-redated-earlier", T(98, ">=", deadline_year=2030), P(value=98, deadline_year=2025),
     "redated_earlier"),
    ("by2025-vs-by2026-redated-later", T(98, ">=", deadline_year=2025), P(value=98, deadline_year=2026),
     "redated_later"),
    ("annual-in-overlapping-terms-same", T(1, ">=", frequency="annual", period=(2027, 2032)),
     P(value=1, comparator=">=", frequency="annual", period=(2026, 2031)), "same"),
    ("2026-2030-vs-2021-2025-redated", T(95, ">=", frequency="annual", period=(2026, 2030)),
     P(value=95, frequency="annual", period=(2021, 2025)), "redated_earlier"),
    ("2021-2025-vs-2026-2030-redated", T(95, ">=", frequency="annual", period=(2021, 2025)),
     P(value=95, frequency="annual", period=(2026, 2030)), "redated_later"),
    ("2022-2030-vs-2021-2030-by2030-same", T(70, ">=", deadline_year=2030, period=(2022, 2030)),
     P(value=70, deadline_year=2030, period=(2021, 2030)), "same"),
    ("plan-issued-a-year-later-same-end-same", T(70, ">=", period=(2022, 2030)),
     P(value=70, period=(2021, 2030)), "same"),
    ("one-year-plan-vs-yearly-target-same", T(7.5, ">=", frequency="annual", period=(2021, 2025)),
     P(value=7.5, comparator=">=", period=(2023, 2023)), "same"),
    ("one-year-plan-outside-the-period-redated", T(7.5, ">=", frequency="annual", period=(2021, 2025)),
     P(value=7.5, comparator=">=", period=(2027, 2027)), "redated_later"),
    ("five-year-total-vs-one-year-not-comparable",
     T(150e12, ">", unit="vnd", indicator="other", counted="tỷ đồng", period=(2021, 2025),
       quote="Vốn đầu tư toàn xã hội trong 5 năm ước trên 150 nghìn tỷ đồng"),
     P(value=40e12, comparator=">=", unit="vnd", indicator="other", counted="tỷ đồng", period=(2024, 2024),
       quote="Vốn đầu tư toàn xã hội của năm 2024 đạt 40 nghìn tỷ đồng trở lên"), "not_comparable_total"),
    ("annual-vs-unstated-time-same", T(95, ">=", frequency="annual"), P(value=95), "same"),
    ("value-decides-over-time", T(90, ">=", deadline_year=2025), P(value=75, frequency="annual"), "weaker_min"),
    ("budget-carried-down", T(600_000_000, **MONEY), P(value=600_000_000, **MONEY), "same_budget"),
    ("budget-raised", T(600_000_000, **MONEY), P(value=800_000_000, **MONEY), "stricter_budget"),
    ("budget-cut", T(600_000_000, **MONEY), P(value=180_000_000, **MONEY), "weaker_budget"),
    ("budget-yearly-vs-total", T(600_000_000, frequency="annual", **MONEY), P(value=2_400_000_000, **MONEY),
     "not_comparable_budget"),
]


@pytest.mark.parametrize("ref, plan, code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_verdict(ref, plan, code):
    rows = compare([ref], [plan])
    assert len(rows) == 1, [(r.verdict, r.score) for r in rows]
    row = rows[0]
    assert (row.reason_code, row.verdict) == (code, verdict_of(code))
    assert row.reason and "{" not in row.reason and row.reason == reason(code, ref, plan)


def test_every_reason_in_the_yaml_is_exercised():
    # (the last two: PER_UNIT and TERRITORY)
    covered = {c[3] for c in CASES} | {"missing", "added", "not_comparable_per_unit", "not_comparable_territory",
                                       "not_comparable_measure"}
    assert set(wording().reasons) == covered
    assert {verdict_of(c) for c in covered} == set(VERDICTS)


def test_reason_reads_like_the_issue():
    row = compare([T(95, ">=")], [P(value=90, comparator="=")])[0]
    assert row.reason == "Kế hoạch đặt 90%, thấp hơn mức 95% trở lên của văn bản cấp trên"


PER_UNIT = [
    ("per-branch-vs-a-district-total", Frame(unit_level="unit"), Frame(issuer_level="district"), False),
    ("per-commune-vs-a-district-total", Frame(unit_level="commune"), Frame(issuer_level="district"), False),
    ("per-district-vs-a-district-total", Frame(unit_level="district"), Frame(issuer_level="district"), True),
    ("per-commune-vs-a-total-of-unknown-level", Frame(unit_level="commune"), Frame(), True),
    ("a-total-broken-down-per-commune", Frame(issuer_level="province"), Frame(unit_level="commune"), True),
    ("per-commune-vs-per-branch", Frame(unit_level="commune"), Frame(unit_level="unit"), True),
]


@pytest.mark.parametrize("ref_frame, plan_frame, fits", [c[1:] for c in PER_UNIT], ids=[c[0] for c in PER_UNIT])
def test_a_count_for_each_unit_against_a_total(ref_frame, plan_frame, fits):
    ref = T(1, ">=", counted="đoàn viên ưu tú", indicator="party_referral", unit="count")
    plan = P(value=150, comparator=">=", counted="đoàn viên ưu tú", indicator="party_referral", unit="count")
    code = judge(ref, plan, ref_frame, plan_frame)
    assert code == ("stricter_min" if fits else "not_comparable_per_unit")
    assert "150" in reason(code, ref, plan) and "{" not in reason(code, ref, plan)


TERRITORY = [
    ("national-total-vs-a-district-total", "central", "district", {}, "not_comparable_territory"),
    ("province-total-vs-a-commune-total", "province", "commune", {}, "not_comparable_territory"),
    ("province-total-vs-a-district-total", "province", "district", {}, "weaker_min"),
    ("national-share-vs-a-district-share", "central", "district", {"unit": "percent"}, "weaker_min"),
    ("level-unknown", None, "district", {}, "weaker_min"),
    # "cả nước giúp 3.000 hộ" against "mỗi cơ sở hội giúp ít nhất 28 hộ": a count for each unit
    ("national-total-vs-a-district-count-for-each-unit", "central", "district", {"plan_unit": "commune"},
     "not_comparable_territory"),
]


@pytest.mark.parametrize("per_head, code", [(False, "not_comparable_territory"), (True, "stricter_min")],
                         ids=["budget-revenue-of-a-province-and-a-commune", "income-per-head-of-both"])
def test_money_totals_of_two_territories_are_not_comparable_money_per_head_is(per_head, code):
    # "tổng thu ngân sách trên 41.000 tỷ đồng" (a province) and "3.900 tỷ đồng" (a commune) cover two territories;
    # "thu nhập bình quân đầu người 90 triệu đồng" and "108 triệu đồng" are one measure per person
    ref = T(90_000_000, ">=", unit="vnd", indicator="other", counted=None)
    plan = P(value=108_000_000, comparator="=", unit="vnd", indicator="other", counted=None)
    assert judge(ref, plan, Frame(issuer_level="province", per_head=per_head),
                 Frame(issuer_level="commune", per_head=per_head)) == code


@pytest.mark.parametrize("ref_level, plan_level, kw, code", [c[1:] for c in TERRITORY],
                         ids=[c[0] for c in TERRITORY])
def test_totals_of_two_territories_levels_apart_are_not_comparable(ref_level, plan_level, kw, code):
    kw = dict(kw)
    plan_unit = kw.pop("plan_unit", None)
    ref = T(3000, ">=", counted="hộ thoát nghèo", indicator="poverty_reduction", **({"unit": "count"} | kw))
    plan = P(value=28, comparator=">=", counted="hộ thoát nghèo", indicator="poverty_reduction",
             **({"unit": "count"} | kw))
    got = judge(ref, plan, Frame(issuer_level=ref_level),
                Frame(issuer_level=plan_level, unit_level=plan_unit))
    assert got == code
    assert "{" not in reason(got, ref, plan)


def test_a_ceiling_is_read_from_the_clause_not_only_the_comparator():
    ref = T(3, "=", indicator="poverty_reduction", counted="hộ nghèo")
    plan = P(value=2, comparator="=", indicator="poverty_reduction", counted="hộ nghèo")
    assert judge(ref, plan) == "weaker_min"  # a bare figure is a minimum ...
    assert judge(ref, plan, Frame(ceiling=True), Frame(ceiling=True)) == "stricter_max"  # ... unless brought down


def test_a_change_averaged_over_the_years_is_a_yearly_one():
    ref = T(10, ">=", indicator="other", counted=None, change="increase", frequency="annual", period=(2025, 2030))
    plan = P(value=10, comparator=">=", indicator="other", counted=None, change="increase", period=(2025, 2030))
    assert judge(ref, plan, Frame(), Frame(average=True)) == "same"  # "tăng bình quân từ 10%" for "tăng 10% mỗi năm"
    assert judge(ref, plan) == "redated_frequency"  # a change over the whole period is not


def test_one_years_figure_is_one_year_of_a_change_averaged_over_the_period():
    ref = T(10, "=", indicator="other", counted=None, change="increase", period=(2025, 2030))  # "bình quân giai đoạn"
    plan = P(value=10, comparator="=", indicator="other", counted=None, change="increase", period=(2026, 2026))
    assert judge(ref, plan, Frame(average=True), Frame()) == "same"
    assert judge(ref, plan).startswith("redated")  # (unless the parent asks it over the whole period)


@pytest.mark.parametrize("target, value, met", [
    (T(90, ">="), 92.5, True), (T(90, ">="), 88, False), (T(90, ">"), 90, False),
    (T(4, "<", indicator="other"), 3.5, True), (T(4, "<=", indicator="other"), 4.5, False),
    (T(5, "between", value_max=7), 6, True),
], ids=["92.5-reaches-90-tro-len", "88-misses-90-tro-len", "90-misses-tren-90", "3.5-under-duoi-4",
        "4.5-over-khong-qua-4", "6-in-5-7"])
def test_a_result_meets_its_target(target, value, met):
    result = P(value=value, comparator="=", kind="result")
    assert meets(result, target) is met


def test_a_share_is_written_beside_the_count():
    assert value_text(P(value=7, denominator=12, unit="count", comparator="=", counted="xã")) == "7/12 xã (58,3%)"


def test_the_wording_file_is_validated():
    data = wording().model_dump()
    Wording.model_validate(data)
    bad = dict(data, reasons=dict(data["reasons"], same="Kế hoạch đặt {gia_tri}"))
    with pytest.raises(ValidationError, match="unknown placeholders"):
        Wording.model_validate(bad)
    bad = dict(data, verdicts={k: v for k, v in data["verdicts"].items() if k != "redated"})
    with pytest.raises(ValidationError, match="redated"):
        Wording.model_validate(bad)
    assert wording() is wording()  # loaded once


def test_a_count_its_verb_adds_is_the_same_as_an_increase_by_it():
    ref = T(value=1_000_000, unit="count", counted="đoàn viên công đoàn", org="LDLD", indicator="other")
    plan = P(value=1_000_000, unit="count", counted="đoàn viên công đoàn", org="LDLD", indicator="other", change="increase")
    assert judge(ref, plan) == "not_comparable_change"  # a level against an increase ...
    assert verdict_of(judge(ref, plan, Frame(added=True), Frame())) == "same"  # ... unless its verb adds


@pytest.mark.parametrize("count,verdict", [(118, "same"), (119, "stricter"), (117, "weaker")],
                         ids=["the fewest whole units reaching the share", "one more", "one fewer"])
def test_a_count_out_of_a_total_against_a_share_rounds_to_whole_units(count, verdict):
    ref = T(value=80, unit="percent", comparator=">=", indicator="new_rural_area", counted="xã")
    plan = T(value=count, denominator=147, unit="count", comparator="=", indicator="new_rural_area", counted="xã")
    assert verdict_of(judge(ref, plan, Frame(), Frame())) == verdict


def test_a_bare_count_that_is_part_of_a_count_out_of_a_total_is_a_share_of_that_total():
    ref = T(40, "=", indicator="new_rural_area", counted="xã")
    plan = P(value=52, comparator="=", unit="count", indicator="new_rural_area", counted="xã")
    assert judge(ref, plan) == "not_comparable_unit"  # a count against a share ...
    assert judge(ref, plan, Frame(), Frame(total=160)) == "weaker_min"  # ... unless its whole is known (33%)


def test_the_total_a_count_is_part_of_is_read_from_its_sentence():
    from pipeline import extract
    from pipeline.compare.context import read_records
    text = "Đến năm 2030, nâng tổng số xã đạt chuẩn lên 131/160 xã; trong đó có 52 xã đạt chuẩn nâng cao và 9 huyện."
    targets = extract(text)
    assert [r.total for r in read_records(targets, text)] == [None, 160, None]


@pytest.mark.parametrize("ref_measure, plan_measure, code", [("output", "income", "not_comparable_measure"),
                                                            ("income", "income", "stricter_min"),
                                                            (None, "income", "stricter_min")],
                         ids=["grdp-per-head-vs-income-per-head", "income-vs-income", "unnamed-vs-income"])
def test_money_figures_of_two_named_measures_are_not_comparable(ref_measure, plan_measure, code):
    # "GRDP bình quân đầu người 70,4 - 72,2 triệu đồng" against "thu nhập bình quân đầu người 108 triệu đồng"
    ref = T(70_000_000, ">=", unit="vnd", indicator="other", counted=None)
    plan = P(value=108_000_000, comparator="=", unit="vnd", indicator="other", counted=None)
    got = judge(ref, plan, Frame(per_head=True, measure=ref_measure), Frame(per_head=True, measure=plan_measure))
    assert got == code and "{" not in reason(got, ref, plan)
