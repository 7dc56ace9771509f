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


_RX_WORD = regex.compile(r"\p{L}+")
_RX_STOP = regex.compile(r"[,;.:()]")
_RX_COMMA_END = regex.compile(r"[,;]\s*$")
_OWN_WORDS = 5  # syllables before a value that name what it measures ("tỷ lệ hộ trả tiền điện qua ngân hàng")


@lru_cache(maxsize=1)
def _indicator_rules():
    rules = []
    for r in load_lexicon("indicators").rules:
        rules.append((r.key, words_re(r.any), words_re(r.with_) if r.with_ else None,
                      words_re(r.not_with) if r.not_with else None, r.money, frozenset(r.not_orgs),
                      words_re(r.counted_with) if r.counted_with else None))
    return rules


@lru_cache(maxsize=1)
def _any_rule():
    """Every rule's ``any`` words in one pattern: where it finds nothing, no rule applies."""
    return words_re([w for r in load_lexicon("indicators").rules for w in r.any])


_OWN_AFTER = 3  # words after a value, before any stop, that name what it measures ("95% dân số có thẻ BHYT")


def _names_own(low: str, q, nxt: int) -> bool:
    """The value's phrase after it names what it measures, and a comma parts it from the words before."""
    # (the cheap test first: a comma right before the value)
    if not _RX_COMMA_END.search(low[max(q.clause.start, q.start - 3):q.start]):
        return False
    stop = _RX_STOP.search(low, q.end, nxt)
    return len(_RX_WORD.findall(low, q.end, stop.start() if stop else nxt)) >= _OWN_AFTER


def find_indicator(ctx: Context) -> None:
    """Indicator key from the lexicon's rules: the value's own phrase first,
    then its clause, then what governs it.

    >>> from pipeline.extract import run
    >>> run("Tỷ lệ tập hợp hội viên, đoàn viên lên 87%.", until="indicator").quantities[0].indicator
    'membership_rate'
    """
    # words inside parentheses are asides ("(ở nơi đã thành lập chi hội)")
    low = regex.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), ctx.low)
    rules = _indicator_rules()
    # a clause, lead-in or heading is read for many values: each rule's words are
    # searched in each range once per document
    found: dict[tuple[int, int, int], bool] = {}

    def has(rx, key: int, r: tuple[int, int]) -> bool:
        k = (key, *r)
        if k not in found:
            found[k] = rx.search(low, *r) is not None
        return found[k]

    starts: dict[int, list[int]] = {}  # each block's values
    for x in ctx.quantities:
        starts.setdefault(id(x.block), []).append(x.start)
    for q in ctx.quantities:
        if q.kind == "budget":
            q.indicator = "funding"
            continue
        # the value's own stretch first (up to the next value of the clause),
        # so one value's words do not name the indicator of the one before
        nxt = ctx.next_start(q)
        prev = max((x.end for x in ctx.clause_values(q) if x.end <= q.start), default=q.clause.start)
        own = _names_own(low, q, nxt)
        if own:
            # a value that names what it measures after it, past a comma from the words before
            # ("không còn hộ nghèo (...), 95% dân số có thẻ BHYT"): those words are not its own
            cut = max(low.rfind(",", prev, q.start), low.rfind(";", prev, q.start)) + 1
            ranges = [(q.start, nxt), (cut, nxt)] + q.scope.lead_ins + q.scope.headings[:1]
        elif len(_RX_WORD.findall(low, prev, q.start)) >= _OWN_WORDS:
            # the value names what it measures between it and the value before ("tỷ lệ thanh toán
            # qua ngân hàng đạt 80%, và 60% hợp tác xã ... trên nền tảng số"): the words of
            # the values around it are theirs
            # (earlier clauses still name it when they hold no value of their own: "Lãi suất cho vay hộ
            # nghèo; cho vay học sinh ... được điều chỉnh giảm ... xuống còn 6,24%")
            values = starts.get(id(q.block), [])
            bare = [r for r in q.scope.clauses_before if not any(r[0] <= v < r[1] for v in values)]
            ranges = [(q.start, nxt), (prev, nxt)] + bare + q.scope.lead_ins + q.scope.headings[:1]
        else:
            ranges = [(q.start, nxt), (q.start, q.clause.end), q.scope.clause] + q.scope.clauses_before \
                + q.scope.lead_ins + q.scope.headings[:1]
        q.indicator = "other"
        counted = fold(q.counted)
        orgs = q.orgs or []
        done = False
        for r in ranges:
            if not has(_any_rule(), -1, r):
                continue
            for i, (key, any_rx, with_rx, not_rx, for_money, not_orgs, counted_rx) in enumerate(rules):
                if for_money and q.kind != "budget":
                    continue  # (money told as revenue or spent is no funding: "thu ngân sách đạt 870 tỷ")
                if not_orgs and not_orgs.intersection(orgs):
                    continue
                if not has(any_rx, 2 * i, r):
                    continue
                if with_rx is not None and not (has(with_rx, 2 * i + 1, r) or with_rx.search(counted)):
                    continue
                if not_rx is not None and not_rx.search(counted):
                    continue
                # (the verb before the value, and what it counts or the words before it: "kết nạp 1.120
                # đảng viên, đạt 104,2% chỉ tiêu"; not the next value's phrase)
                if counted_rx is not None and not (any_rx.search(low, r[0], q.start) and (
                        counted_rx.search(counted) or counted_rx.search(low, r[0], q.start))):
                    continue
                q.indicator, done = key, True
                break
            if done:
                break
