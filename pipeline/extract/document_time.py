"""The document context's time: the time of writing and the document's own term
(:func:`find_time`), and the frames a block's or a sentence's opening sets ("Nhiệm kỳ
2016 - 2021, ...", "Năm 2024, ..."), carried over the paragraphs of a report
(:func:`find_frames`, :func:`carry_past_frames`)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context
from pipeline.extract.document_context import HEAD_CHARS, DocumentContext, Frame, head_ranges, sentences_in
from pipeline.extract.term_frames import event_spans
from pipeline.extract.timewords import bound_year, periods, single_years, time_patterns
from pipeline.lexicon import alternation, compiled, load_lexicon


_FRAME_CHARS = 120  # how far into a block its framing adverbial may start
_DATE_CHARS = 30  # how long a written date runs before its year ("ngày 16 tháng 10 năm 2020")
_ACHIEVED_REACH = 25  # "đạt và vượt mục tiêu": the achievement just before the aim it is measured against
_AIM_PHRASE_REACH = 80  # "các chỉ tiêu Nghị quyết Đại hội ... lần thứ X đề ra": the aims a closing verb ends


@lru_cache(maxsize=1)
def _date_re() -> regex.Pattern:
    """A written date with its year: "ngày 05 tháng 5 năm 2021", "19/05/2021", "tháng 11/2025", "tháng 11-2025"."""
    w = load_lexicon("time").date_words
    day, month, year = (alternation(w.get(k, [])) for k in ("day", "month", "year"))
    return regex.compile(
        # (the lookahead names what a date starts with: else every alternative is tried
        # at every character, which costs twice the time)
        rf"(?=\d|{day}|{month})(?:"
        rf"(?<!\d)(?:(?:{day})\s+)?\d{{1,2}}\s*(?:/|-|\.|\s+(?:{month})\s+)\s*\d{{1,2}}\s*(?:/|-|\.|\s+(?:{year})\s+)\s*"
        rf"((?:19|20)\d{{2}})(?!\d)"
        rf"|(?<![\p{{L}}])(?:{month})\s+\d{{1,2}}\s*(?:/|-|(?:{year})\s+)\s*((?:19|20)\d{{2}})(?!\d)"
        rf"|(?<!\d)((?:19|20)\d{{2}})-\d{{1,2}}-\d{{1,2}}(?!\d))")  # "2026-01-03"


@lru_cache(maxsize=1)
def _span_joiner() -> regex.Pattern:
    """What joins the two dates of a span: a dash, or a word of time.yaml's date_span_joiners."""
    words = load_lexicon("time").date_span_joiners or ["(?!)"]
    return regex.compile(rf"\s*(?:[-–]|(?<![\p{{L}}])(?:{alternation(words)})(?![\p{{L}}]))\s*")


_CITED_DATE_REACH = 60  # "Kế hoạch số 14-KH/HU, ngày 3/8/2023": the document's type and symbol before its date


@lru_cache(maxsize=1)
def _cited_date() -> regex.Pattern:
    """A document's type and symbol right before a date: the date is that document's."""
    types = alternation(load_lexicon("exclusions").document_types)
    number = regex.escape(load_lexicon("metadata_references").number_word)
    return regex.compile(rf"(?<![\p{{L}}])(?:{types})(?:\s+{number})?\s+\d+(?:/\d{{4}})?(?:[/-][\p{{L}}\d]+)+\s*,?\s*"
                         rf"(?:(?:{alternation(load_lexicon('time').date_words.get('day', []))})\s*)?$")


@lru_cache(maxsize=1)
def _labelled_date_re() -> regex.Pattern:
    """A saved page's opening date line: " date 2024-06-15", " date 2024-06"."""
    labels = load_lexicon("time").date_labels or ["(?!)"]
    return regex.compile(rf"\s*(?:{alternation(labels)})\s*:?\s*((?:19|20)\d\d)-\d{{1,2}}(?:-\d{{1,2}})?[ \t]*(?:\n|$)")


