"""Tests of the page footer: a saved web page's contact block ends the document's text."""
import itertools

import pytest

from pipeline import extract
from pipeline.extract.page_footer import footer_start
from pipeline.lexicon import load_lexicon

LABELS = load_lexicon("exclusions").footer_labels
BODY = "Phấn đấu đến năm 2030 có 90% xã đạt chuẩn nông thôn mới.\n" * 4


@pytest.mark.parametrize("first,second", [(a, b) for a, b in itertools.pairwise(LABELS + LABELS[:1])],
                         ids=lambda x: x)
def test_two_contact_labels_open_the_footer(first, second):
    footer = (f"**{first.capitalize()}:**\n| 12 phố Hàng Bông\n**{second.capitalize()}:**\n| 0243.825.1234\n"
              "Là sản phẩm trực tuyến, nên 120 nhân sự chúng tôi làm việc từ xa.\n")
    text = BODY + footer
    assert footer_start(text.lower()) == text.index("**")
    assert {r.value for r in extract(text)} == {90}


def test_one_label_is_no_footer():
    text = BODY + "Địa chỉ: thôn Bản Giàng, nơi có 35 hộ đã đăng ký.\n"
    assert footer_start(text.lower()) == len(text)


def test_a_letterhead_at_the_top_is_no_footer():
    text = "Địa chỉ: 12 phố Hàng Bông\nĐiện thoại: 0243.825.1234\n" + BODY
    assert [r.value for r in extract(text)] == [90] * 4
