"""Metadata stage: what a document is, who issued it, where and when, and
which documents it carries out or cites.

Fills the optional metadata fields of :class:`schemas.Document` from the text
the read stage produced. The Vietnamese words it looks for live in
``pipeline/data/metadata_*.yaml`` (loaded once, lazily, validated by pydantic);
place names come from the pre-2025 gazetteer of ``vietnam-provinces`` 0.6.
Matching runs on a folded copy of the text (lower case, no diacritics, one
character per character) so "Uỷ"/"Ủy", NFD text and headings in capitals all
match; what is reported is sliced from the text as written.

    >>> from pipeline.read import document_from_text
    >>> doc = fill(document_from_text(
    ...     "KẾ HOẠCH\\nthực hiện Nghị quyết số 29- NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy"))
    >>> doc.doc_type, doc.implements[0].number, str(doc.implements[0].date)
    ('ke_hoach', '29-NQ/TU', '2022-07-22')
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

import regex
import yaml
from pydantic import BaseModel, ConfigDict

from schemas import DocRef, Document

DATA_DIR = Path(__file__).parent / "data"
Level = Literal["central", "province", "district", "commune", "bloc"]


# ---------------------------------------------------------------- data files
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocTypeEntry(_Strict):
    words: list[str]
    codes: list[str] = []


class NewsWords(_Strict):
    report_verbs: list[str]
    page_markers: list[str]


class DocTypesFile(_Strict):
    doc_types: dict[str, DocTypeEntry]
    news: NewsWords
    implements_verbs: list[str]
    number_word: str
    date_word: str
    month_word: str
    year_word: str
    of_word: str
    issuer_stops: list[str]
    issue_verbs: list[str]
    period_words: list[str]
    until_words: list[str]


class IssuerWord(_Strict):
    word: str
    level: Level
    city: bool = False


class SymbolIssuer(_Strict):
    issuer: str
    level: Level


class IssuersFile(_Strict):
    issuer_words: list[IssuerWord]
    issuer_heads: list[str]
    symbol_issuers: dict[str, SymbolIssuer]
    signer_titles: list[str]
    recipients_word: str


class UnitWord(_Strict):
    word: str
    tier: Literal["province", "city", "district", "commune"]


class PlacesFile(_Strict):
    unit_words: list[UnitWord]
    gazetteer_prefixes: list[str]


def _load(name: str, model):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return model.model_validate(yaml.safe_load(f))


@lru_cache(maxsize=None)
def doc_types() -> DocTypesFile:
    """The document-type vocabulary (``metadata_doc_types.yaml``)."""
    return _load("metadata_doc_types.yaml", DocTypesFile)


@lru_cache(maxsize=None)
def issuers() -> IssuersFile:
    """The issuer vocabulary (``metadata_issuers.yaml``)."""
    return _load("metadata_issuers.yaml", IssuersFile)


@lru_cache(maxsize=None)
def places() -> PlacesFile:
    """The place-unit vocabulary (``metadata_places.yaml``)."""
    return _load("metadata_places.yaml", PlacesFile)


# ---------------------------------------------------------------- folding
class _FoldTable(dict):
    """``str.translate`` table of :func:`fold`, filled one character at a time."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "đĐ":
            out = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0] if code > 127 else ch
            low = base.lower()
            out = low if len(low) == 1 else base
        self[code] = out
        return out


@lru_cache(maxsize=1)
def _fold_table() -> _FoldTable:
    return _FoldTable()


def fold(text: str) -> str:
    """Lower case without diacritics, one character out per character in (NFC input).

    >>> fold("Thị Uỷ Sa Pa, ĐẢNG ỦY KHỐI")
    'thi uy sa pa, dang uy khoi'
    """
    # str.translate runs in C: documents are folded many times over.
    return text.translate(_fold_table())


def _alt(words) -> str:
    """Regex alternation of folded words, longest first, whole words only."""
    ws = sorted({re.escape(fold(w)) for w in words}, key=len, reverse=True)
    return r"(?<![\w])(?:" + "|".join(ws).replace(r"\ ", r"\s+") + r")(?![\w])"


