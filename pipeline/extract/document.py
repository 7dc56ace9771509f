"""Component ``document``: what the whole document says about its figures, read once.

- the **body** that sets or reports the figures (ANNOTATION.md, org step 3):
  the organization holding the congress or conference, else whose work the
  title says the document is about, else the issuer in the header, else the
  actor of the opening paragraph (a news report's lead);
- the **time of writing** (dateline, date of posting) and the document's own
  term or period (title), which tell a past term's results from the coming
  term's targets;
- per block, the **frame** its opening sets ("Nhiệm kỳ 2016 - 2021, ...",
  "Năm 2024, ..."): its period and whether it lies before the document's time;
- every date's span, so a date is never read as a period or a deadline.
"""
from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Range
from pipeline.extract.mentions import org_groups, org_patterns, resolve_group
from pipeline.extract.timewords import bound_year, is_body_term, periods, single_years, time_patterns
from pipeline.lexicon import alternation, load_lexicon, phrase_pattern, words_re
from pipeline.metadata import Reading
from pipeline.metadata import read as read_metadata
from pipeline.metadata.text import Page

_log = logging.getLogger(__name__)
MASS_ORGS = ("MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB")
_HEAD_BLOCKS = 8  # paragraphs after the title where a news report names its body
_LEAD_CHARS = 60  # a paragraph shorter than this is a label or page furniture, not a lead
_HEAD_CHARS = 1500
_FRAME_CHARS = 120  # how far into a block its framing adverbial may start
_CONGRESS_GAP = 40
_RX_CLAUSE_BREAK = regex.compile(r"[,;]\s*")
_CITED_REACH = 30  # "Nghị quyết số 12-NQ/HU của Đại hội ..." : a document word this close cites the congress
_LEAD_LINE_CHARS = 300  # the part of the body's line read for a report's words
_REPORT_TITLE = 200  # how long a report's title may run before "của <owner>"
_LEAD_VERB_REACH = 35  # "Hội LHPN huyện Yên Thành đã tổ chức": the body's place and "đã" before its verb
_SUBJECT_CHARS = 30  # how far into a header line or lead sentence its subject may start ("Ngày 18/5, Hội ...")


@lru_cache(maxsize=1)
def _date_re() -> regex.Pattern:
    """A written date with its year: "ngày 05 tháng 5 năm 2021", "19/05/2021", "tháng 11/2025"."""
    w = load_lexicon("time").date_words
    day, month, year = (alternation(w.get(k, [])) for k in ("day", "month", "year"))
    return regex.compile(
        rf"(?<!\d)(?:(?:{day})\s+)?\d{{1,2}}\s*(?:/|-|\.|\s+(?:{month})\s+)\s*\d{{1,2}}\s*(?:/|-|\.|\s+(?:{year})\s+)\s*"
        rf"((?:19|20)\d{{2}})(?!\d)"
        rf"|(?<![\p{{L}}])(?:{month})\s+\d{{1,2}}\s*(?:/|(?:{year})\s+)\s*((?:19|20)\d{{2}})(?!\d)"
        rf"|(?<!\d)((?:19|20)\d{{2}})-\d{{1,2}}-\d{{1,2}}(?!\d)")  # "2026-01-03"


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

    def term_periods(self, low: str, s: int, e: int):
        """The periods in low[s:e] that can be the document's time (not a session's council term)."""
        return [p for p in periods(low, s, e) if not (self.session and is_body_term(low, p[1]))]

    def frames_of(self, ctx: Context, block, sentence_index: Optional[int] = None) -> list[Frame]:
        """Frames of the sentence, the block and its parent paragraphs and items, nearest first."""
        # a sentence's own frame, else the nearest earlier sentence's of the paragraph: "Riêng
        # trong nhiệm kỳ 2017-2022 toàn Hội đã kết nạp ... . Trung bình mỗi năm ..." goes on in that term
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
        paragraph spoke of before them ("Theo báo cáo của Hội Nông dân huyện, ..."), else the document's."""
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


