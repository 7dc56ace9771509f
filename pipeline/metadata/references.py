"""Which documents a text carries out or cites: "thực hiện Nghị quyết số
29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy" → a :class:`DocRef`; and
for a news report, the document it reports on.

Vocabulary: ``pipeline/data/metadata_doc_types.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from pipeline.lexicon import load_lexicon
from pipeline.metadata import dates
from pipeline.metadata.doc_type import normalize_number, type_key
from pipeline.metadata.doc_type import patterns as type_patterns
from pipeline.metadata.issuer import issuer_before
from pipeline.metadata.text import ascii_fold, folded_words
from schemas import DocRef


@dataclass(frozen=True)
class Ref:
    """A reference and its character span in the text it was found in."""
    ref: DocRef
    start: int
    end: int


@dataclass(frozen=True)
class _Patterns:
    ref: re.Pattern         # type word, number, date, "của" + issuer
    stops: re.Pattern       # words that end an issuer phrase
    implements: re.Pattern  # "thực hiện", "cụ thể hóa"
    issue_then_type: re.Pattern  # "đã ban hành Chương trình"


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled reference grammar (once)."""
    d = load_lexicon("metadata_doc_types")
    types = type_patterns().types
    so, cua = ascii_fold(d.number_word), ascii_fold(d.of_word)
    return _Patterns(
        ref=re.compile(
            rf"(?P<type>{types})(?:\s+{so})?\s*(?P<num>\d+[a-z]?(?:\s*[-–/]\s*[0-9a-z][0-9a-z.]*)*)?"
            rf"(?P<date>\s*,?\s*{dates.patterns().date_source})?"
            rf"(?P<of>\s*,?\s*(?:\w+\s+)?{cua}\s+)?"),
        stops=re.compile(folded_words(d.issuer_stops)),
        implements=re.compile(folded_words(d.implements_verbs)),
        issue_then_type=re.compile(folded_words(d.issue_verbs) + r"\s+(?P<t>" + types + ")"))


def _number(raw: str) -> str:
    """The number and symbol of a reference, without the words glued after it."""
    parts = re.split(r"(\s*[-–/]\s*)", raw)
    keep = parts[0]
    for sep, part in zip(parts[1::2], parts[2::2]):
        # A symbol is capitals and digits ("NQ", "CTr", "UBTVQH11"), not a word ("Nâng").
        if not (part[:1].isdigit() or part[:1].isupper()) or regex.search(r"\p{Ll}{2,}", part):
            break
        keep += sep + part
    return normalize_number(keep)


def find_refs(text: str, folded: Optional[str] = None) -> list[Ref]:
    """Document references in ``text`` (NFC), with their character spans.

    >>> r = find_refs("theo Quyết định 218 – QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về ...")[0].ref
    >>> r.doc_type, r.number, str(r.date), r.issuer
    ('quyet_dinh', '218-QĐ/TW', '2013-12-12', 'Bộ Chính trị')
    """
    P = patterns()
    folded = folded if folded is not None else ascii_fold(text)
    refs = []
    for m in P.ref.finditer(folded):
        number = _number(text[m.start("num"):m.end("num")]) if m.group("num") else None
        date = dates.first_date(folded, m.start("date"), m.end("date")) if m.group("date") else None
        issuer, end = None, m.end()
        if m.group("of"):
            issuer, end = _issuer_after(text, folded, m.end("of"))
        if number is None and date is None and issuer is None:
            end = m.end("type")
        refs.append(Ref(DocRef(doc_type=type_key(m.group("type")), number=number, date=date, issuer=issuer,
                               text=text[m.start():end].strip(" ,")), m.start(), end))
    return refs


def _issuer_after(text: str, folded: str, i: int) -> tuple[Optional[str], int]:
    """The issuer phrase starting at ``i``: up to punctuation, a stop word or 12 words."""
    m = re.compile(r"[^,;:.()\n“”\"*]{2,160}").match(folded, i)
    if not m:
        return None, i
    end = m.end()
    stop = patterns().stops.search(folded, i, end)
    if stop:
        end = stop.start()
    words = text[i:end].split()[:12]
    phrase = " ".join(words).strip(" -–")
    return (phrase or None), i + len(text[i:end].rstrip())


def merge(refs: list[DocRef]) -> list[DocRef]:
    """One reference per document: the most complete mention of each number."""
    by: dict[tuple, DocRef] = {}
    order = []
    for r in refs:
        key = (r.number,) if r.number else (r.doc_type, r.issuer)
        old = by.get(key)
        if old is None:
            by[key] = r
            order.append(key)
        else:
            by[key] = DocRef(doc_type=old.doc_type or r.doc_type, number=old.number,
                             date=old.date or r.date,
                             issuer=max([x for x in (old.issuer, r.issuer) if x], key=len, default=None),
                             text=old.text)
    return [by[k] for k in order]


def news_subject(scope: str, folded_scope: str, first_line: str) -> Optional[DocRef]:
    """The document a news report is about: "Ngày 08/9/2022, Thị ủy Sa Pa đã
    ban hành Chương trình hành động ...", else a numbered reference in its headline.

    >>> s = news_subject("Ngày 08/9/2022, Thị ủy Sa Pa đã ban hành Chương trình hành động",
    ...                  ascii_fold("Ngày 08/9/2022, Thị ủy Sa Pa đã ban hành Chương trình hành động"), "")
    >>> s.doc_type, s.issuer, str(s.date)
    ('chuong_trinh_hanh_dong', 'Thị ủy Sa Pa', '2022-09-08')
    """
    for m in patterns().issue_then_type.finditer(folded_scope):
        sent_start = max(folded_scope.rfind(".", 0, m.start()), folded_scope.rfind("\n", 0, m.start())) + 1
        sentence = scope[sent_start:m.start()]
        return DocRef(doc_type=type_key(m.group("t")), issuer=issuer_before(sentence),
                      date=dates.first_date(ascii_fold(sentence)), text=scope[sent_start:m.end()].strip())
    headline = [r for r in find_refs(first_line) if r.ref.number or r.ref.issuer]
    return headline[0].ref if headline else None


def implemented(refs: list[Ref], folded_scope: str, subject: Optional[DocRef]) -> list[DocRef]:
    """The numbered references the title block says it carries out ("thực hiện
    Nghị quyết số 29-NQ/TU"), one per document; a news report's own subject is not one.

    >>> text = "KẾ HOẠCH thực hiện Nghị quyết số 29-NQ/TU"
    >>> [r.number for r in implemented(find_refs(text), ascii_fold(text), None)]
    ['29-NQ/TU']
    """
    P = patterns()
    out = []
    for r in refs:
        if not r.ref.number:
            continue
        before = folded_scope[max(0, r.start - 60):r.start]
        vm = list(P.implements.finditer(before))
        if vm and not re.search(r"[.;:\n]", before[vm[-1].end():]) and len(before) - vm[-1].end() <= 40:
            if subject is not None and subject.number and subject.number == r.ref.number:
                continue
            out.append(r.ref)
    return merge(out)


def cited(text: str, implements: list[DocRef], own_number: Optional[str]) -> list[DocRef]:
    """Every other numbered document the text refers to, one per document."""
    skip = {r.number for r in implements} | ({own_number} if own_number else set())
    return [r for r in merge([r.ref for r in find_refs(text) if r.ref.number]) if r.number not in skip]
