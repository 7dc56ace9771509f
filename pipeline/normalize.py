"""Normalize stage: Unicode NFC, unified tone placement and spaces, with a map
back to the original offsets.

Matching runs on :attr:`NormalizedText.text`; every span found there is turned
back into original offsets with :meth:`NormalizedText.to_original`, so records
always index the file's own characters (the span contract).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.lexicon import load_lexicon


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the original offset.

    >>> n = normalize("Tỉnh uỷ")
    >>> n.text
    'Tỉnh ủy'
    >>> n.to_original(5, 7)
    (5, 7)
    """

    original: str
    text: str
    starts: tuple[int, ...]  # starts[i]: original offset where normalized char i begins
    ends: tuple[int, ...]    # ends[i]: original offset where normalized char i ends

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Normalized [start, end) → original [start, end)."""
        if end <= start:
            s = self.starts[start] if start < len(self.starts) else len(self.original)
            return s, s
        return self.starts[start], self.ends[end - 1]

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) → normalized [start, end): the characters that begin inside it."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)


@lru_cache(maxsize=1)
def _tables():
    data = load_lexicon("spelling")
    moves = {k: v for k, v in data.tone_moves.items()}
    pattern = regex.compile(
        r"(?<![qQ])(" + "|".join(regex.escape(k) for k in sorted(moves, key=lambda w: (-len(w), w))) + r")(?!\p{L})",
        regex.IGNORECASE,
    )
    single = {c: " " for c in data.spaces}
    single.update({c: "-" for c in data.dashes})
    single.update({c: '"' for c in data.quotes})
    # the few characters to replace, found by one regex pass: str.translate with a table
    # costs a dictionary lookup per character of the whole text
    special = regex.compile("[" + "".join(regex.escape(c) for c in single) + "]")
    return moves, pattern, (special, single)


def _compose(original: str) -> tuple[str, list[int], list[int]]:
    """NFC composition, cluster by cluster, remembering where each output char came from."""
    if unicodedata.is_normalized("NFC", original):
        n = len(original)
        return original, list(range(n)), list(range(1, n + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        composed = unicodedata.normalize("NFC", original[i:j])
        for ch in composed:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


def _move_tone(m: regex.Match, moves: dict[str, str]) -> str:
    src = m.group(1)
    dst = moves[src.lower()]
    return "".join(d.upper() if s.isupper() else d for s, d in zip(src, dst))


def normalize(original: str) -> NormalizedText:
    """Normalize a document's text for matching, keeping an offset map.

    >>> normalize("Hội LHPN hoà nhập").text
    'Hội LHPN hòa nhập'
    >>> normalize("Thủy quý hoàng").text  # already right, untouched
    'Thủy quý hoàng'
    """
    moves, pattern, table = _tables()
    text, starts, ends = _compose(original)
    text = pattern.sub(lambda m: _move_tone(m, moves), text)
    text = _replace_special(text, table)
    return NormalizedText(original, text, tuple(starts), tuple(ends))


def _replace_special(text: str, table) -> str:
    """Special spaces, dashes and quotes made plain (one character for one)."""
    special, single = table
    return special.sub(lambda m: single[m.group(0)], text)


def normalize_text(original: str) -> str:
    """The text :func:`normalize` makes, without the offset map (for short strings
    matched many times, where building the map would cost more than the match).

    >>> normalize_text("Tỉnh uỷ")
    'Tỉnh ủy'
    """
    moves, pattern, table = _tables()
    text = unicodedata.normalize("NFC", original)
    return _replace_special(pattern.sub(lambda m: _move_tone(m, moves), text), table)


def fold(text: str) -> str:
    """Lower-case form used by the matchers (same length for Vietnamese text).

    >>> fold("Hội Nông Dân")
    'hội nông dân'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] if c.lower() else c for c in text)
