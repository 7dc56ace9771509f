"""Issuer and level: one case per entry of ``metadata_issuers.yaml``."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze
from pipeline.metadata.issuer import issuer_before, level, patterns

VOCAB = load_lexicon("metadata_issuers")
ISSUE_VERBS = load_lexicon("metadata_doc_types").issue_verbs


@pytest.mark.parametrize("entry", VOCAB.issuer_words, ids=lambda e: e.word)
def test_issuer_word_level(entry):
    name = " Lào Cai" if entry.city else ""
    assert level(f"Ban Thường vụ {entry.word.title()}{name}") == entry.level


def test_city_party_committee_of_a_centrally_run_city():
    assert level("Ban Thường vụ Thành ủy Hà Nội") == "province"


@pytest.mark.parametrize("head", VOCAB.issuer_heads, ids=str)
def test_issuer_head_starts_an_issuer(head):
    assert issuer_before(f"Ngày 08/9/2022, {head.title()} huyện Bắc Hà") == f"{head.title()} huyện Bắc Hà"


@pytest.mark.parametrize("verb", ISSUE_VERBS, ids=str)
def test_issue_verb_names_the_issuer(verb):
    m = analyze("KẾ HOẠCH\nThực hiện Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy, "
                f"Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh {verb} kế hoạch thực hiện như sau:")
    assert (m["issuer"], m["issuer_level"]) == ("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "bloc")


@pytest.mark.parametrize("code,entry", VOCAB.symbol_issuers.items(), ids=lambda x: str(x))
def test_symbol_code_gives_level(code, entry):
    m = analyze(f"Số 12-KH/{code}\nKẾ HOẠCH\nNội dung.")
    assert (m["symbol"], m["issuer_level"]) == (f"KH/{code}", entry.level)


@pytest.mark.parametrize("title", VOCAB.signer_titles, ids=str)
def test_signer_title(title):
    m = analyze(f"KẾ HOẠCH\nNội dung.\nNơi nhận:\n- Như trên,\nT/M BAN THƯỜNG VỤ\n{title.upper()}\n\nĐỗ Anh Tuấn")
    assert m["signer"] == "Đỗ Anh Tuấn"


def test_recipients_word_is_a_pattern():
    assert patterns().recipients.match("noi nhan:")


def test_heading_of_names_the_issuer():
    m = analyze("NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác dân vận")
    assert (m["issuer"], m["issuer_level"]) == ("BAN THƯỜNG VỤ HUYỆN ỦY", "district")
