"""Extract stage: one component at a time, on Vietnamese sentences written from
how administrative language works, plus one row per lexicon entry."""
import pytest

from pipeline import extract
from pipeline.lexicon import load_lexicon

ORG = load_lexicon("organizations")
CMP = load_lexicon("comparators")
EXC = load_lexicon("exclusions")
TIME = load_lexicon("time")
LEV = load_lexicon("levels")
KIND = load_lexicon("kinds")
UNITS = load_lexicon("units")


def rec(text, value=None):
    """The records of a text, or those with one value."""
    out = extract(text)
    return [r for r in out if value is None or r.value == value]


def one(text, value=None):
    rs = rec(text, value)
    assert len({r.span for r in rs}) == 1, [(r.value, r.span) for r in extract(text)]
    return rs[0]


# ---------------------------------------------------------------- quantities

@pytest.mark.parametrize("text,value,unit,extra", [
    ("Hội Nông dân đạt 90% trở lên.", 90, "percent", {}),
    ("Hội Phụ nữ đạt 90 % trở lên.", 90, "percent", {}),
    ("Hằng năm đăng ký ít nhất 01 việc làm mới.", 1, "count", {}),
    ("Tổng kinh phí: 4.991 triệu đồng.", 4_991_000_000, "vnd", {}),
    ("Năm 2016: 1 tỷ.", 1_000_000_000, "vnd", {}),
    ("Thu nhập bình quân đạt 3.500 USD.", 3500, "usd", {}),
    ("Đã có 08/12 nhóm chỉ tiêu đạt.", 8, "count", {"denominator": 12}),
    ("Vốn huy động 45.799/36.875 tỷ đồng.", 45_799e9, "vnd", {"denominator": 36_875e9}),
    ("Xây dựng từ 8 - 12 mô hình.", 8, "count", {"value_max": 12, "comparator": "between"}),
    ("Kết nạp 2.500 - 3.000 đoàn viên.", 2500, "count", {"value_max": 3000}),
    ("Tăng trưởng đạt 6,5 – 7%.", 6.5, "percent", {"value_max": 7}),
    ("Tuổi thọ trung bình đạt 74,5 tuổi.", 74.5, "count", {}),
    ("Tỷ lệ che phủ rừng 1,5 lần.", 1.5, "count", {}),
], ids=["percent", "percent-space", "zero-padded", "million-dong", "bare-ty", "usd", "fraction",
        "money-fraction", "range-count", "range-thousands", "range-en-dash", "age-measure", "times"])
def test_quantity_values(text, value, unit, extra):
    r = one(text)
    assert r.value == pytest.approx(value) and r.unit == unit
    for k, v in extra.items():
        assert getattr(r, k) == pytest.approx(v) if isinstance(v, (int, float)) else getattr(r, k) == v


@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy.",
    "Quyết định 218 – QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
    "Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội khóa 11.",
    "Cụ thể hóa với 09 mục tiêu và 06 nhiệm vụ.",
    "Sơ kết 02 năm thực hiện Đề án số 02.",
    "Kết nối trực tuyến đến 148 điểm cầu với sự tham dự của gần 10.000 đại biểu.",
    "Chiều 26/7, hội nghị đã diễn ra.",
    "Giai đoạn 2021 - 2025 và đến năm 2030.",
    'Phong trào "5 xung kích" được nhân rộng.',
    "Gia đình 5 không, 3 sạch.",
    "Phụ nữ từ 18 tuổi trở lên; thanh niên từ 16 đến 30 tuổi.",
    "Phòng chống COVID-19 hiệu quả.",
], ids=["doc-number-date", "decision-symbol", "ordinance", "document-numbering", "duration",
        "logistics", "date", "years", "name-in-quotes", "slogan", "ages", "name-with-number"])
def test_numbers_that_are_not_values(text):
    assert extract(text) == []


def test_page_furniture_lines():
    text = "Lượt xem: 4863\nĐang online: 1\nHôm nay: 25\n1 2\nHội Nông dân đạt 90%."
    assert [r.value for r in extract(text)] == [90]


def test_population_qualifier_is_not_a_value():
    rs = extract("Liên đoàn Lao động có 95% trở lên doanh nghiệp có từ 25 công nhân có tổ chức công đoàn.")
    assert [r.value for r in rs] == [95]


def test_spelled_out_number_after_comparator():
    r = one("Hằng quý tổ chức ít nhất một buổi tiếp xúc với nhân dân.")
    assert (r.value, r.comparator, r.frequency) == (1, ">=", "quarterly")


