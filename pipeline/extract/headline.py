"""A news headline's figure restates one of the text's: "24/160 xã không có tệ nạn ma
túy" over a body that says "... đến nay toàn tỉnh có 24/160 xã, phường ...". The headline has no
words of its own to tell whether the figure is reached or aimed at, nor when; the
body's clause does. The ``kind`` component ends with :func:`restate_kinds`, the
``time`` component with :func:`restate_periods`.
"""
from __future__ import annotations

from typing import Iterator

from pipeline.extract.base import Context, Evidence, Quantity


def _figure(q: Quantity) -> tuple:
    return q.unit, q.value, q.value_max, q.denominator


def _restated(ctx: Context) -> Iterator[tuple[Quantity, Quantity]]:
    """(headline figure, the first body figure with the same value) pairs."""
    titles = ctx.title_ranges
    if not titles:
        return
    end = max(e for _, e in titles)
    body = [q for q in ctx.quantities if q.start >= end]
    for q in ctx.quantities:
        if any(s <= q.start < e for s, e in titles):
            same = next((b for b in body if _figure(b) == _figure(q)), None)
            if same is not None:
                yield q, same


def restate_kinds(ctx: Context) -> None:
    """A headline's figure is reached or aimed at as the body's figure it restates.

    >>> from pipeline.extract import run
    >>> text = "Huyện có 12/15 xã đạt chuẩn nông thôn mới\\n\\nNgày 4/3/2031, UBND huyện cho biết, đến nay có 12/15 xã đạt chuẩn."
    >>> [q.kind for q in run(text, until="kind").quantities]
    ['result', 'result']
    """
    for q, same in _restated(ctx):
        if same.kind is not None:
            q.kind = same.kind
            q.evidence["kind"] = Evidence("sentence", (same.start, same.end))


def restate_periods(ctx: Context) -> None:
    """A headline's figure with no time of its own takes the time of the body's figure it restates."""
    for q, same in _restated(ctx):
        if q.period is None and q.deadline_year is None and same.period is not None:
            q.period = same.period
            q.evidence["time"] = Evidence("sentence", (same.start, same.end))
