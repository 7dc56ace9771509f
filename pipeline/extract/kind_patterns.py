"""Compiled cue patterns of the ``kind`` component, from ``data/kinds.yaml`` and the
comparator, time and exclusion lexicons; read once, shared by kind.py and its helpers."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lexicon import alternation, ends_with, load_lexicon, starts_with, words_re

_MET_REACH = 40  # "38,6% (giảm 6,3%) đạt chỉ tiêu": how far after the value its aim's mention may stand
_SHARE_GAP = 60  # "kết nạp 52 đảng viên mới, đạt 50,98%": the count's phrase before the share of its aim
@lru_cache(maxsize=1)
def kind_patterns() -> dict:
    """The compiled cue patterns of the ``kind`` component (once)."""
    k = load_lexicon("kinds")
    out = {name: words_re(getattr(k, name)) for name in ("result", "target", "budget", "not_budget")}
    out["target_before"] = words_re(k.target_before_value) if k.target_before_value else regex.compile(r"(?!)")
    out["registered_before"] = ends_with(k.registered_nouns) if k.registered_nouns else regex.compile(r"(?!)")
    # (with a loose bound between: "đã trao được hơn 32.800 suất"; not an aim's "ít nhất")
    loose = [w for w, op in load_lexicon("comparators").before.items() if op not in (">=", "<=") and w[0].isalpha()]
    out["result_right_before"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(k.result_right_before_value or ['(?!)'])})"
                                               rf"(?:\s+(?:{alternation(loose)}))?\s*$")
    out["achieved_share"] = regex.compile(rf"[^,.;:\d]{{0,{_SHARE_GAP}}}?,\s*(?:{alternation(k.achieved_share_words or ['(?!)'])})\s*$")
    out["comparison"] = words_re(k.comparison_cues) if k.comparison_cues else regex.compile(r"(?!)")
    # (a deed's word after a word of purpose is an aim: "Để đạt được con số 900 nghìn lượt du khách")
    out["purpose_before"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(load_lexicon('exclusions').purpose_words or ['(?!)'])})\s+$")
    out["result_counted"] = starts_with(k.result_counted)
    out["result_heading"] = words_re(k.result_headings)
    out["target_heading"] = words_re(k.target_headings)
    # (a programme's name is read whole, so its "mục tiêu" names no aims)
    out["aims_named"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(k.programme_names)})(?![\p{{L}}])"
                                      rf"|(?<![\p{{L}}])({alternation(k.target_headings)})(?![\p{{L}}])")
    out["weak_result"] = words_re(k.weak_result)
    out["state"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(k.state_words)})"
                                 rf"(?:\s+(?:{alternation(load_lexicon('exclusions').approximators)}))?\s*$")
    out["setting_types"] = frozenset(k.setting_doc_types)
    out["weak_target"] = words_re(k.weak_target) if k.weak_target else regex.compile(r"(?!)")
    out["weak_bound"] = words_re(k.weak_bound) if k.weak_bound else regex.compile(r"(?!)")
    ex = load_lexicon("exclusions")
    # "HĐND huyện đã nhất trí thông qua Nghị quyết ..., với chỉ tiêu ...", "kỳ họp đã dành nhiều thời gian bàn bạc
    # và thông qua Nghị quyết ...": the "đã" is the adoption's; the figures of a document adopted or
    # issued are its aims (found from the verb, the cheap anchor, then back to a result cue)
    out["adopted"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.adoption_verbs)})(?:\s+\p{{L}}+){{0,3}}?\s+"
                                   rf"(?:{alternation(ex.document_types)})(?![\p{{L}}])")
    out["elaboration"] = regex.compile(rf"[\s*\-+•]*(?:{alternation(k.elaboration_openers)})\s*[:,]")
    # (the aim's owner may stand between: "đạt chỉ tiêu của Đề án do tỉnh giao (trên 2%)")
    # (the aim's document may be cited by its number and date: "chỉ tiêu giao tại Kế hoạch số 27-KH/HU
    # ngày 5/4/2024 của Huyện ủy (64%)", numbers that are no figures)
    cited = r"(?:[^()\d.;]|\d+(?:[/.-]\d+)*[/-]\p{L}[\p{L}\d/-]*|\d{1,2}/\d{1,2}/\d{4})"
    out["restated_aim"] = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(k.restated_aims)}){cited}{{0,90}}?\(\s*"
                                        rf"(?:(?:{alternation(list(load_lexicon('comparators').before))})\s+)?$")
    # ... or named inside the brackets: "5,8%/năm (chỉ tiêu Nghị quyết là 7-7,5%/năm)"
    out["bracketed_aim"] = regex.compile(rf"\(\s*(?:{alternation(k.restated_aims)})[^()\d;]{{0,30}}$")
    out["not_target"] = words_re(k.not_target_phrases + k.programme_names + k.referring_aims) if k.not_target_phrases else regex.compile(r"(?!)")
    out["grounds"] = words_re(k.grounds_named) if k.grounds_named else regex.compile(r"(?!)")
    out["referring"] = words_re(k.referring_aims) if k.referring_aims else regex.compile(r"(?!)")
    out["aims_set"] = words_re(k.aims_set_phrases) if k.aims_set_phrases else regex.compile(r"(?!)")
    out["met_counted"] = starts_with(k.met_counted)
    # (past a comma only when the words follow it: "..., hoàn thành kế hoạch sửa trường học" is another deed)
    out["met_after"] = regex.compile(rf"[^,.;:\d]{{0,{_MET_REACH}}}?(?:,\s*)?(?<![\p{{L}}])(?:{alternation(k.met_after)})(?![\p{{L}}])") \
        if k.met_after else regex.compile(r"(?!)")
    # ("03 chỉ tiêu chủ yếu đạt thấp": the counted targets, a word or two of theirs, then the judgment)
    out["targets_judged"] = regex.compile(rf"(?:\s+\p{{L}}+){{0,5}}?\s+(?:{alternation(k.targets_judged)})(?![\p{{L}}])") \
        if k.targets_judged else regex.compile(r"(?!)")
    out["measured_until"] = words_re(load_lexicon("time").measured_until_words)
    out["telling"] = words_re(k.telling_words) if k.telling_words else regex.compile(r"(?!)")
    out["achieved"] = words_re(ex.achievement_words)
    out["part_opener"] = regex.compile(rf"\s*(?:{alternation(k.part_markers)})(?![\p{{L}}])")
    out["present_base"] = words_re(k.present_bases) if k.present_bases else regex.compile(r"(?!)")
    out["share_of_aim"] = regex.compile(rf"(?<=\d\s*%\s*)(?:{alternation(k.measured_aims)})(?![\p{{L}}])") \
        if k.measured_aims else regex.compile(r"(?!)")
    # the year right after a deadline word: "đến [hết] năm 2025"
    out["year_after"] = regex.compile(rf"\s+(?:(?:{alternation(load_lexicon('time').period_year_prefix)})\s+)?((?:19|20)\d\d)(?!\d)")
    out["deadline_cue"] = words_re(load_lexicon("time").deadline_words)
    out["descriptive"] = words_re(k.descriptive_phrases) if k.descriptive_phrases else regex.compile(r"(?!)")
    out["reach"] = starts_with(k.reach_words) if k.reach_words else regex.compile(r"(?!)")
    out["coming_time"] = words_re(k.coming_time) if k.coming_time else regex.compile(r"(?!)")
    return out


def names_aims(low: str, s: int, e: int) -> bool:
    """Whether low[s:e] names aims ("Các chỉ tiêu chủ yếu năm 2025"), a programme's name aside.

    >>> names_aims("nhiệm vụ năm 2025", 0, 17), names_aims("chương trình mục tiêu quốc gia", 0, 30)
    (True, False)
    """
    return any(m.group(1) for m in kind_patterns()["aims_named"].finditer(low, s, e))


@lru_cache(maxsize=1)
def beyond_words() -> tuple[str, ...]:
    """The last words of the "đạt và vượt" phrases, found as plain text before their pattern is run."""
    return tuple({w.split()[-1] for w in load_lexicon("comparators").met_and_beyond})


def told_from(ctx, s: int, value_at: int, P: dict) -> int:
    """Where the told part of a clause starts: past its last telling verb before the value."""
    verbs = list(P["telling"].finditer(ctx.low, s, value_at))
    return verbs[-1].end() if verbs else s
