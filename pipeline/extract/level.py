"""Component ``level``: the administrative scope of each value (ANNOTATION.md, ``level``).

A level word belongs to its own value: what it counts, the stretch before it,
the clause's shared subject, then its lead-in or heading. "xã" in "chính trị -
xã hội" or "hợp tác xã" is not a level (``levels.yaml``: ``not_level``).
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.extract.base import Context
from pipeline.extract.scope import own_ranges
import regex

from pipeline.lexicon import load_lexicon, phrase_pattern, words_re
from pipeline.metadata.gazetteer import gazetteer


@lru_cache(maxsize=1)
def _level_patterns():
    lv = load_lexicon("levels")
    names = ("all", "province", "district", "commune")
    # compiled by ``regex``: overlapping matches are read ("cấp thị xã" and its "xã")
    return ({name: regex.compile(phrase_pattern(getattr(lv, name))) for name in names},
            words_re(lv.not_level),
            # every level word in one pattern (same engine, same boundaries): where it
            # finds none, no level is named
            regex.compile(phrase_pattern([w for name in names for w in getattr(lv, name)])))


def _levels_in(ctx: Context, s: int, e: int) -> set[str]:
    """Level names found in low[s:e]; of overlapping words the longest wins
    ("cấp thị xã" is a district, not the "xã" inside it)."""
    P, not_level, any_level = _level_patterns()
    if any_level.search(ctx.low, s, e) is None:
        return set()
    masked = [(m.start(), m.end()) for m in not_level.finditer(ctx.low, s, e)]
    hits = []
    for name, rx in P.items():
        for m in rx.finditer(ctx.low, s, e, overlapped=True):
            if not any(a <= m.start() < b for a, b in masked) and not _names_a_place(ctx, m.start(), m.end()):
                hits.append((m.start(), m.end(), name))
    hits.sort(key=lambda h: h[0] - h[1])
    kept: list[tuple[int, int, str]] = []
    for h in hits:
        if not any(h[0] < k[1] and k[0] < h[1] for k in kept):
            kept.append(h)
    return {name for _, _, name in kept}


_RX_NAME_AFTER = regex.compile(r"\s+\p{Lu}")
_RX_COUNT_BEFORE = regex.compile(r"\d[\d.,/]*\s*(?:\p{L}+\s+){0,1}$")


def _names_a_place(ctx: Context, s: int, e: int) -> bool:
    """A level word before a proper name names one place ("Đảng bộ xã Tân An", "Hội CCB
    phường Phú Lộc": the body's own, document metadata), not the scope of a figure; unless the
    figure counts those places ("2 xã Tân An và Phú Lộc")."""
    text = ctx.norm.text
    if ctx.low[s:e] not in _place_words():  # ("các cấp Hội", "cơ sở Hội": a tier of an organization)
        return False
    return bool(_RX_NAME_AFTER.match(text, e)) and not _RX_COUNT_BEFORE.search(text, max(0, s - 16), s)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(load_lexicon("levels").named_place_words)


_RX_LABEL = regex.compile(r"(?:^|[;,.:(\n]\s*)(\p{Lu}[\p{L}]*(?:[ -]+\p{Lu}[\p{L}]*){0,3})\s*:\s*$")
_LABEL_REACH = 40


def _province_label(ctx: Context, q) -> bool:
    """Whether the value is labelled with a province's name ("Nghệ An: 10,5%")."""
    m = _RX_LABEL.search(ctx.norm.text, max(0, q.start - _LABEL_REACH), q.start)
    return bool(m) and gazetteer().province(m.group(1)) is not None


def find_level(ctx: Context) -> None:
    """Administrative scope stated next to the value, in its clause's shared
    opening, its subject's clauses, its lead-in or heading.

    >>> from pipeline.extract import run
    >>> run("100% chi hội cơ sở đạt 90% trở lên.", until="level").quantities[0].level
    'commune'
    """
    seen: dict[tuple[int, int], set[str]] = {}  # lead-ins and headings are read for many values
    for q in ctx.quantities:
        # of earlier clauses of the same subject, only the part before their
        # own values: the subject, not what those values count
        prev = []
        for s, e in q.scope.subject_scope:
            first = ctx.first_value_in(q.block.index, s, e, e)
            prev.append((s, first))
        for r in own_ranges(ctx, q) + prev + q.scope.lead_ins + q.scope.headings:
            r = tuple(r)
            if r not in seen:
                seen[r] = _levels_in(ctx, *r)
            found = seen[r]
            if found:
                q.level = "all" if ("all" in found or len(found) > 1) else next(iter(found))
                break
        if q.level is None and _province_label(ctx, q):
            q.level = "province"  # "Nghệ An: 10,5%; Bình Định: 9%": a target for each province
