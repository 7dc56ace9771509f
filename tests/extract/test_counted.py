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
    ("Mỗi tổ hội duy trì ít nhất 02 (hai) mô hình kinh tế tập thể.", "mô hình kinh tế tập thể"),
    ("Giảm tỷ lệ hộ nghèo xuống còn dưới 5% vào cuối năm 2025.", None),
    ("Tổ hội có 93% đạt chuẩn gia đình văn hóa.", None),
], ids=["spelled-number-in-brackets", "stop-word-right-after-the-value", "verb-right-after-the-value"])
def test_counted_phrase_edges(text, counted):
    assert one(text).counted == counted


@pytest.mark.parametrize("stop", CMP.counted_stops, ids=str)
def test_every_counted_stop_word(stop):
    assert one(f"Phấn đấu 90% hội viên {stop} xây dựng nông thôn mới.").counted == "hội viên"


@pytest.mark.parametrize("copula", CMP.copulas, ids=str)
def test_a_leading_copula_is_not_what_is_counted(copula):
    assert one(f"Đạt 100% {copula} đoàn viên.").counted == "đoàn viên"


def test_a_stop_word_the_segmenter_joins_to_a_word_does_not_cut_the_phrase():
    # the words are segmented only up to their first stop; "hội đạt" comes out as one
    # word, so the stop "đạt" ends nothing and the phrase is read to its end
    text = "Phấn đấu 100% cơ sở hội đạt trong sạch vững mạnh toàn diện."
    assert one(text).counted == "cơ sở hội đạt trong sạch vững mạnh toàn diện"


@pytest.mark.parametrize("text,counted", [
    ("Hằng năm có 90% chi hội đạt vững mạnh, 95% hội viên được học tập nghị quyết.", ["chi hội", "hội viên"]),
    ("Kết nạp 1.500 hội viên mới, thành lập 20 chi hội nghề nghiệp vào năm 2025.",
     ["hội viên mới", "chi hội nghề nghiệp"]),
], ids=["two rates, a verb between", "two counts, the second ends at a time phrase"])
def test_each_value_of_a_clause_reads_its_own_stretch(text, counted):
    from pipeline.extract import run
    assert [q.counted for q in run(text, until="counted").quantities] == counted


def test_a_rate_per_period_ends_at_the_comma_after_its_period():
    # "/năm" is the rate's period; what follows the comma is the next figure's subject
    from pipeline.extract import run
    text = "Doanh thu tăng bình quân 6%/năm, tốc độ tăng số khách lưu trú cũng đạt 5%."
    qs = run(text, until="change").quantities
    assert [q.counted or None for q in qs] == ["/năm", None]
    assert [q.change for q in qs] == ["increase", "increase"]


def test_a_count_does_not_run_into_the_rate_the_clause_raises_next():
    text = "Giai đoạn tới dạy nghề cho 40 nghìn người trong độ tuổi 18 - 40, nâng tỷ lệ có nghề lên 75%."
    assert extract(text)[0].counted == "người trong độ tuổi 18 - 40"
