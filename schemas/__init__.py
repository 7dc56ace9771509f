"""Pydantic models shared by every stage of chitieu.

The field names and codes of :class:`Target` follow the annotation contract
(``corpora/ANNOTATION.md`` in the shared set): other tools and the scorer read
them as they are. ``chitieu schema`` writes their JSON Schema next to this file.
"""
from __future__ import annotations

import datetime as _dt
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


DocType = Literal["nghi_quyet", "ke_hoach", "chuong_trinh_hanh_dong", "de_an", "quyet_dinh",
                  "chi_thi", "bao_cao", "ket_luan", "quy_dinh", "huong_dan", "cong_van",
                  "tin_bai", "other"]
IssuerLevel = Literal["central", "province", "district", "commune", "bloc"]


class DocRef(BaseModel):
    """A reference to another document, normalized for matching.

    "Nghị quyết số 29- NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy Lào Cai"
    gives ``DocRef(doc_type="nghi_quyet", number="29-NQ/TU", date=2022-07-22,
    issuer="Ban Thường vụ Tỉnh ủy Lào Cai")``.
    """

    model_config = ConfigDict(extra="forbid")

    doc_type: Optional[DocType] = None
    number: Optional[str] = Field(default=None, description="symbol without spaces, e.g. 29-NQ/TU")
    date: Optional[_dt.date] = None
    issuer: Optional[str] = Field(default=None, description="as written")
    text: str = Field(default="", description="the reference as written")


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
    encoding: Optional[str] = Field(default=None, description="text encoding read: utf-8, utf-16, "
                                    "cp1258, tcvn3, vni (None for formats that carry their own)")
    # Metadata (pipeline.metadata); None where the document does not say.
    doc_type: Optional[DocType] = None
    number: Optional[str] = Field(default=None, description="number and symbol as written, e.g. 29-NQ/TU")
    symbol: Optional[str] = Field(default=None, description="symbol part, e.g. NQ/TU; KH/ĐUK for 'Số - KH/ĐUK'")
    issuer: Optional[str] = Field(default=None, description="issuing body as written")
    issuer_level: Optional[IssuerLevel] = None
    province: Optional[str] = Field(default=None, description="province or centrally-run city, e.g. Lào Cai")
    locality: Optional[str] = Field(default=None, description="district or commune below the province")
    issued_on: Optional[_dt.date] = None
    period: Optional[tuple[int, int]] = None
    signer: Optional[str] = None
    subject: Optional[DocRef] = Field(default=None, description="for a news report: the document it reports on")
    implements: list[DocRef] = Field(default_factory=list, description="documents it says it carries out")
    cites: list[DocRef] = Field(default_factory=list, description="other documents referred to")


EvidenceSource = Literal["clause", "counted", "sentence", "lead-in", "heading", "frame", "document"]


class FieldEvidence(BaseModel):
    """Where one field of a record was decided: the step and the deciding words."""

    model_config = ConfigDict(extra="forbid")

    source: EvidenceSource = Field(description="clause, counted, sentence, lead-in, heading, frame or document")
    span: Optional[tuple[int, int]] = Field(default=None, description="[start, end) of the deciding words in Document.text")


class Evidence(BaseModel):
    """Why a record has its organization, kind and time (absent: the default or no cue)."""

    model_config = ConfigDict(extra="forbid")

    org: Optional[FieldEvidence] = None
    kind: Optional[FieldEvidence] = None
    time: Optional[FieldEvidence] = Field(default=None, description="where the period or deadline was read")


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
    part_of: Optional[tuple[int, int]] = Field(default=None, description="for a part of a budget: the span of its total")
    evidence: Evidence = Field(default_factory=Evidence, description="where org, kind and time came from")

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
        for k in ("period", "part_of"):
            if d.get(k) is not None:
                d[k] = list(d[k])
        return d


class ArchivedDocument(Document):
    """A document row of an archive (``chitieu extract FOLDER -o archive.duckdb``):
    one row per file, keyed by ``source_path`` (absolute), with the pipeline
    version that produced it.
    """

    model_config = ConfigDict(extra="ignore")

    pipeline_version: str = Field(description="chitieu version + fingerprint of its rules and lexicons")
    province_inferred: bool = Field(default=False, description="province filled in from another document "
                                    "of the archive that names the same parent resolution")


class ArchivedTarget(Target):
    """A target row of an archive: a :class:`Target` plus the file it belongs to."""

    source_path: str = Field(description="Document.source_path of the file the record is from")
    ordinal: int = Field(ge=0, description="position of the record among its document's records")


ErrorStage = Literal["read", "extract", "metadata", "worker"]


class ErrorRecord(BaseModel):
    """A file chitieu could not (fully) process: one row of the ``errors`` table.

    >>> ErrorRecord(source_path="/a/hong.docx", reason="empty file", stage="read",
    ...             pipeline_version="0.1.0").stage
    'read'
    """

    model_config = ConfigDict(extra="forbid")

    source_path: str
    sha256: Optional[str] = Field(default=None, description="None when the file could not be read at all")
    reason: str
    stage: ErrorStage
    pipeline_version: str


