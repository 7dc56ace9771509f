"""How alike two records are: do they measure the same thing, for the same body, then?

The core is what is measured: the weighted words of each record's reading
(:mod:`pipeline.compare.context`), each word weighed by how rare it is among
the records compared (idf), so "hội viên" counts for little in a Hội's plan
and "không ma túy" for much. The head noun and, when both records know it, the
indicator add to it; the same known indicator puts it at least half-way (when both are in one
unit: a count and a share of one programme are told apart by their words).
Organization, time frame, unit and value then scale it:

    similarity = measured × (0.55 + 0.45 × context)

An amount of change ("tăng 9,5 - 11%", "giảm 2%/năm") and a level ("chiếm 12%", "đạt
80%") are rarely one target said twice: a pair of the two forms counts :data:`FORM` as
much (a bare figure the clause brings down, "giảm xuống còn 3%", is a level; a rate per
period with no verb, "duy trì mức 1 - 1,5%/năm", is a pace, the form of a change). Nor
are a change in one year and one over a whole multi-year period (:data:`SPAN`); a
one-year plan's figure meets a yearly target of its period in time.

Two records can never be one target when they are of different kinds, when
the indicator taxonomy knows both and tells them apart, when two different
organizations each set them (Hội Nông dân, Đoàn Thanh niên), or when two
budget lines are paid from different sources or years.
"""
from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Optional

from pipeline.compare.context import Reading
from pipeline.compare.terms import fold, measured_words, rate_period
from pipeline.compare.wording import words
from schemas import Target

#: Organizations that ``ALL`` (MTTQ and the socio-political organizations) stands for.
ALL_MEMBERS = frozenset({"MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB"})
#: Bodies that set their own targets: two different ones are two targets.
NAMED = ALL_MEMBERS | {"ALL", "PARTY", "OTHER"}

MEASURED = {"text": 0.70, "head": 0.15, "indicator": 0.15}
CONTEXT = {"org": 0.35, "time": 0.25, "frequency": 0.10, "unit": 0.15, "value": 0.15}
#: Word agreement of two records that say nothing of what they measure (half as much
#: when only one is silent): neither for nor against.
UNSAID = 0.5
#: Weight of the same figure on both sides, as a word next to the figure (times its idf).
FIGURE = 1.5
#: The words next to the figures alone count this much of a full agreement.
CORE = 0.6
#: A pair of an amount of change and a level counts this much.
FORM = 0.85
#: ... and of a change in one year and a change over a whole multi-year period.
SPAN = 0.7
#: ... and of figures counting administrative units of two levels (communes, districts).
LEVEL = 0.3
#: What households are counted as (``counted_units`` of the compare lexicon): never one target
#: with a figure counting administrative units.
HOUSEHOLD = "household"
#: How much a pair counts whose figures stand next to the two words of a contrast (:func:`_contrasted`).
CONTRAST = 0.3
#: ... and of a count and a share: a clause often gives both of one population ("xóa mù chữ cho
#: 1,2 triệu người ..., nâng tỷ lệ biết chữ đạt 98%"), and the plan's share answers the share first.
UNITS = 0.8
#: Matched words shown on a row.
SHOWN_WORDS = 8


@dataclass(frozen=True)
class Match:
    """The similarity of two records, the organization the pair speaks of, the words they share."""

    score: float
    org: Optional[str]
    matched: tuple[str, ...] = ()


def org_fit(a: Optional[str], b: Optional[str]) -> Optional[float]:
    """How well two organizations fit one target, or None when they cannot.

    ``ALL`` fits a member organization (its own records stand for each member);
    the government fits any body, since an issuer's plan carries a party or a
    mass organization's targets.

    >>> org_fit("HND", "HND"), org_fit("ALL", "HLHPN"), org_fit("HND", "DTN")
    (1.0, 0.7, None)
    >>> org_fit("PARTY", "ALL") is None, org_fit(None, "PARTY"), org_fit("GOV", "PARTY")
    (True, 0.5, 0.4)
    """
    if a == b:
        return 1.0
    if a is None or b is None:
        return 0.5
    if (a == "ALL" and b in ALL_MEMBERS) or (b == "ALL" and a in ALL_MEMBERS):
        return 0.7
    if a in NAMED and b in NAMED:
        return None
    return 0.4


def end_year(t: Target) -> Optional[int]:
    """The last year a target runs to: its deadline, else the end of its period."""
    if t.deadline_year is not None:
        return t.deadline_year
    return t.period[1] if t.period else None


def share(t: Target) -> tuple[str, float]:
    """``(unit, value)`` with a count out of a total read as a percentage ("8/8 huyện" is 100%).

    >>> share(Target(doc_id="d", span=(0, 3), value=7, denominator=12, unit="count", comparator="="))
    ('percent', 58.333)
    """
    if t.unit == "count" and t.denominator:
        return "percent", round(100 * t.value / t.denominator, 3)
    return t.unit, t.value


