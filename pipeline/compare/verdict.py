"""The verdict on one aligned pair: does the plan ask the same as the reference?

Comparator semantics: ``>=``/``>`` are minimums, ``<=``/``<`` maximums,
``between`` a range, and a bare ``=`` is a minimum unless it is a ceiling: the
reference is a maximum, or the clause brings the figure down ("giảm xuống còn
3%", ``downward`` in ``compare_lexicon.yaml``); ``=`` on 100% is ``>=``, as
the annotation contract says. Less is stricter for a maximum and more for a
minimum; at one level a strict bound asks more ("trên 90%" against "90% trở
lên"). The same level at another deadline is ``redated``, earlier or later.
A count out of a total ("7/12 xã") is compared as the share it is (58,3%);
a plain count and a percentage are not comparable. Budget lines are compared
as money: carried down, raised or cut.
"""
from __future__ import annotations

import math

from dataclasses import dataclass
from typing import Literal, Optional

from schemas import Target
from pipeline.compare.similarity import end_year, same_period, same_population, share
from pipeline.compare.terms import period_total, rate_period
from pipeline.compare.wording import wording
from pipeline.values import number

Direction = Literal["min", "max", "range"]

#: How often a recurring target must be met, most often first (a one-off target ranks 0).
FREQUENCY_RANK = {"monthly": 4, "quarterly": 3, "annual": 2, "per_term": 1}


@dataclass(frozen=True)
class Frame:
    """How a figure is set, beyond its record (read from its clause and its document)."""

    ceiling: bool = False  # "giảm xuống còn 3%": a bare figure that is a maximum
    unit_level: Optional[str] = None  # "mỗi xã ít nhất 01": set for each unit of this level
    issuer_level: Optional[str] = None  # the level of the body that issued the document
    average: bool = False  # "tăng bình quân 10%": a change averaged over the years, a yearly pace
    added: bool = False  # "phát triển 5.000 hội viên": its verb adds what it counts, a level is an increase
    total: Optional[float] = None  # "131/160 xã; trong đó có 52 xã ...": the whole a bare count is part of
    per_head: bool = False  # "thu nhập bình quân đầu người": money per person, no total of a territory
    measure: Optional[str] = None  # what a money figure measures (compare lexicon ``money_measures``)


@dataclass(frozen=True)
class Demand:
    """What a target asks, oriented: a minimum, a maximum or a range."""

    direction: Direction
    low: Optional[float]
    high: Optional[float]
    strict: bool = False  # ``>`` / ``<``


def demand(t: Target, reference_is_max: bool = False, ceiling: bool = False) -> Demand:
    """The demand a target makes, its value read as a share when it is a count out of a total.

    >>> demand(Target(doc_id="d", span=(0, 3), value=90, unit="percent", comparator="=")).direction
    'min'
    >>> demand(Target(doc_id="d", span=(0, 3), value=3, unit="percent", comparator="="), ceiling=True).high
    3.0
    """
    c = t.comparator
    _, v = share(t)
    vmax = t.value_max * v / t.value if t.value_max is not None and t.value else t.value_max
    if c == "between":
        return Demand("range", v, vmax)
    if c in (">=", ">"):
        return Demand("min", v, None, c == ">")
    if c in ("<=", "<"):
        return Demand("max", None, v, c == "<")
    if ceiling:
        return Demand("max", None, v)
    if share(t) == ("percent", 100):  # "100% cán bộ ..." is at least 100%
        return Demand("min", v, None)
    if reference_is_max:
        return Demand("max", None, v)
    return Demand("min", v, None)


def _cmp(a: float, b: float) -> int:
    return (a > b) - (a < b)


def _order(plan: Demand, ref: Demand) -> tuple[int, str] | None:
    """+1 when the plan asks more, -1 less, 0 the same; with the reason family.
    None when the two point opposite ways. At one level a strict bound asks more:
    "trên 90%" is stricter than "tối thiểu 90%", "dưới 4%" than "không quá 4%"."""
    if plan.direction == "min" and ref.direction == "min":
        return _cmp(plan.low, ref.low) or _cmp(plan.strict, ref.strict), "min"
    if plan.direction == "max" and ref.direction == "max":
        return _cmp(ref.high, plan.high) or _cmp(plan.strict, ref.strict), "max"
    if "range" in (plan.direction, ref.direction):
        if ref.direction == "max" or plan.direction == "max":
            if ref.high is None or plan.high is None:
                return None
            return _cmp(ref.high, plan.high), "range"
        c = _cmp(plan.low, ref.low)
        if c == 0 and plan.direction == ref.direction == "range":
            c = _cmp(plan.high, ref.high)
        return c, "range"
    return None