class RunRecord(BaseModel):
    """One ``chitieu extract`` run over an archive: when, which version, which options, counts."""

    model_config = ConfigDict(extra="forbid")

    run_id: int
    started_at: _dt.datetime
    finished_at: Optional[_dt.datetime] = None
    status: Literal["running", "completed", "interrupted", "failed"] = "running"
    pipeline_version: str
    chitieu_version: str
    previous_versions: list[str] = Field(default_factory=list,
                                         description="other versions found in the archive before the run")
    engine: str = "local"
    workers: int = 1
    force: bool = False
    inputs: list[str] = Field(default_factory=list)
    options: str = Field(default="{}", description="the run's options as JSON")
    files_seen: int = 0
    files_new: int = Field(default=0, description="extracted for the first time")
    files_updated: int = Field(default=0, description="re-extracted: new content or another pipeline version")
    files_unchanged: int = Field(default=0, description="skipped: same sha256 and pipeline version")
    files_copied: int = Field(default=0, description="same content as a file already extracted: rows copied")
    files_failed: int = 0
    targets_written: int = 0
    targets_added: int = Field(default=0, description="records of updated files that were not there before")
    targets_removed: int = Field(default=0, description="records of updated files that are gone")
    documents_changed: int = Field(default=0, description="updated files whose records changed")
    documents_total: int = Field(default=0, description="documents in the archive after the run")
    targets_total: int = Field(default=0, description="targets in the archive after the run")
    bytes_read: int = 0
    seconds: float = 0.0


def json_schemas() -> dict[str, dict]:
    """JSON Schemas of the public models, keyed by file name."""
    return {
        "document.schema.json": Document.model_json_schema(),
        "target.schema.json": Target.model_json_schema(),
        "archived_document.schema.json": ArchivedDocument.model_json_schema(),
        "archived_target.schema.json": ArchivedTarget.model_json_schema(),
        "error.schema.json": ErrorRecord.model_json_schema(),
        "run.schema.json": RunRecord.model_json_schema(),
        "comparison_row.schema.json": ComparisonRow.model_json_schema(),
    }


Verdict = Literal["same", "stricter", "weaker", "redated", "not_comparable", "missing", "added"]


class ComparisonRow(BaseModel):
    """One row of a plan-versus-reference comparison (``chitieu compare``).

    An aligned pair fills both sides; a ``missing`` row (a reference target the
    plan does not carry down) has no plan side, an ``added`` row (a plan target
    the reference lacks) no reference side. ``reason`` is one Vietnamese line:
    "Kế hoạch đặt 90%, thấp hơn mức 95% trở lên của văn bản cấp trên".
    """

    model_config = ConfigDict(extra="forbid")

    ref_doc: str
    ref_span: Optional[tuple[int, int]] = None
    ref_org: Optional[OrgCode] = None
    plan_doc: str
    plan_span: Optional[tuple[int, int]] = None
    plan_org: Optional[OrgCode] = None
    verdict: Verdict
    reason: str
    reason_code: str = Field(description="finer verdict, e.g. weaker_min, not_comparable_population")
    indicator: Indicator = "other"
    kind: Kind = Field(default="target", description="target or budget: what the row compares")
    org: Optional[OrgCode] = Field(default=None, description="the organization the pair speaks of")
    score: Optional[float] = Field(default=None, description="similarity of the aligned pair in [0, 1]; "
                                   "for a missing row, of the closest candidate")
    matched: list[str] = Field(default_factory=list, description="the words the two sides share")
    needs_review: bool = Field(default=False, description="below the confidence line: a person should check")
    review_reason: str = Field(default="", description="why the row needs a person's check")
    ref_path: Optional[str] = Field(default=None, description="path of the parent document")
    plan_path: Optional[str] = Field(default=None, description="path of the plan")
    ref_repeats: list[tuple[int, int]] = Field(default_factory=list,
                                               description="other places the parent states this target")
    plan_repeats: list[tuple[int, int]] = Field(default_factory=list,
                                                description="other places the plan restates it (annex, summary)")
    ref_value: Optional[float] = None
    ref_value_max: Optional[float] = None
    ref_comparator: Optional[Comparator] = None
    ref_unit: Optional[Unit] = None
    ref_text: str = Field(default="", description="the reference value in words, e.g. 95% trở lên")
    ref_time: str = ""
    ref_counted: Optional[str] = None
    ref_mention: str = Field(default="", description="the quantity mention as written")
    ref_quote: str = ""
    plan_value: Optional[float] = None
    plan_value_max: Optional[float] = None
    plan_comparator: Optional[Comparator] = None
    plan_unit: Optional[Unit] = None
    plan_text: str = ""
    plan_time: str = ""
    plan_counted: Optional[str] = None
    plan_mention: str = ""
    plan_quote: str = ""
    result_span: Optional[tuple[int, int]] = Field(default=None,
                                                   description="a result the plan reports on this target")
    result_text: str = ""
    result_quote: str = ""
    result_met: Optional[bool] = Field(default=None, description="does the reported result reach the target")

    def record(self) -> dict:
        """The row as a JSON-ready dict (spans as lists, integral numbers as ints)."""
        d = self.model_dump(mode="json")
        for k, x in d.items():
            if isinstance(x, float) and x.is_integer() and k != "score":
                d[k] = int(x)
        return d