def same_period(a: Target, b: Target) -> bool:
    """False only when both are rates per different periods ("7,8%/năm", "0,65%/tháng");
    "1,5%/năm" against "mỗi năm 1,5%" is one rate.

    >>> same_period(Target(doc_id="d", span=(0, 3), value=7.8, unit="percent", comparator="=", counted="/năm"),
    ...             Target(doc_id="d", span=(0, 3), value=0.65, unit="percent", comparator="=", counted="/tháng"))
    False
    """
    pa, pb = rate_period(a.counted), rate_period(b.counted)
    return pa is None or pb is None or pa == pb


def idf(readings: Iterable[Reading]) -> dict[str, float]:
    """Inverse document frequency of each term over the records compared."""
    readings = list(readings)
    df: dict[str, int] = {}
    for r in readings:
        for term in (*r.terms, r.figure):
            df[term] = df.get(term, 0) + 1
    n = len(readings)
    return {term: math.log((n + 1) / (k + 0.5)) for term, k in df.items()}


def text_similarity(a: Reading, b: Reading, weights: dict[str, float],
                    figure: bool = False) -> tuple[float, tuple[str, ...]]:
    """Weighted overlap of two readings in [0, 1]: the mean of containment and Dice,
    and the shared words, most telling first. With ``figure``, the same figure on both
    sides counts as a shared word, by its rarity: two documents that both say "6,24%"
    or "trên 8%" most likely say it of the same thing, "100%" tells little."""
    wa = {t: w * weights.get(t, 0.0) for t, w in a.terms.items()}
    wb = {t: w * weights.get(t, 0.0) for t, w in b.terms.items()}
    if figure and a.figure and a.figure == b.figure:
        wa[a.figure] = wb[b.figure] = FIGURE * weights.get(a.figure, 0.0)
    sim, shown = _overlap(wa, wb, a, b)
    if figure and a.figure == b.figure:
        # the same figure, and the same words right next to it: a restatement, however
        # much the clauses around it say besides (a national decision's long sentences)
        sim = max(sim, CORE * core_similarity(a, b, weights))
    return sim, shown


def core_similarity(a: Reading, b: Reading, weights: dict[str, float]) -> float:
    """How well the words right next to two figures agree (0 when they share none)."""
    if not a.core & b.core:
        return 0.0
    return _overlap({t: a.terms[t] * weights.get(t, 0.0) for t in a.core},
                    {t: b.terms[t] * weights.get(t, 0.0) for t in b.core}, a, b)[0]


def _overlap(wa: dict[str, float], wb: dict[str, float], a: Reading, b: Reading) -> tuple[float, tuple[str, ...]]:
    sa, sb = sum(wa.values()), sum(wb.values())
    if sa <= 0 or sb <= 0:  # "Hội Nông dân đạt 90%": nothing said, nothing contradicted
        return (UNSAID if sa <= 0 and sb <= 0 else UNSAID / 2), ()
    common = {t: min(wa[t], wb[t]) for t in wa.keys() & wb.keys()}
    c = sum(common.values())
    sim = 0.5 * c / min(sa, sb) + 0.5 * 2 * c / (sa + sb)
    shown = sorted((t for t in common if t in a.words and t in b.words), key=lambda t: (-common[t], t))
    return min(1.0, sim), tuple(shown[:SHOWN_WORDS])


def _heads(a: Optional[str], b: Optional[str]) -> float:
    if a is None or b is None:
        return 0.5
    return 1.0 if a == b or set(a.split()) & set(b.split()) else 0.0


def _closeness(a: Target, b: Target) -> float:
    """How near two values are, a range by its nearest bound ("1 - 1,5%" is nearer 2% than "4 - 5%").

    >>> t = lambda v, top=None: Target(doc_id="d", span=(0, 3), value=v, value_max=top, unit="percent", comparator="=")
    >>> _closeness(t(1, 1.5), t(2)), _closeness(t(4, 5), t(2)), _closeness(t(7, 8), t(7.82))
    (0.75, 0.6, 1.0)
    """
    (_, lo_a), (_, lo_b) = share(a), share(b)
    hi_a = lo_a * a.value_max / a.value if a.value_max is not None and a.value else lo_a
    hi_b = lo_b * b.value_max / b.value if b.value_max is not None and b.value else lo_b
    gap = max(0.0, lo_b - hi_a, lo_a - hi_b)
    return 1.0 - min(1.0, gap / max(abs(lo_a), abs(hi_a), abs(lo_b), abs(hi_b), 1.0))


