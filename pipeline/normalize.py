"""Normalize stage: Unicode NFC, unified tone placement and spaces, with a map
back to the original offsets.

Matching runs on :attr:`NormalizedText.text`; every span found there is turned
back into original offsets with :meth:`NormalizedText.to_original`, so records
always index the file's own characters (the span contract).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

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
    starts: Sequence[int]  # starts[i]: original offset where normalized char i begins
    ends: Sequence[int]    # ends[i]: original offset where normalized char i ends

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
    # the few characters to replace, each by str.replace where it occurs: str.translate
    # with a table costs a dictionary lookup per character of the whole text, a regex
    # pass about as much (replacing one after another is the same only if no
    # replacement is itself replaced; else the table is used)
    if any(single.get(v, v) != v for v in single.values()):
        single = str.maketrans(single)
    # where a move can be, found on the lower-cased text by ``re``: the pattern matches
    # these pairs of letters case-insensitively, and each one's two cases lower to it
    candidates = re.compile("|".join(re.escape(k) for k in moves))
    typos = dict(data.misspellings)
    typo_re = regex.compile(r"(?<!\p{L})(" + "|".join(regex.escape(k) for k in typos) + r")(?!\p{L})", regex.IGNORECASE) \
        if typos else None
    return moves, (pattern, candidates), single, (typos, typo_re)


def _fix_typos(text: str, typos: dict[str, str], typo_re) -> str:
    """Whole words mistyped ("dến" → "đến"), each case kept; the length stays."""
    if typo_re is None:
        return text
    low = text.lower()
    if not any(k in low for k in typos):  # (cheap: most texts have none)
        return text
    return typo_re.sub(lambda m: "".join(d.upper() if s.isupper() else d for s, d in zip(m.group(1), typos[m.group(1).lower()])),
                       text)


def _compose(original: str) -> tuple[str, Sequence[int], Sequence[int]]:
    """NFC composition, cluster by cluster, remembering where each output char came from."""
    if unicodedata.is_normalized("NFC", original):
        # (ranges, not tuples: a tuple of a long text's offsets costs more than the normalizing)
        n = len(original)
        return original, range(n), range(1, n + 1)
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
    return "".join(out), tuple(starts), tuple(ends)


def _move_tone(m: regex.Match, moves: dict[str, str]) -> str:
    src = m.group(1)
    dst = moves[src.lower()]
    return "".join(d.upper() if s.isupper() else d for s, d in zip(src, dst))


def _move_tones(text: str, moves: dict[str, str], patterns) -> str:
    """``pattern.sub`` of the tone moves, the pattern tried only where its letters stand:
    scanning the whole text with it (case-insensitive, with lookarounds) costs more."""
    pattern, candidates = patterns
    low = text.lower()
    if len(low) != len(text):  # offsets of the lower-cased text would not be the text's
        return pattern.sub(lambda m: _move_tone(m, moves), text)
    out, pos = [], 0
    for c in candidates.finditer(low):
        m = pattern.match(text, c.start())  # (its lookbehind sees the text before)
        if m:  # (matches never overlap: a move's second letter never starts one)
            out += [text[pos:m.start()], _move_tone(m, moves)]
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def normalize(original: str) -> NormalizedText:
    """Normalize a document's text for matching, keeping an offset map.

    >>> normalize("Hội LHPN hoà nhập").text
    'Hội LHPN hòa nhập'
    >>> normalize("Thủy quý hoàng").text  # already right, untouched
    'Thủy quý hoàng'
    """
    moves, patterns, single, typos = _tables()
    text, starts, ends = _compose(original)
    text = _fix_typos(_replace_special(_move_tones(text, moves, patterns), single), *typos)
    return NormalizedText(original, text, starts, ends)


def _replace_special(text: str, single: dict) -> str:
    """Special spaces, dashes and quotes made plain (one character for one)."""
    if not isinstance(next(iter(single), ""), str):  # a str.translate table
        return text.translate(single)
    for c, plain in single.items():
        if c in text:
            text = text.replace(c, plain)
    return text


def normalize_text(original: str) -> str:
    """The text :func:`normalize` makes, without the offset map (for short strings
    matched many times, where building the map would cost more than the match).

    >>> normalize_text("Tỉnh uỷ")
    'Tỉnh ủy'
    """
    moves, patterns, single, typos = _tables()
    text = unicodedata.normalize("NFC", original)
    return _fix_typos(_replace_special(_move_tones(text, moves, patterns), single), *typos)


def fold(text: str) -> str:
    """Lower-case form used by the matchers (same length for Vietnamese text).

    >>> fold("Hội Nông Dân")
    'hội nông dân'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] if c.lower() else c for c in text)
