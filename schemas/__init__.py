"""Pydantic models shared by every stage of chitieu.

The field names and codes of :class:`Target` follow the annotation contract
(``corpora/ANNOTATION.md`` in the shared set): other tools and the scorer read
them as they are. ``chitieu schema`` writes their JSON Schema next to this file.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

Unit = Literal["percent", "vnd", "usd", "count"]
Comparator = Literal[">=", ">", "<=", "<", "=", "between"]
Change = Literal["increase", "decrease"]
OrgCode = Literal["MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB", "ALL", "PARTY", "GOV", "OTHER"]
Indicator = Literal[
    "membership_rate", "unit_rating", "member_rating", "emulation_completion",
    "new_initiative", "social_criticism", "social_supervision", "party_referral",
    "political_study", "mass_mobilization_model", "poverty_reduction",
    "digital_adoption", "org_coverage", "cadre_standard", "cadre_tenure",
    "dialogue_meeting", "training", "cultural_standard", "new_rural_area",
    "funding", "other",
]
Frequency = Literal["annual", "quarterly", "monthly", "per_term"]
Level = Literal["province", "district", "commune", "all"]
Kind = Literal["target", "result", "budget"]

ORG_CODES: tuple[str, ...] = OrgCode.__args__  # type: ignore[attr-defined]
INDICATOR_KEYS: tuple[str, ...] = Indicator.__args__  # type: ignore[attr-defined]


class Document(BaseModel):
    """A source document as chitieu read it.

    ``text`` is the text every ``Target.span`` indexes: for a UTF-8 file it is
    the file's content exactly as read (a BOM dropped).

    >>> Document(id="ke_hoach_01", source_path="ke_hoach_01.txt", sha256="0"*64,
    ...          text="Hội Nông dân đạt 90% trở lên").id
    'ke_hoach_01'
    """

    model_config = ConfigDict(extra="allow")

    id: str = Field(description="file name without its extension")
    source_path: str = Field(description="path the document was read from")
    sha256: str = Field(description="sha256 of the original bytes")
    text: str = Field(description="the extracted text that spans index")
    source_format: str = Field(default="txt", description="txt, docx, pdf, html, ...")


class Target(BaseModel):
    """One quantified commitment, reported result or budget line.

    Example: "Hội Nông dân đạt 90% trở lên" gives
    ``Target(value=90, unit="percent", comparator=">=", org="HND", ...)``.
    """

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    span: tuple[int, int] = Field(description="[start, end) of the quantity mention in Document.text")
    value: float
    value_max: Optional[float] = None
    denominator: Optional[float] = None
    change: Optional[Change] = None
    unit: Unit
    comparator: Comparator
    org: Optional[OrgCode] = None
    indicator: Indicator = "other"
    counted: Optional[str] = Field(default=None, description="what is counted, as written")
    deadline_year: Optional[int] = None
    period: Optional[tuple[int, int]] = None
    frequency: Optional[Frequency] = None
    level: Optional[Level] = None
    kind: Kind = "target"
    quote: str = Field(default="", description="the clause the record came from")
    section: str = Field(default="", description="heading path, e.g. I.2.2 or (4)(ii)")

    @field_validator("span")
    @classmethod
    def _ordered(cls, v: tuple[int, int]) -> tuple[int, int]:
        if v[0] < 0 or v[1] <= v[0]:
            raise ValueError(f"span {v} is not a non-empty [start, end)")
        return v

    def record(self) -> dict:
        """The record as a JSON-ready dict (integral numbers written as ints)."""
        d = self.model_dump(mode="json")
        for k in ("value", "value_max", "denominator"):
            x = d.get(k)
            if isinstance(x, float) and x.is_integer():
                d[k] = int(x)
        d["span"] = list(d["span"])
        if d["period"] is not None:
            d["period"] = list(d["period"])
        return d


def json_schemas() -> dict[str, dict]:
    """JSON Schemas of the public models, keyed by file name."""
    return {
        "document.schema.json": Document.model_json_schema(),
        "target.schema.json": Target.model_json_schema(),
    }
