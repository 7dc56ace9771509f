"""Alignment: which plan record carries down which parent record.

1. Repeats. A document often states a target twice (the main text and an
   annex table, a summary and its detail): records with the same figure,
   organization and time frame whose words agree are one *group* (a headline,
   a caption or an annex row needs only a few words in common with the clause
   it restates).
   The main text's record (not a web page's summary above the official text,
   not an annex, not a table row, not a headline, the first) represents it,
   and the group's verdict is the main record's.
2. Slots. A group is used once, except an ``ALL`` group (MTTQ and the
   socio-political organizations), which stands for each member organization
   named on the other side: it gets one slot per member, plus its own.
3. Assignment. Every parent slot is paired with at most one plan slot so that
   the sum of similarities is largest (Hungarian method, scipy's
   ``linear_sum_assignment``); a pair below :data:`MIN_SCORE` is no pair, and
   its parent target is ``missing``.

Every record of a parent group answered by a plan group is paired with the
plan group's main record; the other plan records are listed as its repeats.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from scipy.optimize import linear_sum_assignment

from pipeline.compare.context import Reading
from pipeline.compare.similarity import ALL_MEMBERS, Match, end_year, similarity, text_similarity
from pipeline.compare.terms import rate_period
from schemas import Target

#: A pair below this similarity is not an alignment.
MIN_SCORE = 0.36
#: Pairs below this similarity are marked for a person to check.
CONFIDENT = 0.6
#: A missing target whose best candidate reached this is marked too (said differently?).
NEAR_MISS = 0.28
#: The assignment maximizes the sum of similarity ** SHARPNESS: one strong pair
#: outweighs two weak ones (0.95 beats 0.88 + 0.39), so a weak pair cannot pull a
#: plan target away from the parent target it plainly restates.
SHARPNESS = 3
#: An ALL group standing in for one member counts this much less in the assignment:
#: the extra slots must not outbid a record's own organization's pair (in a document
#: compared with itself, "Hội Nông dân 100%" stays with itself, not with MTTQ's "100%").
STAND_IN = 0.5
#: Word agreement two records of one document need to be one target said twice.
REPEAT_TEXT = 0.7
#: ... and a parent target restated in other words needs with the one it restates,
#: or a web page's summary with the official text it sums up.
RESTATED_TEXT = SUMMARY_TEXT = 0.35
#: A value from which a figure is rare enough to tell its target (with any fraction too).
DISTINCTIVE = 1000
#: ... and a headline or a photo caption with the clause it restates in a few words
#: (its figure counting as a shared word: "90%" tells much, "100%" little).
TITLE_TEXT = 0.15


@dataclass
class Record:
    """A record taking part in a comparison: which side, its target, its reading."""

    side: int  # 0 for the plan, 1.. for the parents
    index: int  # position in its side's records
    target: Target
    reading: Reading


@dataclass
class Group:
    """Records of one side that state the same target; ``members[0]`` is the main one."""

    members: list[Record]

    @property
    def main(self) -> Record:
        return self.members[0]

    @property
    def org(self) -> Optional[str]:
        return self.main.target.org


@dataclass
class GroupPair:
    """A parent group answered by a plan group, for one organization."""

    parent: Group
    plan: Group
    org: Optional[str]
    match: Match


@dataclass
class Alignment:
    pairs: list[GroupPair]
    missing: list[tuple[Group, Optional[Match], Optional[Group]]]  # with the best candidate below the line
    added: list[Group]
    results: dict[int, Group] = field(default_factory=dict)  # id(parent group) → plan result group


def _figure(t: Target) -> tuple:
    return (t.kind, t.unit, rate_period(t.counted), t.value, t.value_max, t.denominator, t.comparator, t.change)


def _rounded_figure(t: Target) -> tuple:
    """The figure with its value rounded: a headline rounds the text's ("Phấn đấu 93% dân số
    tham gia bảo hiểm y tế" over "đạt 93,12% dân số năm 2020")."""
    return (t.kind, t.unit, rate_period(t.counted), round(t.value) if t.value is not None else None,
            t.comparator, t.change)


