"""Component ``kind``: target, reported result, or budget line (ANNOTATION.md, "Target, result or budget").

Cue words in the clause, then in what governs it; a report's section heading;
values with no cue follow the document's majority.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.extract.achievement import (achieved, aims_measured_later, bracketed_share_of, met_after, more_than_planned,
                                          right_before, share_of_aim_pair)
from pipeline.extract.base import Context, Evidence, Quantity
from pipeline.extract.comparator import beyond_bound_re
from pipeline.extract.document_context import head_ranges
from pipeline.extract.headline import restate_kinds
from pipeline.extract.kind_patterns import beyond_words, kind_patterns as _patterns, told_from
from pipeline.extract.kind_sections import (heading_mode, measured_money, opens_on_report, reported_heading,
                                            weak_aim_in_report)
from pipeline.extract.scope import stretch_before
from pipeline.extract.timewords import frequency, periods, single_years
from pipeline.normalize import fold


_ACHIEVED_REACH = 25  # "đã thực hiện đạt và vượt 14/18": the verb right before the count
_ADOPTION_REACH = 45  # "đã dành nhiều thời gian bàn bạc và thông qua": the adoption's own "đã"
_STATE_REACH = 16  # "có gần 5.000": the possessive verb right before the value
_COMPARED = "compared"  # a comparison's cue: a result unless the paragraph or the year say aims
_RX_ASIDE = regex.compile(r"\([^()]*\)")
_BASE_REACH = 15  # "so với kế hoạch đề ra": the words that name the base of a comparison
_RESTATED_REACH = 90  # "vượt mục tiêu đặt ra (9%)", "đạt chỉ tiêu của Đề án do tỉnh giao (trên 2%)"
_MONEY_NOUN_REACH = 40  # how far after a money amount the noun saying what it is may run
_AUX_GAP = 2  # "sẽ đạt được": an aim's word right before a word of reaching
_BOUND_LOOK = 40  # "đạt và vượt 9.340 tấn": how far past a stretch its last phrase's figure may run
_NEAR = 30  # characters before a value where its own mode word must stand to beat its block's frame
_RX_NAMED = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")  # a capitalised cue and word after it: a name ("Cần Thơ")


def _measured_by(ctx: Context, pos: int, before: bool = False) -> bool:
    """Whether a deadline word ending at ``pos`` names a year not after the time of writing
    ("Sản lượng lúa đến năm 2025 lên ..." in a congress report of 2025); with ``before``,
    a year before it."""
    now = ctx.document.now
    m = _patterns()["year_after"].match(ctx.low, pos)
    return now is not None and m is not None and int(m.group(1)) <= now - before


def _framed(ctx: Context, q: Quantity, P: dict):
    """The mode of the block's time frame ("Nhiệm kỳ 2016 - 2021, ..." in a 2021
    congress report: results), unless a cue right before the value says
    otherwise ("chỉ tiêu đề ra là 95%", "đã đạt 90%")."""
    frames = ctx.document.frames_of(ctx, q.block, q.sentence_index)
    if not frames or frames[0].past is None:
        return None
    s, e = stretch_before(ctx, q)
    # the value's own phrase: "có 34.100 lượt hộ đăng ký, 17.600 lượt hộ đạt ..." (the cue is the 34.100's)
    s = max(s, e - _NEAR, ctx.low.rfind(",", s, e) + 1)
    mode = "result" if frames[0].past else "target"
    other = P["target"] if mode == "result" else P["result"]
    # (in the time just past, "đến năm 2025" in a 2025 report is when the figure was measured, no aim)
    cues = [m for m in other.finditer(ctx.low, s, e) if not (mode == "result" and _measured_by(ctx, m.end()))]
    if cues and not (mode == "result" and q.denominator is not None):
        return None
    # a past frame named inside the value's own sentence yields to the coming time named after it ("sau khi
    # nhìn lại kết quả nhiệm kỳ qua, Đại hội thống nhất ... phấn đấu nhiệm kỳ tới 95% ..., trong đó 70% ...")
    sent = q.block.sentences[q.sentence_index] if q.block.sentences else None
    if mode == "result" and sent is not None and sent.start <= frames[0].span[0] \
            and P["coming_time"].search(ctx.low, frames[0].span[1], q.start):
        return None
    q.evidence["kind"] = Evidence("frame", frames[0].span)
    return mode


def _cues(ctx: Context, s: int, e: int, P: dict, last: bool = False, value_at: Optional[int] = None,
          aimed: bool = False) -> Optional[str]:
    """The mode of the first cue in low[s:e] (with ``last``, of the last one: the words that
    close a lead-in govern its list, "... mục tiêu năm 2020 ... kết quả đạt được năm 2019
    như: ..."); a document's adoption is a cue of aims. With ``value_at``, the cues that aim
    only before a value ("đăng ký") are read up to it. With ``aimed``, an earlier sentence
    stated aims: a deadline already past then is still an aim's."""
    adopted = []
    for m in P["adopted"].finditer(ctx.low, s, e):
        cue = [c.start() for c in P["result"].finditer(ctx.low, max(s, m.start() - _ADOPTION_REACH), m.start())]
        adopted.append((cue[0] if cue else m.start(), m.end()))
    # aims set in the past tense are aims: "Đại hội đã quyết nghị những chỉ tiêu chính như sau: ..."
    adopted += [(m.start(), m.end()) for m in P["aims_set"].finditer(ctx.low, s, e)]
    # (the achievements aims build on report nothing: "Phát huy kết quả đạt được, ... phấn đấu ...")
    grounds = [(m.start(), m.end()) for m in P["grounds"].finditer(ctx.low, s, e)]
    # (nor what describes the counted: "70% lao động đã qua đào tạo")
    grounds += [(m.start(), m.end()) for m in P["descriptive"].finditer(ctx.low, s, e)]
    # (nor the bound an aim sets: "sản lượng lúa đạt và vượt 9.340 tấn")
    # (read past e: the pattern looks at the figure after the phrase)
    if any(w in ctx.low[s:e] for w in beyond_words()):  # (cheap: the phrase is rare)
        grounds += [(m.start(), m.end()) for m in beyond_bound_re().finditer(ctx.low, s, e + _BOUND_LOOK) if m.start() < e]
    # (the present as the base of a comparison reports nothing: "thu nhập bình quân gấp đôi hiện nay")
    adopted += [(m.start(), m.end()) for m in P["present_base"].finditer(ctx.low, s, e)]
    # (a deadline already past when the text was written names the time a figure was measured:
    # "Đến hết năm 2019, tỷ lệ ... đạt 97,4%" written in 2020)
    # (not after a sentence of the paragraph that states aims: "Đề án đặt mục tiêu ...
    # Đến năm 2016, có 100% trẻ ..." restates the aims' deadlines, past or not)
    measured = [m for m in P["deadline_cue"].finditer(ctx.low, s, e)
                if not aimed and _measured_by(ctx, m.end(), before=True)]
    # (nor a result word that runs into an aim's: "vận động được giao" is assigned, not mobilized)
    # (nor is a deadline word inside the time a figure was measured up to: "tính đến hết năm 2025")
    # (read once: the aims and the cue; not a place's name: "Cần Thơ", "Cần Giờ")
    aim_words = [m for m in P["target"].finditer(ctx.low, s, e)
                 if not (ctx.norm.text[m.start()].isupper() and _RX_NAMED.match(ctx.norm.text, m.end()))]
    until = [(m.start(), m.end()) for m in P["measured_until"].finditer(ctx.low, s, e)] if aim_words else []
    aim_words = [m for m in aim_words if not any(a < m.start() < b for a, b in until)]
    aims = [(m.start(), m.end()) for m in aim_words]
    results = sorted([m for m in P["result"].finditer(ctx.low, s, e) if not any(a <= m.start() < b for a, b in adopted)
                      and not any(a <= m.start() < b for a, b in grounds)
                      and not any(m.start() < a < m.end() < b for a, b in aims)
                      and not P["purpose_before"].search(ctx.low, max(s, m.start() - 8), m.start())
                      # (nor a reaching aimed at: "phấn đấu ... sẽ đạt được một số chỉ tiêu:")
                      and not (P["reach"].match(ctx.low, m.start()) and any(0 <= m.start() - b <= _AUX_GAP for _, b in aims))]
                     + measured, key=lambda m: m.start())
    res = (results[-1] if last else results[0]) if results else None
    # an aim named as the base of a comparison is no cue: "đạt 47,3% so với nghị quyết đề ra"
    compared = [(m.start(), m.end() + _BASE_REACH) for m in P["comparison"].finditer(ctx.low, s, e)]
    # hardship faced is no aim: "tuy phải đối mặt với không ít thách thức, ... đã hoàn thành ...";
    # nor a programme's name, and neither is a comparison
    masked = compared + [(m.start(), m.end()) for m in P["not_target"].finditer(ctx.low, s, e)]
    masked += [(m.start(), m.end()) for m in measured]
    # (the aim a share is measured against is no aim of the clause: "9/12 phần mềm ..., đạt 75% mục tiêu")
    masked += [(m.start(), m.end()) for m in P["share_of_aim"].finditer(ctx.low, s, e)]
    # (an aim's word inside a longer word of report is that one: "duy trì được" reports)
    masked += [(m.start(), m.end()) for m in results if m.re is P["result"]]
    if value_at is not None:
        # an aside in brackets after the value tells of another figure: "có 52.000 hội viên (hiện có khoảng 47.000)"
        asides = [(m.start(), m.end()) for m in _RX_ASIDE.finditer(ctx.low, value_at, e)]
        results = [m for m in results if not any(a <= m.start() < b for a, b in asides)]
        res = (results[-1] if last else results[0]) if results else None
    # (and an aim's word that runs into a word of report is that one: "từ đầu nhiệm kỳ đến nay" is no
    # "nhiệm kỳ đến", the coming term)
    tgt = [m.start() for m in aim_words if not any(a <= m.start() < b for a, b in masked)
           and not any(m.start() < r.start() < m.end() for r in results if r.re is P["result"])] \
        + [m.start() for m in P["target_before"].finditer(ctx.low, s, e if value_at is None else value_at)
           if not P["registered_before"].search(ctx.low, s, m.start())] \
        + [a for a, _ in adopted]
    if res and (not tgt or (res.start() > max(tgt) if last else res.start() < min(tgt))):
        return "result"
    if tgt:
        return "target"
    return _COMPARED if compared else None


def _nearest_cue(ctx: Context, q: Quantity, P: dict, aimed: bool = False):
    """The mode word of the value's own phrase (after the last comma before it): in
    "... đã đi vào hoạt động, ..., mục tiêu tỷ lệ phủ sóng đến năm 2030 đạt 100%" the aim
    is "mục tiêu", not the "đã" of another phrase."""
    s = max(q.scope.clause[0], ctx.low.rfind(",", q.scope.clause[0], q.start) + 1)
    return _cues(ctx, s, q.start, P, aimed=aimed)


def _own_time_mode(ctx: Context, q: Quantity):
    """A period or year in the value's own clause, else in its lead-in, against the
    document's time: "giai đoạn 2021 - 2023 tăng bình quân 8,7%" in a 2023 review is a
    result; "Các chỉ tiêu nhiệm kỳ 2023 - 2028: kết nạp 3.000 hội viên" in a 2023
    congress report an aim."""
    dc = ctx.document
    for s, e in [q.scope.clause] + q.scope.lead_ins:
        ps = periods(ctx.low, s, e)
        years = [(y, y) for y in single_years(ctx.low, s, e, dc.dates_in(s, e))]
        for a, b in [p for p, _, _ in ps] + years:
            past = dc.is_past(a, b)
            if past is not None:
                return "result" if past else "target"
    return None


def _block_mode(ctx: Context, q: Quantity, P: dict):
    """The cue of the paragraph's earlier sentences ("Sau 3 năm thực hiện ..., có 08/12
    chỉ tiêu đạt và vượt"), for the figures of its later sentences."""
    if q.sentence_index == 0 or not q.block.sentences:
        return None
    # the nearest sentence before that has a cue: "Nhiệm kỳ qua, Hội đã kết nạp 214 hội viên.
    # Trung bình mỗi năm kết nạp hơn 40 ..., nâng tổng số hội viên lên 3.014"
    for sent in reversed(q.block.sentences[:q.sentence_index]):
        mode = _cues(ctx, sent.start, sent.end, P)
        if mode:
            return "result" if mode == _COMPARED else mode
    return None


def _elaborated_mode(ctx: Context, q: Quantity, P: dict):
    """A paragraph that opens "Cụ thể: ..." spells out the paragraph before it: its figures
    report or aim as that one's last sentence with a cue does."""
    b = q.block
    if b.index == 0 or not P["elaboration"].match(ctx.low, b.start, b.end):
        return None
    prev = ctx.structure.blocks[b.index - 1]
    if prev.kind in ("title", "heading"):
        return None
    for sent in reversed(prev.sentences):
        mode = _cues(ctx, sent.start, sent.end, P)
        if mode:
            return "result" if mode == _COMPARED else mode
    return None


def _spelled_out(ctx: Context, q: Quantity, P: dict) -> Optional[str]:
    """A sentence that opens "Trong đó," or "Cụ thể," spells out the one right before: its figures
    aim or report as that one does, whatever estimate word they carry ("... xác định 12 chỉ tiêu
    cho năm tới. Trong đó, GRDP ước đạt 58.300 tỷ đồng" aims; "... đạt nhiều kết
    quả nổi bật. Trong đó thu ngân sách đạt 137,5%" reports)."""
    sents = q.block.sentences
    if not sents or not q.sentence_index:
        return None
    sent = sents[q.sentence_index]
    if not (P["part_opener"].match(ctx.low, sent.start, sent.end) or P["elaboration"].match(ctx.low, sent.start, sent.end)):
        return None
    before = sents[q.sentence_index - 1]
    mode = _cues(ctx, before.start, before.end, P)
    # (a comparison told before: "phần lớn chỉ tiêu tăng khá so với năm 2030. Cụ thể, ...")
    return "result" if mode == _COMPARED else mode


def _quota_aimed(ctx: Context, q: Quantity, P: dict) -> bool:
    """A share of a quota that is aimed at, not reached: a recurrence or an aim's cue before
    it in its own phrase, or a lead-in of aims ("Hằng năm, gọi công dân nhập ngũ đạt 100% chỉ tiêu")."""
    if achieved(q):
        return False  # "đạt 105% chỉ tiêu được giao": more than the whole, or a fraction, is reached
    s, e = stretch_before(ctx, q)
    own = (max(s, ctx.low.rfind(",", s, e) + 1), e)  # its own phrase, past the value before and what it counts
    if frequency(ctx.low, *own, rates=False) is not None or q.comparator in (">=", "<="):
        return True  # (a bound is an aim's: "đạt 100% chỉ tiêu trở lên")
    return any(_cues(ctx, *r, P) == "target" for r in [own] + q.scope.lead_ins)


def _whole_of(ctx: Context, q: Quantity, P: dict, cued: dict) -> Optional[str]:
    """The kind of the value a part is of, when its own cue decided it ("... phấn đấu 95% tổ hội
    xếp loại khá trở lên, trong đó 60% xếp loại tốt"): the part aims or reports as its
    whole does. ``cued``: id of a value → the kind its cues gave."""
    before = [x for x in ctx.clause_values(q) if x.end <= q.start]
    whole = cued.get(id(before[-1])) if before else None
    if whole is None:
        return None
    comma = ctx.low.rfind(",", before[-1].end, q.start)
    return whole if comma >= 0 and P["part_opener"].match(ctx.low, comma + 1, q.start) else None


def find_kind(ctx: Context) -> None:
    """The kind of every value.

    >>> from pipeline.extract import run
    >>> [q.kind for q in run("Năm 2023 đã kết nạp 120 hội viên; phấn đấu năm 2024 đạt 95%.", until="kind").quantities]
    ['result', 'target']
    """
    P = _patterns()
    undecided, undecided_ids = [], set()
    votes = {"target": 0, "result": 0}
    # a news report or a plan whose lead states aims ("Đề án đặt mục tiêu ..."):
    # its deadlines are the aims', even those past when the page was dated
    opening = head_ranges(ctx)[1]
    aims_lead = bool(opening) and not ctx.document.reporting and _cues(ctx, *opening[0], P) == "target"
    cued: dict[int, str] = {}
    for q in ctx.quantities:
        own = q.scope.clause
        # (a lead-in that sets the mode of its list outranks a cue in a sibling item: "Các chỉ tiêu chủ
        # yếu đề ra là: ...; thu ngân sách vượt dự toán ...; tỷ lệ ... đạt 70%")
        # (so does the clause that opens the sentence's list by setting aims: "Đại hội thông qua nghị
        # quyết ... với những chỉ tiêu quan trọng như ...; đạt và vượt chỉ tiêu giảm nghèo; giảm ... 0,5%")
        # (and so does a word of report that opens the sentence, set off by its comma: "Đến nay, ...; 100%
        # đường ... đảm bảo đi lại thuận tiện; 97,8% lao động có việc làm")
        reported = bool(q.scope.clauses_before) and opens_on_report(ctx, q.scope.clauses_before[-1], P)
        intro = q.scope.clauses_before[-1:] if q.scope.clauses_before \
            and (_cues(ctx, *q.scope.clauses_before[-1], P) == "target" or reported) else []
        ranges = [own] + q.scope.lead_ins + intro + q.scope.clauses_before + q.scope.headings
        sent_start = q.block.sentences[q.sentence_index].start if q.block.sentences else own[0]
        if P["restated_aim"].search(ctx.low, max(sent_start, q.start - _RESTATED_REACH), q.start) \
                or P["bracketed_aim"].search(ctx.low, max(sent_start, q.start - _RESTATED_REACH), q.start):
            q.kind = "target"  # "vượt mục tiêu đặt ra (9%)": the aim exceeded
            continue
        share_of = bracketed_share_of(ctx, q)
        if share_of is not None and share_of.kind is not None:
            q.kind = share_of.kind  # "có 312 thôn (64%) đạt chuẩn": the share says the count again
            continue
        if q.denominator is not None and q.unit in ("percent", "vnd", "usd") or more_than_planned(q):
            q.kind = "result"  # "45.799/36.875 tỷ đồng": achieved/target
            continue
        # what the money measures is named before it ("thu ngân sách đạt ...", "vốn huy động ...")
        # (or right after it: "thu hút thêm 600 triệu USD vốn đầu tư trực tiếp nước ngoài")
        after = (q.end, min([x.start for x in ctx.clause_values(q) if x.start > q.end] + [own[1], q.end + _MONEY_NOUN_REACH]))
        measured = any(measured_money(ctx, *r, P) for r in [(own[0], q.start), after] + q.scope.sentence_lead_ins)
        if q.unit in ("vnd", "usd") and not measured and any(P["budget"].search(ctx.low, *r) for r in ranges):
            # money reported as spent ("với tổng kinh phí 830 tỷ đồng" in a past term) is a result
            # (not the "đã" of its adoption: "HĐND tỉnh đã thông qua kế hoạch vốn ... là 215 tỷ đồng")
            reported = _framed(ctx, q, P) == "result" or _cues(ctx, own[0], q.start, P) == "result"
            q.kind = "result" if reported else "budget"
            continue
        # ("hằng năm ... đạt 100% chỉ tiêu", "phấn đấu ... đạt 100% chỉ tiêu giao": the quota, yearly or aimed at)
        if q.unit == "percent" and P["result_counted"].match(fold(q.counted)) and not _quota_aimed(ctx, q, P):
            q.kind = "result"
            votes["result"] += 1
            continue
        # "đạt 12/29 chỉ tiêu đề ra", "hoàn thành 4/4 chỉ tiêu chủ yếu": targets counted as met
        if q.denominator is not None and P["met_counted"].match(fold(q.counted)) \
                and P["achieved"].search(ctx.low, max(own[0], q.start - _ACHIEVED_REACH), q.start) \
                and _nearest_cue(ctx, q, P) != "target":
            q.kind = "result"
            votes["result"] += 1
            continue
        count, share = share_of_aim_pair(ctx, q, P)
        if share is not None and achieved(share):
            q.kind = "result"  # "kết nạp 52 đảng viên mới, đạt 50,98%": the figure and how much of its aim
            votes["result"] += 1
            continue
        spelled = _spelled_out(ctx, q, P)
        if spelled:
            q.kind = spelled  # "Tỉnh ủy xác định 12 chỉ tiêu ... năm tới. Trong đó, GRDP ước đạt ..."
            votes[spelled] += 1
            continue
        framed = _framed(ctx, q, P)
        if framed:
            q.kind = framed
            votes[framed] += 1
            continue
        aimed = aims_lead or _block_mode(ctx, q, P) == "target"
        decided = _nearest_cue(ctx, q, P, aimed)
        # (the paragraph's earlier figures read as deeds, or with no cue: "tổ chức 162 lớp ...; duy trì 2 chi hội")
        before = [x for x in ctx.by_block.get(q.block.index, []) if x.end <= q.start]
        reported_before = any(x.kind == "result" and id(x) not in undecided_ids for x in before)
        deeds = reported_before or any(id(x) in undecided_ids for x in before)
        if decided == "target" and weak_aim_in_report(ctx, q, own[0], q.start, P, deeds, reported_before):
            decided = "result"  # "Hội đã ...; thành lập và duy trì hiệu quả 01 chi hội nghề nghiệp"
        if decided in ("target", "result"):
            cued[id(q)] = decided
        if decided is None:
            decided = _whole_of(ctx, q, P, cued)  # "phấn đấu 95% tổ hội ..., trong đó 60% ..."
        if decided is None and met_after(ctx, q, P):
            decided = "result"  # "..., còn 3,1%, đạt chỉ tiêu tỉnh giao"
        for r in ranges if decided is None else []:
            # (a heading's first word of report or aims decides: "II. ĐÁNH GIÁ VIỆC THỰC HIỆN NHIỆM VỤ NĂM 2023")
            # (the words before a telling verb are the teller's: "tại hội nghị sơ kết ..., bàn nhiệm vụ
            # năm 2031, LĐLĐ huyện cho biết, năm 2030, ... hỗ trợ 1.180 đoàn viên")
            told = told_from(ctx, own[0], q.start, P) if r == own else r[0]
            # (under a sentence's opening word of report, the words after the value describe it: "Đến nay,
            # ...; 100% đường ... được nhựa hóa đảm bảo đi lại thuận tiện")
            end = q.start if r == own and reported else r[1]
            decided = (heading_mode(ctx, r, P) if r in q.scope.headings else None) \
                or _cues(ctx, told, end, P, last=r in q.scope.lead_ins, value_at=q.start if r == own else None, aimed=aimed)
            if decided:
                # (a word of duty far from the value does not outweigh a heading of report: "I. TÌNH HÌNH
                # THỰC HIỆN ...: mạng viễn thông bảo đảm ổn định, 100% thôn có sóng 4G")
                if r == own and decided == "target" and (reported_heading(ctx, q, P)
                                                         or weak_aim_in_report(ctx, q, told, end, P, deeds, reported_before)):
                    decided = "result"
                elif r in q.scope.clauses_before and decided == "target" and weak_aim_in_report(ctx, q, *r, P, deeds, reported_before):
                    decided = "result"  # "... tổ chức ít nhất một hoạt động; kết nạp mới hơn 7.350 đoàn viên" in a report
                break
        if decided is None and share is not None:
            decided = "result"  # "... kết nạp 5 đảng viên mới, đạt 50%" with no cue that aims
        if decided is None and not aimed and right_before(ctx, own[0], q.start, P):
            decided = "result"  # "xây dựng được 68 công trình", when no cue of its clause or lead-in aims
        if decided == _COMPARED:
            # "thu nội địa tăng 8% so với dự toán" after "đề ra các chỉ tiêu ... năm 2026"
            # (an aim's bound: "tăng bình quân 7%/năm trở lên so với chỉ tiêu tỉnh giao")
            bound = q.comparator == ">=" and q.comparator_source == "after"
            aims = "target" if bound else _own_time_mode(ctx, q) or _block_mode(ctx, q, P) or _elaborated_mode(ctx, q, P)
            decided = "target" if aims == "target" else "result"
        if not decided:
            # (a sentence that points back to an aim gives its grounds, not the aim's mode)
            grounds = P["referring"].search(ctx.low, sent_start, q.start)
            decided = _own_time_mode(ctx, q) or (None if grounds else _block_mode(ctx, q, P)) or _elaborated_mode(ctx, q, P)
        if not decided:
            for r in q.scope.headings:  # "I. KẾT QUẢ THỰC HIỆN", "II. PHƯƠNG HƯỚNG ..."
                decided = heading_mode(ctx, r, P)
                if decided:
                    break
        if not decided and P["weak_result"].search(ctx.low, *own):
            decided = "result"
        # (a bound is an aim's: "hằng năm có 95% trở lên cơ sở Hội ...")
        if not decided and ctx.document.metadata.doc_type not in P["setting_types"] \
                and q.comparator not in (">=", "<=", "between") \
                and P["state"].search(ctx.low, max(own[0], q.start - _STATE_REACH), q.start):
            decided = "result"  # "Hội CCB phường có 591 hội viên": what it has now
        if decided:
            q.kind = decided
            votes[decided] += 1
        else:
            undecided.append(q)
            undecided_ids.add(id(q))
    # a figure with no cue follows a report's majority; a decision or plan sets aims
    reporting = ctx.document.reporting
    # (recurrence is no cue: "Bình quân mỗi năm kết nạp được trên 4.000 hội viên" in a report)
    # (a review of the whole year just ended reports it: "Hội nghị tổng kết công tác năm 2030 ..."
    # written in December 2030)
    ended = ctx.document.reviewed_year is not None
    # (a report whose figures show no cue either way reports: "Trong đó, thành lập 14 công đoàn cơ sở ...";
    # and so does a text that reports and never sets an aim: an excerpt of a review, with no title)
    # (an adopted resolution sets aims, "... vừa ban hành nghị quyết ...", and so does a deadline to come;
    # a deadline word with no year behind it is none: "quỹ từ 200 đến 300 triệu đồng")
    aimless = not any(P[k].search(ctx.low) for k in ("target", "adopted", "aims_set")) \
        and all(_measured_by(ctx, m.end(), before=True) for m in P["deadline_cue"].finditer(ctx.low)
                if P["year_after"].match(ctx.low, m.end()))
    no_votes = not any(votes.values())
    default = "result" if reporting and (votes["result"] > votes["target"] or ended or no_votes and aimless) \
        or aimless and votes["result"] > votes["target"] == 0 else "target"
    for q in undecided:
        q.kind = default
    aims_measured_later(ctx)  # "Phát triển 1.500 hội viên mới; ... Kết quả ... 1.757/1.500"
    restate_kinds(ctx)  # "24/160 xã ..." in the headline: as the body's "đến nay có 24/160 xã"