# ---------------------------------------------------------------- comparator

@pytest.mark.parametrize("text,op", [
    ("Hội Nông dân đạt 90% trở lên.", ">="),
    ("Đạt từ 98% trở lên.", ">="),
    ("Giới thiệu trên 200 đảng viên trở lên.", ">="),
    ("Có trên 80% chi hội hoạt động hiệu quả.", ">"),
    ("Trên 80% chi hội xếp loại khá trở lên.", ">"),
    ("Có 95% chi hội hoàn thành tốt nhiệm vụ trở lên.", "="),
    ("100% cán bộ hội cơ sở có trình độ THPT trở lên.", "="),
    ("Thời gian giữ chức vụ không quá 02 nhiệm kỳ.", "<="),
    ("Tỷ lệ thất nghiệp dưới 3%.", "<"),
    ("Gần 10.000 hộ được hỗ trợ.", "<"),
    ("Đạt khoảng 65%.", "="),
    ("Mỗi quý ít nhất 01 buổi.", ">="),
], ids=["tro-len", "tu-tro-len", "tren-tro-len", "tren", "tren-rank", "rank-not-value", "qualification",
        "khong-qua", "duoi", "gan", "khoang", "it-nhat"])
def test_comparators(text, op):
    assert one(text).comparator == op


def test_lead_in_gives_its_comparator_to_the_list():
    rs = extract("Tỷ lệ xếp loại duy trì tối thiểu hằng năm: Mặt trận Tổ quốc đạt 85%; Hội Nông dân đạt 90%.")
    assert [(r.org, r.comparator) for r in rs] == [("MTTQ", ">="), ("HND", ">=")]


def test_comparator_carries_across_objects_of_one_verb_only():
    assert [r.comparator for r in extract("Khen thưởng ít nhất 1 tập thể và 1 cá nhân.")] == [">=", ">="]
    rs = extract("Giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên vay vốn.")
    assert [r.comparator for r in rs] == [">=", "="]


@pytest.mark.parametrize("word,op", sorted(CMP.before.items()), ids=lambda x: str(x))
def test_every_before_word(word, op):
    r = one(f"Hội Nông dân phấn đấu {word} 90 hội viên mới tham gia.")
    assert r.comparator == op


@pytest.mark.parametrize("word,op", sorted(CMP.after.items()), ids=lambda x: str(x))
def test_every_after_word(word, op):
    assert one(f"Hội Nông dân đạt 90% {word}.").comparator == op


@pytest.mark.parametrize("filler", CMP.fillers, ids=str)
def test_every_filler_between_comparator_and_value(filler):
    assert one(f"Phấn đấu ít nhất {filler} 02 mô hình.", 2).comparator == ">="


@pytest.mark.parametrize("rank", CMP.rank_words, ids=str)
def test_every_rank_word_keeps_tro_len_off_the_value(rank):
    assert one(f"Có 80% chi hội xếp loại {rank} trở lên.", 80).comparator == "="


@pytest.mark.parametrize("word,op", sorted(CMP.lead_in.items()), ids=lambda x: str(x))
def test_every_lead_in_word(word, op):
    assert one(f"Tỷ lệ xếp loại duy trì {word} hằng năm: Hội Nông dân đạt 90%.").comparator == op


@pytest.mark.parametrize("verb", CMP.verbs, ids=str)
def test_every_verb_stops_a_carried_comparator(verb):
    rs = extract(f"Phấn đấu ít nhất 2 hộ thoát nghèo, {verb} 4 hộ khác.")
    assert [r.comparator for r in rs if r.value == 4] == ["="]


# ---------------------------------------------------------------- change

@pytest.mark.parametrize("kind,word", [(k, w) for k, ws in sorted(CMP.change.items()) for w in ws],
                         ids=lambda x: str(x))
def test_every_change_word(kind, word):
    assert one(f"Số hội viên {word} 353 người so với năm trước.", 353).change == kind


@pytest.mark.parametrize("kind,word,base", [(k, w, b) for k, ws in sorted(CMP.comparison_change.items())
                                             for w in ws for b in CMP.comparison_base], ids=lambda x: str(x))
def test_comparison_with_a_base_is_an_amount_of_change(kind, word, base):
    r = one(f"Tỷ lệ tập hợp hội viên {word} 5% {base} năm 2020.")
    assert (r.change, r.comparator) == (kind, "=")
    assert one(f"Tỷ lệ tập hợp hội viên {word} 5%.").change is None  # no base: a bound


