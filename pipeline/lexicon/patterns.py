"""The one pattern builder: word lists from the data files → compiled regexes.

Every list is matched longest first (so "hội liên hiệp phụ nữ" wins over
"hội"), a space in an entry matches any run of spaces, and matches stand on
whole syllables.
"""
from __future__ import annotations

import regex


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


def words_re(phrases) -> regex.Pattern:
    """Compiled :func:`phrase_pattern`: any of the phrases, on whole syllables.

    >>> words_re(["phấn đấu"]).search("Năm 2025 phấn đấu đạt").group(1)
    'phấn đấu'
    """
    return regex.compile(phrase_pattern(phrases))


def ends_with(phrases) -> regex.Pattern:
    """One of the phrases at the very end of the searched stretch (group 1).

    >>> bool(ends_with(["ít nhất"]).search("mỗi chi hội ít nhất "))
    True
    """
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])({alternation(phrases)})\s*$")


def starts_with(phrases) -> regex.Pattern:
    """One of the phrases right at the position given to ``.match`` (group 1).

    >>> bool(starts_with(["trở lên"]).match(" trở lên, Hội"))
    True
    """
    return regex.compile(rf"\s*({alternation(phrases)})(?![\p{{L}}\p{{N}}])")
