"""Where the parts of a document are: a formal document's header (issuer,
number, motto, dateline), its title under the type heading and its opening
paragraph; a web page's headline, the furniture under it and the lead.

    >>> lay = layout(Page("HUYỆN ỦY BẮC HÀ\\nSố 12-KH/HU\\n\\nKẾ HOẠCH\\nvề công tác dân vận\\n\\n"
    ...                   "Thực hiện Nghị quyết số 29-NQ/TU, Huyện ủy xây dựng Kế hoạch như sau:"))
    >>> [l.text for l in lay.header], [l.text for l in lay.title], lay.opening_text[:10]
    (['HUYỆN ỦY BẮC HÀ', 'Số 12-KH/HU'], ['KẾ HOẠCH', 'về công tác dân vận'], 'Thực hiện ')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata import doc_type
from pipeline.metadata.text import Line, Page, accented_words, is_rule, is_upper, iter_paragraphs, joined

# A title runs over a few lines; a preamble ("Căn cứ ...;") over a few paragraphs.
_SCAN_LINES = 80  # the lines where a headline and an opening are looked for
_TITLE_LINES = 8
_OPENING_PARAGRAPHS = 6
# A header is the short lines right above the type heading.
_HEADER_LINES = 20
_LONG_LINE = 100
# Furniture is short: "Thứ Năm, 13/06/2024 - 15:20", "Cập nhật: 07/11/2022 | Lượt xem: 3.517".
_FURNITURE_WORDS = 12
_LABELS = 3
_HEADLINE_MIN_WORDS = 4
_DATE = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}")  # "08/12/2023", "17-03-2031"
_STAMP_WORDS = 8  # "Trần An - Lê Bình| 05/01/2031 19:42": a byline beside the page's date and time
_RX_COUNTER = re.compile(r"^\W*[\d.,]+\s*")  # "3,871 lượt xem": a counter before its label
_TIME = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")
_WEEKDAY_WORDS = 2  # "Thứ Năm"


@dataclass(frozen=True)
class _Patterns:
    furniture: re.Pattern
    caption: re.Pattern


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled page-furniture vocabulary (once)."""
    n = load_lexicon("metadata_news")
    return _Patterns(furniture=re.compile(accented_words(n.furniture)),
                     # (in brackets too: "... thoát nghèo bền vững. (Ảnh: Lê Minh/TTXVN)")
                     caption=re.compile(r"(?:^|[.]\s*|\()" + accented_words(n.captions) + r"\s*:"))


def is_furniture(line: Line) -> bool:
    """A web page's line about the page, not the story: its date and time, its
    views ("Cập nhật: ...", "Lượt xem: ..."), a photo caption ("... Ảnh: T.H").

    >>> is_furniture(Line("Thứ Năm, 13/06/2024 - 15:20", 0, 0, 0)), is_furniture(Line("- Chủ trì cập nhật", 0, 0, 0))
    (True, False)
    """
    P = patterns()
    if P.caption.search(line.accented):
        return True
    if len(line.text.split()) > _FURNITURE_WORDS:
        return False
    # "Cập nhật: ...", or "21/03/2022 | 09:40 | Lượt xem: 418" (table bars are gone from clean lines).
    if P.furniture.match(line.accented) or P.furniture.search(line.accented) and (
            _DATE.search(line.text) or re.search(r":\s*[\d.]+\s*$", line.text)):
        return True
    counter = _RX_COUNTER.match(line.accented)
    if counter and P.furniture.match(line.accented, counter.end()):
        return True  # "3,871 lượt xem"
    # Nothing but a date, a time and a weekday: "08/12/2023 16:40", "Thứ Năm, 13/06/2024 - 15:20";
    # or the page's stamp, its date and time with a byline: "Trần An - Lê Bình| 05/01/2031 19:42"
    rest = _TIME.sub(" ", _DATE.sub(" ", line.text))
    words = len(re.findall(r"\w+", rest))
    return bool(_DATE.search(line.text)) and (words <= _WEEKDAY_WORDS or bool(_TIME.search(line.text)) and words <= _STAMP_WORDS)