@pytest.mark.parametrize("text,comparator,change", [
    ("Kết nạp nhiều hơn 50 hội viên so với năm trước.", "=", "increase"),
    ("Phấn đấu không ít hơn 90 hội viên mới.", ">=", None),
], ids=["nhieu-hon-is-the-change", "negated-is-a-bound"])
def test_change_words_with_hon(text, comparator, change):
    r = one(text)
    assert (r.comparator, r.change) == (comparator, change)


@pytest.mark.parametrize("word", CMP.negations, ids=str)
def test_negated_change_word_is_a_bound(word):
    r = one(f"Phấn đấu {word} ít hơn 90 hội viên mới.")
    assert (r.comparator, r.change) == (">=", None)


@pytest.mark.parametrize("word", CMP.neutral_before, ids=str)
def test_neutral_before_word_yields_to_a_range_and_an_after_word(word):
    assert one(f"Tỷ lệ hộ nghèo {word} 5% trở xuống.").comparator == "<="
    assert one(f"Tỷ lệ tập hợp {word} 85 đến 90%.").comparator == "between"


@pytest.mark.parametrize("word", CMP.change_to_level, ids=str)
def test_change_to_a_level_is_not_a_change(word):
    assert one(f"Tỷ lệ hộ nghèo giảm {word} 2,5%.").change is None


@pytest.mark.parametrize("filler", CMP.change_fillers, ids=str)
def test_every_change_filler(filler):
    assert one(f"Tỷ lệ hộ nghèo giảm {filler} 1,5%/năm.").change == "decrease"


# ---------------------------------------------------------------- organization

@pytest.mark.parametrize("code,alias", [(c, a) for c, aliases in sorted(ORG.codes.items()) for a in aliases],
                         ids=lambda x: str(x))
def test_every_organization_alias(code, alias):
    assert one(f"{alias.capitalize()} phấn đấu đạt 90% trở lên.").org == code


@pytest.mark.parametrize("alias", ORG.collective, ids=str)
def test_every_collective_subject_is_all(alias):
    assert [r.org for r in extract(f"{alias.capitalize()} hoàn thành 95% các chỉ tiêu thi đua.")] == ["ALL"]


@pytest.mark.parametrize("alias", ORG.generic_units, ids=str)
def test_every_generic_unit_makes_the_group_all(alias):
    assert [r.org for r in extract(f"Trên 75% {alias} ứng dụng công nghệ thông tin.")] == ["ALL"]


@pytest.mark.parametrize("joiner", ORG.joiners, ids=str)
def test_every_joiner_keeps_one_subject_group(joiner):
    rs = extract(f"Hội Nông dân {joiner} Hội Cựu chiến binh đạt 90% trở lên.")
    assert sorted(r.org for r in rs) == ["HCCB", "HND"]


@pytest.mark.parametrize("code,pop", [(c, p) for c, ps in sorted(ORG.populations.items()) for p in ps],
                         ids=lambda x: str(x))
def test_every_population_default(code, pop):
    assert one(f"Phấn đấu 100% {pop} tham gia sinh hoạt.").org == code


@pytest.mark.parametrize("pop", ORG.mixed_populations, ids=str)
def test_every_mixed_population_has_no_single_actor(pop):
    assert one(f"Phấn đấu 100% {pop} được quán triệt nghị quyết.").org is None


@pytest.mark.parametrize("context", ORG.not_actor_contexts, ids=str)
def test_admitted_party_members_are_not_the_actor(context):
    assert one(f"Hằng năm {context} 150 đảng viên.").org is None


@pytest.mark.parametrize("text,orgs", [
    ("Tỷ lệ tập hợp hội viên: Hội Nông dân đạt 85%, Hội Phụ nữ đạt 88%, Đoàn Thanh niên đạt 75%.",
     ["HND", "HLHPN", "DTN"]),
    ("Hội Nông dân đạt 85% và có 90% hội viên tham gia.", ["HND", "HND"]),
], ids=["comma-separated-subjects", "subject-carries-to-the-next-value"])
def test_each_value_takes_the_subject_of_its_own_stretch(text, orgs):
    assert [r.org for r in extract(text)] == orgs


def test_congress_document_speaks_for_the_party_over_a_topic_heading():
    text = ("NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, NHIỆM KỲ 2020 - 2025\n"
            "3. Các chỉ tiêu về xây dựng Đảng và hệ thống chính trị\n- Kết nạp 1.500 đảng viên mới trong nhiệm kỳ.\n")
    assert one(text).org == "PARTY"


