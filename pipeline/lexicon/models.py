"""Pydantic models of the extraction stage's data files (``pipeline/data/*.yaml``)."""
from __future__ import annotations

from typing import Literal, Optional

import regex
from pydantic import Field, field_validator

from pipeline.lexicon.base import Strict as _Strict
from schemas import DocType

Op = Literal[">=", ">", "<=", "<", "="]


class Spelling(_Strict):
    tone_moves: dict[str, str]
    spaces: list[str]
    dashes: list[str]
    quotes: list[str]
    misspellings: dict[str, str] = {}

    @field_validator("tone_moves", "misspellings")
    @classmethod
    def _same_length(cls, v: dict[str, str]) -> dict[str, str]:
        for k, x in v.items():
            if len(k) != len(x):
                raise ValueError(f"spelling {k!r}→{x!r} changes the length")
        return v


class Organizations(_Strict):
    means_phrases: list[str] = []
    means_nouns: list[str] = []
    deed_words: list[str] = []
    agency_heads: list[str] = []
    agency_fields: list[str] = []
    codes: dict[Literal["MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB", "PARTY", "GOV", "OTHER"], list[str]]
    collective: list[str]
    generic_units: list[str]
    joiners: list[str]
    populations: dict[Literal["ALL", "PARTY"], list[str]]
    mixed_populations: list[str]
    not_actor_contexts: list[str]
    share_subjects: list[str] = []
    lead_verb_noun_before: list[str] = []
    passive_markers: list[str] = []
    issuing_verbs: list[str] = []
    aims_setting_verbs: list[str] = []
    headline_pointers: list[str] = []
    ordinal_words: list[str] = []
    stated_in_words: list[str] = []
    symbol_issuers: dict[str, Literal["MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB", "PARTY", "GOV"]] = {}
    addressee_markers: list[str]
    cited_issuer_bodies: list[str]
    coverage_words: list[str]
    counted_partners: list[str] = []
    respective_words: list[str] = []
    cited_issuer_prepositions: list[str] = []
    conjunctions: list[str] = []
    body_words: list[str] = []
    congress_words: list[str] = []
    congress_bodies: dict[Literal["MTTQ", "LDLD", "HND", "DTN", "HLHPN", "HCCB", "PARTY"], list[str]] = {}
    work_words: list[str] = []
    guest_words: list[str] = []
    body_members: list[str] = []
    not_mentions: list[str] = []
    lead_openers: list[str] = []
    lead_verbs: list[str] = []
    report_words: list[str] = []
    source_openers: list[str] = []
    reporting_verbs: list[str] = []
    partner_before: list[str] = []
    built_before: list[str] = []
    requester_verbs: list[str] = []
    requester_fillers: list[str] = []
    measured_against: list[str] = []
    topic_openers: list[str] = []
    body_qualifiers: list[str] = []
    held_by_words: list[str] = []
    congress_name_fillers: list[str] = []
    party_units: list[str] = []
    carried_out_before: list[str] = []
    association_words: list[str] = []
    association_actor_after: list[str] = []
    association_self: list[str] = []
    chair_titles: list[str] = []
    chair_verbs: list[str] = []
    signing_verbs: list[str] = []
    partner_unit_words: list[str] = []
    review_span_words: list[str] = []
    review_span_fillers: list[str] = []
    association_members: dict[Literal["HND", "HLHPN", "HCCB"], list[str]] = {}

    def state_agencies(self) -> list[str]:
        """Every ministry and department by its field: "bộ y tế", "sở gd-đt", ...; an
        abbreviation joined by "&" is also written with hyphens ("vh-tt&dl", "vh-tt-dl")."""
        fields = dict.fromkeys(v for f in self.agency_fields for v in (f, f.replace("&", "-")))
        return [f"{h} {f}" for h in self.agency_heads for f in fields]


