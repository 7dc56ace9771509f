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
from typing import Optional

import regex

from pipeline.extract.base import Context, Range
from pipeline.extract.citations import BASE_REACH, aims_stated_in, holder_issuer, measured_base, names_own_aims, symbol_issuer
from pipeline.extract.document_genre import reports
from pipeline.extract.document_context import HEAD_CHARS, DocumentContext, head_captions, head_ranges, sentences_in
from pipeline.extract.document_time import carry_past_frames, find_frames, find_time, mid_term_now, undated_part
from pipeline.extract.excerpt_body import association_body, follow_up_body, implied_body
from pipeline.extract.document_words import patterns as _patterns
from pipeline.extract.mentions import org_groups, org_patterns, resolve_group
from pipeline.extract.timewords import single_years
from pipeline.metadata import Reading
from pipeline.metadata import read as read_metadata
from pipeline.metadata.text import Page

_log = logging.getLogger(__name__)
_REPORT_YEARS = 2  # the years an undated report of one year speaks of: the year and the next (or the one before)
_CONGRESS_GAP = 40
_SUBJECT_GAP = 3  # a document as the sentence's subject starts it
_HOLDER_GAP = 5  # the holder of a conference named right after it ("Hội nghị Huyện ủy, ...")
_RX_CLAUSE_BREAK = regex.compile(r"[,;]\s*")
_CITED_REACH = 30  # "Nghị quyết số 12-NQ/HU của Đại hội ..." : a document word this close cites the congress

_SOURCE_CHARS = 120  # how long a source named after "Theo ..." may run to its comma
_SUBJECT_CHARS = 30  # how far into a header line or lead sentence its subject may start ("Ngày 18/5, Hội ...")




def _org_after(ctx: Context, pos: int, limit: int) -> tuple[list[str], Optional[Range]]:
    """The organization named right after ``pos`` (a full alias, or a short name),
    starting within ``_CONGRESS_GAP`` characters; its group may run on to ``limit``
    ("công tác của Mặt trận và các đoàn thể ở cơ sở")."""
    P = _patterns()
    # (past the session's number and its comma: "Kỳ họp thứ 7, HĐND thị xã khóa XII ...")
    pos = P["session_number"].match(ctx.low, pos, limit).end()
    end = P["gap"].match(ctx.low, pos, limit).end()
    groups, spans = org_groups(ctx.low, pos, end)
    if groups and (spans[0][0] - pos <= _HOLDER_GAP or P["held_by"].search(ctx.low, pos, spans[0][0])):
        # the holder named right after runs on past a comma: "Hội nghị do Thị ủy, HĐND, UBND
        # thị xã tổ chức" is held by all three
        groups, spans = org_groups(ctx.low, pos, limit)
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


