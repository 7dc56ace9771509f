"""A headline's figure restates the body's (pipeline/extract/headline.py)."""
from __future__ import annotations

import pytest

from pipeline import extract


@pytest.mark.parametrize("text,kind,period", [
    ("Tỉnh có 24/160 xã không có tệ nạn ma túy\n\n08:10, 12/05/2031\n\nTheo Công an tỉnh, đến nay toàn tỉnh có "
     "24/160 xã, phường không có tệ nạn ma túy.", "result", (2031, 2031)),
    ("Huyện phấn đấu 30 xã đạt chuẩn nông thôn mới nâng cao\n\nNgày 2/4/2031, Huyện ủy ban hành nghị quyết, phấn đấu "
     "đến năm 2035 có 30 xã đạt chuẩn nông thôn mới nâng cao.", "target", None),
], ids=["a reported count restated", "an aim restated"])
def test_a_headline_figure_is_told_as_the_body_figure_it_restates(text, kind, period):
    head, body = extract(text)
    assert (head.kind, head.period) == (kind, period) and body.kind == kind


def test_a_headline_figure_the_body_does_not_restate_keeps_its_own_reading():
    text = "Hội Nông dân tỉnh phấn đấu kết nạp 5.000 hội viên\n\nNăm 2031, Hội đã kết nạp 4.200 hội viên mới."
    assert [(r.value, r.kind) for r in extract(text)] == [(5000, "target"), (4200, "result")]
