"""Pydantic models of the metadata stage's data files (``pipeline/data/metadata_*.yaml``)."""
from __future__ import annotations

from typing import Literal

from pipeline.lexicon.base import Strict
from schemas import IssuerLevel


class DocTypeEntry(Strict):
    words: list[str]
    codes: list[str] = []


class NewsWords(Strict):
    report_verbs: list[str]
    page_markers: list[str]


class MetadataDocTypes(Strict):
    doc_types: dict[str, DocTypeEntry]
    news: NewsWords
    implements_verbs: list[str]
    number_word: str
    date_word: str
    month_word: str
    year_word: str
    of_word: str
    issuer_stops: list[str]
    issue_verbs: list[str]
    period_words: list[str]
    until_words: list[str]


class IssuerWord(Strict):
    word: str
    level: IssuerLevel
    city: bool = False


class SymbolIssuer(Strict):
    issuer: str
    level: IssuerLevel


class MetadataIssuers(Strict):
    issuer_words: list[IssuerWord]
    issuer_heads: list[str]
    symbol_issuers: dict[str, SymbolIssuer]
    signer_titles: list[str]
    recipients_word: str


class UnitWord(Strict):
    word: str
    tier: Literal["province", "city", "district", "commune"]


class MetadataPlaces(Strict):
    unit_words: list[UnitWord]
    gazetteer_prefixes: list[str]


#: data file stem → model, merged into :data:`pipeline.lexicon.MODELS`
MODELS = {
    "metadata_doc_types": MetadataDocTypes,
    "metadata_issuers": MetadataIssuers,
    "metadata_places": MetadataPlaces,
}