@lru_cache(maxsize=1)
def _patterns() -> dict:
    org = load_lexicon("organizations")
    ex = load_lexicon("exclusions")
    short = {w: code for code, ws in org.congress_bodies.items() for w in ws}
    return {
        "congress": words_re(org.congress_words),
        "short": short,
        "short_re": regex.compile(r"\s*" + phrase_pattern(list(short))),
        "work": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.work_words)})\s+"),
        "guest": words_re(org.guest_words),
        "opener_before": words_re(org.carried_out_before),
        "opener": regex.compile(rf"\s*(?:{alternation(org.lead_openers)})(?![\p{{L}}])"),
        "lead_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])(?:{alternation(org.lead_verbs)})(?![\p{{L}}])"),
        "cited_before": words_re(ex.document_types),
        "owner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.document_types)})(?:\s+[\p{{L}}\d-]+){{0,2}}?"
                               rf"\s+(?:{alternation(org.cited_issuer_prepositions)})\s+"),
        # "Báo cáo tóm tắt kết quả thực hiện Kế hoạch ... của Chính phủ cho biết ...": a report's
        # long title, then its owner, who tells the figures
        "report_owner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.report_words)})[^.;:]{{0,{_REPORT_TITLE}}}?"
                                      rf"\s(?:{alternation(org.cited_issuer_prepositions)})\s+"),
        "source": regex.compile(rf"(?:^|(?<=[.;:!?]\s))\W*(?:{alternation(org.source_openers)})\s+", regex.M),
        "reporting_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])(?:{alternation(org.reporting_verbs)})(?![\p{{L}}])"),
        "alias_at": regex.compile(r"\s*" + phrase_pattern(list(org_patterns()["alias_code"]))),
        "gap": regex.compile(r"[^,.;:()]*"),
    }


def _org_after(ctx: Context, pos: int, limit: int) -> tuple[list[str], Optional[Range]]:
    """The organization named right after ``pos`` (a full alias, or a short name),
    starting within ``_CONGRESS_GAP`` characters; its group may run on to ``limit``
    ("hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội")."""
    P = _patterns()
    end = P["gap"].match(ctx.low, pos, limit).end()
    groups, spans = org_groups(ctx.low, pos, end)
    if groups and spans[0][0] - pos > _CONGRESS_GAP:
        groups, spans = [], []
    # a short name ("Phụ nữ", "Đoàn") only right after the congress word, not further on ("... đoàn kết")
    m = P["short_re"].match(ctx.low, pos, end)
    if groups and all(c in ("BODY", "GENERIC") for c in groups[0]):
        groups, spans = [], []
    if groups and (not m or spans[0][0] <= m.start()):
        codes = [c for c in resolve_group(groups[0]) if c not in ("BODY", "GENERIC")]
        if codes:
            return codes, spans[0]
    if m:
        return [P["short"][regex.sub(r"\s+", " ", m.group(1))]], (m.start(), m.end())
    return [], None


def _head(ctx: Context) -> tuple[list[Range], list[Range]]:
    """The title's stretches and the opening paragraphs after it."""
    blocks = ctx.structure.blocks
    title = [(blocks[i].start, blocks[i].end) for i in ctx.structure.title]
    # the opening paragraphs: running text, past the short lines of a saved web page's furniture
    rest = [(b.start, b.end) for b in blocks if b.kind != "title" and b.end - b.start >= _LEAD_CHARS][:_HEAD_BLOCKS]
    return title, [(s, min(e, s + _HEAD_CHARS)) for s, e in rest]