def _time_order(plan: Target, ref: Target, plan_frame: Frame = Frame(), ref_frame: Frame = Frame()) -> Optional[str]:
    """Reason code when only the time frame differs, else None. Asked more or less
    often is stricter or weaker; another deadline or period, or a yearly target
    against a deadline, is the same level at another time (``redated``). A change
    averaged over the years ("tăng bình quân từ 10%") is a yearly one ("tăng 10% mỗi năm")."""
    fp, fr = (FREQUENCY_RANK.get(t.frequency or ("annual" if f.average and t.change else ""), 0)
              for t, f in ((plan, plan_frame), (ref, ref_frame)))
    if fp and fr and fp != fr:
        return "stricter_frequency" if fp > fr else "weaker_frequency"
    yearly_ref, yearly_plan = (t.frequency == "annual" or bool(f.average and t.change)
                               for t, f in ((ref, ref_frame), (plan, plan_frame)))
    if _one_year_of_yearly(plan, ref, yearly_ref) or _one_year_of_yearly(ref, plan, yearly_plan):
        return None  # a one-year plan's figure is one year of its parent's yearly target
    # the same level asked as often within two bodies' overlapping terms ("hằng năm" in 2021 - 2026 and in
    # 2022 - 2027) is not re-dated; in the term after, it is
    overlapping = plan.period and ref.period and max(plan.period[0], ref.period[0]) < min(plan.period[1], ref.period[1])
    if fp and fp == fr and plan.deadline_year is None and ref.deadline_year is None and overlapping:
        return None
    # a plan issued a year later runs to the same end ("giai đoạn 2022 - 2030" against the
    # parent's 2021 - 2030): what is to be reached by then is not re-dated
    same_end = plan.period and ref.period and plan.period[1] == ref.period[1]
    same_deadline = plan.deadline_year is not None and plan.deadline_year == ref.deadline_year
    if plan.period and ref.period and tuple(plan.period) != tuple(ref.period) and not (same_end or same_deadline):
        return "redated_earlier" if tuple(plan.period) < tuple(ref.period) else "redated_later"
    ep, er = end_year(plan), end_year(ref)
    if ep is not None and er is not None and ep != er:
        return "redated_earlier" if ep < er else "redated_later"
    if bool(fp) != bool(fr) and ep is not None and er is not None:
        return "redated_frequency"
    return None


def _total_against_a_year(total: Target, year: Target) -> bool:
    """A figure summed over a period of years against one year's amount ("5 năm đạt trên 160
    nghìn tỷ đồng" against "năm 2023 đạt 43,5 nghìn tỷ đồng")."""
    return bool(total.period and total.period[0] < total.period[1] and not total.frequency and not total.change
                and year.period and year.period[0] == year.period[1] and period_total(total.quote))


def _one_year_of_yearly(one: Target, yearly: Target, every_year: Optional[bool] = None) -> bool:
    """"7,5%" in the plan for 2023 against "7,5%/năm" (or "hằng năm", or "bình quân giai đoạn") for
    2021 - 2025: the year lies in the yearly target's period and asks nothing by another deadline.
    ``every_year``: whether ``yearly`` is asked every year (by default, its frequency says)."""
    every_year = yearly.frequency == "annual" if every_year is None else every_year
    if not (one.period and one.period[0] == one.period[1] and yearly.period and every_year):
        return False
    y = one.period[0]
    return yearly.period[0] <= y <= yearly.period[1] and one.deadline_year in (None, y) and one.frequency in (None, "annual")


def _budget(ref: Target, plan: Target) -> str:
    """Funding carried down (same), raised (stricter) or cut (weaker)."""
    if ref.unit != plan.unit or ref.frequency != plan.frequency or ref.change != plan.change:
        return "not_comparable_budget"
    c = _cmp(plan.value, ref.value)
    return "stricter_budget" if c > 0 else "weaker_budget" if c < 0 else "same_budget"


def _per_unit_fits(ref: Frame, plan: Frame) -> bool:
    """Can the plan's count answer the parent's? Not when the parent sets it for each unit
    ("mỗi chi hội ít nhất 01") and the plan gives its own total for units of another level
    (a district plan's total answers "mỗi huyện", not "mỗi chi hội"). A plan that breaks a
    parent's figure down for its units is compared: the parent often means each of them
    ("các tổ chức ... ít nhất 01 việc làm mới")."""
    if ref.unit_level is None or plan.unit_level is not None or plan.issuer_level is None:
        return True
    return plan.issuer_level == ref.unit_level


_LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3}


def _totals_of_two_territories(ref: Target, plan: Target, ref_frame: Frame, plan_frame: Frame) -> bool:
    """A total the parent sets for a larger territory than the plan's ("cả nước giúp 40.000 hộ"
    against a district's "giúp 30 hộ"; a province's budget revenue "trên 41.000 tỷ đồng" against a
    commune's "3.900 tỷ đồng"): what each covers differs, so neither asks more.
    Not shares, counts out of a total, changes, or counts the parent sets for each unit; the plan's
    count for each of its units answers no such total either ("cả nước giúp 33.000 hộ" against "mỗi
    cơ sở hội giúp ít nhất 2 hộ")."""
    a, b = _LEVEL_RANK.get(ref_frame.issuer_level or ""), _LEVEL_RANK.get(plan_frame.issuer_level or "")
    if a is None or b is None or b - a < 2:
        return False
    money = share(ref)[0] in ("vnd", "usd") and not (ref_frame.per_head or plan_frame.per_head)
    return (share(ref)[0] == "count" or money) and ref.denominator is None and plan.denominator is None \
        and ref.change is None and plan.change is None and not ref_frame.unit_level


def _pace(t: Target, f: Frame) -> bool:
    """A rate per period with no verb of change, and not brought down to ("xuống 6,24%/năm")."""
    return rate_period(t.counted) is not None and t.change is None and not f.ceiling


def judge(ref: Target, plan: Target, ref_frame: Frame = Frame(), plan_frame: Frame = Frame()) -> str:
    """Reason code of an aligned pair; its first word is the verdict.

    The frames say what the records alone do not: a bare figure the clause
    brings down ("giảm xuống còn 3%") is a maximum and not an amount of change;
    a count set for each unit ("mỗi chi hội ít nhất 01") is not a total.

    >>> r = Target(doc_id="a", span=(0, 3), value=95, unit="percent", comparator=">=")
    >>> p = Target(doc_id="b", span=(0, 3), value=90, unit="percent", comparator="=")
    >>> judge(r, p)  # "Kế hoạch đặt 90%, thấp hơn mức 95% trở lên"
    'weaker_min'
    """
    if ref.kind == plan.kind == "budget":
        return _budget(ref, plan)
    # a part of a count out of a total is a share of that total ("trong đó có 52 xã" of 160)
    ref, plan = _out_of_total(ref, ref_frame), _out_of_total(plan, plan_frame)
    ref_change = None if ref_frame.ceiling else ref.change
    plan_change = None if plan_frame.ceiling else plan.change
    # a pace ("1 - 1,5%/năm") is a change whose verb the text leaves out: it takes the other's
    if ref_change is None and _pace(ref, ref_frame):
        ref_change = plan_change
    elif plan_change is None and _pace(plan, plan_frame):
        plan_change = ref_change
    # ("phát triển 5.000 hội viên" and "phát triển thêm 5.000 hội viên": both add)
    if ref_change is None and plan_change == "increase" and ref_frame.added:
        ref_change = plan_change
    elif plan_change is None and ref_change == "increase" and plan_frame.added:
        plan_change = ref_change
    if ref_change != plan_change:
        return "not_comparable_change"
    if share(ref)[0] != share(plan)[0] or not same_period(ref, plan):
        return "not_comparable_unit"
    if share(ref)[0] == "count" and not _per_unit_fits(ref_frame, plan_frame):
        return "not_comparable_per_unit"
    if _totals_of_two_territories(ref, plan, ref_frame, plan_frame):
        return "not_comparable_territory"
    if None not in (ref_frame.measure, plan_frame.measure) and ref_frame.measure != plan_frame.measure:
        return "not_comparable_measure"  # "GRDP bình quân đầu người" is not "thu nhập bình quân đầu người"
    if _total_against_a_year(ref, plan) or _total_against_a_year(plan, ref):
        return "not_comparable_total"
    if not same_population(ref.counted, plan.counted):
        return "not_comparable_population"
    ref_demand = demand(ref, ceiling=ref_frame.ceiling)
    plan = _whole_units_of(plan, ref)
    order = _order(demand(plan, ref_demand.direction == "max", plan_frame.ceiling), ref_demand)
    if order is None:
        return "not_comparable_direction"
    c, family = order
    if c > 0:
        return "stricter_" + family
    if c < 0:
        return "weaker_" + family
    return _time_order(plan, ref, plan_frame, ref_frame) or "same"


