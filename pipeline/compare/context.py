"""Where each record stands in its document, read once per document.

For a record the comparison needs the words of its clause, weighed by their
distance from its figure (a long sentence of a national decision mentions much
besides what the figure measures), above all the stretches right before and
after it ("phấn đấu *tăng trưởng kinh tế* cả năm 2025 đạt trên 8%", "01 *cuộc
giám sát* và 01 *hội nghị phản biện xã hội*"), and the lead-in or heading that
governs it. Figures of one clause share its words: in "đến năm 2025 có 70% và
đến năm 2030 có 90% Ban công tác Mặt trận ... ứng dụng công nghệ thông tin"
both measure the same thing, and time and value tell them apart.

Offsets: records index the original text; structure works on the normalized
text, so spans are mapped through :class:`pipeline.normalize.NormalizedText`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from pipeline.compare.terms import (age_band, budget_source, counted_level, head, is_annex_heading, is_ceiling,
                                    measured_words, official_text_start, says_added, says_average, unit_level)
from pipeline.lexicon import load_lexicon, words_re
from pipeline.normalize import fold, normalize
from pipeline.structure import Block, Clause, parse
from schemas import Target

#: Weights: the stretches next to the figure, the clause (at the figure, then
#: falling by 1/DECAY a word down to FAR), a governing lead-in or heading.
NEAR, CLAUSE, FAR, DECAY, LEAD = 1.5, 1.0, 0.3, 20, 0.4
#: Weight of one syllable of a word of several syllables (a partial match).
SYLLABLE = 0.5
#: Blocks a broken sentence is followed back over, and what ends a sentence.
_CARRIED_BLOCKS, _ENDS = 3, ".!?;:"
#: A figure's own stretch ends at a comma, a bracket or a dash (for the head noun).
_CHUNK = regex.compile(r"[,;:()\[\]–—]|\s-\s")


@dataclass(frozen=True)
class Reading:
    """What one record measures, as read from its document."""

    terms: dict[str, float]  # term → weight (idf applied later)
    head: Optional[str]
    ceiling: bool = False  # "giảm xuống còn 3%": a bare figure that is a ceiling
    annex: bool = False  # in an annex or a table row: a restatement
    source: Optional[str] = None  # who pays, for a budget line
    words: frozenset[str] = frozenset()  # the measured words themselves (terms also hold syllables)
    unit_level: Optional[str] = None  # "mỗi xã ...": set for each unit of this level, not a total
    preface: bool = False  # before the official text (a web page's summary of it): a restatement
    figure: str = ""  # the figure as a term ("=percent 6.24"): weighed by its rarity like a word
    core: frozenset[str] = frozenset()  # the words right next to the figure but its counted phrase
    title: bool = False  # in the document's title lines (a news headline): a restatement of its text
    counts: Optional[str] = None  # the level of the administrative units it counts ("90% số xã": commune)
    average: bool = False  # "tăng bình quân 7%": an average over the years, a yearly pace
    added: bool = False  # "phát triển 5.000 hội viên": an amount added by its verb
    band: Optional[str] = None  # the age band it counts ("độ tuổi 15 - 60" is "tuổi 15-60")
    # the list it is an item of (its sentence, or the lead-in its item hangs from): a document
    # does not restate a target among the items of one list
    siblings: Optional[tuple[str, int]] = None
    # the total a count is a part of, from the count out of a total before it in its sentence
    # ("nâng tổng số xã đạt chuẩn lên 131/160 xã; trong đó có 52 xã đạt chuẩn nâng cao": 160)
    total: Optional[float] = None


def _put(terms: dict[str, float], word: str, weight: float) -> None:
    terms[word] = max(terms.get(word, 0.0), weight)
    parts = word.split()
    if len(parts) > 1:
        for p in parts:
            terms[p] = max(terms.get(p, 0.0), weight * SYLLABLE)


def _add(terms: dict[str, float], text: Optional[str], weight: float) -> None:
    for w in measured_words(text):
        _put(terms, w, weight)


def _add_by_distance(terms: dict[str, float], ws: list[str]) -> None:
    """Words in order of their distance from the figure (nearest first)."""
    for d, w in enumerate(ws):
        _put(terms, w, CLAUSE * max(FAR, 1.0 - d / DECAY))


def _shared_stretch(before: str, after: str) -> tuple[str, str]:
    """The stretches a figure that says nothing itself shares with a figure of its clause:
    in "tăng trưởng kinh tế năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên" the 10%
    measures what the 8% does; the nearest stretch before it that says something, else
    the nearest after ("đến năm 2025 có 70% và đến năm 2030 có 90% chi hội ...")."""
    for chunk in reversed(_CHUNK.split(before)):
        if measured_words(chunk):
            return chunk, ""
    for chunk in _CHUNK.split(after):
        if measured_words(chunk):
            return "", chunk
    return "", ""


def reading_from_pieces(t: Target, before: str, after: str, own_before: str, own_after: str,
                        lead: list[str], annex: bool = False, preface: bool = False,
                        bound: Optional[str] = None, title: bool = False) -> Reading:
    """A :class:`Reading` from the text around a record's figure: its clause ``before``
    and ``after`` the figure, the part of each up to the neighbouring figures
    (``own_before``, ``own_after``) and the ``lead``-ins that govern it."""
    near_before = _CHUNK.split(own_before)[-1]
    near_after = _CHUNK.split(own_after)[0]
    if not any(measured_words(x) for x in (near_before, near_after, t.counted)):
        near_before, near_after = _shared_stretch(before, after)
    terms: dict[str, float] = {}
    for text in (near_before, near_after, t.counted):
        _add(terms, text, NEAR)
    noun = head(near_after) or head(t.counted)  # count style; a rate's subject varies too much
    # what is done to what is counted: "đoàn viên, hội viên" are counted by many targets
    counted = {p for w in [*measured_words(t.counted), *([noun] if noun else [])] for p in (w, *w.split())}
    band = (age_band(t.counted) or age_band(own_before) or age_band(own_after, last=False)
            or age_band(before) or next((b for b in map(age_band, lead[::-1]) if b), None))
    if band:
        _put(terms, band, NEAR)
    core = frozenset(terms) - counted
    _add_by_distance(terms, measured_words(before)[::-1])
    _add_by_distance(terms, measured_words(after))
    for s in lead:
        _add(terms, s, LEAD)
    source = budget_source(" ".join([before, after, *lead])) if t.kind == "budget" else None
    found = frozenset(w for text in (before, after, t.counted, *lead) for w in measured_words(text))
    ceiling = is_ceiling(own_before if bound is None else bound)
    return Reading(terms, noun, ceiling, annex, source, found, unit_level(before), preface,
                   figure_term(t), core, title, counted_level(noun, near_before),
                   says_average(f"{own_before} | {near_after}"), says_added(own_before), band)


def figure_term(t: Target) -> str:
    """The figure of a record as a term: "6,24%" is "=percent 6.24"; a count out of a
    total is its share ("8/8 huyện" is "=percent 100", as "100% số huyện" is).

    >>> figure_term(Target(doc_id="d", span=(0, 3), value=8, denominator=8, unit="count", comparator="="))
    '=percent 100'
    """
    if t.unit == "count" and t.denominator:
        return f"=percent {round(100 * t.value / t.denominator, 3):g}"
    upper = f"-{t.value_max:g}" if t.value_max is not None else ""
    return f"={t.unit} {t.value:g}{upper}"


def _written(value: float) -> regex.Pattern:
    """The ways a value is written ("3", "03", "1,5", "1.500") as a pattern."""
    whole, _, frac = f"{value:.6f}".rstrip("0").rstrip(".").partition(".")
    grouped = r"\.?".join([whole[:len(whole) % 3 or 3]] + regex.findall(r"\d{3}", whole[len(whole) % 3 or 3:]))
    return regex.compile(rf"(?<![\d.,])0*{grouped}{',' + frac if frac else ''}(?![\d,])")


def reading_from_quote(t: Target) -> Reading:
    """A record read without its document (records from a .jsonl file): its quote, cut
    at the first place its value is written, and its counted phrase.

    >>> reading_from_quote(Target(doc_id="d", span=(0, 1), value=3, unit="percent", comparator="=",
    ...                           quote="Tỷ lệ hộ nghèo của xã giảm xuống còn 3%")).ceiling
    True
    """
    q = t.quote or ""
    m = _written(t.value).search(q)
    before, after = (q[:m.start()], q[m.end():]) if m else (q, "")
    return reading_from_pieces(t, before, after, before, after, [])


class DocumentContext:
    """A document's text, normalized and parsed once, to read its records from."""

    def __init__(self, text: str):
        self.text = text
        self.norm = normalize(text)
        self.structure = parse(self.norm.text)
        self.blocks = self.structure.blocks
        self._starts = [b.start for b in self.blocks]
        self.official = official_text_start(self.norm.text) or 0  # a web page's summary ends here

    def _to_norm(self, offset: int) -> int:
        return bisect_left(self.norm.starts, offset)

    def _block(self, at: int) -> Optional[Block]:
        i = bisect_right(self._starts, at) - 1
        while i >= 0:
            b = self.blocks[i]
            if b.start <= at < max(b.end, b.start + 1):
                return b
            if b.end <= at:
                return None
            i -= 1
        return None

    def _annex(self, block: Block) -> bool:
        line_start = self.norm.text.rfind("\n", 0, block.start) + 1
        line_end = self.norm.text.find("\n", block.end)
        line = self.norm.text[line_start:line_end if line_end >= 0 else len(self.norm.text)]
        if "|" in line or "\t" in line:  # a row of a table
            return True
        b: Optional[Block] = block
        while b is not None:
            if b.kind in ("heading", "title") and is_annex_heading(self.norm.text[b.start:b.end]):
                return True
            b = self.blocks[b.parent] if b.parent is not None else None
        return False

    def _leads(self, block: Block, own_start: int) -> list[str]:
        """The lead-in clauses before the record's clause in its block, and the parent block."""
        text = self.norm.text
        found = [text[c.start:c.end] for s in block.sentences for c in s.clauses
                 if c.lead_in and c.end <= own_start]
        if block.parent is not None:
            parent = self.blocks[block.parent]
            found.append(text[parent.start:parent.end][:300])
        return found[-2:]

    def _joins(self, before: Clause, after: Clause, figures: list[tuple[int, int]]) -> bool:
        """Does the clause ``before`` belong to the one after it? A lead-in governs what
        follows ("Hội Nông dân huyện: đạt 87%"); a bracket is an aside of its sentence
        ("xuống 6,24%/năm (0,52%/tháng)"); a clause without a figure names what the next
        one sets ("Lãi suất cho vay hộ nghèo; cho vay học sinh ... được điều chỉnh xuống 6,24%")."""
        text = self.norm.text
        if before.lead_in or text[before.end - 1:before.end] in "()" or text[after.start:after.end].lstrip("* ")[:1] == "(":
            return True
        i = bisect_left(figures, (before.start, 0))
        return not (i < len(figures) and figures[i][0] < before.end)

    def _carried_over(self, block: Block) -> list[Clause]:
        """Clauses of the sentence a block goes on with: a converted file breaks lines
        mid-sentence, and a line starting with a bracket ("(0,52%/tháng) xuống 6,24%")
        becomes a block of its own."""
        text, out = self.norm.text, []
        for _ in range(_CARRIED_BLOCKS):
            first = text[block.start:block.end].lstrip("* ")[:1]
            if block.index == 0 or not (first.islower() or first == "("):
                break
            before = self.blocks[block.index - 1]
            if not before.sentences or text[before.start:before.end].rstrip("* ")[-1:] in _ENDS:
                break
            out = before.sentences[-1].clauses + out
            block = before
            if len(before.sentences) > 1:
                break
        return out

    def figures(self, targets: list[Target]) -> list[tuple[int, int]]:
        """The normalized spans of the records' figures, sorted and distinct."""
        return sorted({(self._to_norm(t.span[0]), self._to_norm(t.span[1])) for t in targets})

    def read(self, t: Target, figures: list[tuple[int, int]]) -> Reading:
        """The reading of record ``t``; ``figures`` (from :meth:`figures`) are cut out
        of its clause, so each figure owns the words between it and its neighbours."""
        a, b = self._to_norm(t.span[0]), self._to_norm(t.span[1])
        block = self._block(a)
        if block is None:
            return reading_from_quote(t)
        text = self.norm.text
        sentence = next((s for s in block.sentences if s.start <= a < s.end), None)
        clauses = list(sentence.clauses) if sentence else []
        if sentence is not None and sentence is block.sentences[0]:
            clauses = self._carried_over(block) + clauses
        k = next((i for i, c in enumerate(clauses) if c.start <= a < c.end), None)
        if k is None:
            start, end = block.start, block.end
        else:
            j = k
            while j > 0 and self._joins(clauses[j - 1], clauses[j], figures):
                j -= 1
            start, end = clauses[j].start, clauses[k].end
        lo, hi = bisect_left(figures, (start, 0)), bisect_left(figures, (end, 0))
        inside = [f for f in figures[lo:hi] if f != (a, b)]
        previous = max((f[1] for f in inside if f[1] <= a), default=start)
        following = min((f[0] for f in inside if f[0] >= b), default=end)
        bound = None
        if previous > start and "(" in text[previous:a] and not measured_words(text[previous:a]):
            # "xuống 6,24%/năm (0,52%/tháng)": the figure in brackets restates the one before
            other = max(f[0] for f in inside if f[1] == previous)
            bound = text[max((f[1] for f in inside if f[1] <= other), default=start):other]
        reading = reading_from_pieces(t, text[start:a], text[b:end], text[previous:a], text[b:following],
                                      self._leads(block, start), self._annex(block), a < self.official, bound,
                                      block.kind == "title")
        # (the items under a heading are sections, which may restate each other: "1. Mục tiêu chung",
        # "2. Mục tiêu cụ thể")
        listed = block.kind == "item" and block.parent is not None \
            and self.blocks[block.parent].kind not in ("heading", "title")
        siblings = ("item", block.parent) if listed else ("sentence", sentence.start) if sentence is not None else None
        return replace(reading, siblings=siblings)


