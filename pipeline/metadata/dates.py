"""When: the date of writing (the dateline "Thanh Sơn, ngày 05 tháng 5 năm
2021", a web page's date) and the period the document, or the congress, plan or
resolution a report is about, is scoped to ("nhiệm kỳ 2020 - 2025",
"giai đoạn 2021 - 2025", "năm 2024"). The date of writing is never the period.

Vocabulary: ``pipeline/data/metadata_dates.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata.text import ascii_fold, folded_words

_YEAR = r"(?:19|20)\d{2}"
# A qualifier governs a year this close after it: "tầm nhìn đến năm 2045",
# "khóa X, nhiệm kỳ 2021 - 2026", "so với cùng kỳ năm 2019".
_REACH = 30
# A review or task word governs the years of its phrase: "sơ kết công tác Đoàn và hoạt động
# thiếu nhi năm 2023".
_TASK_REACH = 60


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern        # "22/7/2022", "22 tháng 7 năm 2022"
    date_source: str        # the same, as a pattern to embed
    dated_line: re.Pattern  # "ngày 08 tháng 9 năm 2022"
    range: re.Pattern       # "giai đoạn 2021 – 2025", "(2021 - 2023)"
    until: re.Pattern       # "đến năm 2030"
    single: re.Pattern      # "năm 2024"
    horizon: re.Pattern
    body_term: re.Pattern
    comparison: re.Pattern
    task: re.Pattern


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled date vocabulary (once)."""
    d = load_lexicon("metadata_dates")
    ngay, thang, nam = (ascii_fold(x) for x in (d.date_word, d.month_word, d.year_word))
    source = (rf"(?:{ngay}\s*)?(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}"
              rf"|\d{{1,2}}\s+{thang}\s+\d{{1,2}}\s+{nam}\s+\d{{4}})")
    return _Patterns(
        date=re.compile(rf"(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*(\d{{4}})"
                        rf"|(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})"),
        date_source=source,
        dated_line=re.compile(rf"{ngay}\s+(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})"),
        range=re.compile(rf"(?:(?P<word>{folded_words(d.period_words)})\s*:?\s*)?\(?(?<![/\d])"
                         rf"(?P<a>{_YEAR})\s*[-–—÷]\s*(?P<b>{_YEAR})(?![\d/])"),
        until=re.compile(folded_words(d.until_words) + rf"\s*(?P<b>{_YEAR})(?![\d/])"),
        single=re.compile(rf"{folded_words([d.year_word])}\s+(?P<a>{_YEAR})(?![\d/])"),
        horizon=re.compile(folded_words(d.horizon_words)),
        body_term=re.compile(folded_words(d.body_term_words)),
        comparison=re.compile(folded_words(d.comparison_words)),
        task=re.compile(folded_words(d.task_words)))


def match_date(m: re.Match) -> Optional[dt.date]:
    """The date of a :attr:`_Patterns.date` or ``dated_line`` match (None if impossible)."""
    g = [x for x in m.groups() if x is not None]
    try:
        return dt.date(int(g[2]), int(g[1]), int(g[0]))
    except (ValueError, IndexError):
        return None


def first_date(folded: str, start: int = 0, end: Optional[int] = None) -> Optional[dt.date]:
    """The first date written in ``folded[start:end]``.

    >>> first_date(ascii_fold("Ngày 08/9/2022, Thị ủy Sa Pa"))
    datetime.date(2022, 9, 8)
    """
    m = patterns().date.search(folded, start, len(folded) if end is None else end)
    return match_date(m) if m else None


def event_date(folded: str) -> Optional[dt.date]:
    """The first date of a lead sentence that is not the start of a span of dates (an
    anniversary's "(2-9-1945 – 2-9-2030)" tells no time of writing).

    >>> event_date(ascii_fold("Ngay 1-9, huyen gap mat chao mung (2-9-1945 - 2-9-2030) luc 8/9/2030"))
    datetime.date(2030, 9, 8)
    """
    P = patterns()
    for m in P.date.finditer(folded):
        nxt = P.date.match(folded, m.end() + len(_SPAN_DASH.match(folded, m.end()).group()))
        if _SPAN_DASH.match(folded, m.end()).group().strip() and nxt:
            continue
        prev = folded[max(0, m.start() - 4):m.start()]
        if re.search(r"[-–—]\s*$", prev) and P.date.search(folded[max(0, m.start() - 16):m.start()]):
            continue  # the end of that span
        d = match_date(m)
        if d:
            return d
    return None


_SPAN_DASH = re.compile(r"\s*[-–—]?\s*")


