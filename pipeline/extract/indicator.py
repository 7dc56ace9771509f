"""Component ``indicator``: what each value measures, as a key of the indicator table.

Rules are data (``indicators.yaml``): words that must occur (``any``), words
that must also occur (``with``), words that rule the key out (``not_with``).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context
from pipeline.lexicon import load_lexicon, words_re
from pipeline.normalize import fold


@lru_cache(maxsize=1)
def _indicator_rules():
    rules = []
    for r in load_lexicon("indicators").rules:
        rules.append((r.key, words_re(r.any), words_re(r.with_) if r.with_ else None,
                      words_re(r.not_with) if r.not_with else None, r.money, frozenset(r.not_orgs)))
    return rules


def find_indicator(ctx: Context) -> None:
    """Indicator key from the lexicon's rules: the value's own phrase first,
    then its clause, then what governs it.

    >>> from pipeline.extract import run
    >>> run("Tỷ lệ tập hợp hội viên, đoàn viên lên 87%.", until="indicator").quantities[0].indicator
    'membership_rate'
    """
    # words inside parentheses are asides ("(ở nơi đã thành lập chi hội)")
    low = regex.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), ctx.low)
    for q in ctx.quantities:
        if q.kind == "budget":
            q.indicator = "funding"
            continue
        # the value's own stretch first (up to the next value of the clause),
        # so one value's words do not name the indicator of the one before
        nxt = ctx.next_start(q)
        ranges = [(q.start, nxt), (q.start, q.clause.end), q.scope.clause] + q.scope.clauses_before \
            + q.scope.lead_ins + q.scope.headings[:1]
        q.indicator = "other"
        done = False
        for r in ranges:
            for key, any_rx, with_rx, not_rx, money, not_orgs in _indicator_rules():
                if money and q.unit not in ("vnd", "usd"):
                    continue
                if not_orgs and not_orgs.intersection(q.orgs or []):
                    continue
                if not any_rx.search(low, *r):
                    continue
                if with_rx is not None and not (with_rx.search(low, *r) or with_rx.search(fold(q.counted))):
                    continue
                if not_rx is not None and not_rx.search(fold(q.counted)):
                    continue
                q.indicator, done = key, True
                break
            if done:
                break
