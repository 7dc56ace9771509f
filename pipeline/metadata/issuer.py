"""Who: the issuing body as written ("Ban Thường vụ Huyện ủy Vị Xuyên"), its
level (central, province, district, commune, bloc) and the signer.

A formal document names its issuer in the header above its type heading
("ĐẢNG BỘ TỈNH PHÚ THỌ / HUYỆN ỦY THANH SƠN": the last body is its own), in a
heading "CỦA ...", or in its opening sentence ("..., Ban Thường vụ Huyện ủy xây
dựng Kế hoạch"). Vocabulary: ``pipeline/data/metadata_issuers.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from pipeline.lexicon import load_lexicon
from pipeline.metadata import doc_type
from pipeline.metadata.dates import patterns as date_patterns
from pipeline.metadata.gazetteer import NAME, gazetteer
from pipeline.metadata.layout import Layout
from pipeline.metadata.text import Line, accent_fold, accented_words, ascii_fold, is_rule, is_upper, squash

# A person's name: 2-5 capitalized syllables ("Đỗ Anh Tuấn").
_PERSON = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")
# An issuer phrase is a name, not a clause.
_MAX_WORDS = 16


class Found(NamedTuple):
    """An issuer phrase as written and the page offset (NFC) from which to locate it."""
    text: str
    at: int


@dataclass(frozen=True)
class _Patterns:
    words: re.Pattern         # any issuer word (group "w")
    word_of: dict             # folded issuer word → IssuerWord
    not_level: re.Pattern
    start: re.Pattern         # a body word that starts an issuer phrase
    not_heads: re.Pattern
    trailing: re.Pattern      # "đã", "vừa" closing a subject
    inner: re.Pattern         # the same words anywhere: a clause, not a name
    places: frozenset         # folded bare unit words ("tỉnh", "huyện") that start a place
    opening_issuer: re.Pattern
    signer_title: re.Pattern
    symbol_issuers: dict      # folded symbol code → SymbolIssuer
    of_heading: re.Pattern    # "CỦA BAN THƯỜNG VỤ HUYỆN ỦY" under the type word


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled issuer vocabulary (once)."""
    i = load_lexicon("metadata_issuers")
    of = accent_fold(load_lexicon("metadata_references").of_word)
    trailing = load_lexicon("metadata_news").subject_trailing
    return _Patterns(
        words=re.compile(rf"(?P<w>{accented_words([w.word for w in i.issuer_words])})"),
        word_of={accent_fold(w.word): w for w in i.issuer_words},
        not_level=re.compile(accented_words(i.not_level_words)),
        start=re.compile(accented_words([w.word for w in i.issuer_words] + i.issuer_heads)),
        not_heads=re.compile(accented_words(i.not_heads)),
        trailing=re.compile(rf"(?:\s+{accented_words(trailing)})+\s*$"),
        inner=re.compile(accented_words(trailing)),
        places=frozenset(accent_fold(w) for w in load_lexicon("metadata_places").gazetteer_prefixes),
        opening_issuer=re.compile(r"(?:^|[,;:.]\s*)(?P<iss>[^,;:.\n]{3,120}?)\s+" + accented_words(i.issue_verbs)),
        signer_title=re.compile(r"^\W*" + accented_words(i.signer_titles) + r"\W*$"),
        symbol_issuers={ascii_fold(k): v for k, v in i.symbol_issuers.items()},
        of_heading=re.compile(rf"^\W*{of}\s+(.+)$"))


def _spans(rx: re.Pattern, f: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(f)]


def level(issuer: str, city_province: Optional[str] = None) -> Optional[str]:
    """Level of an issuer phrase: its first territorial or bloc word, else a central word.

    A city word ("Thành ủy") is a province for a centrally-run city, named or
    (``city_province``) the document's own.

    >>> level("Ban Thường vụ Tỉnh uỷ Lào Cai"), level("Thành ủy Hà Nội"), level("Thành ủy Lào Cai")
    ('province', 'province', 'district')
    >>> level("Ủy ban MTTQ Việt Nam xã Mỹ Lợi (huyện Phù Mỹ)"), level("Hội Cựu chiến binh Việt Nam")
    ('commune', 'central')
    """
    P = patterns()
    f = accent_fold(issuer)
    masked = _spans(P.not_level, f)
    central = None
    for m in P.words.finditer(f):
        if any(s <= m.start() < e for s, e in masked):
            continue
        w = P.word_of[squash(m.group("w"))]
        if not _may_open(issuer, m):
            continue
        if w.level == "central":
            central = central or w
            continue
        if w.city:
            names = NAME.findall(issuer[m.end():m.end() + 40].lstrip(" ."))
            prov = gazetteer().province(names[0]) if names else None
            if prov is None and city_province and not names:
                prov = gazetteer().province(city_province)
            if prov and prov[1]:
                return "province"
        return w.level
    return central.level if central else None


