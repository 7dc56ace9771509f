"""Pydantic models of the metadata stage's data files (``pipeline/data/metadata_*.yaml``)."""
from __future__ import annotations

from typing import Literal

from pipeline.lexicon.base import Strict
from schemas import IssuerLevel


class DocTypeEntry(Strict):
    words: list[str]
    codes: list[str] = []


class SelfReference(Strict):
    as_follows: list[str]
    this: list[str]
    closing: list[str]
    letter: list[str]


class MetadataDocTypes(Strict):
    doc_types: dict[str, DocTypeEntry]
    self_reference: SelfReference
    body_openers: list[str]
    mottos: list[str]


class MetadataNews(Strict):
    report_verbs: list[str]
    headline_aim_verbs: list[str] = []
    subject_trailing: list[str]
    news_cues: list[str]
    reporting_words: list[str]
    page_markers: list[str]
    furniture: list[str]
    captions: list[str]
    lead_times: list[str]
    congress_words: list[str]
    ordinal_words: list[str]
    guest_verbs: list[str] = []


class MetadataReferences(Strict):
    implements_verbs: list[str]
    purpose_words: list[str]
    purpose_sections: list[str]
    about_words: list[str]
    number_word: str
    of_word: str
    issuer_stops: list[str]


class MetadataDates(Strict):
    date_word: str
    month_word: str
    year_word: str
    period_words: list[str]
    until_words: list[str]
    horizon_words: list[str]
    body_term_words: list[str]
    comparison_words: list[str]
    task_words: list[str]


class IssuerWord(Strict):
    word: str
    level: IssuerLevel
    city: bool = False
    opens: bool = False


class SymbolIssuer(Strict):
    issuer: str
    level: IssuerLevel


class MetadataIssuers(Strict):
    issuer_words: list[IssuerWord]
    not_level_words: list[str]
    issuer_heads: list[str]
    not_heads: list[str]
    issue_verbs: list[str]
    symbol_issuers: dict[str, SymbolIssuer]
    signer_titles: list[str]


class UnitWord(Strict):
    word: str
    tier: Literal["province", "city", "district", "commune"]


class MetadataPlaces(Strict):
    unit_words: list[UnitWord]
    gazetteer_prefixes: list[str]
    not_bare_names: list[str]


#: data file stem → model, merged into :data:`pipeline.lexicon.MODELS`
MODELS = {
    "metadata_doc_types": MetadataDocTypes,
    "metadata_news": MetadataNews,
    "metadata_references": MetadataReferences,
    "metadata_dates": MetadataDates,
    "metadata_issuers": MetadataIssuers,
    "metadata_places": MetadataPlaces,
}