def _find_body(ctx: Context, dc: DocumentContext) -> None:
    P = _patterns()
    title, opening = head_ranges(ctx)
    guests = [(a, b) for s, e in title + opening for a, b in sentences_in(ctx, s, e) if P["guest"].search(ctx.low, a, b)]
    # 1. a congress or conference: "Đại hội Phụ nữ quận ...", "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ ..."
    for s, e in title + opening + head_captions(ctx):
        for m in P["congress"].finditer(ctx.low, s, e):
            cited = P["cited_before"].search(ctx.low, max(s, m.start() - _CITED_REACH), m.start())
            codes, span = _org_after(ctx, m.end(), e)
            named = P["numbered_congress"].match(ctx.low, m.end(), e)
            # (or the one whose resolution the sentence says states its aims)
            stated = cited is not None and aims_stated_in(ctx, s, e, cited.start())
            if not codes and named and (stated or any(0 <= m.start() - a <= _SUBJECT_CHARS for a, _ in sentences_in(ctx, s, e))):
                # the congress named by its number, as the sentence's subject: "Nghị quyết Đại hội XII của Đảng bộ tỉnh nêu rõ, ..."
                codes, span = [P["short"][regex.sub(r"\s+", " ", named.group(1))]], (named.start(1), named.end(1))
            # (a resolution the lead reports on tells its congress's aims: "Nghị quyết Đại hội X của Đảng nêu rõ, ...")
            told = bool(codes) and cited is not None and cited.start() == s and bool(P["reporting_verb"].match(ctx.low, span[1], e))
            reviewed = cited is not None and bool(P["reviewed_before"].search(ctx.low, max(s, cited.start() - _CITED_REACH), cited.start()))
            if cited and not told and not stated and not reviewed \
                    and not P["adopted_before"].search(ctx.low, max(s, cited.start() - _CITED_REACH), cited.start()):
                continue  # "Nghị quyết Đại hội XV của Đảng bộ quận": a congress the document cites
                # (not "... thông qua Nghị quyết Đại hội ...": the congress adopting its own; nor
                # "Qua 3 năm thực hiện Nghị quyết Đại hội ...": the review of its figures)
            if codes and any(a <= m.start() < b for a, b in guests) and span[0] - m.end() > 1:
                continue  # "Dự đại hội có ... Hội Cựu chiến binh": a guest ("đã tham dự Đại hội Đoàn ..." names it)
            if codes:
                # (a review's congress is long past: the review's own time is not the congress's)
                dc.body, dc.body_span, dc.body_source = codes, (m.start(), span[1]), "lead" if reviewed else "congress"
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
    # else the issuer in the title lines, 4. the actor of the opening paragraph (not its guests;
    # not of a paragraph after the figures began: "... đạt 70% số thôn có nhà văn hóa. Sở Xây dựng
    # hướng dẫn các huyện ..." tells who follows up, not who set them)
    # (a later opening paragraph still names the body that signs or issues the document: "Phó Thủ
    # tướng ... đã ký quyết định ... phê duyệt ..."; not one that follows up: "Sở X hướng dẫn ...")
    # (a meeting's chair names the meeting's body before any other actor of the lead: "Đồng chí
    # ..., Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì cuộc họp cho ý kiến về Đề án")
    _chair_body(ctx, dc)
    if dc.body:
        return
    before = _before_figures(ctx, opening)
    later = [r for r in opening[len(before):_LEAD_PARAGRAPHS]]
    for source, ranges in (("issuer", title), ("lead", before), ("issued", later)):
        for s, e in ranges:
            for a, b in sentences_in(ctx, s, e):
                if P["guest"].search(ctx.low, a, b):
                    continue
                # the subject opens the sentence, or follows its opening adverbial
                # ("Thực hiện Quyết định số ... của Thủ tướng, UBND Thành phố yêu cầu ...")
                starts = [a]
                if P["opener"].match(ctx.low, a, b):
                    starts += [m.end() for m in _RX_CLAUSE_BREAK.finditer(ctx.low, a, b)]
                groups, spans = org_groups(ctx.low, a, b)
                for g, sp in zip(groups, spans):
                    after = P["body_term"].match(ctx.low, sp[1], b).end()
                    # (a later paragraph names the body that issues the document or tells its
                    # figures: "Sáng 21/2, thông tin từ UBND tỉnh X cho biết, ...")
                    acts = bool(P["lead_verb"].match(ctx.low, after, b)) if source != "issued" else \
                        bool(P["issuing_verb"].match(ctx.low, after, b) or P["reporting_verb"].match(ctx.low, after, b))
                    if source == "issuer" and not acts and not any(0 <= sp[0] - x <= _SUBJECT_CHARS for x in starts):
                        continue  # not the line's subject: "... buổi gặp gỡ giữa Bí thư cấp ủy và ..."
                    if source in ("lead", "issued") and not acts:
                        continue  # mentioned, not acting: "Công tác xây dựng Đảng ... có nhiều tiến bộ"
                    if source == "lead" and P["passive"].search(ctx.low, max(a, sp[0] - 12), sp[0]) \
                            and not _document_subject(ctx, a, b):
                        continue  # the agent of a deed reported: "24 huyện được Thủ tướng ... công nhận"
                        # (not the document's issuer: "Kế hoạch ... được HĐND tỉnh công bố ngày ...")
                    if source == "lead" and _carried_out_issuer(ctx, a, sp[0]):
                        continue  # "thị xã bám sát mục tiêu ... mà Nghị quyết Đại hội Đảng bộ thị xã đề ra"
                    if all(c in ("BODY", "GENERIC") for c in g):
                        continue  # "mỗi chi hội ...": a unit type names no body
                    codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
                    if codes:
                        dc.body, dc.body_span, dc.body_source = codes, sp, "lead" if source == "issued" else source
                        return


