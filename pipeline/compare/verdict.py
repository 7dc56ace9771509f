"""The verdict on one aligned pair: does the plan ask the same as the reference?

Comparator semantics: ``>=``/``>`` are minimums, ``<=``/``<`` maximums,
``between`` a range, and a bare ``=`` is a minimum unless the reference is a
maximum (``=`` on 100% is ``>=``, as the annotation contract says).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from schemas import Target
from pipeline.compare.similarity import same_population
from pipeline.compare.wording import wording

Direction = Literal["min", "max", "range"]

#: How often a recurring target must be met, most often first (a one-off target ranks 0).
FREQUENCY_RANK = {"monthly": 4, "quarterly": 3, "annual": 2, "per_term": 1}


@dataclass(frozen=True)
class Demand:
    """What a target asks, oriented: a minimum, a maximum or a range."""

    direction: Direction
    low: Optional[float]
    high: Optional[float]
    strict: bool = False  # ``>`` / ``<``


def is_maximum(t: Target) -> bool:
    return t.comparator in ("<=", "<")


def demand(t: Target, reference_is_max: bool = False) -> Demand:
    """The demand a target makes.

    >>> demand(Target(doc_id="d", span=(0, 3), value=90, unit="percent", comparator="=")).direction
    'min'
    """
    c = t.comparator
    if c == "between":
        return Demand("range", t.value, t.value_max)
    if c in (">=", ">"):
        return Demand("min", t.value, None, c == ">")
    if c in ("<=", "<"):
        return Demand("max", None, t.value, c == "<")
    if t.unit == "percent" and t.value == 100:  # "100% cán bộ ..." is at least 100%
        return Demand("min", t.value, None)
    if reference_is_max:
        return Demand("max", None, t.value)
    return Demand("min", t.value, None)


def _cmp(a: float, b: float) -> int:
    return (a > b) - (a < b)


def _order(plan: Demand, ref: Demand) -> tuple[int, str] | None:
    """+1 when the plan asks more, -1 less, 0 the same; with the reason family.
    None when the two point opposite ways."""
    if plan.direction == "min" and ref.direction == "min":
        c = _cmp(plan.low, ref.low) or _cmp(plan.strict, ref.strict)
        return c, "min"
    if plan.direction == "max" and ref.direction == "max":
        c = _cmp(ref.high, plan.high) or _cmp(plan.strict, ref.strict)
        return c, "max"
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


def _end(t: Target) -> Optional[int]:
    """The last year a target runs to: its deadline, else the end of its period."""
    if t.deadline_year is not None:
        return t.deadline_year
    return t.period[1] if t.period else None


def _time_order(plan: Target, ref: Target) -> Optional[str]:
    """Reason code when only the time frame differs, else None."""
    fp, fr = FREQUENCY_RANK.get(plan.frequency or "", 0), FREQUENCY_RANK.get(ref.frequency or "", 0)
    plan_once = fp == 0 and _end(plan) is not None
    ref_once = fr == 0 and _end(ref) is not None
    if fp and fr and fp != fr:
        return "stricter_frequency" if fp > fr else "weaker_frequency"
    if fp and ref_once:
        return "stricter_frequency"
    if fr and plan_once:
        return "weaker_frequency"
    if plan.period and ref.period and tuple(plan.period) != tuple(ref.period):
        return "redated_earlier" if tuple(plan.period) < tuple(ref.period) else "redated_later"
    ep, er = _end(plan), _end(ref)
    if ep is not None and er is not None and ep != er:
        return "stricter_deadline" if ep < er else "redated_later"
    return None


def judge(ref: Target, plan: Target) -> str:
    """Reason code of an aligned pair; its first word is the verdict.

    >>> r = Target(doc_id="a", span=(0, 3), value=95, unit="percent", comparator=">=")
    >>> p = Target(doc_id="b", span=(0, 3), value=90, unit="percent", comparator="=")
    >>> judge(r, p)  # "Kế hoạch đặt 90%, thấp hơn mức 95% trở lên"
    'weaker_min'
    """
    if ref.change != plan.change:
        return "not_comparable_change"
    if ref.unit != plan.unit:
        return "not_comparable_unit"
    if not same_population(ref.counted, plan.counted):
        return "not_comparable_population"
    if ref.level and plan.level and "all" not in (ref.level, plan.level) and ref.level != plan.level:
        return "not_comparable_level"
    order = _order(demand(plan, is_maximum(ref)), demand(ref))
    if order is None:
        return "not_comparable_direction"
    c, family = order
    if c > 0:
        return "stricter_" + family
    if c < 0:
        return "weaker_" + family
    return _time_order(plan, ref) or "same"


def verdict_of(code: str) -> str:
    """``stricter_min`` → ``stricter``; ``not_comparable_unit`` → ``not_comparable``."""
    return "not_comparable" if code.startswith("not_comparable") else code.split("_")[0]


# --- wording ---------------------------------------------------------------

def number(x: float) -> str:
    """A number the Vietnamese way: ``.`` groups thousands, ``,`` marks decimals.

    >>> number(4991000000), number(1.5), number(95.0)
    ('4.991.000.000', '1,5', '95')
    """
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    whole, frac = f"{x:.6f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def value_text(t: Target) -> str:
    """A target's value as written in Vietnamese.

    >>> value_text(Target(doc_id="d", span=(0, 3), value=95, unit="percent", comparator=">="))
    '95% trở lên'
    """
    w = wording()
    suffix = w.units[t.unit].suffix
    v = number(t.value) + suffix
    vmax = number(t.value_max) + suffix if t.value_max is not None else ""
    if t.denominator is not None:
        v = f"{number(t.value)}/{number(t.denominator)}"
    if t.unit == "count" and t.counted and len(t.counted.split()) <= 5:
        v = f"{v} {t.counted}"  # "01 việc làm mới" reads better than "01"
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
