"""Component ``time``: deadline year, period and frequency, from the clause outwards.

"đến năm 2025" is a deadline, "giai đoạn 2021 - 2025" a period, "hằng năm" a
frequency; a value takes the nearest one stated in its clause, the clauses of
its subject, its sentence's opening, its lead-ins and headings, then the title.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context
from pipeline.lexicon import alternation, ends_with, load_lexicon, phrase_pattern, words_re

_RX_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    t = load_lexicon("time")
    freq = {w: k for k, ws in t.frequency.items() for w in ws}
    y = r"((?:19|20)\d{2})"
    period_w = alternation(t.period_words)
    to_w = alternation(t.period_joiners)
    dead_w = alternation(t.deadline_words)
    prefix_w = alternation(t.period_year_prefix)
    single_w = alternation(t.single_year_words)
    return {
        "freq_words": freq,
        "freq": regex.compile(phrase_pattern([w for w in freq if not w.startswith("/")]) + "|(" +
                              "|".join(regex.escape(w) for w in freq if w.startswith("/")) + ")"),
        "period": regex.compile(
            rf"(?:(?<![\p{{L}}])(?:{period_w})\s+)?{y}\s*(?:{to_w})\s*(?:(?:{prefix_w})\s+)?{y}"
            rf"|(?<![\p{{L}}])(?:{period_w})\s+{y}\s*-\s*(\d{{2}})(?!\d)"),
        "deadline": regex.compile(rf"(?<![\p{{L}}])(?:{dead_w})\s+{y}(?!\s*-\s*\d)"),
        "term_end": words_re(t.term_end_words),
        "single": regex.compile(rf"(?<![\p{{L}}])(?:{single_w})\s+{y}(?![\d/])"),
        "not_single": ends_with(t.not_single_year),
        "term": regex.compile(rf"(?:{alternation(t.term_words)})\s+{y}\s*-\s*{y}"),
    }


def _periods(ctx: Context, s: int, e: int):
    P = _patterns()
    out = []
    for m in P["period"].finditer(ctx.low, s, e):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(2))
        else:
            a = int(m.group(3))
            b = (a // 100) * 100 + int(m.group(4))
        if a < b <= a + 30:
            out.append(((a, b), m.start(), m.end()))
    return out


def _deadline(ctx: Context, s: int, e: int, masked: list[tuple[int, int]]) -> Optional[int]:
    P = _patterns()
    for m in P["deadline"].finditer(ctx.low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue
        return int(m.group(1))
    return None


def _frequency(ctx: Context, s: int, e: int) -> Optional[str]:
    P = _patterns()
    m = P["freq"].search(ctx.low, s, e)
    if not m:
        return None
    w = _RX_SPACES.sub(" ", m.group(0))
    return P["freq_words"].get(w)


def _single_year(ctx: Context, s: int, e: int, masked) -> Optional[int]:
    P = _patterns()
    for m in P["single"].finditer(ctx.low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue
        if P["not_single"].search(ctx.low, max(0, m.start() - 15), m.start()):
            continue
        return int(m.group(1))
    return None


def _single_years(ctx: Context, s: int, e: int) -> list[int]:
    """Every single year stated in low[s:e] (not a bound, not inside a frame)."""
    P = _patterns()
    return [int(m.group(1)) for m in P["single"].finditer(ctx.low, s, e)
            if not P["not_single"].search(ctx.low, max(0, m.start() - 15), m.start())]


def find_time(ctx: Context) -> None:
    """Deadline year, period and frequency of every value.

    >>> from pipeline.extract import run
    >>> q = run("Giai đoạn 2021 - 2025:\n- Phấn đấu đến năm 2025, hằng năm đạt 90%.", until="time").quantities[0]
    >>> q.period, q.deadline_year, q.frequency
    ((2021, 2025), 2025, 'annual')
    """
    title_period, title_years = None, []
    for r in ctx.title_ranges:
        ps = _periods(ctx, *r)
        if ps:
            title_period = ps[0][0]
            break
        y = _single_year(ctx, *r, [])
        if y and not _deadline(ctx, *r, []):
            title_years = sorted(set(title_years + _single_years(ctx, *r)))
    if len(title_years) == 1:
        title_period = (title_years[0], title_years[0])
    for q in ctx.quantities:
        sc = q.scope
        own = sc.clause
        prev = sc.subject_scope
        headings = sc.headings
        chain = [own] + prev + sc.opening + sc.lead_ins + headings
        # period
        period, single, deadline, freq = None, None, None, None
        for r in chain:
            ps = _periods(ctx, *r)
            if ps:
                period = ps[0][0]
                break
        for r in chain:
            masked = [(a, b) for _, a, b in _periods(ctx, *r)]
            d = _deadline(ctx, *r, masked)
            if d:
                deadline = (d, r)
                break
            if _patterns()["term_end"].search(ctx.low, *r):
                term = _patterns()["term"].search(ctx.low)
                if term:
                    deadline = (int(term.group(2)), r)
                    break
        for r in [own] + prev + sc.sentence_lead_ins + headings:
            y = _single_year(ctx, *r, [(a, b) for _, a, b in _periods(ctx, *r)])
            if y:
                single = y
                break
        for r in chain:
            f = _frequency(ctx, *r)
            if f:
                freq = (f, r)
                break
        q.period = period or title_period
        if q.period is None and len(title_years) > 1:
            # "Báo cáo kết quả ... năm 2023, phương hướng nhiệm vụ năm 2024":
            # results belong to the earlier year, targets and budgets to the later
            y = title_years[0] if q.kind == "result" else title_years[-1]
            q.period = (y, y)
        if single:
            if q.kind == "target" and q.period and q.period[0] <= single <= q.period[1] and q.period[0] != q.period[1]:
                deadline = deadline or (single, own)
            else:
                q.period = (single, single)
        if deadline:
            q.deadline_year = deadline[0]
            if q.period and q.period[0] == q.period[1] and q.period[1] < deadline[0] and not single:
                q.period = None  # a one-year frame does not hold a later deadline
            if q.kind != "target":
                q.period = q.period if q.period else (deadline[0], deadline[0])
                q.deadline_year = None
        if freq:
            own_deadline = deadline is not None and deadline[1] == own
            if not (own_deadline and freq[1] != own):
                q.frequency = freq[0]
