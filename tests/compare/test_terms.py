"""What a clause measures (pipeline/compare/terms.py): one test row per entry of
compare_lexicon.yaml, and paraphrases of administrative Vietnamese."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.compare.similarity import population, same_population
from pipeline.compare.terms import (budget_source, canonical, counted_level, cut_citations, fold, head,
                                    is_annex_heading, is_ceiling, measured_words, official_text_start, rate_period,
                                    says_added, says_average, unit_level)
from pipeline.compare.wording import words
import pipeline.lexicon as lexicon
from pipeline.lexicon import LexiconError, load_lexicon
from pipeline.lexicon.compare_models import CompareWords

LEX = words()
IGNORED = [(group, w) for group in ("frames", "directives", "comparators", "time", "scope", "actors", "function_words")
           for w in getattr(LEX.ignored, group)]
SYNONYMS = [(c, v) for c, vs in LEX.synonyms.items() for v in vs]
SOURCES = [(c, v) for c, vs in LEX.budget_sources.items() for v in vs]


@pytest.mark.parametrize("group, phrase", IGNORED, ids=[f"{g}:{w}" for g, w in IGNORED])
def test_an_ignored_phrase_says_nothing_about_what_is_measured(group, phrase):
    assert measured_words(f"{phrase} hộ nghèo {phrase}") == measured_words("hộ nghèo")


@pytest.mark.parametrize("canon, variant", SYNONYMS, ids=[f"{c}:{v}" for c, v in SYNONYMS])
def test_a_synonym_reads_as_its_canonical_wording(canon, variant):
    assert canonical(f"50% {variant} đạt chuẩn") == canonical(f"50% {canon} đạt chuẩn")
    assert measured_words(f"có 50% {variant.upper()} đạt chuẩn") == measured_words(f"có 50% {canon} đạt chuẩn")


@pytest.mark.parametrize("phrase", LEX.downward, ids=LEX.downward)
def test_a_downward_phrase_makes_a_bare_figure_a_ceiling(phrase):
    assert is_ceiling(f"Tỷ lệ hộ nghèo {phrase}")
    assert is_ceiling(f"Tỷ lệ hộ nghèo {phrase} dưới")  # a bound may follow it
    assert not is_ceiling(f"Tỷ lệ hộ nghèo {phrase} đạt chuẩn, có")  # it must stand right before the figure


UNITS = [(level, u) for level, us in LEX.unit_levels.items() for u in us]


@pytest.mark.parametrize("word", LEX.distributive, ids=LEX.distributive)
def test_a_distributive_word_sets_a_figure_for_each_unit(word):
    assert unit_level(f"Hằng năm, {word} chi hội phụ nữ vận động ít nhất") == "unit"
    assert unit_level("Hằng năm, chi hội phụ nữ vận động ít nhất") is None


@pytest.mark.parametrize("level, unit", UNITS, ids=[f"{lv}:{u}" for lv, u in UNITS])
def test_a_unit_has_the_level_of_a_body_that_is_one(level, unit):
    assert unit_level(f"Mỗi {unit} xây dựng ít nhất") == level


@pytest.mark.parametrize("word", LEX.not_units, ids=LEX.not_units)
def test_each_year_is_time_not_a_unit(word):
    assert unit_level(f"Mỗi {word}, Huyện đoàn tổ chức") is None


COUNTED = [(level, u) for level, us in LEX.counted_units.items() for u in us]


@pytest.mark.parametrize("level, unit", COUNTED, ids=[f"{lv}:{u}" for lv, u in COUNTED])
def test_a_counted_unit_has_its_administrative_level(level, unit):
    assert counted_level(head(f"70% số {unit} đạt chuẩn nông thôn mới")) == level
    assert counted_level(None, f"Tỷ lệ {unit} đạt chuẩn nông thôn mới đạt") == level
    assert counted_level(None, f"{unit.capitalize()} phấn đấu tăng trưởng kinh tế đạt") is None  # an actor


@pytest.mark.parametrize("word", LEX.rate_subjects, ids=LEX.rate_subjects)
def test_a_rate_subject_names_what_is_counted(word):
    assert counted_level(None, f"{word} đơn vị hành chính cấp xã đạt chuẩn văn hóa đạt") == "commune"
    # (households are counted, not the districts they live in)
    assert counted_level(None, f"{word} hộ cận nghèo của các huyện miền núi giảm") == "household"
    assert counted_level(None, f"{word} doanh nghiệp của các huyện miền núi tăng") is None


@pytest.mark.parametrize("word", LEX.average, ids=LEX.average)
def test_an_average_word_makes_a_change_a_yearly_pace(word):
    assert says_average(f"Tốc độ tăng trưởng kinh tế {word} đạt")
    assert not says_average("Tốc độ tăng trưởng kinh tế đến năm 2025 so với năm 2020 đạt")


@pytest.mark.parametrize("source, phrase", SOURCES, ids=[f"{c}:{v}" for c, v in SOURCES])
def test_a_budget_line_names_who_pays(source, phrase):
    assert budget_source(f"Kinh phí từ {phrase.capitalize()} bố trí 45 tỷ đồng") == source


@pytest.mark.parametrize("heading", LEX.annex_headings, ids=LEX.annex_headings)
def test_an_annex_heading_opens_restatements(heading):
    assert is_annex_heading(f"{heading.upper()} I. CÁC CHỈ TIÊU")
    assert not is_annex_heading(f"II. NHIỆM VỤ, GIẢI PHÁP (xem {heading})")


@pytest.mark.parametrize("head_noun", LEX.population_heads, ids=LEX.population_heads)
def test_a_population_head_takes_a_qualifier(head_noun):
    assert population(f"{head_noun} trong Khối") == (fold(head_noun), "trong khối")
    assert not same_population(f"{head_noun} trong Khối", f"{head_noun} ngoài Khối")


@pytest.mark.parametrize("marker", LEX.population_markers, ids=LEX.population_markers)
def test_a_population_marker_opens_a_qualifier(marker):
    assert population(f"doanh nghiệp {marker} Khu công nghiệp") == ("doanh nghiệp", f"{fold(marker)} khu công nghiệp")


PARAPHRASES = [
    ("xa-phuong-thi-tran-vs-don-vi-hanh-chinh-cap-xa",
     "đến năm 2030 phấn đấu có ít nhất 40% số xã, phường, thị trấn trong cả nước không có ma túy",
     "đến hết năm 2030, toàn tỉnh có tối thiểu 40% đơn vị hành chính cấp xã không ma túy"),
    ("ty-le-dat-vs-chiem", "Tỷ lệ thanh niên được tập hợp vào tổ chức Đoàn đạt 70% trở lên",
     "Số thanh niên được tập hợp vào tổ chức Đoàn chiếm 70% trở lên"),
    ("ty-le-giam-vs-con", "Tỷ lệ hộ nghèo giảm còn dưới 3%", "Giảm tỷ lệ hộ nghèo toàn huyện xuống dưới 3%"),
    ("nguoi-dan-vs-dan-so", "Tỷ lệ người dân có bảo hiểm y tế lên 96%",
     "Tỷ lệ dân số có BHYT lên 96%"),
    ("day-nghe-vs-dao-tao-nghe", "Hằng năm dạy nghề cho 3.000 lao động nông thôn",
     "mỗi năm đào tạo nghề cho 500 lao động nông thôn"),
    ("gdp-of-a-nation-vs-grdp-of-a-province", "Tốc độ tăng trưởng kinh tế (GDP) cả nước bình quân đạt 7%/năm",
     "Tăng trưởng GRDP toàn tỉnh bình quân hằng năm đạt 8%"),
    ("co-so-giao-duc-vs-truong-hoc", "Bên cạnh đó, 100% cơ sở giáo dục được tuyên truyền về phòng, chống ma túy",
     "100% trường học trong tỉnh được tuyên truyền phòng, chống ma túy"),
    ("ntm-abbreviated", "Đến năm 2026 có 75% số xã hoàn thành chuẩn nông thôn mới", "75% xã hoàn thành chuẩn NTM"),
    ("ho-gia-dinh-vs-ho", "Tỷ lệ hộ gia đình dùng nước sạch đạt 97%", "97% số hộ dùng nước sạch"),
    ("a-cited-plan-and-its-date", "Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2024, tỷ lệ hộ nghèo giảm 1,5%",
     "Tỷ lệ hộ nghèo giảm 1,5%"),
]


@pytest.mark.parametrize("a, b", [c[1:] for c in PARAPHRASES], ids=[c[0] for c in PARAPHRASES])
def test_paraphrases_measure_the_same_words(a, b):
    def syllables(text):  # the segmenter may join "ma túy" in one clause and not in the other
        return {s for w in measured_words(text) for s in w.split()}
    assert syllables(a) == syllables(b) != set()


def test_what_is_measured_keeps_its_distinctions():
    assert measured_words("giải quyết việc làm cho 3.000 lao động") != measured_words("dạy nghề cho 300 lao động")
    assert head("300 lao động nông thôn") == "lao động"
    assert head("trở lên các cấp") is None


def test_tone_placement_and_case_are_folded():
    assert measured_words("Hoà giải viên ở cơ sở") == measured_words("hòa giải viên ở cơ sở")
    assert fold("Tỷ lệ") != fold("Tỉ lệ")  # a different letter, not a tone placement


def test_the_data_file_is_validated_and_loaded_once():
    raw = LEX.model_dump()
    raw["synonyms"] = {"xã": ["cấp xã"], "huyện": ["cấp xã"]}
    with pytest.raises(ValidationError, match="cấp xã"):
        CompareWords.model_validate(raw)
    with pytest.raises(ValidationError):
        CompareWords.model_validate({**LEX.model_dump(), "unknown_list": []})
    assert load_lexicon("compare_lexicon") is words()


def test_a_broken_data_file_names_itself(tmp_path, monkeypatch):
    (tmp_path / "compare_lexicon.yaml").write_text("ignored: [\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    lexicon.load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match="compare_lexicon.yaml"):
            lexicon.load_lexicon("compare_lexicon")
    finally:
        lexicon.load_lexicon.cache_clear()


MOTTOS = LEX.official_mottos + ["**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**"]


@pytest.mark.parametrize("header", MOTTOS, ids=LEX.official_mottos + ["broken-in-two"])
def test_the_official_text_starts_at_its_motto(header):
    header = header.upper()
    summary = "Theo đó, Ủy ban nhân dân tỉnh đặt mục tiêu 90% hộ dân dùng nước sạch.\n"
    assert official_text_start(summary + header + "\nKẾ HOẠCH") == len(summary)
    assert official_text_start(summary) is None
    assert official_text_start("Nhà nước " + header.replace("\n", " ").lower() + " bảo đảm") is None


@pytest.mark.parametrize("doc", LEX.cited_documents, ids=LEX.cited_documents)
def test_a_cited_document_says_nothing_about_what_is_measured(doc):
    plain = measured_words("Lãi suất cho vay hộ nghèo giảm xuống 6,24%")
    for cited in (f"{doc} số 157/2007/QĐ-TTg ngày 27 tháng 9 năm 2007", f"{doc.capitalize()} 29-NQ/TU ngày 22/7/2022"):
        assert measured_words(f"Lãi suất cho vay hộ nghèo (theo {cited}) giảm xuống 6,24%") == plain
    assert fold(doc) in cut_citations(f"xây dựng {doc} thực hiện")  # named without a number, it stays


PERIODS = [(f, w) for f, ws in LEX.rate_periods.items() for w in ws]


@pytest.mark.parametrize("frequency, period", PERIODS, ids=[f"{f}:{w}" for f, w in PERIODS])
def test_a_rate_per_period_counts_as_often_as_its_period(frequency, period):
    assert rate_period(f"/{period}") == frequency == rate_period(f" / {period.upper()} trở lên")
    assert rate_period(period) is None and rate_period(f"/{period}x") is None


def test_a_line_that_only_contains_a_motto_is_not_a_header():
    assert official_text_start("Theo đó, 90% hộ dân dùng nước sạch.\nĐOÀN TNCS HỒ CHÍ MINH TỈNH\n") is None
    assert official_text_start("90% hộ dân.\nĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM\n") is None


@pytest.mark.parametrize("written", ["công nghiệp-xây dựng", "công nghiệp -xây dựng", "xã ,  phường, thị trấn"])
def test_a_synonym_is_found_however_its_hyphens_and_commas_are_spaced(written):
    assert canonical(written) in ("công nghiệp xây dựng", "xã")


@pytest.mark.parametrize("words", LEX.period_totals, ids=str)
def test_every_word_of_a_figure_summed_over_its_period(words):
    from pipeline.compare.terms import period_total
    assert period_total(f"Tổng vốn huy động {words} đạt 1.200 tỷ đồng") and not period_total("Năm 2024 đạt 300 tỷ đồng")


@pytest.mark.parametrize("before,level", [
    ("Chương trình mỗi xã một sản phẩm của tỉnh phấn đấu có ít nhất", None),
    ("Phong trào mỗi làng một nghề, phấn đấu", None),
    ("Mỗi xã, thị trấn phải có ít nhất", "commune"),
], ids=["a programme named one per commune", "a movement's slogan", "a quota for each commune"])
def test_a_name_that_says_one_for_each_unit_is_no_quota(before, level):
    from pipeline.compare.terms import unit_level
    assert unit_level(before) == level


@pytest.mark.parametrize("word", LEX.one_each, ids=str)
def test_every_word_of_one_for_each_unit_in_a_name(word):
    from pipeline.compare.terms import unit_level
    assert unit_level(f"Chương trình mỗi xã {word} sản phẩm có ít nhất") is None


@pytest.mark.parametrize("verb", LEX.adding_verbs, ids=LEX.adding_verbs)
def test_an_adding_verb_makes_a_figure_an_amount_added(verb):
    assert says_added(f"Phấn đấu năm 2027 {verb} ít nhất")
    assert not says_added("Phấn đấu năm 2027 tỷ lệ hộ nghèo còn dưới")


@pytest.mark.parametrize("text,band", [
    ("tỷ lệ thanh niên có nghề độ tuổi 16 - 35 đạt", "tuổi 16-35"),  # words: độ tuổi
    ("học sinh tuổi từ 6 đến 14", "tuổi 6-14"),  # words: tuổi; joiners: đến
    ("người trong độ tuổi 15–60", "tuổi 15-60"),  # joiners: –
    ("trẻ em từ 3-5 tuổi được đến trường", "tuổi 3-5"),  # joiners: -
    ("suy dinh dưỡng ở trẻ em dưới 5 tuổi", "tuổi 0-5"),  # under
    ("người từ 60 tuổi trở lên có thẻ", "tuổi 60+"),  # over: từ
    ("người cao tuổi trên 80 tuổi được chúc thọ", "tuổi 80+"),  # over: trên
    ("mỗi xã có 2 sân chơi cho thiếu nhi từ năm 2027 - 2029", None),
], ids=["between-do-tuoi", "between-den", "en-dash", "bounds-before-tuoi", "under", "from-up", "over", "no-band"])
def test_the_age_band_a_clause_names(text, band):
    from pipeline.compare.terms import age_band
    assert age_band(text) == band


def test_every_age_band_word_is_read():
    from pipeline.compare.terms import age_band
    ab = words().age_bands
    for w in ab.words:
        assert age_band(f"tỷ lệ {w} 15 - 60 đạt") == "tuổi 15-60", w
    for j in ab.joiners:
        assert age_band(f"trẻ em từ 6 {j} 14 tuổi") == "tuổi 6-14", j
    for u in ab.under:
        assert age_band(f"trẻ em {u} 5 tuổi") == "tuổi 0-5", u
    for o in ab.over:
        assert age_band(f"người {o} 60 tuổi") == "tuổi 60+", o
    for w in ab.span_openers:
        assert age_band(f"độ tuổi {w} 6 - 14") == "tuổi 6-14", w


def test_a_number_the_segmenter_glues_to_a_word_is_not_a_word_of_its_own():
    ws = measured_words("Tỷ lệ thanh niên có nghề độ tuổi 16-35 tuổi đạt")
    assert not any(ch.isdigit() for w in ws for ch in w) and "tuổi" in ws
