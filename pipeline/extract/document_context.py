"""What the document context holds (:mod:`pipeline.extract.document` reads it) and
where in a document its head is: the title's stretches and the opening paragraphs."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Range
from pipeline.extract.timewords import is_body_term, periods
from pipeline.metadata import Reading
from pipeline.metadata.issuer import level as issuer_level_of
from pipeline.metadata.layout import patterns as layout_patterns
from pipeline.metadata.text import Page
from pipeline.lexicon import alternation, load_lexicon

MASS_ORGS = ("MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB")
HEAD_CHARS = 1500  # the part of an opening paragraph read as the head
_HEAD_BLOCKS = 8  # paragraphs after the title where a news report names its body
_LEAD_CHARS = 60  # a paragraph shorter than this is a label or page furniture, not a lead


@dataclass
class Frame:
    """The time frame a block's opening sets for every sentence of the block."""

    period: Optional[tuple[int, int]]  # None: the time just past, its years not stated ("Nhiệm kỳ qua, ...")
    span: Range
    past: Optional[bool]  # True: before the document's time (a report); False: after (a plan); None: its own year


@dataclass
class DocumentContext:
    """What the whole document says about its figures (normalized offsets)."""

    body: list[str] = field(default_factory=list)  # organization codes of the body
    body_span: Optional[Range] = None
    body_source: str = ""  # congress, work, issuer, lead
    written_year: Optional[int] = None
    written_span: Optional[Range] = None
    term: Optional[tuple[int, int]] = None  # the document's own term or period (title, or a news lead)
    term_span: Optional[Range] = None
    now: Optional[int] = None  # the year figures are told from: the term's start, else the year of writing
    frames: dict[int, Frame] = field(default_factory=dict)  # block index → its frame
    sentence_frames: dict[tuple[int, int], Frame] = field(default_factory=dict)  # (block, sentence) → its frame
    block_bodies: dict[int, tuple[list[str], Range]] = field(default_factory=dict)  # "Kế hoạch của Hội LHPN ..."
    date_spans: list[Range] = field(default_factory=list)
    _date_starts: Optional[list[int]] = None
    # the document's metadata (:func:`pipeline.metadata.read`): its type, issuer and date,
    # read once here; the body and time of writing above start from it, and the
    # Document's metadata fields are filled from it (:func:`pipeline.extract.extract_with_metadata`)
    metadata: Reading = field(default_factory=lambda: Reading(Page("")))
    reporting: bool = False  # a review, congress or session: its figures with no cue follow their majority
    session: bool = False  # a council's session: its numbered term is not the time of its figures
    reviewed_part: bool = False  # the term is the year of a part-year review ("6 tháng đầu năm 2023")
    reviewed_year: Optional[int] = None  # the whole year a review reports on ("tổng kết công tác năm 2030")
    reviewed_term: bool = False  # the report reviews its term as it ends ("tổng kết ... giai đoạn 2020 - 2022")

    def term_periods(self, low: str, s: int, e: int):
        """The periods in low[s:e] that can be the document's time (not a session's council term)."""
        return [p for p in periods(low, s, e) if not (self.session and is_body_term(low, p[1]))]

    def frames_of(self, ctx: Context, block, sentence_index: Optional[int] = None) -> list[Frame]:
        """Frames of the sentence, the block and its parent paragraphs and items, nearest first."""
        # a sentence's own frame, else the nearest earlier sentence's of the paragraph: "Riêng
        # nhiệm kỳ 2018 - 2023 cả Hội thu hút ... . Mỗi năm bình quân ..." goes on in that term
        # (a one-year frame holds its own sentence only: "Năm 2023, thu nhập đạt ... . Toàn huyện có ...")
        own = self.sentence_frames.get((block.index, sentence_index))
        for si in range(sentence_index - 1, -1, -1) if own is None and sentence_index is not None else ():
            f = self.sentence_frames.get((block.index, si))
            if f is not None:
                own = f if f.period is None or f.period[0] != f.period[1] else None
                break
        out, b = [own] if own else [], block
        while b is not None:
            if b.index in self.frames:
                out.append(self.frames[b.index])
            if b.parent is None or b.kind in ("heading", "title"):
                break
            b = ctx.structure.blocks[b.parent]
        return out

    def body_of(self, ctx: Context, block, pos: Optional[int] = None) -> tuple[list[str], Optional[Range], str]:
        """The body that sets a block's figures: the owner of the plan or report its
        paragraph spoke of before them ("Theo số liệu của Hội Nông dân xã, ..."), else the document's."""
        b = block
        while b is not None and b.kind not in ("heading", "title"):
            if b.index in self.block_bodies and (pos is None or self.block_bodies[b.index][1][0] < pos):
                codes, span = self.block_bodies[b.index]
                return codes, span, "sentence"
            b = ctx.structure.blocks[b.parent] if b.parent is not None else None
        return self.body, self.body_span, "document"

    def dates_in(self, s: int, e: int) -> list[Range]:
        """The dates that start in [s, e) (by bisection: long documents have many)."""
        starts = [a for a, _ in self.date_spans] if self._date_starts is None else self._date_starts
        self._date_starts = starts
        return self.date_spans[bisect_left(starts, s):bisect_left(starts, e)]

    def is_past(self, a: int, b: int) -> Optional[bool]:
        """Is the frame [a, b] before the document's time (True), after it (False), or neither (None)?"""
        return _is_past(self, a, b)

    def single_body(self, codes: Optional[list[str]] = None) -> Optional[str]:
        """The body's code when it is one mass organization (its "chi hội", "hội viên" are its own)."""
        codes = self.body if codes is None else codes
        return codes[0] if len(codes) == 1 and codes[0] in MASS_ORGS else None