def comparable(ref: Target, plan: Target, rr: Reading, pr: Reading) -> bool:
    """Can the two records be one target at all (kind, budget source and year)?"""
    if ref.kind != plan.kind:
        return False
    if ref.kind == "budget":
        if rr.source and pr.source and rr.source != pr.source:
            return False
        er, ep = end_year(ref), end_year(plan)
        if er is not None and ep is not None and er != ep and ref.frequency == plan.frequency is None:
            return False
    return True


def similarity(ref: Target, plan: Target, rr: Reading, pr: Reading, weights: dict[str, float],
               org: Optional[float] = None) -> Optional[Match]:
    """Similarity of two records with their readings, or None when they cannot be one target.

    ``org`` overrides the organization fit (an ``ALL`` record standing for one member).
    """
    fit = org_fit(ref.org, plan.org) if org is None else org
    if fit is None or not comparable(ref, plan, rr, pr):
        return None
    if HOUSEHOLD in {rr.counts, pr.counts} and None not in (rr.counts, pr.counts) and rr.counts != pr.counts:
        return None  # "75% hộ gia đình dùng internet cáp quang" and "sóng 4G phủ 100% xã" count different things
    known = "other" not in (ref.indicator, plan.indicator)
    if known and ref.indicator != plan.indicator:
        return None
    text, matched = text_similarity(rr, pr, weights, figure=True)
    measured = {"text": text, "head": _heads(rr.head, pr.head),
                "indicator": float(ref.indicator == plan.indicator) if known else 0.5}
    er, ep = end_year(ref), end_year(plan)
    if ref.frequency == plan.frequency or year_of(ref, plan, pr) or year_of(plan, ref, rr):
        frequency = 1.0
    else:
        frequency = 0.6 if None in (ref.frequency, plan.frequency) else 0.3
    ur, up = share(ref)[0], share(plan)[0]
    context = {
        "org": fit,
        "time": (1.0 if year_of(ref, plan, pr) or year_of(plan, ref, rr) else
                 0.6 if er is None or ep is None else max(0.0, 1.0 - 0.25 * abs(er - ep))),
        "frequency": frequency,
        "unit": float(ur == up and same_period(ref, plan)),
        "value": _closeness(ref, plan) if ur == up else 0.5,
    }
    m = sum(MEASURED[k] * v for k, v in measured.items())
    # the taxonomy says so (or the money measure, "thu nhập"): at least half-way (a count and a share: only by words)
    if known and ur == up or ur == up in ("vnd", "usd") and money_measure(rr) is not None and money_measure(rr) == money_measure(pr):
        m = 0.5 + 0.5 * m
    c = sum(CONTEXT[k] * v for k, v in context.items())
    units = UNITS if {ur, up} == {"count", "percent"} else 1.0
    return Match(round(m * (0.55 + 0.45 * c) * _form(ref, plan, rr, pr) * units, 4), _pair_org(ref.org, plan.org), matched)


def _form(ref: Target, plan: Target, rr: Reading, pr: Reading) -> float:
    """How much a pair of two forms counts: a change and a level (:data:`FORM`), a change in
    one year and one over a whole period (:data:`SPAN`), units of two levels (:data:`LEVEL`)."""
    cr, cp = change_of(ref, rr), change_of(plan, pr)
    form = 1.0 if cr == cp or (cr or cp) and (is_pace(ref, rr) or is_pace(plan, pr)) else FORM
    if cr and cp:
        sr, sp = change_span(ref, rr), change_span(plan, pr)
        if None not in (sr, sp) and sr != sp:
            form *= SPAN
    if rr.counts and pr.counts and rr.counts != pr.counts:  # "số xã" is not "số huyện"
        form *= LEVEL
    if _contrasted(rr, pr, ref.counted, plan.counted):  # "ở đô thị 91%" is not "ở nông thôn 76%"
        form *= CONTRAST
    if rr.band and pr.band and rr.band != pr.band:  # "độ tuổi 15 - 35" is not "độ tuổi 15 - 60"
        form *= CONTRAST
    return form


def money_measure(r: Reading) -> Optional[str]:
    """What a money figure measures when the compare lexicon names it ("thu nhập": income), else None."""
    return next((k for k, ws in _money_measures() if any(w <= r.words or w <= r.terms.keys() for w in ws)), None)


@lru_cache(maxsize=1)
def _money_measures() -> list[tuple[str, list[frozenset[str]]]]:
    return [(k, [frozenset(measured_words(w)) for w in ws]) for k, ws in words().money_measures.items()]


@lru_cache(maxsize=1)
def _contrast_words() -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(frozenset(measured_words(a)), frozenset(measured_words(b))) for a, b in words().contrasts]