class Comparators(_Strict):
    list_change_openers: list[str] = []
    cumulative_words: list[str] = []
    before: dict[str, Op]
    after: dict[str, Op]
    fillers: list[str]
    rank_words: list[str]
    lead_in: dict[str, Op]
    verbs: list[str]
    change: dict[Literal["increase", "decrease"], list[str]]
    change_to_level: list[str]
    change_fillers: list[str]
    counted_stops: list[str]
    counted_trailing: list[str] = []
    comparison_change: dict[Literal["increase", "decrease"], list[str]] = {}
    object_change_verbs: dict[Literal["increase", "decrease"], list[str]] = {}
    comparison_base: list[str] = []
    negations: list[str] = []
    neutral_before: list[str] = []
    copulas: list[str] = []
    carry_joiners: list[str] = []
    baseline_to: list[str] = []
    growth_words: list[str] = []
    not_change: list[str] = []
    not_before_words: list[str] = []
    decline_words: list[str] = []
    met_and_beyond: list[str] = []


class Units(_Strict):
    multipliers: dict[str, int]
    currencies: dict[str, Literal["vnd", "usd"]]
    not_currency: list[str]
    not_multiplier: list[str] = []
    money_multipliers: list[str]
    money_nouns: list[str] = []
    percent_signs: list[str]
    number_words: dict[str, int]
    range_joiners: list[str]
    spelled_after: list[str] = []
    per_time_nouns: list[str] = []
    digit_idioms: dict[str, int] = {}


class Time(_Strict):
    event_openers: list[str] = []
    date_span_joiners: list[str] = []
    deadline_list_joiners: list[str] = []
    value_share_words: list[str] = []
    frequency: dict[Literal["annual", "quarterly", "monthly", "per_term"], list[str]]
    period_words: list[str]
    period_joiners: list[str]
    period_year_prefix: list[str]
    term_words: list[str]
    not_single_year: list[str]
    deadline_words: list[str]
    term_end_words: list[str]
    single_year_words: list[str]
    past_term_words: list[str] = []
    half_term_words: list[str] = []
    mid_term_words: list[str] = []
    past_term_not_before: list[str] = []
    coming_term_words: list[str] = []
    measured_until_words: list[str] = []
    frame_openers: list[str] = []
    not_frequency: list[str] = []
    frequency_breakers: list[str] = []
    past_frame_ends: list[str] = []
    standard_words: list[str] = []
    comparison_base_words: list[str] = []
    multiple_words: list[str] = []
    base_period_nouns: list[str] = []
    body_term_words: list[str] = []
    month_words: list[str] = []
    year_parts: list[str] = []
    review_year_parts: list[str] = []
    review_words: list[str] = []
    review_turns: list[str] = []
    date_labels: list[str] = []
    session_words: list[str] = []
    postposed_deadline_words: list[str] = []
    postposed_near_deadline_words: list[str] = []
    year_edge_words: list[str] = []
    current_year_words: list[str] = []
    present_words: list[str] = []
    per_capita_words: list[str] = []
    per_capita_units: list[str] = []
    existential_openers: list[str] = []
    date_words: dict[Literal["day", "month", "year"], list[str]] = {}


class Levels(_Strict):
    all: list[str]
    province: list[str]
    district: list[str]
    commune: list[str]
    not_level: list[str]
    named_place_words: list[str] = []


class Kinds(_Strict):
    result: list[str]
    target: list[str]
    weak_target: list[str] = []
    weak_bound: list[str] = []
    target_before_value: list[str] = []
    registered_nouns: list[str] = []
    result_right_before_value: list[str] = []
    achieved_share_words: list[str] = []
    result_counted: list[str]
    met_counted: list[str] = []
    budget: list[str]
    not_budget: list[str]
    result_headings: list[str] = []
    target_headings: list[str] = []
    weak_result: list[str] = []
    state_words: list[str] = []
    setting_doc_types: list[DocType] = []
    part_markers: list[str] = []
    reporting_documents: list[str] = []
    telling_words: list[str] = []
    elaboration_openers: list[str] = []
    restated_aims: list[str] = []
    met_after: list[str] = []
    targets_judged: list[str] = []
    comparison_cues: list[str] = []
    base_markers: list[str] = []
    referring_aims: list[str] = []
    grounds_named: list[str] = []
    reach_words: list[str] = []
    descriptive_phrases: list[str] = []
    aims_set_phrases: list[str] = []
    not_target_phrases: list[str] = []
    programme_names: list[str] = []
    coming_time: list[str] = []
    present_bases: list[str] = []
    measured_aims: list[str] = []