def find_time(ctx: Context, dc: DocumentContext) -> None:
    dc.date_spans = [(m.start(), m.end()) for m in _date_re().finditer(ctx.low)]
    title, opening = head_ranges(ctx)
    head_end = max([e for _, e in title + opening] + [min(len(ctx.low), HEAD_CHARS)])
    issued = dc.metadata.issued_on
    labelled = _labelled_date_re().match(ctx.low)
    if labelled and issued is None:
        dc.written_year, dc.written_span = int(labelled.group(1)), labelled.span(1)
    for m in _date_re().finditer(ctx.low, 0, head_end) if dc.written_year is None else ():
        joined = _span_joiner().match(ctx.low, m.end())  # "từ tháng 7/2025 đến tháng 6/2026"
        if joined and _date_re().match(ctx.low, joined.end()):
            continue  # the start of a span of dates ("chào mừng 78 năm Ngày Quốc khánh (2-9-1945 – 2-9-2023)")
        if _cited_date().search(ctx.low, max(0, m.start() - _CITED_DATE_REACH), m.start()):
            continue  # the date of a document cited: "theo Kế hoạch 14-KH/HU, ngày 3/8/2023 của ..."
        year = int(m.group(1) or m.group(2) or m.group(3))
        if issued is None or year == issued.year:
            dc.written_year, dc.written_span = year, (m.start(), m.end())
            break
    if issued is not None and dc.written_year != issued.year:
        dc.written_year, dc.written_span = issued.year, None  # a dateline further down the header
    years: list[int] = []
    # a session's report: the council's term ("HĐND thị xã khóa XII, nhiệm kỳ 2021 - 2026, họp kỳ
    # thứ hai ...") is not the time of its figures
    head = " ".join(ctx.low[s:e] for s, e in title + opening[:1])
    dc.session = bool(compiled("time", "session_words").search(head))
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
        lead = sentences_in(ctx, *opening[0])[0]
        lead_years = [m for m in time_patterns()["single"].finditer(ctx.low, *lead)
                      if not dc.dates_in(m.start(), m.end()) and not bound_year(ctx.low, m.start())]
        # a lead that opens on one year tells that year's plan or report, whatever period it
        # cites after ("Năm 2025, thị xã thực hiện các mục tiêu của kế hoạch 2021 - 2025 ...")
        frame = _frame_at(ctx, dc, *lead)
        if frame is not None and frame.period is not None and frame.period[0] == frame.period[1] \
                and _frame_opener().fullmatch(ctx.low, lead[0], frame.span[0]):
            dc.term, dc.term_span = frame.period, frame.span
        elif ps:
            dc.term, dc.term_span = ps[0][0], (ps[0][1], ps[0][2])
        elif len({m.group(1) for m in lead_years}) == 1:
            y = int(lead_years[0].group(1))
            dc.term, dc.term_span = (y, y), (lead_years[0].start(), lead_years[0].end())
    part = _reviewed_part(ctx, title + opening[:1], dc.written_year)
    whole = None if part is not None else _reviewed_year(ctx, dc, title + opening[:2])
    part = part or whole
    if part is not None and (dc.term is None or dc.term[0] <= part[0] <= dc.term[1]):
        dc.term, dc.term_span, dc.reviewed_part = (part[0], part[0]), part[1], True
        dc.reviewed_year = whole[0] if whole else None
    # figures are told from the year of writing (a mid-term review in 2023 reports on a
    # 2020 - 2025 term still running); without a date, from the start of the document's term
    if dc.written_year is not None and not (dc.term and dc.written_year < dc.term[0] - 1):
        dc.now = dc.written_year
    elif dc.term:
        dc.now = dc.term[0]
        if _reviews_its_term(ctx, dc):
            dc.now = dc.term[1]  # "Hội ... tổng kết phong trào ... giai đoạn 2020 - 2022": written as it ends
            dc.reviewed_term = True
        # (a lead that tells the figures measured up to a later year of the term is written after it:
        # "Tính đến hết năm 2023, huyện còn ... hộ cận nghèo ... Chương trình ... giai đoạn 2021 - 2025")
        # (the title too: a passage whose first line is its lead, "Theo Sở Y tế, tính đến hết năm 2030, ...")
        measured = _measured_year(ctx, title[:1] + opening[:1])
        if measured is not None and dc.term[0] < measured <= dc.term[1]:
            dc.now = measured
    elif len(set(years)) > 1:  # "Báo cáo ... năm 2018 và phương hướng năm 2019": told from the coming year
        dc.now = max(years)


@lru_cache(maxsize=1)
def _review_part_re() -> regex.Pattern:
    t = load_lexicon("time")
    words = t.review_year_parts or ["(?!)"]
    # (its year after it: "quý I/2024", "6 tháng đầu năm 2023", "quý II năm 2024")
    return regex.compile(rf"(?<![\p{{L}}])(?:\d{{1,2}}\s+)?(?:{alternation(words)})(?![\p{{L}}])"
                         rf"(?:(?:\s*/\s*|\s+(?:(?:{alternation(t.period_year_prefix)})\s+)?)((?:19|20)\d\d)(?!\d))?")


