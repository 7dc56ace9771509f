"""Pydantic models of the compare stage's data files.

``compare_reasons.yaml`` (:class:`Wording`): verdict labels and colours, how a
value and a time frame are written, the reason sentence of every row.
``compare_lexicon.yaml`` (:class:`CompareWords`): the words alignment and the
verdicts rely on.
"""
from __future__ import annotations

import string
from typing import Literal, Optional

from pydantic import field_validator, model_validator

from pipeline.lexicon.base import Strict, require_keys
from schemas import INDICATOR_KEYS, ORG_CODES, Verdict

VERDICTS: tuple[str, ...] = Verdict.__args__  # type: ignore[attr-defined]
#: Placeholders a reason template may use.
PLACEHOLDERS = {"ref", "plan", "ref_time", "plan_time", "ref_counted", "plan_counted",
                "ref_unit", "plan_unit", "ref_level", "plan_level", "indicator"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class VerdictStyle(Strict):
    label: str
    color: str  # RRGGBB fill for .xlsx and .html
    style: str  # rich style for the terminal

    @field_validator("color")
    @classmethod
    def _hex(cls, v: str) -> str:
        if len(v) != 6 or any(c not in "0123456789abcdefABCDEF" for c in v):
            raise ValueError(f"colour {v!r} is not RRGGBB")
        return v.upper()


class UnitWording(Strict):
    suffix: str
    label: str


class TimeWording(Strict):
    deadline: str
    period: str
    year: str


class Wording(Strict):
    """The content of ``compare_reasons.yaml``."""

    verdicts: dict[str, VerdictStyle]
    reasons: dict[str, str]
    comparators: dict[str, str]
    changes: dict[str, str]
    share: str  # "7/12" read as a share: "{value} ({percent})"
    units: dict[str, UnitWording]
    frequencies: dict[str, str]
    time: TimeWording
    levels: dict[str, str]
    orgs: dict[str, str]
    columns: dict[str, str]
    titles: dict[str, str]
    review: dict[str, str]
    indicators: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> "Wording":
        need = require_keys
        need("verdicts", self.verdicts, VERDICTS)
        need("comparators", self.comparators, (">=", ">", "<=", "<", "=", "between"))
        need("changes", self.changes, ("increase", "decrease"))
        need("units", self.units, ("percent", "vnd", "usd", "count"))
        need("frequencies", self.frequencies, ("annual", "quarterly", "monthly", "per_term"))
        need("levels", self.levels, ("province", "district", "commune", "all"))
        need("orgs", self.orgs, ORG_CODES)
        need("indicators", self.indicators, INDICATOR_KEYS)
        need("review", self.review, ("low_score", "near_miss", "result_met", "result_not_met"))
        firsts = {v.split("_")[0] for v in VERDICTS}
        for code, tpl in self.reasons.items():
            if code.split("_")[0] not in firsts:
                raise ValueError(f"reason {code!r} does not start with a verdict name")
            unknown = _fields(tpl) - PLACEHOLDERS
            if unknown:
                raise ValueError(f"reason {code!r} uses unknown placeholders {sorted(unknown)}")
        for code, tpl in self.comparators.items():
            if _fields(tpl) - {"v", "vmax"}:
                raise ValueError(f"comparator {code!r}: only {{v}} and {{vmax}} may be used")
        if _fields(self.share) != {"value", "percent"}:
            raise ValueError("share: use exactly {value} and {percent}")
        return self

    def reason(self, code: str, **values: str) -> str:
        """The reason sentence for ``code`` with its placeholders filled."""
        return " ".join(self.reasons[code].format(**values).split()).replace(" ,", ",")


class Ignored(Strict):
    """Words that frame a figure rather than say what it measures; dropped before comparing."""

    frames: list[str]
    directives: list[str]
    comparators: list[str]
    time: list[str]
    scope: list[str]
    actors: list[str]
    function_words: list[str]


class AgeBands(Strict):
    """How an age band is written (``age_bands`` in ``compare_lexicon.yaml``)."""

    words: list[str]
    joiners: list[str]
    under: list[str]
    over: list[str]
    span_openers: list[str] = []


class CompareWords(Strict):
    """The content of ``compare_lexicon.yaml``."""

    ignored: Ignored
    cited_documents: list[str]
    synonyms: dict[str, list[str]]
    downward: list[str]
    distributive: list[str]
    one_each: list[str] = []
    unit_levels: dict[Literal["province", "district", "commune"], list[str]]
    counted_units: dict[Literal["province", "district", "commune", "village", "household"], list[str]]
    rate_subjects: list[str]
    average: list[str]
    adding_verbs: list[str] = []
    period_totals: list[str] = []
    not_units: list[str]
    rate_periods: dict[Literal["annual", "quarterly", "monthly", "per_term"], list[str]]
    budget_sources: dict[str, list[str]]
    official_mottos: list[str]
    annex_headings: list[str]
    population_markers: list[str]
    population_heads: list[str]
    contrasts: list[tuple[str, str]] = []
    money_measures: dict[str, list[str]] = {}
    age_bands: Optional[AgeBands] = None

    @model_validator(mode="after")
    def _one_meaning(self) -> "CompareWords":
        seen: dict[str, str] = {}
        for canonical, variants in self.synonyms.items():
            for v in variants:
                if seen.setdefault(v.lower(), canonical) != canonical:
                    raise ValueError(f"synonym {v!r} is listed under {seen[v.lower()]!r} and {canonical!r}")
        return self


MODELS = {"compare_reasons": Wording, "compare_lexicon": CompareWords}