# ---------------------------------------------------------------- gazetteer
class Gazetteer:
    """Pre-2025 provinces, districts and communes by folded bare name.

    >>> g = gazetteer(); g.district("Vị Xuyên")[0]
    ('Vị Xuyên', 'Hà Giang')
    """

    def __init__(self, nested: list[dict]):
        prefixes = sorted((fold(p) for p in places().gazetteer_prefixes), key=len, reverse=True)

        def bare(name: str) -> str:
            f = fold(name)
            for p in prefixes:
                if f.startswith(p + " "):
                    return name[len(p) + 1:].strip()
            return name

        self.provinces: dict[str, tuple[str, bool]] = {}
        self.districts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.communes: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for p in nested:
            pname = bare(p["name"])
            is_city = fold(p["name"]).startswith("thanh pho")
            self.provinces[fold(pname)] = (pname, is_city)
            for d in p.get("districts", []):
                dname = bare(d["name"])
                self.districts[fold(dname)].append((dname, pname))
                for w in d.get("wards", []):
                    self.communes[fold(bare(w["name"]))].append((bare(w["name"]), dname, pname))

    def province(self, name: str) -> Optional[tuple[str, bool]]:
        """(province, is a centrally-run city) for a bare name, or None."""
        return self.provinces.get(fold(name))

    def district(self, name: str) -> list[tuple[str, str]]:
        """[(district, province)] for a bare district name."""
        return self.districts.get(fold(name), [])

    def commune(self, name: str) -> list[tuple[str, str, str]]:
        """[(commune, district, province)] for a bare commune name."""
        return self.communes.get(fold(name), [])


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once from vietnam-provinces' nested JSON."""
    import vietnam_provinces

    path = getattr(vietnam_provinces, "NESTED_DIVISIONS_JSON_PATH", None)
    data = json.loads(Path(path).read_text(encoding="utf-8")) if path else []
    if not data or "districts" not in data[0]:
        raise RuntimeError("vietnam-provinces without districts (need version 0.6, the pre-2025 divisions)")
    return Gazetteer(data)


# ---------------------------------------------------------------- patterns
class _Patterns:
    def __init__(self):
        d, i, p = doc_types(), issuers(), places()
        self.type_of_word = {fold(w): k for k, e in d.doc_types.items() for w in e.words}
        self.types = _alt(self.type_of_word)
        so, ngay, thang, nam, cua = (fold(x) for x in (d.number_word, d.date_word, d.month_word,
                                                        d.year_word, d.of_word))
        self.ref = re.compile(
            rf"(?P<type>{self.types})(?:\s+{so})?\s*(?P<num>\d+[a-z]?(?:\s*[-–/]\s*[0-9a-z][0-9a-z.]*)*)?"
            rf"(?P<date>\s*,?\s*(?:{ngay}\s*)?(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}"
            rf"|\d{{1,2}}\s+{thang}\s+\d{{1,2}}\s+{nam}\s+\d{{4}}))?"
            rf"(?P<of>\s*,?\s*(?:\w+\s+)?{cua}\s+)?")
        self.date = re.compile(rf"(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*(\d{{4}})"
                               rf"|(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})")
        self.dated_line = re.compile(rf"{ngay}\s+(\d{{1,2}})\s+{thang}\s+(\d{{1,2}})\s+{nam}\s+(\d{{4}})")
        self.stops = re.compile(_alt(d.issuer_stops))
        self.implements = re.compile(_alt(d.implements_verbs))
        self.issue_verbs = _alt(d.issue_verbs)
        self.report_verbs = re.compile(_alt(d.news.report_verbs))
        self.page_markers = re.compile(_alt(d.news.page_markers))
        self.period = re.compile(_alt(d.period_words) + r"\s*:?\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")
        self.until = re.compile(_alt(d.until_words) + r"\s*((?:19|20)\d{2})(?!\d)")
        self.number = re.compile(rf"^\W*{so}\s*[:.]?\s*(\d*)\s*[-–]?\s*([^\W\d_][\w.]*(?:/[^\W_][\w.-]*)+)")
        self.own_number = re.compile(rf"^\W*(?P<type>{self.types})\s+{so}\s+(\d+)\W*$")
        self.of_heading = re.compile(rf"^\W*{cua}\s+(.+)$")
        words = sorted(i.issuer_words, key=lambda w: len(w.word), reverse=True)
        self.issuer_words = [(re.compile(_alt([w.word]) + r"(?P<rest>[^,;:.()\n]*)"), w) for w in words]
        self.issuer_start = re.compile(_alt([w.word for w in i.issuer_words] + i.issuer_heads))
        self.opening_issuer = re.compile(
            r"(?:^|[,;:.]\s*)(?P<iss>[^,;:.\n]{3,120}?)\s+" + self.issue_verbs)
        self.signer_title = re.compile(r"^\W*" + _alt(i.signer_titles) + r"\W*$")
        self.recipients = re.compile(r"^\W*" + _alt([i.recipients_word]) + r"\s*:?")
        units = sorted(p.unit_words, key=lambda u: len(u.word), reverse=True)
        self.unit_tier = {fold(u.word): u.tier for u in units}
        self.place = re.compile(_alt([u.word for u in units]))
        self.symbol_issuers = {fold(k): v for k, v in i.symbol_issuers.items()}


