"""Tests of pipeline/extract/achievement.py: figures told against their aims."""
import pytest

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
