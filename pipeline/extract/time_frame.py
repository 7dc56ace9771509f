"""Component ``time``: deadline year, period and frequency, from the clause outwards.

"đến năm 2025" is a deadline, "giai đoạn 2021 - 2025" a period, "hằng năm" a
frequency; a value takes the nearest one stated in its clause, the clauses of
its subject, its sentence's opening, its lead-ins and headings, then the title.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

import regex

from pipeline.extract.base import Context, Evidence
from pipeline.extract.document_context import head_ranges
from pipeline.extract.headline import restate_periods
from pipeline.extract.mentions import first_group
from pipeline.extract.kind_patterns import names_aims
from pipeline.extract.paragraph_deadline import paragraph_deadline
from pipeline.extract.term_frames import coming_term_after, event_spans, named_past_term, reviewed_term, running_term
from pipeline.extract.time_clues import aims_sentence, per_capita, set_off, told_as_now
from pipeline.extract.timewords import (deadline_year, elided_deadline_spans, frequency, parts_from, periods, shared_value,
                                        single_year, single_years, time_patterns)
from pipeline.lexicon import alternation, compiled, load_lexicon


@lru_cache(maxsize=1)
def _measured_on() -> regex.Pattern:
    """The date a status was measured on: "tính đến ngày 31/12/2022", "tính đến hết ngày 30/6/2024"."""
    t = load_lexicon("time")
    day = alternation(t.date_words.get("day", []))
    ends = [w for w in t.period_year_prefix if w not in t.single_year_words and " " not in w]  # "tính đến hết ngày ..."
    # (or a year's start or end: "tính đến đầu năm 2020", "thống kê đến cuối năm 2016")
    year = alternation(t.date_words.get("year", []))
    edges = alternation(t.year_edge_words) if t.year_edge_words else "(?!)"
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(t.measured_until_words)})(?:\s+(?:{alternation(ends)}))?\s+"
                         rf"(?:(?:{day})\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*|(?:{edges})\s+(?:{year})\s+)"
                         rf"((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=1)
def _year_label() -> regex.Pattern:
    """A line that opens on its year as a label: "- Năm 2024: 58 xã, thị trấn"."""
    words = alternation(load_lexicon("time").single_year_words)
    return regex.compile(rf"[\s\-+•*]*(?:(?:{words})\s+)?(?:19|20)\d\d\s*:")


def _opening(r: tuple[int, int], value_starts: list[int]) -> tuple[int, int]:
    """The part of a clause before its first value (``value_starts``: every value's start, sorted)."""
    i = bisect_left(value_starts, r[0])
    return r[0], value_starts[i] if i < len(value_starts) and value_starts[i] < r[1] else r[1]


_LEADING = 25  # how far into a clause with no comma its opening adverbial may reach


_RX_COMMA = regex.compile(r",(?!\d)")  # (not a decimal comma: "4,38%")


def _leading(low: str, r: tuple[int, int]) -> tuple[int, int]:
    """The adverbial that opens a clause: up to its first comma, else its first words."""
    comma = _RX_COMMA.search(low, r[0], r[1])
    return r[0], comma.start() if comma else min(r[1], r[0] + _LEADING)


def _before_lead_ins(ctx: Context, lead_ins: list[tuple[int, int]], block_starts: list[int]) -> list[tuple[int, int]]:
    """The sentence before a list's lead-in, in its paragraph, when it names the aims
    ("... nêu các nhóm chỉ tiêu cần hoàn thành đến năm 2030. Cụ thể
    như sau:"): the lead-in's own time is there."""
    out = []
    for s, _ in lead_ins[:1]:
        i = bisect_right(block_starts, s) - 1
        b = ctx.structure.blocks[i] if i >= 0 else None
        if b is None or not b.start <= s < b.end:
            continue
        i = next((k for k, sent in enumerate(b.sentences) if sent.start <= s < sent.end), 0)
        if i > 0 and names_aims(ctx.low, b.sentences[i - 1].start, b.sentences[i - 1].end):
            out.append((b.sentences[i - 1].start, b.sentences[i - 1].end))
    return out


_RX_ASIDE = regex.compile(r"\([^()]*\)")
_RX_LETTER = regex.compile(r"\p{L}")


def _in_aside(low: str, start: int | None, pos: int) -> bool:
    """Does ``pos`` stand inside brackets opened since ``start`` (an aside of the sentence)?"""
    if start is None:
        return False
    return low.count("(", start, pos) > low.count(")", start, pos)


def _aims_opening(ctx: Context, q, value_starts: list[int]) -> list[tuple[int, int]]:
    """The words before the first value of a sentence whose first clause sets aims ("Đại hội
    thống nhất 18 chỉ tiêu chủ yếu, trong đó đến năm 2030 tỷ lệ đô thị hóa đạt ...; thu nhập ..."): their deadline
    holds every clause after."""
    if not q.clause_index:
        return []
    # (up to the sentence's first value: its first clauses may hold none, "Về Chiến lược ..., mục
    # tiêu đặt ra là ...; phấn đấu đến năm 2031, sản lượng tăng ...")
    # (not past a lead-in's colon: the items after it own their times, "... các chỉ tiêu chủ yếu:
    # đến năm 2027, tập hợp 95% ...; hằng năm có 90% ...")
    sent = q.block.sentences[q.sentence_index]
    r = _opening((sent.start, sent.end), value_starts)
    colon = ctx.low.find(":", r[0], r[1])
    r = (r[0], colon) if colon >= 0 else r
    return [r] if names_aims(ctx.low, *r) else []


def find_time(ctx: Context) -> None:
    """Deadline year, period and frequency of every value.

    >>> from pipeline.extract import run
    >>> q = run("Giai đoạn 2021 - 2025:\\n- Phấn đấu đến năm 2025, hằng năm đạt 90%.", until="time").quantities[0]
    >>> q.period, q.deadline_year, q.frequency
    ((2021, 2025), 2025, 'annual')
    """
    dates = ctx.document.dates_in  # "ngày 05 tháng 5 năm 2021" is a date, not a year of figures
    title_period, title_years, title_span = None, [], None
    # (a review of part of a year tells that year's figures, not its committee's term)
    for r in ctx.title_ranges if not ctx.document.reviewed_part else []:
        ps = ctx.document.term_periods(ctx.low, *r)
        if ps:
            title_period, title_span = ps[0][0], (ps[0][1], ps[0][2])
            break
        y = single_year(ctx.low, *r, dates(*r))
        if y and not deadline_year(ctx.low, *r, []):
            title_years = sorted(set(title_years + [x for x in single_years(ctx.low, *r, dates(*r))]))
            title_span = title_span or r
    if len(title_years) == 1:
        title_period = (title_years[0], title_years[0])
    if title_period is None and ctx.document.term is not None:
        title_period, title_span = ctx.document.term, ctx.document.term_span  # a news report's lead
    title, opening = head_ranges(ctx)
    head = title + opening[:1]  # (read once: a past term named in the title or lead)
    totals = {(q.start, q.end): q for q in ctx.quantities}
    value_starts = sorted(x.start for x in ctx.quantities)
    block_starts = [b.start for b in ctx.structure.blocks]
    for q in ctx.quantities:
        sc = q.scope
        own = sc.clause
        prev = sc.subject_scope
        headings = sc.headings
        block_frames = ctx.document.frames_of(ctx, q.block, q.sentence_index)
        if block_frames and coming_term_after(ctx, q, block_frames[0]):
            block_frames = []  # "Nhiệm kỳ qua, ... . Nhiệm kỳ tới, Hội phấn đấu ...": the document's term
        if block_frames and block_frames[0].period is None:
            # "Nhiệm kỳ 2015 - 2020, ... 5 năm qua kết nạp ...": the paragraph names the years just past
            # (a year is no term: "Tính đến hết tháng 3/2026, ... . Qua nửa nhiệm kỳ, ...")
            stated = [f for f in block_frames[1:] if f.period is not None and f.past and f.period[0] != f.period[1]]
            named = None if stated else named_past_term(ctx, q.block, head) or running_term(ctx, block_frames[0]) \
                or reviewed_term(ctx)
            if named:  # "Nhiệm kỳ qua, ... so với Nghị quyết ... nhiệm kỳ 2016 - 2021 đề ra"
                stated = [replace(block_frames[0], period=named)]
            block_frames = stated[:1] + block_frames if stated else block_frames
        frames = [f.span for f in block_frames]
        # deadlines and frequencies carry from an earlier clause of the sentence only when
        # it names no subject ("hằng năm có 80% ...; 70% ..." both yearly), not from another
        # subject's clause ("hằng năm, mỗi chi hội ...; 100% cán bộ ...": only the first)
        unowned = [r for r in prev if not first_group(ctx.low, *r)]
        outer = _before_lead_ins(ctx, sc.lead_ins, block_starts) + frames + headings
        chain = [own] + unowned + sc.opening + sc.lead_ins + outer
        # (an opening that sets aims gives its deadline, not its frequency; a lead-in of the
        # sentence, nearer the value, outranks both openings: "đặt mục tiêu đến năm 2025, ...;
        # đến năm 2030: ...")
        # (and the words that open the sentence's first clause, with no comma after them: "Đến năm
        # 2030 đạt khoảng 80% ...; doanh số ... chiếm hơn 20%")
        sents = q.block.sentences
        sentence_start = sents[q.sentence_index].start if sents and q.sentence_index is not None else None
        opener = [_leading(ctx.low, _opening(x, value_starts)) for x in unowned if x[0] == sentence_start]
        deadline_chain = [own] + unowned + sc.sentence_lead_ins + sc.opening + opener + _aims_opening(ctx, q, value_starts) \
            + sc.lead_ins + outer
        # period: the nearest stated one; a block's frame carries its own period
        # ("Nhiệm kỳ qua, ..." states none but means the term before the document's)
        period, single, deadline, freq = None, None, None, None
        # the sentence's first clause gives only what its opening states, a middle clause
        # nothing: their values keep their periods ("Nhiệm kỳ 2020 - 2025, huyện phấn đấu ...;
        # tăng trưởng giai đoạn 2021 - 2025 là 7,8%; thu nhập ... 65 triệu": the term, not 2021)
        opening = [_opening(x, value_starts) for x in prev if x[0] == sentence_start]
        # (a sentence before that names the aims of a term leads the paragraph's later ones: "Đại hội
        # thông qua Nghị quyết ... nhiệm kỳ 2025 - 2030 với mục tiêu ... . Hằng năm 100% ...")
        near = [(r, "clause") for r in [own] + opening + sc.opening] \
            + [(r, "lead-in") for r in sc.lead_ins + (aims_sentence(ctx, q, value_starts) if q.kind != "result" else [])]
        values = ctx.clause_values(q)
        since = max((x.end for x in values if x.end <= q.start), default=None)
        events = event_spans(ctx, sentence_start, q.start)
        for r, source in near:
            ps = [p for p in periods(ctx.low, *r) if not any(a <= p[1] < b for a, b in events)]
            if r == own and since is not None:
                # (a period after an earlier value's subject began is that value's: "GRDP bình quân
                # 3 năm (2021 - 2023) đạt 4,38%/năm, riêng 6 tháng đầu năm 2023 tăng trưởng đạt 8,61%";
                # not the clause's opening adverbial, "Giai đoạn 2021 - 2025, ... 7%, ... 60 triệu")
                lead_end = _leading(ctx.low, (own[0], values[0].start))[1]
                ps = [p for p in ps if p[1] >= since or p[1] < lead_end]
            if r in opening and r != own:
                # (of the first clause, only the period its opening adverbial states, not one inside
                # its subject: "GRDP bình quân 3 năm (2021 - 2023) đạt 4,38%/năm, ... đạt 8,61%")
                lead_end = _leading(ctx.low, r)[1]
                ps = [p for p in ps if p[1] < lead_end]
            if ps:
                period = ps[0][0]
                q.evidence["time"] = Evidence(source, (ps[0][1], ps[0][2]))
                break
        # a frame of the time just past states no years: its figures get none, not the title's
        unstated = bool(block_frames) and block_frames[0].period is None
        if period is None and block_frames and not unstated and block_frames[0].period[0] != block_frames[0].period[1]:
            period = block_frames[0].period
            q.evidence["time"] = Evidence("frame", block_frames[0].span)
        for r in headings if period is None else []:
            ps = periods(ctx.low, *r)
            if ps:
                period = ps[0][0]
                q.evidence["time"] = Evidence("heading", (ps[0][1], ps[0][2]))
                break
        # a value whose own clause states its year or period ("năm 2032 đạt 75%", "thời kỳ
        # 2021 - 2025 đạt 5.200 tỷ đồng") takes no deadline from another clause
        own_time = bool(periods(ctx.low, *own)) or single_year(
            ctx.low, *own, dates(*own), value=(q.start, q.end, values[0].start)) is not None
        # a deadline in a middle clause ("...; đến năm 2025, thu nhập ...") is that clause's own
        for r in [x for x in deadline_chain if x not in unowned and (x == own or not own_time)]:
            masked = [(a, b) for _, a, b in periods(ctx.low, *r)] + dates(*r)
            d = deadline_year(ctx.low, *r, masked, near=q.start if r == own else None,
                              near_end=q.end if r == own else None,
                              next_value=min((x.start for x in values if x.start > q.start), default=None))
            if d:
                deadline = (d, r)
                break
            if time_patterns()["term_end"].search(ctx.low, *r):
                term = time_patterns()["term"].search(ctx.low)
                if term:
                    deadline = (int(term.group(2)), r)
                    break
        single_frame = in_term = False
        frame_years = {f.span: f.period[0] for f in block_frames if f.period and f.period[0] == f.period[1]}
        # a list's lead-in gives its year only when it names the aims of that year ("Nhiệm vụ năm 2024:")
        named_lead_ins = [x for x in sc.lead_ins if x not in sc.sentence_lead_ins and names_aims(ctx.low, *x)] \
            + (aims_sentence(ctx, q, value_starts) if q.kind != "result" else [])
        # (a frame of the time just past outranks the year of the frames around it: "Tính đến hết
        # tháng 3/2026, ... . Qua nửa nhiệm kỳ, Hội đã ...")
        # (not the year of an aside in brackets: "... mức cao nhất ba năm (năm 2016 vượt 2,1%;
        # năm 2017 vượt 3,4%); sản lượng điện cũng vượt (thêm 9,5%)")
        # (nor of an earlier clause when the value's own lead-in states its period: "... năm 2030 là tỉnh công
        # nghiệp hiện đại; nhấn mạnh một số chỉ tiêu chủ yếu trong nhiệm kỳ 2020-2025, như: ...")
        # (and only the year stated before an earlier clause's first value: not one of its later
        # values, "... đạt 4,38%/năm, riêng 6 tháng đầu năm 2023 tăng trưởng đạt 8,61%; GRDP bình quân
        # đầu người gần 70 triệu đồng")
        told = [_opening(r, value_starts) for r in prev if not _in_aside(ctx.low, sentence_start, r[0])
                and not any(periods(ctx.low, *x) for x in sc.sentence_lead_ins if x[0] > r[0])]
        for r in [own] + told + sc.sentence_lead_ins + named_lead_ins + (frames if not unstated else []) + headings:
            # a frame's year as the frame read it ("Dự ước đến hết năm 2023, ...": when measured)
            masked = [(a, b) for _, a, b in periods(ctx.low, *r)] + dates(*r) + elided_deadline_spans(ctx.low, *r)
            if r in told:
                masked += [m.span() for m in _RX_ASIDE.finditer(ctx.low, *r)]
            y = frame_years.get(r) or single_year(ctx.low, *r, masked,
                                                  value=(q.start, q.end, values[0].start) if r == own else None)
            if y is None and r == own and not (period or (block_frames and block_frames[0].period)):
                # only a year behind other values: with no frame of its own the clause's year holds
                # (not the year of its parts: "41 tỷ đồng, trong đó số dư năm 2030 ...")
                y = single_year(ctx.low, r[0], parts_from(ctx.low, q.end, r[1]), masked)
            if y is None and ctx.document.written_year and compiled("time", "current_year_words").search(ctx.low, *r):
                y = ctx.document.written_year  # "Tăng trưởng cả năm ước đạt 10,2%" written in 2024
            if y is None and r == own and told_as_now(ctx, q, r, bool(period), block_frames[0].span if unstated else None):
                y = ctx.document.written_year  # "Hiện nay, Hội có hơn 8.200 hội viên" in a page of 2031
            if y:
                # a lead-in or heading that names the aims of one year ("Các chỉ tiêu chủ yếu năm
                # 2024 là:", "II. NHIỆM VỤ NĂM 2024") frames a one-year plan, as "Năm 2024, ..." does
                named_plan = r != own and r not in prev and bool(names_aims(ctx.low, *r))
                # (so does a line labelled with its year: "- Năm 2024: 58 xã, thị trấn")
                labelled = bool(_year_label().match(ctx.low, ctx.line(q.start)[0], q.start))
                # (a one-year frame of a result is its year: "Năm 2023, thu nhập ... ước đạt 61 triệu đồng";
                # an aim's inside a term is its deadline: "Cơ cấu kinh tế năm 2030, công nghiệp chiếm 40%")
                framed_year = q.kind != "target" and any(f.period == (y, y) for f in block_frames)
                single, single_frame = y, named_plan or labelled or framed_year
                break
        later = [x.start for x in values if x.start > q.start]
        earlier = [x.end for x in values if x.end <= q.start]
        own_stretch = (q.end, min(later) if later else own[1])
        # (the value's clause opens on its value: one more object of an earlier clause's verb)
        bare = not _RX_LETTER.search(ctx.low, own[0], values[0].start)
        for r in chain:
            # "26 triệu đồng/năm" is an income; a "/năm" rate belongs to its own value only
            # (money "/năm" is how often, but for what each person has: "thu nhập bình quân đầu người 60
            # triệu đồng/năm", "9.100 USD/người/năm"; "huy động 300 triệu đồng/năm" is yearly)
            rates = r == own and (q.unit not in ("vnd", "usd") or not per_capita(ctx, q, own))
            # in the value's own clause, the words before its first value (shared by all) and
            # those since the previous value: "thu ngân sách hằng năm tăng 5%, ... 1.200 lao động"
            if r == own:
                # a comma parts two values' phrases: "02 buổi mỗi năm, ngân sách thu hằng năm tăng 9%"
                prev_end = max(earlier, default=own[0])
                cut = ctx.low.rfind(",", prev_end, q.start)
                after = ctx.low.find(",", q.end, own_stretch[1]) if later else -1
                # a second predicate is no longer the value's: "ít nhất 50% ..., đồng thời giảm ... hằng năm"
                breaker = compiled("time", "frequency_breakers").search(ctx.low, q.end, own_stretch[1])
                end = after if after >= 0 else own_stretch[1]
                end = min(end, breaker.start()) if breaker else end
                # (the words since the previous value first: their own "how often" outranks the one the
                # clause opened with, "mỗi quý tổ chức 01 cuộc họp ... và trong mỗi nhiệm kỳ giúp 01 hộ")
                parts = [(cut + 1 if cut >= 0 and earlier else prev_end, end), (own[0], values[0].start)]
            elif r in unowned:
                # an earlier clause's own values keep theirs: only the adverbial that opens it is
                # shared ("Hằng năm, có 80% ...; 70% ..."), not a rate inside its subject
                # ("Tỷ lệ ... bình quân hằng năm đạt 96,5%; 14/14 thôn ...")
                # (without its comma it is the first verb's own, for a clause with words of its own before
                # its value: "Mỗi năm giảm 1% ...; xây mới 80% ..."; not for one more object of that verb:
                # "hằng năm có 80% số hộ ...; 70% số thôn ...")
                # (and set off means the comma right after the words of time: "mỗi năm trồng mới,
                # chăm sóc 21 ha" is a verb's)
                # (set off in a middle clause it is that clause's own, unless the clause opens a list:
                # "...; trung bình mỗi năm, có 59 nghìn hộ ...; hướng dẫn 107 mô hình" against "đề ra mục
                # tiêu: hằng năm, mỗi xã ...; mỗi cơ quan ...")
                lead = _leading(ctx.low, _opening(r, value_starts))
                opens = r[0] == sentence_start or ctx.low[:r[0]].rstrip().endswith(":")
                parts = [lead] if bare or set_off(ctx.low, lead) and opens else []
            elif r in sc.opening and r != own:
                # the sentence's opening, likewise ("Mỗi năm trồng mới, chăm sóc 40 ha ...; độ che phủ
                # rừng 62%": not the 62%'s)
                parts = [r] if set_off(ctx.low, r) or bare or own[0] <= r[0] else []
            else:
                parts = [r]
            found = [(x, p) for p in parts for x in [frequency(ctx.low, *p, rates=rates, own=own_stretch)] if x]
            if found:
                # (the words shared by the clause's values do not reach one with a deadline of its own:
                # "tỷ lệ hộ nghèo hằng năm giảm 0,5%, đến cuối năm 2030 còn không quá 1%")
                shared_only = r == own and q is not values[0] and found[0][1] == parts[-1] \
                    and bool(time_patterns()["deadline"].search(ctx.low, max(earlier, default=own[0]), q.start))
                if not shared_only:
                    freq = (found[0][0], r)
                break
        now = ctx.document.now
        if period is None and unstated:
            pass
        elif period is None and title_period is not None and q.kind == "result" and now \
                and (title_period[0] > now or title_period[0] == now < title_period[1]):
            # "Hiện nay ... 87 trạm" in a plan for 2026 - 2030, a congress's report of the term
            # ending as the new term 2025 - 2030 begins: not the coming period's figures
            pass
        elif period is None and title_period is not None:
            q.evidence["time"] = Evidence("document", title_span)
            period = title_period
        if period is None and title_period is None and not unstated and q.kind == "result" and not single \
                and not deadline and ctx.document.written_year and ctx.document.reporting:
            # a report with no term of its own tells the year it is written in: "Tổng thu ngân
            # sách đạt 28.813 tỷ đồng" in a year-end review of December 2024
            period = (ctx.document.written_year, ctx.document.written_year)
            q.evidence["time"] = Evidence("document", ctx.document.written_span)
        # (its own clause's date outranks the term around it: "Nhiệm kỳ 2015 - 2020, ... thu nhập tính
        # đến đầu năm 2020 đạt 32 triệu đồng")
        measured_own = q.kind == "result" and not periods(ctx.low, own[0], q.start)
        if (period is None or measured_own) and q.kind == "result":
            # a status measured at a date: "Tính đến hết ngày 30/6/2022, số người có thẻ BHYT ..."
            m = _measured_on().search(ctx.low, sentence_start if sentence_start is not None and period is None
                                      else own[0], q.start)
            if m:
                period = (int(m.group(1)), int(m.group(1)))
                q.evidence["time"] = Evidence("clause", (m.start(), m.end()))
        if period is None and q.part_of is not None:  # a part of a budget: its total's programme and time
            total = totals.get(q.part_of)
            if total is not None and total.period is not None:
                period = total.period
                q.evidence["time"] = Evidence("clause", q.part_of)
        shared = shared_value(ctx.low, values, q) if period is None else None
        q.period = shared.period if shared is not None else period  # "..., chiếm 12,5%": the value's share
        if q.period is None and len(title_years) > 1:
            # "Báo cáo kết quả ... năm 2023, phương hướng nhiệm vụ năm 2024":
            # results belong to the earlier year, targets and budgets to the later
            y = title_years[0] if q.kind == "result" else title_years[-1]
            q.period = (y, y)
        if single:
            # "năm 2025 đạt 90%" inside a term is a deadline; a block framed
            # "Năm 2024, ..." is a one-year plan or report
            if q.kind in ("target", "result") and q.period and q.period[0] <= single <= q.period[1] \
                    and q.period[0] != q.period[1] and not single_frame:
                # (a result's too: "Nhiệm kỳ 2020 - 2025, ... năm 2023 đạt 58 triệu đồng" is the term's
                # figure of that year)
                deadline = deadline or (single, own)
                in_term = deadline == (single, own)
            else:
                q.period = (single, single)
        if deadline is None and single is None and q.kind == "target":
            deadline = paragraph_deadline(ctx, q)  # "Đề án đặt mục tiêu đến năm 2030, ... . Tỷ lệ ..."
        if deadline:
            q.deadline_year = deadline[0]
            if q.period and q.period[0] == q.period[1] and q.period[1] < deadline[0] and not single:
                q.period = None  # a one-year frame does not hold a later deadline
            from_title = q.evidence.get("time") is not None and q.evidence["time"].source == "document"
            if q.period and q.period[0] == q.period[1] != deadline[0] and from_title and not single:
                q.period = None  # nor a headline's one year ("... năm 2030") a deadline of 2025
            if q.kind != "target" and not in_term:
                # a result's "đến cuối năm 2022" is when it was measured, before the document's own year
                from_document = q.evidence.get("time") is not None and q.evidence["time"].source == "document"
                q.period = (deadline[0], deadline[0]) if not q.period or from_document else q.period
                q.deadline_year = None
        if freq:
            own_deadline = deadline is not None and deadline[1] == own
            if not (own_deadline and freq[1] != own):
                q.frequency = freq[0]
    restate_periods(ctx)  # a headline's figure: the time of the body's figure it restates
