"""Tests of the level component: administrative scope."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

LEV = load_lexicon("levels")


@pytest.mark.parametrize("level,word", [(lv, w) for lv in ("all", "province", "district", "commune")
                                        for w in getattr(LEV, lv)], ids=lambda x: str(x))
def test_every_level_word(level, word):
    assert one(f"Hội Nông dân {word} có ít nhất 01 mô hình.").level == level


@pytest.mark.parametrize("text,levels", [
    ("Hội Phụ nữ hằng năm có 92% chi hội xếp loại vững mạnh, 96% gia đình hội viên đạt gương mẫu.",
     ["commune", None]),
    ("Mặt trận Tổ quốc các cấp phấn đấu 88% khu dân cư đạt, 93% số hộ đạt gia đình văn hóa.",
     ["commune", "all"]),
    ("Hằng năm có 90% hội viên tham gia, các chi hội có 95% hội viên đạt.", [None, "commune"]),
    ("Hội Nông dân đạt 90% trở lên ở cấp xã.", ["commune"]),
    ("Số hội viên tập hợp vào các tổ chức chính trị - xã hội đạt 88% trở lên.", [None]),
    ("Mỗi chức danh về cơ bản chỉ đảm nhiệm không quá 02 nhiệm kỳ.", [None]),
], ids=["counted-unit-is-its-own", "shared-subject-level", "level-of-the-next-value", "after-the-last-value",
        "xa-hoi-is-society", "co-ban-is-basic"])
def test_level_belongs_to_its_own_value(text, levels):
    assert [r.level for r in extract(text)] == levels


@pytest.mark.parametrize("phrase", LEV.not_level, ids=str)
def test_phrases_that_are_not_levels(phrase):
    assert one(f"Hội Nông dân {phrase} có ít nhất 01 mô hình.").level is None


@pytest.mark.parametrize("word", load_lexicon("levels").named_place_words, ids=str)
def test_a_level_word_before_a_proper_name_names_the_bodys_place_not_a_scope(word):
    assert [r.level for r in extract(f"Hội Cựu chiến binh {word} Tân An có 312 hội viên.")] == [None]


def test_places_counted_by_their_names_keep_their_level():
    assert [r.level for r in extract("Phấn đấu đến cuối năm có thêm 2 xã Tân An và Phú Lộc đạt chuẩn.")] == ["commune"]


def test_a_target_labelled_with_a_provinces_name_is_that_provinces():
    text = "Nghị quyết giao chỉ tiêu tăng trưởng năm 2031 cho các địa phương: Nghệ An: 10,5%; Bình Định: 9%."
    assert [r.level for r in extract(text)] == ["province", "province"]