def _out_of_total(t: Target, f: Frame) -> Target:
    """A bare count with the total its frame read, as a count out of that total."""
    if t.unit == "count" and t.denominator is None and f.total and t.value_max is None and t.value <= f.total:
        return t.model_copy(update={"denominator": f.total})
    return t


def _whole_units_of(plan: Target, ref: Target) -> Target:
    """A count out of a total that is the fewest whole units reaching the parent's share is that
    share: "118/147 xã" answers "ít nhất 80% số xã" exactly (80% of 147 is 117,6 xã).

    >>> t = lambda **k: Target(doc_id="d", span=(0, 3), comparator=">=", **k)
    >>> _whole_units_of(t(value=118, denominator=147, unit="count"), t(value=80, unit="percent")).value
    117.6
    """
    if not (plan.unit == "count" and plan.denominator and ref.unit == "percent" and ref.denominator is None
            and ref.value_max is None and plan.value_max is None):
        return plan
    exact = ref.value * plan.denominator / 100
    if math.ceil(exact - 1e-9) == plan.value and exact != plan.value:
        return plan.model_copy(update={"value": exact})
    return plan


def verdict_of(code: str) -> str:
    """``stricter_min`` → ``stricter``; ``not_comparable_unit`` → ``not_comparable``."""
    return "not_comparable" if code.startswith("not_comparable") else code.split("_")[0]


def meets(result: Target, target: Target, ceiling: bool = False) -> Optional[bool]:
    """Does a reported result reach the target it reports on? None when they cannot be compared.

    >>> t = Target(doc_id="a", span=(0, 3), value=90, unit="percent", comparator=">=")
    >>> meets(Target(doc_id="b", span=(0, 3), value=92.5, unit="percent", comparator="=", kind="result"), t)
    True
    """
    if share(result)[0] != share(target)[0] or result.change != target.change:
        return None
    d = demand(target, ceiling=ceiling)
    _, v = share(result)
    if d.direction == "min":
        return v > d.low if d.strict else v >= d.low
    if d.direction == "max":
        return v < d.high if d.strict else v <= d.high
    return d.low <= v


# --- wording ---------------------------------------------------------------

def value_text(t: Target) -> str:
    """A target's value as written in Vietnamese.

    >>> value_text(Target(doc_id="d", span=(0, 3), value=95, unit="percent", comparator=">="))
    '95% trở lên'
    >>> value_text(Target(doc_id="d", span=(0, 3), value=7, denominator=12, unit="count", comparator="=",
    ...                   counted="xã"))
    '7/12 xã (58,3%)'
    """
    w = wording()
    suffix = w.units[t.unit].suffix
    v = number(t.value) + suffix
    vmax = number(t.value_max) + suffix if t.value_max is not None else ""
    if t.denominator is not None:
        v = f"{number(t.value)}/{number(t.denominator)}"
    if t.unit == "count" and t.counted and len(t.counted.split()) <= 5:
        v = f"{v} {t.counted}"  # "01 việc làm mới" reads better than "01"
    if t.unit == "count" and t.denominator:
        v = w.share.format(value=v, percent=number(round(100 * t.value / t.denominator, 1)) + "%")
    if t.change:
        return w.changes[t.change].format(value=v)
    return w.comparators[t.comparator].format(v=v, vmax=vmax)


def time_text(t: Target) -> str:
    """The time frame of a target in words ("hằng năm, giai đoạn 2021–2025"), or ""."""
    w = wording()
    parts = []
    if t.frequency:
        parts.append(w.frequencies[t.frequency])
    if t.deadline_year is not None:
        parts.append(w.time.deadline.format(year=t.deadline_year))
    if t.period:
        a, b = t.period
        parts.append(w.time.year.format(year=a) if a == b else w.time.period.format(start=a, end=b))
    return ", ".join(parts)


def reason(code: str, ref: Optional[Target], plan: Optional[Target]) -> str:
    """The one-line Vietnamese reason of a row (templates in compare_reasons.yaml)."""
    w = wording()
    fill = {"indicator": w.indicators[(ref or plan).indicator]}
    for side, t in (("ref", ref), ("plan", plan)):
        fill[side] = value_text(t) if t else ""
        fill[side + "_time"] = time_text(t) if t else ""
        fill[side + "_counted"] = (t.counted or "") if t else ""
        fill[side + "_unit"] = w.units[t.unit].label if t else ""
        fill[side + "_level"] = w.levels[t.level] if t and t.level else ""
    return w.reason(code, **fill)
