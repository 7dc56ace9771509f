"""Issuer, its level and its span: one case per entry of ``metadata_issuers.yaml``,
and the fields on short texts."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze
from pipeline.metadata.issuer import as_name, body_start, issuer_before, level

VOCAB = load_lexicon("metadata_issuers")
ISSUE_VERBS = VOCAB.issue_verbs


@pytest.mark.parametrize("entry", VOCAB.issuer_words, ids=lambda e: e.word)
def test_issuer_word_level(entry):
    name = " Lào Cai" if entry.city else ""
    if entry.opens:
        assert level(f"{entry.word.title()} Nội vụ") == entry.level
        assert level(f"Ban Thường vụ {entry.word.title()}") is None
    else:
        assert level(f"Ban Thường vụ {entry.word.title()}{name}") == entry.level


@pytest.mark.parametrize("word", VOCAB.not_level_words, ids=str)
def test_not_level_word(word):
    assert level(f"Ban Chỉ đạo {word}") is None


@pytest.mark.parametrize("phrase,want", [
    ("Ban Thường vụ Thành ủy Hà Nội", "province"),
    ("Chi bộ thôn Đông Hòa trực thuộc Đảng bộ xã Phú Lâm", "commune"),
    ("Ủy ban MTTQ Việt Nam tỉnh Bến Tre", "province"),
    ("Đảng ủy Khối các cơ quan tỉnh", "bloc"),
    ("Đoàn đại biểu Quốc hội tỉnh Hà Giang", "province"),
    ("Khối các cơ quan", None),
    ("Bộ Lao động - Thương binh và Xã hội", "central"),
    ("Đảng bộ", None),
], ids=["city-run-centrally", "first-body-decides", "territory-beats-country-name", "bloc-before-province",
        "territory-beats-central-body", "co-quan-is-not-quan", "ministry", "bo-inside-a-word-is-not-a-ministry"])
def test_level_of_a_phrase(phrase, want):
    assert level(phrase) == want


@pytest.mark.parametrize("head", VOCAB.issuer_heads, ids=str)
def test_issuer_head_starts_an_issuer(head):
    assert issuer_before(f"Ngày 08/9/2022, {head.title()} huyện Bắc Hà") == f"{head.title()} huyện Bắc Hà"


@pytest.mark.parametrize("word", VOCAB.not_heads, ids=str)
def test_not_head(word):
    assert body_start(f"{word.capitalize()} tổng kết") is None


def test_a_tense_word_inside_makes_a_clause():
    assert as_name("HĐND tỉnh đã chủ trì Hội nghị") is None


@pytest.mark.parametrize("verb", ISSUE_VERBS, ids=str)
def test_issue_verb_names_the_issuer(verb):
    m = analyze("KẾ HOẠCH\nThực hiện Nghị quyết số 14-NQ/TU, ngày 03/11/2023 của Tỉnh ủy, "
                f"Đảng ủy Khối các cơ quan tỉnh {verb} Kế hoạch với nội dung sau:")
    assert (m["issuer"], m["issuer_level"]) == ("Đảng ủy Khối các cơ quan tỉnh", "bloc")


def test_a_fragment_of_a_reference_is_not_the_issuer():
    m = analyze("KẾ HOẠCH\nthực hiện Nghị quyết số 05-NQ/TU\n\nThực hiện Nghị quyết số 05-NQ/TU, ngày 10/3/2021 của "
                "Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới, Ban Thường vụ Huyện ủy ban hành Kế hoạch "
                "thực hiện như sau:")
    assert m["issuer"] == "Ban Thường vụ Huyện ủy"


@pytest.mark.parametrize("code,entry", VOCAB.symbol_issuers.items(), ids=lambda x: str(x))
def test_symbol_code_gives_level(code, entry):
    m = analyze(f"Số 12-KH/{code}\nKẾ HOẠCH\nNội dung.")
    assert (m["symbol"], m["issuer_level"]) == (f"KH/{code}", entry.level)


@pytest.mark.parametrize("title", VOCAB.signer_titles, ids=str)
def test_signer_title(title):
    m = analyze(f"KẾ HOẠCH\nNội dung.\nNơi nhận:\n- Như trên,\nT/M BAN THƯỜNG VỤ\n{title.upper()}\n\nĐỗ Anh Tuấn")
    assert m["signer"] == "Đỗ Anh Tuấn"


def test_heading_of_names_the_issuer():
    m = analyze("NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác dân vận")
    assert (m["issuer"], m["issuer_level"]) == ("BAN THƯỜNG VỤ HUYỆN ỦY", "district")


# The header's own body is its last one; one body may be broken over two lines.
HEADERS = [
    ("party-district-under-province", "ĐẢNG BỘ TỈNH PHÚ THỌ\nHUYỆN ỦY THANH SƠN\n*\nSố 45-KH/HU\n"
                                      "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY THANH SƠN", "district"),
    ("council-on-two-lines", "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 23/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", "province"),
    ("executive-board-under-its-union", "TỈNH ĐOÀN NAM ĐỊNH\nBAN CHẤP HÀNH\n***\nSố: 07-CTr/TĐTN",
     "TỈNH ĐOÀN NAM ĐỊNH BAN CHẤP HÀNH", "province"),
    ("word-broken-over-lines", "**THỦ\nTƯỚNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
     "THỦ TƯỚNG CHÍNH PHỦ", "central"),
    # (a table row's cells, bars gone: the motto beside the body is no part of it)
    ("motto-in-the-same-row", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/KH-UBND | Bắc Giang, "
     "ngày 08 tháng 01 năm 2031 |", "ỦY BAN NHÂN DÂN", None),
    # (a Sở is a department of the province: the body itself, not a line joined to the one above)
    ("department-under-provincial-committee", "UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố: 12/KH-SNV",
     "SỞ NỘI VỤ", "province"),
    ("mass-org-district-under-province", "HỘI NÔNG DÂN TỈNH ĐỒNG THÁP\nBAN CHẤP HÀNH HỘI NÔNG DÂN THỊ XÃ HỒNG NGỰ\n"
                                         "Số: 45-KH/HND", "BAN CHẤP HÀNH HỘI NÔNG DÂN THỊ XÃ HỒNG NGỰ", "district"),
]


@pytest.mark.parametrize("header,issuer,lev", [h[1:] for h in HEADERS], ids=[h[0] for h in HEADERS])
def test_header_issuer(header, issuer, lev):
    m = analyze(f"{header}\n\nKẾ HOẠCH\nvề công tác dân vận\n\nNội dung.")
    assert (m["issuer"], m["issuer_level"]) == (issuer, lev)


@pytest.mark.parametrize("text,written", [
    ("**ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN\n\n**KẾ HOẠCH**\nNội dung", "ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN"),
    ("Đại hội Đoàn xã Tân Lập\n\n(BP) - Ngày 10/6, Đoàn xã Tân Lập tổ chức Đại hội.", "Đoàn xã Tân Lập"),
    ("KẾ HOẠCH\nvề dân vận\n\nThực hiện Nghị quyết số 5-NQ/TU, Huyện ủy\nBắc Hà xây dựng Kế hoạch như sau:",
     "Huyện ủy\nBắc Hà"),
], ids=["header-over-two-lines", "news-lead", "opening-over-a-line-break"])
def test_issuer_span_indexes_the_text(text, written):
    m = analyze(text)
    start, end = m["issuer_span"]
    assert text[start:end] == written


def test_no_span_for_an_issuer_read_from_a_symbol():
    m = analyze("Số 12-KH/HU\nKẾ HOẠCH\nNội dung.")
    assert (m["issuer"], m["issuer_span"]) == ("Huyện ủy", None)


def test_a_header_broken_after_one_word_names_its_issuer():
    from pipeline.metadata import analyze
    text = ("HỘI\nĐỒNG NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 07/NQ-HĐND |\n"
            "Bình Minh, ngày 12 tháng 7 năm 2026 |\nNGHỊ QUYẾT\nVề phát triển giao thông nông thôn năm 2027\n")
    assert analyze(text)["issuer"].upper().startswith("HỘI ĐỒNG NHÂN DÂN")


def test_a_header_whose_lines_were_rejoined_from_pieces_is_read():
    # "DÂN" and "TỈNH KIÊN GIANG" rejoined are no line of the page: the header is still read
    text = ("HỘI ĐỒNG NHÂN\nDÂN\nTỈNH KIÊN GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n"
            "Số: 18/NQ-HĐND\n|\nKiên Giang, ngày\n24 tháng 02 năm 2031\n|\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ NĂM 2031\n")
    m = analyze(text)
    assert (m["doc_type"], m["issuer_level"], m["province"]) == ("nghi_quyet", "province", "Kiên Giang")
