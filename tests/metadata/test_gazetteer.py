"""Places: one case per entry of ``metadata_places.yaml``; the province field on short texts."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata import analyze
from pipeline.metadata.gazetteer import gazetteer, mentions, resolve

VOCAB = load_lexicon("metadata_places")
SAMPLE = {"province": "Lào Cai", "city": "Lào Cai", "district": "Bắc Hà", "commune": "Nậm Đét"}


@pytest.mark.parametrize("entry", VOCAB.unit_words, ids=lambda e: e.word)
def test_unit_word_finds_its_place(entry):
    name = SAMPLE[entry.tier]
    found = [(t, n) for t, n, _ in mentions(f"trên địa bàn {entry.word} {name}, năm 2022") if t != "bare"]
    assert found == [(entry.tier, name)]
    assert {p for p, _, _ in resolve(entry.tier, name)} == {"Lào Cai"}


@pytest.mark.parametrize("prefix", VOCAB.gazetteer_prefixes, ids=str)
def test_gazetteer_prefix_is_dropped(prefix):
    g = gazetteer()
    sample = {"tỉnh": g.province("Lào Cai"), "thành phố": g.province("Hà Nội"),
              "huyện": g.district("Bắc Hà"), "quận": g.district("Ba Đình"), "thị xã": g.district("Sa Pa"),
              "xã": g.commune("Nậm Đét"), "phường": g.commune("Phúc Xá"), "thị trấn": g.commune("Vị Xuyên")}
    assert sample[prefix]


@pytest.mark.parametrize("name", VOCAB.not_bare_names, ids=str)
def test_not_bare_name(name):
    assert [t for t, _, _ in mentions(f"học tập theo tư tưởng {name}")] == []
    assert [t for t, _, _ in mentions(f"tại thành phố {name}")] == ["city"]


def test_names_in_capitals():
    assert [(t, n) for t, n, _ in mentions("ĐẢNG BỘ TỈNH BÌNH THUẬN")] == [("province", "BÌNH THUẬN")]


PROVINCES = [
    ("header-parent", "ĐẢNG BỘ TỈNH PHÚ THỌ\nHUYỆN ỦY THANH SƠN\n*\nSố 45-KH/HU\n\nKẾ HOẠCH\nvề dân vận", "Phú Thọ"),
    ("district-of-the-issuer", "Huyện ủy Yên Thế sơ kết nửa nhiệm kỳ\n\nNội dung.", "Bắc Giang"),
    ("bare-province-name", "Ninh Bình đẩy mạnh du lịch cộng đồng\n\nUBND tỉnh mới ban hành Kế hoạch.",
     "Ninh Bình"),
    ("commune-with-its-district", "Đại hội Đoàn xã Tân Lập\n\nNgày 10/6/2022, Đoàn xã Tân Lập (huyện Đồng Phú) "
                                  "tổ chức Đại hội.", "Bình Phước"),
    ("central-body-has-none", "Quốc hội biểu quyết Nghị quyết về dự toán năm 2026\n\nSáng 13/11, tại Hà Nội, "
                              "các đại biểu Quốc hội đã biểu quyết Nghị quyết.", None),
    ("commune-with-its-district-in-brackets", "Đại hội Đoàn xã Tân Lập\n\nNgày 10/6/2022, Đoàn xã Tân Lập (Đồng Phú) "
                                              "tổ chức Đại hội.", "Bình Phước"),
    ("a-commune-name-many-provinces-share", "Đại hội Đảng bộ xã Tân Lập lần thứ I\n\nNgày 10/6/2030, Đảng bộ xã "
                                            "Tân Lập tổ chức Đại hội.", None),
    ("person-named-like-a-city", "KẾ HOẠCH\nhọc tập và làm theo tư tưởng Hồ Chí Minh\n\nHuyện ủy Bắc Hà xây dựng "
                                 "Kế hoạch như sau:", "Lào Cai"),
]


@pytest.mark.parametrize("text,want", [p[1:] for p in PROVINCES], ids=[p[0] for p in PROVINCES])
def test_province_field(text, want):
    assert analyze(text)["province"] == want
