"""Which documents a text carries out or cites: "triển khai Nghị quyết số
14-NQ/TU, ngày 03/11/2023 của Tỉnh ủy" → a :class:`DocRef`.

A document carries out the references its title and opening name after an
implementing verb ("Triển khai Kế hoạch số 328-KH/TU ...; Kế hoạch số
348/KH-UBND ..."), and those its body names at the head of a clause or after a
purpose word ("nhằm ... thực hiện tốt Nghị quyết số 19-NQ/TW"); not
those that describe another reference ("Kế hoạch số 348/KH-UBND về triển khai
thực hiện Nghị quyết số 71/NQ-CP": 71/NQ-CP is cited).
Vocabulary: ``pipeline/data/metadata_references.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import regex

from pipeline.lexicon import load_lexicon
from pipeline.metadata import dates
from pipeline.metadata.doc_type import normalize_number, type_key
from pipeline.metadata.doc_type import patterns as type_patterns
from pipeline.metadata.issuer import issuer_before
from pipeline.metadata.text import ascii_fold, folded_words, sentences
from schemas import DocRef

# An implementing verb governs a reference this close after it ("thực hiện tốt Nghị quyết số").
_VERB_REACH = 40
# Section numbers of a plan: "I.", "II-", "IV)".
_ROMAN = r"[ivxl]+"
_SECTION = re.compile(rf"^\W*{_ROMAN}\s*[.)\-–]\s*\w")
# A clause opens with the verb when at most this many words come before it ("tiếp tục triển khai ...").
_CLAUSE_HEAD_WORDS = 2


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
    purpose: re.Pattern     # "góp phần", "nhằm"
    purpose_section: re.Pattern  # "I. MỤC ĐÍCH, YÊU CẦU"
    about: re.Pattern       # "về"
    issue_then_type: re.Pattern  # "đã ban hành Chương trình"


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    """The compiled reference grammar (once)."""
    r = load_lexicon("metadata_references")
    types = type_patterns().types
    so, cua = ascii_fold(r.number_word), ascii_fold(r.of_word)
    issue_verbs = load_lexicon("metadata_issuers").issue_verbs
    return _Patterns(
        ref=re.compile(
            rf"(?P<type>{types})(?P<so>\s+{so})?\s*(?P<num>\d+[a-z]?(?:\s*[-–/]\s*[0-9a-z][0-9a-z.]*)*)?"
            rf"(?P<date>\s*,?\s*{dates.patterns().date_source})?"
            rf"(?P<of>\s*,?\s*(?:\w+\s+)?{cua}\s+)?"),
        stops=re.compile(folded_words(r.issuer_stops)),
        implements=re.compile(folded_words(r.implements_verbs)),
        purpose=re.compile(folded_words(r.purpose_words)),
        purpose_section=re.compile(rf"^\W*(?:{_ROMAN}\s*[.)\-–]?\s*)?{folded_words(r.purpose_sections)}"),
        about=re.compile(folded_words(r.about_words)),
        issue_then_type=re.compile(folded_words(issue_verbs) + r"\s+(?P<t>" + types + ")"))


def _number(raw: str, said: bool) -> Optional[str]:
    """The number and symbol of a reference, without the words glued after it;
    a bare number only after "số" ("Kế hoạch ... 2,5 tỷ" names no document)."""
    parts = re.split(r"(\s*[-–/]\s*)", raw)
    keep = parts[0]
    for sep, part in zip(parts[1::2], parts[2::2]):
        # A symbol is capitals and digits ("NQ", "CTr", "UBTVQH11"), not a word ("Nâng").
        if not (part[:1].isdigit() or part[:1].isupper()) or regex.search(r"\p{Ll}{2,}", part):
            break
        keep += sep + part
    number = normalize_number(keep)
    return number if said or re.search(r"[-/]", number) else None


def find_refs(text: str, folded: Optional[str] = None) -> list[Ref]:
    """Document references in ``text`` (NFC), with their character spans.

    >>> r = find_refs("căn cứ Quyết định 145 – QĐ/TW, ngày 05/3/2019 của Bộ Chính trị về ...")[0].ref
    >>> r.doc_type, r.number, str(r.date), r.issuer
    ('quyet_dinh', '145-QĐ/TW', '2019-03-05', 'Bộ Chính trị')
    >>> find_refs("Kinh phí triển khai Kế hoạch 3,4 tỷ đồng")[0].ref.number is None
    True
    """
    P = patterns()
    folded = folded if folded is not None else ascii_fold(text)
    refs = []
    for m in P.ref.finditer(folded):
        number = None
        if m.group("num") and not re.match(r"[,.]\d", folded[m.end("num"):]):
            number = _number(text[m.start("num"):m.end("num")], bool(m.group("so")))
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


def merge(refs: Iterable[DocRef]) -> list[DocRef]:
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


def issue_then_type(text: str) -> Optional[tuple[DocRef, Optional[str]]]:
    """The document a sentence says someone issued, and who: "Ngày 14/10/2023,
    Huyện ủy Bảo Thắng đã ban hành Chương trình hành động ..." (for a news report).

    >>> ref, who = issue_then_type("Ngày 14/10/2023, Huyện ủy Bảo Thắng đã ban hành Chương trình hành động")
    >>> ref.doc_type, who, str(ref.date)
    ('chuong_trinh_hanh_dong', 'Huyện ủy Bảo Thắng', '2023-10-14')
    """
    f = ascii_fold(text)
    m = patterns().issue_then_type.search(f)
    if not m:
        return None
    sent_start = max(f.rfind(".", 0, m.start()), f.rfind("\n", 0, m.start())) + 1
    sentence = text[sent_start:m.start()]
    own = find_refs(text[m.start("t"):], f[m.start("t"):])
    # "Tổng Bí thư đã ký ban hành Nghị quyết số 68-NQ/TW của Bộ Chính trị": the document names its issuer.
    who = issuer_before(sentence) or (own[0].ref.issuer if own else None)
    return DocRef(doc_type=type_key(m.group("t")), number=own[0].ref.number if own else None, issuer=who,
                  date=dates.first_date(ascii_fold(sentence)), text=text[sent_start:m.end()].strip()), who


def _carried_out(sentence: str, own_clause: bool) -> list[DocRef]:
    """The numbered references a sentence says are carried out. With
    ``own_clause`` (a body sentence), only at the head of a clause or after a
    purpose word."""
    P = patterns()
    f = ascii_fold(sentence)
    refs = find_refs(sentence, f)
    status: list[str] = []
    first, last_lead = 0, None   # first reference of the current ";" segment; the previous segment's status
    for k, r in enumerate(refs):
        seg = f.rfind(";", 0, r.start) + 1
        opens = k == 0 or refs[k - 1].start < seg
        if opens:
            first, last_lead = k, (status[first] if k else None)
        nested = any(P.about.search(f, q.end, r.start) for q in refs[first:k])
        verb = _verb_before(f, seg, r.start)
        if nested:
            st = "nested"
        elif verb is not None:
            st = "carried" if not own_clause or _own_frame(f, verb) else "cited"
        elif opens and last_lead == "carried" and not re.sub(r"\W|\bva\b", "", f[seg:r.start]):
            st = "carried"  # "...; Kế hoạch số 348/KH-UBND ..." continues the list
        elif not opens and not re.sub(r"[\s,]|\bva\b", "", f[refs[k - 1].end:r.start]):
            st = status[k - 1]  # "Quyết định 101-QĐ/TW và Quyết định 102-QĐ/TW"
        else:
            st = "cited"
        status.append(st)
    return [r.ref for r, st in zip(refs, status) if st == "carried" and r.ref.number]


def _verb_before(f: str, seg: int, at: int) -> Optional[re.Match]:
    """An implementing verb right before a reference, in the same clause."""
    window = max(seg, at - _VERB_REACH - 20)
    found = list(patterns().implements.finditer(f, window, at))
    if not found:
        return None
    v = found[-1]
    if re.search(r"[.;:\n]", f[v.end():at]) or at - v.end() > _VERB_REACH:
        return None
    return v


def _own_frame(f: str, verb: re.Match) -> bool:
    """A body sentence's verb heads its clause or follows a purpose word."""
    start = max(f.rfind(x, 0, verb.start()) for x in ".;:,\n") + 1
    head = f[start:verb.start()]
    return len(re.findall(r"\w+", head)) <= _CLAUSE_HEAD_WORDS or bool(patterns().purpose.search(head))