def _chair_body(ctx: Context, dc: DocumentContext) -> None:
    """The body of the leader who chairs the meeting a lead reports ("Sáng 3/4, Phó Chủ tịch
    UBND tỉnh Trần Văn B chủ trì cuộc họp đánh giá ..."): the meeting is that body's; so is the
    document the leader signs ("Chủ tịch UBND tỉnh Lê Văn A vừa ký ban hành Kế hoạch ...")."""
    P = _patterns()
    for s, e in head_ranges(ctx)[1][:_LEAD_PARAGRAPHS]:
        a, b = sentences_in(ctx, s, e)[0]
        verb = P["chair_verb"].search(ctx.low, a, b)
        if verb is None:
            continue
        for m in reversed(list(P["chair_title"].finditer(ctx.low, a, verb.start()))):
            codes, span = _org_after(ctx, m.end(), verb.start())
            if codes and span[0] - m.end() <= _HOLDER_GAP:
                dc.body, dc.body_span, dc.body_source = codes, (m.start(), span[1]), "lead"
                return
        return


# (a share: the numbers of a formal header, "Số: 229/CĐ-TTg", "ngày 05 tháng 12", are no figures)
_RX_FIGURE = regex.compile(r"\d\s*%")


def _before_figures(ctx: Context, opening: list[Range]) -> list[Range]:
    """The opening paragraphs up to the first that holds a share ("ít nhất 60% số xã")."""
    for i, (s, e) in enumerate(opening):
        if _RX_FIGURE.search(ctx.low, s, e):
            return opening[:i + 1]
    return opening


def _document_subject(ctx: Context, a: int, b: int) -> bool:
    """Whether the sentence low[a:b] opens on a document as its subject ("Kế hoạch ... được ...")."""
    m = _patterns()["cited_before"].search(ctx.low, a, min(b, a + _SUBJECT_GAP + 12))
    return m is not None and m.start() - a <= _SUBJECT_GAP


def _carried_out_issuer(ctx: Context, sentence_start: int, pos: int) -> bool:
    """Whether the mention at ``pos`` issued a document the sentence carries out: a document
    word just before it, a word of carrying out before that ("thực hiện", "duy trì")."""
    P = _patterns()
    doc = None
    for doc in P["cited_before"].finditer(ctx.low, max(sentence_start, pos - _CITED_REACH), pos):
        pass
    return doc is not None and bool(P["opener_before"].search(ctx.low, sentence_start, doc.start()))


_LEAD_PARAGRAPHS = 3  # the opening paragraphs whose first sentence may tell the event reported
def _issuer_codes(ctx: Context, span: Optional[Range]) -> Optional[tuple[list[str], Range]]:
    """The organization codes of the issuer's name ("BCH HỘI NÔNG DÂN THỊ XÃ" → HND)."""
    if not span:
        return None
    for g, sp in zip(*org_groups(ctx.low, *span)):
        codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
        if codes:
            return codes, sp
    return None


