"""Document type, own number and symbol, and news reports: one case per entry
of ``metadata_doc_types.yaml``'s type, code and news lists."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze, fill
from pipeline.read import document_from_text

VOCAB = load_lexicon("metadata_doc_types")


@pytest.mark.parametrize("key,word", [(k, w) for k, e in VOCAB.doc_types.items() for w in e.words],
                         ids=lambda x: x)
def test_doc_type_word_in_heading(key, word):
    assert analyze(f"{word.upper()}\nvề công tác dân vận\nNội dung dài.")["doc_type"] == key


@pytest.mark.parametrize("verb", VOCAB.news.report_verbs, ids=str)
def test_report_verb_makes_news(verb):
    assert analyze(f"Thị ủy Sa Pa {verb} chương trình công tác\nNội dung.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("marker", VOCAB.news.page_markers, ids=str)
def test_page_marker_makes_news(marker):
    assert analyze(f"Sa Pa: đổi mới công tác dân vận\nNội dung.\n{marker.capitalize()}")["doc_type"] == "tin_bai"


def test_number_spaces_removed():
    doc = fill(document_from_text("Số 12 - KH/HU\nKẾ HOẠCH\nthực hiện Nghị quyết số 29- NQ/TU"))
    assert (doc.number, doc.symbol, doc.issuer_level) == ("12-KH/HU", "KH/HU", "district")


def test_symbol_without_number():
    assert fill(document_from_text("Số - KH/ĐUK\nKẾ HOẠCH\nthực hiện ...")).symbol == "KH/ĐUK"


def test_own_number_in_the_type_line():
    assert analyze("ĐỀ ÁN SỐ 15\nvề phát triển chè\nNội dung.")["number"] == "15"