def implemented(scope: str, body: Iterable[str], subject: Optional[DocRef], formal: bool = True) -> list[DocRef]:
    """What a document carries out: in its title and opening (``scope``), and at
    the head of a clause of its body paragraphs, for a formal document those of
    the section on its purpose; a news report's subject is not one.

    >>> [r.number for r in implemented("KẾ HOẠCH triển khai Nghị quyết số 14-NQ/TU", [], None)]
    ['14-NQ/TU']
    """
    out = []
    for part in scope.split("\n"):
        for s in sentences(part):
            out.extend(_carried_out(s, own_clause=False))
    for para in (purpose_section(body) if formal else body):
        for s in sentences(para):
            out.extend(_carried_out(s, own_clause=True))
    skip = subject.number if subject is not None else None
    return merge(r for r in out if not skip or r.number != skip)


def purpose_section(paragraphs: Iterable[str]) -> list[str]:
    """The paragraphs under "I. MỤC ĐÍCH, YÊU CẦU", up to the next numbered section.

    >>> purpose_section(["I. MỤC ĐÍCH, YÊU CẦU", "- Quán triệt.", "II. NHIỆM VỤ", "- Tổ chức."])
    ['- Quán triệt.']
    """
    out, inside = [], False
    for para in paragraphs:
        f = ascii_fold(para)
        if patterns().purpose_section.match(f):
            inside = True
            continue
        if inside and _SECTION.match(f):
            break
        if inside:
            out.append(para)
    return out


def cited(text: str, implements: list[DocRef], own_number: Optional[str]) -> list[DocRef]:
    """Every other numbered document the text refers to, one per document."""
    skip = {r.number for r in implements} | ({own_number} if own_number else set())
    return [r for r in merge([r.ref for r in find_refs(text) if r.ref.number]) if r.number not in skip]
