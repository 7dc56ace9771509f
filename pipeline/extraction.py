"""Extract stage: quantity mentions → target records.

The stage is a small pipeline of components, each with one job and registered
by name (like spaCy's): ``quantities`` finds and filters the numbers,
``comparator``, ``change``, ``organization``, ``time``, ``level``, ``kind`` and
``indicator`` fill one part of each record from the clause and the context
that governs it (earlier clauses of the sentence, lead-ins ending with ":",
parent items, headings and the title).

All matching runs on the normalized, lower-cased text; spans are mapped back
to the original text at the end.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

import regex

from pipeline.lexicon import load_lexicon, phrase_pattern
from pipeline.normalize import NormalizedText, fold, normalize
from pipeline.structure import Block, Clause, DocStructure, parse
from pipeline.values import parse_number, unit_of
from schemas import Document, Target

# Patterns used in hot loops, compiled once (the regex module's own cache
# lookup costs more than the match on short strings).
_RX_SPACES = regex.compile(r"\s+")
_RX_PUNCT_TOKEN = regex.compile(r"[;:.!?()\[\]\"]+")
_RX_COMMA = regex.compile(r"\s*,")
_RX_DASH = regex.compile(r"\s*-\s*")


# ---------------------------------------------------------------- patterns

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


@lru_cache(maxsize=1)
def _quantity_re() -> regex.Pattern:
    units = load_lexicon("units")
    pct = "|".join(regex.escape(p) for p in units.percent_signs).replace(r"\ ", r"\s+")
    mult = "|".join(regex.escape(m) for m in sorted(units.multipliers, key=lambda w: (-len(w), w))).replace(r"\ ", r"\s+")
    cur = "|".join(regex.escape(c) for c in sorted(units.currencies, key=lambda w: (-len(w), w))).replace(r"\ ", r"\s+")
    # a currency word must not begin another word: "01 đồng chí" is a person
    notcur = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(units.not_currency, key=lambda w: (-len(w), w)))
    cur_word = rf"(?!(?:{notcur})(?![\p{{L}}]))(?:{cur})(?![\p{{L}}])"
    unit = rf"(?:\s*(?:{pct})|\s*(?:{mult})(?:\s+{cur_word})?(?![\p{{L}}])|\s*{cur_word})"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,/])(?P<a>{_NUM})(?P<ua>{unit})?"
        rf"(?:\s*(?P<rsep>-|đến|tới)\s*(?P<b>{_NUM})(?![\p{{N}}/])"
        rf"|\s*/\s*(?P<d>{_NUM})(?!\s*/\s*\d)(?P<ud>{unit})?)?"
        rf"(?P<u>{unit})?(?![\p{{N}}])"
    )


def _words_re(phrases) -> regex.Pattern:
    return regex.compile(phrase_pattern(phrases))


def _ends_with(phrases) -> regex.Pattern:
    alts = sorted(set(phrases), key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in alts)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])({body})\s*$")


def _starts_with(phrases) -> regex.Pattern:
    alts = sorted(set(phrases), key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in alts)
    return regex.compile(rf"\s*({body})(?![\p{{L}}\p{{N}}])")  # use with .match (anchored at pos)


# ---------------------------------------------------------------- data

@dataclass
class Quantity:
    """One quantity mention and what the components learned about it."""

    start: int  # normalized offsets of the mention (number + unit)
    end: int
    value: float
    value_max: Optional[float]
    denominator: Optional[float]
    unit: str
    clause: Clause
    sentence_index: int
    clause_index: int
    block: Block
    comparator: Optional[str] = None
    comparator_source: str = ""
    change: Optional[str] = None
    orgs: list = field(default_factory=list)
    org_source: str = ""
    indicator: str = "other"
    counted: str = ""
    deadline_year: Optional[int] = None
    period: Optional[tuple[int, int]] = None
    frequency: Optional[str] = None
    level: Optional[str] = None
    kind: str = "target"


@dataclass
class Context:
    """A document being extracted: text forms, structure and accepted quantities."""

    doc: Document
    norm: NormalizedText
    low: str  # lower-cased normalized text, same length
    structure: DocStructure
    quantities: list[Quantity] = field(default_factory=list)
    by_block: dict = field(default_factory=dict)
    title_text: str = ""


COMPONENTS: dict[str, Callable[[Context], None]] = {}
PIPELINE = ("quantities", "counted", "comparator", "change", "organization", "kind", "time", "level", "indicator")


def component(name: str):
    """Register an extraction component under a name."""

    def deco(fn):
        COMPONENTS[name] = fn
        return fn

    return deco


# ---------------------------------------------------------------- context walking

def _clauses_before(q: Quantity) -> list[Clause]:
    sent = q.block.sentences[q.sentence_index]
    return list(reversed(sent.clauses[: q.clause_index]))


def _subject_scope(ctx: "Context", q: Quantity) -> list[tuple[int, int]]:
    """Earlier clauses of the sentence that still speak of the same subject:
    none if the clause names its own subject; else back to (and including)
    the nearest clause that names one."""
    if _first_group(ctx, q.clause.start, q.start):
        return []
    out = []
    for c in _clauses_before(q):
        if c.lead_in:
            continue
        out.append((c.start, c.end))
        if _first_group(ctx, c.start, c.end):
            break
    return out


def _sentence_lead_ins(q: Quantity) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in _clauses_before(q) if c.lead_in]


def _ancestors(ctx: Context, block: Block):
    p = block.parent
    while p is not None:
        b = ctx.structure.blocks[p]
        yield b
        p = b.parent


def _lead_in_ranges(ctx: Context, q: Quantity) -> list[tuple[int, int]]:
    """Text that governs the quantity's list: lead-ins of its sentence, then
    parent items/paragraphs (whole when they hold no value of their own,
    else only what follows their last ':')."""
    out = _sentence_lead_ins(q)
    for b in _ancestors(ctx, q.block):
        if b.kind in ("heading", "title"):
            continue
        own = [x for x in ctx.by_block.get(b.index, [])]
        if not own:
            out.append((b.start, b.end))
        else:
            colon = ctx.low.rfind(":", b.start, b.end)
            last_q = max(x.end for x in own)
            if colon > last_q:
                out.append((colon + 1, b.end))
            break  # a parent with values of its own ends the chain of lead-ins
    return out


def _heading_ranges(ctx: Context, q: Quantity) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in _ancestors(ctx, q.block) if b.kind == "heading"]


def _title_range(ctx: Context) -> list[tuple[int, int]]:
    bl = ctx.structure.blocks
    return [(bl[i].start, bl[i].end) for i in ctx.structure.title]


def _prev_sentences(q: Quantity) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in reversed(q.block.sentences[: q.sentence_index])]


# ---------------------------------------------------------------- quantities

def _alternation(phrases) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(phrases), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _exclusion_patterns():
    ex = load_lexicon("exclusions")
    doc_alt = _alternation(ex.document_words)
    furniture_alt = _alternation(ex.furniture_labels)
    return {
        "doc_before": regex.compile(r"(?<![\p{L}])(" + doc_alt + r")(\s+số)?\s*$"),
        "tong_so": regex.compile(r"(?:tổng|với)\s+số\s*$"),
        "structure_after": _starts_with(ex.structure_nouns),
        "achievement": _words_re(ex.achievement_words),
        "logistics_after": _starts_with(ex.logistics_nouns),
        "furniture": regex.compile(r"^[\s•\-*]*(" + furniture_alt + r")\s*:?\s*$"),
        "duration_after": _starts_with(ex.duration_nouns),
        "not_duration": _starts_with(ex.not_duration),
        "qualifier_before": _ends_with(ex.qualifier_before),
        "qualified_head": regex.compile(r"(?<![\p{L}])(?<!(?:" + _alternation(ex.whole_scope_words) + r")\s+(?:\p{L}+\s+)?)"
                                        r"(?:" + _alternation(ex.qualified_heads) + r")\s+(?:"
                                        + _alternation(ex.qualifier_after_head) + r")\s*$"),
        "date_before": _ends_with(ex.date_words),
        "name_after": _starts_with(ex.name_number_words),
        "age_after": _starts_with(ex.age_nouns),
        "age_before": _ends_with(ex.age_qualifiers),
        "name_noun_before": regex.compile(r"(?<![\p{L}])(?:(" + _alternation(ex.distributive_words) + r")\s+)?(?:"
                                          + _alternation(ex.name_nouns) + r")\s*$"),
        "phone_before": regex.compile(r"(?<![\p{L}])(?:" + _alternation(ex.phone_labels) + r")\s*[:.]?[\d.\s-]*$"),
    }


def _is_year(x: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= x <= 2100


def _excluded(ctx: Context, m, a: float, unit: str, s: int, e: int, clause: Clause) -> bool:
    """True when the number is a date, a document number, numbering, a
    population qualifier, logistics, furniture or part of a name."""
    P = _exclusion_patterns()
    text, low = ctx.norm.text, ctx.low
    before = low[max(clause.start, s - 60):s]
    after = low[e:min(len(low), e + 40)]
    raw_after = text[e:min(len(text), e + 12)]
    raw_a = m.group("a")
    bare = unit == "count" and not m.group("u") and not m.group("ua")
    # part of a date or a symbol: "22/7/2022", "34/2007/PL", "29-NQ/TU", "COVID-19"
    if regex.match(r"\s*/\s*(?:\d|\p{Lu})", raw_after) and m.group("d") is None:
        return True
    if regex.match(r"\s*[-–]?\s*\p{Lu}{2,}", raw_after) and bare:
        return True
    if regex.match(r"\p{Lu}", raw_after) and bare:  # a code or name: "5G", "3D"
        return True
    if regex.search(r"\p{L}-\s*$", text[max(0, s - 3):s]):
        return True
    # telephone numbers: after a label, or shaped like one (0 and 9+ digits)
    if P["phone_before"].search(before):
        return True
    run_start = s
    while run_start > 0 and (text[run_start - 1].isdigit() or text[run_start - 1] in ". -"):
        run_start -= 1
    phone = regex.match(r"\s*(0\d[\d. -]{7,14}\d)", text[run_start:min(len(text), run_start + 24)])
    if phone and sum(c.isdigit() for c in phone.group(1)) >= 9 and run_start + phone.end() >= e:
        return True
    # years and spans of years
    if bare and _is_year(a, raw_a) and (m.group("b") is None or _is_year(parse_number(m.group("b")), m.group("b"))):
        return True
    if bare and len(raw_a.replace(".", "")) >= 4 and regex.search(r"(?<![\p{L}])năm\s*$", before):
        return True
    if m.group("d") is not None and P["date_before"].search(before):
        return True
    if P["date_before"].search(before) and bare:
        return True
    # document numbers: "Nghị quyết số 29", "Đề án 15", "khóa 11"
    if bare and P["doc_before"].search(before) and not P["tong_so"].search(before):
        return True
    # page furniture: "Lượt xem: 4863", a line of page numbers
    line_start = low.rfind("\n", 0, s) + 1
    if P["furniture"].match(low[line_start:s]):
        return True
    line_end = low.find("\n", e)
    line = low[line_start: line_end if line_end >= 0 else len(low)]
    if regex.fullmatch(r"[\s\d]+", line):
        return True
    if bare or unit == "count" and m.group("u") is None:
        # "09 mục tiêu", "06 nhiệm vụ" — unless achieved ("đạt 18 chỉ tiêu")
        if m.group("d") is None and P["structure_after"].match(after):
            clause_text = low[clause.start:clause.end]
            if not P["achievement"].search(clause_text):
                return True
        if P["logistics_after"].match(after):
            return True
        if P["duration_after"].match(after) and not P["not_duration"].match(after):
            return True
        if m.group("d") is None and P["qualifier_before"].search(before):
            return True
        if m.group("d") is None and m.group("b") is None and P["qualified_head"].search(before):
            return True
        if m.group("d") is None and regex.fullmatch(r"[1-9]", raw_a) and P["name_after"].match(after):
            return True
        # "tổ 5", "thôn 3": the number names the unit (not "mỗi thôn 01 mô hình")
        named = P["name_noun_before"].search(before)
        if m.group("d") is None and m.group("b") is None and named and not named.group(1):
            return True
    # ages that qualify a population: "từ 18 tuổi trở lên"
    if unit == "count" and P["age_after"].match(after) and (P["age_before"].search(before) or m.group("b")):
        return True
    # inside quotation marks: numbers in a name ("5 xung kích")
    q_before = text[max(clause.start, s - 80):s]
    if q_before.count('"') % 2 == 1 and '"' in text[e:min(clause.end, e + 80)]:
        return True
    return False


@component("quantities")
def find_quantities(ctx: Context) -> None:
    """Find quantity mentions in every clause and drop those that are not values."""
    rx = _quantity_re()
    for b in ctx.structure.blocks:
        found = []
        for si, sent in enumerate(b.sentences):
            for ci, cl in enumerate(sent.clauses):
                for m in rx.finditer(ctx.low, cl.start, cl.end):
                    s, e = m.start(), m.end()
                    # trim trailing spaces captured by unit alternatives
                    while e > s and ctx.low[e - 1].isspace():
                        e -= 1
                    unit_text = (m.group("u") or m.group("ud") or m.group("ua") or "")
                    unit, mult = unit_of(unit_text)
                    a = parse_number(m.group("a"))
                    row = _table_row(ctx, s, e)
                    if row is not None:
                        cells, i = row
                        if i == 0 and m.group("b") is None and m.group("d") is None and a < 1000:
                            continue  # "1 | Tỷ lệ tập hợp ... | % | 85": the row's number
                        if not unit_text and unit == "count":  # "... | % | 85": the unit has a column
                            unit, mult = _column_unit(ctx, cells[:i]) or (unit, mult)
                    if _excluded(ctx, m, a, unit, s, e, cl):
                        continue
                    b_ = parse_number(m.group("b")) * mult if m.group("b") else None
                    d_ = parse_number(m.group("d")) * mult if m.group("d") else None
                    q = Quantity(start=s, end=e, value=a * mult, value_max=b_, denominator=d_, unit=unit,
                                 clause=cl, sentence_index=si, clause_index=ci, block=b)
                    if m.group("rsep") and b_ is not None:
                        q.comparator, q.comparator_source = "between", "range"
                    found.append(q)
        found += _spelled_quantities(ctx, b)
        found.sort(key=lambda q: q.start)
        if found:
            ctx.by_block[b.index] = found
            ctx.quantities.extend(found)


def _table_row(ctx: Context, s: int, e: int) -> Optional[tuple[list[tuple[int, int]], int]]:
    """For a number that fills a cell of a table row ("a | b | c", as Word
    tables are read): the row's cells and the number's cell index."""
    start = ctx.low.rfind("\n", 0, s) + 1
    end = ctx.low.find("\n", e)
    end = len(ctx.low) if end < 0 else end
    if ctx.low.count(" | ", start, end) < 2:
        return None
    cells, pos = [], start
    for part in ctx.low[start:end].split(" | "):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 3
    for i, (a, b) in enumerate(cells):
        if a <= s and e <= b:
            text = ctx.low[a:b].strip().rstrip(".")
            return (cells, i) if text == ctx.low[s:e].strip().rstrip(".") else None
    return None


def _column_unit(ctx: Context, cells: list[tuple[int, int]]) -> Optional[tuple[str, float]]:
    """A cell of the row that is only a unit ("%", "triệu đồng") gives it to the number."""
    for a, b in reversed(cells):
        text = ctx.low[a:b].strip()
        if text and len(text) <= 20:
            unit, mult = unit_of(text)
            if unit != "count":
                return unit, mult
    return None


@lru_cache(maxsize=1)
def _spelled_re() -> regex.Pattern:
    units, comp = load_lexicon("units"), load_lexicon("comparators")
    words = list(units.number_words)
    cmp = [w for w, op in comp.before.items() if op in (">=", "<=") and len(w) > 3]
    return regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cmp)})\s+(?P<n>{_alternation(words)})(?=\s+\p{{L}})(?!\s+\d)")


def _spelled_quantities(ctx: Context, b: Block) -> list[Quantity]:
    """Small numbers written as words where a comparator makes them a value
    ("ít nhất một buổi")."""
    numbers = load_lexicon("units").number_words
    out = []
    for si, sent in enumerate(b.sentences):
        for ci, cl in enumerate(sent.clauses):
            for m in _spelled_re().finditer(ctx.low, cl.start, cl.end):
                out.append(Quantity(start=m.start("n"), end=m.end("n"), value=float(numbers[m.group("n")]),
                                    value_max=None, denominator=None, unit="count", clause=cl,
                                    sentence_index=si, clause_index=ci, block=b))
    return out


# ---------------------------------------------------------------- counted

@lru_cache(maxsize=1)
def _stop_words_re() -> regex.Pattern:
    comp = load_lexicon("comparators")
    return _starts_with(comp.verbs + list(comp.after) + comp.counted_stops)


@component("counted")
def find_counted(ctx: Context) -> None:
    """The noun phrase after each value: what is counted ("đoàn viên, hội viên")."""
    from pipeline.tokenize import tokenize

    stop = _stop_words_re()
    after_cmp = _starts_with(list(load_lexicon("comparators").after))
    trailing = set(load_lexicon("comparators").counted_trailing)
    first_stop = _starts_with(load_lexicon("comparators").counted_stops)
    # "01 (một) mô hình": the number spelled out in brackets is not what is counted
    spelled = regex.compile(r"\s*\([\p{L}\s]{1,30}\)")
    by_clause: dict[tuple[int, int], list[Quantity]] = {}
    for q in ctx.quantities:
        by_clause.setdefault((q.clause.start, q.clause.end), []).append(q)
    for (cs, ce), qs in by_clause.items():
        # segment only the stretch where counted phrases can be: word
        # segmentation is the slowest step of the whole pipeline
        cs, ce = min(q.end for q in qs), min(ce, max(q.end for q in qs) + 120)
        doc = tokenize(ctx.norm.text[cs:ce])
        for q in qs:
            nxt = min([x.start for x in qs if x.start > q.start] + [ce])
            pos = q.end
            m = after_cmp.match(ctx.low, pos, nxt)
            if m:
                pos = m.end()
            m = spelled.match(ctx.low, pos, nxt)
            if m:
                pos = m.end()
            words = []
            for tok in doc:
                ts = cs + tok.idx
                if ts < pos or tok.is_space:
                    continue
                if ts >= nxt:
                    break
                t = tok.text
                if _RX_PUNCT_TOKEN.fullmatch(t) or (words and stop.match(ctx.low, ts, nxt)):
                    break
                if not words and stop.match(ctx.low, ts, nxt) and t.lower() in ("có", "được", "là"):
                    continue  # "100% có ..." — skip a leading copula
                if not words and (t == "," or first_stop.match(ctx.low, ts, nxt) or stop.match(ctx.low, ts, nxt)):
                    break  # "dưới 5% vào cuối năm 2025", "đạt 85%, Hội ...", "95% đạt ...": nothing is counted
                words.append((ts, ts + len(t)))
                if len(words) >= 14:
                    break
            while words and ctx.low[words[-1][0]:words[-1][1]] in trailing:
                words.pop()
            if words:
                q.counted = ctx.norm.text[words[0][0]: words[-1][1]].strip(" ,")


# ---------------------------------------------------------------- comparator

@lru_cache(maxsize=1)
def _comparator_patterns():
    comp = load_lexicon("comparators")
    fill = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in sorted(comp.fillers, key=lambda w: (-len(w), w)))
    before = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(comp.before, key=lambda w: (-len(w), w)))
    return {
        "before": regex.compile(rf"(?<![\p{{L}}])({before})(?:\s+(?:{fill})){{0,3}}\s*$"),
        "after": _starts_with(list(comp.after)),
        "rank": _ends_with(comp.rank_words),
        "lead_in": _words_re(list(comp.lead_in)),
        "verbs": _words_re(comp.verbs),
        "after_rx": regex.compile(phrase_pattern(list(comp.after))),
    }


def _after_comparator(ctx: Context, q: Quantity, limit: int) -> Optional[str]:
    """'trở lên' right after the value, or after a short counted noun that is
    not a rank ("khá trở lên")."""
    comp = load_lexicon("comparators")
    P = _comparator_patterns()
    m = P["after"].match(ctx.low, q.end, limit)
    if m:
        return comp.after[_RX_SPACES.sub(" ", m.group(1))]
    m = P["after_rx"].search(ctx.low, q.end, limit)
    if not m:
        return None
    between = ctx.low[q.end:m.start()]
    if len(between.split()) > 4 or regex.search(r"[,;:()]", between) or P["verbs"].search(between):
        return None
    if P["rank"].search(between):
        return None
    return comp.after[_RX_SPACES.sub(" ", m.group(1))]


@component("comparator")
def find_comparators(ctx: Context) -> None:
    """Comparators from the words around each value, its lead-in, or the value
    before it in the same clause (one verb, several objects)."""
    comp = load_lexicon("comparators")
    P = _comparator_patterns()
    prev: Optional[Quantity] = None
    for q in ctx.quantities:
        if prev is not None and prev.clause is not q.clause:
            prev = None
        limit = min([x.start for x in ctx.by_block[q.block.index] if x.start > q.start] + [q.clause.end])
        start = prev.end if prev is not None else q.clause.start
        before = ctx.low[start:q.start]
        mb = P["before"].search(before)
        op_before = comp.before[_RX_SPACES.sub(" ", mb.group(1))] if mb else None
        neutral = mb is not None and _RX_SPACES.sub(" ", mb.group(1)) in comp.neutral_before
        if neutral and q.comparator == "between":
            op_before = None  # "từ 8 đến 12": a range
        op_after = _after_comparator(ctx, q, limit)
        if q.comparator == "between":
            if op_after == ">=":
                q.comparator, q.comparator_source = ">=", "after"
        elif op_after and neutral:  # "từ 5% trở xuống": "từ" only says "from"
            q.comparator, q.comparator_source = op_after, "after"
        elif op_after and op_before in (">", ">=", None) and op_after == ">=":
            q.comparator, q.comparator_source = ">=", "after"
        elif op_before:
            q.comparator, q.comparator_source = op_before, "before"
        elif op_after:
            q.comparator, q.comparator_source = op_after, "after"
        if q.comparator is None and prev is not None and prev.comparator_source in ("before", "carry"):
            between = ctx.low[prev.end:q.start]
            if len(between.split()) <= 4 and not P["verbs"].search(between) and regex.search(r",|\bvà\b", between):
                q.comparator, q.comparator_source = prev.comparator, "carry"
        if q.comparator is None:
            for s, e in _lead_in_ranges(ctx, q):
                m = P["lead_in"].search(ctx.low, s, e)
                if m:
                    q.comparator, q.comparator_source = comp.lead_in[_RX_SPACES.sub(" ", m.group(1))], "lead_in"
                    break
        if q.comparator is None:
            q.comparator, q.comparator_source = "=", "default"
        prev = q


# ---------------------------------------------------------------- change

@lru_cache(maxsize=1)
def _change_patterns() -> dict:
    comp = load_lexicon("comparators")
    words = {w: k for k, ws in comp.change.items() for w in ws}
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    fill = "|".join(regex.escape(f).replace(r"\ ", r"\s+")
                    for f in sorted(comp.change_fillers + list(comp.before), key=lambda w: (-len(w), w)))
    cmp_words = {w: k for k, ws in comp.comparison_change.items() for w in ws}
    return {
        "words": words,
        "change": regex.compile(rf"(?<![\p{{L}}])({alt})(?:\s+(?:{fill})){{0,3}}\s*$"),
        # change words that end in a comparator word ("nhiều hơn"): that comparator is theirs
        "own_comparator": {w for w in words if any(w != c and w.endswith(" " + c) for c in comp.before)},
        "comparison_words": cmp_words,
        "comparison": regex.compile(r"(?<![\p{L}])(" + _alternation(cmp_words) + r")\s*$"),
        "base": regex.compile(r"\S*(?:\s+\S+){0,4}?\s+(?:" + _alternation(comp.comparison_base) + r")(?![\p{L}])"),
        "negated": _ends_with(comp.negations),
    }


@component("change")
def find_change(ctx: Context) -> None:
    """'tăng thêm 353 hội viên', 'giảm bình quân 1,5%/năm': an amount of change."""
    P = _change_patterns()
    for q in ctx.quantities:
        before = ctx.low[max(q.clause.start, q.start - 50):q.start]
        m = P["change"].search(before)
        if m and P["negated"].search(before[:m.start()]):
            continue  # "không ít hơn 90": a bound, not a change
        if m:
            word = _RX_SPACES.sub(" ", m.group(1))
            q.change = P["words"][word]
            if word in P["own_comparator"] and q.comparator_source == "before":
                q.comparator, q.comparator_source = "=", "change"  # "nhiều hơn 5": the "hơn" is the change's
            continue
        # "cao hơn 5% so với năm 2020": the 5% is how much higher, not a bound
        m = P["comparison"].search(before)
        if m and P["base"].match(ctx.low, q.end, q.clause.end) and not P["negated"].search(before[:m.start()]):
            q.change = P["comparison_words"][_RX_SPACES.sub(" ", m.group(1))]
            q.comparator, q.comparator_source = "=", "change"


# ---------------------------------------------------------------- organization

@lru_cache(maxsize=1)
def _org_patterns():
    org = load_lexicon("organizations")
    alias_code: dict[str, str] = {}
    for code, aliases in org.codes.items():
        for a in aliases:
            alias_code[a] = code
    for a in org.collective:
        alias_code[a] = "ALL"
    for a in org.generic_units:
        alias_code.setdefault(a, "GENERIC")
    alias_re = regex.compile(phrase_pattern(list(alias_code)))
    joiner = "|".join(regex.escape(j).replace(r"\ ", r"\s+") for j in sorted(org.joiners, key=lambda w: (-len(w), w)))
    return {
        "alias_code": alias_code,
        "alias_re": alias_re,
        "joiner": regex.compile(rf"^(?:\s|{joiner})*$"),
        "pop": {code: _words_re(ws) for code, ws in org.populations.items()},
        "mixed": _words_re(org.mixed_populations),
        "not_actor": _words_re(org.not_actor_contexts),
        "addressee": _words_re(org.addressee_markers),
        "partner": _words_re(org.counted_partners),
        "respective": _words_re(org.respective_words),
        "congress": _words_re(org.congress_titles),
        "doc_ref": regex.compile(phrase_pattern(load_lexicon("exclusions").document_words[:18])),
        "cited_issuer": regex.compile(r"(?<![\p{L}])của\s+(?:(?:" + _alternation(org.cited_issuer_bodies) + r")\s+)?$"),
        "coverage": regex.compile(r"(?<![\p{L}])(?:" + _alternation(org.coverage_words) + r")\s+"),
    }


def _norm_alias(s: str) -> str:
    return _RX_DASH.sub(" - ", _RX_COMMA.sub(",", _RX_SPACES.sub(" ", s)))


def _org_groups(ctx: Context, s: int, e: int) -> list[list[str]]:
    """Groups of organization codes in low[s:e]; mentions joined by ',', 'và',
    'mỗi' ... form one group (one subject)."""
    P = _org_patterns()
    mentions = []
    for m in P["alias_re"].finditer(ctx.low, s, e):
        alias = _norm_alias(m.group(1))
        code = P["alias_code"].get(alias)
        if code is None:
            code = next((c for a, c in P["alias_code"].items() if _norm_alias(a) == alias), None)
        if code is None:
            continue
        if m.start() > 0 and ctx.low[m.start() - 1] in "-/":
            continue  # part of a document symbol: "QĐ-UBND"
        # the issuer of a cited document is not an actor: "Đề án số 02 của BTV Tỉnh ủy"
        pre = ctx.low[max(s, m.start() - 45):m.start()]
        if P["cited_issuer"].search(pre) and (
                P["doc_ref"].search(pre) or regex.search(r"\d", pre)):
            continue
        mentions.append((m.start(), m.end(), code))
    groups: list[list[tuple[int, int, str]]] = []
    for men in mentions:
        if groups and P["joiner"].match(ctx.low[groups[-1][-1][1]:men[0]]):
            groups[-1].append(men)
        else:
            groups.append([men])
    return [[c for _, _, c in g] for g in groups], [(g[0][0], g[-1][1]) for g in groups]


def _resolve_group(codes: list[str]) -> list[str]:
    if "ALL" in codes or "GENERIC" in codes:
        return ["ALL"]
    out = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def _first_group(ctx: Context, s: int, e: int) -> list[str]:
    groups, _ = _org_groups(ctx, s, e)
    return _resolve_group(groups[0]) if groups else []


@component("organization")
def find_organizations(ctx: Context) -> None:
    """Who must reach each value: the clause's subject, the organizations in
    what is counted, the subject of earlier clauses, a lead-in, a heading,
    or who the counted people are."""
    P = _org_patterns()
    congress = bool(ctx.title_text and P["congress"].search(ctx.title_text))
    ctx.quantities.sort(key=lambda q: q.start)
    for q in ctx.quantities:
        q.orgs, q.org_source = [], ""
        # "Hội Nông dân đạt 85%, Hội Phụ nữ đạt 88%": a subject named in the
        # value's own stretch of the clause wins over the clause's first one
        tries: list[tuple[str, Callable[[], list[str]]]] = [
            ("subject", lambda: _first_group(ctx, *_stretch_before(ctx, q))),
            ("subject", lambda: _first_group(ctx, q.clause.start, q.start)),
            ("counted", lambda: _counted_orgs(ctx, q)),
        ]
        tries += [("previous", (lambda c=c: _first_group(ctx, c.start, c.end))) for c in _clauses_before(q)]
        if q.block.marker:
            tries += [("sentence", (lambda r=r: _first_group(ctx, *r))) for r in _prev_sentences(q)]
        tries += [("lead_in", (lambda r=r: _first_group(ctx, *r))) for r in _lead_in_ranges(ctx, q)]
        tries += [("addressee", (lambda r=r: _first_group(ctx, *r) if P["addressee"].search(ctx.low, *r) else []))
                  for r in _heading_ranges(ctx, q)]
        for source, fn in tries:
            found = fn()
            if found:
                q.orgs, q.org_source = found, source
                break
        if not q.orgs:
            pop = _population_org(ctx, q)
            if pop == "MIXED":
                q.org_source = "mixed"
                continue
            if pop:
                q.orgs, q.org_source = [pop], "population"
        # a congress document speaks for the Party wherever no actor is named;
        # its topic headings ("xây dựng Đảng và hệ thống chính trị") are not actors
        if not q.orgs and congress:
            q.orgs, q.org_source = ["PARTY"], "congress"
        if not q.orgs:
            for r in _heading_ranges(ctx, q):
                found = _first_group(ctx, *r)
                if found:
                    q.orgs, q.org_source = found, "heading"
                    break
    # "Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh lần lượt đạt 85%, 88% và 98%": pair them in order
    by_clause: dict[int, list[Quantity]] = {}
    for q in ctx.quantities:
        by_clause.setdefault(id(q.clause), []).append(q)
    for qs in by_clause.values():
        orgs = qs[0].orgs
        if len(orgs) > 1 and len(qs) == len(orgs) and all(x.orgs == orgs for x in qs) \
                and P["respective"].search(ctx.low, qs[0].clause.start, qs[0].start):
            for x, code in zip(qs, orgs):
                x.orgs = [code]
    # values joined in one clause share who they are for ("100% cán bộ ... và 90% đoàn viên, hội viên")
    for q in ctx.quantities:
        if not q.orgs and q.org_source != "mixed":
            sib = [x for x in ctx.by_block[q.block.index] if x.clause is q.clause and x.orgs and x.org_source == "population"
                   and regex.search(r"(?<![\p{L}])và(?![\p{L}])", ctx.low[min(x.end, q.end):max(x.start, q.start)])]
            if sib:
                q.orgs, q.org_source = sib[0].orgs, "sibling"


def _counted_orgs(ctx: Context, q: Quantity) -> list[str]:
    """Organizations named in what is counted ("cán bộ chủ chốt Mặt trận ...")
    or in a coverage predicate ("doanh nghiệp ... có tổ chức công đoàn")."""
    nxt = min([x.start for x in ctx.by_block[q.block.index] if x.start > q.start] + [q.clause.end])
    if q.counted:
        i = ctx.norm.text.find(q.counted, q.end, nxt)
        if i >= 0:
            end = i + len(q.counted)
            partner = _org_patterns()["partner"].search(ctx.low, i, end)
            found = _first_group(ctx, i, partner.start() if partner else end)
            if found:
                return found
    m = _org_patterns()["coverage"].search(ctx.low, q.end, nxt)
    if m:
        groups, spans = _org_groups(ctx, m.end(), nxt)
        if groups and spans[0][0] - m.end() <= 1:
            return _resolve_group(groups[0])
    return []


def _population_org(ctx: Context, q: Quantity) -> Optional[str]:
    P = _org_patterns()
    c = fold(q.counted)
    if not c:
        return None
    if P["mixed"].search(c):
        return "MIXED"
    for code, rx in P["pop"].items():
        if rx.search(c):
            if code == "PARTY" and P["not_actor"].search(ctx.low, q.clause.start, q.clause.end):
                continue  # "kết nạp 150 đảng viên": the members are admitted, not acting
            return code
    return None


# ---------------------------------------------------------------- kind

@lru_cache(maxsize=1)
def _kind_patterns():
    k = load_lexicon("kinds")
    out = {name: _words_re(getattr(k, name)) for name in ("result", "target", "budget", "not_budget")}
    out["result_counted"] = _starts_with(k.result_counted)
    out["result_heading"] = _words_re(k.result_headings)
    out["target_heading"] = _words_re(k.target_headings)
    out["weak_result"] = _words_re(k.weak_result)
    return out


@component("kind")
def find_kind(ctx: Context) -> None:
    """Target, reported result, or budget line: cue words in the clause, then
    in what governs it; values with no cue follow the document's majority."""
    P = _kind_patterns()
    undecided = []
    votes = {"target": 0, "result": 0}
    for q in ctx.quantities:
        own = (q.clause.start, q.clause.end)
        ranges = [own] + [(c.start, c.end) for c in _clauses_before(q)] + _lead_in_ranges(ctx, q) + _heading_ranges(ctx, q)
        if q.denominator is not None and q.unit in ("percent", "vnd", "usd"):
            q.kind = "result"  # "45.799/36.875 tỷ đồng": achieved/target
            continue
        if q.unit in ("vnd", "usd") and not P["not_budget"].search(ctx.low, *own):
            if any(P["budget"].search(ctx.low, *r) for r in ranges):
                q.kind = "budget"
                continue
        if q.unit == "percent" and P["result_counted"].match(fold(q.counted)):
            q.kind = "result"
            votes["result"] += 1
            continue
        decided = None
        for r in ranges:
            res, tgt = P["result"].search(ctx.low, *r), P["target"].search(ctx.low, *r)
            if res and (not tgt or res.start() < tgt.start()):
                decided = "result"
            elif tgt:
                decided = "target"
            if decided:
                break
        if not decided:
            for r in _heading_ranges(ctx, q):  # "I. KẾT QUẢ THỰC HIỆN", "II. PHƯƠNG HƯỚNG ..."
                res, tgt = P["result_heading"].search(ctx.low, *r), P["target_heading"].search(ctx.low, *r)
                if res or tgt:
                    decided = "result" if res and (not tgt or res.start() < tgt.start()) else "target"
                    break
        if not decided and P["weak_result"].search(ctx.low, *own):
            decided = "result"
        if decided:
            q.kind = decided
            votes[decided] += 1
        else:
            undecided.append(q)
    default = "result" if votes["result"] > votes["target"] else "target"
    for q in undecided:
        q.kind = default