@dataclass(frozen=True)
class Layout:
    """The parts of a page. A formal document has ``type_at`` (its type heading);
    a web page or passage has ``headline`` (its first line) instead.
    """
    page: Page
    type_at: Optional[int]
    header: tuple[Line, ...]   # formal: issuer lines, number, motto, dateline
    title: tuple[Line, ...]    # formal: the type heading and the title under it
    headline: Optional[Line]   # otherwise: the first line
    furniture: tuple[Line, ...]  # lines about the page (date, views) under the headline
    opening: tuple[Line, ...]  # the first paragraph(s) of the body, or the lead

    @property
    def formal(self) -> bool:
        return self.type_at is not None

    @cached_property
    def title_text(self) -> str:
        return " ".join(line.text for line in self.title) if self.formal else (
            self.headline.text if self.headline else "")

    @cached_property
    def opening_text(self) -> str:
        return joined(list(self.opening))

    @property
    def scope(self) -> str:
        """The title and the opening: where a document says what it is, whose and what it carries out."""
        return self.title_text + "\n" + self.opening_text

    @property
    def lines(self) -> list[Line]:
        return self.page.lines


def layout(page: Page) -> Layout:
    """The parts of a page (see the module docstring)."""
    lines = page.lines
    at = doc_type.type_line(lines)
    if at is not None:
        title = _title(lines, at)
        rest = lines[at + len(title):]
        return Layout(page, at, tuple(_header(lines, at)), tuple(title), None, (),
                      tuple(_opening(rest)))
    # (a headline stands among the first lines: the rest of a long page is not read here)
    top = [x for x in lines[:_SCAN_LINES] if not is_furniture(x) and not is_rule(x.text)]
    # Section labels above a headline ("Thời sự", "Chính trị - Xã hội") are shorter than it.
    headline = next((x for x in top[:_LABELS + 1] if len(x.text.split()) >= _HEADLINE_MIN_WORDS),
                    top[0] if top else None)
    if headline is None:
        return Layout(page, None, (), (), None, (), ())
    i = lines.index(headline) + 1
    # (a page's date line may stand above its headline: "08:40, 21/03/2031")
    furniture = [x for x in lines[:i - 1] if is_furniture(x)]
    while i < len(lines) and (is_furniture(lines[i]) or is_rule(lines[i].text)):
        furniture.append(lines[i])
        i += 1
    return Layout(page, None, (), (), headline, tuple(furniture), tuple(_opening(lines[i:])))


def _header(lines: list[Line], at: int) -> list[Line]:
    """The short lines right above the type heading."""
    out = []
    for line in reversed(lines[max(0, at - _HEADER_LINES):at]):
        if len(line.text) > _LONG_LINE:
            break
        out.append(line)
    return _rejoined(out[::-1])


def _rejoined(lines: list[Line]) -> list[Line]:
    """Header lines a converted file broke after one word, joined again: "ỦY" / "BAN NHÂN
    DÂN" is "ỦY BAN NHÂN DÂN" (a two-column header converted cell by cell).

    >>> from pipeline.metadata.text import Page
    >>> [x.text for x in _rejoined(Page("HỘI\nĐỒNG NHÂN DÂN |\nĐỘC\nLẬP - TỰ DO - HẠNH PHÚC |").lines)]
    ['HỘI ĐỒNG NHÂN DÂN', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC']
    """
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.block == line.block and len(prev.text.split()) == 1 \
                and is_upper(prev.text) and is_upper(line.text) and not is_rule(prev.text):
            out[-1] = Line(f"{prev.text} {line.text}", prev.start, line.end, prev.block)
        else:
            out.append(line)
    return out


def _title(lines: list[Line], at: int) -> list[Line]:
    """The type heading and the lines of the title under it: the rest of its
    block, or the next block when the heading stands alone ("**KẾ HOẠCH**").
    """
    head = lines[at]
    out = [head]
    alone = at + 1 < len(lines) and lines[at + 1].block != head.block
    for line in lines[at + 1:at + _TITLE_LINES]:
        if is_rule(line.text) or (len(line.text) > 250 and re.search(r"[.:;]\W*$", line.text)):
            break
        same = line.block == out[-1].block
        if not same and not (alone and len(out) == 1):
            break
        if len(out) > 1 and doc_type.is_body_opener(line) or line.text.rstrip(" *").endswith(":"):
            break  # "Căn cứ ...", "..., Huyện ủy xây dựng Kế hoạch như sau:" open the body
        out.append(line)
    return out


def _opening(rest: list[Line]) -> list[Line]:
    """The first paragraph of the body (skipping rules, furniture and lines in
    capitals), with the preamble items that follow it ("Căn cứ ...;").
    """
    # (lazily: the opening is a paragraph or a few, the furniture test is not run on the rest)
    body = (x for x in rest[:_SCAN_LINES] if not is_rule(x.text) and not is_furniture(x))
    paras = iter_paragraphs(body)
    out: list[Line] = []
    taken = 0
    for para in paras:
        text = joined(para)
        if not out and is_upper(text):
            continue
        out.extend(para)
        taken += 1
        if not text.rstrip(" *").endswith(";") or taken >= _OPENING_PARAGRAPHS:
            break
    return out