@lru_cache(maxsize=None)
def _pat() -> _Patterns:
    return _Patterns()


# Proper names: capitalized syllables ("Vị Xuyên", "Nậm Đét"); a person has 2-5.
_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}")
_PERSON = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")


def normalize_number(raw: str) -> str:
    """A number and symbol as matched across documents: spaces removed, dashes unified.

    >>> normalize_number("29- NQ/TU"), normalize_number("218 – QĐ/TW")
    ('29-NQ/TU', '218-QĐ/TW')
    """
    return re.sub(r"\s+", "", raw.replace("–", "-").replace("—", "-")).strip("-/.")


def _date(m: re.Match) -> Optional[dt.date]:
    g = [x for x in m.groups() if x is not None]
    try:
        return dt.date(int(g[2]), int(g[1]), int(g[0]))
    except (ValueError, IndexError):
        return None


# ---------------------------------------------------------------- references
class _Ref:
    def __init__(self, ref: DocRef, start: int, end: int):
        self.ref, self.start, self.end = ref, start, end


def find_refs(text: str, folded: str | None = None) -> list[_Ref]:
    """Document references in ``text`` (NFC), with their character spans.

    >>> r = find_refs("theo Quyết định 218 – QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về ...")[0].ref
    >>> r.doc_type, r.number, str(r.date), r.issuer
    ('quyet_dinh', '218-QĐ/TW', '2013-12-12', 'Bộ Chính trị')
    """
    P = _pat()
    folded = folded if folded is not None else fold(text)
    refs = []
    for m in P.ref.finditer(folded):
        number = None
        if m.group("num"):
            raw = text[m.start("num"):m.end("num")]
            # Keep symbol parts that are written as symbols (capitals or digits).
            parts = re.split(r"(\s*[-–/]\s*)", raw)
            keep = parts[0]
            for sep, part in zip(parts[1::2], parts[2::2]):
                # A symbol is capitals and digits ("NQ", "CTr", "UBTVQH11"), not a word ("Nâng").
                if not (part[:1].isdigit() or part[:1].isupper()) or regex.search(r"\p{Ll}{2,}", part):
                    break
                keep += sep + part
            number = normalize_number(keep)
        date = None
        if m.group("date"):
            dm = P.date.search(folded, m.start("date"), m.end("date"))
            date = _date(dm) if dm else None
        issuer, end = None, m.end()
        if m.group("of"):
            issuer, end = _issuer_after(text, folded, m.end("of"))
        if number is None and date is None and issuer is None:
            end = m.end("type")
        refs.append(_Ref(DocRef(doc_type=P.type_of_word[re.sub(r"\s+", " ", m.group("type"))],
                                number=number, date=date, issuer=issuer,
                                text=text[m.start():end].strip(" ,")), m.start(), end))
    return refs


def _issuer_after(text: str, folded: str, i: int) -> tuple[Optional[str], int]:
    """The issuer phrase starting at ``i``: up to punctuation, a stop word or 12 words."""
    P = _pat()
    m = re.compile(r"[^,;:.()\n“”\"*]{2,160}").match(folded, i)
    if not m:
        return None, i
    end = m.end()
    stop = P.stops.search(folded, i, end)
    if stop:
        end = stop.start()
    words = text[i:end].split()[:12]
    phrase = " ".join(words).strip(" -–")
    return (phrase or None), i + len(text[i:end].rstrip())


