"""What the verdict page shows of a comparison row: cells, both quotes in their
documents, the reason, the records' evidence and whether a person should check it.

Only plain strings leave this module; the templates escape every one of them.
Fields the comparison adds later (which parent a row answers, similarity, the
words that matched, a needs-review flag) are shown when a row has them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from pydantic import BaseModel

from pipeline.compare.verdict import time_text, value_text
from pipeline.compare.wording import VERDICTS, wording
from schemas import ComparisonRow, Document, Target

#: Row fields the table and the quotes already show.
SHOWN_FIELDS = {
    "ref_doc", "plan_doc", "verdict", "reason", "reason_code", "indicator", "org", "kind",
    *(f"{side}_{f}" for side in ("ref", "plan") for f in (
        "span", "org", "value", "value_max", "comparator", "unit", "text", "time", "counted",
        "mention", "quote", "path", "repeats")),
    "result_span", "result_text", "result_quote", "result_met",
}
#: Names a needs-review flag may have on a row, and its explanation.
REVIEW_FLAGS = ("needs_review", "review", "to_check", "uncertain")
REVIEW_NOTES = ("review_reason", "review_note")
#: Characters of document text shown around a quantity on either side.
CONTEXT = 240


def number(x: float) -> str:
    """A score the Vietnamese way: ``0,62``."""
    return f"{x:.2f}".replace(".", ",")


@dataclass
class SideView:
    """One side of an opened row: the passage with the mention marked, the record's fields."""

    before: str
    mention: str
    after: str
    anchor: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[tuple[str, str]] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)  # anchors of the other places it is stated


@dataclass
class ResultView:
    """A result the plan reports on the row's target (a progress report)."""

    before: str
    mention: str
    after: str
    anchor: str
    text: str
    met: Optional[bool]


@dataclass
class RowView:
    n: int
    verdict: str
    verdict_label: str
    org: str
    org_label: str
    indicator: str
    indicator_label: str
    ref_value: str
    plan_value: str
    reason: str
    review: list[str]
    ref: Optional[SideView]
    plan: Optional[SideView]
    extras: list[tuple[str, str]]
    ref_doc: str
    kind: str = "target"
    kind_label: str = ""
    result: Optional[ResultView] = None


def _text(v: Any) -> str:
    """Any value a record or row may carry (str, number, list, dict, model) → one line."""
    if v is None:
        return ""
    if isinstance(v, BaseModel):
        v = v.model_dump(exclude_none=True)
    if isinstance(v, bool):
        return "✓" if v else "—"
    if isinstance(v, float):
        return number(v) if not v.is_integer() else str(int(v))
    if isinstance(v, dict):
        return "; ".join(f"{k}: {_text(x)}" for k, x in v.items() if x not in (None, "", [], {}))
    if isinstance(v, (list, tuple)):
        return ", ".join(_text(x) for x in v if x not in (None, ""))
    return str(v)


def evidence_items(t: Target, labels: dict[str, str]) -> list[tuple[str, str]]:
    """The record's ``evidence`` (where its organization, kind and time came from) as
    (label, text) pairs; empty while records have none.

    >>> evidence_items(Target(doc_id="d", span=(0, 3), value=90, unit="percent", comparator=">="), {})
    []
    """
    ev = getattr(t, "evidence", None)
    if ev is None:
        return []
    if isinstance(ev, BaseModel):
        ev = ev.model_dump(exclude_none=True)
    if isinstance(ev, dict):
        return [(labels.get(k, k), _text(v)) for k, v in ev.items() if v not in (None, "", [], {})]
    if isinstance(ev, (list, tuple)):
        return [("", _text(x)) for x in ev]
    return [("", _text(ev))]


def record_fields(t: Target, labels: dict[str, str], kinds: dict[str, str]) -> list[tuple[str, str]]:
    """What was extracted for one record, labelled, empty fields left out."""
    w = wording()
    pairs = [
        ("value", value_text(t)), ("comparator", t.comparator),
        ("org", w.orgs.get(t.org, t.org) if t.org else ""),
        ("indicator", w.indicators.get(t.indicator, t.indicator)),
        ("kind", kinds.get(t.kind, t.kind)), ("time", time_text(t)),
        ("counted", t.counted or ""), ("level", w.levels.get(t.level, "") if t.level else ""),
        ("section", t.section),
    ]
    return [(labels.get(k, k), v) for k, v in pairs if v]


def passage(text: str, span: tuple[int, int]) -> tuple[str, str, str]:
    """The line around ``span`` (at most :data:`CONTEXT` characters each side), split
    into before, mention, after.

    >>> passage("Mục 1\\nHội Nông dân đạt 90% trở lên;\\nMục 2", (23, 26))
    ('Hội Nông dân đạt ', '90%', ' trở lên;')
    """
    a, b = span
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    start, end = max(start, a - CONTEXT), min(end, b + CONTEXT)
    before = ("…" if start > 0 and text[start - 1] != "\n" else "") + text[start:a]
    after = text[b:end] + ("…" if end < len(text) and text[end] != "\n" else "")
    return before, text[a:b], after


def anchor(span: tuple[int, int]) -> str:
    """The id of a quantity's mark on the document page."""
    return f"t-{span[0]}-{span[1]}"


