"""Time expressions shared by the components: periods, deadlines, frequencies, single years.

Patterns come from ``time.yaml``; functions read the lower-cased normalized text.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from pipeline.lexicon import alternation, ends_with, load_lexicon, phrase_pattern, words_re

_RX_SPACES = regex.compile(r"\s+")
_RX_DIGIT = regex.compile(r"\d")
_RX_PER_UNIT_BEFORE = regex.compile(r"/\s*\p{L}+\d?\s*$")  # "/ha" right before another "/năm"
_NOT_FREQ_REACH = 12  # "cây trồng hằng năm": the phrase may start before the stretch
_YEAR_AFTER_GAP = 3  # "dưới 30% năm 2045": the year that follows its value
_RX_VALUE_BEHIND = regex.compile(r"\d[^\S\n]*%?[^\S\n]*(?:[\p{L}/]+[^\S\n]+){0,3}\Z")  # a value right before a postposed deadline, on its line
_COUNTED_BEFORE_DEADLINE = 3  # words of what is counted between a value and its postposed deadline
_FAR_DEADLINE = 150  # how long a counted phrase with no value in it may stand before its postposed deadline
_ELIDED_REACH = 25  # "và năm 2030 có hơn 90%": from the elided deadline's year to its value
_STANDARD_REACH = 25  # "theo chuẩn nghèo giai đoạn ...": the standard named just before its period


@lru_cache(maxsize=1)
def time_patterns() -> dict:
    """Compiled time patterns of ``time.yaml`` (once)."""
    t = load_lexicon("time")
    freq = {w: k for k, ws in t.frequency.items() for w in ws}
    y = r"((?:19|20)\d{2})"
    period_w = alternation(t.period_words)
    month_w = alternation(t.month_words or ["(?!)"])
    to_w = alternation(t.period_joiners)
    dead_w = alternation(t.deadline_words)
    prefix_w = alternation(t.period_year_prefix)
    single_w = alternation(t.single_year_words)
    return {
        "freq_words": freq,
        "base_before": ends_with(t.comparison_base_words) if t.comparison_base_words else regex.compile(r"(?!)"),
        # "gấp 1,8 lần giai đoạn 2016-2020": the multiple's base, its period noun before the years
        "multiple_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(t.comparison_base_words)})\s+[\d.,]+\s+"
                                         rf"(?:{alternation(t.multiple_words)})(?:\s+(?:{alternation(t.comparison_base_words)}))?"
                                         rf"(?:\s+(?:{alternation(t.base_period_nouns)}))?\s*$")
        if t.multiple_words else regex.compile(r"(?!)"),
        "year_part": ends_with(t.year_parts) if t.year_parts else regex.compile(r"(?!)"),
        # "khóa X, nhiệm kỳ 2021-2026": the number of a council's or committee's term before it
        "body_term": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(t.body_term_words)})\s+[\p{{L}}\d]+\s*,?\s*$")
        if t.body_term_words else regex.compile(r"(?!)"),
        "not_freq": words_re(t.not_frequency) if t.not_frequency else regex.compile(r"(?!)"),
        # "trong năm 2024" names a year, not how often; "12%/ năm" is a rate with a stray space
        "freq": regex.compile("(?:" + phrase_pattern([w for w in freq if not w.startswith("/")]) + "|(" +
                              "|".join(r"/\s*" + regex.escape(w[1:]) for w in freq if w.startswith("/")) +
                              r"))(?!\s*(?:19|20)\d{2}(?!\d))"),
        "period": regex.compile(
            rf"(?:(?<![\p{{L}}])(?:{period_w})\s+)?{y}\s*(?:{to_w})\s*(?:(?:{prefix_w})\s+)?{y}"
            rf"|(?<![\p{{L}}])(?:{period_w})\s+{y}\s*-\s*(\d{{2}})(?!\d)"
            # a span of months across two years: "từ tháng 10/2030 đến tháng 9/2031"
            rf"|(?<![\p{{L}}])(?:{month_w})\s+\d{{1,2}}\s*/\s*{y}\s*(?:{to_w})\s*(?:(?:{prefix_w})\s+)?(?:{month_w})\s+\d{{1,2}}\s*/\s*{y}"),
        "deadline": regex.compile(rf"(?<![\p{{L}}])(?:{dead_w})\s+{y}(?!\s*-\s*\d)"),
        "term_end": words_re(t.term_end_words),
        # a later deadline that drops its word in a list of deadlines: "đến năm 2026, trên 60% và năm
        # 2028 có trên 75%", "Đến năm 2026 trên 70%, 2030 95%" (a value follows it)
        "elided": regex.compile(rf"(?:(?<![\p{{L}}])(?:{alternation(t.deadline_list_joiners or ['(?!)'])})|,)\s+"
                                rf"(?:(?:{prefix_w})\s+)?{y}(?=[^\d]{{0,{_ELIDED_REACH}}}\d)"),
        "single": regex.compile(rf"(?<![\p{{L}}])(?:{single_w})\s+{y}(?![\d/])"),
        "not_single": ends_with(t.not_single_year),
        "term": regex.compile(rf"(?:{alternation(t.term_words)})\s+{y}\s*-\s*{y}"),
        # "(theo chuẩn nghèo giai đoạn 2016 - 2020)": the period of a standard, not the figure's
        "standard_before": words_re(t.standard_words) if t.standard_words else regex.compile(r"(?!)"),
        # "xuống dưới 26% vào năm 2015": a postposed deadline is the value's it follows
        # (what is counted may stand between: "đạt 92,6% trẻ vào năm 2018")
        "postposed_word": regex.compile(rf"(?:{alternation(t.postposed_deadline_words + t.postposed_near_deadline_words)})\s"),
        "joiner": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(t.deadline_list_joiners or ['(?!)'])})(?![\p{{L}}])"),
        # (the counted words between hold no joiner: "có 70% và đến năm 2030 có 90%" is the 90%'s)
        "postposed": regex.compile(rf"\s*(?:(?!(?:{alternation(t.deadline_list_joiners or ['(?!)'])})\s)[\p{{L}}/]+\s+)"
                                   rf"{{0,{_COUNTED_BEFORE_DEADLINE}}}?"
                                   rf"(?:{alternation(t.postposed_deadline_words + t.postposed_near_deadline_words)})\s+{y}"),
        # a long counted phrase with no other value in it: "60% học sinh tiểu học ... được học kỹ năng bơi vào năm 2030"
        "postposed_far": regex.compile(rf"[^.;:!?]{{0,{_FAR_DEADLINE}}}?(?<![\p{{L}}])(?:{alternation(t.postposed_deadline_words)})\s+{y}"),
    }


def periods(low: str, s: int, e: int) -> list[tuple[tuple[int, int], int, int]]:
    """Periods stated in ``low[s:e]`` with where they stand.

    >>> periods("giai đoạn 2021 - 2025", 0, 21)
    [((2021, 2025), 0, 21)]
    """
    return list(_periods(low, s, e))


# the components ask for the same stretches again (clause, subject, lead-in of each
# value): remembered for the last few thousand, so a document is read once
@lru_cache(maxsize=4096)
def _periods(low: str, s: int, e: int) -> tuple[tuple[tuple[int, int], int, int], ...]:
    P = time_patterns()
    out = []
    for m in P["period"].finditer(low, s, e):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(2))
        elif m.group(5):
            a, b = int(m.group(5)), int(m.group(6))
        else:
            a = int(m.group(3))
            b = (a // 100) * 100 + int(m.group(4))
        reach = max(0, m.start() - _STANDARD_REACH)
        if a < b <= a + 30 and not P["standard_before"].search(low, reach, m.start()) \
                and not P["base_before"].search(low, reach, m.start()) \
                and not P["multiple_before"].search(low, max(0, m.start() - _MULTIPLE_REACH), m.start()):
            out.append(((a, b), m.start(), m.end()))
    return tuple(out)


_MULTIPLE_REACH = 40  # "gấp 1,8 lần so với giai đoạn ": how far before a period its multiple may start


def bound_year(low: str, start: int) -> bool:
    """Is the "năm YYYY" at ``start`` a bound or a comparison base ("đến cuối năm 2025",
    "so với năm 2022"), not the one year of its figures? A part of the year is the year's
    ("6 tháng cuối năm 2021", "quý I năm 2024").

    >>> bound_year("đến cuối năm 2025", 9), bound_year("6 tháng cuối năm 2021", 14)
    (True, False)
    """
    P = time_patterns()
    before = max(0, start - 15)
    if P["multiple_before"].search(low, max(0, start - _MULTIPLE_REACH), start):
        return True  # "tăng gấp 3 lần năm 2020": the base of a multiple
    return bool(P["not_single"].search(low, before, start)) and not P["year_part"].search(low, max(0, start - 25), start)


def is_body_term(low: str, start: int) -> bool:
    """Is the period at ``start`` a council's or committee's term, named with its number?

    >>> is_body_term("hđnd huyện khóa x, nhiệm kỳ 2021-2026", 19)
    True
    """
    return bool(time_patterns()["body_term"].search(low, max(0, start - _STANDARD_REACH), start))


def _postposed_to_value_behind(low: str, start: int) -> bool:
    """Is the deadline word at ``start`` postposed to a value right before it ("đạt 92,6% trẻ vào
    năm 2018")? Not across a joiner: "có 70% và đến năm 2030 có 90%" opens the next value's."""
    P = time_patterns()
    behind = _RX_VALUE_BEHIND.search(low, max(0, start - 40), start) if P["postposed_word"].match(low, start) else None
    return behind is not None and not P["joiner"].search(low, behind.start(), start)


def deadline_year(low: str, s: int, e: int, masked: list[tuple[int, int]], near: Optional[int] = None,
                  near_end: Optional[int] = None, next_value: Optional[int] = None) -> Optional[int]:
    """The deadline stated in ``low[s:e]``; with ``near`` (a value's position), the last one
    before it, else the first: "đến năm 2025 có 70% và đến năm 2030 có 90%"; with
    ``next_value`` (where the clause's next value starts), a deadline postposed to the
    value's long counted phrase before it.

    >>> deadline_year("đến năm 2025 có 70% và đến năm 2030 có 90%", 0, 42, [], near=39)
    2030
    """
    P = time_patterns()
    found = [m for m in P["deadline"].finditer(low, s, e) if not any(a <= m.start() < b for a, b in masked)]
    if not found:
        return None
    found = sorted(found + elided_deadlines(low, found[0].end(), e), key=lambda m: m.start())
    if near is not None:
        # the value's own postposed deadline: "xuống dưới 24% vào năm 2026 và 21% vào năm 2030"
        end = near_end if near_end is not None else near
        post = P["postposed"].match(low, end, e) if end < e else None
        if post is None and end < e:
            post = P["postposed_far"].match(low, end, min(e, next_value if next_value is not None else e))
        if post and not any(a <= post.start(1) < b for a, b in masked):
            return int(post.group(1))
        # (a deadline written after another value is that value's: "đạt 92,6% trẻ vào năm 2018
        # và đạt 95,3% trẻ năm 2020")
        before = [m for m in found if m.end() <= near and not _postposed_to_value_behind(low, m.start())]
        if before:
            return int(before[-1].group(1))
        # "vận động trên 6 tỷ đồng, qua đó ... đến năm 2030 xuống còn 1%": the later value's deadline
        if _RX_DIGIT.search(low, found[0].end(), e):
            return None
        # "giảm 30% ... năm 2025 và 50% vào năm 2030": postposed to the later value
        if P["postposed_word"].match(low, found[0].start()) and _RX_DIGIT.search(low, end, found[0].start()) \
                and not any(a <= x.start() < b for x in _RX_DIGIT.finditer(low, end, found[0].start()) for a, b in masked):
            return None
    return int(found[0].group(1))


def frequency(low: str, s: int, e: int, rates: bool = True, own: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The frequency stated in ``low[s:e]``; with ``rates=False`` a "/năm" after the
    value is read as the unit of a rate ("26 triệu đồng/năm"), not as how often; with
    ``own`` (the stretch from the value to the next), only a "/năm" inside it is the value's
    ("thu nhập 50 triệu đồng/năm, tăng 2,6 lần": not the 2,6's).

    >>> frequency("mỗi chi hội 02 buổi/năm", 0, 23), frequency("thu nhập 26 triệu đồng/năm", 0, 26, rates=False)
    ('annual', None)
    """
    P = time_patterns()
    masked = [(a.start(), a.end()) for a in P["not_freq"].finditer(low, max(0, s - _NOT_FREQ_REACH), e)]
    for m in P["freq"].finditer(low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue  # "cây trồng hằng năm": annual crops
        w = _RX_SPACES.sub(" ", m.group(0))
        if w.startswith("/"):
            if not rates or (own is not None and not own[0] <= m.start() < own[1]):
                continue
            if _RX_PER_UNIT_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                continue  # "230 triệu đồng/ha/năm": a yield per hectare and year, not how often
            w = "/" + w[1:].strip()
        return P["freq_words"].get(w)
    return None


def single_year(low: str, s: int, e: int, masked, value: Optional[tuple[int, ...]] = None) -> Optional[int]:
    """The year low[s:e] states for one year; for the clause of a value at ``value``
    (start, end, start of the clause's first value), the value's own year ("dưới 45% năm 2026,
    dưới 30% năm 2032": the year right after it; "năm 2030 đạt 50% và năm 2040 đạt 60%":
    the nearest before it with no other number between; else one after it with none between,
    else the clause's opening year), none when every year stands behind another value."""
    P = time_patterns()
    found = [m for m in P["single"].finditer(low, s, e)
             if not any(a <= m.start() < b for a, b in masked)
             and not bound_year(low, m.start())]
    if not found:
        return None
    if value is not None:
        vs, ve = value[:2]
        first = value[2] if len(value) > 2 else vs
        for m in found:
            # (not past a comma: "năm 2022 là 91%, năm 2023 là 92%" gives the next year to the next value)
            if 0 <= m.start() - ve <= _YEAR_AFTER_GAP and not regex.search(r"[,;]", low[ve:m.start()]):
                return int(m.group(1))
        before = [m for m in found if m.end() <= vs and not _RX_DIGIT.search(low, m.end(), vs)]
        # (not a part's own year: "41 tỷ đồng, trong đó số dư năm 2030 chuyển sang ...")
        after = [m for m in found if m.start() >= ve and not _RX_DIGIT.search(low, ve, m.start())
                 and not _part_marker().search(low, ve, m.start())]
        opening = [m for m in found if m.end() <= first]  # "Năm 2024, A đạt 80% và B đạt 90%"
        # a year behind another value is that value's: "giúp 655 hộ ..., xuống còn 0,39% (năm 2020)"
        pick = before[-1:] or after[:1] or opening[:1]
        return int(pick[0].group(1)) if pick else None
    return int(found[0].group(1))


@lru_cache(maxsize=1)
def _part_marker() -> regex.Pattern:
    return words_re(load_lexicon("kinds").part_markers)


def parts_from(low: str, s: int, e: int) -> int:
    """Where the parts of the whole before ``s`` begin ("..., trong đó ..."), else ``e``."""
    m = _part_marker().search(low, s, e)
    return m.start() if m else e


def single_years(low: str, s: int, e: int, masked=()) -> list[int]:
    """Every single year stated in low[s:e] (not a bound, not inside a frame)."""
    P = time_patterns()
    return [int(m.group(1)) for m in P["single"].finditer(low, s, e)
            if not bound_year(low, m.start())
            and not any(a <= m.start() < b for a, b in masked)]


@lru_cache(maxsize=1)
def _value_share_re() -> regex.Pattern:
    words = load_lexicon("time").value_share_words or ["(?!)"]
    approx = alternation(load_lexicon("exclusions").approximators)
    return regex.compile(rf"\s*,?\s*(?:{alternation(words)})\s*(?:(?:{approx})\s+)?")


def shared_value(low: str, values: list, q):
    """The value of the same clause whose share ``q`` is, written right after it
    ("45 tỷ đồng, chiếm 12,5%"), or None.

    >>> class V: pass
    >>> low = "45 tỷ đồng, chiếm 12,5%"
    >>> a, b = V(), V(); a.start, a.end, b.start, b.end = 0, low.index(","), low.index("12,5"), len(low)
    >>> shared_value(low, [a, b], b) is a
    True
    """
    before = [x for x in values if x.end <= q.start]
    if not before:
        return None
    x = max(before, key=lambda v: v.end)
    # (the unit words of the value before may stand between: "45 tỷ đồng")
    gap = low[x.end:q.start]
    return x if _value_share_re().fullmatch(gap) else None


def elided_deadlines(low: str, s: int, e: int) -> list:
    """The later deadlines of a list that drop their word, after a stated one at ``s``: in "đến
    năm 2026, trên 60% và năm 2028 có trên 75%" the "năm 2028" (group 1, the year).

    >>> [m.group(1) for m in elided_deadlines("đến năm 2026, trên 60% và năm 2028 có trên 75%", 12, 45)]
    ['2028']
    """
    return list(time_patterns()["elided"].finditer(low, s, e))


def elided_deadline_spans(low: str, s: int, e: int) -> list[tuple[int, int]]:
    """Where the elided deadlines of low[s:e] are written (none without a stated deadline first)."""
    first = time_patterns()["deadline"].search(low, s, e)
    return [(m.start(), m.end()) for m in elided_deadlines(low, first.end(), e)] if first else []