def _merge(refs: list[DocRef]) -> list[DocRef]:
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


# ---------------------------------------------------------------- parts of the text
def _clean_line(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("*", "").replace("#", "")).strip()


def _head(lines: list[str]) -> list[str]:
    """Title lines: those before the first long sentence-ending paragraph."""
    head = []
    for line in lines[:15]:
        if len(line) > 200 and re.search(r"[.:;]\W*$", line):
            break
        head.append(line)
    return head


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------- the stage
def analyze(text: str) -> dict:
    """Metadata of a text as a dict of Document fields.

    >>> m = analyze("NGHỊ QUYẾT\\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\\nvề ... trên địa bàn huyện Vị Xuyên, "
    ...             "giai đoạn 2021 – 2025")
    >>> m["doc_type"], m["issuer_level"], m["province"], m["locality"], m["period"]
    ('nghi_quyet', 'district', 'Hà Giang', 'Vị Xuyên', (2021, 2025))
    """
    P = _pat()
    text = unicodedata.normalize("NFC", text)
    lines = [_clean_line(x) for x in text.splitlines()]
    lines = [x for x in lines if x]
    if not lines:
        return {}
    head = _head(lines)
    body_start = len(head)
    opening = lines[body_start] if body_start < len(lines) else ""
    out: dict = {}

    # What it is.
    doc_type, number, symbol = None, None, None
    for line in head:
        f = fold(line)
        m = P.number.match(f)
        if m and number is None and symbol is None:
            raw = line[m.start(1):m.end(2)] if m.group(1) else ""
            symbol = line[m.start(2):m.end(2)]
            number = normalize_number(raw) if m.group(1) else None
            continue
        if doc_type is None and _is_upper(line):
            tm = re.match(P.types, f)
            if tm:
                doc_type = P.type_of_word[re.sub(r"\s+", " ", tm.group(0))]
                om = P.own_number.match(f)
                if om and number is None:
                    number = om.group(2)
    first = fold(lines[0])
    early = fold(" ".join(lines[:body_start + 2]))[:1500]
    tail = fold("\n".join(lines[-15:]))
    subject = None
    if doc_type is None:
        starts_typed = re.match(P.types, first)
        news = bool(P.page_markers.search(tail)) or (
            not starts_typed and bool(P.report_verbs.search(early)))
        if news:
            doc_type = "tin_bai"
        elif starts_typed:
            doc_type = P.type_of_word[re.sub(r"\s+", " ", starts_typed.group(0))]
        else:
            doc_type = "other"

    # References in the title and the opening.
    scope_lines = head + ([opening] if opening else [])
    scope = "\n".join(scope_lines)
    fscope = fold(scope)
    refs = find_refs(scope, fscope)
    issued_on, issuer = None, None

    if doc_type == "tin_bai":
        # "Ngày 08/9/2022, Thị ủy Sa Pa đã ban hành Chương trình hành động ..."
        for m in re.finditer(P.issue_verbs + r"\s+(?P<t>" + P.types + ")", fscope):
            sent_start = max(fscope.rfind(".", 0, m.start()), fscope.rfind("\n", 0, m.start())) + 1
            sentence = scope[sent_start:m.start()]
            iss = _issuer_before(sentence)
            dm = P.date.search(fold(sentence))
            subject = DocRef(doc_type=P.type_of_word[re.sub(r"\s+", " ", m.group("t"))],
                             issuer=iss, date=_date(dm) if dm else None,
                             text=scope[sent_start:m.end()].strip())
            break
        if subject is None:
            hr = [r for r in find_refs(lines[0]) if r.ref.number or r.ref.issuer]
            if hr:
                subject = hr[0].ref
        if subject is not None:
            # A report is filed under the document it reports on: its issuer and date.
            issuer, issued_on = subject.issuer, subject.date

    implements = []
    for r in refs:
        if not r.ref.number:
            continue
        before = fscope[max(0, r.start - 60):r.start]
        vm = list(P.implements.finditer(before))
        if vm and not re.search(r"[.;:\n]", before[vm[-1].end():]) and len(before) - vm[-1].end() <= 40:
            if subject is not None and subject.number and subject.number == r.ref.number:
                continue
            implements.append(r.ref)
    implements = _merge(implements)

    # Issuer: heading "CỦA ...", the opening sentence, a Party symbol, the byline.
    if issuer is None:
        for line in head:
            m = P.of_heading.match(fold(line))
            if m:
                issuer = line[m.start(1):].strip(" :")
                break
    for line in scope_lines if issuer is None else []:
        for m in P.opening_issuer.finditer(fold(line)):
            cand = line[m.start("iss"):m.end("iss")].strip(" ()*")
            if P.issuer_start.search(fold(cand)):
                issuer = cand
                break
        if issuer:
            break
    level = _level(issuer) if issuer else None
    if level is None and symbol:
        code = fold(symbol.split("/")[-1])
        si = P.symbol_issuers.get(code)
        if si:
            level = si.level
            issuer = issuer or si.issuer
    if issuer is None:
        # A web page's byline ("Ban Tuyên giáo Huyện ủy") before its page furniture.
        for last in reversed(lines[-15:]):
            if len(last) < 80 and P.issuer_start.match(fold(last)) and _level(last):
                issuer, level = last.strip(), _level(last)
                break

    # Place.
    province, locality = _places(text, issuer, level, doc_type)

    # Date: "…, ngày 08 tháng 9 năm 2022" in the title block, outside references.
    if issued_on is None:
        spans = [(r.start, r.end) for r in refs]
        for m in P.dated_line.finditer(fscope):
            if not any(s <= m.start() < e for s, e in spans):
                issued_on = _date(m)
                break

    # Period: "giai đoạn 2021 – 2025" in the title; "đến năm 2030" from the start year.
    ftitle = fold(" ".join(head))
    period = None
    pm = P.period.search(ftitle)
    if pm:
        period = (int(pm.group(1)), int(pm.group(2)))
    else:
        um = P.until.search(ftitle)
        start = (issued_on.year if issued_on else None) or next(
            (r.date.year for r in implements if r.date), None)
        if um and start and start <= int(um.group(1)):
            period = (start, int(um.group(1)))

    cites = _merge([r.ref for r in find_refs(text) if r.ref.number])
    skip = {r.number for r in implements} | ({number} if number else set())
    cites = [r for r in cites if r.number not in skip]

    out.update(doc_type=doc_type, number=number, symbol=symbol or _symbol(number), issuer=issuer,
               issuer_level=level, province=province, locality=locality, issued_on=issued_on,
               period=period, signer=_signer(lines), subject=subject, implements=implements, cites=cites)
    return out


