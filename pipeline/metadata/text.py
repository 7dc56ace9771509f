"""The text as the metadata rules read it: an ASCII-folded copy for matching,
clean lines, and the title block.

Matching runs on :func:`ascii_fold` (lower case, no diacritics, one character
per character), so "Uỷ"/"Ủy", NFD text and headings in capitals all match;
what is reported is sliced from the text as written.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


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


def squash(phrase: str) -> str:
    """A matched phrase with its runs of spaces made single, to look it up in a table."""
    return re.sub(r"\s+", " ", phrase)


def clean_line(line: str) -> str:
    """A line without Markdown marks and with single spaces.

    >>> clean_line("**KẾ   HOẠCH**")
    'KẾ HOẠCH'
    """
    return re.sub(r"\s+", " ", line.replace("*", "").replace("#", "")).strip()


def text_lines(text: str) -> list[str]:
    """The non-empty clean lines of a text."""
    return [x for x in (clean_line(x) for x in text.splitlines()) if x]


def head(lines: list[str]) -> list[str]:
    """Title lines: those before the first long sentence-ending paragraph."""
    out = []
    for line in lines[:15]:
        if len(line) > 200 and re.search(r"[.:;]\W*$", line):
            break
        out.append(line)
    return out


def is_upper(line: str) -> bool:
    """A line in capitals ("KẾ HOẠCH"), as a document names its own type."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
