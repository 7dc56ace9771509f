"""When: the date of writing (the dateline "Sa Pa, ngày 08 tháng 9 năm 2022")
and the period the document is scoped to ("giai đoạn 2021 – 2025",
"đến năm 2030" from its start year).

Vocabulary: ``pipeline/data/metadata_doc_types.yaml`` (date, period and until words).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata.text import ascii_fold, folded_words


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern        # "22/7/2022", "22 tháng 7 năm 2022"
    date_source: str        # the same, as a pattern to embed
    dated_line: re.Pattern  # "ngày 08 tháng 9 năm 2022"
    period: re.Pattern      # "giai đoạn 2021 – 2025"
    until: re.Pattern       # "đến năm 2030"


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled date vocabulary (once)."""
    d = load_lexicon("metadata_doc_types")
    ngay, thang, nam = (ascii_fold(x) for x in (d.date_word, d.month_word, d.year_word))
    source = (rf"(?:{ngay}\s*)?(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}"
              rf"|\d{{1,2}}\s+{thang}\s+\d{{1,2}}\s+{nam}\s+\d{{4}})")
    return _Patterns(
        date=re.compile(rf"(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*(\d{{4}})"
                        rf"|(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})"),
        date_source=source,
        dated_line=re.compile(rf"{ngay}\s+(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})"),
        period=re.compile(folded_words(d.period_words) + r"\s*:?\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})"),
        until=re.compile(folded_words(d.until_words) + r"\s*((?:19|20)\d{2})(?!\d)"))


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


def title_period(head: list[str], issued_on: Optional[dt.date],
                 implements_dates: Iterable[Optional[dt.date]] = ()) -> Optional[tuple[int, int]]:
    """The period of the title: "giai đoạn 2021 – 2025"; "đến năm 2030" from
    the year of writing (or of the first dated document it carries out).

    >>> title_period(["KẾ HOẠCH", "công tác dân vận, giai đoạn 2021 – 2025"], None)
    (2021, 2025)
    """
    P = patterns()
    ftitle = ascii_fold(" ".join(head))
    pm = P.period.search(ftitle)
    if pm:
        return int(pm.group(1)), int(pm.group(2))
    um = P.until.search(ftitle)
    start = (issued_on.year if issued_on else None) or next((d.year for d in implements_dates if d), None)
    if um and start and start <= int(um.group(1)):
        return start, int(um.group(1))
    return None