def _find_body(ctx: Context, dc: DocumentContext) -> None:
    P = _patterns()
    title, opening = _head(ctx)
    guests = [(a, b) for s, e in title + opening for a, b in _sentences(ctx, s, e) if P["guest"].search(ctx.low, a, b)]
    # 1. a congress or conference: "Đại hội đại biểu Phụ nữ huyện ...", "Hội nghị Ban Chấp hành Đảng bộ ..."
    for s, e in title + opening:
        for m in P["congress"].finditer(ctx.low, s, e):
            if P["cited_before"].search(ctx.low, max(s, m.start() - _CITED_REACH), m.start()):
                continue  # "thực hiện Nghị quyết Đại hội Đảng bộ huyện": a congress the document cites
            codes, span = _org_after(ctx, m.end(), e)
            if codes and any(a <= m.start() < b for a, b in guests) and span[0] - m.end() > 1:
                continue  # "Dự đại hội có ... Hội Cựu chiến binh": a guest ("đã tham dự Đại hội Đoàn ..." names it)
            if codes:
                dc.body, dc.body_span, dc.body_source = codes, (m.start(), span[1]), "congress"
                return
    # 2. whose work the title says the document is about: "công tác Đoàn", "phong trào phụ nữ"
    # (the title as one stretch: its lines break wherever the typist pressed Enter)
    for s, e in title[:1] and [(title[0][0], title[-1][1])]:
        for m in P["work"].finditer(ctx.low, s, e):
            codes, span = _org_after(ctx, m.end(), e)
            if codes:
                dc.body, dc.body_span, dc.body_source = codes, (m.start(), span[1]), "work"
                return
    # 3. the issuer the metadata found: the header's, or the body a news report reports on
    span = dc.metadata.issuer_span  # offsets in the text as read → in the normalized text
    issuer = _issuer_codes(ctx, span and ctx.norm.to_normalized(*span))
    if issuer:
        dc.body, dc.body_span, dc.body_source = *issuer, "issuer"
        return
    # else the issuer in the title lines, 4. the actor of the opening paragraph (not its guests)
    for source, ranges in (("issuer", title), ("lead", opening)):
        for s, e in ranges:
            for a, b in _sentences(ctx, s, e):
                if P["guest"].search(ctx.low, a, b):
                    continue
                # the subject opens the sentence, or follows its opening adverbial
                # ("Thực hiện Quyết định số ... của Thủ tướng, UBND Thành phố yêu cầu ...")
                starts = [a]
                if P["opener"].match(ctx.low, a, b):
                    starts += [m.end() for m in _RX_CLAUSE_BREAK.finditer(ctx.low, a, b)]
                groups, spans = org_groups(ctx.low, a, b)
                for g, sp in zip(groups, spans):
                    acts = bool(P["lead_verb"].match(ctx.low, sp[1], b))
                    if source == "issuer" and not acts and not any(0 <= sp[0] - x <= _SUBJECT_CHARS for x in starts):
                        continue  # not the line's subject: "... đối thoại giữa người đứng đầu cấp ủy"
                    if source == "lead" and not acts:
                        continue  # mentioned, not acting: "Công tác xây dựng Đảng ... có nhiều tiến bộ"
                    if all(c in ("BODY", "GENERIC") for c in g):
                        continue  # "mỗi chi hội ...": a unit type names no body
                    codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
                    if codes:
                        dc.body, dc.body_span, dc.body_source = codes, sp, source
                        return


def _issuer_codes(ctx: Context, span: Optional[Range]) -> Optional[tuple[list[str], Range]]:
    """The organization codes of the issuer's name ("BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN" → HND)."""
    if not span:
        return None
    for g, sp in zip(*org_groups(ctx.low, *span)):
        codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
        if codes:
            return codes, sp
    return None


def _sentences(ctx: Context, s: int, e: int) -> list[Range]:
    for b in ctx.structure.blocks:
        if b.start <= s < b.end or s <= b.start < e:
            if b.sentences and b.start <= s < b.end:
                return [(max(x.start, s), min(x.end, e)) for x in b.sentences if x.end > s and x.start < e]
    return [(s, e)]