def test_a_topic_heading_on_culture_does_not_make_every_figure_cultural():
    text = "2. Các chỉ tiêu về văn hóa - xã hội\n- Tỷ lệ che phủ rừng đạt 60%.\n"
    assert one(text).indicator == "other"


@pytest.mark.parametrize("word", ORG.respective_words, ids=str)
def test_respective_values_pair_with_their_organizations(word):
    rs = extract(f"Tỷ lệ tập hợp hội viên của Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh {word} đạt 85%, 88% và 98%.")
    assert [(r.value, r.org) for r in rs] == [(85, "HND"), (88, "HLHPN"), (98, "HCCB")]


@pytest.mark.parametrize("word", ORG.counted_partners, ids=str)
def test_organizations_after_a_partner_word_are_not_the_counted_people(word):
    rs = extract(f"Năm 2023, toàn huyện đã tổ chức 45 cuộc đối thoại {word} người đứng đầu cấp ủy, chính quyền.")
    assert [r.org for r in rs] == [None]


def test_organizations_in_what_is_counted_are_the_actor():
    assert [r.org for r in extract("Có 100% cán bộ chủ chốt Hội Nông dân đạt chuẩn.")] == ["HND"]


@pytest.mark.parametrize("marker", ORG.addressee_markers, ids=str)
def test_addressee_heading_names_the_actor(marker):
    r = one(f"3.2. {marker.capitalize()} Hội Nông dân:\n- Phấn đấu 100% cán bộ được tập huấn.")
    assert r.org == "HND"


@pytest.mark.parametrize("title", ORG.congress_titles, ids=str)
def test_congress_document_targets_belong_to_the_party(title):
    rs = extract(f"{title.upper()} HUYỆN LẦN THỨ XX\nCác chỉ tiêu chủ yếu:\n- Tỷ lệ che phủ rừng đạt 60%.")
    assert [r.org for r in rs] == ["PARTY"]


def test_one_record_per_organization_with_the_same_span():
    rs = extract("Hằng năm, mỗi công đoàn cơ sở, mỗi chi đoàn thanh niên, chi hội phụ nữ, chi hội nông dân, "
                 "chi hội cựu chiến binh giới thiệu ít nhất 01 đoàn viên, hội viên ưu tú.")
    assert sorted(r.org for r in rs) == ["DTN", "HCCB", "HLHPN", "HND", "LDLD"]
    assert len({r.span for r in rs}) == 1


def test_object_of_the_clause_is_not_the_subject():
    r = one("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đăng ký với cấp ủy ít nhất 01 việc làm mới.")
    assert r.org == "ALL"


def test_coverage_predicate_names_the_organizations():
    rs = extract("Phấn đấu đến năm 2025, 90% doanh nghiệp có tổ chức công đoàn, đoàn thanh niên.")
    assert sorted(r.org for r in rs) == ["DTN", "LDLD"]


def test_issuer_of_a_cited_document_is_not_an_actor():
    assert one("Đề án số 02 của BTV Tỉnh ủy đã có 08/12 nhóm chỉ tiêu đạt.").org is None


# ---------------------------------------------------------------- time

@pytest.mark.parametrize("freq,phrase", [(k, w) for k, ws in sorted(TIME.frequency.items()) for w in ws],
                         ids=lambda x: str(x))
def test_every_frequency_phrase(freq, phrase):
    text = f"Tổ chức 02 lớp tập huấn{phrase}." if phrase.startswith("/") else f"{phrase.capitalize()}, tổ chức ít nhất 02 buổi tiếp xúc."
    assert one(text, 2).frequency == freq


@pytest.mark.parametrize("word", TIME.deadline_words, ids=str)
def test_every_deadline_word(word):
    assert one(f"Phấn đấu {word} 2025, đạt 90% hộ gia đình văn hóa.").deadline_year == 2025


@pytest.mark.parametrize("word", [w for w in TIME.period_words], ids=str)
def test_every_period_word(word):
    assert one(f"Tổ chức 10 lớp bồi dưỡng {word} 2021 - 2025.", 10).period == (2021, 2025)


@pytest.mark.parametrize("joiner", TIME.period_joiners, ids=str)
@pytest.mark.parametrize("prefix", [""] + TIME.period_year_prefix, ids=lambda p: p or "none")
def test_period_joiners_and_prefixes(joiner, prefix):
    year = f"{prefix} 2030".strip()
    assert one(f"Duy trì hằng năm từ 2026 {joiner} {year}: Hội Nông dân đạt 95%.").period == (2026, 2030)


