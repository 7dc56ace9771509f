"""Component ``quantities``: every number mention with its unit, as a candidate.

"90%", "01", "21/21", "4.991 triệu đồng", "8 - 12", and small numbers written
as words after a bound ("ít nhất một buổi"). Which candidates are not values
(dates, document numbers, numbering ...) is decided by ``exclusions``.
"""
from __future__ import annotations

from dataclasses import replace

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

import regex

from pipeline.extract.base import Context, Quantity
from pipeline.lexicon import alternation, compile_pattern, load_lexicon, words_re
from pipeline.structure import Block
from pipeline.values import parse_number, unit_of

# Vietnamese numbers: "." groups thousands, "," is the decimal mark
# (ASCII digits only: other scripts' digits are no Vietnamese numbers, and some
# that the regex module knows, Python's float() does not)
_NUM = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?"


@lru_cache(maxsize=1)
def quantity_re() -> regex.Pattern:
    """The mention pattern: number, optional unit, optional range or "/total"."""
    units = load_lexicon("units")
    pct = alternation(units.percent_signs)
    mult = alternation(units.multipliers)
    cur = alternation(units.currencies)
    # a currency word must not begin another word: "01 đồng chí" is a person
    notcur = alternation(units.not_currency)
    cur_word = rf"(?!(?:{notcur})(?![\p{{L}}]))(?:{cur})(?![\p{{L}}])"
    notmult = alternation(units.not_multiplier)
    mult_word = rf"(?!(?:{notmult})(?![\p{{L}}]))(?:{mult})"
    unit = rf"(?:\s*(?:{pct})|\s*{mult_word}(?:\s+{cur_word})?(?![\p{{L}}])|\s*{cur_word})"
    joiner = alternation(units.range_joiners)
    per_time = alternation(units.per_time_nouns or ["(?!)"])
    return regex.compile(
        # "(?=\d)" first: the regex module then jumps from digit to digit instead of trying
        # the lookbehind at every character (about 10x faster on running text)
        rf"(?=\d)(?<![\p{{L}}\p{{N}}.,/])(?P<a>{_NUM})(?P<ua>{unit})?"
        rf"(?:\s*(?P<rsep>{joiner})\s*(?P<b>{_NUM})(?![\p{{N}}/])"
        # (not a length of time: "96 tỷ đồng/5 năm" is over five years)
        rf"|\s*/\s*(?P<d>{_NUM})(?!\s*/\s*\d)(?!\s*(?:{per_time})(?![\p{{L}}]))(?P<ud>{unit})?)?"
        # (a footnote mark may stick to a percent sign: "dưới 24%1")
        rf"(?P<u>{unit})?(?:(?<=%)|(?![\p{{N}}]))"
    )


def table_row(ctx: Context, s: int, e: int) -> Optional[tuple[list[tuple[int, int]], int]]:
    """For a number that fills a cell of a table row ("a | b | c", as Word
    tables are read): the row's cells and the number's cell index."""
    low = ctx.low
    start, end = ctx.line(s)
    if start not in ctx.table_rows:  # each line is split once
        cells, pos = [], start
        if low.count(" | ", start, end) >= 2:
            for part in low[start:end].split(" | "):
                cells.append((pos, pos + len(part)))
                pos += len(part) + 3
        ctx.table_rows[start] = cells or None
    cells = ctx.table_rows[start]
    if cells is None:
        return None
    i = bisect_right([a for a, _ in cells], s) - 1
    a, b = cells[i]
    if a <= s and e <= b:
        text = low[a:b].strip().rstrip(".")
        mention = low[s:e].strip().rstrip(".")
        # the cell holds the value alone, or after a bound: "≥ 70", "tối thiểu 85"
        alone = text == mention or (text.endswith(mention) and _bound_re().fullmatch(text[:-len(mention)]))
        return (cells, i) if alone else None
    return None


@lru_cache(maxsize=1)
def _bound_re() -> regex.Pattern:
    return compile_pattern(rf"\s*(?:{alternation(load_lexicon('comparators').before)})\s*")


def _column_unit(low: str, cells: list[tuple[int, int]]) -> Optional[tuple[str, float]]:
    """A cell of the row that is only a unit ("%", "triệu đồng") gives it to the number."""
    for a, b in reversed(cells):
        text = low[a:b].strip()
        if text and len(text) <= 20:
            unit, mult = unit_of(text)
            if unit != "count":
                return unit, mult
    return None


_CELL_LINES = 3  # a unit's line, then the row's values, one a line


