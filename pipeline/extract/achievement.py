"""Figures told against their aims, for the ``kind`` component (:mod:`pipeline.extract.kind`):
the share of an aim reached right after a figure ("kết nạp 17 người vào Đảng, đạt 70,83%"),
what was done against what was planned ("đạt 9.481/9.440 ha"), a count restated by its
share in brackets, a deed done right before its value. ``P`` is the kind patterns."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.extract.base import Context, Evidence, Quantity
from pipeline.normalize import fold

_RIGHT_BEFORE = 16  # "được hơn 32.800": the cue and a loose bound right before the value
_AIM_REACH = 400  # "Phát triển 1.500 hội viên mới ... Kết quả ... 1.757/1.500": the aim stated shortly before
_RX_BRACKETED_SHARE = regex.compile(r"\s*(?:\p{L}+\s*){0,3}\(\s*$")


def right_before(ctx: Context, s: int, value_at: Optional[int], P: dict) -> list:
    """The cue of a deed done right before the value ("xây dựng được 68 công trình")."""
    if value_at is None:
        return []
    m = P["result_right_before"].search(ctx.low, max(s, value_at - _RIGHT_BEFORE), value_at)
    return [m] if m else []


def achieved(q: Quantity) -> bool:
    """A share no aim is written as: above the whole, or with a fraction ("đạt 105%", "đạt 35,34%")."""
    return q.unit == "percent" and q.value is not None and (q.value > 100 or q.value != round(q.value))


def share_of_aim_pair(ctx: Context, q: Quantity, P: dict) -> tuple[Optional[Quantity], Optional[Quantity]]:
    """``(count, share)`` when ``q`` is either of a figure and the share of its aim right after
    it ("kết nạp 52 đảng viên mới, đạt 50,98%"), else ``(None, None)``."""
    values = ctx.clause_values(q)
    i = next((k for k, x in enumerate(values) if x is q), None)
    if i is None:
        return None, None
    for a, b in ((i, i + 1), (i - 1, i)):
        if 0 <= a and b < len(values) and values[a].unit != "percent" and values[b].unit == "percent" \
                and P["achieved_share"].match(ctx.low, values[a].end, values[b].start):
            return values[a], values[b]
    return None, None


def met_after(ctx: Context, q: Quantity, P: dict) -> bool:
    """Words right after the value, before the clause's next one, that say it met its aim."""
    nxt = min((x.start for x in ctx.clause_values(q) if x.start > q.end), default=q.scope.clause[1])
    if P["met_after"].match(ctx.low, q.end, nxt):
        return True
    # a count of targets judged right after ("còn 03 chỉ tiêu đạt thấp")
    return q.unit == "count" and q.denominator is None and bool(P["met_counted"].match(fold(q.counted))) \
        and bool(P["targets_judged"].match(ctx.low, q.end, nxt))


def more_than_planned(q: Quantity) -> bool:
    """"đạt 9.481/9.440 ha", "trồng rừng được 673/550 ha": more than the whole cannot be a
    share of it; the pair is what was done against what was planned."""
    return q.denominator is not None and q.value > q.denominator > 0


def bracketed_share_of(ctx: Context, q: Quantity) -> Optional[Quantity]:
    """The count a share in brackets right after it restates ("312 thôn (64%)"), or None."""
    if q.unit != "percent":
        return None
    before = [x for x in ctx.clause_values(q) if x.end <= q.start]
    if not before or before[-1].unit == "percent":
        return None
    x = before[-1]
    return x if _RX_BRACKETED_SHARE.fullmatch(ctx.low, x.end, q.start) else None


def aims_measured_later(ctx: Context) -> None:
    """A count stated shortly before a figure done against it ("Phát triển 1.500 hội viên mới; ...
    Kết quả Hội đã phát triển 1.757/1.500 hội viên mới"): the count is that aim, a target, whatever
    the report around it says. Only more done than planned is read so: "30/32 xã" counts out of all."""
    qs = ctx.quantities
    for i, q in enumerate(qs):
        if not (q.unit == "count" and more_than_planned(q) and q.kind == "result" and q.counted):
            continue
        heads = set(fold(q.counted).split())
        for x in qs[:i]:
            if x.start >= q.start - _AIM_REACH and x.unit == "count" and x.denominator is None \
                    and x.value == q.denominator and x.kind == "result" and heads & set(fold(x.counted or "").split()):
                x.kind = "target"
                x.evidence["kind"] = Evidence("clause", (q.start, q.end))
