"""Component ``budget_parts``: amounts that are parts of a total stated before them.

"Tổng kinh phí: 2,5 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng, ngân sách
huyện 800 triệu đồng": the 1,2 tỷ and the 800 triệu point to the 2,5 tỷ
(``part_of``), so nobody sums the parts with their total.
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.extract.base import Context
from pipeline.lexicon import load_lexicon, words_re


@lru_cache(maxsize=1)
def _markers():
    return words_re(load_lexicon("kinds").part_markers)


def find_budget_parts(ctx: Context) -> None:
    """Point each part of a budget to its total.

    >>> from pipeline.extract import run
    >>> qs = run("Tổng kinh phí: 2,5 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng.", until="budget_parts").quantities
    >>> qs[1].part_of == (qs[0].start, qs[0].end)
    True
    """
    for qs in ctx.by_block.values():
        money = [q for q in qs if q.kind == "budget"]
        total = None
        for prev, q in zip([None] + money[:-1], money):
            same_sentence = prev is not None and prev.sentence_index == q.sentence_index
            if not same_sentence:
                total = None
            elif total is None and _markers().search(ctx.low, prev.end, q.start):
                total = prev
            if total is not None and q is not total:
                q.part_of = (total.start, total.end)
