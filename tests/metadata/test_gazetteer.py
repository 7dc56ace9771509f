"""Places: one case per entry of ``metadata_places.yaml``."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata.gazetteer import gazetteer, mentions, resolve

VOCAB = load_lexicon("metadata_places")
SAMPLE = {"province": "Lào Cai", "city": "Lào Cai", "district": "Bắc Hà", "commune": "Nậm Đét"}


@pytest.mark.parametrize("entry", VOCAB.unit_words, ids=lambda e: e.word)
def test_unit_word_finds_its_place(entry):
    name = SAMPLE[entry.tier]
    found = list(mentions(f"trên địa bàn {entry.word} {name}, năm 2022"))
    assert [(t, n) for t, n, _ in found] == [(entry.tier, name)]
    assert {p for p, _, _ in resolve(entry.tier, name)} == {"Lào Cai"}


@pytest.mark.parametrize("prefix", VOCAB.gazetteer_prefixes, ids=str)
def test_gazetteer_prefix_is_dropped(prefix):
    g = gazetteer()
    sample = {"tỉnh": g.province("Lào Cai"), "thành phố": g.province("Hà Nội"),
              "huyện": g.district("Bắc Hà"), "quận": g.district("Ba Đình"), "thị xã": g.district("Sa Pa"),
              "xã": g.commune("Nậm Đét"), "phường": g.commune("Phúc Xá"), "thị trấn": g.commune("Vị Xuyên")}
    assert sample[prefix]
