"""Tests of pipeline/extract/achievement.py: figures told against their aims."""
import pytest

from pipeline import extract
from pipeline.extract import run
from pipeline.extract.achievement import achieved, more_than_planned, share_of_aim_pair
from pipeline.extract.kind_patterns import kind_patterns as _patterns


@pytest.mark.parametrize("text,expected", [
    ("Thôn Nam đạt 70,83% chỉ tiêu.", True),
    ("Thôn Nam đạt 110% chỉ tiêu.", True),
    ("Thôn Nam đạt 100% chỉ tiêu.", False),
], ids=["a-fraction", "above-the-whole", "a-round-aim"])
def test_a_share_no_aim_is_written_as(text, expected):
    assert achieved(run(text, until="kind").quantities[0]) is expected


def test_a_figure_and_the_share_of_its_aim_after_it_are_a_pair():
    ctx = run("Chi bộ thôn Đông kết nạp 17 người vào Đảng, đạt 70,83%.", until="kind")
    count, share = share_of_aim_pair(ctx, ctx.quantities[1], _patterns())
    assert (count.value, share.value) == (17, 70.83)


def test_more_than_the_whole_is_done_against_planned():
    q = run("Trồng được 9.481/9.440 ha rừng.", until="kind").quantities[0]
    assert more_than_planned(q)


def test_a_count_done_against_a_plan_makes_the_count_stated_before_it_the_aim():
    text = ("Kết nạp 1.200 hội viên mới; xây dựng 150 nhà nghĩa tình. Kết quả Hội đã kết nạp 1.390/1.200 hội viên "
            "mới, đạt 115,8%; xây dựng 171/150 nhà nghĩa tình.")
    assert [(r.value, r.kind) for r in extract(text) if r.unit == "count"] == [
        (1200, "target"), (150, "target"), (1390, "result"), (171, "result")]


def test_a_count_of_units_out_of_all_leaves_the_total_stated_before_it_a_result():
    text = "Năm 2030, toàn huyện có 32 xã. Đến nay đã có 30/32 xã đạt chuẩn nông thôn mới."
    assert [r.kind for r in extract(text)] == ["result", "result"]
