"""Compare stage: check a plan's targets against its parent resolution(s).

A province issues a resolution; each district, commune and party bloc issues a
plan that must carry its targets down. :func:`compare_plan` reads every record
in its context (:mod:`.context`, :mod:`.terms`), groups the targets each
document states twice, aligns the plan's targets and budget lines with the
parents' by what they measure (:mod:`.similarity`, :mod:`.align`), gives each
pair a verdict (:mod:`.verdict`) and writes one row per parent record, then the
plan's additions (:mod:`.rows`)::

    >>> from pipeline.compare import compare
    >>> rows = compare("corpora/000_f70623145abb4c5f.txt",
    ...                "corpora/001_45df4ddcfde7a44e.txt")  # doctest: +SKIP
    >>> rows[0].reason  # doctest: +SKIP
    'Kế hoạch đặt 100%, cao hơn mức 90% của văn bản cấp trên'

Rows are :class:`schemas.ComparisonRow`; :mod:`.render` writes them as a
terminal table, .xlsx, .html, .json/.jsonl or .csv.
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence, Union

from pipeline.compare.align import Record, align, group_repeats
from pipeline.compare.rows import build_rows
from pipeline.compare.sides import Side, Source, load_side
from pipeline.compare.similarity import idf
from pipeline.compare.terms import rate_period
from pipeline.errors import ReadError
from schemas import ComparisonRow, Target

__all__ = ["compare", "compare_plan", "compare_many", "compare_each", "Outcome", "Side", "load_side",
           "to_dataframe", "ComparisonRow"]

#: Kinds of record a plan carries down; results are shown beside the target they report on.
COMPARED = ("target", "budget")


def _records(side: Side, number: int, kinds: Sequence[str]) -> list[Record]:
    return [Record(number, i, _as_compared(t), side.readings[i]) for i, t in enumerate(side.targets)
            if t.kind in kinds]


def _as_compared(t: Target) -> Target:
    """A rate written per period ("6,24%/năm") counts as often as its period says."""
    period = rate_period(t.counted)
    return t.model_copy(update={"frequency": period}) if period and period != t.frequency else t


def compare_plan(plan: Union[Source, Side], parents: Sequence[Union[Source, Side]]) -> list[ComparisonRow]:
    """Rows comparing one plan with every parent it implements, aligned jointly: a
    plan target answers one parent target at most, and the row says which parent.

    >>> from schemas import Target
    >>> tinh = [Target(doc_id="nq_tinh", span=(0, 3), value=95, unit="percent", comparator=">=",
    ...                org="HND", indicator="membership_rate", counted="hội viên")]
    >>> huyen = [Target(doc_id="kh_huyen", span=(9, 12), value=90, unit="percent", comparator="=",
    ...                 org="HND", indicator="membership_rate", counted="hội viên")]
    >>> [(r.ref_doc, r.verdict) for r in compare_plan(huyen, [tinh])]
    [('nq_tinh', 'weaker')]
    """
    pl = load_side(plan)
    ps = [load_side(p) for p in parents]
    by_parent = [_records(p, k, COMPARED) for k, p in enumerate(ps, 1)]
    mine = _records(pl, 0, COMPARED)
    results = _records(pl, 0, ("result",))
    weights = idf(r.reading for r in [*mine, *results, *(r for recs in by_parent for r in recs)])
    parent_groups = [g for recs in by_parent for g in group_repeats(recs, weights)]
    alignment = align(parent_groups, group_repeats(mine, weights), weights, group_repeats(results, weights))
    return build_rows(alignment, ps, pl)


def compare(reference: Union[Source, Side], plan: Union[Source, Side]) -> list[ComparisonRow]:
    """Rows comparing a plan's targets with its reference's, reference order first,
    then the targets only the plan has.

    ``reference`` and ``plan`` may be paths, Documents or lists of Targets.

    >>> from schemas import Target
    >>> ref = [Target(doc_id="nq", span=(0, 3), value=95, unit="percent", comparator=">=",
    ...               org="HND", indicator="membership_rate", counted="hội viên")]
    >>> kh = [Target(doc_id="kh", span=(9, 12), value=90, unit="percent", comparator="=",
    ...              org="HND", indicator="membership_rate", counted="hội viên")]
    >>> row = compare(ref, kh)[0]
    >>> row.verdict, row.reason
    ('weaker', 'Kế hoạch đặt 90%, thấp hơn mức 95% trở lên của văn bản cấp trên')
    """
    return compare_plan(plan, [reference])


def compare_many(reference: Union[Source, Side], plans: Iterable[Union[Source, Side]]) -> list[ComparisonRow]:
    """:func:`compare` of one reference (read and extracted once) with several plans."""
    ref = load_side(reference)
    return [row for plan in plans for row in compare(ref, plan)]


@dataclass
class Outcome:
    """The rows of a batch of comparisons and the files that could not be read."""

    rows: list[ComparisonRow] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)


def _failure(source, e: Exception) -> tuple[str, str]:
    name = str(source) if isinstance(source, (str, Path)) else getattr(source, "doc_id", "?")
    if isinstance(e, ReadError):
        problem = e.reason
    elif isinstance(e, OSError):
        problem = e.strerror or str(e)
    else:
        problem = str(e).splitlines()[0]
    return name, problem.removeprefix(f"{name}: ")


def compare_each(plans: Iterable[Union[Source, Side]], parents: Sequence[Union[Source, Side]]) -> Outcome:
    """Every plan compared with all its parents; a parent or a plan that cannot be read
    is one failure and the others go on.

    >>> out = compare_each(["khong_co.docx"], [[]])
    >>> out.rows, out.failures[0][0]
    ([], 'khong_co.docx')
    """
    outcome = Outcome()
    sides = []
    for p in parents:
        try:
            sides.append(load_side(p))
        except (ReadError, ValueError, OSError) as e:
            outcome.failures.append(_failure(p, e))
    if not sides:
        return outcome
    for plan in plans:
        try:
            outcome.rows += compare_plan(plan, sides)
        except (ReadError, ValueError, OSError) as e:
            outcome.failures.append(_failure(plan, e))
    return outcome


def to_dataframe(rows: Iterable[ComparisonRow]):
    """Rows → a pandas DataFrame, one row per comparison row.

    >>> to_dataframe([]).columns[0]
    'ref_doc'
    """
    import pandas as pd  # measured: 0.5 s to import, and only this function needs it

    return pd.DataFrame([r.record() for r in rows], columns=list(ComparisonRow.model_fields))


class _CallableModule(types.ModuleType):
    """Importing ``pipeline.compare`` rebinds ``pipeline.compare`` to this module;
    calling it still runs :func:`compare`."""

    def __call__(self, reference, plan):
        return compare(reference, plan)


sys.modules[__name__].__class__ = _CallableModule