# ---------------------------------------------------------------- time

@lru_cache(maxsize=1)
def _time_patterns():
    t = load_lexicon("time")
    freq = {w: k for k, ws in t.frequency.items() for w in ws}
    y = r"((?:19|20)\d{2})"
    period_w = _alternation(t.period_words)
    to_w = _alternation(t.period_joiners)
    dead_w = _alternation(t.deadline_words)
    prefix_w = _alternation(t.period_year_prefix)
    single_w = _alternation(t.single_year_words)
    return {
        "freq_words": freq,
        "freq": regex.compile(phrase_pattern([w for w in freq if not w.startswith("/")]) + "|(" +
                              "|".join(regex.escape(w) for w in freq if w.startswith("/")) + ")"),
        "period": regex.compile(
            rf"(?:(?<![\p{{L}}])(?:{period_w})\s+)?{y}\s*(?:{to_w})\s*(?:(?:{prefix_w})\s+)?{y}"
            rf"|(?<![\p{{L}}])(?:{period_w})\s+{y}\s*-\s*(\d{{2}})(?!\d)"),
        "deadline": regex.compile(rf"(?<![\p{{L}}])(?:{dead_w})\s+{y}(?!\s*-\s*\d)"),
        "term_end": _words_re(t.term_end_words),
        "single": regex.compile(rf"(?<![\p{{L}}])(?:{single_w})\s+{y}(?![\d/])"),
        "not_single": _ends_with(t.not_single_year),
        "term": regex.compile(rf"(?:{_alternation(t.term_words)})\s+{y}\s*-\s*{y}"),
    }