def _find_time(ctx: Context, dc: DocumentContext) -> None:
    dc.date_spans = [(m.start(), m.end()) for m in _date_re().finditer(ctx.low)]
    title, opening = _head(ctx)
    head_end = max([e for _, e in title + opening] + [min(len(ctx.low), _HEAD_CHARS)])
    issued = dc.metadata.issued_on
    for m in _date_re().finditer(ctx.low, 0, head_end):
        year = int(m.group(1) or m.group(2) or m.group(3))
        if issued is None or year == issued.year:
            dc.written_year, dc.written_span = year, (m.start(), m.end())
            break
    if issued is not None and dc.written_year != issued.year:
        dc.written_year, dc.written_span = issued.year, None  # a dateline further down the header
    years: list[int] = []
    # a session's report: the council's term ("HĐND huyện khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp
    # thứ 2 ...") is not the time of its figures
    head = " ".join(ctx.low[s:e] for s, e in title + opening[:1])
    dc.session = bool(_session_words().search(head))
    term_periods = dc.term_periods

    for s, e in title:
        ps = term_periods(ctx.low, s, e)
        if ps:
            dc.term, dc.term_span = ps[0][0], (ps[0][1], ps[0][2])
            break
        years += single_years(ctx.low, s, e, dc.date_spans)
    if dc.term is None and not years and opening:
        # a news report states the period of what it reports in its lead ("... giai đoạn 2016 – 2020."),
        # a one-year review its year ("Hội nghị báo cáo tình hình ... 6 tháng đầu năm 2024.")
        ps = term_periods(ctx.low, *opening[0])
        lead = _sentences(ctx, *opening[0])[0]
        lead_years = [m for m in time_patterns()["single"].finditer(ctx.low, *lead)
                      if not dc.dates_in(m.start(), m.end()) and not bound_year(ctx.low, m.start())]
        # a lead that opens on one year tells that year's plan or report, whatever period it
        # cites after ("Năm 2024, huyện tiếp tục duy trì mục tiêu kế hoạch 5 năm (2021-2025) ...")
        frame = _frame_at(ctx, dc, *lead)
        if frame is not None and frame.period is not None and frame.period[0] == frame.period[1]:
            dc.term, dc.term_span = frame.period, frame.span
        elif ps:
            dc.term, dc.term_span = ps[0][0], (ps[0][1], ps[0][2])
        elif len({m.group(1) for m in lead_years}) == 1:
            y = int(lead_years[0].group(1))
            dc.term, dc.term_span = (y, y), (lead_years[0].start(), lead_years[0].end())
    # figures are told from the year of writing (a mid-term review in 2023 reports on a
    # 2020 - 2025 term still running); without a date, from the start of the document's term
    if dc.written_year is not None and not (dc.term and dc.written_year < dc.term[0] - 1):
        dc.now = dc.written_year
    elif dc.term:
        dc.now = dc.term[0]
    elif len(set(years)) > 1:  # "Báo cáo ... năm 2013 và kế hoạch năm 2014": told from the coming year
        dc.now = max(years)


def _is_past(dc: DocumentContext, a: int, b: int) -> Optional[bool]:
    if dc.now is None:
        return None
    if a == b:
        return True if a < dc.now else False if a > dc.now else None
    if b <= dc.now and a < dc.now:
        return True
    return False if a >= dc.now else None


@lru_cache(maxsize=1)
def _session_words():
    return words_re(load_lexicon("time").session_words)


@lru_cache(maxsize=1)
def _frame_opener():
    return regex.compile(rf"[\s\W]*(?:(?:{alternation(load_lexicon('time').frame_openers)})\s+)*")


@lru_cache(maxsize=1)
def _reported():
    return words_re(load_lexicon("time").measured_until_words)


@lru_cache(maxsize=1)
def _past_term():
    return words_re(load_lexicon("time").past_term_words)


