"""Vietnamese wording of the comparison, loaded once from ``pipeline/data``.

``compare_reasons.yaml`` holds verdict labels and colours, the way values and
time frames are written, and the reason templates; ``compare_lexicon.yaml``
the words alignment uses. Both are validated by pydantic on first use.
"""
from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from schemas import INDICATOR_KEYS, ORG_CODES

DATA = Path(__file__).resolve().parent.parent / "data"
VERDICTS = ("same", "stricter", "weaker", "redated", "not_comparable", "missing", "added")
PLACEHOLDERS = {"ref", "plan", "ref_time", "plan_time", "ref_counted", "plan_counted",
                "ref_unit", "plan_unit", "ref_level", "plan_level", "indicator"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class VerdictStyle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    color: str  # RRGGBB fill for .xlsx and .html
    style: str  # rich style for the terminal

    @field_validator("color")
    @classmethod
    def _hex(cls, v: str) -> str:
        if len(v) != 6 or any(c not in "0123456789abcdefABCDEF" for c in v):
            raise ValueError(f"colour {v!r} is not RRGGBB")
        return v.upper()


class UnitWording(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suffix: str
    label: str


class TimeWording(BaseModel):
    model_config = ConfigDict(extra="forbid")
    deadline: str
    period: str
    year: str


class Wording(BaseModel):
    """The content of ``compare_reasons.yaml``."""

    model_config = ConfigDict(extra="forbid")
    verdicts: dict[str, VerdictStyle]
    reasons: dict[str, str]
    comparators: dict[str, str]
    changes: dict[str, str]
    units: dict[str, UnitWording]
    frequencies: dict[str, str]
    time: TimeWording
    levels: dict[str, str]
    orgs: dict[str, str]
    columns: dict[str, str]
    titles: dict[str, str]
    indicators: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> "Wording":
        def need(what: str, have, want) -> None:
            lacking = set(want) - set(have)
            if lacking:
                raise ValueError(f"{what}: missing {sorted(lacking)}")
        need("verdicts", self.verdicts, VERDICTS)
        need("comparators", self.comparators, (">=", ">", "<=", "<", "=", "between"))
        need("changes", self.changes, ("increase", "decrease"))
        need("units", self.units, ("percent", "vnd", "usd", "count"))
        need("frequencies", self.frequencies, ("annual", "quarterly", "monthly", "per_term"))
        need("levels", self.levels, ("province", "district", "commune", "all"))
        need("orgs", self.orgs, ORG_CODES)
        need("indicators", self.indicators, INDICATOR_KEYS)
        for code, tpl in self.reasons.items():
            if code.split("_")[0] not in {v.split("_")[0] for v in VERDICTS}:
                raise ValueError(f"reason {code!r} does not start with a verdict name")
            unknown = _fields(tpl) - PLACEHOLDERS
            if unknown:
                raise ValueError(f"reason {code!r} uses unknown placeholders {sorted(unknown)}")
        for code, tpl in self.comparators.items():
            if _fields(tpl) - {"v", "vmax"}:
                raise ValueError(f"comparator {code!r}: only {{v}} and {{vmax}} may be used")
        return self

    def reason(self, code: str, **values: str) -> str:
        """The reason sentence for ``code`` with its placeholders filled."""
        return " ".join(self.reasons[code].format(**values).split()).replace(" ,", ",")


class Lexicon(BaseModel):
    """The content of ``compare_lexicon.yaml``."""

    model_config = ConfigDict(extra="forbid")
    stopwords: list[str]
    population_markers: list[str]
    population_heads: list[str]


def _load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=None)
def wording() -> Wording:
    """The validated ``compare_reasons.yaml`` (read on first call only).

    >>> wording().verdicts["weaker"].label
    'Thấp hơn'
    """
    return Wording.model_validate(_load("compare_reasons.yaml"))


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """The validated ``compare_lexicon.yaml`` (read on first call only)."""
    return Lexicon.model_validate(_load("compare_lexicon.yaml"))
