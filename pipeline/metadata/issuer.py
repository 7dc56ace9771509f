"""Who: the issuing body as written ("Ban Thường vụ Huyện ủy Vị Xuyên"), its
level (central, province, district, commune, bloc) and the signer.

Vocabulary: ``pipeline/data/metadata_issuers.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from pipeline.lexicon import load_lexicon
from pipeline.metadata.gazetteer import NAME, gazetteer
from pipeline.metadata.text import ascii_fold, folded_words

# A person's name: 2-5 capitalized syllables ("Đỗ Anh Tuấn").
_PERSON = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")


@dataclass(frozen=True)
class _Patterns:
    issuer_words: list        # [(pattern with group "rest", IssuerWord)], longest first
    issuer_start: re.Pattern  # a body word that starts an issuer phrase
    opening_issuer: re.Pattern
    signer_title: re.Pattern
    recipients: re.Pattern
    symbol_issuers: dict      # folded symbol code → SymbolIssuer
    of_heading: re.Pattern    # "CỦA BAN THƯỜNG VỤ HUYỆN ỦY" under the type word


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled issuer vocabulary (once)."""
    i, d = load_lexicon("metadata_issuers"), load_lexicon("metadata_doc_types")
    issue_verbs = folded_words(d.issue_verbs)
    words = sorted(i.issuer_words, key=lambda w: len(w.word), reverse=True)
    return _Patterns(
        issuer_words=[(re.compile(folded_words([w.word]) + r"(?P<rest>[^,;:.()\n]*)"), w) for w in words],
        issuer_start=re.compile(folded_words([w.word for w in i.issuer_words] + i.issuer_heads)),
        opening_issuer=re.compile(r"(?:^|[,;:.]\s*)(?P<iss>[^,;:.\n]{3,120}?)\s+" + issue_verbs),
        signer_title=re.compile(r"^\W*" + folded_words(i.signer_titles) + r"\W*$"),
        recipients=re.compile(r"^\W*" + folded_words([i.recipients_word]) + r"\s*:?"),
        symbol_issuers={ascii_fold(k): v for k, v in i.symbol_issuers.items()},
        of_heading=re.compile(rf"^\W*{ascii_fold(d.of_word)}\s+(.+)$"))


def level(issuer: str) -> Optional[str]:
    """Level of an issuer phrase from its body words (and the gazetteer for a city).

    >>> level("Ban Thường vụ Tỉnh uỷ Lào Cai"), level("Thành ủy Hà Nội"), level("Thành ủy Lào Cai")
    ('province', 'province', 'district')
    """
    f = ascii_fold(issuer)
    best = None
    for rx, w in patterns().issuer_words:
        m = rx.search(f)
        if m and (best is None or len(w.word) > len(best[1].word)):
            best = (m, w)
    if best is None:
        return None
    m, w = best
    if w.city:
        names = NAME.findall(issuer[m.start("rest"):m.end("rest")])
        prov = gazetteer().province(names[0]) if names else None
        if prov and prov[1]:
            return "province"
    return w.level


def issuer_before(sentence: str) -> Optional[str]:
    """The issuer phrase closing a sentence fragment.

    >>> issuer_before("Ngày 08/9/2022, Thị ủy Sa Pa ")
    'Thị ủy Sa Pa'
    """
    part = re.split(r"[,;:]", sentence)[-1].strip()
    m = patterns().issuer_start.search(ascii_fold(part))
    return part[m.start():].strip() if m else None


def find_issuer(head: list[str], scope_lines: list[str], lines: list[str], symbol: Optional[str],
                known: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """(issuer, level) of a document: ``known`` (a news report's subject's), the
    heading "CỦA ...", the opening sentence ("..., Đảng ủy Khối ... xây dựng kế
    hoạch"), the symbol's code (KH/HU → Huyện ủy), the byline at the end of a web page.

    >>> find_issuer(["NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ HUYỆN ỦY"], [], [], None)
    ('BAN THƯỜNG VỤ HUYỆN ỦY', 'district')
    """
    P = patterns()
    issuer = known
    for line in head if issuer is None else []:
        m = P.of_heading.match(ascii_fold(line))
        if m:
            issuer = line[m.start(1):].strip(" :")
            break
    for line in scope_lines if issuer is None else []:
        for m in P.opening_issuer.finditer(ascii_fold(line)):
            cand = line[m.start("iss"):m.end("iss")].strip(" ()*")
            if P.issuer_start.search(ascii_fold(cand)):
                issuer = cand
                break
        if issuer:
            break
    return _with_level(issuer, lines, symbol)


def _with_level(issuer: Optional[str], lines: list[str],
                symbol: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    P = patterns()
    lev = level(issuer) if issuer else None
    if lev is None and symbol:
        si = P.symbol_issuers.get(ascii_fold(symbol.split("/")[-1]))
        if si:
            lev = si.level
            issuer = issuer or si.issuer
    if issuer is None:
        # A web page's byline ("Ban Tuyên giáo Huyện ủy") before its page furniture.
        for last in reversed(lines[-15:]):
            if len(last) < 80 and P.issuer_start.match(ascii_fold(last)) and level(last):
                return last.strip(), level(last)
    return issuer, lev


def signer(lines: list[str]) -> Optional[str]:
    """The name under the last signature title ("BÍ THƯ" then "Đỗ Anh Tuấn").

    >>> signer(["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Anh Tuấn"])
    'Đỗ Anh Tuấn'
    """
    P = patterns()
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if P.signer_title.match(ascii_fold(lines[i])):
            for name in lines[i + 1:i + 4]:
                if _PERSON.match(name):
                    return name
    return None
