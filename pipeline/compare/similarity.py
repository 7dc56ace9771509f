"""Vietnamese-aware token comparison of short phrases (``counted``, ``quote``).

Text is NFC-composed and lowercased, and each syllable's tone mark is moved to
a fixed place, so ``hoà``/``hòa`` and ``Uỷ``/``ủy`` compare equal.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from pipeline.compare.wording import lexicon

# Combining tone marks (huyền, sắc, ngã, hỏi, nặng); the other diacritics
# (circumflex, breve, horn) belong to the vowel and stay.
_TONES = {"\u0300": "1", "\u0301": "2", "\u0303": "3", "\u0309": "4", "\u0323": "5"}
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def fold_syllable(word: str) -> str:
    """One syllable with its tone mark taken off the vowel and written after it.

    >>> fold_syllable("hoà") == fold_syllable("hòa")
    True
    """
    tone = ""
    kept = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def tokens(text: str | None) -> list[str]:
    """Folded syllables of a text, in order.

    >>> tokens("Thị uỷ Hoà Bình") == tokens("thị ủy hòa bình")
    True
    """
    if not text:
        return []
    return [fold_syllable(w) for w in _WORD.findall(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(fold_syllable(w) for w in lexicon().stopwords)


def content_tokens(text: str | None) -> set[str]:
    """Folded syllables that carry meaning (stopwords and numbers dropped)."""
    stop = _stopwords()
    return {t for t in tokens(text) if t not in stop and not t.isdigit()}


def overlap(a: str | None, b: str | None) -> float:
    """Token overlap of two phrases in [0, 1]: the mean of containment and Jaccard.

    "đoàn viên, hội viên" and "hội viên" share every word of the shorter one:

    >>> round(overlap("đoàn viên, hội viên", "hội viên"), 2)
    0.83
    """
    x, y = content_tokens(a), content_tokens(b)
    if not x or not y:
        return 0.0
    common = len(x & y)
    return (common / min(len(x), len(y)) + common / len(x | y)) / 2


def _phrase(words: list[str], at: int, phrase: list[str]) -> bool:
    return words[at:at + len(phrase)] == phrase


def population(counted: str | None) -> tuple[str, str] | None:
    """``(head, qualifier)`` when ``counted`` narrows a population, else None.

    >>> population("doanh nghiệp có từ 25 công nhân, lao động")[0] == " ".join(tokens("doanh nghiệp"))
    True
    >>> population("đoàn viên, hội viên") is None
    True
    """
    words = tokens(counted)
    lex = lexicon()
    heads = sorted((tokens(h) for h in lex.population_heads), key=len, reverse=True)
    markers = sorted((tokens(m) for m in lex.population_markers), key=len, reverse=True)
    for i in range(len(words)):
        head = next((h for h in heads if _phrase(words, i, h)), None)
        if head is None:
            continue
        j = i + len(head)
        if any(_phrase(words, j, m) for m in markers):
            return " ".join(head), " ".join(words[j:])
        return " ".join(head), ""
    return None


def same_population(a: str | None, b: str | None) -> bool:
    """False only when both phrases count the same kind of unit under different qualifiers.

    >>> same_population("doanh nghiệp có từ 25 công nhân, lao động", "doanh nghiệp trong Khối")
    False
    >>> same_population("đoàn viên, hội viên", "hội viên")
    True
    """
    pa, pb = population(a), population(b)
    if pa is None or pb is None or pa[0] != pb[0]:
        return True
    if not pa[1] and not pb[1]:
        return True
    return pa[1] == pb[1]