@pytest.mark.parametrize("word", TIME.term_end_words, ids=str)
def test_term_end_is_the_terms_last_year(word):
    assert one(f"Nhiệm kỳ 2020 - 2025. Phấn đấu {word}, 100% chi bộ có đảng viên.").deadline_year == 2025


@pytest.mark.parametrize("word", TIME.single_year_words, ids=str)
def test_single_year_budget_line(word):
    r = one(f"III. KINH PHÍ\n- {word.capitalize()} 2016: 1 tỷ.")
    assert (r.kind, r.period, r.deadline_year) == ("budget", (2016, 2016), None)


@pytest.mark.parametrize("word", [w for w in TIME.not_single_year
                                  if not any(d.split()[0] == w for d in TIME.deadline_words)], ids=str)
def test_not_a_single_year(word):
    assert one(f"Hội Nông dân đã kết nạp 353 hội viên, {word} năm 2022.").period is None


@pytest.mark.parametrize("text,kind,deadline,period", [
    ("Phấn đấu 70% trở lên số xã đạt chuẩn nông thôn mới vào năm 2025.", "target", 2025, None),
    ("Hội Nông dân đã kết nạp 353 hội viên vào năm 2022.", "result", None, (2022, 2022)),
], ids=["target-by-year", "result-in-year"])
def test_vao_nam_is_a_deadline_for_a_target_and_the_year_of_a_result(text, kind, deadline, period):
    r = one(text)
    assert (r.kind, r.deadline_year, r.period) == (kind, deadline, period)


@pytest.mark.parametrize("text,deadlines,frequencies", [
    ("Phấn đấu đến năm 2025, Hội Nông dân đạt 85%; Hội Phụ nữ đạt 90%.", [2025, 2025], [None, None]),
    ("Hằng năm, Hội Nông dân đạt 85%; Hội Phụ nữ đạt 90%.", [None, None], ["annual", "annual"]),
    ("Hội Cựu chiến binh hằng năm có 95% chi hội vững mạnh; Hội Nông dân có 65% hội viên giỏi.",
     [None, None], ["annual", None]),
], ids=["deadline-frames-the-sentence", "frequency-frames-the-sentence", "subject-first-is-no-frame"])
def test_sentence_opening_frames_its_later_clauses(text, deadlines, frequencies):
    rs = extract(text)
    assert [r.deadline_year for r in rs] == deadlines and [r.frequency for r in rs] == frequencies


def test_report_title_with_two_years_gives_results_the_first_and_targets_the_second():
    text = ("BÁO CÁO\nKết quả công tác dân vận năm 2023, phương hướng nhiệm vụ năm 2024\n"
            "Năm qua đã kết nạp 120 hội viên mới.\nPhấn đấu kết nạp 150 hội viên mới.\n")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2023, 2023)), ("target", (2024, 2024))]


def test_year_of_a_section_heading_is_the_period_of_its_items():
    text = ("KẾ HOẠCH\nCông tác dân vận\nI. NHIỆM VỤ NĂM 2024\n1. Công tác tổ chức\n"
            "Phấn đấu kết nạp 150 hội viên mới.\n")
    assert one(text).period == (2024, 2024)


def test_period_from_title_and_deadline_from_lead_in():
    text = ("ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG CÔNG TÁC DÂN VẬN, GIAI ĐOẠN 2015-2020\n"
            "- Công tác phát triển hội: Phấn đấu đến năm 2020\n+ Tỷ lệ tập hợp hội viên đạt 90% trở lên.")
    r = one(text)
    assert (r.period, r.deadline_year) == ((2015, 2020), 2020)


def test_frequency_does_not_cross_to_a_new_subject():
    rs = extract("Hội Cựu chiến binh hàng năm có 95% chi hội đạt vững mạnh; Hội Nông dân có 65% hội viên tham gia.")
    assert [(r.org, r.frequency) for r in rs] == [("HCCB", "annual"), ("HND", None)]


# ---------------------------------------------------------------- level, kind, indicator

@pytest.mark.parametrize("level,word", [(lv, w) for lv in ("all", "province", "district", "commune")
                                        for w in getattr(LEV, lv)], ids=lambda x: str(x))
def test_every_level_word(level, word):
    assert one(f"Hội Nông dân {word} có ít nhất 01 mô hình.").level == level


