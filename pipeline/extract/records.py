"""Quantities → target records, one per organization, spans mapped back to the file."""
from __future__ import annotations

from pipeline.extract.base import Context, Quantity
from schemas import Evidence, FieldEvidence, Target


def _evidence(ctx: Context, q: Quantity) -> Evidence:
    out = {}
    for name, ev in q.evidence.items():
        span = ctx.norm.to_original(*ev.span) if ev.span else None
        out[name] = FieldEvidence(source=ev.source, span=span)
    return Evidence(**out)


def to_targets(ctx: Context) -> list[Target]:
    """The records of an extracted document (offsets into ``Document.text``)."""
    doc, norm = ctx.doc, ctx.norm
    out: list[Target] = []
    for q in ctx.quantities:
        s, e = norm.to_original(q.start, q.end)
        quote_s, quote_e = norm.to_original(q.clause.start, q.clause.end)
        evidence = _evidence(ctx, q)
        part_of = norm.to_original(*q.part_of) if q.part_of else None
        for org in (q.orgs or [None]):
            out.append(Target(
                doc_id=doc.id, span=(s, e), value=q.value, value_max=q.value_max, denominator=q.denominator,
                change=q.change, unit=q.unit, comparator=q.comparator or "=", org=org, indicator=q.indicator,
                counted=q.counted or None, deadline_year=q.deadline_year, period=q.period, frequency=q.frequency,
                level=q.level, kind=q.kind, quote=doc.text[quote_s:quote_e].strip(), section=q.block.section,
                part_of=part_of, evidence=evidence,
            ))
    return out