def body_start(phrase: str) -> Optional[int]:
    """Where the first body word of a phrase starts ("Bí thư Huyện ủy Thọ Xuân" → 7), or None.

    >>> body_start("Bí thư Huyện ủy Thọ Xuân"), body_start("Hội nghị tổng kết")
    (7, None)
    """
    P = patterns()
    f = accent_fold(phrase)
    masked = _spans(P.not_heads, f)
    for m in P.start.finditer(f):
        if any(s <= m.start() < e for s, e in masked) or not _may_open(phrase, m):
            continue
        return m.start()
    return None


def _may_open(phrase: str, m: re.Match) -> bool:
    """A word that counts only at the head of a phrase ("Bộ Nội vụ") is there, capitalized."""
    w = patterns().word_of.get(squash(m.group(0)))
    return not (w and w.opens) or (not phrase[:m.start()].strip() and phrase[m.start():m.start() + 1].isupper())


def as_name(phrase: str) -> Optional[str]:
    """An issuer phrase from its first body word, without the words that join it
    to its verb ("Hội Nông dân huyện đã long trọng" → "Hội Nông dân huyện"); None
    if it has no body word or reads as a clause ("HĐND tỉnh đã chủ trì Hội nghị").

    >>> as_name("Sáng 12/6 Ủy ban MTTQ xã Cát Hanh đã")
    'Ủy ban MTTQ xã Cát Hanh'
    """
    P = patterns()
    i = body_start(phrase)
    if i is None:
        return None
    name = phrase[i:].strip(" ,;:-–")
    m = P.trailing.search(accent_fold(name))
    if m:
        name = name[:m.start()].rstrip(" ,")
    if not name or P.inner.search(re.sub(r"\([^)]*\)", " ", accent_fold(name))):
        return None  # a tense word inside: a clause, not a name
    return name if len(name.split()) <= _MAX_WORDS else None


def issuer_before(sentence: str) -> Optional[str]:
    """The issuer phrase closing a sentence fragment.

    >>> issuer_before("Ngày 08/9/2022, Thị ủy Sa Pa ")
    'Thị ủy Sa Pa'
    """
    return as_name(re.split(r"[,;:]", sentence)[-1].strip())


def _header_issuer(lay: Layout) -> tuple[Optional[Found], list[str]]:
    """The header's own body (its last one) and the header's other bodies.

    >>> from pipeline.metadata.layout import layout
    >>> from pipeline.metadata.text import Page
    >>> f, parents = _header_issuer(layout(Page("ĐẢNG BỘ TỈNH PHÚ THỌ\\nHUYỆN ỦY THANH SƠN\\n*\\nSố 12-KH/HU\\nKẾ HOẠCH")))
    >>> f.text, parents
    ('HUYỆN ỦY THANH SƠN', ['ĐẢNG BỘ TỈNH PHÚ THỌ'])
    """
    dated = date_patterns().dated_line
    header = list(lay.header)
    cands: list[Line] = [x for k, x in enumerate(header) if is_upper(x.text) and not is_rule(x.text)
                         and not doc_type.is_motto(x, header[k - 1] if k else None, header[k + 1:k + 2])
                         and not doc_type.is_number_line(x) and not dated.search(x.folded)]
    named = [body_start(x.text) is not None or level(x.text) is not None for x in cands]
    if not any(named):
        return None, []
    lines = lay.lines
    first = last = max(k for k, n in enumerate(named) if n)
    # "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN", "TỈNH ĐOÀN NAM ĐỊNH / BAN CHẤP HÀNH", "THỦ / TƯỚNG CHÍNH PHỦ":
    # one body on two lines.
    while first > 0 and _adjacent(lines, cands[first - 1], cands[first]) and (
            level(" ".join(x.text for x in cands[first:last + 1])) is None
            or _starts_with_place(cands[first]) and not level(cands[first - 1].text)
            or not named[first - 1]):
        first -= 1
    # "THỦ TƯỚNG CHÍNH / PHỦ"
    while last + 1 < len(cands) and _adjacent(lines, cands[last], cands[last + 1]) and not named[last + 1]:
        last += 1
    text = doc_type.before_motto(" ".join(x.text for x in cands[first:last + 1]))
    parents = [x.text for j, x in enumerate(cands) if j < first and named[j]]
    return Found(text, cands[first].start), parents


