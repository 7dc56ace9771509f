"""What a document says it is: its type in a heading in capitals ("KẾ HOẠCH"
→ ke_hoach), its own number and symbol ("Số: 12-KH/HU"), or, without such a
heading, how it names itself ("... xây dựng Kế hoạch với nội dung như sau:").

Vocabulary: ``pipeline/data/metadata_doc_types.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata.text import Line, ascii_fold, folded_words, is_rule, is_upper, squash

# A heading in capitals is looked for this far down (web pages put a lot above it) ...
_SEARCH_LINES = 150
# ... and taken there only near the top or under a formal header.
_TOP_LINES = 25
_HEADER_REACH = 12
# A piece of a motto this long (in letters) is recognized on its own.
_MOTTO_PIECE = 6


@dataclass(frozen=True)
class _Patterns:
    type_of_word: dict        # folded type word → doc type key
    types: str                # alternation of the type words
    number: re.Pattern        # "Số: 12-KH/HU" (own number and symbol)
    own_number: re.Pattern    # "ĐỀ ÁN SỐ 15"
    body_opener: re.Pattern   # "Căn cứ ...", "Thực hiện ..."
    motto: tuple              # folded letters of each motto
    motto_in: re.Pattern      # a whole motto inside a line (folded)
    as_follows: re.Pattern    # "Kế hoạch ... như sau"
    this: re.Pattern          # "Kế hoạch này"
    closing: re.Pattern       # "Trên đây là Kế hoạch"
    letter: re.Pattern        # "Kính gửi:"


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled doc-type vocabulary (once)."""
    d = load_lexicon("metadata_doc_types")
    so = ascii_fold(load_lexicon("metadata_references").number_word)
    type_of_word = {ascii_fold(w): k for k, e in d.doc_types.items() for w in e.words}
    types = folded_words(type_of_word)
    s = d.self_reference
    issue_verbs = folded_words(load_lexicon("metadata_issuers").issue_verbs)
    return _Patterns(
        type_of_word=type_of_word, types=types,
        number=re.compile(rf"^\W*{so}\s*[:.]?\s*(\d*)\s*[-–/]?\s*([^\W\d_][\w.]*(?:[/-][^\W_][\w.]*)+)"),
        own_number=re.compile(rf"^\W*(?P<type>{types})\s+{so}\s+(\d+)\W*$"),
        body_opener=re.compile(r"^\W*" + folded_words(d.body_openers)),
        motto=tuple(_letters(m) for m in d.mottos),
        motto_in=re.compile(folded_words(d.mottos)),
        as_follows=re.compile(rf"{issue_verbs}\s+(?P<type>{types})[^.;:]{{0,150}}?{folded_words(s.as_follows)}\s*:"),
        this=re.compile(rf"(?P<type>{types})\s+{folded_words(s.this)}"),
        closing=re.compile(rf"{folded_words(s.closing)}\s+(?P<type>{types})"),
        letter=re.compile(r"^\W*" + folded_words(s.letter) + r"\s*:"))


def _letters(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s))


def type_key(folded_word: str) -> str:
    """The doc type of a matched (folded) type word: "ke  hoach" → ke_hoach."""
    return patterns().type_of_word[squash(folded_word)]


def normalize_number(raw: str) -> str:
    """A number and symbol as matched across documents: spaces removed, dashes unified.

    >>> normalize_number("29- NQ/TU"), normalize_number("218 – QĐ/TW")
    ('29-NQ/TU', '218-QĐ/TW')
    """
    return re.sub(r"\s+", "", raw.replace("–", "-").replace("—", "-")).strip("-/.")


def before_motto(text: str) -> str:
    """A header line's text up to a motto beside it in the same row of a table ("ỦY BAN NHÂN DÂN |
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", its bars gone).

    >>> before_motto("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    'ỦY BAN NHÂN DÂN'
    """
    m = patterns().motto_in.search(ascii_fold(text))
    return text[:m.start()].rstrip() if m and m.start() > 0 else text


def is_motto(line: Line, before: Optional[Line] = None, after=()) -> bool:
    """A line of a national or Party motto, or a piece of one broken over lines
    (with the line ``before`` or ``after`` it: "CỘNG" / "HÒA XÃ HỘI ...").

    >>> is_motto(Line("CỘNG HÒA XÃ HỘI", 0, 0, 0)), is_motto(Line("HUYỆN ỦY VỊ XUYÊN", 0, 0, 0))
    (True, False)
    """
    mottos = patterns().motto
    letters = _letters(line.text)
    if len(letters) >= _MOTTO_PIECE and any(letters in m for m in mottos):
        return True
    pairs = [_letters(before.text) + letters] if before is not None else []
    pairs += [letters + _letters(x.text) for x in after]
    return any(len(p) >= 2 * _MOTTO_PIECE and any(p in m for m in mottos) for p in pairs)