def _unbound_figure(t: Target) -> tuple:
    """The figure without its bound: a headline drops "ít nhất" ("Thu nhập tăng 2 lần"
    over "... tăng ít nhất 2 lần so với năm 2024")."""
    return (t.kind, t.unit, rate_period(t.counted), t.value, t.value_max, t.denominator, t.change)


def _measure(t: Target) -> tuple:
    """What a figure measures, without its value: a headline may name one end of a range."""
    return (t.kind, t.unit, rate_period(t.counted), t.change)


def _within(head: Target, t: Target) -> bool:
    """A headline's figure inside the text's range ("thu nhập 70 triệu đồng" over "từ 68 - 70 triệu đồng")."""
    return head.value is not None and t.value is not None and t.value_max is not None and t.value <= head.value <= t.value_max


def _repeats(a: Record, b: Record, weights: dict[str, float]) -> bool:
    """Are two records of one document the same target said twice?"""
    ta, tb = a.target, b.target
    if ta.org != tb.org and None not in (ta.org, tb.org):
        return False
    if _listed_together(a, b):
        return False
    ea, eb = end_year(ta), end_year(tb)
    if ea is not None and eb is not None and ea != eb:
        return False
    if ta.frequency != tb.frequency and None not in (ta.frequency, tb.frequency):
        return False
    if "other" not in (ta.indicator, tb.indicator) and ta.indicator != tb.indicator:
        return False
    ha, hb = a.reading.head, b.reading.head
    if ha and hb and not set(ha.split()) & set(hb.split()):
        return False
    if a.reading.counts and b.reading.counts and a.reading.counts != b.reading.counts:
        return False
    if a.reading.title or b.reading.title:
        # a headline restates one figure of the text in a few words of its own ("Tỉnh đặt mục
        # tiêu 90% xã nông thôn mới" over "... đến năm 2030 có 90% xã hoàn thành tiêu chí NTM"):
        # its words need only touch the clause's (what it counts agrees, checked above)
        return text_similarity(a.reading, b.reading, weights, figure=True)[0] >= TITLE_TEXT
    # a web page's summary is there to restate the text: in its own words
    # and so is an annex table's row: a few words in a cell restate the main text's clause
    # and a figure few targets share ("450 nghìn ha", "87,4%") said twice in one document names one
    # target though its clauses are worded apart ("Mục tiêu tổng quát ... xây dựng vùng 450 nghìn ha ...",
    # "đến năm 2030, vùng nguyên liệu ... lên 450 nghìn ha")
    needed = SUMMARY_TEXT if a.reading.preface != b.reading.preface or a.reading.annex != b.reading.annex \
        or _distinctive(ta) else REPEAT_TEXT
    return text_similarity(a.reading, b.reading, weights)[0] >= needed


def _listed_together(a: Record, b: Record) -> bool:
    """Two figures of one list (one sentence, or the items of one lead-in) are two targets,
    however alike: "100% bến cá ...; 100% bãi tắm ..." restate nothing."""
    return a.reading.siblings is not None and a.reading.siblings == b.reading.siblings \
        and a.target.span != b.target.span


def _distinctive(t: Target) -> bool:
    """A figure few targets share: a large number, or one with a fraction ("87,4%")."""
    return t.value is not None and (t.value >= DISTINCTIVE or t.value != round(t.value))