def find_target(targets: list[Target], span, org) -> Optional[Target]:
    """The record a row side speaks of: same span, same organization if there is one."""
    same = [t for t in targets if tuple(t.span) == tuple(span)]
    return next((t for t in same if t.org == org), same[0] if same else None)


def _side(row: ComparisonRow, prefix: str, doc: Optional[Document], targets: list[Target],
          iface) -> Optional[SideView]:
    span = getattr(row, f"{prefix}_span")
    if span is None:
        return None
    text = doc.text if doc is not None else ""
    if text and span[1] <= len(text):
        before, mention, after = passage(text, span)
    else:  # no text (records only): the quote as the comparison gave it
        before, mention, after = getattr(row, f"{prefix}_quote"), "", ""
    t = find_target(targets, span, getattr(row, f"{prefix}_org"))
    repeats = [anchor(r) for r in getattr(row, f"{prefix}_repeats", None) or []]
    view = SideView(before, mention, after, anchor(span), repeats=repeats)
    if t is not None:
        view.fields = record_fields(t, iface.record_fields, iface.kinds)
        view.evidence = evidence_items(t, iface.record_fields)
    return view


def _result(row: ComparisonRow, plan: Optional[Document]) -> Optional[ResultView]:
    span = getattr(row, "result_span", None)
    if span is None:
        return None
    text = plan.text if plan is not None else ""
    if text and span[1] <= len(text):
        before, mention, after = passage(text, span)
    else:
        before, mention, after = getattr(row, "result_quote", ""), "", ""
    return ResultView(before, mention, after, anchor(span), getattr(row, "result_text", ""),
                      getattr(row, "result_met", None))


def review_reasons(row: ComparisonRow, review_score: float, iface) -> list[str]:
    """Why a person should check this row; empty when nothing calls for it.

    The comparison's own flag decides when it has one; until it does, a weak
    alignment or a pair that cannot be compared is marked.
    """
    fields = type(row).model_fields
    flags = [name for name in REVIEW_FLAGS if name in fields]
    if flags:
        if not any(getattr(row, name) for name in flags):
            return []
        notes = [_text(getattr(row, n)) for n in REVIEW_NOTES if n in fields and getattr(row, n)]
        return [iface.review["flagged"], *notes]
    reasons = []
    if row.score is not None and row.score < review_score:
        reasons.append(iface.review["low_score"].format(score=number(row.score)))
    if row.verdict == "not_comparable":
        reasons.append(iface.review["not_comparable"])
    return reasons


def extras(row: ComparisonRow, iface) -> list[tuple[str, str]]:
    """Row fields beyond the table's (score, similarity, matched words, ...), labelled."""
    skip = SHOWN_FIELDS | set(REVIEW_FLAGS) | set(REVIEW_NOTES)
    found = []
    for name in type(row).model_fields:
        v = getattr(row, name)
        if name in skip or v in (None, "", [], {}):
            continue
        found.append((iface.row_fields.get(name, name), _text(v)))
    return found


def row_view(n: int, row: ComparisonRow, reference, plan, review_score: float, iface) -> RowView:
    """Everything the verdict page shows of row ``n``; ``reference``/``plan`` are
    :class:`pipeline.web.analysis.ReadDoc`."""
    w = wording()
    return RowView(
        n=n, verdict=row.verdict, verdict_label=w.verdicts[row.verdict].label,
        org=row.org or "", org_label=w.orgs.get(row.org, row.org) if row.org else "",
        indicator=row.indicator, indicator_label=w.indicators.get(row.indicator, row.indicator),
        ref_value=", ".join(x for x in (row.ref_text, row.ref_time) if x),
        plan_value=", ".join(x for x in (row.plan_text, row.plan_time) if x),
        reason=row.reason, review=review_reasons(row, review_score, iface),
        ref=_side(row, "ref", reference.doc, reference.targets, iface),
        plan=_side(row, "plan", plan.doc, plan.targets, iface),
        extras=extras(row, iface), ref_doc=row.ref_doc,
        kind=getattr(row, "kind", "target"), kind_label=iface.kinds.get(getattr(row, "kind", "target"), ""),
        result=_result(row, plan.doc),
    )


def verdict_counts(rows: list[ComparisonRow]) -> list[tuple[str, str, int]]:
    """(code, label, count) for every verdict present, in the comparison's order."""
    w = wording()
    c = {v: 0 for v in VERDICTS}
    for r in rows:
        c[r.verdict] = c.get(r.verdict, 0) + 1
    return [(v, w.verdicts[v].label, n) for v, n in c.items() if n and v in w.verdicts]


def options(views: list[RowView], code: str, label: str) -> list[tuple[str, str]]:
    """The distinct (code, label) values of one column, in label order, for a filter."""
    seen = {getattr(v, code): getattr(v, label) for v in views if getattr(v, code)}
    return sorted(seen.items(), key=lambda kv: kv[1])


def keep(view: RowView, verdict: str, org: str, indicator: str, review: bool) -> bool:
    """Does the row pass the page's filters (an empty filter passes everything)?"""
    return ((not verdict or view.verdict == verdict) and (not org or view.org == org)
            and (not indicator or view.indicator == indicator) and (not review or bool(view.review)))
