"""Comparison rows from an alignment: one per parent record, then the plan's additions.

Each row names the parent it answers (``ref_doc``, ``ref_path``) and the plan
(``plan_doc``, ``plan_path``), carries the pair's similarity and shared words,
the places either side restates the target, the result a progress report
gives for it, and whether a person should check it.
"""
from __future__ import annotations

from typing import Optional

from pipeline.compare.align import CONFIDENT, NEAR_MISS, Alignment, Group, Record
from pipeline.compare.similarity import Match, money_measure
from pipeline.compare.sides import Side
from pipeline.compare.verdict import Frame, judge, meets, reason, time_text, value_text, verdict_of
from pipeline.compare.wording import wording
from pipeline.lexicon import load_lexicon
from schemas import ComparisonRow, Target

#: Characters of context a quote may take around a figure when the record has none.
QUOTE_WIDTH = 160


def quote(t: Target, text: Optional[str], width: int = QUOTE_WIDTH) -> str:
    """The target's quote, or, when it has none, the clause around its span in ``text``."""
    if t.quote or not text:
        return t.quote
    a, b = t.span
    start = max(text.rfind(c, 0, a) for c in ";.:\n(") + 1
    end = min([i for i in (text.find(c, b) for c in ";.\n") if i >= 0] or [len(text)])
    start, end = max(start, a - width), min(end, b + width)
    return text[start:end].strip()


def _side_fields(prefix: str, t: Optional[Target], side: Side) -> dict:
    fields: dict = {f"{prefix}_doc": side.doc_id, f"{prefix}_path": side.path}
    if t is None:
        return fields
    text = side.text
    mention = text[t.span[0]:t.span[1]] if text and t.span[1] <= len(text) else ""
    fields.update({
        f"{prefix}_span": t.span, f"{prefix}_org": t.org,
        f"{prefix}_value": t.value, f"{prefix}_value_max": t.value_max,
        f"{prefix}_comparator": t.comparator, f"{prefix}_unit": t.unit,
        f"{prefix}_text": value_text(t), f"{prefix}_time": time_text(t),
        f"{prefix}_counted": t.counted, f"{prefix}_mention": mention,
        f"{prefix}_quote": quote(t, text),
    })
    return fields


def _spans(group: Optional[Group], own: Optional[Record]) -> list[tuple[int, int]]:
    """Where else the group states its target (spans other than the row's own)."""
    if group is None or own is None:
        return []
    return sorted({tuple(r.target.span) for r in group.members} - {tuple(own.target.span)})


def _review(code: str, match: Optional[Match]) -> str:
    w = wording()
    if match is None:
        return ""
    score = f"{match.score:.2f}".replace(".", ",")
    if code in ("missing", "added"):
        return w.review["near_miss"].format(score=score) if match.score >= NEAR_MISS else ""
    return w.review["low_score"].format(score=score) if match.score < CONFIDENT else ""


def _row(parent: Side, plan: Side, r: Optional[Record], p: Optional[Record], code: str,
         org: Optional[str], match: Optional[Match], ref_group: Optional[Group] = None,
         plan_group: Optional[Group] = None) -> ComparisonRow:
    rt, pt = (r.target if r else None), (p.target if p else None)
    review = _review(code, match)
    return ComparisonRow(
        verdict=verdict_of(code), reason_code=code, reason=reason(code, rt, pt),
        indicator=(rt or pt).indicator, kind=(rt or pt).kind if (rt or pt).kind != "result" else "target",
        org=org, score=None if match is None else round(match.score, 3),
        matched=list(match.matched) if match is not None and p is not None and r is not None else [],
        needs_review=bool(review), review_reason=review,
        ref_repeats=_spans(ref_group, r), plan_repeats=_spans(plan_group, p),
        **_side_fields("ref", rt, parent), **_side_fields("plan", pt, plan),
    )


def _with_result(row: ComparisonRow, result: Optional[Group], r: Record, plan: Side) -> ComparisonRow:
    if result is None:
        return row
    t = result.main.target
    return row.model_copy(update={
        "result_span": t.span, "result_text": ", ".join(x for x in (value_text(t), time_text(t)) if x),
        "result_quote": quote(t, plan.text), "result_met": meets(t, r.target, r.reading.ceiling),
    })


def stated(group: Group) -> list[Record]:
    """The members of a parent group that get rows of their own: a web page's summary
    restating the document's text is listed with the text's row, not as a target."""
    own = [r for r in group.members if not r.reading.preface]
    return own or group.members


def frame(r: Record, side: Side) -> Frame:
    """What the verdict needs to know of a record beyond its fields."""
    per_head = any(w in r.reading.terms for w in load_lexicon("time").per_capita_words)
    measure = money_measure(r.reading) if r.target.unit in ("vnd", "usd") else None
    return Frame(r.reading.ceiling, r.reading.unit_level, side.level, r.reading.average, r.reading.added, r.reading.total,
                 per_head, measure)


def build_rows(alignment: Alignment, parents: list[Side], plan: Side) -> list[ComparisonRow]:
    """Rows in the parents' order (a parent record's rows in document order), then the
    plan records no parent asks for (``added``)."""
    entries: list[tuple[tuple, ComparisonRow]] = []
    for gp in alignment.pairs:
        q, main = gp.plan.main, gp.parent.main
        # a repeat (a headline, an annex row) is judged as the clause it restates: the
        # main text says in full what a headline leaves out ("hằng năm", the deadline)
        code = judge(main.target, q.target, frame(main, parents[main.side - 1]), frame(q, plan))
        for r in stated(gp.parent):
            row = _row(parents[r.side - 1], plan, r, q, code, gp.org, gp.match, gp.parent, gp.plan)
            row = _with_result(row, alignment.results.get(id(gp.parent)), r, plan)
            entries.append(((r.side, r.target.span[0], r.index, q.target.span[0]), row))
    for g, best, _ in alignment.missing:
        for r in stated(g):
            row = _row(parents[r.side - 1], plan, r, None, "missing", r.target.org, best, g)
            row = _with_result(row, alignment.results.get(id(g)), r, plan)
            entries.append(((r.side, r.target.span[0], r.index, -1), row))
    entries.sort(key=lambda e: e[0])
    rows = [row for _, row in entries]
    # an addition answers no parent: with several, the row names them all
    nobody = parents[0] if len(parents) == 1 else Side(" + ".join(p.doc_id for p in parents), [])
    for g in sorted(alignment.added, key=lambda g: g.main.target.span[0]):
        rows.append(_row(nobody, plan, None, g.main, "added", g.org, None, None, g))
    return rows