def undated_part(ctx: Context, dc: DocumentContext) -> None:
    """A review of part of a year that names no year ("Trong 6 tháng đầu năm, ...") once the text's
    other years told its time ("... phương hướng, nhiệm vụ 6 tháng cuối năm 2024"): that year's part."""
    if dc.term is not None or dc.now is None:
        return
    title, opening = head_ranges(ctx)
    part = _reviewed_part(ctx, title + opening[:1], dc.now)
    if part is not None:
        dc.term, dc.term_span, dc.reviewed_part = (part[0], part[0]), part[1], True


def _reviewed_part(ctx: Context, ranges, written: Optional[int]):
    """The year of the part of a year a review reports on ("Huyện ủy đánh giá ... 6 tháng đầu năm và
    bàn nhiệm vụ quý IV năm 2031"), with its span; None without a year to tell it by."""
    for s, e in ranges:
        # (the first sentence tells the event: "Qua nửa nhiệm kỳ thực hiện Nghị quyết ... . Tổng sản phẩm
        # ..., riêng 6 tháng đầu năm 2023 tăng 8,61%" reviews the term, its half-year is a detail)
        s, e = sentences_in(ctx, s, e)[0]
        found = list(_review_part_re().finditer(ctx.low, s, e))
        years = {int(m.group(1)) for m in found if m.group(1)}
        if len(years) > 1:
            return None
        if found:
            y = years.pop() if years else written
            return (y, (found[0].start(), found[0].end())) if y else None
    return None


_REVIEWED_REACH = 120  # "báo cáo kết quả thực hiện chương trình việc làm năm 2026": the review word to its year


def _reviewed_year(ctx: Context, dc: DocumentContext, ranges):
    """The one year a review in the title or lead reports on, after its review word and no
    period between ("... Ban Chỉ đạo giai đoạn 2026 - 2030 họp nghe báo cáo kết quả
    công tác giảm nghèo năm 2027"), with its span; not a year after the writing."""
    review = compiled("time", "review_words")
    for s, e in ranges:
        for a, b in sentences_in(ctx, s, e)[:1]:
            m = review.search(ctx.low, a, b)
            if m is None:
                continue
            z = min(b, m.end() + _REVIEWED_REACH)
            if dc.term_periods(ctx.low, m.end(), z):
                return None
            found = [y for y in time_patterns()["single"].finditer(ctx.low, m.end(), z)
                     if not dc.dates_in(max(0, y.start() - _DATE_CHARS), y.end()) and not bound_year(ctx.low, y.start())]
            # (the years after a turn to the next one's work are that work's: "... năm 2030 và triển khai
            # nhiệm vụ năm 2031")
            turn = compiled("time", "review_turns").search(ctx.low, found[0].end(), z) if found else None
            years = {int(y.group(1)) for y in found if turn is None or y.start() < turn.start()}
            if len(years) == 1 and (dc.written_year is None or min(years) <= dc.written_year):
                return min(years), (found[0].start(), found[0].end())
            return None
    return None


def mid_term_now(ctx: Context, dc: DocumentContext) -> None:
    """An undated review at the middle of its term ("đánh giá giữa nhiệm kỳ ... nhiệm kỳ 2021-2026",
    "Nửa nhiệm kỳ qua, ...") is told from the term's middle year, not its start; a congress opens
    its term, whatever it says of the half just past.

    >>> from pipeline.extract import run
    >>> run("Sơ kết giữa nhiệm kỳ Hội Nông dân xã A, nhiệm kỳ 2028 - 2033\\nHội đã kết nạp 40 hội viên.",
    ...     until="document").document.now
    2031
    """
    # (not when a date or a measured year told the time; "sơ kết ..." before the term is no review of its end here)
    told = dc.term is not None and (dc.now == dc.term[0] or dc.reviewed_term)
    if not told or dc.term[1] - dc.term[0] < 2 or dc.written_year is not None or dc.body_source == "congress":
        return
    title, opening = head_ranges(ctx)
    head = " ".join(ctx.low[s:e] for s, e in title + opening[:1])
    if compiled("time", "mid_term_words").search(head):
        dc.now = dc.term[0] + (dc.term[1] - dc.term[0] + 1) // 2  # 2021 - 2026: 2024
        dc.reviewed_term = False