@pytest.mark.parametrize("text,levels", [
    ("Hội Cựu chiến binh hằng năm có 95% chi hội đạt trong sạch vững mạnh, 97% gia đình hội viên đạt gương mẫu.",
     ["commune", None]),
    ("Mặt trận Tổ quốc các cấp phấn đấu 90% khu dân cư đạt, 95% hộ gia đình đạt gia đình văn hóa.",
     ["commune", "all"]),
    ("Hằng năm có 90% hội viên tham gia, các chi hội có 95% hội viên đạt.", [None, "commune"]),
    ("Hội Nông dân đạt 90% trở lên ở cấp xã.", ["commune"]),
    ("Tỷ lệ tập hợp hội viên của các tổ chức chính trị - xã hội đạt 90% trở lên.", [None]),
    ("Thời gian giữ chức vụ cơ bản không quá 02 nhiệm kỳ.", [None]),
], ids=["counted-unit-is-its-own", "shared-subject-level", "level-of-the-next-value", "after-the-last-value",
        "xa-hoi-is-society", "co-ban-is-basic"])
def test_level_belongs_to_its_own_value(text, levels):
    assert [r.level for r in extract(text)] == levels


@pytest.mark.parametrize("text,indicators", [
    ("Hội Nông dân có 100% cán bộ hội cơ sở có trình độ trung học phổ thông trở lên, vận động 100% số hộ "
     "nông dân thực hiện tiêu chí xây dựng nông thôn mới.", ["cadre_standard", "new_rural_area"]),
    ("Hội Cựu chiến binh có 95% chi hội đạt trong sạch vững mạnh, 90% hội viên được học tập nghị quyết.",
     ["unit_rating", "political_study"]),
], ids=["cadre-then-rural", "rating-then-study"])
def test_indicator_is_read_from_the_values_own_words_first(text, indicators):
    assert [r.indicator for r in extract(text)] == indicators


@pytest.mark.parametrize("row,value,unit", [
    ("1 | Tỷ lệ tập hợp hội viên Hội Nông dân | % | 85", 85, "percent"),
    ("2. | Kinh phí hỗ trợ mô hình | triệu đồng | 150", 150_000_000, "vnd"),
    ("3 | Số mô hình dân vận khéo | Mô hình | 20", 20, "count"),
], ids=["percent-column", "money-column", "count-column"])
def test_table_row_number_is_skipped_and_the_unit_column_applies(row, value, unit):
    text = "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch\n" + row + "\n"
    r = one(text)
    assert (r.value, r.unit) == (value, unit)
    assert text[r.span[0]:r.span[1]] == row.rsplit(" | ", 1)[1]


@pytest.mark.parametrize("word", EXC.whole_scope_words, ids=str)
def test_whole_scope_count_is_not_a_population_qualifier(word):
    assert one(f"{word.capitalize()} xã có 245 mô hình dân vận khéo.").value == 245


@pytest.mark.parametrize("text", ["Ứng dụng mạng 5G trong sinh hoạt chi hội.", "Xây dựng bản đồ 3D các khu dân cư."],
                         ids=["5G", "3D"])
def test_number_glued_to_a_capital_is_a_code(text):
    assert extract(text) == []


@pytest.mark.parametrize("noun", EXC.name_nouns, ids=str)
def test_number_after_a_unit_noun_names_it(noun):
    assert extract(f"Hội viên {noun} 3 tham gia sinh hoạt đầy đủ.") == []


@pytest.mark.parametrize("word", EXC.distributive_words, ids=str)
def test_distributive_word_keeps_the_count_per_unit(word):
    assert one(f"Phấn đấu {word} thôn 01 mô hình dân vận khéo.").value == 1


@pytest.mark.parametrize("label", EXC.phone_labels, ids=str)
def test_telephone_numbers_are_not_values(label):
    assert extract(f"Ban Dân vận Huyện ủy, {label}: 0214.3840.123.") == []


@pytest.mark.parametrize("text", ["Liên hệ 0912 345 678.", "Liên hệ 0912.345.678 để được hỗ trợ."],
                         ids=["spaced", "dotted"])
def test_phone_shaped_numbers_without_a_label(text):
    assert extract(text) == []


@pytest.mark.parametrize("phrase", LEV.not_level, ids=str)
def test_phrases_that_are_not_levels(phrase):
    assert one(f"Hội Nông dân {phrase} có ít nhất 01 mô hình.").level is None


@pytest.mark.parametrize("kind,word", [("result", w) for w in KIND.result_headings]
                         + [("target", w) for w in KIND.target_headings], ids=lambda x: str(x))
