"""Tests of the counted component: what is counted."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

CMP = load_lexicon("comparators")


@pytest.mark.parametrize("word", CMP.counted_trailing, ids=str)
def test_counted_phrase_never_ends_on_a_dangling_word(word):
    assert one(f"Hằng năm có ít nhất 01 việc làm mới {word} thực hiện có hiệu quả.").counted == "việc làm mới"


@pytest.mark.parametrize("text,counted", [
    ("Mỗi chi hội xây dựng ít nhất 01 (một) mô hình dân vận khéo.", "mô hình dân vận khéo"),
    ("Giảm tỷ lệ hộ nghèo xuống còn dưới 5% vào cuối năm 2025.", None),
    ("Chi hội có 95% đạt danh hiệu gia đình văn hóa.", None),
], ids=["spelled-number-in-brackets", "stop-word-right-after-the-value", "verb-right-after-the-value"])
def test_counted_phrase_edges(text, counted):
    assert one(text).counted == counted


@pytest.mark.parametrize("stop", CMP.counted_stops, ids=str)
def test_every_counted_stop_word(stop):
    assert one(f"Phấn đấu 90% hội viên {stop} xây dựng nông thôn mới.").counted == "hội viên"


@pytest.mark.parametrize("copula", CMP.copulas, ids=str)
def test_a_leading_copula_is_not_what_is_counted(copula):
    assert one(f"Đạt 100% {copula} đoàn viên.").counted == "đoàn viên"