def _reviews_its_term(ctx: Context, dc: DocumentContext) -> bool:
    """Does the sentence naming the document's term review it ("tổng kết ... giai đoạn 2020 - 2022")?"""
    if dc.term_span is None or dc.term[0] == dc.term[1]:
        return False
    s, _ = sentences_in(ctx, *dc.term_span)[0]
    s = ctx.line(s)[0] if s == dc.term_span[0] else s  # (a title line has no sentences of its own)
    return bool(compiled("time", "review_words").search(ctx.low, s, dc.term_span[0]))


def _measured_year(ctx: Context, ranges) -> Optional[int]:
    """The year the first sentence of one of ``ranges`` (the title's, the opening's) says its
    figures were measured up to ("Tính đến hết năm 2023, ...")."""
    for r in ranges:
        s, e = sentences_in(ctx, *r)[0]
        m = _measured_re().search(ctx.low, s, e)
        if m:
            return int(m.group(1))
    return None


@lru_cache(maxsize=1)
def _measured_re() -> regex.Pattern:
    t = load_lexicon("time")
    joiners = [w for w in t.period_joiners if w[0].isalpha()]  # "tính đến hết năm 2024"
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(t.measured_until_words)})(?:\s+(?:{alternation(joiners)}))?"
                         rf"(?:\s+(?:{alternation(t.period_year_prefix)}))?\s+((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=1)
def _frame_opener():
    return regex.compile(rf"[\s\W]*(?:(?:{alternation(load_lexicon('time').frame_openers)})\s+)*")


def _frame_at(ctx: Context, dc: DocumentContext, s: int, e: int) -> Optional[Frame]:
    """The time adverbial that opens low[s:e] and is closed by a comma, as a frame."""
    e = min(e, s + _FRAME_CHARS)
    T = time_patterns()
    found = [(p, a, z) for p, a, z in periods(ctx.low, s, e)]
    # a single year, not a deadline ("Phấn đấu đến hết năm 2025, ..." is an aim, not a frame)
    # (a year after "đến hết" that a report's cue opens is when the figures were measured:
    # "Dự ước đến hết năm 2023, ...", "Tính đến cuối năm 2023, ...")
    reported = compiled("time", "measured_until_words").search(ctx.low, s, e)
    found += [((int(m.group(1)), int(m.group(1))), m.start(), m.end()) for m in T["single"].finditer(ctx.low, s, e)
              if not any(a <= m.start() < z for _, a, z in found)
              and not any(a <= m.start() < z for a, z in dc.dates_in(max(0, m.start() - _DATE_CHARS), m.end()))
              and (not bound_year(ctx.low, m.start())
                   or (reported is not None and reported.end() <= m.start()))]
    # (a date's year too: "Tính đến hết tháng 3/2026, ...")
    found += [((int(y), int(y)), a, z) for a, z in dc.dates_in(reported.end(), min(e, reported.end() + _DATE_CHARS))
              for y in [_date_re().match(ctx.low, a).group(1) or _date_re().match(ctx.low, a).group(2)
                        or _date_re().match(ctx.low, a).group(3)]] if reported is not None else []
    # (not the term of the event a deed is told at: "Tại Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, ...")
    events = event_spans(ctx, s, e)
    found = [x for x in found if not any(a <= x[1] < z for a, z in events)]
    for p, a, z in sorted(found, key=lambda x: x[1]):
        if regex.match(r"\s*\)?\s*,", ctx.low[z:z + 4]):  # "5 năm qua (2010 - 2015), ..."
            # (figures measured or estimated up to a time are told of it, whenever the text was
            # written: "Tính đến cuối năm 2022, ..." in an undated report)
            past = True if reported is not None and reported.end() <= a else dc.is_past(*p)
            return Frame(period=p, span=(a, z), past=past)
        # a term that opens the sentence, even without its comma ("Riêng nhiệm kỳ 2018 - 2023 cả Hội ...")
        if p[0] != p[1] and _frame_opener().fullmatch(ctx.low, s, a):
            return Frame(period=p, span=(a, z), past=dc.is_past(*p))
    m = compiled("time", "past_term_words").search(ctx.low, s, e)
    if m and _starts_with("past_term_not_before").match(ctx.low, m.end()):
        m = None  # "Trong nửa nhiệm kỳ còn lại, ...": the half to come
    if m:  # "Nhiệm kỳ qua, ...", "5 năm qua, ...": a report of the time just past, its years not stated
        return Frame(period=None, span=(m.start(), m.end()), past=True)
    return None


