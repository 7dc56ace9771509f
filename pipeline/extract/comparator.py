"""Component ``comparator``: how the value bounds the target (ANNOTATION.md, "Comparator rules").

From the words before the value ("ít nhất", "không quá"), after it ("trở
lên"), the value before it in the same clause (one verb, several objects) or
the lead-in that governs its list. ``change`` refines the field afterwards.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Quantity
from pipeline.lexicon import alternation, ends_with, load_lexicon, starts_with, words_re

_RX_SPACES = regex.compile(r"\s+")
_MAX_FILLERS = 3
_MAX_CARRY_WORDS = 4
_BOUND_REACH = 30  # "đạt và vượt mức 9.340 tấn": the phrase right before the figure


@lru_cache(maxsize=1)
def _patterns() -> dict:
    comp = load_lexicon("comparators")
    return {
        # "nguồn cấp trên 50 triệu": "cấp trên" is the higher level, not "more than"
        "before": regex.compile(rf"(?<![\p{{L}}])(?<!(?:{alternation(comp.not_before_words)})\s+)({alternation(comp.before)})"
                                rf"(?:\s+(?:{alternation(comp.fillers)})){{0,{_MAX_FILLERS}}}\s*$"),
        "after": starts_with(list(comp.after)),
        "rank": ends_with(comp.rank_words),
        "lead_in": words_re(list(comp.lead_in)),
        "verbs": words_re(comp.verbs),
        "part": words_re(load_lexicon("kinds").part_markers),
        "after_anywhere": words_re(list(comp.after)),
        "carry": regex.compile(r"(?:" + "|".join(
            regex.escape(j) if not j[0].isalpha() else rf"(?<![\p{{L}}]){regex.escape(j)}(?![\p{{L}}])"
            for j in comp.carry_joiners) + ")"),
    }


@lru_cache(maxsize=1)
def beyond_bound_re() -> regex.Pattern:
    """"đạt và vượt" right before a figure that counts no aims: "sản lượng lúa đạt và vượt
    9.340 tấn" aims at that much or more (not "đạt và vượt 7/7 chỉ tiêu", targets met)."""
    comp, kinds = load_lexicon("comparators"), load_lexicon("kinds")
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(comp.met_and_beyond)})(?=\s+\d[\d.,]*(?!\s*/)\s*"
                         rf"(?!(?:{alternation(kinds.met_counted)})(?![\p{{L}}]))[\p{{L}}%])")


def beyond_bound(ctx: Context, q: Quantity) -> bool:
    """Whether the value is the bound "đạt và vượt" sets (see :func:`beyond_bound_re`)."""
    # (the pattern looks past the figure, so the search runs on beyond it)
    return any(m.end() <= q.start and not ctx.low[m.end():q.start].strip()
               for m in beyond_bound_re().finditer(ctx.low, max(q.clause.start, q.start - _BOUND_REACH), q.clause.end))


def _key(s: str) -> str:
    return _RX_SPACES.sub(" ", s)


def _after(ctx: Context, q: Quantity, limit: int) -> Optional[str]:
    """'trở lên' right after the value, or after a short counted noun that is
    not a rank ("khá trở lên")."""
    comp = load_lexicon("comparators")
    P = _patterns()
    m = P["after"].match(ctx.low, q.end, limit)
    if m:
        return comp.after[_key(m.group(1))]
    m = P["after_anywhere"].search(ctx.low, q.end, limit)
    if not m:
        return None
    between = ctx.low[q.end:m.start()]
    if len(between.split()) > 4 or regex.search(r"[,;:()]", between) or P["verbs"].search(between):
        return None
    if P["rank"].search(between):
        return None
    return comp.after[_key(m.group(1))]


def find_comparators(ctx: Context) -> None:
    """The comparator of every value.

    >>> from pipeline.extract import run
    >>> [q.comparator for q in run("Đạt 90% trở lên; không quá 02 nhiệm kỳ.", until="comparator").quantities]
    ['>=', '<=']
    """
    comp = load_lexicon("comparators")
    P = _patterns()
    prev: Optional[Quantity] = None
    for q in ctx.quantities:
        if q.is_range:
            q.comparator, q.comparator_source = "between", "range"
        if prev is not None and prev.clause is not q.clause:
            prev = None
        limit = ctx.next_start(q)
        start = prev.end if prev is not None else q.clause.start
        mb = P["before"].search(ctx.low[start:q.start])
        op_before = comp.before[_key(mb.group(1))] if mb else None
        neutral = mb is not None and _key(mb.group(1)) in comp.neutral_before
        if neutral and q.comparator == "between":
            # "từ 8 đến 12": a range; a bound before its "từ" bounds it ("ít nhất từ 2-5 hộ": at least 2)
            bound = P["before"].search(ctx.low[start:mb.start()].rstrip() + " ") if mb.start() > 0 else None
            op_before = comp.before[_key(bound.group(1))] if bound and ctx.low[start:mb.start()].rstrip().endswith(
                bound.group(1)) else None
        if q.comparator == "between" and op_before in (">=", ">", "<=", "<"):
            q.comparator, q.comparator_source = op_before, "before"  # "trên 8 - 9%", "ít nhất từ 2-5 hộ"
        op_after = _after(ctx, q, limit)
        if q.comparator == "between":
            if op_after == ">=":
                q.comparator, q.comparator_source = ">=", "after"
        elif op_after and neutral:  # "từ 5% trở xuống": "từ" only says "from"
            q.comparator, q.comparator_source = op_after, "after"
        elif op_after and op_before in (">", ">=", None) and op_after == ">=":
            q.comparator, q.comparator_source = ">=", "after"
        elif op_before:
            q.comparator, q.comparator_source = op_before, "before"
        elif op_after:
            q.comparator, q.comparator_source = op_after, "after"
        if q.comparator is None and beyond_bound(ctx, q):
            q.comparator, q.comparator_source = ">=", "before"  # "đạt và vượt 9.340 tấn"
        if q.comparator is None and prev is not None and prev.comparator_source in ("before", "carry"):
            between = ctx.low[prev.end:q.start]
            # (a part of the whole keeps no bound of it: "trên 90%, trong đó 50% số xã ...")
            joiners = list(P["carry"].finditer(between))
            # (the next object follows the joiner at once: "trên 90% xã, 80% thôn"; a word there opens
            # a predicate of its own: "gần 3.800 tấn, bằng 95,2% kế hoạch")
            if len(between.split()) <= _MAX_CARRY_WORDS and not P["verbs"].search(between) and joiners \
                    and not between[joiners[-1].end():].strip() and not P["part"].search(between):
                q.comparator, q.comparator_source = prev.comparator, "carry"
        if q.comparator is None:
            for s, e in q.scope.lead_ins:
                m = P["lead_in"].search(ctx.low, s, e)
                if m:
                    q.comparator, q.comparator_source = comp.lead_in[_key(m.group(1))], "lead_in"
                    break
        if q.comparator is None:
            q.comparator, q.comparator_source = "=", "default"
        prev = q
