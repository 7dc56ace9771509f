"""References to other documents, and which ones a document carries out: one
case per entry of ``metadata_references.yaml``."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze, find_refs

VOCAB = load_lexicon("metadata_references")
TYPES = load_lexicon("metadata_doc_types")
TYPE_WORDS = [(k, w) for k, e in TYPES.doc_types.items() for w in e.words]


def _implements(text: str) -> list[str]:
    return [r.number for r in analyze(text)["implements"]]


@pytest.mark.parametrize("key,word", TYPE_WORDS, ids=[w for _, w in TYPE_WORDS])
def test_type_word_in_a_reference(key, word):
    ref = find_refs(f"theo {word.capitalize()} số 12-XX/TU, ngày 01/02/2020 của Tỉnh ủy")[0].ref
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == (key, "12-XX/TU", dt.date(2020, 2, 1), "Tỉnh ủy")


def test_number_word_allows_a_bare_number():
    assert find_refs(f"Đề án {VOCAB.number_word} 02 của Tỉnh ủy")[0].ref.number == "02"


@pytest.mark.parametrize("text", ["Tổng kinh phí thực hiện Kế hoạch 2,5 tỷ đồng", "Đề án 15 - Nâng cao chất lượng",
                                  "Kế hoạch 2 năm"], ids=["amount", "word-after-dash", "duration"])
def test_a_number_without_so_or_symbol_names_no_document(text):
    assert find_refs(text)[0].ref.number is None


def test_of_word_opens_the_issuer():
    assert find_refs(f"Nghị quyết số 29-NQ/TU {VOCAB.of_word} Ban Thường vụ Tỉnh ủy")[0].ref.issuer == \
        "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize("stop", VOCAB.issuer_stops, ids=str)
def test_issuer_stop_word(stop):
    ref = find_refs(f"Nghị quyết số 29-NQ/TU của Ban Thường vụ Tỉnh ủy {stop} công tác dân vận")[0].ref
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"


def test_number_written_with_spaces_and_dashes():
    ref = find_refs("theo Quyết định 218 – QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về ...")[0].ref
    assert (ref.number, ref.date, ref.issuer) == ("218-QĐ/TW", dt.date(2013, 12, 12), "Bộ Chính trị")


def test_number_broken_across_lines():
    assert find_refs("Căn cứ Nghị quyết số\n202/2025/QH15 của Quốc hội")[0].ref.number == "202/2025/QH15"


@pytest.mark.parametrize("verb", VOCAB.implements_verbs, ids=str)
def test_implements_verb_in_the_title(verb):
    assert _implements(f"KẾ HOẠCH\n{verb} Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy") == \
        ["29-NQ/TU"]


@pytest.mark.parametrize("word", VOCAB.purpose_words, ids=str)
def test_purpose_word_in_the_body(word):
    text = ("KẾ HOẠCH\nPhát triển hạ tầng số\n\nI. MỤC ĐÍCH\n- Phát triển hạ tầng số đồng bộ, hiện đại "
            f"{word} thúc đẩy chuyển đổi số và thực hiện hiệu quả Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert _implements(text) == ["57-NQ/TW"]


def test_a_task_given_to_someone_is_not_carried_out_by_the_document():
    text = ("KẾ HOẠCH\nPhát triển hạ tầng số\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Sở Tài chính chủ trì, phối hợp các sở ngành thực hiện Nghị định số 45/2020/NĐ-CP.")
    assert _implements(text) == []


@pytest.mark.parametrize("word", VOCAB.purpose_sections, ids=str)
def test_a_formal_document_says_what_it_carries_out_in_its_purpose_section(word):
    body = "- Tiếp tục triển khai thực hiện Nghị quyết số 07-NQ/ĐUK của Đảng ủy Khối."
    purpose = f"KẾ HOẠCH\nvề dân vận\n\nI. {word.upper()}, YÊU CẦU\n{body}\n\nII. NHIỆM VỤ\n- Tổ chức hội nghị."
    tasks = f"KẾ HOẠCH\nvề dân vận\n\nI. {word.upper()}, YÊU CẦU\n- Quán triệt.\n\nII. NHIỆM VỤ\n{body}"
    assert (_implements(purpose), _implements(tasks)) == (["07-NQ/ĐUK"], [])


def test_a_clause_opening_with_the_verb_carries_out():
    text = ("Bí thư Huyện ủy: Quyết tâm về đích\n\nNội dung.\n\n"
            "Thực hiện Nghị quyết số 08-NQ/HU về giảm nghèo bền vững, phấn đấu tỷ lệ hộ nghèo dưới 1,5%.")
    assert _implements(text) == ["08-NQ/HU"]


@pytest.mark.parametrize("word", VOCAB.about_words, ids=str)
def test_about_word_makes_the_next_reference_a_description(word):
    text = ("KẾ HOẠCH\nPhát triển hạ tầng số\n\nTriển khai Kế hoạch số 328-KH/TU ngày 24/4/2025 của Tỉnh ủy "
            f"{word} việc thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị; Kế hoạch số 348/KH-UBND ngày "
            f"14/5/2025 của UBND tỉnh {word} triển khai thực hiện Nghị quyết số 71/NQ-CP của Chính phủ, "
            "UBND tỉnh ban hành Kế hoạch như sau:")
    m = analyze(text)
    assert [r.number for r in m["implements"]] == ["328-KH/TU", "348/KH-UBND"]
    assert {"57-NQ/TW", "71/NQ-CP"} <= {r.number for r in m["cites"]}


def test_a_list_joined_by_and_is_carried_out_together():
    text = ("NGHỊ QUYẾT\nvề công tác dân vận\n\nI. MỤC ĐÍCH\n1. Tiếp tục triển khai thực hiện Quyết định "
            "217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị.")
    assert _implements(text) == ["217-QĐ/TW", "218-QĐ/TW"]


def test_basis_is_cited_not_carried_out():
    m = analyze("QUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n\nCăn cứ Quyết định số 39/QĐ-TTg ngày 18/6/2022 "
                "của Thủ tướng Chính phủ;")
    assert m["implements"] == [] and [r.number for r in m["cites"]] == ["39/QĐ-TTg"]


def test_a_news_report_does_not_carry_out_what_it_reports():
    m = analyze("Ninh Bình ban hành Kế hoạch phát triển du lịch\n\n(NB) - UBND tỉnh vừa ban hành Kế hoạch "
                "số 12/KH-UBND về phát triển du lịch.")
    assert (m["implements"], m["subject"].number) == ([], "12/KH-UBND")