def _find_block_bodies(ctx: Context, dc: DocumentContext) -> None:
    """"Kế hoạch của Hội LHPN huyện ...", "Theo số liệu của Hội Nông dân xã, ...": the owner
    of the plan or report a paragraph speaks of sets the paragraph's figures."""
    P = _patterns()
    codes_of = org_patterns()["alias_code"]
    title = set(ctx.structure.title)
    headline = ctx.structure.title[0] if ctx.structure.title else None
    opening = head_ranges(ctx)[1]
    lead_start = opening[0][0] if opening else None
    for b in ctx.structure.blocks:
        if b.kind == "heading" or b.index == headline:
            continue
        in_title = b.index in title  # (a one-sentence lead is read with the title)
        for m in P["owner"].finditer(ctx.low, b.start, b.end):
            if P["opener_before"].search(ctx.low, max(b.start, m.start() - _CITED_REACH), m.start()):
                continue  # "thực hiện ... kết luận của Bộ Chính trị": the directive carried out, not the owner
            if measured_base(ctx, max(b.start, m.start() - BASE_REACH), m.start()):
                continue  # "... so với chỉ tiêu đề ra tại Nghị quyết ... của Tỉnh ủy": the base measured against
            a = P["alias_at"].match(ctx.low, m.end(), b.end)
            code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
            if code and code not in ("GENERIC", "BODY", "ALL"):
                if not in_title:
                    dc.block_bodies[b.index] = ([code], (a.start(1), a.end(1)))
                # a lead that names the document setting the aims names the body: "Đó là mục tiêu
                # nêu trong dự thảo Chương trình mà Chính phủ trình ..."
                # (or whose subject is that document, setting them: "Quyết định số 318/QĐ-UBND của UBND
                # tỉnh về phê duyệt Đề án ... đặt ra mục tiêu ...")
                subject = any(0 <= m.start() - x.start <= _SUBJECT_GAP for x in b.sentences) \
                    and P["lead_verb"].match(ctx.low, a.end(), b.end)
                # (or that opens by pointing back to the headline: "Đây là nội dung chính của Quyết định ...")
                told = P["pointer"].match(ctx.low, b.start, m.start())
                if not dc.body and b.start < HEAD_CHARS and (names_own_aims(ctx, b.start, m.start()) or subject or told):
                    dc.body, dc.body_span, dc.body_source = [code], (a.start(1), a.end(1)), "lead"
                # so does a lead that opens on its source: "Theo báo cáo của Sở Y tế, số trạm y tế ..."
                source = P["source"].match(ctx.low, b.start, b.end)
                if not dc.body and b.start < HEAD_CHARS and source and source.end() == m.start():
                    dc.body, dc.body_span, dc.body_source = [code], (a.start(1), a.end(1)), "lead"
                break
        if in_title or b.index in dc.block_bodies:
            continue
        for sent in b.sentences:  # "Theo Sở Y tế, năm 2025 toàn tỉnh có ..."
            m = P["source"].match(ctx.low, sent.start, sent.end)
            found = m and _source_body(ctx, m.end(), sent.end)
            if found:
                code, span = found
                dc.block_bodies[b.index] = ([code], span)
                if not dc.body and sent is b.sentences[0] and b.start == lead_start:
                    # a news report's lead told from its source: "(QNO) Theo UBND thành phố, năm 2022, ..."
                    dc.body, dc.body_span, dc.body_source = [code], span, "lead"
                break
        if b.index in dc.block_bodies:
            continue
        for m in P["report_owner"].finditer(ctx.low, b.start, b.end):
            a = P["alias_at"].match(ctx.low, m.end(), b.end)
            code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
            if code and code not in ("GENERIC", "BODY", "ALL") and P["reporting_verb"].match(ctx.low, a.end(), b.end):
                dc.block_bodies[b.index] = ([code], (a.start(1), a.end(1)))
                if not dc.body and b.start < HEAD_CHARS:  # the lead's report names the document's body
                    dc.body, dc.body_span, dc.body_source = [code], (a.start(1), a.end(1)), "lead"
                break


def _source_body(ctx: Context, pos: int, end: int) -> Optional[tuple[str, Range]]:
    """The body a source opener names, up to the comma that closes the source: right after
    the opener ("Theo Sở Y tế, ..."), or the first one inside it ("Theo số liệu thống kê từ
    Phòng Nghiệp vụ (Sở Văn hóa, Thể thao và Du lịch), ...")."""
    P = _patterns()
    codes_of = org_patterns()["alias_code"]
    a = P["alias_at"].match(ctx.low, pos, end)
    code = a and codes_of.get(regex.sub(r"\s+", " ", a.group(1)))
    if code and code not in ("GENERIC", "BODY", "ALL") and P["source_end"].match(ctx.low, a.end(), end):
        return code, (a.start(1), a.end(1))
    closed = _comma_outside_brackets(ctx.low, pos, min(end, pos + _SOURCE_CHARS))
    if closed is None:
        return None
    for g, sp in zip(*org_groups(ctx.low, pos, closed)):
        codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC", "ALL")]
        if codes:
            return codes[0], sp
    return None