def _periods(ctx: Context, s: int, e: int):
    P = _time_patterns()
    out = []
    for m in P["period"].finditer(ctx.low, s, e):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(2))
        else:
            a = int(m.group(3))
            b = (a // 100) * 100 + int(m.group(4))
        if a < b <= a + 30:
            out.append(((a, b), m.start(), m.end()))
    return out


def _deadline(ctx: Context, s: int, e: int, masked: list[tuple[int, int]]) -> Optional[int]:
    P = _time_patterns()
    for m in P["deadline"].finditer(ctx.low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue
        return int(m.group(1))
    return None


def _frequency(ctx: Context, s: int, e: int) -> Optional[str]:
    P = _time_patterns()
    m = P["freq"].search(ctx.low, s, e)
    if not m:
        return None
    w = _RX_SPACES.sub(" ", m.group(0))
    return P["freq_words"].get(w)


def _single_year(ctx: Context, s: int, e: int, masked) -> Optional[int]:
    P = _time_patterns()
    for m in P["single"].finditer(ctx.low, s, e):
        if any(a <= m.start() < b for a, b in masked):
            continue
        if P["not_single"].search(ctx.low, max(0, m.start() - 15), m.start()):
            continue
        return int(m.group(1))
    return None


def _sentence_opening(ctx: Context, q: Quantity) -> list[tuple[int, int]]:
    """"Phấn đấu đến năm 2025, X đạt 85%; Y đạt 90%": the opening of the
    sentence, up to its first comma, frames every clause after it."""
    if q.clause_index == 0:
        return []
    first = q.block.sentences[q.sentence_index].clauses[0]
    comma = ctx.low.find(",", first.start, first.end)
    if comma < 0 or any(first.start <= x.start < comma for x in ctx.quantities):
        return []
    # a frame stands before the subject: "Hội Cựu chiến binh hằng năm có 95% ..." is not one
    return [] if _first_group(ctx, first.start, comma) else [(first.start, comma)]


def _single_years(ctx: Context, s: int, e: int) -> list[int]:
    """Every single year stated in low[s:e] (not a bound, not inside a frame)."""
    P = _time_patterns()
    return [int(m.group(1)) for m in P["single"].finditer(ctx.low, s, e)
            if not P["not_single"].search(ctx.low, max(0, m.start() - 15), m.start())]


@component("time")
def find_time(ctx: Context) -> None:
    """Deadline year, period and frequency, from the clause outwards."""
    title_period, title_years = None, []
    for r in _title_range(ctx):
        ps = _periods(ctx, *r)
        if ps:
            title_period = ps[0][0]
            break
        y = _single_year(ctx, *r, [])
        if y and not _deadline(ctx, *r, []):
            title_years = sorted(set(title_years + _single_years(ctx, *r)))
    if len(title_years) == 1:
        title_period = (title_years[0], title_years[0])
    for q in ctx.quantities:
        own = (q.clause.start, q.clause.end)
        prev = _subject_scope(ctx, q)
        inherited = [(c.start, c.end) for c in _clauses_before(q) if c.lead_in] + _lead_in_ranges(ctx, q)[len(_sentence_lead_ins(q)):]
        headings = _heading_ranges(ctx, q)
        chain = [own] + prev + _sentence_opening(ctx, q) + inherited + headings
        # period
        period, single, deadline, freq = None, None, None, None
        for r in chain:
            ps = _periods(ctx, *r)
            if ps:
                period = ps[0][0]
                break
        for r in chain:
            masked = [(a, b) for _, a, b in _periods(ctx, *r)]
            d = _deadline(ctx, *r, masked)
            if d:
                deadline = (d, r)
                break
            if _time_patterns()["term_end"].search(ctx.low, *r):
                term = _time_patterns()["term"].search(ctx.low)
                if term:
                    deadline = (int(term.group(2)), r)
                    break
        for r in [own] + prev + [(c.start, c.end) for c in _clauses_before(q) if c.lead_in] + headings:
            y = _single_year(ctx, *r, [(a, b) for _, a, b in _periods(ctx, *r)])
            if y:
                single = y
                break
        for r in chain:
            f = _frequency(ctx, *r)
            if f:
                freq = (f, r)
                break
        q.period = period or title_period
        if q.period is None and len(title_years) > 1:
            # "Báo cáo kết quả ... năm 2023, phương hướng nhiệm vụ năm 2024":
            # results belong to the earlier year, targets and budgets to the later
            y = title_years[0] if q.kind == "result" else title_years[-1]
            q.period = (y, y)
        if single:
            if q.kind == "target" and q.period and q.period[0] <= single <= q.period[1] and q.period[0] != q.period[1]:
                deadline = deadline or (single, own)
            else:
                q.period = (single, single)
        if deadline:
            q.deadline_year = deadline[0]
            if q.period and q.period[0] == q.period[1] and q.period[1] < deadline[0] and not single:
                q.period = None  # a one-year frame does not hold a later deadline
            if q.kind != "target":
                q.period = q.period if q.period else (deadline[0], deadline[0])
                q.deadline_year = None
        if freq:
            own_deadline = deadline is not None and deadline[1] == own
            if not (own_deadline and freq[1] != own):
                q.frequency = freq[0]


# ---------------------------------------------------------------- level

@lru_cache(maxsize=1)
def _level_patterns():
    lv = load_lexicon("levels")
    return {name: _words_re(getattr(lv, name)) for name in ("all", "province", "district", "commune")}, _words_re(lv.not_level)


def _levels_in(ctx: Context, s: int, e: int) -> set[str]:
    """Level names found in low[s:e]; of overlapping words the longest wins
    ("cấp thị xã" is a district, not the "xã" inside it)."""
    P, not_level = _level_patterns()
    masked = [(m.start(), m.end()) for m in not_level.finditer(ctx.low, s, e)]
    hits = []
    for name, rx in P.items():
        for m in rx.finditer(ctx.low, s, e, overlapped=True):
            if not any(a <= m.start() < b for a, b in masked):
                hits.append((m.start(), m.end(), name))
    hits.sort(key=lambda h: h[0] - h[1])
    kept: list[tuple[int, int, str]] = []
    for h in hits:
        if not any(h[0] < k[1] and k[0] < h[1] for k in kept):
            kept.append(h)
    return {name for _, _, name in kept}


def _counted_span(ctx: Context, x: Quantity) -> Optional[tuple[int, int]]:
    """Where the value's counted phrase is written, if it has one."""
    i = ctx.norm.text.find(x.counted, x.end, x.clause.end) if x.counted else -1
    return (i, i + len(x.counted)) if i >= 0 else None


def _stretch_before(ctx: Context, q: Quantity) -> tuple[int, int]:
    """From the previous value of the clause (past what it counts) to this one."""
    before = [x for x in ctx.quantities if x.clause is q.clause and x.end <= q.start]
    if not before:
        return (q.clause.start, q.start)
    prev = max(before, key=lambda x: x.start)
    end = max((_counted_span(ctx, prev) or (0, prev.end))[1], prev.end)
    return (min(end, q.start), q.start)


def _own_ranges(ctx: Context, q: Quantity) -> list[tuple[int, int]]:
    """Where a clause speaks of this value and no other: what it counts, the
    stretch since the previous value, the clause's opening before its first
    value (a subject all its values share), and for the clause's last value
    what follows it. A level word next to one value ("95% chi hội đạt ...,
    97% gia đình hội viên ...") is not the other values' level."""
    same = sorted((x for x in ctx.quantities if x.clause is q.clause), key=lambda x: x.start)
    out = []
    own = _counted_span(ctx, q)
    if own:
        out.append(own)
    out.append(_stretch_before(ctx, q))
    if same and same[0] is not q:
        out.append((q.clause.start, same[0].start))
    if same and same[-1] is q:  # "đạt 90% trở lên ở cấp xã": the rest of the clause is its own
        out.append((q.end, q.clause.end))
    return out


@component("level")
def find_level(ctx: Context) -> None:
    """Administrative scope stated next to the value, in its clause's shared
    opening, its subject's clauses, its lead-in or heading."""
    for q in ctx.quantities:
        # of earlier clauses of the same subject, only the part before their
        # own values: the subject, not what those values count
        prev = []
        for s, e in _subject_scope(ctx, q):
            first = min((x.start for x in ctx.quantities if s <= x.start < e), default=e)
            prev.append((s, first))
        for r in _own_ranges(ctx, q) + prev + _lead_in_ranges(ctx, q) + _heading_ranges(ctx, q):
            found = _levels_in(ctx, *r)
            if found:
                q.level = "all" if ("all" in found or len(found) > 1) else found.pop()
                break


# ---------------------------------------------------------------- indicator

@lru_cache(maxsize=1)
def _indicator_rules():
    rules = []
    for r in load_lexicon("indicators").rules:
        rules.append((r.key, _words_re(r.any), _words_re(r.with_) if r.with_ else None,
                      _words_re(r.not_with) if r.not_with else None, r.money))
    return rules


@component("indicator")
def find_indicator(ctx: Context) -> None:
    """Indicator key from the lexicon's rules: the value's own phrase first,
    then its clause, then what governs it."""
    # words inside parentheses are asides ("(ở những nơi có tổ chức công đoàn)")
    low = regex.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), ctx.low)
    for q in ctx.quantities:
        if q.kind == "budget":
            q.indicator = "funding"
            continue
        # the value's own stretch first (up to the next value of the clause),
        # so one value's words do not name the indicator of the one before
        nxt = min((x.start for x in ctx.quantities if x.clause is q.clause and x.start > q.start),
                  default=q.clause.end)
        ranges = [(q.start, nxt), (q.start, q.clause.end), (q.clause.start, q.clause.end)] + [(c.start, c.end) for c in _clauses_before(q)] \
            + _lead_in_ranges(ctx, q) + _heading_ranges(ctx, q)[:1]
        q.indicator = "other"
        done = False
        for r in ranges:
            for key, any_rx, with_rx, not_rx, money in _indicator_rules():
                if money and q.unit not in ("vnd", "usd"):
                    continue
                if not any_rx.search(low, *r):
                    continue
                if with_rx is not None and not (with_rx.search(low, *r) or with_rx.search(fold(q.counted))):
                    continue
                if not_rx is not None and not_rx.search(fold(q.counted)):
                    continue
                q.indicator, done = key, True
                break
            if done:
                break


