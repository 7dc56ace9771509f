"""Structure stage: headings, numbered items, paragraphs, sentences, clauses
and the lead-ins that govern a list.

Works on the normalized text; all offsets are normalized offsets. The result
is a flat list of :class:`Block` objects linked to their parent, so a later
stage can walk from any clause up to the lead-ins and headings that govern it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Optional

import regex

from pipeline.lexicon import load_lexicon

BlockKind = Literal["title", "heading", "item", "paragraph"]

@lru_cache(maxsize=1)
def _marker_res() -> list[tuple[regex.Pattern, float, str]]:
    """Item markers of ``structure.yaml``, anchored at a line start (after spaces and "**")."""
    return [(regex.compile(r"^[ \t]*\**" + m.pattern), m.level, m.name) for m in load_lexicon("structure").markers]


@lru_cache(maxsize=1)
def _any_marker() -> regex.Pattern:
    """Every item marker in one pattern: a line it does not match opens with none."""
    return regex.compile(r"^[ \t]*\**(?:" + "|".join(f"(?:{m.pattern})" for m in load_lexicon("structure").markers) + ")")


_RX_CLAUSE_MARKS = regex.compile(r"[();:]")
_LIST_DEPTH = 0.5  # how much deeper than a paragraph the paragraphs of a lead-in's list stand
_RX_VALUE_GOES_ON = regex.compile(r"\d[\d.,]*\s*(?:%|\p{Ll})")  # a line that goes on with a value: "85% ..."
_RX_YEAR_AT_START = regex.compile(r"(?:19|20)\d{2}(?!\d)(?!\s*[.):])")  # not "2025." or "2025:" opening an item
_RX_ITEM_TEXT = regex.compile(r"[\p{L}\"“*(]")  # what an item's text starts with after its marker
# a word and a full stop: not "...", not "số 5."; or a date ("... công bố ngày 13/12/2020.")
_SENTENCE_END_RE = regex.compile(r"(?:\p{L}{2,}[\p{L})\"”]*|\d{1,2}/\d{1,2}/(?:19|20)\d\d)\.[\s*]*$")
_RX_CONTENT = regex.compile(r"[\p{L}\p{N}]")
_PARAGRAPH_LEVEL = 7.5  # plain paragraphs: below numbered items, above bullets
_KICKER_CHARS = 90  # a headline's kicker ends with a colon on a line of its own
_INLINE_RE = regex.compile(r"(?:(?<=^)|(?<=[\s:;.,]))\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s")
_INLINE_DOTTED_RE = regex.compile(r"(?:(?<=^)|(?<=[:;.)]\s))(\d{1,2})\.\s+(?=[\p{L}\d\"“])")
_SENT_END = regex.compile(r"(?<=[.!?…])(?:[\"')\]*]*)\s+(?=[\"'(*]*[\p{Lu}\d+\-])")
_RX_STOP = regex.compile(r"[.!?…]")  # what a sentence end follows


# Plain dataclasses, not pydantic models: a long document has tens of thousands
# of clauses, and validating each cost ~10% of the extraction (measured).
@dataclass
class Clause:
    """A stretch of a sentence between ';' or ':' marks."""

    start: int
    end: int
    lead_in: bool = False  # ends with ':' and governs what follows


@dataclass
class Sentence:
    start: int
    end: int
    clauses: list[Clause]


@dataclass
class Block:
    """A heading, a numbered item or a paragraph (one line of the source)."""

    index: int
    kind: BlockKind
    start: int  # content start (after the marker)
    end: int
    marker: str = ""
    level: float = _PARAGRAPH_LEVEL
    parent: Optional[int] = None
    section: str = ""
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class DocStructure:
    blocks: list[Block]
    title: list[int]  # indices of the title blocks


def _lines(text: str) -> list[tuple[int, int]]:
    """Logical lines: a line that stops mid-sentence and is followed by one
    starting in lower case, or by a value ("85% trở lên"), is joined to it
    (line and page breaks in converted files)."""
    raw = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
    width = _wrap_width(text, raw)
    out: list[list[int]] = []
    for s, e in raw:
        seg = text[s:e].strip()
        if not _RX_CONTENT.search(seg):
            continue  # blank, or a separator of converted files: "|", "-------", "***"
        if out:
            prev = text[out[-1][0]:out[-1][1]].rstrip(" *")
            if prev and prev[-1] not in ".;:!?…\"”)" and seg[0].islower() and not _is_marker(seg):
                out[-1][1] = e
                continue
            # "... Hội Nông dân đạt\n85% trở lên ...", "(Trong đó: VNPT:\n25 trạm, ...)": a value
            # carried to the next line, after a lower-case word or inside an open bracket
            # "... giảm từ 6,6%/năm\n(0,55%/tháng) xuống 6,24%/năm": an aside opened on the next line
            # (not past a blank line: "Mục tiêu năm 2026\n\n(BTN) Theo UBND tỉnh, ..." opens a paragraph)
            if prev and (prev[-1].islower() or prev[-1].isdigit() or prev[-1] == "%") and seg.startswith("(") \
                    and _marker(text, s, e) is None and not text[out[-1][1]:s].count("\n") > 1:
                out[-1][1] = e
                continue
            # a text wrapped at a fixed width goes on at a capital too ("... Mặt trận\nTổ quốc và ..."):
            # a full line that stops mid-sentence
            if width and prev and prev[-1] not in ".;:!?…\"”)" and out[-1][1] - out[-1][0] >= _FULL_LINE * width \
                    and s - out[-1][1] == 1 and not _is_marker(seg) and _marker(text, s, e) is None \
                    and not seg.isupper():
                out[-1][1] = e
                continue
            open_bracket = prev.count("(") > prev.count(")")
            # "... giai đoạn\n2026 - 2030 theo quy định": a year goes on from a word left mid-sentence
            goes_on = _RX_VALUE_GOES_ON.match(seg) or _RX_YEAR_AT_START.match(seg)
            if prev and (prev[-1].islower() or open_bracket) and goes_on \
                    and not _is_marker(seg) and _marker(text, s, e) is None:
                out[-1][1] = e
                continue
        out.append([s, e])
    return [(s, e) for s, e in out]


_WRAPPED_LINES = 8  # lines of a text wrapped at a fixed width, at least
_FULL_LINE = 0.85  # a line this near the width stops only because it was wrapped


def _wrap_width(text: str, raw: list[tuple[int, int]]) -> int:
    """The width a text was wrapped at (a PDF's text layer, a typed plan), else 0: most of
    its long lines are about as long as each other."""
    lengths = sorted(e - s for s, e in raw if e - s >= 40)
    if len(lengths) < _WRAPPED_LINES:
        return 0
    mid = lengths[len(lengths) // 2]
    near = sum(1 for n in lengths if abs(n - mid) <= 0.12 * mid)
    return mid if near >= 0.6 * len(lengths) else 0


def _is_marker(seg: str) -> bool:
    return any(r.match(seg) for r, _, name in _marker_res() if name in ("dash", "plus"))


def _marker(text: str, s: int, e: int, continues: frozenset = frozenset()):
    """The line's item marker: (label, level, name, content start), or None.

    ``continues`` holds the numbers that carry on the current numbering: "4."
    after "3." is a marker even before a number ("4. 80% cán bộ ...").
    """
    seg = text[s:e]
    if not _any_marker().match(seg):
        return None
    for rx, lvl, name in _marker_res():
        m = rx.match(seg)
        if not m:
            continue
        rest = seg[m.end():]
        if not rest.strip():
            continue
        closing = seg[:m.end()].rstrip()[-1:]
        numbering = name == "arabic" and m.group("m") in continues and rest[:1].isdigit()
        if name in ("arabic", "roman", "letter") and not _RX_ITEM_TEXT.match(rest) \
                and not (closing == ")" and rest[:1].isdigit()) and not numbering:
            continue  # "2. 700 hội viên", "I. " alone: not markers; "c) 100% ..." is one
        if name == "roman" and not (rest[:1].isupper() or rest[:2].strip("*")[:1].isupper()):
            continue
        return m.group("m"), lvl, name, s + m.end()
    return None


def _section_path(counters: dict[float, str], level: float) -> str:
    """"II", "3", "3.2" → "II.3.2": a label that the next one extends is dropped."""
    labels = [counters[k] for k in sorted(counters) if k <= level]
    keep = [a for i, a in enumerate(labels) if not any(b.startswith(a + ".") for b in labels[i + 1:])]
    out = ""
    for a in keep:
        out += a if (not out or a.startswith("(")) else "." + a
    return out


def _is_heading_text(seg: str) -> bool:
    if len(seg) >= 250:
        return False
    letters = sum(map(str.isalpha, seg))  # (map of the str methods: C loops, no generator)
    return letters > 0 and sum(map(str.isupper, seg)) / letters > 0.8


def _split_sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, cur = [], s
    # _SENT_END is tried right after each full stop, not scanned for (its lookbehind,
    # tried at every character, cost more than the rest of the structure); the matches
    # are those of a scan: it starts after a stop, and a scan goes on after each match
    for stop in _RX_STOP.finditer(text, max(s - 1, 0), e):
        if stop.end() < cur:
            continue
        m = _SENT_END.match(text, stop.end(), e)
        if m is None:
            continue
        if m.start() > cur:
            out.append((cur, m.start()))
        cur = m.end()
    if cur < e:
        out.append((cur, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _split_clauses(text: str, s: int, e: int) -> list[Clause]:
    out, cur, depth = [], s, 0
    for m in _RX_CLAUSE_MARKS.finditer(text, s, e):  # only the marks, not every character
        i, c = m.start(), m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in ";:" and depth == 0 and not (c == ":" and i + 1 < e and text[i + 1].isdigit()):
            if i > cur:
                out.append(Clause(start=cur, end=i + 1, lead_in=(c == ":")))
            cur = i + 1
    if cur < e and text[cur:e].strip():
        out.append(Clause(start=cur, end=e))
    return out


def _sentences(text: str, s: int, e: int) -> list[Sentence]:
    return [Sentence(start=a, end=b, clauses=_split_clauses(text, a, b)) for a, b in _split_sentences(text, s, e)]


def _consecutive(found: list[tuple[int, int, str]], first: str, step) -> list[tuple[int, int, str]]:
    """The run of labels first, step(first), ... from the start of ``found``."""
    out, want = [], first
    for f in found:
        if f[2] == want:
            out.append(f)
            want = step(want)
    return out if len(out) >= 2 else []


def _inline_items(text: str, s: int, e: int):
    """Inline enumerations inside one line: "(1) ... (2) ...", "(i) ... (ii)",
    and numbers after a sentence or a colon, "Chỉ tiêu: 1. ... 2. ...".
    Each as (start, content start, marker, level)."""
    found = [(m.start(), m.end(), m.group(1)) for m in _INLINE_RE.finditer(text, s, e)]
    nums = [f for f in found if f[2].isdigit()]
    romans = [f for f in found if not f[2].isdigit()]
    keep = []
    if len(nums) >= 2 and nums[0][2] == "1":
        keep += [(a, b, f"({lab})", 6) for a, b, lab in nums]
    elif len(nums) >= 2:
        # a list numbered on from a paragraph before ("Về xã hội: (7) ... (8) ..."): a consecutive run
        keep += [(a, b, f"({lab})", 6) for a, b, lab in _consecutive(nums, nums[0][2], lambda x: str(int(x) + 1))]
    if len(romans) >= 2 and romans[0][2] == "i":
        keep += [(a, b, f"({lab})", 6.5) for a, b, lab in romans]
    if not keep:
        dotted = [(m.start(), m.end(), m.group(1)) for m in _INLINE_DOTTED_RE.finditer(text, s, e)]
        keep += [(a, b, lab, 2) for a, b, lab in _consecutive(dotted, "1", lambda x: str(int(x) + 1))]
    return sorted(keep)


def parse(text: str) -> DocStructure:
    """Parse normalized text into blocks.

    >>> st = parse("I. MỤC TIÊU\\n- Hằng năm, mỗi chi hội ít nhất 01 mô hình.")
    >>> [b.kind for b in st.blocks]
    ['heading', 'item']
    >>> st.blocks[1].parent
    0
    """
    blocks: list[Block] = []
    stack: list[int] = []
    counters: dict[float, str] = {}
    title: list[int] = []
    in_title = True
    last_number = 0  # the last "N." item, so "N+1. 80% ..." continues the list

    def push(kind, start, end, marker, level, name=""):
        while stack and blocks[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        label = marker if name not in ("dash", "plus") else ""
        if label:
            counters[level] = label
        for k in [k for k in counters if k > level]:
            del counters[k]
        section = _section_path(counters, level) if label else (blocks[parent].section if parent is not None else "")
        b = Block(index=len(blocks), kind=kind, start=start, end=end, marker=marker, level=level,
                  parent=parent, section=section, sentences=_sentences(text, start, end))
        blocks.append(b)
        stack.append(b.index)
        return b

    for s, e in _lines(text):
        seg = text[s:e]
        mk = _marker(text, s, e, frozenset({"1", str(last_number + 1)}))
        if mk:
            in_title = False
            marker, level, name, cs = mk
            if name == "arabic":
                last_number = int(marker)
            kind: BlockKind = "heading" if level <= 5 and (level < 3 or len(seg) < 200) and not seg.rstrip().endswith(".") else "item"
            if name in ("roman",) or _is_heading_text(text[cs:e]):
                kind = "heading"
            if name in ("dash", "plus", "paren", "paren_roman"):
                kind = "item"
            push(kind, cs, e, marker, level, name)
            continue
        lead_start = s + (len(seg) - len(seg.lstrip(" *")))
        # a lead-in starts the body (not a headline's kicker on the first line, set apart by an
        # empty line: "Ngày hội tình nguyện mùa hè 2026:" / "Hoàn thành 40 phần việc")
        kicker = not blocks and len(seg) <= _KICKER_CHARS and text[e:e + 2].startswith(("\n\n", "\r\n\r"))
        if in_title and seg.rstrip(" *").endswith(":") and not kicker:
            in_title = False
        if in_title and (len(seg) > 300 or (blocks and not _is_heading_text(seg) and len(seg) > 200)
                         or len(_split_sentences(text, s, e)) > 1):  # running text, not a title line
            in_title = False
        # a sentence closed by its full stop after the title's first line, even a short one
        # ("Nhiệm kỳ 2018 - 2023, Hội đã kết nạp 2.800 hội viên."): titles and headlines have none
        if in_title and blocks and not _is_heading_text(seg) and _SENTENCE_END_RE.search(seg):
            in_title = False
        if in_title:
            b = push("title", lead_start, e, "", 0.5)
            title.append(b.index)
            stack.clear()
            continue
        if _is_heading_text(seg):
            # an unmarked heading in capitals ("B. KẾ HOẠCH NĂM 2014") is a sibling
            # of the previous one, or nested under the nearest marked heading
            last = next((blocks[i] for i in reversed(stack) if blocks[i].kind == "heading"), None)
            level = 1.5 if last is None else last.level if not last.marker else last.level + 0.1
            push("heading", lead_start, e, "", level)
            continue
        inline = _inline_items(text, s, e)
        if inline:
            head_end = inline[0][0]
            if text[s:head_end].strip():
                push("paragraph", lead_start, head_end, "", _PARAGRAPH_LEVEL - 2)
            for j, (a, b_, lab, lvl) in enumerate(inline):
                nxt = inline[j + 1][0] if j + 1 < len(inline) else e
                push("item", b_, nxt, lab, lvl, "paren")
            continue
        # the paragraphs after one that ends as a lead-in ("Các chỉ tiêu chính gồm:")
        # are its list, up to the next heading or lead-in
        under_lead_in = _is_lead_in_paragraph(text, blocks, stack)
        lead_in = text[s:e].rstrip(" *").endswith(":")
        push("paragraph", lead_start, e, "", _PARAGRAPH_LEVEL + (_LIST_DEPTH if under_lead_in and not lead_in else 0))
    return DocStructure(blocks=blocks, title=title)


def _is_lead_in_paragraph(text: str, blocks: list[Block], stack: list[int]) -> bool:
    """Is the nearest open paragraph a lead-in (it ends with ":")?"""
    para = next((blocks[i] for i in reversed(stack) if blocks[i].kind == "paragraph"
                 and blocks[i].level == _PARAGRAPH_LEVEL), None)
    return para is not None and text[para.start:para.end].rstrip(" *").endswith(":")