def _setting_body(ctx: Context, dc: DocumentContext) -> None:
    """In a passage that names no body before its figures, the first paragraph whose sentence's
    subject issues the plan or sets its aims ("Theo kế hoạch, UBND tỉnh X đặt ra mục tiêu ...")."""
    P = _patterns()
    for b in ctx.structure.blocks:
        if b.kind in ("title", "heading"):
            continue
        for sent in b.sentences:
            starts = [sent.start] + ([m.end() for m in _RX_CLAUSE_BREAK.finditer(ctx.low, sent.start, sent.end)]
                                     if P["opener"].match(ctx.low, sent.start, sent.end) else [])
            for g, sp in zip(*org_groups(ctx.low, sent.start, sent.end)):
                if not any(0 <= sp[0] - x <= _SUBJECT_CHARS for x in starts) \
                        or not P["setting_verb"].match(ctx.low, P["body_term"].match(ctx.low, sp[1], sent.end).end(), sent.end):
                    continue
                if P["passive"].search(ctx.low, max(sent.start, sp[0] - 12), sp[0]) \
                        or _carried_out_issuer(ctx, sent.start, sp[0]):
                    continue  # "được Thủ tướng ... ký quyết định công nhận": the agent of a deed reported
                codes = [c for c in resolve_group(g) if c not in ("BODY", "GENERIC")]
                if codes:
                    dc.body, dc.body_span, dc.body_source = codes, sp, "lead"
                    return


def _comma_outside_brackets(low: str, pos: int, end: int) -> Optional[int]:
    """The first comma in low[pos:end] that no bracket encloses, or None."""
    depth = 0
    for i in range(pos, end):
        ch = low[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            return i
        elif ch in ".;:\n" and depth == 0:
            return None
    return None


def find_document_context(ctx: Context) -> None:
    """Read the document's body, time and frames.

    >>> from pipeline.extract import run
    >>> dc = run("Đại hội Phụ nữ thị xã A, nhiệm kỳ 2021 - 2026\\n"
    ...          "Nhiệm kỳ 2016 - 2021, số hội viên tập hợp được đạt 88%. Toàn thị xã có 9 cơ sở hội.",
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
    find_time(ctx, dc)
    _find_body(ctx, dc)
    if not dc.body:
        implied_body(ctx, dc)
    if not dc.body:
        association_body(ctx, dc)
    if not dc.body:
        follow_up_body(ctx, dc, _patterns()["lead_verb"])
    if not dc.body:
        _setting_body(ctx, dc)
    mid_term_now(ctx, dc)
    find_frames(ctx, dc)
    _find_block_bodies(ctx, dc)
    if not dc.body:  # "Các chỉ tiêu này được xác định tại Quyết định 118/QĐ-TTg ...": the symbol's issuer
        title, opening = head_ranges(ctx)
        found = next(filter(None, (holder_issuer(ctx, s, e) or symbol_issuer(ctx, s, e)
                                   for s, e in title + opening[:_LEAD_PARAGRAPHS])), None)
        if found:
            dc.body, dc.body_span, dc.body_source = [found[0]], found[1], "lead"
    dc.reporting = reports(ctx, dc, _LEAD_PARAGRAPHS)
    if dc.reporting and dc.now is None:
        # an undated report of one year that sets the next ("GRDP năm 2024 đạt ... . đề ra 15 chỉ
        # tiêu năm 2025"): told from the later year, as a title "năm 2024, kế hoạch năm 2025" is
        years = set(single_years(ctx.low, 0, len(ctx.low), dc.date_spans))
        if len(years) > 1 and max(years) - min(years) <= _REPORT_YEARS:
            dc.now = max(years)
            undated_part(ctx, dc)  # "Trong 6 tháng đầu năm, ..." then "... 6 tháng cuối năm 2024"
            dc.frames, dc.sentence_frames = {}, {}
            find_frames(ctx, dc)  # (told from that year, "Năm 2023, ..." is the year just past)
    if dc.reporting:
        carry_past_frames(ctx, dc)
    ctx.document = dc
