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


def weak_aim_in_report(ctx: Context, q: Quantity, s: int, e: int, P: dict, deeds: bool = False,
                       reported: bool = False) -> bool:
    """Whether the only words of aims in low[s:e] are duties a report also tells of deeds
    ("duy trì", "đảm bảo": ``weak_target``) in a report whose paragraph told a deed before the
    value and sets no aim there ("Hội đã ...; duy trì 2 chi hội nghề nghiệp, 25 tổ liên kết")."""
    if not ctx.document.reporting:
        return False
    weak = lambda m: P["weak_target"].fullmatch(m.group()) or P["weak_bound"].fullmatch(m.group())  # noqa: E731
    aims = [m for m in P["target"].finditer(ctx.low, s, e)]
    if not aims or not all(weak(m) for m in aims):
        return False
    if any(P["weak_bound"].fullmatch(m.group()) for m in aims):
        deeds = reported  # (a bound reports only after figures a cue of their own read as deeds)
    b = q.block
    told = any(not weak(m) for m in P["target"].finditer(ctx.low, b.start, q.start))
    # (or, ``deeds``, a paragraph whose earlier figures were read as deeds done or with no cue either
    # way: "Hội phối hợp tổ chức 162 lớp dạy nghề, ...; duy trì 2 chi hội nghề nghiệp" in a report;
    # ``reported``: read as deeds)
    return not told and (deeds or bool(P["result"].search(ctx.low, b.start, q.start)))


def opens_on_report(ctx: Context, clause, P: dict) -> bool:
    """A clause that opens on a word of report set off by a comma ("Đến nay, ...", "Hiện nay, ...")."""
    start = clause[0] + len(ctx.low[clause[0]:clause[1]]) - len(ctx.low[clause[0]:clause[1]].lstrip())
    m = P["result"].match(ctx.low, start)
    return bool(m) and ctx.low[m.end():m.end() + 2].lstrip().startswith(",")
