"""Component ``time``: deadline year, period and frequency, from the clause outwards.

"đến năm 2025" is a deadline, "giai đoạn 2021 - 2025" a period, "hằng năm" a
frequency; a value takes the nearest one stated in its clause, the clauses of
its subject, its sentence's opening, its lead-ins and headings, then the title.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Evidence
from pipeline.extract.timewords import deadline_year, frequency, periods, single_year, single_years, time_patterns


def find_time(ctx: Context) -> None:
    """Deadline year, period and frequency of every value.

    >>> from pipeline.extract import run
    >>> q = run("Giai đoạn 2021 - 2025:\n- Phấn đấu đến năm 2025, hằng năm đạt 90%.", until="time").quantities[0]
    >>> q.period, q.deadline_year, q.frequency
    ((2021, 2025), 2025, 'annual')
    """
    dates = ctx.document.date_spans  # "ngày 05 tháng 5 năm 2021" is a date, not a year of figures
    title_period, title_years, title_span = None, [], None
    for r in ctx.title_ranges:
        ps = periods(ctx.low, *r)
        if ps:
            title_period, title_span = ps[0][0], (ps[0][1], ps[0][2])
            break
        y = single_year(ctx.low, *r, dates)
        if y and not deadline_year(ctx.low, *r, []):
            title_years = sorted(set(title_years + [x for x in single_years(ctx.low, *r, dates)]))
            title_span = title_span or r
    if len(title_years) == 1:
        title_period = (title_years[0], title_years[0])
    for q in ctx.quantities:
        sc = q.scope
        own = sc.clause
        prev = sc.subject_scope
        headings = sc.headings
        frames = [f.span for f in ctx.document.frames_of(ctx, q.block)]
        chain = [own] + prev + sc.opening + sc.lead_ins + frames + headings
        sources = (["clause"] * (1 + len(prev) + len(sc.opening)) + ["lead-in"] * len(sc.lead_ins)
                   + ["frame"] * len(frames) + ["heading"] * len(headings))
        # period
        period, single, deadline, freq = None, None, None, None
        for r, source in zip(chain, sources):
            ps = periods(ctx.low, *r)
            if ps:
                period = ps[0][0]
                q.evidence["time"] = Evidence(source, (ps[0][1], ps[0][2]))
                break
        for r in chain:
            masked = [(a, b) for _, a, b in periods(ctx.low, *r)] + dates
            d = deadline_year(ctx.low, *r, masked)
            if d:
                deadline = (d, r)
                break
            if time_patterns()["term_end"].search(ctx.low, *r):
                term = time_patterns()["term"].search(ctx.low)
                if term:
                    deadline = (int(term.group(2)), r)
                    break
        for r in [own] + prev + sc.sentence_lead_ins + frames + headings:
            y = single_year(ctx.low, *r, [(a, b) for _, a, b in periods(ctx.low, *r)] + dates)
            if y:
                single = y
                break
        for r in chain:
            f = frequency(ctx.low, *r)
            if f:
                freq = (f, r)
                break
        if period is None and title_period is not None:
            q.evidence["time"] = Evidence("document", title_span)
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