def _frame_at(ctx: Context, dc: DocumentContext, s: int, e: int) -> Optional[Frame]:
    """The time adverbial that opens low[s:e] and is closed by a comma, as a frame."""
    e = min(e, s + _FRAME_CHARS)
    T = time_patterns()
    found = [(p, a, z) for p, a, z in periods(ctx.low, s, e)]
    # a single year, not a deadline ("Phấn đấu đến hết năm 2025, ..." is an aim, not a frame)
    # (a year after "đến hết" that a report's cue opens is when the figures were measured:
    # "Dự ước đến hết năm 2023, ...", "Tính đến cuối năm 2023, ...")
    reported = _reported().search(ctx.low, s, e)
    found += [((int(m.group(1)), int(m.group(1))), m.start(), m.end()) for m in T["single"].finditer(ctx.low, s, e)
              if not any(a <= m.start() < z for _, a, z in found)
              and (not bound_year(ctx.low, m.start())
                   or (reported is not None and reported.end() <= m.start()))]
    for p, a, z in sorted(found, key=lambda x: x[1]):
        if regex.match(r"\s*\)?\s*,", ctx.low[z:z + 4]):  # "5 năm qua (2010 - 2015), ..."
            return Frame(period=p, span=(a, z), past=_is_past(dc, *p))
        # a term that opens the sentence, even without its comma ("Riêng trong nhiệm kỳ 2017-2022 toàn Hội ...")
        if p[0] != p[1] and _frame_opener().fullmatch(ctx.low, s, a):
            return Frame(period=p, span=(a, z), past=_is_past(dc, *p))
    m = _past_term().search(ctx.low, s, e)
    if m:  # "Nhiệm kỳ qua, ...", "5 năm qua, ...": a report of the time just past, its years not stated
        return Frame(period=None, span=(m.start(), m.end()), past=True)
    return None


def _find_frames(ctx: Context, dc: DocumentContext) -> None:
    """"Nhiệm kỳ 2016 - 2021, ...", "Năm 2024, Huyện ủy đề ra ...": a time adverbial
    near a block's start, closed by a comma, frames the whole block; one that opens a
    later sentence frames that sentence."""
    for b in ctx.structure.blocks:
        if b.kind in ("title", "heading") or not b.sentences:
            continue
        for si, sent in enumerate(b.sentences):
            f = _frame_at(ctx, dc, sent.start, sent.end)
            if f is not None and si == 0:
                dc.frames[b.index] = f
            elif f is not None:
                dc.sentence_frames[(b.index, si)] = f


@lru_cache(maxsize=1)
def _past_frame_ends():
    return words_re(load_lexicon("time").past_frame_ends)


def _carry_past_frames(ctx: Context, dc: DocumentContext) -> None:
    """In a report, the time just past goes on over the paragraphs after the one that
    names it ("Nhiệm kỳ 2018-2023, Hội đã kết nạp ... ." / "Trong phong trào ..., có trên
    34.100 lượt hộ ..."), until a heading, a paragraph framed by its own time, or one that
    turns to the aims ("Nhiệm kỳ tới, Hội phấn đấu ...") or names a time that is not past."""
    carried: Optional[Frame] = None
    for b in ctx.structure.blocks:
        if b.kind in ("title", "heading"):
            carried = None
            continue
        if b.index in dc.frames:
            f = dc.frames[b.index]
            carried = f if f.past else None
            continue
        if carried is None or not b.sentences:
            continue
        # (a paragraph that names a time not past: "Đại hội xác định các chỉ tiêu nhiệm kỳ 2020 - 2025: ...")
        ahead = any(dc.is_past(*p) is not True for p, _, _ in periods(ctx.low, b.start, b.end))
        if ahead or any(k[0] == b.index for k in dc.sentence_frames) or _past_frame_ends().search(ctx.low, b.start, b.end):
            carried = None
            continue
        dc.frames[b.index] = carried


