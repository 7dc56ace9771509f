"""The words the document context reads a document's body by, compiled once from
``organizations.yaml``, ``exclusions.yaml`` and ``time.yaml`` (see :mod:`pipeline.extract.document`)."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.mentions import org_patterns
from pipeline.lexicon import alternation, ends_with, load_lexicon, phrase_pattern, words_re

_REPORT_TITLE = 200  # how long a report's title may run before "của <owner>"
_LEAD_VERB_REACH = 35  # "Hội LHPN huyện Yên Thành đã tổ chức": the body's place and "đã" before its verb


@lru_cache(maxsize=1)
def patterns() -> dict:
    """Every pattern of the document context, by name."""
    org = load_lexicon("organizations")
    ex = load_lexicon("exclusions")
    short = {w: code for code, ws in org.congress_bodies.items() for w in ws}
    return {
        "congress": words_re(org.congress_words),
        "short": short,
        "short_re": regex.compile(r"\s*" + phrase_pattern(list(short))),
        # a congress named by its number first: "Đại hội XIV của Đảng", "Đại hội lần thứ XX của Đảng bộ tỉnh"
        # ("Đại hội đại biểu lần thứ IX của Đảng bộ xã": the number may follow its fillers)
        "numbered_congress": regex.compile(rf"(?:\s+(?:{alternation(org.congress_name_fillers)}))*\s+[ivxlcdm]+(?![\p{{L}}])(?:\s+(?:{alternation(org.congress_name_fillers)}))+\s+"
                                           rf"({alternation(list(short))})(?![\p{{L}}])"),
        "work": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.work_words)})\s+"),
        "guest": words_re(org.guest_words),
        "opener_before": words_re(org.carried_out_before),
        "setting_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])(?:{alternation(org.issuing_verbs + org.aims_setting_verbs or ['(?!)'])})(?![\p{{L}}])"),
        "issuing_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])(?:{alternation(org.issuing_verbs or ['(?!)'])})(?![\p{{L}}])"),
        "session_number": regex.compile(rf"(?:\s+(?:{alternation(org.ordinal_words or ['(?!)'])})\s+[\divxlcdm]+(?![\p{{L}}\d])\s*,)?"),
        "pointer": regex.compile(rf"\s*(?:{alternation(org.headline_pointers or ['(?!)'])})(?![\p{{L}}])"),
        "passive": ends_with(org.passive_markers) if org.passive_markers else regex.compile(r"(?!)"),
        "opener": regex.compile(rf"\s*(?:{alternation(org.lead_openers)})(?![\p{{L}}])"),
        # (not a verb used as a noun: "củng cố bộ máy đáp ứng yêu cầu nhiệm vụ")
        "lead_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])"
                                   rf"(?<!(?<![\p{{L}}])(?:{alternation(org.lead_verb_noun_before or ['(?!)'])})\s+)"
                                   rf"(?:{alternation(org.lead_verbs)})(?![\p{{L}}])"),
        "cited_before": words_re(ex.document_types),
        "reviewed_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.review_span_words or ['(?!)'])})(?:\s+[\p{{L}}\d]+){{0,3}}?"
                                         rf"\s+(?:(?:{alternation(org.review_span_fillers or ['(?!)'])})\s+)?(?:{alternation(org.carried_out_before)})\s*$"),
        "adopted_before": ends_with(ex.adoption_verbs),
        # the body's own term between it and its verb: "HĐND xã B khóa XXI, nhiệm kỳ 2026-2031 họp ..."
        "body_term": regex.compile(rf"(?:[^.;:,]{{0,25}}?\s*,?\s*(?:{alternation(org.body_qualifiers)})\s+[\p{{L}}\d]+"
                                   rf"(?:\s*[-–]\s*\d{{4}})?\s*,?)*"),
        "held_by": ends_with(org.held_by_words),  # "... do Đảng ủy, HĐND, UBND xã tổ chức"
        # (a document's number may follow it: "Quyết định số 25/QĐ-TTg của Thủ tướng")
        # (and its date: "Quyết định 2045/QĐ-UBND ngày 08/9/2022 của UBND tỉnh")
        "owner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.document_types)})(?:\s+[\p{{L}}\d/.-]+){{0,2}}?"
                               rf"(?:\s+(?:{alternation(load_lexicon('time').date_words.get('day', []))})\s+[\d/.-]+)?"
                               rf"\s+(?:{alternation(org.cited_issuer_prepositions)})\s+"),
        # "Báo cáo sơ kết việc thực hiện Chiến lược ... của Chính phủ cho biết ...": a report's
        # long title, then its owner, who tells the figures
        "report_owner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.report_words)})[^.;:]{{0,{_REPORT_TITLE}}}?"
                                      rf"\s(?:{alternation(org.cited_issuer_prepositions)})\s+"),
        # (after a news agency's tag or dateline: "(QNO) Theo UBND thành phố, ...", "TP - Theo ...")
        "source": regex.compile(rf"(?:^|(?<=[.;:!?]\s))\W*(?:\([\p{{L}}\d .-]{{1,15}}\)\s*(?:[-–]\s*)?|[\p{{L}}.]{{1,12}}\s*[-–]\s+)?"
                                rf"(?:{alternation(org.source_openers)})\s+", regex.M),
        # the source's place before its comma (a short name in brackets inside: "... nông thôn mới (NTM) tỉnh,")
        "source_end": regex.compile(r"(?:[^,.;:()\n]|\([^()\n]{0,15}\)){0,60}?,"),
        "reporting_verb": regex.compile(rf"[^.;:]{{0,{_LEAD_VERB_REACH}}}?(?<![\p{{L}}])(?:{alternation(org.reporting_verbs)})(?![\p{{L}}])"),
        "alias_at": regex.compile(r"\s*" + phrase_pattern(list(org_patterns()["alias_code"]))),
        "gap": regex.compile(r"[^,.;:()]*"),
        "chair_title": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(org.chair_titles or ['(?!)'])})\s+"),
        "chair_verb": words_re(org.chair_verbs + org.signing_verbs) if org.chair_verbs + org.signing_verbs else regex.compile(r"(?!)"),
    }
