"""The word lists of ``exclusions.yaml`` compiled into the patterns the ``exclusions`` component
reads (once): which words before or after a number make it a date, a document number, furniture,
a qualifier or a name rather than a value."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lexicon import alternation, ends_with, load_lexicon, starts_with, words_re


@lru_cache(maxsize=1)
def exclusion_patterns() -> dict:
    """Compiled exclusion patterns, by name.

    >>> bool(exclusion_patterns()["furniture"].match("lượt xem: "))
    True
    """
    ex = load_lexicon("exclusions")
    comp = load_lexicon("comparators")
    doc_alt = alternation(ex.document_types + ex.document_parts)
    furniture_alt = alternation(ex.furniture_labels)
    signs = alternation([w for w in comp.before if not w[0].isalpha()])
    return {
        "doc_before": regex.compile(r"(?<![\p{L}])(" + doc_alt + r")(\s+số)?\s*$"),
        "total_before": ends_with(ex.total_words_before),
        "rank_group_before": ends_with(ex.rank_group_words or ["(?!)"]),
        "rank_before": ends_with(ex.rank_words or ["(?!)"]),
        # (the units ranked, then the leaders' word: "50 nước dẫn đầu về ...", "20 tỉnh có PCI cao nhất")
        "rank_leaders_after": regex.compile(r"\s+(?:[\p{L}(),]+\s+){1,6}?(?:" + alternation(ex.rank_leader_words or ["(?!)"]) + r")(?![\p{L}])"),
        "structure_after": starts_with(ex.structure_nouns),
        "achievement": words_re(ex.achievement_words),
        "purpose": words_re(ex.purpose_words or ["(?!)"]),
        "logistics_after": regex.compile(r"\s*(?!(?:" + alternation(ex.not_logistics or ["(?!)"]) + r")(?![\p{L}]))"
                                         r"(?:" + alternation(ex.logistics_nouns) + r")(?![\p{L}])"),
        "year_word_before": ends_with(load_lexicon("time").single_year_words + load_lexicon("time").term_words),
        # (a counter may group its thousands with a space: "Trong tuần: 12 981")
        # (or in brackets after it: "Bình luận (0)")
        "furniture": regex.compile(r"^[\s•\-*]*(" + furniture_alt + r")\s*[:(]?\s*(?:\d{1,3}\s)?$"),
        "duration_after": starts_with(ex.duration_nouns),
        "per_time_after": regex.compile(rf"\s*/\s*\d+\s*(?:{alternation(load_lexicon('units').per_time_nouns or ['(?!)'])})(?![\p{{L}}])",
                                        regex.IGNORECASE),
        # (the first numbers of a list that shares its noun: "Huy hiệu 40, 45, 50 năm tuổi Đảng")
        "duration_list_after": regex.compile(rf"(?:\s*(?:{alternation(comp.carry_joiners)})\s*\d+)+\s*(?!(?:{alternation(ex.not_duration)})(?![\p{{L}}]))"
                                             rf"(?:{alternation(ex.duration_nouns)})(?![\p{{L}}])"),
        "not_duration": starts_with(ex.not_duration),
        "reached_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.reached_verbs or ['(?!)'])})\s+"
                                        rf"(?:(?:{alternation(list(comp.before))})\s+)?$"),
        "qualifier_before": ends_with(ex.qualifier_before),
        "met_standard_after": starts_with(ex.standard_parts),
        # "95% Đoàn cơ sở có ít nhất 2 mô hình": which units the share counts
        "share_qualifier_before": regex.compile(r"\d\s*%\s+[^\d.;:%]{1,60}?(?<![\p{L}])(?:" + alternation(ex.share_qualifier_verbs or ["(?!)"])
                                                + r")\s+(?:" + alternation(ex.standard_bounds) + r")\s+$"),
        # (a range says the standard without a bound: "100% thôn, bản có 2-3 km đường giao thông")
        "share_range_before": regex.compile(r"\d\s*%\s+[^\d.;:%]{1,60}?(?<![\p{L}])(?:"
                                            + alternation(ex.share_qualifier_verbs or ["(?!)"]) + r")\s+$"),
        # ... or the share comes after them: "Tỷ lệ hộ có ít nhất 1 người có thẻ BHYT đạt 93%"
        "qualifier_tail_before": regex.compile(r"(?<![\p{L}])(?:" + alternation(ex.share_qualifier_verbs or ["(?!)"])
                                               + r")\s+(?:" + alternation(ex.standard_bounds) + r")\s+$"),
        "share_after": regex.compile(r"[^\d;:,]{1,80}?(?<![\p{L}])(?:" + alternation(ex.share_words) + r")\s+"
                                     r"(?:\p{L}+\s+){0,2}?\d[\d.,]*\s*%"),
        # (the units counted, not a year: "Năm 2021, xã Tân Lập đạt thêm 17/19 tiêu chí" is a value)
        "met_standard_before": regex.compile(r"(?:(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,/]*\s*%?|(?<![\p{L}])(?:" + alternation(ex.standard_counted_openers)
                                         + r"))\s+[^\d.;:]{1,45}?(?<![\p{L}])(?:" + alternation(ex.standard_verbs)
                                         + r")\s+(?:(?:" + alternation(ex.standard_bounds) + r")\s+)?$"),
        "qualified_head": regex.compile(r"(?<![\p{L}])(?<!(?:" + alternation(ex.whole_scope_words + ex.each_unit_words + ex.stock_owners) + r")\s+(?:\p{L}+\s+)?)"
                                        r"(?P<head>" + alternation(ex.qualified_heads) + r")\s+(?:"
                                        + alternation(ex.qualifier_after_head) + r")\s*$"),
        # "Hội tổ chức trên 15 hoạt động": a head that is also a verb qualifies only after a determiner
        "verb_heads": frozenset(ex.verb_heads),
        "determiner_before": regex.compile(rf"(?:(?<![\p{{L}}])(?:{alternation(ex.distributive_words)})|%|\d)\s*$"),
        "file_after": regex.compile(rf"\.(?:{alternation(ex.file_extensions)})(?![\p{{L}}])"),
        "date_before": ends_with(ex.date_words),
        "date_near": words_re(ex.date_words),
        # a named day before its date: "Ngày Thầy thuốc Việt Nam 27/2"
        "named_day": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.named_day_words or ['(?!)'])})(?:\s+\p{{L}}+){{1,8}}\s*$"),
        "joining_qualifiers": frozenset(ex.joining_qualifiers),
        "review_before": ends_with(ex.review_verbs),
        "tiers_after": starts_with(ex.tier_nouns),
        "per_population_after": starts_with(ex.per_population),
        "per_land_after": regex.compile(rf"\s*(?:{alternation(ex.per_land_units)})(?![\p{{L}}\d])"),
        "per_population_before": regex.compile(rf"(?:(?<![\p{{L}}])(?:{alternation(ex.per_words)})|/)\s*$"),
        "population_after": starts_with(ex.population_nouns),
        # "là 1 trong 2 đơn vị": one of several
        "one_of": regex.compile(rf"\s+(?:{alternation(ex.one_of_words)})\s+\d"),
        "one_of_before": regex.compile(rf"(?<!\d)\d+\s+(?:{alternation(ex.one_of_words)})\s+$"),
        "numbered_label": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.structure_nouns)})\s*$"),
        "score_column": regex.compile(rf"\s*(?:{alternation(ex.score_columns)})\s*(?:\(.*\))?\s*"),
        "timezone_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.timezone_words)})\s*[+-]\s*$"),
        "vote": words_re(ex.attendance_end),
        "vote_share_after": regex.compile(rf"\s*(?:tổng\s+)?(?:số\s+)?(?:{alternation(ex.elected_nouns)})(?![\p{{L}}])"),
        "name_after": starts_with(ex.name_number_words),
        "age_after": starts_with(ex.age_nouns),
        # the lower end of an age span: "trẻ em từ 6 đến dưới 16 tuổi"
        "age_span_after": regex.compile(r"\s*(?:" + alternation(ex.age_span_joiners) + r"|-|–)\s*(?:(?:"
                                        + alternation(ex.age_span_bounds) + r")\s+)?\d{1,3}\s*(?:"
                                        + alternation(ex.age_nouns) + r")(?![\p{L}])"),
        "age_before": ends_with(ex.age_qualifiers),
        "name_noun_before": regex.compile(r"(?<![\p{L}])(?:(" + alternation(ex.distributive_words) + r")\s+)?(?:"
                                          + alternation(ex.name_nouns) + r")\s*$"),
        "represented": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.represented_before)})"
                                     rf"(?:\s+(?:{alternation(ex.approximators)}))?\s*$"),
        "election": words_re(ex.election_words),
        "document_after": starts_with(ex.document_types),
        "adoption_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.adoption_verbs)})(?:\s+\p{{L}}+){{0,2}}\s*$"),
        "year_before": ends_with(ex.year_words),
        "person_age": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.person_words)})\s[^;.:()]{{0,40}},\s*$"
                                    rf"|(?<![\p{{L}}])(?:{alternation(ex.age_verbs)})\s*$"),
        "age_word": starts_with(ex.age_nouns),
        "age_span_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.age_nouns)})\s+(?:từ\s+)?$"),
        "award": words_re(ex.award_words),
        "recipient_after": starts_with(ex.award_recipients),
        "attendance": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.attendance_words)})"
                                    rf"\s*(?:[;.,)]|$|(?:{alternation(ex.attendance_end)})(?![\p{{L}}]))"),
        "gathering": words_re(ex.gathering_nouns) if ex.gathering_nouns else regex.compile(r"(?!)"),
        "with_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.gathering_joiners or ['(?!)'])})"
                                     rf"(?:\s+(?:{alternation(ex.approximators)}))?\s*$"),
        "rating_after": starts_with(ex.rating_nouns),
        "bound_in": words_re([w for w in comp.before if w[0].isalpha()]),
        "baseline_from": ends_with(comp.neutral_before),
        "baseline_aside": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(comp.neutral_before)})\s+\d[\d.,]*\s*%?"
                                        rf"(?:/\s*\p{{L}}+)?\s*\(\s*(?:\p{{L}}+\s+){{0,3}}$"),
        "bound_after": words_re(list(comp.after)),
        "baseline_to": regex.compile(rf"(?:\([^()]*\)|năm\s+\d{{4}}|[^;,.:()\d]){{0,40}}?(?<![\p{{L}}])(?:{alternation(comp.baseline_to)})"
                                     rf"[\s*]+(?:\p{{L}}+[\s*]+){{0,2}}?\d"),  # "xuống còn** 6,24%": bold marks

        "elected_after": starts_with(ex.elected_nouns),
        "elected_listed_after": starts_with(ex.elected_listed_nouns or ["(?!)"]),
        "composition_before": ends_with(ex.composition_words),
        "committee": words_re(ex.committee_nouns),
        "vote_share_before": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.attendance_end)})\s*\(\s*"
                                           rf"(?:(?:{alternation(ex.share_words)})\s+)?$"),
        "logistics_people": regex.compile(rf"\s*(?:\p{{L}}+\s+){{0,2}}?(?:{alternation(ex.elected_nouns + ex.person_words)})"
                                          rf"(?![\p{{L}}])"),
        "phone_before": regex.compile(r"(?<![\p{L}])(?:" + alternation(ex.phone_labels) + r")[\s*|]*[:.]?[\s*|]*[\d.\s()-]*$"),
        # "các tháng 10, 11, 12", "bão số 12, 13": a list that goes on from a date's or a name's number
        "listed_after": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.date_words + ex.name_nouns)})\s+\d{{1,2}}"
                                      rf"(?:\s*(?:,|và)\s*\d{{1,2}})*\s*(?:,|và)\s*$"),
        # "theo các quyết định 62, 49 và 150 của Bộ": a list of document numbers
        "doc_listed_after": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ex.document_types)})\s+(?:số\s+)?\d{{1,4}}"
                                          rf"(?:\s*(?:,|và)\s*\d{{1,4}})*\s*(?:,|và)\s*$"),
        # "tỷ lệ hộ có thu nhập thấp (dưới 1,5 triệu đồng) dưới 3%": a bound in brackets that
        # says which units are counted, with the figure right after the bracket
        "bracket_bound_before": regex.compile(rf"\(\s*(?:{alternation(list(comp.before))})\s*$"),
        "bracket_closed_figure": regex.compile(r"[^()\d;]{0,20}\)\s*(?:\p{L}+\s+){0,3}\d"),
        # "công trình lớn (>10.000 m2)", "(VN_AQI ≥ 301)": a sign in brackets right after a noun, before
        # a measure, or after an index's name, says which units or days are meant (not "(≥ 95%)")
        "bracket_sign_before": regex.compile(rf"(?<!(?<![\p{{L}}])(?:{alternation(ex.bracket_value_words)}))"
                                             rf"(?<=\p{{L}})\s*\(\s*(?:{signs})\s*$"),
        "bracket_measure_closes": regex.compile(rf"\s*(?:{alternation(ex.measure_symbols)})\s*\)"),
        "bracket_index_before": regex.compile(rf"\(\s*[\p{{L}}_][\p{{L}}\p{{N}}_.,]*\s*(?:{signs})\s*$"),
        "bracket_closes": regex.compile(r"\s*\)"),
        "list_goes_on": regex.compile(r"\s*(?:,|và)\s*\d{1,3}(?!\d|[.,]\d|\s*%)"),
        # "Covid 19", "Covid - 19", "Euro 5"
        "standard_before": regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(ex.standard_names)})\s*(?:-\s*)?$"),
        "copies_line": regex.compile(rf"[\s\-–+*•]*(?:{alternation(ex.copies_labels)})\s*:"),
    }