def find_frames(ctx: Context, dc: DocumentContext) -> None:
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


def _turns_to_aims(ctx: Context, s: int, e: int) -> bool:
    """Words of aims in low[s:e], not those an achievement is measured against ("đạt và vượt
    mục tiêu đề ra")."""
    achieved = compiled("exclusions", "achievement_words")
    aims = compiled("kinds", "met_counted")

    def measured(m) -> bool:
        if achieved.search(ctx.low, max(s, m.start() - _ACHIEVED_REACH), m.start()):
            return True
        # (or the aims it closes, named further back: "hoàn thành vượt mức các chỉ tiêu Nghị quyết
        # Đại hội Hội Nông dân thành phố lần thứ X đề ra")
        nouns = list(aims.finditer(ctx.low, max(s, m.start() - _AIM_PHRASE_REACH), m.start()))
        return bool(nouns) and bool(achieved.search(ctx.low, max(s, nouns[0].start() - _ACHIEVED_REACH), nouns[0].start()))
    return any(not measured(m) for m in compiled("time", "past_frame_ends").finditer(ctx.low, s, e))


def _heading_ends_past(ctx: Context, dc: DocumentContext, b) -> bool:
    """Whether a heading turns from the time just past: it names aims ("II. PHƯƠNG HƯỚNG, NHIỆM
    VỤ"), or a time not past."""
    if compiled("kinds", "target_headings").search(ctx.low, b.start, b.end) or _turns_to_aims(ctx, b.start, b.end):
        return True
    return any(dc.is_past(*p) is not True for p, _, _ in periods(ctx.low, b.start, b.end))


def carry_past_frames(ctx: Context, dc: DocumentContext) -> None:
    """In a report, the time just past goes on over the paragraphs after the one that
    names it ("Nhiệm kỳ 2018-2023, Hội đã kết nạp ... ." / "Trong phong trào ..., có trên
    34.100 lượt hộ ..."), until a heading, a paragraph framed by its own time, or one that
    turns to the aims ("Nhiệm kỳ tới, Hội phấn đấu ...") or names a time that is not past."""
    carried: Optional[Frame] = None
    for b in ctx.structure.blocks:
        if b.kind == "title" or b.kind == "heading" and _heading_ends_past(ctx, dc, b):
            carried = None
            continue
        if b.kind == "heading":
            continue  # a news report's subheading ("NÔNG NGHIỆP PHÁT TRIỂN KHÁ"): the report goes on
        if b.index in dc.frames:
            f = dc.frames[b.index]
            carried = f if f.past else None
            continue
        if not b.sentences:
            continue
        # (not the term of the event a deed is told at: "Tại Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, ...")
        events = [x for sent in b.sentences for x in event_spans(ctx, sent.start, sent.end)]
        stated = [p for p in periods(ctx.low, b.start, b.end) if not any(a <= p[1] < z for a, z in events)]
        if carried is None:
            # a paragraph that reports on a past term it names, not as its frame ("... chung sức
            # đưa Nghị quyết Đại hội của nhiệm kỳ trước vào cuộc sống. Phần lớn chỉ tiêu đều đạt, nhiều chỉ tiêu
            # vượt ..."): the paragraphs after it report on that term
            past = [(p, a, z) for p, a, z in stated if dc.is_past(*p) is True]
            if past and len(past) == len(stated) and b.index not in dc.frames \
                    and compiled("kinds", "result").search(ctx.low, b.start, b.end) and not _turns_to_aims(ctx, b.start, b.end):
                carried = Frame(period=past[0][0], span=(past[0][1], past[0][2]), past=True)
            continue
        # (a paragraph that names a time not past: "Đại hội xác định chỉ tiêu cho nhiệm kỳ 2020 - 2025: ...")
        ahead = any(dc.is_past(*p) is not True for p, _, _ in stated)
        # (not the aim a result is measured against: "vốn tín dụng ... tăng 1,6 lần, vượt 45% mục tiêu nghị quyết")
        if ahead or any(k[0] == b.index for k in dc.sentence_frames) or _turns_to_aims(ctx, b.start, b.end):
            carried = None
            continue
        dc.frames[b.index] = carried


@lru_cache(maxsize=None)
def _starts_with(name: str) -> regex.Pattern:
    """The words of a time.yaml list right at a position (after spaces)."""
    return regex.compile(rf"\s*(?:{alternation(getattr(load_lexicon('time'), name))})(?![\p{{L}}])")
