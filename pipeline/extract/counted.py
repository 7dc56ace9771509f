"""Component ``counted``: the noun phrase after each value, what is counted
("đoàn viên, hội viên", "việc làm mới"), read on underthesea words.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context, Quantity
from pipeline.lexicon import load_lexicon, starts_with
from pipeline.tokenize import tokenize

_RX_PUNCT_TOKEN = regex.compile(r"[;:.!?()\[\]\"]+")
# "01 (một) mô hình": the number spelled out in brackets is not what is counted
_RX_SPELLED = regex.compile(r"\s*\([\p{L}\s]{1,30}\)")
_MAX_WORDS = 14
_WINDOW = 120  # characters after a clause's last value where counted phrases can be


@lru_cache(maxsize=1)
def _patterns() -> dict:
    comp = load_lexicon("comparators")
    return {
        "stop": starts_with(comp.verbs + list(comp.after) + comp.counted_stops),
        "after_cmp": starts_with(list(comp.after)),
        "first_stop": starts_with(comp.counted_stops),
        "trailing": frozenset(comp.counted_trailing),
        "copulas": frozenset(comp.copulas),
    }


def _counted(ctx: Context, q: Quantity, nxt: int, doc, cs: int) -> str:
    P = _patterns()
    stop = P["stop"]
    pos = q.end
    for rx in (P["after_cmp"], _RX_SPELLED):
        m = rx.match(ctx.low, pos, nxt)
        if m:
            pos = m.end()
    words = []
    for tok in doc:
        ts = cs + tok.idx
        if ts < pos or tok.is_space:
            continue
        if ts >= nxt:
            break
        t = tok.text
        if _RX_PUNCT_TOKEN.fullmatch(t) or (words and stop.match(ctx.low, ts, nxt)):
            break
        if not words and stop.match(ctx.low, ts, nxt) and t.lower() in P["copulas"]:
            continue  # "100% có ..." — skip a leading copula
        if not words and (t == "," or P["first_stop"].match(ctx.low, ts, nxt) or stop.match(ctx.low, ts, nxt)):
            break  # "dưới 5% vào cuối năm 2025", "đạt 85%, Hội ...", "95% đạt ...": nothing is counted
        words.append((ts, ts + len(t)))
        if len(words) >= _MAX_WORDS:
            break
    while words and ctx.low[words[-1][0]:words[-1][1]] in P["trailing"]:
        words.pop()
    return ctx.norm.text[words[0][0]: words[-1][1]].strip(" ,") if words else ""


def find_counted(ctx: Context) -> None:
    """What each value counts.

    >>> from pipeline.extract import run
    >>> run("Mỗi chi hội ít nhất 01 việc làm mới.", until="counted").quantities[0].counted
    'việc làm mới'
    """
    for qs in ctx.by_clause.values():
        # segment only the stretch where counted phrases can be: word
        # segmentation is the slowest step of the whole pipeline
        cs = qs[0].end
        ce = min(qs[0].clause.end, qs[-1].end + _WINDOW)
        doc = tokenize(ctx.norm.text[cs:ce])
        for q in qs:
            nxt = ctx.next_start(q)
            q.counted = _counted(ctx, q, min(nxt, ce), doc, cs)
