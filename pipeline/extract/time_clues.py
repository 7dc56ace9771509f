"""Clues to a figure's time in the words around it, for :mod:`pipeline.extract.time_frame`:
the present of a dated page ("Hiện nay, ..."), money counted per person ("triệu
đồng/người/năm"), an opening adverbial set off by its comma ("Hằng năm, ..."), a sentence
of aims that leads the paragraph's later ones."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from pipeline.extract.base import Context
from pipeline.extract.kind_patterns import names_aims
from pipeline.extract.timewords import time_patterns
from pipeline.lexicon import alternation, compiled, load_lexicon


_SINCE_REACH = 30  # "từ năm 2021 đến nay": the year the span starts from, before "đến nay"


def told_as_now(ctx: Context, q, own: tuple[int, int], framed: bool, past: Optional[tuple[int, int]] = None) -> bool:
    """Whether a figure's own clause tells it as of the time of writing ("Hiện nay, ...",
    "Đến nay, ...", "Từ đầu năm đến nay, ...") in a document of no period of its own and
    no frame: its year is the year of writing. Not a span from a stated year ("Từ năm 2021
    đến nay": both years are not stated), nor from the time just past named in the sentence
    (``past``: "Nhiệm kỳ qua, ... đến nay có 50 mô hình")."""
    dc = ctx.document
    if framed or dc.written_year is None or dc.term is not None:
        return False
    # (in the value's sentence: "Từ đầu năm đến nay, Hội đã dựng 9 nhà")
    sent = q.block.sentences[q.sentence_index].start if q.block.sentences else own[0]
    m = compiled("time", "present_words").search(ctx.low, min(sent, own[0]), q.start)
    if m is None or (past is not None and min(sent, own[0]) <= past[0] < q.start):
        return False
    since = ctx.low[max(min(sent, own[0]), m.start() - _SINCE_REACH):m.start()]
    return not regex.search(r"(?:19|20)\d\d", since)


_PER_HEAD_REACH = 12  # "9.100 USD/người/năm": the person right after the money, before its year


def per_capita(ctx: Context, q, own: tuple[int, int]) -> bool:
    """Whether money is counted per person ("thu nhập bình quân đầu người", "USD/người/năm")."""
    if compiled("time", "per_capita_words").search(ctx.low, own[0], q.start):
        return True
    heads = alternation(load_lexicon("time").per_capita_units or ["(?!)"])
    return bool(regex.match(rf"\s*/\s*(?:{heads})(?![\p{{L}}])", ctx.low[q.end:q.end + _PER_HEAD_REACH]))


def set_off(low: str, lead: tuple[int, int]) -> bool:
    """Whether an opening is words of time that hold the whole sentence: closed by a comma
    ("Hằng năm, ..."), or opening a list of what there is ("Hằng năm có 80% ...; ... có 55% ...");
    not the adverb of one verb ("Mỗi năm trồng mới, chăm sóc ...").

    >>> set_off("hằng năm, có 80% hộ", (0, 8)), set_off("mỗi năm trồng mới, chăm sóc", (0, 17))
    (True, False)
    """
    ends = [m.end() for m in time_patterns()["freq"].finditer(low, lead[0], lead[1])]
    if not ends:
        return False
    rest = low[ends[-1]:lead[1]].strip()
    return (not rest and low.startswith(",", lead[1])) or bool(compiled("time", "existential_openers").match(rest))


def aims_sentence(ctx: Context, q, value_starts: list[int]) -> list[tuple[int, int]]:
    """The nearest earlier sentence of the paragraph that names the aims of a year and holds
    no value of its own ("UBND tỉnh nêu rõ các chỉ tiêu trọng tâm năm 2025. Nổi bật là
    GRDP tăng trên 9%; ..."): it leads the sentences after it as a lead-in would."""
    sents = q.block.sentences
    for sent in reversed(sents[:q.sentence_index] if q.sentence_index else []):
        i = bisect_left(value_starts, sent.start)
        if i < len(value_starts) and value_starts[i] < sent.end:
            break  # a sentence with figures of its own: not a lead
        if names_aims(ctx.low, sent.start, sent.end):
            return [(sent.start, sent.end)]
    # (but the paragraph's first sentence leads by the aims it opens with, before its first figure:
    # "Mục tiêu chung năm 2031 phấn đấu ... đạt 584 tỷ đồng. ... Thu nhập bình quân đạt ...")
    if q.sentence_index:
        i = bisect_left(value_starts, sents[0].start)
        first = value_starts[i] if i < len(value_starts) else sents[0].end
        if first < sents[0].end and names_aims(ctx.low, sents[0].start, first):
            return [(sents[0].start, first)]
    return []
