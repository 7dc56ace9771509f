"""The text as the metadata rules read it: an ASCII-folded copy for matching,
clean lines with their offsets and paragraphs, and a way back from a phrase to
its characters in the text as given.

Matching runs on :func:`ascii_fold` (lower case, no diacritics, one character
per character), so "Uỷ"/"Ủy", NFD text and headings in capitals all match;
what is reported is sliced from the text as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterator, Optional

import regex

from pipeline.normalize import fold as lower
from pipeline.normalize import normalize_text


class _FoldTable(dict):
    """``str.translate`` table of :func:`ascii_fold`, filled one character at a time."""

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


def ascii_fold(text: str) -> str:
    """Lower case without diacritics, one character out per character in (NFC input).

    Unlike :func:`pipeline.normalize.fold` (lower case only), "Huyện ủy" and
    "HUYEN UY" fold to the same string.

    >>> ascii_fold("Thị Uỷ Sa Pa, ĐẢNG ỦY KHỐI")
    'thi uy sa pa, dang uy khoi'
    """
    # str.translate runs in C: documents are folded many times over.
    return text.translate(_fold_table())


def folded_words(words) -> str:
    """Regex alternation of the folded words, longest first, on whole words.

    >>> bool(re.search(folded_words(["huyện ủy"]), "ban thuong vu huyen  uy"))
    True
    """
    ws = sorted({re.escape(ascii_fold(w)) for w in words}, key=len, reverse=True)
    return r"(?<![\w])(?:" + "|".join(ws).replace(r"\ ", r"\s+") + r")(?![\w])"


def accent_fold(text: str) -> str:
    """Lower case with diacritics kept and tone marks placed one way ("Uỷ" → "ủy"),
    one character out per character in (NFC input): for words that folding to
    ASCII would confuse ("quận"/"cơ quan", "sở"/"số", "bản"/"Ủy ban").

    >>> accent_fold("Thị Uỷ Sa Pa")
    'thị ủy sa pa'
    """
    return lower(normalize_text(text))


def accented_words(words) -> str:
    """Regex alternation of the words as :func:`accent_fold` writes them, longest first, on whole words.

    >>> bool(re.search(accented_words(["quận"]), "khối các cơ quan tỉnh"))
    False
    """
    ws = sorted({re.escape(accent_fold(w)) for w in words}, key=len, reverse=True)
    return r"(?<![\w])(?:" + "|".join(ws).replace(r"\ ", r"\s+") + r")(?![\w])"


def squash(phrase: str) -> str:
    """A matched phrase with its runs of spaces made single, to look it up in a table."""
    return re.sub(r"\s+", " ", phrase)


def clean_line(line: str) -> str:
    """A line without Markdown marks, table bars and with single spaces.

    >>> clean_line("**KẾ   HOẠCH**")
    'KẾ HOẠCH'
    """
    # (split/join: the same runs of whitespace as ``\s+`` and strip, without a regex pass)
    return " ".join(line.replace("*", "").replace("#", "").replace("|", " ").split())


def is_upper(line: str) -> bool:
    """A line in capitals ("KẾ HOẠCH"), as a document names its own type."""
    # (str.isupper first: most lines are not, and it is one C call)
    return line.isupper() and sum(map(str.isalpha, line)) >= 2 and all(c.isupper() for c in line if c.isalpha())


def is_rule(line: str) -> bool:
    """A separator line of a header ("-----", "***", "*"): no letter or digit."""
    return not any(c.isalnum() for c in line)


@dataclass(frozen=True)
class Line:
    """A clean non-empty line, the offsets of its raw line in the page's text, and its block."""
    text: str
    start: int
    end: int
    block: int  # lines of one block are not separated by an empty line

    @cached_property
    def folded(self) -> str:
        return ascii_fold(self.text)

    @cached_property
    def accented(self) -> str:
        return accent_fold(self.text)