def _starts_with_place(line: Line) -> bool:
    """A header line that is a place, the rest of the body above it: "TỈNH NGHỆ AN"."""
    m = patterns().words.match(line.accented)
    return bool(m) and squash(m.group("w")) in patterns().places


def is_place(phrase: str) -> bool:
    """A phrase that opens with a place's unit word ("Thị xã Buôn Hồ", "Phường Trần Phú"), not a body's.

    >>> is_place("Thị xã Buôn Hồ"), is_place("UBND thị xã Buôn Hồ")
    (True, False)
    """
    return _starts_with_place(Line(phrase, 0, 0, 0))


def _adjacent(lines: list[Line], a: Line, b: Line) -> bool:
    """Two header lines one under the other (a rule or an empty line separates bodies); by their
    offsets, as a header's line rejoined from pieces ("HỘI ĐỒNG NHÂN" / "DÂN") is no line of the page."""
    return a.block == b.block and a.end <= b.start and not any(a.end <= x.start < b.start for x in lines)


def _of_heading(lay: Layout) -> Optional[Found]:
    for line in lay.title:
        m = patterns().of_heading.match(line.accented)
        if m:
            return Found(line.text[m.start(1):].strip(" :"), line.start)
    return None


def _opening_issuer(lay: Layout) -> Optional[Found]:
    """"Thực hiện Nghị quyết ..., Đảng ủy Khối ... xây dựng kế hoạch": the phrase before the verb."""
    parts = [(x.text, x.start) for x in lay.title[1:]]
    if lay.opening:
        parts.append((lay.opening_text, lay.opening[0].start))
    for text, at in parts:
        f = accent_fold(text)
        for m in patterns().opening_issuer.finditer(f):
            cand = text[m.start("iss"):m.end("iss")].strip(" ()*")
            if body_start(cand) == 0:
                name = as_name(cand)
                if name:
                    return Found(name, at)
    return None


def find_issuer(lay: Layout, symbol: Optional[str]) -> tuple[Optional[Found], Optional[str], list[str]]:
    """(issuer, level, parent bodies) of a document in its own name: the heading
    "CỦA ...", the header, the opening sentence, the symbol's code (KH/HU →
    Huyện ủy), the byline at the end of a web page.

    >>> from pipeline.metadata.layout import layout
    >>> from pipeline.metadata.text import Page
    >>> f, lev, _ = find_issuer(layout(Page("NGHỊ QUYẾT\\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY")), None)
    >>> f.text, lev
    ('BAN THƯỜNG VỤ HUYỆN ỦY', 'district')
    """
    found, parents = _of_heading(lay), []
    if found is None:
        found, parents = _header_issuer(lay)
    opening = _opening_issuer(lay)
    found = found or opening
    lev = level(found.text) if found else None
    if lev is None and opening:
        lev = level(opening.text)
    if lev is None and symbol:
        si = patterns().symbol_issuers.get(ascii_fold(symbol.split("/")[-1]))
        if si:
            lev = si.level
            found = found or Found(si.issuer, -1)  # "Huyện ủy" from 12-KH/HU: not in the text
    if found is None:
        found = _byline(lay.lines)
        lev = level(found.text) if found else None
    return found, lev, parents


def _byline(lines: list[Line]) -> Optional[Found]:
    """A web page's byline ("Ban Tuyên giáo Huyện ủy") before its page furniture."""
    for last in reversed(lines[-15:]):
        if len(last.text) < 80 and body_start(last.text) == 0 and level(last.text):
            return Found(last.text.strip(), last.start)
    return None


def symbol_level(number: str) -> Optional[str]:
    """The level a number's code gives: 12-KH/HU → district, 68-NQ/TW → central.

    >>> symbol_level("68-NQ/TW")
    'central'
    """
    si = patterns().symbol_issuers.get(ascii_fold(number.split("/")[-1]))
    return si.level if si else None


def signer(lines: list[Line]) -> Optional[str]:
    """The name under the last signature title ("BÍ THƯ" then "Đỗ Anh Tuấn").

    >>> signer([Line(x, 0, 0, 0) for x in ("Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Anh Tuấn")])
    'Đỗ Anh Tuấn'
    """
    P = patterns()
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if P.signer_title.match(lines[i].accented):
            for name in lines[i + 1:i + 4]:
                if _PERSON.match(name.text):
                    return name.text
    return None
