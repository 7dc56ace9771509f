"""Component ``counted``: the noun phrase after each value, what is counted
("đoàn viên, hội viên", "việc làm mới"), read on underthesea words.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.extract.base import Context, Quantity
from pipeline.lexicon import alternation, compile_pattern, load_lexicon, starts_with
from pipeline.tokenize import words as segment

_RX_PUNCT_TOKEN = regex.compile(r"[;:.!?()\[\]\"]+")
# "01 (một) mô hình": the number spelled out in brackets is not what is counted
_RX_SPELLED = regex.compile(r"\s*\([\p{L}\s]{1,30}\)")
_MAX_WORDS = 14
_WINDOW = 120  # characters after a clause's last value where counted phrases can be
_CONTEXT = 20  # characters segmented beyond a phrase's first stop


@lru_cache(maxsize=1)
def _patterns() -> dict:
    comp = load_lexicon("comparators")
    stops = comp.verbs + list(comp.after) + comp.counted_stops
    return {
        # where a counted phrase ends at the latest: a stop word on a syllable or punctuation
        "reach": compile_pattern(rf'[;:!?()\[\]"]|\.(?!\d)|(?<![\p{{L}}\p{{N}}])(?:{alternation(stops)})(?![\p{{L}}\p{{N}}])'),
        "stop": starts_with(comp.verbs + list(comp.after) + comp.counted_stops),
        "after_cmp": starts_with(list(comp.after)),
        "first_stop": starts_with(comp.counted_stops),
        "trailing": frozenset(comp.counted_trailing),
        "copulas": frozenset(comp.copulas),
    }


def _counted(ctx: Context, q: Quantity, nxt: int, doc: list, cs: int) -> tuple[str, bool]:
    """The phrase after q in the segmented ``doc`` ((offset, word) pairs of a stretch
    that starts at ``cs``), and whether a stop ended it (not the end of ``doc``)."""
    P = _patterns()
    stop = P["stop"]
    pos = q.end
    for rx in (P["after_cmp"], _RX_SPELLED):
        m = rx.match(ctx.low, pos, nxt)
        if m:
            pos = m.end()
    words = []
    stopped = False
    for idx, t in doc:
        ts = cs + idx
        if ts < pos or t.isspace():  # (what spaCy's Token.is_space tells)
            continue
        if ts >= nxt:
            stopped = True
            break
        if _RX_PUNCT_TOKEN.fullmatch(t) or (words and stop.match(ctx.low, ts, nxt)) \
                or (t == "," and words and ctx.low[words[0][0]] == "/"):  # "2,5-3%/năm, tốc độ ...": a rate's period ends it
            stopped = True
            break
        if not words and stop.match(ctx.low, ts, nxt) and t.lower() in P["copulas"]:
            continue  # "100% có ..." — skip a leading copula
        if not words and (t == "," or P["first_stop"].match(ctx.low, ts, nxt) or stop.match(ctx.low, ts, nxt)):
            stopped = True
            break  # "dưới 5% vào cuối năm 2025", "đạt 85%, Hội ...", "95% đạt ...": nothing is counted
        words.append((ts, ts + len(t)))
        if len(words) >= _MAX_WORDS:
            stopped = True
            break
    while words and ctx.low[words[-1][0]:words[-1][1]] in P["trailing"]:
        words.pop()
    return (ctx.norm.text[words[0][0]: words[-1][1]].strip(" ,") if words else ""), stopped


def _reach(ctx: Context, q: Quantity, limit: int) -> int:
    """Where the phrase after q can end at the latest: its first stop after a leading
    copula ("100% có ..."), or ``limit``. Only that stretch needs word segmentation."""
    P = _patterns()
    pos = q.end
    for rx in (P["after_cmp"], _RX_SPELLED):
        m = rx.match(ctx.low, pos, limit)
        if m:
            pos = m.end()
    while True:
        m = P["reach"].search(ctx.low, pos, limit)
        if m is None:
            return limit
        if not ctx.low[pos:m.start()].strip() and m.group(0) in P["copulas"]:
            pos = m.end()  # a leading copula is skipped, the phrase goes on after it
            continue
        return m.start()


def find_counted(ctx: Context) -> None:
    """What each value counts.

    >>> from pipeline.extract import run
    >>> run("Mỗi chi hội ít nhất 01 việc làm mới.", until="counted").quantities[0].counted
    'việc làm mới'
    """
    done: dict[str, list] = {}  # this document's stretches already segmented (" trở lên;" recurs)

    def seg(text: str) -> list:
        if text not in done:
            done[text] = segment(text)
        return done[text]

    for qs in ctx.by_clause.values():
        # segment only the stretches where counted phrases can be, up to each one's first
        # stop (and a few syllables more, the segmenter's context): word segmentation is
        # the slowest step of the whole pipeline
        ce = min(qs[0].clause.end, qs[-1].end + _WINDOW)
        stretches: list[list] = []  # [start, end, values]
        for q in qs:
            limit = min(ctx.next_start(q), ce)
            end = min(limit, _reach(ctx, q, limit) + _CONTEXT)
            if stretches and q.end <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], end)
                stretches[-1][2].append(q)
            else:
                stretches.append([q.end, end, [q]])
        whole = None  # the clause's whole window, segmented only if a stretch was too short
        for cs, end, values in stretches:
            doc = seg(ctx.norm.text[cs:end])
            for q in values:
                limit = min(ctx.next_start(q), ce)
                q.counted, stopped = _counted(ctx, q, min(limit, end), doc, cs)
                if not stopped and end < limit:
                    # the stop fell inside a word ("hội đạt" segmented as one): read on
                    whole = whole or seg(ctx.norm.text[qs[0].end:ce])
                    q.counted, _ = _counted(ctx, q, limit, whole, qs[0].end)
