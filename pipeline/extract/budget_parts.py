"""Component ``budget_parts``: amounts that are parts of a total stated before them.

"Kinh phí cả giai đoạn: 3,4 tỷ đồng; trong đó ngân sách tỉnh 1,9 tỷ đồng, ngân sách
huyện 600 triệu đồng": the 1,9 tỷ and the 600 triệu point to the 3,4 tỷ
(``part_of``), so nobody sums the parts with their total.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context
from pipeline.lexicon import load_lexicon, words_re


@lru_cache(maxsize=1)
def _markers():
    return words_re(load_lexicon("kinds").part_markers)


def find_budget_parts(ctx: Context) -> None:
    """Point each part of a budget to its total.

    >>> from pipeline.extract import run
    >>> qs = run("Kinh phí cả giai đoạn: 3,4 tỷ đồng; trong đó ngân sách tỉnh 1,9 tỷ đồng.", until="budget_parts").quantities
    >>> qs[1].part_of == (qs[0].start, qs[0].end)
    True
    """
    last_money = None  # the last money of the paragraph before
    for _, qs in sorted(ctx.by_block.items()):
        # (money of any kind: "Tổng vốn huy động ... 1.000 tỷ đồng. Trong đó, ..." has parts too)
        money = [q for q in qs if q.unit in ("vnd", "usd")]
        total = None
        # a paragraph that opens "Trong đó, 297 tỷ đồng ..." breaks down the total the paragraph
        # before ended on ("Sở ... đề xuất 471,5 tỷ đồng ... ."): its money are parts of it
        if money and last_money is not None and money[0].sentence_index == 0 and _opens_with_marker(ctx, money[0]) \
                and money[0].block.index == last_money.block.index + 1:
            total = last_money
        carried = total
        for prev, q in zip([None] + money[:-1], money):
            same_sentence = prev is not None and prev.sentence_index == q.sentence_index
            # "Tổng vốn giai đoạn 2026 - 2030 là 800 tỷ đồng. Trong đó, ngân sách tỉnh 300 tỷ đồng ..."
            goes_on = prev is not None and q.sentence_index == (prev.sentence_index or 0) + 1 \
                and _opens_with_marker(ctx, q)
            if goes_on:
                total = prev if total is None or total.sentence_index != prev.sentence_index else total
            elif not same_sentence and not (carried is not None and q.sentence_index == 0):
                total = None
            elif total is None and _markers().search(ctx.low, prev.end, q.start):
                total = prev
            if total is not None and q is not total:
                q.part_of = (total.start, total.end)
                # a part of a budget is a budget line of the same programme; a part of money to be
                # mobilized ("Vốn cần huy động cho Đề án ... Trong đó, vốn ngân sách tỉnh ...") an aim
                q.kind = total.kind
        _shares_of_budgets(ctx, qs)
        if money:
            last_money = money[-1]


def _shares_of_budgets(ctx: Context, qs) -> None:
    """A share a part of a budget is said as ("Tổng kinh phí ... 52.000 tỷ đồng, trong đó ngân sách
    tỉnh chiếm 58%"): a budget line too, pointing to that total."""
    for i, q in enumerate(qs):
        if q.unit != "percent":
            continue
        total = next((x for x in reversed(qs[:i]) if x.unit in ("vnd", "usd") and x.part_of is None), None)
        if total is not None and total.kind == "budget" and total.sentence_index == q.sentence_index \
                and _markers().search(ctx.low, total.end, q.start):
            q.part_of, q.kind = (total.start, total.end), "budget"


def _opens_with_marker(ctx: Context, q) -> bool:
    """Does the value's sentence open with a part marker ("Trong đó, ...")?"""
    sent = q.block.sentences[q.sentence_index]
    return bool(_opening_marker().match(ctx.low, sent.start, q.start))


@lru_cache(maxsize=1)
def _opening_marker():
    return regex.compile(rf"\W*(?:{'|'.join(regex.escape(w) for w in load_lexicon('kinds').part_markers)})(?![\p{{L}}])")
