"""References to other documents: type, number, date and issuer; carried out or cited."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze, find_refs

VOCAB = load_lexicon("metadata_doc_types")


@pytest.mark.parametrize("key,word", [(k, w) for k, e in VOCAB.doc_types.items() for w in e.words],
                         ids=lambda x: x)
def test_doc_type_word_in_a_reference(key, word):
    ref = find_refs(f"theo {word.capitalize()} số 12-XX/TU, ngày 01/02/2020 của Tỉnh ủy")[0].ref
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == (key, "12-XX/TU", dt.date(2020, 2, 1), "Tỉnh ủy")


@pytest.mark.parametrize("key,code", [(k, c) for k, e in VOCAB.doc_types.items() for c in e.codes],
                         ids=lambda x: x)
def test_doc_type_code_is_a_symbol_part(key, code):
    assert find_refs(f"Nghị quyết số 5-{code}/HU")[0].ref.number == f"5-{code}/HU"


@pytest.mark.parametrize("verb", VOCAB.implements_verbs, ids=str)
def test_implements_verb(verb):
    m = analyze(f"KẾ HOẠCH\n{verb} Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy")
    assert [r.number for r in m["implements"]] == ["29-NQ/TU"]


@pytest.mark.parametrize("stop", VOCAB.issuer_stops, ids=str)
def test_issuer_stop_word(stop):
    ref = find_refs(f"Nghị quyết số 29-NQ/TU của Ban Thường vụ Tỉnh ủy {stop} công tác dân vận")[0].ref
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"


def test_number_written_with_spaces_and_dashes():
    ref = find_refs("theo Quyết định 218 – QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về ...")[0].ref
    assert (ref.number, ref.date, ref.issuer) == ("218-QĐ/TW", dt.date(2013, 12, 12), "Bộ Chính trị")


def test_a_word_after_the_number_is_not_a_symbol():
    assert find_refs("Kế hoạch số 12-KH/HU - Nâng cao chất lượng")[0].ref.number == "12-KH/HU"
