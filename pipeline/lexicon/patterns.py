"""The one pattern builder: word lists from the data files → compiled regexes.

Every list is matched longest first (so "hội liên hiệp phụ nữ" wins over
"hội"), a space in an entry matches any run of spaces, and matches stand on
whole syllables.
"""
from __future__ import annotations

import re

import regex

# the syllable boundaries in the standard library's syntax: a letter or a digit, a letter
_RE_BOUNDARY = {r"(?<![\p{L}\p{N}])": r"(?<![^\W_])", r"(?![\p{L}\p{N}])": r"(?![^\W_])",
                r"(?<![\p{L}])": r"(?<![^\W\d_])", r"(?![\p{L}])": r"(?![^\W\d_])"}
_LONG_LIST = 8  # alternatives from which ``re`` is the faster engine (measured on the corpus)


def compile_pattern(pattern: str, flags: int = 0):
    r"""A compiled pattern, by the standard library's ``re`` when it is a long list of
    phrases that ``re`` can read.

    ``re`` looks for a list of many phrases two to three times faster than ``regex``
    (it skips ahead to the phrases' first letters); ``regex`` is faster on short
    lists and literals. The letter and digit boundaries of the data patterns are
    rewritten in ``re``'s syntax; a pattern that needs more of ``regex`` (other
    ``\p{..}`` classes) is compiled by ``regex``, unchanged. Both engines find the
    same matches.

    >>> compile_pattern(r"(?<![\p{L}])năm\s+(\d{4})").search("trong năm 2025").group(1)
    '2025'
    >>> type(compile_pattern("|".join(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]))).__module__
    're'
    """
    fast = pattern
    for old, new in _RE_BOUNDARY.items():
        fast = fast.replace(old, new)
    if pattern.count("|") >= _LONG_LIST and r"\p{" not in fast and r"\P{" not in fast:
        try:
            return re.compile(fast, flags)
        except re.error:
            pass
    return regex.compile(pattern, flags)


def longest_first(phrases) -> list[str]:
    """Distinct phrases, longest first, then alphabetical (a stable order).

    >>> longest_first(["hội", "hội nông dân", "hội"])
    ['hội nông dân', 'hội']
    """
    return sorted(set(phrases), key=lambda w: (-len(w), w))


def alternation(phrases) -> str:
    """A regex alternation of phrases as written, longest first; spaces match runs of spaces.

    >>> bool(regex.fullmatch(alternation(["trở lên"]), "trở  lên"))
    True
    """
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in longest_first(phrases))


def phrase_pattern(phrases, *, capture: bool = True) -> str:
    """A regex alternation of phrases on whole syllables, longest first.

    Entries are lower-cased; spaces match any run of spaces; " - " also
    matches "-" and "- "; "," may have spaces before it.

    >>> bool(regex.search(phrase_pattern(["hội nông dân"]), "của hội  nông dân"))
    True
    """
    alts = []
    for p in longest_first(phrases):
        esc = regex.escape(p.lower())
        esc = regex.sub(r"\\ \\-\\ |\\-", r"\\s*-\\s*", esc)
        esc = esc.replace(r"\ ", r"\s+").replace(",", r"\s*,")
        alts.append(esc)
    body = "|".join(alts)
    group = "(" if capture else "(?:"
    return rf"(?<![\p{{L}}\p{{N}}]){group}{body})(?![\p{{L}}\p{{N}}])"


def words_re(phrases):
    """Compiled :func:`phrase_pattern`: any of the phrases, on whole syllables.

    Compiled by the standard library's ``re``, which looks for a long list of
    phrases about three times faster than ``regex`` (it skips to the phrases'
    first letters); the patterns are the same.

    >>> words_re(["phấn đấu"]).search("Năm 2025 phấn đấu đạt").group(1)
    'phấn đấu'
    >>> words_re(["xã"]).search("xã1, xã").start()  # "xã1" is no syllable "xã"
    5
    """
    return compile_pattern(phrase_pattern(phrases))


def ends_with(phrases) -> regex.Pattern:
    """One of the phrases at the very end of the searched stretch (group 1).

    >>> bool(ends_with(["ít nhất"]).search("mỗi chi hội ít nhất "))
    True
    """
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}])({alternation(phrases)})\s*$")


def starts_with(phrases) -> regex.Pattern:
    """One of the phrases right at the position given to ``.match`` (group 1).

    >>> bool(starts_with(["trở lên"]).match(" trở lên, Hội"))
    True
    """
    return compile_pattern(rf"\s*({alternation(phrases)})(?![\p{{L}}\p{{N}}])")