def group_repeats(records: list[Record], weights: dict[str, float]) -> list[Group]:
    """Records of one document grouped by target, in document order. A record joins a
    group only when it repeats every member (no chains through a loose restatement).
    Headlines come last and join the group whose clause they agree with most: a
    headline's "100%" restates one of the text's many."""
    groups: list[list[Record]] = []
    by_figure: dict[tuple, list[list[Record]]] = {}
    by_rounded: dict[tuple, list[list[Record]]] = {}
    by_unbound: dict[tuple, list[list[Record]]] = {}
    by_measure: dict[tuple, list[list[Record]]] = {}
    for r in sorted(records, key=lambda r: (r.reading.title, r.target.span[0], r.index)):
        candidates = by_figure.setdefault(_figure(r.target), [])
        fits = [g for g in candidates if all(_repeats(m, r, weights) for m in g)]
        if r.reading.title and not fits and r.target.value is not None and r.target.value == round(r.target.value):
            fits = [g for g in by_rounded.get(_rounded_figure(r.target), [])
                    if all(_repeats(m, r, weights) for m in g)]
        if r.reading.title and not fits:
            fits = [g for g in by_unbound.get(_unbound_figure(r.target), []) if all(_repeats(m, r, weights) for m in g)]
        if r.reading.title and not fits:
            fits = [g for g in by_measure.get(_measure(r.target), [])
                    if any(_within(r.target, m.target) for m in g) and all(_repeats(m, r, weights) for m in g)]
        if r.reading.title and len(fits) > 1:
            fits.sort(key=lambda g: -text_similarity(g[0].reading, r.reading, weights, figure=True)[0])
        home = fits[0] if fits else None
        if home is None:
            home = []
            candidates.append(home)
            groups.append(home)
            by_rounded.setdefault(_rounded_figure(r.target), []).append(home)
            by_unbound.setdefault(_unbound_figure(r.target), []).append(home)
            by_measure.setdefault(_measure(r.target), []).append(home)
        home.append(r)
    out = []
    for members in groups:
        members.sort(key=lambda r: (r.reading.preface, r.reading.annex, r.reading.title, r.target.span[0], r.index))
        out.append(Group(members))
    return sorted(out, key=lambda g: min((r.target.span[0], r.index) for r in g.members))


def _slots(groups: list[Group], other_orgs: set[str]) -> list[tuple[Group, Optional[str], bool]]:
    """``(group, org, member_slot)``: an ALL group also stands for each member named opposite."""
    out = []
    for g in groups:
        out.append((g, g.org, False))
        if g.org == "ALL":
            out += [(g, m, True) for m in sorted(other_orgs & ALL_MEMBERS)]
    return out


def _group_match(pg: Group, qg: Group, weights: dict[str, float], org: Optional[float]) -> Optional[Match]:
    """The best similarity between the members of two groups (the main records first)."""
    best = None
    for a in pg.members[:4]:
        for b in qg.members[:4]:
            m = similarity(a.target, b.target, a.reading, b.reading, weights, org)
            if m is not None and (best is None or m.score > best.score):
                best = m
    return best


def _slot_match(ps, qs, weights) -> Optional[tuple[Optional[str], Match]]:
    (pg, po, pm), (qg, qo, qm) = ps, qs
    if pm and qm:
        return None
    if pm or qm:  # an ALL group standing for one member: the other side must be that member
        member = po if pm else qo
        if (qg.org if pm else pg.org) != member:
            return None
        m = _group_match(pg, qg, weights, 0.7)
        return (member, m) if m is not None else None
    if "ALL" in (pg.org, qg.org) and pg.org != qg.org and None not in (pg.org, qg.org):
        return None  # ALL meets a member only through a member slot
    m = _group_match(pg, qg, weights, None)
    return (m.org, m) if m is not None else None