def _symbol(number: Optional[str]) -> Optional[str]:
    if number and "-" in number:
        return number.split("-", 1)[1] or None
    return None


def _issuer_before(sentence: str) -> Optional[str]:
    """The issuer phrase closing a sentence fragment: "Ngày 08/9/2022, Thị ủy Sa Pa " → "Thị ủy Sa Pa"."""
    P = _pat()
    part = re.split(r"[,;:]", sentence)[-1].strip()
    f = fold(part)
    m = P.issuer_start.search(f)
    return part[m.start():].strip() if m else None


def _level(issuer: str) -> Optional[str]:
    """Level of an issuer phrase from its body words (and the gazetteer for a city).

    >>> _level("Ban Thường vụ Tỉnh uỷ Lào Cai"), _level("Thành ủy Hà Nội"), _level("Thành ủy Lào Cai")
    ('province', 'province', 'district')
    """
    P = _pat()
    f = fold(issuer)
    best = None
    for rx, w in P.issuer_words:
        m = rx.search(f)
        if m and (best is None or len(w.word) > len(best[1].word)):
            best = (m, w)
    if best is None:
        return None
    m, w = best
    if w.city:
        names = _NAME.findall(issuer[m.start("rest"):m.end("rest")])
        prov = gazetteer().province(names[0]) if names else None
        if prov and prov[1]:
            return "province"
    return w.level


def _mentions(text: str):
    """(tier, name, start) of every "unit word + Name" in the text."""
    P = _pat()
    f = fold(text)
    for m in P.place.finditer(f):
        nm = _NAME.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if nm:
            yield P.unit_tier[re.sub(r"\s+", " ", m.group(0))], nm.group(0), m.start()