def dateline(folded_scope: str, skip: Iterable[tuple[int, int]] = ()) -> Optional[dt.date]:
    """The date of writing: "…, ngày 08 tháng 9 năm 2022" in the title block,
    outside the spans ``skip`` (the dates of cited documents).

    >>> dateline(ascii_fold("Sa Pa, ngày 08 tháng 9 năm 2022"))
    datetime.date(2022, 9, 8)
    """
    spans = list(skip)
    for m in patterns().dated_line.finditer(folded_scope):
        if not any(s <= m.start() < e for s, e in spans):
            return match_date(m)
    return None


class Years(NamedTuple):
    """A stretch of years a text states, where it states it."""
    start: Optional[int]  # None for "đến năm 2030" (counted from the year of writing)
    end: int
    at: int


def stated_years(text: str) -> list[Years]:
    """The periods and years a title or lead states, dates, horizons, a meeting
    body's own term and bases of comparison left out.

    >>> [(y.start, y.end) for y in stated_years("Giai đoạn 2026 - 2030, định hướng tầm nhìn đến năm 2050")]
    [(2026, 2030)]
    >>> [(y.start, y.end) for y in stated_years("HĐND thị xã khóa XII, nhiệm kỳ 2021 - 2026 thông qua kế hoạch năm 2024")]
    [(2024, 2024)]
    """
    P = patterns()
    f = _blank(ascii_fold(text), P.date)
    found = []
    for rx in (P.range, P.until, P.single):
        for m in rx.finditer(f):
            before = f[max(0, m.start() - _REACH):m.start()]
            if P.horizon.search(before) or P.comparison.search(before[-20:]):
                continue
            if rx is P.range and m.group("word") and P.body_term.search(before):
                continue
            g = m.groupdict()
            a = int(g["a"]) if g.get("a") else None
            found.append(Years(a, int(g["b"]) if g.get("b") else a, m.start()))
        f = _blank(f, rx)
    return sorted(found, key=lambda y: y.at)


def _blank(f: str, rx: re.Pattern) -> str:
    """``f`` with the matches of ``rx`` made spaces (same length)."""
    return rx.sub(lambda m: " " * len(m.group(0)), f)


def span_of(years: list[Years], start_year: Optional[int]) -> Optional[tuple[int, int]]:
    """The period covering the years stated; an "until" alone counts from ``start_year``.

    >>> span_of([Years(2019, 2019, 0), Years(2020, 2020, 9)], None)
    (2019, 2020)
    """
    starts = [y.start for y in years if y.start is not None]
    ends = [y.end for y in years]
    if starts:
        return min(starts), max(ends)
    if ends and start_year and start_year <= max(ends):
        return start_year, max(ends)
    return None


def title_period(title: str, issued_on: Optional[dt.date],
                 implements_dates: Iterable[Optional[dt.date]] = ()) -> Optional[tuple[int, int]]:
    """The period of a document's title: "giai đoạn 2021 – 2025", "năm 2013 và
    kế hoạch năm 2014"; "đến năm 2030" from the year of writing (or of the first
    dated document it carries out).

    >>> title_period("KẾ HOẠCH công tác dân vận, giai đoạn 2021 – 2025", None)
    (2021, 2025)
    """
    start = (issued_on.year if issued_on else None) or next((d.year for d in implements_dates if d), None)
    return span_of(stated_years(title), start)


def report_period(headline: str, lead: list[str], issued_on: Optional[dt.date]) -> Optional[tuple[int, int]]:
    """The period of what a report is about: its headline's, extended by the
    tasks its lead sentence announces ("tổng kết ... năm 2019, triển khai nhiệm
    vụ năm 2020"); without one in the headline, that of the first of the lead
    sentences (the one naming the event first) that states one.

    >>> report_period("Hội Nông dân huyện tổng kết hoạt động năm 2017",
    ...               ["Chiều 9/1, Hội Nông dân huyện tổng kết hoạt động năm 2017, bàn nhiệm vụ năm 2018."], None)
    (2017, 2018)
    """
    start = issued_on.year if issued_on else None
    head = stated_years(headline)
    if not head:
        for sentence in lead:
            # (a lead's "đến năm 2025" alone states no period: the report's own start is not told)
            found = span_of(stated_years(sentence), None)
            if found:
                return found
        return None
    P = patterns()
    first = lead[0] if lead else ""
    fl = ascii_fold(first)
    tasks = [y for y in stated_years(first) if P.task.search(fl[max(0, y.at - _TASK_REACH):y.at])]
    return span_of(head + tasks, start)


def publication_date(lines: Iterable[str]) -> Optional[dt.date]:
    """A web page's own date, from the furniture under its headline.

    >>> publication_date(["Cập nhật: 07/11/2022 | Lượt xem: 3.517"])
    datetime.date(2022, 11, 7)
    """
    for line in lines:
        d = first_date(ascii_fold(line))
        if d:
            return d
    return None
