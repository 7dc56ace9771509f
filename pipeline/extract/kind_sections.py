"""What a section's heading and the words naming money say of a value's kind, for
:mod:`pipeline.extract.kind` (``P``: its compiled patterns): a heading of report or of
aims ("II. ĐÁNH GIÁ ...", "III. PHƯƠNG HƯỚNG ..."), money that measures rather than funds
("thu ngân sách", "vốn đầu tư toàn xã hội")."""
from __future__ import annotations

from typing import Optional

from pipeline.extract.base import Context, Quantity


def heading_mode(ctx: Context, r: tuple[int, int], P: dict) -> Optional[str]:
    """The mode of a section heading: its first word of report or of aims ("II. PHƯƠNG HƯỚNG ...")."""
    res, tgt = P["result_heading"].search(ctx.low, *r), P["target_heading"].search(ctx.low, *r)
    if not (res or tgt):
        return None
    return "result" if res and (not tgt or res.start() < tgt.start()) else "target"


def reported_heading(ctx: Context, q: Quantity, P: dict) -> bool:
    """Whether the value's nearest heading with a mode is one of report."""
    return next(filter(None, (heading_mode(ctx, r, P) for r in q.scope.headings)), None) == "result"


def measured_money(ctx: Context, s: int, e: int, P: dict) -> bool:
    """Whether low[s:e] names what money measures ("vốn đầu tư toàn xã hội", "thu ngân sách"), not
    inside a longer name of funding ("kế hoạch vốn đầu tư công" is allocated money)."""
    # (overlapping: "nguồn vốn đầu tư phát triển" holds "nguồn vốn" and "vốn đầu tư phát triển")
    funding, m = [], P["budget"].search(ctx.low, s, e)
    while m:
        funding.append((m.start(), m.end()))
        m = P["budget"].search(ctx.low, m.start() + 1, e)
    return any(not any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in funding)
               for m in P["not_budget"].finditer(ctx.low, s, e))