def test_report_section_heading_decides_the_kind(kind, word):
    # the other kind holds the document's majority, so only the heading can decide
    other = "Năm qua đã có 10 tổ tự quản; đã kết nạp 20 hội viên." if kind == "target" else \
        "Phấn đấu 10 tổ tự quản; phấn đấu kết nạp 20 hội viên."
    text = f"BÁO CÁO\nCông tác dân vận\nI. CÔNG TÁC TỔ CHỨC\n{other}\nII. {word.upper()} CÔNG TÁC DÂN VẬN\n" \
           "1. Công tác tuyên truyền\nToàn huyện có 245 mô hình dân vận khéo.\n"
    assert [r.kind for r in extract(text) if r.value == 245] == [kind]


@pytest.mark.parametrize("cue", KIND.result, ids=str)
def test_every_result_cue(cue):
    assert one(f"Hội Nông dân {cue}, kết nạp 353 hội viên mới.").kind == "result"


@pytest.mark.parametrize("cue", KIND.weak_result, ids=str)
def test_weak_result_cue_decides_only_what_nothing_else_does(cue):
    assert one(f"{cue.capitalize()} 98,2% khu dân cư tổ chức Ngày hội.").kind == "result"
    plan = f"KẾ HOẠCH\nCông tác dân vận\nII. PHƯƠNG HƯỚNG NHIỆM VỤ\n{cue.capitalize()} 245 mô hình dân vận khéo.\n"
    assert one(plan).kind == "target"


@pytest.mark.parametrize("cue", KIND.target, ids=str)
def test_every_target_cue_beats_a_reporting_document(cue):
    text = f"Năm qua đã có 50 hội viên. Đến nay đã có 60 hội viên. Hội Nông dân {cue} 353 hội viên mới."
    assert one(text, 353).kind == "target"


@pytest.mark.parametrize("word", KIND.budget, ids=str)
def test_every_budget_word(word):
    assert one(f"{word.capitalize()} thực hiện: 500 triệu đồng.").kind == "budget"


@pytest.mark.parametrize("word", KIND.not_budget, ids=str)
def test_measured_money_is_not_a_budget(word):
    assert one(f"Kinh phí: {word} đạt 500 triệu đồng.").kind != "budget"


@pytest.mark.parametrize("word", KIND.result_counted, ids=str)
def test_percent_of_a_plan_is_a_result(word):
    assert one(f"Kết nạp hội viên đạt 117,5% {word}.").kind == "result"


RULES = load_lexicon("indicators").rules


@pytest.mark.parametrize("key,phrase,with_", [(r.key, a, (r.with_ or [""])[0]) for r in RULES for a in r.any],
                         ids=lambda x: str(x))
def test_every_indicator_phrase(key, phrase, with_):
    if key == "funding":
        text = f"Bố trí {phrase}: 500 triệu đồng."
    else:
        text = f"Phấn đấu ít nhất 02 {with_} {phrase}."
    r = one(text, 2 if key != "funding" else None)
    assert r.indicator == key or _earlier_rule_claims(r.indicator, key, phrase, with_)


def _earlier_rule_claims(found, key, phrase, with_):
    """A phrase shared by two rules belongs to the one listed first."""
    order = [r.key for r in RULES]
    if found not in order or order.index(found) >= order.index(key):
        return False
    rule = RULES[order.index(found)]
    text = f"{with_} {phrase}"
    return any(a in text for a in rule.any)


@pytest.mark.parametrize("word", CMP.counted_trailing, ids=str)
def test_counted_phrase_never_ends_on_a_dangling_word(word):
    assert one(f"Hằng năm có ít nhất 01 việc làm mới {word} thực hiện có hiệu quả.").counted == "việc làm mới"


@pytest.mark.parametrize("text,counted", [
    ("Mỗi chi hội xây dựng ít nhất 01 (một) mô hình dân vận khéo.", "mô hình dân vận khéo"),
    ("Giảm tỷ lệ hộ nghèo xuống còn dưới 5% vào cuối năm 2025.", None),
    ("Chi hội có 95% đạt danh hiệu gia đình văn hóa.", None),
], ids=["spelled-number-in-brackets", "stop-word-right-after-the-value", "verb-right-after-the-value"])
def test_counted_phrase_edges(text, counted):
    assert one(text).counted == counted


@pytest.mark.parametrize("stop", CMP.counted_stops, ids=str)
def test_every_counted_stop_word(stop):
    assert one(f"Phấn đấu 90% hội viên {stop} xây dựng nông thôn mới.").counted == "hội viên"


