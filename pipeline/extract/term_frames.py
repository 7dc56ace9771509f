"""Which term a frame of the time just past means, for the time component: the term a paragraph
"Nhiệm kỳ qua, ..." names, the running term's half just past, the term a review ends, and an aim's
sentence that turns to the coming term, and the event a deed is told at, whose term is its own
(see :mod:`pipeline.extract.time_frame`)."""
from __future__ import annotations

from pipeline.extract.base import Context
from pipeline.extract.timewords import time_patterns
from pipeline.lexicon import compiled


def named_past_term(ctx: Context, block, head: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The years of the term just past, when a paragraph framed "Nhiệm kỳ qua, ..." names
    them once anywhere ("... so với chỉ tiêu Đại hội nhiệm kỳ 2015 - 2020 đã đặt ra"): a past
    term that ends as the document's term begins (not an older baseline, not "trong 4 năm 2019 - 2023")."""
    dc = ctx.document
    ends_at = dc.term[0] if dc.term else dc.now
    if ends_at is None:
        return None
    # (else the head names it: "Đại hội ... để nhìn lại nhiệm kỳ 2027 - 2032 và bàn
    # phương hướng nhiệm kỳ 2032 - 2037" frames the "5 năm qua, ..." of the report)
    for ranges in ([(block.start, block.end)], head):
        found = {(int(m.group(1)), int(m.group(2))) for s, e in ranges for m in time_patterns()["term"].finditer(ctx.low, s, e)}
        found = {p for p in found if p[0] < p[1] and dc.is_past(*p) and p[1] >= ends_at - 1}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def running_term(ctx: Context, frame) -> tuple[int, int] | None:
    """The document's term, still running, when the frame is the half of it just past ("Trong nửa
    nhiệm kỳ vừa qua, ..." in a mid-term review of 2027 - 2032 written in 2030)."""
    dc = ctx.document
    if dc.term is None or dc.now is None or dc.term[0] == dc.term[1] or not dc.term[0] < dc.now < dc.term[1]:
        return None
    return dc.term if compiled("time", "half_term_words").search(ctx.low, *frame.span) else None


def reviewed_term(ctx: Context) -> tuple[int, int] | None:
    """The document's term, when its title or lead reviews it as it ends ("Tổng kết 5 năm phong trào
    ... giai đoạn 2024 - 2029", undated): its "Trong nhiệm kỳ qua, ..." is that term."""
    dc = ctx.document
    return dc.term if dc.reviewed_term and dc.reporting else None


_COMING_REACH = 40


def coming_term_after(ctx: Context, q, frame) -> bool:
    """Does an aim's own sentence, after the past frame's, open on the coming term
    ("Nhiệm kỳ qua, Hội kết nạp ... . Nhiệm kỳ tới, Hội phấn đấu mỗi năm ...")?"""
    sents = q.block.sentences
    if not frame.past or q.kind != "target" or not sents or q.sentence_index is None:
        return False
    start = sents[q.sentence_index].start
    # (near the sentence's start: "Bước vào nhiệm kỳ mới, ...", "Trong nhiệm kỳ tới, ...")
    return start >= frame.span[1] and bool(
        compiled("time", "coming_term_words").search(ctx.low, start, min(q.start, start + _COMING_REACH)))


def event_spans(ctx: Context, start: int | None, end: int) -> list[tuple[int, int]]:
    """The events a deed is told at, from their opener to their comma ("Tại Đại hội Đảng bộ xã
    nhiệm kỳ 2020-2025,"): their terms are the events', not the figures'."""
    if start is None:
        return []
    out = []
    for m in compiled("time", "event_openers").finditer(ctx.low, start, end):
        comma = ctx.low.find(",", m.end(), end)
        out.append((m.start(), comma if comma >= 0 else m.end()))
    return out
