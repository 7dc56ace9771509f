"""What a document is: its type ("KẾ HOẠCH" → ke_hoach), its own number and
symbol, or a news report (tin_bai) about someone else's document.

Vocabulary: ``pipeline/data/metadata_doc_types.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pipeline.lexicon import load_lexicon
from pipeline.metadata.text import ascii_fold, folded_words, is_upper, squash


@dataclass(frozen=True)
class _Patterns:
    type_of_word: dict        # folded type word → doc type key
    types: str                # alternation of the type words
    number: re.Pattern        # "Số: 12-KH/HU" (own number and symbol)
    own_number: re.Pattern    # "ĐỀ ÁN SỐ 15"
    report_verbs: re.Pattern
    page_markers: re.Pattern


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled doc-type vocabulary (once)."""
    d = load_lexicon("metadata_doc_types")
    type_of_word = {ascii_fold(w): k for k, e in d.doc_types.items() for w in e.words}
    types = folded_words(type_of_word)
    so = ascii_fold(d.number_word)
    return _Patterns(
        type_of_word=type_of_word, types=types,
        number=re.compile(rf"^\W*{so}\s*[:.]?\s*(\d*)\s*[-–]?\s*([^\W\d_][\w.]*(?:/[^\W_][\w.-]*)+)"),
        own_number=re.compile(rf"^\W*(?P<type>{types})\s+{so}\s+(\d+)\W*$"),
        report_verbs=re.compile(folded_words(d.news.report_verbs)),
        page_markers=re.compile(folded_words(d.news.page_markers)))


def type_key(folded_word: str) -> str:
    """The doc type of a matched (folded) type word: "ke  hoach" → ke_hoach."""
    return patterns().type_of_word[squash(folded_word)]


def normalize_number(raw: str) -> str:
    """A number and symbol as matched across documents: spaces removed, dashes unified.

    >>> normalize_number("29- NQ/TU"), normalize_number("218 – QĐ/TW")
    ('29-NQ/TU', '218-QĐ/TW')
    """
    return re.sub(r"\s+", "", raw.replace("–", "-").replace("—", "-")).strip("-/.")


def identify(head: list[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(doc type, number, symbol) the title block gives itself.

    >>> identify(["Số 12 - KH/HU", "KẾ HOẠCH", "thực hiện ..."])
    ('ke_hoach', '12-KH/HU', 'KH/HU')
    """
    P = patterns()
    doc_type, number, symbol = None, None, None
    for line in head:
        f = ascii_fold(line)
        m = P.number.match(f)
        if m and number is None and symbol is None:
            raw = line[m.start(1):m.end(2)] if m.group(1) else ""
            symbol = line[m.start(2):m.end(2)]
            number = normalize_number(raw) if m.group(1) else None
            continue
        if doc_type is None and is_upper(line):
            tm = re.match(P.types, f)
            if tm:
                doc_type = type_key(tm.group(0))
                om = P.own_number.match(f)
                if om and number is None:
                    number = om.group(2)
    return doc_type, number, symbol


def genre(lines: list[str], head: list[str]) -> str:
    """The doc type of a text whose title block does not name one in capitals:
    a news report (page furniture, or "X đã ban hành ..." before any type word),
    else the type word it starts with, else ``other``.

    >>> genre(["Thị ủy Sa Pa đã ban hành chương trình công tác", "Nội dung."], [])
    'tin_bai'
    """
    P = patterns()
    first = ascii_fold(lines[0])
    early = ascii_fold(" ".join(lines[:len(head) + 2]))[:1500]
    tail = ascii_fold("\n".join(lines[-15:]))
    starts_typed = re.match(P.types, first)
    if P.page_markers.search(tail) or (not starts_typed and P.report_verbs.search(early)):
        return "tin_bai"
    if starts_typed:
        return type_key(starts_typed.group(0))
    return "other"