@pytest.mark.parametrize("body", ORG.cited_issuer_bodies, ids=str)
def test_every_cited_issuer_body(body):
    assert one(f"Đề án số 02 của {body} Tỉnh ủy đã có 08/12 nhóm chỉ tiêu đạt.").org is None


@pytest.mark.parametrize("word", ORG.coverage_words, ids=str)
def test_every_coverage_word(word):
    assert one(f"Phấn đấu đến năm 2025, 90% doanh nghiệp {word} công đoàn.").org == "LDLD"


# ---------------------------------------------------------------- exclusions, one row per data entry

@pytest.mark.parametrize("word", EXC.document_words, ids=str)
def test_every_document_word_makes_a_document_number(word):
    assert extract(f"Thực hiện {word} 15 của Ban Thường vụ.") == []


@pytest.mark.parametrize("noun", EXC.structure_nouns, ids=str)
def test_every_structure_noun_numbers_the_document(noun):
    assert extract(f"Cụ thể hóa với 09 {noun}.") == []


@pytest.mark.parametrize("word", EXC.achievement_words, ids=str)
def test_every_achievement_word_keeps_a_count_of_goals(word):
    assert one(f"Năm qua, huyện {word} 18 chỉ tiêu.").value == 18


@pytest.mark.parametrize("noun", EXC.logistics_nouns, ids=str)
def test_every_logistics_noun(noun):
    assert extract(f"Hội nghị có 148 {noun}.") == []


@pytest.mark.parametrize("label", EXC.furniture_labels, ids=str)
def test_every_furniture_label(label):
    assert [r.value for r in extract(f"{label.capitalize()}: 4863\nHội Nông dân đạt 90%.")] == [90]


@pytest.mark.parametrize("noun", EXC.duration_nouns, ids=str)
def test_every_duration_noun(noun):
    assert extract(f"Sau 02 {noun} thực hiện nghị quyết.") == []


@pytest.mark.parametrize("noun", EXC.not_duration, ids=str)
def test_every_noun_that_only_starts_like_a_duration(noun):
    assert one(f"Phấn đấu tổ chức 02 {noun}.").value == 2


@pytest.mark.parametrize("word", EXC.qualifier_before, ids=str)
def test_every_population_qualifier_before(word):
    assert extract(f"Tổ chức hội nghị {word} 16 xã.") == []


@pytest.mark.parametrize("head", EXC.qualified_heads, ids=str)
def test_every_qualified_head(head):
    assert [r.value for r in extract(f"Có 95% {head} có từ 25 thành viên tham gia.")] == [95]


@pytest.mark.parametrize("after", EXC.qualifier_after_head, ids=str)
def test_every_qualifier_after_a_head(after):
    assert [r.value for r in extract(f"Có 95% doanh nghiệp {after} 25 công nhân tham gia.")] == [95]


@pytest.mark.parametrize("word", EXC.date_words, ids=str)
def test_every_date_word(word):
    assert extract(f"{word.capitalize()} 26, hội nghị đã diễn ra.") == []


@pytest.mark.parametrize("word", EXC.name_number_words, ids=str)
def test_every_slogan_word(word):
    assert extract(f"Xây dựng gia đình 5 {word}.") == []


@pytest.mark.parametrize("noun", EXC.age_nouns, ids=str)
def test_every_age_noun(noun):
    assert extract(f"Thanh niên từ 16 đến 30 {noun} tham gia.") == []


@pytest.mark.parametrize("word", EXC.age_qualifiers, ids=str)
def test_every_age_qualifier(word):
    assert extract(f"Phụ nữ {word} 18 tuổi tham gia sinh hoạt.") == []


UNITS_LEX = load_lexicon("units")


@pytest.mark.parametrize("word,value", list(UNITS_LEX.number_words.items()), ids=str)
def test_every_spelled_number_after_a_comparator(word, value):
    assert one(f"Hằng quý tổ chức ít nhất {word} buổi tiếp xúc với nhân dân.").value == value


@pytest.mark.parametrize("word", UNITS_LEX.not_currency, ids=str)
def test_every_word_that_starts_like_a_currency(word):
    assert one(f"Phấn đấu cử 02 {word} tham gia.").unit == "count"


@pytest.mark.parametrize("word", TIME.term_words, ids=str)
def test_every_term_word_gives_the_terms_last_year(word):
    text = f"Đại hội {word} 2020 - 2025.\nPhấn đấu đến cuối {word}, Hội Nông dân đạt 90%."
    assert [r.deadline_year for r in extract(text)] == [2025]