def read_records(targets: list[Target], text: Optional[str]) -> list[Reading]:
    """The reading of every record of one document, in order.

    >>> t = Target(doc_id="kh", span=(28, 31), value=50, unit="percent", comparator=">=")
    >>> r = read_records([t], "Năm 2030, phấn đấu ít nhất  50% đơn vị cấp xã không có ma túy.")[0]
    >>> r.head, "ma túy" in r.terms
    ('xã', True)
    """
    if not text:
        return [reading_from_quote(t) for t in targets]
    ctx = DocumentContext(text)
    figures = ctx.figures([t for t in targets if t.span[1] <= len(text)])
    readings = [ctx.read(t, figures) if t.span[1] <= len(text) else reading_from_quote(t) for t in targets]
    return _with_totals(targets, readings, text)


@lru_cache(maxsize=1)
def _part_marker() -> regex.Pattern:
    return words_re(load_lexicon("kinds").part_markers)


def part_marker(between: str) -> bool:
    """Do the words between two figures make the second a part of the first ("; trong đó có")?"""
    return _part_marker().search(fold(between)) is not None


def _with_totals(targets: list[Target], readings: list[Reading], text: str) -> list[Reading]:
    """Each count that is a part of a count out of a total before it takes that total (see
    :attr:`Reading.total`): same sentence, same head noun, a part marker between."""
    out = list(readings)
    for i, (t, r) in enumerate(zip(targets, readings)):
        if t.unit != "count" or t.denominator is not None or r.siblings is None or r.siblings[0] != "sentence":
            continue
        for j in range(i - 1, -1, -1):
            w, rw = targets[j], readings[j]
            if rw.siblings != r.siblings or w.span[1] > t.span[0]:
                break
            if w.unit == "count" and w.denominator and rw.head == r.head and w.value <= w.denominator \
                    and part_marker(text[w.span[1]:t.span[0]]):
                out[i] = replace(r, total=w.denominator)
                break
    return out
