"""Whether a document reports (a review, a congress, a council session) or sets aims,
read once by the document context (:mod:`pipeline.extract.document`) from its title, the
line that names its body and the first sentences of its lead."""
from __future__ import annotations

from pipeline.extract.base import Context
from pipeline.extract.document_context import DocumentContext, head_ranges, sentences_in
from pipeline.extract.kind_patterns import kind_patterns
from pipeline.lexicon import compiled

_LEAD_LINE_CHARS = 300  # the part of the body's line read for a report's words
_TOLD_REACH = 150  # "cho biết Thường trực Tỉnh ủy ... vừa ban hành nghị quyết": the telling and what it tells


def reports(ctx: Context, dc: DocumentContext, lead_paragraphs: int) -> bool:
    """Does the document report (a review, a congress, a council session)? Read from its
    title lines and the sentence that names its body; with no title, from its first sentence
    ("... nhiệm vụ quý I năm 2024 đã hoàn thành với nhiều điểm sáng")."""
    head = " ".join(ctx.low[s:e] for s, e in ctx.title_ranges[:6])
    if not ctx.title_ranges:
        _, opening = head_ranges(ctx)
        if opening:
            first = sentences_in(ctx, *opening[0])[0]
            head += " " + ctx.low[first[0]:min(first[1], first[0] + _LEAD_LINE_CHARS)]
    if dc.body_span:
        line = ctx.line(dc.body_span[0])
        head += " " + ctx.low[line[0]:min(line[1], line[0] + _LEAD_LINE_CHARS)]
    # a news report tells its event in the first sentence of a lead paragraph ("Chiều 18/7, HĐND
    # thị xã họp phiên khai mạc để xem xét ...")
    for s, e in head_ranges(ctx)[1][:lead_paragraphs]:
        first = sentences_in(ctx, s, e)[0]
        head += " " + ctx.low[first[0]:min(first[1], first[0] + _LEAD_LINE_CHARS)]
    # an account of the time just past that opens the lead reports it ("Những năm qua, với tinh thần
    # đoàn kết, xã A đã ... hoàn thành ...", "Thời gian qua, ...")
    for s, e in head_ranges(ctx)[1][:1]:
        first = sentences_in(ctx, s, e)[0]
        past = compiled("time", "past_term_words").match(ctx.low, first[0])
        if past and ctx.low[past.end():past.end() + 2].lstrip().startswith(","):
            return True
    telling = compiled("kinds", "telling_words")
    adopted = kind_patterns()["adopted"]
    # (what is told may be an adoption: "... cho biết Tỉnh ủy vừa ban hành nghị quyết ...")
    return any(not (telling.fullmatch(m.group()) and adopted.search(head, m.end(), m.end() + _TOLD_REACH))
               for m in compiled("kinds", "reporting_documents").finditer(head))