def _resolve(tier: str, name: str):
    """[(province, district or None, weight)] for one place mention."""
    g = gazetteer()
    words = name.split()
    # Try the longest name first: "Sa Pa đã" is not a place, "Sa Pa" is.
    for k in range(len(words), 0, -1):
        n = " ".join(words[:k])
        if tier in ("province", "city"):
            p = g.province(n)
            if p:
                return [(p[0], None, 3.0)]
        if tier in ("district", "city"):
            ds = g.district(n)
            if ds:
                return [(prov, d, 2.0 / len(ds)) for d, prov in ds]
        if tier == "commune":
            cs = g.commune(n)
            if cs:
                return [(prov, d, 1.0 / len(cs)) for _, d, prov in cs]
    return []


def _places(text: str, issuer: Optional[str], level: Optional[str], doc_type: str):
    votes: Counter = Counter()
    dvotes: Counter = Counter()
    own_district = None
    own_province = None
    for tier, name, _ in _mentions(issuer or ""):
        for prov, dist, w in _resolve(tier, name):
            votes[prov] += 3 * w
            if dist and own_district is None and len(_resolve(tier, name)) == 1:
                own_district = dist
            if dist is None:
                own_province = prov
    for tier, name, _ in _mentions(text):
        for prov, dist, w in _resolve(tier, name):
            votes[prov] += w
            if dist:
                dvotes[(prov, dist)] += w
    if not votes:
        return None, None
    province = own_province or votes.most_common(1)[0][0]
    if votes[province] < 1:
        return None, None
    locality = own_district
    if locality is None and (level in ("district", "commune") or doc_type == "tin_bai"):
        local = [(d, v) for (p, d), v in dvotes.most_common() if p == province]
        locality = local[0][0] if local else None
    return province, locality


def _signer(lines: list[str]) -> Optional[str]:
    """The name under the last signature title ("BÍ THƯ" then "Đỗ Anh Tuấn")."""
    P = _pat()
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if P.signer_title.match(fold(lines[i])):
            for name in lines[i + 1:i + 4]:
                if _PERSON.match(name):
                    return name
    return None


def fill(doc: Document) -> Document:
    """The document with its metadata fields filled (a copy).

    >>> from pipeline.read import document_from_text
    >>> fill(document_from_text("Số - KH/ĐUK\\nKẾ HOẠCH\\nthực hiện ...")).symbol
    'KH/ĐUK'
    """
    return doc.model_copy(update=analyze(doc.text))


def _ref_province(ref: DocRef, citing: Document) -> Optional[str]:
    if not ref.issuer:
        return None
    for tier, name, _ in _mentions(ref.issuer):
        res = _resolve(tier, name)
        if len({p for p, _, _ in res}) == 1:
            return res[0][0]
    # "Ban Thường vụ Tỉnh ủy" cited from inside a province is that province's.
    if _level(ref.issuer) == "province" and citing.province:
        return citing.province
    return None


def link(docs: list[Document]) -> list[Document]:
    """Fill a missing province from the documents of the same batch: a plan
    that carries out "29-NQ/TU, 22/7/2022" of a Tỉnh ủy is in the province
    another document places that resolution in.

    >>> from pipeline.read import document_from_text as t
    >>> a = fill(t("Thị ủy Sa Pa đã ban hành Chương trình hành động thực hiện Nghị quyết số 29-NQ/TU, "
    ...            "ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy Lào Cai", "a"))
    >>> b = fill(t("KẾ HOẠCH\\nthực hiện Nghị quyết số 29- NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy", "b"))
    >>> b.province, link([a, b])[1].province
    (None, 'Lào Cai')
    """
    known: dict[tuple, str] = {}
    for d in docs:
        for r in d.implements + d.cites:
            prov = _ref_province(r, d)
            if prov and r.number:
                known[(r.number, r.date)] = prov
                known.setdefault((r.number, None), prov)
    out = []
    for d in docs:
        if d.province is None:
            for r in d.implements:
                prov = known.get((r.number, r.date)) or known.get((r.number, None))
                if prov:
                    d = d.model_copy(update={"province": prov})
                    break
        out.append(d)
    return out
