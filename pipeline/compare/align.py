"""Alignment: which plan target carries down which reference target.

Two targets are candidates when they measure the same indicator for compatible
organizations (``ALL`` on one side stands for each member organization on the
other). Candidates are scored, and pairs are taken best first, each
(record, organization) used once, down to :data:`MIN_SCORE`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from schemas import Target
from pipeline.compare.similarity import overlap

#: Organizations that ``ALL`` (MTTQ and the socio-political organizations) stands for.
ALL_MEMBERS = frozenset({"MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB"})
#: A pair below this score is not an alignment.
MIN_SCORE = 0.6
#: Overlap of ``counted`` needed to pair targets when an indicator is ``other``.
OTHER_OVERLAP = 0.7

WEIGHTS = {"indicator": 0.40, "org": 0.20, "counted": 0.12, "quote": 0.04, "time": 0.08,
           "frequency": 0.05, "level": 0.04, "unit": 0.04, "value": 0.03}


@dataclass(frozen=True)
class Pair:
    """One alignment: indexes into the reference and plan lists, the org they share."""

    ref: int
    plan: int
    org: Optional[str]
    score: float


def shared_org(a: Optional[str], b: Optional[str]) -> tuple[bool, Optional[str], float]:
    """``(compatible, organization the pair speaks of, org score)``.

    >>> shared_org("ALL", "HLHPN")
    (True, 'HLHPN', 0.6)
    >>> shared_org("PARTY", "ALL")[0]
    False
    """
    if a == b:
        return True, a, 1.0
    if a == "ALL" and b in ALL_MEMBERS:
        return True, b, 0.6
    if b == "ALL" and a in ALL_MEMBERS:
        return True, a, 0.6
    if a is None or b is None:
        return True, a or b, 0.3
    return False, None, 0.0


def _end(t: Target) -> Optional[int]:
    if t.deadline_year is not None:
        return t.deadline_year
    return t.period[1] if t.period else None


def score(ref: Target, plan: Target) -> Optional[tuple[float, Optional[str]]]:
    """Similarity of two targets in [0, 1] and their shared organization, or None
    when they cannot be the same target."""
    ok, org, org_score = shared_org(ref.org, plan.org)
    if not ok:
        return None
    counted = overlap(ref.counted, plan.counted)
    if ref.indicator == plan.indicator != "other":
        indicator = 1.0
    elif counted >= OTHER_OVERLAP and "other" in (ref.indicator, plan.indicator):
        indicator = counted if ref.indicator == plan.indicator else counted * 0.75
    else:
        return None
    er, ep = _end(ref), _end(plan)
    time = 1.0 if er is None or ep is None else 1.0 / (1 + abs(er - ep))
    if ref.frequency == plan.frequency:
        frequency = 1.0
    else:
        frequency = 0.5 if ref.frequency is None or plan.frequency is None else 0.0
    if ref.level == plan.level:
        level = 1.0
    else:
        level = 0.5 if None in (ref.level, plan.level) or "all" in (ref.level, plan.level) else 0.0
    big = max(abs(ref.value), abs(plan.value), 1.0)
    parts = {
        "indicator": indicator, "org": org_score, "counted": counted,
        "quote": overlap(ref.quote, plan.quote), "time": time, "frequency": frequency,
        "level": level, "unit": float(ref.unit == plan.unit),
        "value": 1.0 - min(1.0, abs(ref.value - plan.value) / big),
    }
    return sum(WEIGHTS[k] * v for k, v in parts.items()), org


def _key(index: int, own: Optional[str], org: Optional[str]) -> tuple[int, Optional[str]]:
    """The unit a record spends on a pair: an ``ALL`` record has one per organization."""
    return (index, org) if own == "ALL" else (index, own)


def align(refs: list[Target], plans: list[Target], min_score: float = MIN_SCORE) -> list[Pair]:
    """One-to-one alignment, best-scoring pairs first.

    >>> r = [Target(doc_id="a", span=(0, 3), value=90, unit="percent", comparator=">=",
    ...             org="HLHPN", indicator="membership_rate", counted="đoàn viên, hội viên")]
    >>> p = [Target(doc_id="b", span=(5, 8), value=85, unit="percent", comparator=">=",
    ...             org="HLHPN", indicator="membership_rate", counted="hội viên")]
    >>> [(x.ref, x.plan, x.org) for x in align(r, p)]
    [(0, 0, 'HLHPN')]
    """
    candidates = []
    for i, r in enumerate(refs):
        for j, p in enumerate(plans):
            s = score(r, p)
            if s is not None and s[0] >= min_score:
                candidates.append(Pair(i, j, s[1], s[0]))
    candidates.sort(key=lambda c: (-c.score, c.ref, c.plan))
    used_ref, used_plan, pairs = set(), set(), []
    for c in candidates:
        kr = _key(c.ref, refs[c.ref].org, c.org)
        kp = _key(c.plan, plans[c.plan].org, c.org)
        if kr in used_ref or kp in used_plan:
            continue
        used_ref.add(kr)
        used_plan.add(kp)
        pairs.append(c)
    return sorted(pairs, key=lambda c: (c.ref, c.plan))
