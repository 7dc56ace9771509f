"""doc_type, number and symbol: one case per entry of ``metadata_doc_types.yaml``,
and the field on short texts of each genre."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze, fill
from pipeline.metadata.doc_type import is_motto
from pipeline.metadata.layout import layout
from pipeline.metadata.text import Line, Page
from pipeline.read import document_from_text

VOCAB = load_lexicon("metadata_doc_types")
TYPE_WORDS = [(k, w) for k, e in VOCAB.doc_types.items() for w in e.words]


@pytest.mark.parametrize("key,word", TYPE_WORDS, ids=[w for _, w in TYPE_WORDS])
def test_type_word_in_a_heading(key, word):
    assert analyze(f"Số 12/XX-UBND\n{word.upper()}\nvề công tác dân vận\nNội dung dài.")["doc_type"] == key


@pytest.mark.parametrize("key,word", TYPE_WORDS, ids=[w for _, w in TYPE_WORDS])
def test_type_word_opening_a_title_in_lower_case(key, word):
    assert analyze(f"{word.capitalize()} về công tác dân vận năm 2024\nNội dung.")["doc_type"] == key


@pytest.mark.parametrize("word", VOCAB.self_reference.as_follows, ids=str)
def test_as_follows_names_the_document(word):
    text = f"Căn cứ Nghị quyết số 12-NQ/TU, Đảng ủy xã ban hành Kế hoạch triển khai {word}:\n1. Mục tiêu"
    assert analyze(text)["doc_type"] == "ke_hoach"


@pytest.mark.parametrize("word", VOCAB.self_reference.closing, ids=str)
def test_closing_names_the_document(word):
    assert analyze(f"II. MỤC TIÊU\n1. Kết nạp 500 hội viên.\n{word.capitalize()} Đề án phát triển hội viên.")[
        "doc_type"] == "de_an"


@pytest.mark.parametrize("word", VOCAB.self_reference.this, ids=str)
def test_this_document(word):
    assert analyze(f"II. NHIỆM VỤ\n1. Các xã tổ chức thực hiện Chương trình {word}.")["doc_type"] == \
        "chuong_trinh_hanh_dong"


@pytest.mark.parametrize("word", VOCAB.self_reference.letter, ids=str)
def test_letter_opening(word):
    assert analyze(f"{word.capitalize()}:\n- Các sở, ban, ngành;\nThực hiện Quyết định số 12/QĐ-TTg, "
                   "UBND tỉnh đề nghị như sau:")["doc_type"] == "cong_van"


@pytest.mark.parametrize("opener", VOCAB.body_openers, ids=str)
def test_body_opener_ends_the_title(opener):
    lay = layout(Page(f"NGHỊ QUYẾT\nvề phát triển chè\n{opener.capitalize()} Luật Tổ chức chính quyền địa phương;"))
    assert [x.text for x in lay.title] == ["NGHỊ QUYẾT", "về phát triển chè"]


@pytest.mark.parametrize("motto", VOCAB.mottos, ids=str)
def test_motto_lines(motto):
    assert is_motto(Line(motto.upper(), 0, 0, 0))
    half = motto.upper().split()
    cut = len(half) // 2
    first, second = " ".join(half[:cut]), " ".join(half[cut:])
    assert is_motto(Line(first, 0, 0, 0), after=[Line(second, 0, 0, 0)])


@pytest.mark.parametrize("key,code", [(k, c) for k, e in VOCAB.doc_types.items() for c in e.codes],
                         ids=lambda x: x)
def test_type_code_in_the_own_number(key, code):
    m = analyze(f"Số: 5-{code}/HU\nKẾ HOẠCH\nNội dung.")
    assert (m["number"], m["symbol"]) == (f"5-{code}/HU", f"{code}/HU")


@pytest.mark.parametrize("line,number,symbol", [
    ("Số: 987/KH-UBND", "987/KH-UBND", "KH-UBND"),
    ("Số 12 - KH/HU", "12-KH/HU", "KH/HU"),
    ("Số: 07-CTr/TĐTN-VP", "07-CTr/TĐTN-VP", "CTr/TĐTN-VP"),
], ids=["state-style", "party-style-with-spaces", "two-symbol-parts"])
def test_own_number_and_symbol(line, number, symbol):
    m = analyze(f"{line}\nKẾ HOẠCH\nNội dung.")
    assert (m["number"], m["symbol"]) == (number, symbol)


def test_number_spaces_removed():
    doc = fill(document_from_text("Số 12 - KH/HU\nKẾ HOẠCH\ntriển khai Nghị quyết số 14- NQ/TU"))
    assert (doc.number, doc.symbol, doc.issuer_level) == ("12-KH/HU", "KH/HU", "district")


def test_symbol_without_number():
    assert fill(document_from_text("Số - KH/ĐUK\nKẾ HOẠCH\nthực hiện ...")).symbol == "KH/ĐUK"


def test_own_number_in_the_type_line():
    assert analyze("ĐỀ ÁN SỐ 15\nvề phát triển chè\nNội dung.")["number"] == "15"


# The field on short texts of each genre (written for these tests).
DOC_TYPES = [
    ("formal-plan", "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nPhát triển du lịch năm 2024",
     "ke_hoach"),
    ("heading-far-down-under-a-header",
     "\n".join(["Văn bản pháp luật"] * 30) + "\nCHÍNH PHỦ\nSố: 12/NQ-CP\n\nNGHỊ QUYẾT\nVề phát triển nhà ở", "nghi_quyet"),
    ("congress-news", "Đại hội Đoàn xã Tân Lập lần thứ XXV, nhiệm kỳ 2022 - 2027\n\n"
                      "Ngày 10/6, Đoàn xã Tân Lập khai mạc Đại hội lần thứ XXV.", "tin_bai"),
    ("resolution-news", "Quốc hội biểu quyết Nghị quyết về dự toán ngân sách nhà nước năm 2026\n\n"
                        "Sáng 13/11, các đại biểu Quốc hội đã biểu quyết Nghị quyết.", "tin_bai"),
    ("news-with-page-date", "Huyện ủy Đức Linh sơ kết công tác dân vận\nThứ Hai, 10/7/2023 - 09:00\n\n"
                            "Huyện ủy Đức Linh vừa tổ chức hội nghị.", "tin_bai"),
    ("reported-speech-without-headline",
     "Trung ương Hội Nông dân cho biết, chương trình công tác Hội năm 2019 tập trung vào 4 nhóm việc.",
     "tin_bai"),
    ("typed-headline-reported-by-its-lead",
     "Nghị quyết về đột phá phát triển khoa học\n\nBộ Chính trị vừa ban hành Nghị quyết số 57-NQ/TW.", "tin_bai"),
    ("typed-title-of-a-document", "Kế hoạch phát triển du lịch năm 2024\n\nI. MỤC ĐÍCH\n- Phát triển du lịch.",
     "ke_hoach"),
    ("plan-excerpt", "II. MỤC TIÊU CỤ THỂ\n1. Phấn đấu đến năm 2025, 100% cán bộ Hội được tập huấn.", "other"),
    ("notice-without-headline", "Thực hiện Quyết định số 25/QĐ-TTg, Tổng Giám đốc Ngân hàng thông báo lãi suất "
                                "cho vay chương trình hộ nghèo như sau:\n1. Lãi suất 6,6%/năm.", "other"),
]


@pytest.mark.parametrize("text,want", [(t, w) for _, t, w in DOC_TYPES], ids=[i for i, _, _ in DOC_TYPES])
def test_doc_type_field(text, want):
    assert analyze(text)["doc_type"] == want


@pytest.mark.parametrize("code,kind", [(c, k) for k, e in load_lexicon("metadata_doc_types").doc_types.items()
                                       for c in e.codes], ids=str)
def test_a_numbered_header_with_no_type_heading_takes_the_type_its_symbol_names(code, kind):
    text = (f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 54/{code}-UBND | Lạng Sơn, ngày 27 tháng 3 "
            "năm 2031 |\n\nThực hiện Quyết định số 1896/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh xây dựng văn bản "
            "như sau.")
    assert analyze(text)["doc_type"] == kind