def _unit_line_above(ctx: Context, s: int, e: int) -> Optional[tuple[str, float]]:
    """The unit of a number alone on its line (after a bound: "Khoảng 6,5", "Trên 90") from the
    line just above it that holds only a unit ("%", "USD", "tỷ đồng"), past the row's other values:
    a table whose cells were read one a line."""
    low = ctx.low
    start, end = ctx.line(s)
    text = low[start:end].strip()
    mention = low[s:e].strip()
    if not (text == mention or text.endswith(mention) and _bound_re().fullmatch(text[:-len(mention)])) or start == 0:
        return None
    for _ in range(_CELL_LINES):
        start, end = ctx.line(start - 1)
        while start > 0 and not low[start:end].strip():  # (blank lines between the cells)
            start, end = ctx.line(start - 1)
        above = low[start:end].strip()
        if not above or len(above) > _UNIT_CELL:
            return None
        unit, mult = unit_of(above)
        if unit != "count":
            return unit, mult
        if not quantity_re().fullmatch(_bound_re().sub("", above, count=1).strip()):
            return None  # a word, not the row's other value: no unit column
    return None


_UNIT_CELL = 20  # a cell that is only a unit is short


@lru_cache(maxsize=1)
def _spelled_re() -> regex.Pattern:
    units, comp = load_lexicon("units"), load_lexicon("comparators")
    bounds = [w for w, op in comp.before.items() if op in (">=", "<=") and len(w) > 3]
    # "[^\W\d_]" is a letter in the syntax of both regex engines ("\p{L}" is not in re's)
    return compile_pattern(rf"(?<![\p{{L}}])(?:{alternation(bounds + units.spelled_after)})\s+(?P<n>{alternation(units.number_words)})"
                           rf"(?=\s+[^\W\d_])(?!\s+\d)")


_WRITTEN_IN_FULL = 1_000_000  # a numerator this large is written out, not in the multiplier's units


def _unlisted(rx: regex.Pattern, low: str, start: int, end: int):
    """The mention matches in low[start:end], with a "range" that goes down split into its
    values: "tương ứng 41,5% - 30,2% - 28,3%" lists one share per sector; a range never falls."""
    for m in rx.finditer(low, start, end):
        hi = m.group("b")
        # (each value written with its unit: "30-7", "2021-08" are dates, read by the exclusions)
        if m.group("rsep") and hi and m.group("ua") and parse_number(hi) < parse_number(m.group("a")):
            yield rx.match(low, m.start(), m.end("ua"))
            yield from _unlisted(rx, low, m.start("b"), end)
            return
        yield m


def _numeric(ctx: Context, b: Block) -> list[Quantity]:
    rx = quantity_re()
    low = ctx.low
    out = []
    for si, sent in enumerate(b.sentences):
        for ci, cl in enumerate(sent.clauses):
            for m in _unlisted(rx, low, cl.start, cl.end):
                s, e = m.start(), m.end()
                while e > s and low[e - 1].isspace():  # trailing spaces of a unit alternative
                    e -= 1
                unit_text = m.group("u") or m.group("ud") or m.group("ua") or ""
                unit, mult = unit_of(unit_text)
                a = parse_number(m.group("a"))
                row = table_row(ctx, s, e)
                if row is not None:
                    cells, i = row
                    if i == 0 and m.group("b") is None and m.group("d") is None and a < 1000:
                        continue  # "1 | Tỷ lệ tập hợp ... | % | 85": the row's number
                    if not unit_text and unit == "count":  # "... | % | 85": the unit has a column
                        unit, mult = _column_unit(low, cells[:i]) or (unit, mult)
                elif not unit_text:  # a table read one cell a line: "Tỷ lệ ...\n%\nKhoảng 66\nKhoảng 66"
                    unit, mult = _unit_line_above(ctx, s, e) or (unit, mult)
                hi = parse_number(m.group("b")) * mult if m.group("b") else None
                den = parse_number(m.group("d")) * mult if m.group("d") else None
                # (an amount written in full against one in words: "14.714.669.968/9,5 tỷ đồng")
                whole = a if den is not None and mult > 1 and a >= _WRITTEN_IN_FULL else a * mult
                out.append(Quantity.found(start=s, end=e, value=whole, value_max=hi, denominator=den, unit=unit,
                                          clause=cl, sentence_index=si, clause_index=ci, block=b,
                                          is_range=bool(m.group("rsep")) and hi is not None, match=m, table_row=row))
    return out