def _side(r: Reading, x: frozenset[str], y: frozenset[str], counted: frozenset[str] = frozenset()) -> Optional[bool]:
    """Which of two parallel words a figure belongs to: the one it counts ("35 triệu lượt khách quốc
    tế"), else the one next to it, else the only one its clause names ("nước sạch cho dân cư đô thị
    ... 91%"); None when neither or both."""
    for words_ in (counted, r.core, r.words):
        has_x, has_y = x <= words_, y <= words_
        if has_x != has_y:
            return has_x
        if has_x:
            return None
    return None


def _contrasted(a: Reading, b: Reading, counted_a: Optional[str] = None, counted_b: Optional[str] = None) -> bool:
    """Does one side's figure belong to one of a pair of parallel words, the other's to the other?"""
    ca, cb = (frozenset(w for x in measured_words(c) for w in (x, *x.split())) for c in (counted_a, counted_b))
    for x, y in _contrast_words():
        sa, sb = _side(a, x, y, ca), _side(b, x, y, cb)
        if sa is not None and sb is not None and sa != sb:
            return True
    return False


def yearly(t: Target, r: Reading) -> bool:
    """Is a figure asked every year: "hằng năm", a rate per year, an average over the years?"""
    return t.frequency == "annual" or (r.average and t.change is not None)


def year_of(one: Target, every: Target, every_reading: Reading) -> bool:
    """Is ``one`` a figure for one year of what ``every`` asks every year? A one-year plan
    ("trong năm 2022 giảm 2%") carries a yearly target ("giảm 1 - 1,5%/năm") of its period."""
    if not yearly(every, every_reading) or one.frequency is not None or not one.period \
            or one.period[0] != one.period[1]:
        return False
    year = one.period[0]
    if every.period:
        return every.period[0] <= year <= every.period[1]
    return every.deadline_year is None or year <= every.deadline_year


def change_span(t: Target, r: Reading) -> Optional[str]:
    """What an amount of change is counted over: ``year`` (a yearly pace, an average over
    the years, a one-year plan's figure), ``period`` (the whole of a multi-year period:
    "giảm 40% số hộ nghèo trong 5 năm"), None when the record does not tell."""
    one_year = t.period and t.period[0] == t.period[1] and t.deadline_year in (None, t.period[0])
    if yearly(t, r) or one_year:
        return "year"
    if t.frequency is None and t.period and t.period[0] < t.period[1]:
        return "period"
    return None


def is_pace(t: Target, r: Reading) -> bool:
    """Is a figure a rate per period with no verb of change ("duy trì mức 1 - 1,5%/năm")? A
    pace is how fast something changes, whether or not the text says "giảm" or "tăng": it
    answers an amount of change of either direction."""
    return rate_period(t.counted) is not None and change_of(t, r) is None and not r.ceiling


def change_of(t: Target, r: Reading) -> Optional[str]:
    """Whether a figure is an amount of change: a figure its clause brings down to
    ("giảm xuống còn 3%") is a level, whatever the extraction says."""
    return None if r.ceiling else t.change


def _pair_org(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The organization a pair speaks of: the more specific of the two."""
    if a == "ALL" and b is not None:
        return b
    return a or b


# --- populations (for the verdict) ---------------------------------------------------

def _phrase(ws: list[str], at: int, phrase: list[str]) -> bool:
    return ws[at:at + len(phrase)] == phrase


def population(counted: str | None) -> tuple[str, str] | None:
    """``(head, qualifier)`` when ``counted`` narrows a population, else None.

    >>> population("doanh nghiệp có từ 40 công nhân trở lên")
    ('doanh nghiệp', 'có từ 40 công nhân trở lên')
    >>> population("đoàn viên, hội viên") is None
    True
    """
    ws = fold(counted or "").split()
    lex = words()
    heads = sorted((fold(h).split() for h in lex.population_heads), key=len, reverse=True)
    markers = sorted((fold(m).split() for m in lex.population_markers), key=len, reverse=True)
    for i in range(len(ws)):
        h = next((h for h in heads if _phrase(ws, i, h)), None)
        if h is None:
            continue
        j = i + len(h)
        if any(_phrase(ws, j, m) for m in markers):
            return " ".join(h), " ".join(ws[j:])
        return " ".join(h), ""
    return None


def same_population(a: str | None, b: str | None) -> bool:
    """False only when both phrases count the same kind of unit under different qualifiers.

    >>> same_population("doanh nghiệp có từ 40 công nhân trở lên", "doanh nghiệp trong Khối")
    False
    >>> same_population("đoàn viên, hội viên", "hội viên")
    True
    """
    pa, pb = population(a), population(b)
    if pa is None or pb is None or pa[0] != pb[0]:
        return True
    if not pa[1] and not pb[1]:
        return True
    return pa[1] == pb[1]