def assign(parents: list[Group], plans: list[Group], weights: dict[str, float],
           min_score: float = MIN_SCORE) -> tuple[list[GroupPair], dict[int, tuple[Match, Group]]]:
    """One-to-one assignment of parent slots to plan slots; also the best candidate
    (paired or not) of every parent group, by ``id``."""
    p_slots = _slots(parents, {g.org for g in plans if g.org})
    q_slots = _slots(plans, {g.org for g in parents if g.org})
    best: dict[int, tuple[Match, Group]] = {}
    if not p_slots or not q_slots:
        return [], best
    gain = np.zeros((len(p_slots), len(q_slots)))
    found: dict[tuple[int, int], tuple[Optional[str], Match]] = {}
    cache: dict[tuple[int, int, bool, bool], Optional[tuple[Optional[str], Match]]] = {}
    for i, ps in enumerate(p_slots):
        for j, qs in enumerate(q_slots):
            key = (id(ps[0]), id(qs[0]), ps[2], qs[2], ps[1], qs[1])
            got = cache[key] if key in cache else cache.setdefault(key, _slot_match(ps, qs, weights))
            if got is None:
                continue
            m = got[1]
            b = best.get(id(ps[0]))
            if b is None or m.score > b[0].score:
                best[id(ps[0])] = (m, qs[0])
            if m.score >= min_score:
                gain[i, j] = m.score ** SHARPNESS * (STAND_IN if ps[2] or qs[2] else 1.0)
                found[i, j] = got
    rows, cols = linear_sum_assignment(gain, maximize=True)
    pairs = []
    used: set[tuple[int, int]] = set()
    for i, j in zip(rows, cols):
        if (i, j) not in found:
            continue
        pg, qg = p_slots[i][0], q_slots[j][0]
        if (id(pg), id(qg)) in used:  # an ALL group met twice by the same group
            continue
        used.add((id(pg), id(qg)))
        org, m = found[i, j]
        pairs.append(GroupPair(pg, qg, org, m))
    return pairs, best


def align(parents: list[Group], plans: list[Group], weights: dict[str, float],
          results: Optional[list[Group]] = None) -> Alignment:
    """Pairs, missing parent groups (with their best candidate) and added plan groups;
    with ``results``, the plan's reported result for each parent group it reports on.

    A parent often restates a target in other words (an objective, the task that
    carries it, an annex): a parent group left over whose best candidate answers
    another group of the same parent, with the same figure and words like its
    own (:data:`RESTATED_TEXT`), is answered by it too, even below the line (down
    to :data:`NEAR_MISS`): the target it restates vouches for it.
    """
    pairs, best = assign(parents, plans, weights)
    answering: dict[int, list[GroupPair]] = {}
    for p in pairs:
        answering.setdefault(id(p.plan), []).append(p)
    answered = {id(p.parent) for p in pairs}

    def restates(g: Group, taken: GroupPair) -> bool:
        other = taken.parent.main
        return (other.side == g.main.side and not _listed_together(g.main, other) and _figure(other.target) == _figure(g.main.target)
                and text_similarity(g.main.reading, other.reading, weights, figure=True)[0] >= RESTATED_TEXT)

    for g in parents:
        m, cand = best.get(id(g), (None, None))
        # the restatement's own words may say less of the plan's (NEAR_MISS): its sibling vouches
        if (id(g) not in answered and cand is not None and m.score >= NEAR_MISS
                and any(restates(g, taken) for taken in answering.get(id(cand), []))):
            pairs.append(GroupPair(g, cand, m.org, m))
            answered.add(id(g))
    used = {id(p.plan) for p in pairs}
    missing = []
    for g in parents:
        if id(g) not in answered:
            m, cand = best.get(id(g), (None, None))
            free = cand is not None and id(cand) not in used  # said differently, perhaps
            missing.append((g, m if free else None, cand if free else None))
    added = [g for g in plans if id(g) not in used]
    out = Alignment(sorted(pairs, key=lambda p: p.parent.main.target.span[0]), missing, added)
    if results:
        as_targets = [Group([_as_target(r) for r in g.members]) for g in results]
        by_id = {id(a): g for a, g in zip(as_targets, results)}
        for p in assign(parents, as_targets, weights)[0]:
            out.results[id(p.parent)] = by_id[id(p.plan)]
    return out


def _as_target(r: Record) -> Record:
    """A result record compared as the target it reports on."""
    return Record(r.side, r.index, r.target.model_copy(update={"kind": "target"}), r.reading)