def _is_past(dc: DocumentContext, a: int, b: int) -> Optional[bool]:
    if dc.now is None:
        return None
    if a == b:
        if a == dc.reviewed_year:
            return True  # (a December review of its own year: the year just ended)
        return True if a < dc.now else False if a > dc.now else None
    if b <= dc.now and a < dc.now:
        return True
    return False if a >= dc.now else None


@lru_cache(maxsize=1)
def _guests_re() -> regex.Pattern:
    return regex.compile(rf"[\s*\-–]*(?:{alternation(load_lexicon('organizations').guest_words)})(?![\p{{L}}])")


def head_ranges(ctx: Context) -> tuple[list[Range], list[Range]]:
    """The title's stretches and the opening paragraphs after it."""
    blocks = ctx.structure.blocks
    title = [(blocks[i].start, blocks[i].end) for i in ctx.structure.title]
    # the opening paragraphs: running text, past the short lines of a saved web page's furniture
    # (nor a photo's caption: "Các đại biểu dự kỳ họp ... Ảnh: T.H" tells no event of the story)
    caption = layout_patterns().caption
    rest: list[Range] = []
    for b in blocks:
        if len(rest) == _HEAD_BLOCKS:
            break
        # (nor the paragraph that lists the guests: "Tham dự hội nghị có đồng chí ...")
        if b.kind != "title" and b.end - b.start >= _LEAD_CHARS and not caption.search(ctx.low, b.start, b.end) \
                and not _guests_re().match(ctx.low, b.start):
            rest.append((b.start, b.end))
    return title, [(s, min(e, s + HEAD_CHARS)) for s, e in rest]


def head_captions(ctx: Context) -> list[Range]:
    """The photo captions among the head's paragraphs: no lead, but a caption may be the only
    line that names the event ("Bí thư Tỉnh ủy chúc mừng Đại hội Đảng bộ huyện ... (Ảnh: T.H)").

    >>> from pipeline.extract import run
    >>> ctx = run("Tin đại hội\\n\\nĐồng chí A chúc mừng Đại hội Đảng bộ huyện B lần thứ X. (Ảnh: T.H)\\n\\nNội dung.",
    ...           until="structure")
    >>> [ctx.low[s:e][:21] for s, e in head_captions(ctx)]
    ['đồng chí a chúc mừng ']
    """
    caption = layout_patterns().caption
    return [(b.start, b.end) for b in ctx.structure.blocks[:_HEAD_BLOCKS + len(ctx.structure.title)]
            if b.kind != "title" and caption.search(ctx.low, b.start, b.end)]


def sentences_in(ctx: Context, s: int, e: int) -> list[Range]:
    """The sentences of the block that holds low[s:e], cut to it (the stretch itself outside blocks)."""
    for b in ctx.structure.blocks:
        if b.start <= s < b.end or s <= b.start < e:
            if b.sentences and b.start <= s < b.end:
                return [(max(x.start, s), min(x.end, e)) for x in b.sentences if x.end > s and x.start < e]
    return [(s, e)]


_PLACE_REACH = 40  # "Đại hội Hội Cựu chiến binh | xã Đông Sơn": the place after the body's name


def body_level(ctx: Context) -> Optional[str]:
    """The level of the body the document context found in the lead (its congress or conference,
    or the body a news lead says acts or issues), read from its phrase and the place right after
    it ("Đại hội Cựu chiến binh toàn quốc ..." → central, "Theo đó, UBND tỉnh B yêu cầu ..." →
    province); None for a body read from the header or the title's topic.

    >>> from pipeline.extract import run
    >>> body_level(run("Đại hội Cựu chiến binh toàn quốc lần thứ VIII bế mạc.\\nHằng năm giúp 900 hộ thoát nghèo."))
    'central'
    >>> body_level(run("Tỉnh triển khai kế hoạch giảm nghèo\\n\\nTheo đó, UBND tỉnh Hậu Giang yêu cầu các sở tăng cường "
    ...                "tuyên truyền; phấn đấu đến năm 2030 giảm 2% hộ nghèo."))
    'province'
    """
    dc = ctx.document
    if dc.body_source not in ("congress", "lead", "issued") or dc.body_span is None:
        return None
    s, e = dc.body_span
    tail = regex.match(r"[^,.;:()\n]*", ctx.norm.text[e:e + _PLACE_REACH]).group()
    return issuer_level_of(ctx.norm.text[s:e] + tail)