def _words_as_values(ctx: Context, b: Block, rx: regex.Pattern, group, values: dict, unit: str,
                     **fields) -> list[Quantity]:
    """Values written as words, found by ``rx`` in every clause: the ``group`` of a match
    is looked up in ``values`` (spaces made single)."""
    out: list[Quantity] = []
    clauses = [cl for sent in b.sentences for cl in sent.clauses]
    if not clauses or rx.search(ctx.low, clauses[0].start, clauses[-1].end) is None:
        return out  # (most paragraphs have none: one search instead of one per clause)
    for si, sent in enumerate(b.sentences):
        for ci, cl in enumerate(sent.clauses):
            for m in rx.finditer(ctx.low, cl.start, cl.end):
                out.append(Quantity.found(start=m.start(group), end=m.end(group),
                                          value=float(values[regex.sub(r"\s+", " ", m.group(group))]),
                                          value_max=None, denominator=None, unit=unit, clause=cl,
                                          sentence_index=si, clause_index=ci, block=b, **fields))
    return out


def _spelled(ctx: Context, b: Block) -> list[Quantity]:
    """Small numbers written as words where a bound makes them a value ("ít nhất một buổi")."""
    return _words_as_values(ctx, b, _spelled_re(), "n", load_lexicon("units").number_words, "count")


@lru_cache(maxsize=1)
def _idiom_re() -> regex.Pattern:
    return words_re(list(load_lexicon("units").digit_idioms))


def _idioms(ctx: Context, b: Block) -> list[Quantity]:
    """A rate named by its number of digits: "tăng trưởng 2 con số" is 10% or more."""
    return _words_as_values(ctx, b, _idiom_re(), 1, load_lexicon("units").digit_idioms, "percent",
                            comparator=">=", comparator_source="idiom")


@lru_cache(maxsize=1)
def _compound_parts() -> tuple[regex.Pattern, regex.Pattern]:
    """A money amount's large part ("60 tỷ", a money multiplier) and the smaller part after it
    ("894 triệu đồng", a multiplier below a billion)."""
    units = load_lexicon("units")
    small = [w for w, n in units.multipliers.items() if n < 10 ** 9]
    return (regex.compile(rf"(?:{alternation(units.money_multipliers)})\s*$"),
            regex.compile(rf"\d[\d.,]*\s*(?:{alternation(small)})(?![\p{{L}}])"))


def _compounds(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """An amount written in two parts is one value: "60 tỷ 894 triệu đồng" is 60,894 tỷ đồng."""
    large, small = _compound_parts()
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == q.unit == "vnd" and prev.clause is q.clause \
                and prev.value_max is None and q.value_max is None and prev.denominator is None \
                and large.search(ctx.low, prev.start, prev.end) and not ctx.low[prev.end:q.start].strip() \
                and small.match(ctx.low, q.start, q.end) and q.value < 1e9:
            out[-1] = replace(q, start=prev.start, value=prev.value + q.value)
            continue
        out.append(q)
    return out


@lru_cache(maxsize=1)
def _bare_money_parts() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A multiplier closing a figure, nothing counted after it, and the words that name money."""
    units = load_lexicon("units")
    small = [w for w, n in units.multipliers.items() if n < 10 ** 9]
    return (regex.compile(rf"(?:{alternation(small)})\s*$"), regex.compile(r"\s*(?:[^\s\p{L}\d]|$)"),
            regex.compile(rf"(?<![\p{{L}}])(?:{alternation(units.money_nouns or ['(?!)'])})(?![\p{{L}}])"))


def _bare_money(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """"quỹ Đồng đội được 215 triệu đồng, quỹ đền ơn đáp nghĩa được trên 57 triệu", "thu nhập bình
    quân đầu người đạt 72 triệu;": a figure closed by "triệu" with nothing counted after it is money
    when its clause tells money, by another amount or by what it measures."""
    closed, nothing_after, money_words = _bare_money_parts()
    out = []
    for i, q in enumerate(found):
        if q.unit == "count" and closed.search(ctx.low, q.start, q.end) and nothing_after.match(ctx.low, q.end):
            prev_end = max((x.end for x in found[:i] if x.clause is q.clause), default=q.clause.start)
            money = any(x.unit in ("vnd", "usd") and x.clause is q.clause for x in found) \
                or money_words.search(ctx.low, prev_end, q.start)
            if money:
                q = replace(q, unit="vnd")
        out.append(q)
    return out


def find_quantities(ctx: Context) -> None:
    """Every number mention of every clause, as candidates.

    >>> from pipeline.extract import run
    >>> [q.value for q in run("Kết nạp 1.500 hội viên, đạt 90%.", until="quantities").candidates]
    [1500.0, 90.0]
    """
    ctx.candidates = []
    for b in ctx.structure.blocks:
        idioms = _idioms(ctx, b)
        numeric = _bare_money(ctx, _compounds(ctx, [q for q in _numeric(ctx, b) if not any(i.start <= q.start < i.end for i in idioms)]))
        ctx.candidates += numeric + _spelled(ctx, b) + idioms