def is_number_line(line: Line) -> bool:
    """The document's own number: "Số: 12-KH/HU", "Số - KH/ĐUK"."""
    return bool(patterns().number.match(line.folded))


def is_body_opener(line: Line) -> bool:
    """A line that starts the body ("Căn cứ ...", "Thực hiện ...") rather than the title."""
    return line.text[:1].isupper() and bool(patterns().body_opener.match(line.folded))


def type_line(lines: list[Line]) -> Optional[int]:
    """Index of the heading in capitals that names the document's type, near the
    top or under a formal header (motto, "Số: ..."), or None.

    >>> type_line([Line("Số 12-KH/HU", 0, 0, 0), Line("KẾ HOẠCH", 0, 0, 1)])
    1
    """
    P = patterns()
    seen = 0
    for i, line in enumerate(lines[:_SEARCH_LINES]):
        if is_rule(line.text):
            continue
        seen += 1
        if is_upper(line.text) and re.match(P.types, line.folded):
            near_header = any(is_motto(x) or is_number_line(x) for x in lines[max(0, i - _HEADER_REACH):i])
            if seen <= _TOP_LINES or near_header:
                return i
    return None


def identify(header: list[Line], title: list[Line]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(doc type, number, symbol) a formal document gives itself in its header and title.

    >>> identify([Line("Số 12 - KH/HU", 0, 0, 0)], [Line("KẾ HOẠCH", 0, 0, 1)])
    ('ke_hoach', '12-KH/HU', 'KH/HU')
    """
    P = patterns()
    doc_type, number, symbol = None, None, None
    for line in header:
        m = P.number.match(line.folded)
        if m and number is None and symbol is None:
            raw = line.text[m.start(1):m.end(2)] if m.group(1) else ""
            symbol = line.text[m.start(2):m.end(2)]
            number = normalize_number(raw) if m.group(1) else None
    if title:
        tm = re.match(P.types, title[0].folded)
        if tm:
            doc_type = type_key(tm.group(0))
            om = P.own_number.match(title[0].folded)
            if om and number is None:
                number = om.group(2)
    return doc_type, number, symbol


def symbol_type(symbol: Optional[str]) -> Optional[str]:
    """The doc type a symbol's code names ("54/KH-UBND" → KH → ke_hoach), or None.

    >>> symbol_type("KH-UBND"), symbol_type("NQ/TU"), symbol_type(None)
    ('ke_hoach', 'nghi_quyet', None)
    """
    if not symbol:
        return None
    code = ascii_fold(re.split(r"[/-]", symbol.strip())[0]).upper()
    return next((k for k, e in load_lexicon("metadata_doc_types").doc_types.items()
                 if code in (ascii_fold(c).upper() for c in e.codes)), None)


def numbered_header(lines: list[Line]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(doc type, number, symbol) of a document whose header gives its number ("Số: 54/KH-UBND"
    under the motto) but no type heading, the text going straight on: the symbol's code says the type."""
    top = [x for x in lines[:_TOP_LINES] if not is_rule(x.text)]
    if not any(is_motto(x) or patterns().motto_in.search(x.folded) for x in top):
        return None, None, None
    _, number, symbol = identify([x for x in top if is_number_line(x)], [])
    return symbol_type(symbol), number, symbol


def starts_typed(line: str) -> Optional[str]:
    """The type a line starts with ("Kế hoạch thực hiện ..." → ke_hoach), or None."""
    m = re.match(patterns().types, ascii_fold(line))
    return type_key(m.group(0)) if m else None


def is_letter(lines: list[Line]) -> bool:
    """An official letter: "Kính gửi: ..." among its first lines (doc type cong_van)."""
    return any(patterns().letter.match(x.folded) for x in lines[:_TOP_LINES])


def self_named(folded_text: str, strong: bool = True) -> Optional[str]:
    """The type a text gives itself in its own words: "... xây dựng Kế hoạch thực
    hiện như sau:", "Trên đây là Kế hoạch ..."; with ``strong=False`` also
    "Kế hoạch này" (which a report can say of what it reports on).

    >>> self_named(ascii_fold("Thường trực Đảng ủy xây dựng Kế hoạch với nội dung như sau:"))
    'ke_hoach'
    """
    P = patterns()
    rxs = (P.as_follows, P.closing) if strong else (P.this,)
    for rx in rxs:
        m = rx.search(folded_text)
        if m:
            return type_key(m.group("type"))
    return None
