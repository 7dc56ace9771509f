"""Normalize stage: NFC, tone placement, spaces — and offsets back to the source."""
import sys
import unicodedata

import regex

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.normalize import fold, normalize

TONE_MOVES = sorted(load_lexicon("spelling").tone_moves.items())


@pytest.mark.parametrize("old,new", TONE_MOVES, ids=[f"{o}->{n}" for o, n in TONE_MOVES])
def test_every_tone_move_applies_at_syllable_end(old, new):
    prefix = "th" if old.startswith("u") else "h"
    text = f"Ban {prefix}{old} tốt"
    out = normalize(text)
    assert out.text == f"Ban {prefix}{new} tốt"
    assert len(out.text) == len(text)


@pytest.mark.parametrize("word", ["hoàng", "quý", "quỷ", "thuận", "hoàn"], ids=str)
def test_tone_stays_where_it_belongs(word):
    assert normalize(word).text == word


def test_capitals_keep_their_case():
    assert normalize("Tỉnh Uỷ").text == "Tỉnh Ủy"
    assert normalize("HOÁ").text == "HÓA"


def test_decomposed_input_maps_back_to_original_offsets():
    original = unicodedata.normalize("NFD", "Hội Nông dân đạt 90% trở lên")
    n = normalize(original)
    assert n.text == "Hội Nông dân đạt 90% trở lên"
    i = n.text.index("90%")
    s, e = n.to_original(i, i + 3)
    assert original[s:e] == "90%"
    j = n.text.index("Nông")
    s, e = n.to_original(j, j + 4)
    assert unicodedata.normalize("NFC", original[s:e]) == "Nông"


@pytest.mark.parametrize("ch", load_lexicon("spelling").spaces, ids=lambda c: f"U+{ord(c):04X}")
def test_odd_spaces_become_plain_spaces(ch):
    assert normalize(f"đạt{ch}90%").text == "đạt 90%"


@pytest.mark.parametrize("ch", load_lexicon("spelling").dashes + load_lexicon("spelling").quotes,
                         ids=lambda c: f"U+{ord(c):04X}")
def test_dashes_and_quotes_are_unified(ch):
    out = normalize(f"2021 {ch} 2025").text
    assert out[5] in '-"'


def test_fold_keeps_length():
    s = "ĐẢNG ỦY KHỐI Cơ Quan"
    assert len(fold(s)) == len(s) and fold(s) == s.lower()


def test_tone_moves_are_looked_for_on_the_lower_cased_text():
    # the moves are searched for in the lower-cased text: every letter a move's
    # case-insensitive pattern accepts must lower to the move's own letter
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in sorted({c for k in TONE_MOVES for c in k[0]}):
        accepted = regex.findall(regex.escape(letter), everything, regex.IGNORECASE)
        assert {c.lower() for c in accepted} == {letter}, letter


@pytest.mark.parametrize("text,expected", [
    ("QOÁ hoá, Hoà HOÀ-quý", "QOÁ hóa, Hòa HÒA-quý"),
    ("İ Thuỷ", "İ Thủy"),  # lower-casing "İ" makes the text longer
    ("hoà\u2013thuỷ\u00a0", "hòa-thủy "),
], ids=["cases", "longer-lower", "specials"])
def test_tone_moves_and_specials_in_mixed_text(text, expected):
    assert normalize(text).text == expected


MISSPELLINGS = sorted(load_lexicon("spelling").misspellings.items())


@pytest.mark.parametrize("wrong,right", MISSPELLINGS, ids=[f"{w}->{r}" for w, r in MISSPELLINGS])
def test_every_misspelling_is_written_right_as_a_whole_word_keeping_its_case(wrong, right):
    text = f"Từ 3 {wrong} 5 mô hình; {wrong.capitalize()} nay; x{wrong}"
    out = normalize(text)
    assert out.text == f"Từ 3 {right} 5 mô hình; {right.capitalize()} nay; x{wrong}"
    assert len(out.text) == len(text)
