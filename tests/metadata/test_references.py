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


@pytest.mark.parametrize("text", ["Kinh phí triển khai Kế hoạch 3,4 tỷ đồng", "Đề án 7 - Đổi mới phương thức",
                                  "Kế hoạch 2 năm"], ids=["amount", "word-after-dash", "duration"])
def test_a_number_without_so_or_symbol_names_no_document(text):
    assert find_refs(text)[0].ref.number is None


def test_of_word_opens_the_issuer():
    assert find_refs(f"Nghị quyết số 14-NQ/TU {VOCAB.of_word} Ban Thường vụ Tỉnh ủy")[0].ref.issuer == \
        "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize("stop", VOCAB.issuer_stops, ids=str)
def test_issuer_stop_word(stop):
    ref = find_refs(f"Nghị quyết số 14-NQ/TU của Ban Thường vụ Tỉnh ủy {stop} công tác dân vận")[0].ref
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"


def test_number_written_with_spaces_and_dashes():
    ref = find_refs("căn cứ Quyết định 145 – QĐ/TW, ngày 05/3/2019 của Bộ Chính trị về ...")[0].ref
    assert (ref.number, ref.date, ref.issuer) == ("145-QĐ/TW", dt.date(2019, 3, 5), "Bộ Chính trị")


def test_number_broken_across_lines():
    assert find_refs("Căn cứ Nghị quyết số\n202/2025/QH15 của Quốc hội")[0].ref.number == "202/2025/QH15"


@pytest.mark.parametrize("verb", VOCAB.implements_verbs, ids=str)
def test_implements_verb_in_the_title(verb):
    assert _implements(f"KẾ HOẠCH\n{verb} Nghị quyết số 14-NQ/TU, ngày 03/11/2023 của Tỉnh ủy") == \
        ["14-NQ/TU"]


@pytest.mark.parametrize("word", VOCAB.purpose_words, ids=str)
def test_purpose_word_in_the_body(word):
    text = ("KẾ HOẠCH\nPhát triển du lịch cộng đồng\n\nI. MỤC ĐÍCH\n- Khai thác tiềm năng du lịch của các bản "
            f"{word} tăng thu nhập cho người dân và thực hiện tốt Nghị quyết số 19-NQ/TW của Bộ Chính trị.")
    assert _implements(text) == ["19-NQ/TW"]


def test_a_task_given_to_someone_is_not_carried_out_by_the_document():
    text = ("KẾ HOẠCH\nPhát triển hạ tầng số\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Sở Tài chính chủ trì, phối hợp các sở ngành thực hiện Nghị định số 45/2020/NĐ-CP.")
    assert _implements(text) == []


@pytest.mark.parametrize("word", VOCAB.purpose_sections, ids=str)
def test_a_formal_document_says_what_it_carries_out_in_its_purpose_section(word):
    body = "- Tiếp tục thực hiện nghiêm Nghị quyết số 11-NQ/ĐUK của Đảng ủy Khối."
    purpose = f"KẾ HOẠCH\nvề dân vận\n\nI. {word.upper()}, YÊU CẦU\n{body}\n\nII. NHIỆM VỤ\n- Tổ chức hội nghị."
    tasks = f"KẾ HOẠCH\nvề dân vận\n\nI. {word.upper()}, YÊU CẦU\n- Quán triệt.\n\nII. NHIỆM VỤ\n{body}"
    assert (_implements(purpose), _implements(tasks)) == (["11-NQ/ĐUK"], [])


def test_a_clause_opening_with_the_verb_carries_out():
    text = ("Bí thư Huyện ủy: Quyết tâm về đích\n\nNội dung.\n\n"
            "Thực hiện Nghị quyết số 21-NQ/HU về phát triển cây dược liệu, phấn đấu diện tích trồng mới 300 ha.")
    assert _implements(text) == ["21-NQ/HU"]


@pytest.mark.parametrize("word", VOCAB.about_words, ids=str)
def test_about_word_makes_the_next_reference_a_description(word):
    text = ("KẾ HOẠCH\nPhát triển du lịch cộng đồng\n\nTriển khai Kế hoạch số 215-KH/TU ngày 09/3/2024 của Tỉnh ủy "
            f"{word} việc thực hiện Nghị quyết số 19-NQ/TW của Bộ Chính trị; Kế hoạch số 205/KH-UBND ngày "
            f"02/4/2024 của UBND tỉnh {word} thực hiện Nghị quyết số 33/NQ-CP của Chính phủ, "
            "UBND tỉnh ban hành Kế hoạch như sau:")
    m = analyze(text)
    assert [r.number for r in m["implements"]] == ["215-KH/TU", "205/KH-UBND"]
    assert {"19-NQ/TW", "33/NQ-CP"} <= {r.number for r in m["cites"]}


def test_a_list_joined_by_and_is_carried_out_together():
    text = ("NGHỊ QUYẾT\nvề công tác dân vận\n\nI. MỤC ĐÍCH\n1. Tiếp tục thực hiện nghiêm Quyết định "
            "101-QĐ/TW và Quyết định 102-QĐ/TW của Bộ Chính trị.")
    assert _implements(text) == ["101-QĐ/TW", "102-QĐ/TW"]


def test_basis_is_cited_not_carried_out():
    m = analyze("QUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n\nCăn cứ Quyết định số 39/QĐ-TTg ngày 18/6/2022 "
                "của Thủ tướng Chính phủ;")
    assert m["implements"] == [] and [r.number for r in m["cites"]] == ["39/QĐ-TTg"]


def test_a_news_report_does_not_carry_out_what_it_reports():
    m = analyze("Ninh Bình đẩy mạnh du lịch cộng đồng\n\n(NB) - UBND tỉnh mới ban hành Kế hoạch "
                "số 12/KH-UBND về du lịch cộng đồng.")
    assert (m["implements"], m["subject"].number) == ([], "12/KH-UBND")