# ---------------------------------------------------------------- assembly

def extract_targets(doc: Document) -> list[Target]:
    """Run every component over a document and build its target records.

    >>> from pipeline.read import document_from_text
    >>> ts = extract_targets(document_from_text("Hội Nông dân, Đoàn Thanh niên đạt 90% trở lên."))
    >>> [(t.org, t.value, t.comparator) for t in ts]
    [('HND', 90.0, '>='), ('DTN', 90.0, '>=')]
    """
    norm = normalize(doc.text)
    ctx = Context(doc=doc, norm=norm, low=fold(norm.text), structure=parse(norm.text))
    ctx.title_text = " ".join(ctx.low[s:e] for s, e in _title_range(ctx))
    for name in PIPELINE:
        COMPONENTS[name](ctx)
    out: list[Target] = []
    for q in ctx.quantities:
        s, e = norm.to_original(q.start, q.end)
        quote_s, quote_e = norm.to_original(q.clause.start, q.clause.end)
        for org in (q.orgs or [None]):
            out.append(Target(
                doc_id=doc.id, span=(s, e), value=q.value, value_max=q.value_max, denominator=q.denominator,
                change=q.change, unit=q.unit, comparator=q.comparator or "=", org=org, indicator=q.indicator,
                counted=q.counted or None, deadline_year=q.deadline_year, period=q.period, frequency=q.frequency,
                level=q.level, kind=q.kind, quote=doc.text[quote_s:quote_e].strip(), section=q.block.section,
            ))
    return out