class Page:
    """A text (made NFC) as lines and blocks, with offsets back into the text as given.

    >>> p = Page("KẾ HOẠCH\\n\\nthực hiện\\nNghị quyết")
    >>> [(l.text, l.block) for l in p.lines]
    [('KẾ HOẠCH', 0), ('thực hiện', 1), ('Nghị quyết', 1)]
    """

    def __init__(self, text: str):
        self.original = text
        self.text = unicodedata.normalize("NFC", text)
        lines, block, pos, gap = [], 0, 0, False
        for raw in self.text.splitlines(keepends=True):
            clean = clean_line(raw)
            if not clean:
                gap = gap or bool(lines)
            else:
                if gap:
                    block += 1
                    gap = False
                lines.append(Line(clean, pos, pos + len(raw.rstrip("\r\n")), block))
            pos += len(raw)
        # every line's accent-folded text from one pass over them all (folding works
        # character by character and never across a line break): one regex pass, not one a line
        for line, accented in zip(lines, accent_fold("\n".join(x.text for x in lines)).split("\n")):
            vars(line)["accented"] = accented  # the cached_property's slot
        self.lines: list[Line] = lines

    def locate(self, phrase: str, after: int = 0) -> Optional[tuple[int, int]]:
        """The span, in the text as given, of ``phrase`` (as cleaned) at or after NFC offset ``after``.

        >>> Page("Ngày 5/6, **Huyện ủy\\nBắc Hà** tổ chức").locate("Huyện ủy Bắc Hà")
        (12, 27)
        """
        words = phrase.split()
        if not words:
            return None
        rx = re.compile(r"[\s*#|]+".join(re.escape(w) for w in words))
        m = rx.search(self.text, after)
        return self._to_original(m.start(), m.end()) if m else None

    def _to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.text == self.original:
            return start, end
        starts = self._nfc_starts
        return starts[start], (starts[end] if end < len(starts) else len(self.original))

    @cached_property
    def _nfc_starts(self) -> list[int]:
        """For each NFC character, the offset in the original where its cluster starts."""
        out, i, n = [], 0, len(self.original)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(self.original[j]):
                j += 1
            out.extend([i] * len(unicodedata.normalize("NFC", self.original[i:j])))
            i = j
        return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs: a block's lines broken mid-sentence run on
    (the next line starts in lower case or with a digit, or the line does not end
    a sentence and the next does not open an item).
    """
    return list(iter_paragraphs(lines))


def iter_paragraphs(lines) -> Iterator[list[Line]]:
    """:func:`paragraphs` one at a time, each as soon as the line after it is read:
    a reader that wants the first few does not read the rest."""
    para: list[Line] = []
    for line in lines:
        prev = para[-1] if para else None
        if prev is not None and prev.block == line.block and _runs_on(prev.text, line.text):
            para.append(line)
        else:
            if para:
                yield para
            para = [line]
    if para:
        yield para


_ITEM = re.compile(r"^(?:[-+•–]|\(?\d+[.)]|\(?[a-zđ][.)]|[IVXLC]+\.|\d+(?:\.\d+)+\.?)\s")


def _runs_on(prev: str, nxt: str) -> bool:
    if nxt[:1].islower() or nxt[:1].isdigit() and not _ITEM.match(nxt):
        return True
    return not re.search(r"[.:;!?]\W*$", prev) and not _ITEM.match(nxt) and not is_upper(prev)


def joined(lines: list[Line]) -> str:
    """The lines of a paragraph as one string."""
    return " ".join(line.text for line in lines)


_SENTENCE_END = regex.compile(r"(?<=[.!?])(?<!\b\p{Lu}{1,2}\.)\s+(?=[\"“(]?\p{Lu})")


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut after ". " before a capital (abbreviations like "TP." aside).

    >>> sentences("Ngày 5/6, Hội họp. Dự có 50 đại biểu.")
    ['Ngày 5/6, Hội họp.', 'Dự có 50 đại biểu.']
    """
    parts = _SENTENCE_END.split(paragraph)
    return [p.strip() for p in parts if p.strip()]