def _find_block_bodies(ctx: Context, dc: DocumentContext) -> None:
    """"Kế hoạch của Hội LHPN huyện ...", "Theo báo cáo của Hội Nông dân huyện, ...": the owner
    of the plan or report a paragraph speaks of sets the paragraph's figures."""
    P = _patterns()
    codes_of = org_patterns()["alias_code"]
    title = set(ctx.structure.title)
    for b in ctx.structure.blocks:
        if b.kind == "heading" or b.index in title:
            continue
        for m in P["owner"].finditer(ctx.low, b.start, b.end):
            if P["opener_before"].search(ctx.low, max(b.start, m.start() - _CITED_REACH), m.start()):
                continue  # "thực hiện ... kết luận của Bộ Chính trị": the directive carried out, not the owner
            a = P["alias_at"].match(ctx.low, m.end(), b.end)
            code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
            if code and code not in ("GENERIC", "BODY", "ALL"):
                dc.block_bodies[b.index] = ([code], (a.start(1), a.end(1)))
                break
        if b.index in dc.block_bodies:
            continue
        for sent in b.sentences:  # "Theo Sở Y tế, năm 2025 toàn tỉnh có ..."
            m = P["source"].match(ctx.low, sent.start, sent.end)
            a = m and P["alias_at"].match(ctx.low, m.end(), sent.end)
            code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
            if code and code not in ("GENERIC", "BODY", "ALL") and regex.match(r"\s*,", ctx.low[a.end():a.end() + 3]):
                dc.block_bodies[b.index] = ([code], (a.start(1), a.end(1)))
                break
        if b.index in dc.block_bodies:
            continue
        for m in P["report_owner"].finditer(ctx.low, b.start, b.end):
            a = P["alias_at"].match(ctx.low, m.end(), b.end)
            code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
            if code and code not in ("GENERIC", "BODY", "ALL") and P["reporting_verb"].match(ctx.low, a.end(), b.end):
                dc.block_bodies[b.index] = ([code], (a.start(1), a.end(1)))
                if not dc.body and b.start < _HEAD_CHARS:  # the lead's report names the document's body
                    dc.body, dc.body_span, dc.body_source = [code], (a.start(1), a.end(1)), "lead"
                break


def find_document_context(ctx: Context) -> None:
    """Read the document's body, time and frames.

    >>> from pipeline.extract import run
    >>> dc = run("Đại hội đại biểu Phụ nữ huyện A, nhiệm kỳ 2021 - 2026\\n"
    ...          "Nhiệm kỳ 2016 - 2021, tỷ lệ tập hợp hội viên đạt 92%. Toàn huyện có 12 cơ sở hội.",
    ...          until="document").document
    >>> dc.body, dc.now, list(dc.frames.values())[0].past
    (['HLHPN'], 2021, True)
    """
    try:
        meta = read_metadata(ctx.doc.text)
    except Exception as e:  # the metadata is context: a bug there must not cost the records
        _log.warning("%s: metadata not read (%s: %s)", ctx.doc.source_path or ctx.doc.id, type(e).__name__, e)
        meta = Reading(Page(""))
    dc = DocumentContext(metadata=meta)
    _find_time(ctx, dc)
    _find_body(ctx, dc)
    _find_frames(ctx, dc)
    _find_block_bodies(ctx, dc)
    dc.reporting = _reports(ctx, dc)
    if dc.reporting:
        _carry_past_frames(ctx, dc)
    ctx.document = dc


def _reports(ctx: Context, dc: DocumentContext) -> bool:
    """Does the document report (a review, a congress, a council session)? Read from its
    title lines and the sentence that names its body."""
    head = " ".join(ctx.low[s:e] for s, e in ctx.title_ranges[:6])
    if dc.body_span:
        line = ctx.line(dc.body_span[0])
        head += " " + ctx.low[line[0]:min(line[1], line[0] + _LEAD_LINE_CHARS)]
    return bool(_reporting_words().search(head))


@lru_cache(maxsize=1)
def _reporting_words():
    return words_re(load_lexicon("kinds").reporting_documents)