class IndicatorRule(_Strict):
    key: str
    any: list[str] = Field(min_length=1)
    with_: Optional[list[str]] = Field(default=None, alias="with")
    not_with: Optional[list[str]] = None
    counted_with: Optional[list[str]] = None  # words that must be in what the value counts (or before it)
    money: bool = False  # only for money allocated: a budget line
    # the mass organizations' own work is not a government plan's ("công trình" is a
    # construction work there, "giám sát" an inspection)
    not_orgs: list[str] = []


class Indicators(_Strict):
    rules: list[IndicatorRule]

    @field_validator("rules")
    @classmethod
    def _known_keys(cls, v):
        from schemas import INDICATOR_KEYS

        for r in v:
            if r.key not in INDICATOR_KEYS:
                raise ValueError(f"unknown indicator key {r.key!r}")
        return v


class Exclusions(_Strict):
    document_types: list[str]
    document_parts: list[str]
    total_words_before: list[str]
    structure_nouns: list[str]
    achievement_words: list[str]
    purpose_words: list[str] = []
    logistics_nouns: list[str]
    furniture_labels: list[str]
    duration_nouns: list[str]
    not_duration: list[str]
    qualifier_before: list[str]
    qualified_heads: list[str]
    standard_parts: list[str] = []
    reached_verbs: list[str] = []
    per_land_units: list[str] = []
    standard_verbs: list[str] = []
    standard_counted_openers: list[str] = []
    standard_bounds: list[str] = []
    age_span_joiners: list[str] = []
    age_span_bounds: list[str] = []
    share_qualifier_verbs: list[str] = []
    qualifier_after_head: list[str]
    date_words: list[str]
    named_day_words: list[str] = []
    name_number_words: list[str]
    age_nouns: list[str]
    age_qualifiers: list[str]
    whole_scope_words: list[str] = []
    each_unit_words: list[str] = []
    rank_group_words: list[str] = []
    rank_words: list[str] = []
    rank_leader_words: list[str] = []
    stock_owners: list[str] = []
    not_logistics: list[str] = []
    name_nouns: list[str] = []
    distributive_words: list[str] = []
    phone_labels: list[str] = []
    footer_labels: list[str] = []
    measure_symbols: list[str] = []
    bracket_value_words: list[str] = []
    represented_before: list[str] = []
    approximators: list[str] = []
    election_words: list[str] = []
    elected_nouns: list[str] = []
    elected_listed_nouns: list[str] = []
    committee_nouns: list[str] = []
    composition_words: list[str] = []
    share_words: list[str] = []
    person_words: list[str] = []
    award_words: list[str] = []
    award_recipients: list[str] = []
    attendance_words: list[str] = []
    attendance_end: list[str] = []
    gathering_nouns: list[str] = []
    gathering_joiners: list[str] = []
    rating_nouns: list[str] = []
    year_words: list[str] = []
    age_verbs: list[str] = []
    adoption_verbs: list[str] = []
    timezone_words: list[str] = []
    score_columns: list[str] = []
    copies_labels: list[str] = []
    standard_names: list[str] = []
    joining_qualifiers: list[str] = []
    review_verbs: list[str] = []
    tier_nouns: list[str] = []
    per_population: list[str] = []
    per_words: list[str] = []
    population_nouns: list[str] = []
    one_of_words: list[str] = []
    verb_heads: list[str] = []
    file_extensions: list[str] = []


class ItemMarker(_Strict):
    name: str
    level: float
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles_with_label(cls, v: str) -> str:
        if "(?P<m>" not in v:
            raise ValueError(f"marker pattern {v!r} has no (?P<m>...) group for its label")
        regex.compile(v)
        return v


class Structure(_Strict):
    markers: list[ItemMarker] = Field(min_length=1)


MODELS = {
    "structure": Structure,
    "spelling": Spelling,
    "organizations": Organizations,
    "comparators": Comparators,
    "units": Units,
    "time": Time,
    "levels": Levels,
    "kinds": Kinds,
    "indicators": Indicators,
    "exclusions": Exclusions,
}
