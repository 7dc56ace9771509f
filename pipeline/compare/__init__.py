"""Compare stage: check a plan's targets against its parent resolution.

A province issues a resolution; each district, commune and party bloc issues a
plan that must carry its targets down. :func:`compare` aligns the two sets of
``kind: target`` records (:mod:`pipeline.compare.align`), gives each pair a
verdict (:mod:`pipeline.compare.verdict`) and reports the reference targets the
plan leaves out (``missing``) and the ones it adds (``added``)::

    >>> from pipeline.compare import compare
    >>> rows = compare("corpora/000_f70623145abb4c5f.txt",
    ...                "corpora/001_45df4ddcfde7a44e.txt")  # doctest: +SKIP
    >>> rows[0].reason  # doctest: +SKIP
    'Kế hoạch đặt 100%, cao hơn mức 90% của văn bản cấp trên'

Rows are :class:`schemas.ComparisonRow`; :mod:`pipeline.compare.render` writes
them as a terminal table, .xlsx, .html, .json/.jsonl or .csv.
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from schemas import ComparisonRow, Document, Target
from pipeline.compare.align import align
from pipeline.compare.verdict import judge, reason, time_text, value_text, verdict_of

__all__ = ["compare", "compare_many", "Side", "load_side", "to_dataframe", "ComparisonRow"]

Source = Union[str, Path, Document, Sequence[Target]]


@dataclass
class Side:
    """One document of a comparison: its id, its targets and (when known) its text."""

    doc_id: str
    targets: list[Target]
    text: Optional[str] = None
    path: Optional[str] = None


def _read_jsonl_targets(path: Path) -> list[Target]:
    from pipeline.export import read_jsonl

    fields = set(Target.model_fields)
    return [Target.model_validate({k: v for k, v in r.items() if k in fields}) for r in read_jsonl(path)]


def load_side(source: Source | Side) -> Side:
    """A path (document or .jsonl of records), a Document or a list of Targets → :class:`Side`.

    >>> load_side([]).targets
    []
    """
    if isinstance(source, Side):
        return source
    if isinstance(source, Document):
        from pipeline import extract_document

        return Side(source.id, extract_document(source), source.text, source.source_path)
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.suffix.lower() == ".jsonl":
            targets = _read_jsonl_targets(path)
            ids = {t.doc_id for t in targets}
            if len(ids) > 1:
                raise ValueError(f"{path}: records of {len(ids)} documents; give one document per file")
            return Side(ids.pop() if ids else path.stem, targets, None, str(path))
        from pipeline.read import read_document

        return load_side(read_document(path))
    targets = list(source)
    return Side(targets[0].doc_id if targets else "", targets)


def _quote(t: Target, text: Optional[str], width: int = 160) -> str:
    """The target's quote, or, when it has none, the clause around its span in ``text``."""
    if t.quote or not text:
        return t.quote
    a, b = t.span
    start = max(text.rfind(c, 0, a) for c in ";.:\n(") + 1
    end = min([i for i in (text.find(c, b) for c in ";.\n") if i >= 0] or [len(text)])
    start, end = max(start, a - width), min(end, b + width)
    return text[start:end].strip()


def _side_fields(prefix: str, t: Optional[Target], text: Optional[str]) -> dict:
    if t is None:
        return {}
    mention = text[t.span[0]:t.span[1]] if text and t.span[1] <= len(text) else ""
    return {
        f"{prefix}_span": t.span, f"{prefix}_org": t.org,
        f"{prefix}_value": t.value, f"{prefix}_value_max": t.value_max,
        f"{prefix}_comparator": t.comparator, f"{prefix}_unit": t.unit,
        f"{prefix}_text": value_text(t), f"{prefix}_time": time_text(t),
        f"{prefix}_counted": t.counted, f"{prefix}_mention": mention,
        f"{prefix}_quote": _quote(t, text),
    }


def _row(ref: Side, plan: Side, r: Optional[Target], p: Optional[Target], code: str,
         org: Optional[str], score: Optional[float]) -> ComparisonRow:
    return ComparisonRow(
        ref_doc=ref.doc_id, plan_doc=plan.doc_id, verdict=verdict_of(code), reason_code=code,
        reason=reason(code, r, p), indicator=(r or p).indicator, org=org,
        score=None if score is None else round(score, 3),
        **_side_fields("ref", r, ref.text), **_side_fields("plan", p, plan.text),
    )


def compare(reference: Source | Side, plan: Source | Side) -> list[ComparisonRow]:
    """Rows comparing a plan's targets with its reference's, reference order first,
    then the targets only the plan has.

    ``reference`` and ``plan`` may be paths, Documents or lists of Targets.

    >>> ref = [Target(doc_id="nq", span=(0, 3), value=95, unit="percent", comparator=">=",
    ...               org="HND", indicator="membership_rate", counted="hội viên")]
    >>> kh = [Target(doc_id="kh", span=(9, 12), value=90, unit="percent", comparator="=",
    ...              org="HND", indicator="membership_rate", counted="hội viên")]
    >>> row = compare(ref, kh)[0]
    >>> row.verdict, row.reason
    ('weaker', 'Kế hoạch đặt 90%, thấp hơn mức 95% trở lên của văn bản cấp trên')
    """
    ref, pl = load_side(reference), load_side(plan)
    refs = [t for t in ref.targets if t.kind == "target"]
    plans = [t for t in pl.targets if t.kind == "target"]
    pairs = align(refs, plans)
    by_ref: dict[int, list] = {}
    for x in pairs:
        by_ref.setdefault(x.ref, []).append(x)
    rows = []
    for i, r in enumerate(refs):
        if i not in by_ref:
            rows.append(_row(ref, pl, r, None, "missing", r.org, None))
        for x in by_ref.get(i, []):
            p = plans[x.plan]
            rows.append(_row(ref, pl, r, p, judge(r, p), x.org, x.score))
    aligned = {x.plan for x in pairs}
    rows += [_row(ref, pl, None, p, "added", p.org, None)
             for j, p in enumerate(plans) if j not in aligned]
    return rows


def compare_many(reference: Source | Side, plans: Iterable[Source | Side]) -> list[ComparisonRow]:
    """:func:`compare` of one reference (read and extracted once) with several plans."""
    ref = load_side(reference)
    return [row for plan in plans for row in compare(ref, plan)]


def to_dataframe(rows: Iterable[ComparisonRow]):
    """Rows → a pandas DataFrame, one row per comparison row.

    >>> to_dataframe([]).columns[0]
    'ref_doc'
    """
    import pandas as pd

    return pd.DataFrame([r.record() for r in rows], columns=list(ComparisonRow.model_fields))


class _CallableModule(types.ModuleType):
    """Importing ``pipeline.compare`` rebinds ``pipeline.compare`` to this module;
    calling it still runs :func:`compare`."""

    def __call__(self, reference, plan):
        return compare(reference, plan)


sys.modules[__name__].__class__ = _CallableModule
