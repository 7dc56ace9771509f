"""The parts of a page: header, title and opening of a formal document; headline,
furniture and lead of a web page. One case per furniture and caption word."""
from __future__ import annotations

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.metadata.layout import is_furniture, layout
from pipeline.metadata.text import Line, Page

NEWS = load_lexicon("metadata_news")


def _line(text: str) -> Line:
    return Line(text, 0, len(text), 0)


@pytest.mark.parametrize("word", NEWS.furniture, ids=str)
def test_furniture_word_under_a_headline(word):
    assert is_furniture(_line(f"{word.capitalize()}: 19/05/2021"))
    assert is_furniture(_line(f"19/05/2021 | 09:45 | {word.capitalize()}: 1.284"))


@pytest.mark.parametrize("word", NEWS.captions, ids=str)
def test_caption_word(word):
    assert is_furniture(_line(f"Quang cảnh hội nghị. {word.capitalize()}: Minh Hà"))
    assert is_furniture(_line(f"Nông dân thu hoạch lúa trên cánh đồng mẫu. ({word.capitalize()}: Lê Minh/TTXVN)"))


@pytest.mark.parametrize("text", ["Thứ Năm, 13/06/2024 - 15:20", "08/12/2023 16:40", "17-03-2031, 07:15",
                                  "Trần An - Lê Bình| 05/01/2031 19:42", "Thứ 6, 14/11/2031, 09:27[GMT+7]"],
                         ids=["weekday-date-time", "date-time", "dashed-date-time", "byline-date-time", "date-time-zone"])
def test_a_date_line_is_furniture(text):
    assert is_furniture(_line(text))


@pytest.mark.parametrize("word", NEWS.furniture, ids=str)
def test_a_counter_before_its_label_is_furniture(word):
    assert is_furniture(_line(f"3,871 {word}"))


def test_a_dated_sentence_of_the_story_is_no_stamp():
    assert not is_furniture(_line("Ngày 05/01/2031 lúc 08:30, Huyện ủy tổ chức hội nghị tổng kết năm 2030 với 300 đại biểu."))


@pytest.mark.parametrize("text", ["- Chủ trì cập nhật thông tin về chất lượng không khí",
                                  "số 9593/BNNMT-MT ngày 25/11/2025 của Bộ Nông nghiệp và Môi trường về"],
                         ids=["verb-update", "reference-with-date"])
def test_body_lines_are_not_furniture(text):
    assert not is_furniture(_line(text))


def test_formal_parts():
    lay = layout(Page("ĐẢNG BỘ TỈNH PHÚ THỌ\nHUYỆN ỦY THANH SƠN\n*\nSố 45-KH/HU\n\nKẾ HOẠCH\n"
                      "về công tác dân vận,\ngiai đoạn 2021 - 2025\n-----\n\n"
                      "Thực hiện Nghị quyết số 05-NQ/TU, Ban Thường vụ Huyện ủy ban hành\nKế hoạch như sau:\n\nI. MỤC TIÊU"))
    assert [x.text for x in lay.header] == ["ĐẢNG BỘ TỈNH PHÚ THỌ", "HUYỆN ỦY THANH SƠN", "Số 45-KH/HU"]
    assert lay.title_text == "KẾ HOẠCH về công tác dân vận, giai đoạn 2021 - 2025"
    assert lay.opening_text == "Thực hiện Nghị quyết số 05-NQ/TU, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"


def test_a_heading_alone_takes_the_next_block_as_title():
    lay = layout(Page("**KẾ HOẠCH**\n\nPHÁT\nTRIỂN HẠ TẦNG SỐ GIAI ĐOẠN 2026 - 2030\n\nTriển khai Kế hoạch số 12-KH/TU ..."))
    assert lay.title_text == "KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG SỐ GIAI ĐOẠN 2026 - 2030"


def test_a_body_opener_ends_the_title():
    lay = layout(Page("QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN\nCăn cứ Luật Tổ chức chính quyền địa phương;"))
    assert lay.title_text == "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN"


def test_web_page_parts():
    lay = layout(Page("Thời sự\nĐại hội Hội Nông dân huyện Krông Pắc lần thứ XII\nCập nhật: 16/6/2023\n\n"
                      "(ĐL) - Sáng 15/6, Hội Nông dân huyện Krông Pắc tổ chức Đại hội."))
    assert lay.headline.text == "Đại hội Hội Nông dân huyện Krông Pắc lần thứ XII"
    assert [x.text for x in lay.furniture] == ["Cập nhật: 16/6/2023"]
    assert lay.opening_text.startswith("(ĐL) - Sáng 15/6")


def test_a_date_line_above_the_headline_is_the_pages_date():
    # the lead's span of anniversary dates is no date of writing
    from pipeline.metadata import read as read_metadata
    text = ("10:05, 14/10/2031\n\nGặp mặt kỷ niệm 40 năm ngày thành lập Hội Nông dân xã Q\n\n"
            "Ngày 14-10, Hội Nông dân xã Q gặp mặt kỷ niệm 40 năm ngày thành lập (14-10-1991 - 14-10-2031).")
    lay = layout(Page(text))
    assert [x.text for x in lay.furniture] == ["10:05, 14/10/2031"]
    assert read_metadata(text).issued_on.isoformat() == "2031-10-14"
