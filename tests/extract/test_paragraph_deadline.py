"""Tests of the deadline that opens a paragraph and goes on over the next ones."""
import pytest

from pipeline import extract
from pipeline.extract import run
from pipeline.extract.paragraph_deadline import paragraph_deadline


def _deadlines(text):
    ctx = run(text, until="kind")
    return [paragraph_deadline(ctx, q) and paragraph_deadline(ctx, q)[0] for q in ctx.quantities]


@pytest.mark.parametrize("text,expected", [
    ("Kế hoạch\n\nĐến năm 2030, toàn huyện có 20 xã đạt chuẩn.\nTỉnh phấn đấu có 15 hợp tác xã.", [None, 2030]),
    ("Kế hoạch\n\nTrước mắt, mục tiêu đến năm 2030 mở lớp nghề cho 900 người.\nThu hút 40% học sinh học nghề.", [None, 2030]),
    ("Kế hoạch\n\nĐến năm 2030, toàn huyện có 20 xã đạt chuẩn.\nHằng năm 95% hộ dân đạt gia đình văn hóa.", [None, None]),
    ("Kế hoạch\n\nCụ thể đến năm 2030: 100% chất thải y tế được xử lý. 60% chất thải hộ gia đình được thu gom.\n"
     "80% rác thải nông thôn được thu gom.", [None, 2030, 2030]),
], ids=["comma-closed", "after-the-aims", "a-yearly-paragraph-sets-its-own", "colon-closed-over-sentences-and-paragraphs"])
def test_the_deadline_opening_the_paragraph_before(text, expected):
    assert _deadlines(text) == expected


@pytest.mark.parametrize("title,expected", [
    ("Các chỉ tiêu chủ yếu đến năm 2035", 2035),
    ("Các chỉ tiêu chủ yếu giai đoạn 2031 - 2035", None),
    ("Các chỉ tiêu chủ yếu, tầm nhìn đến năm 2045", None),
    ("Kế hoạch thực hiện Nghị quyết số 12-NQ/TU về công tác dân vận đến năm 2035", None),
], ids=["deadline-of-the-aims", "a-period-is-no-deadline", "a-horizon-is-no-deadline", "a-cited-documents-deadline"])
def test_the_deadline_a_title_of_aims_states_alone(title, expected):
    text = f"{title}\n\nVề kinh tế: Tỷ trọng kinh tế số trong GRDP đạt khoảng 30%.\n\nVề xã hội: Tỷ lệ thôn văn hóa đạt 65%."
    assert [r.deadline_year for r in extract(text)] == [expected] * 2


def test_a_lists_lead_in_deadline_holds_over_items_running_on_over_paragraphs():
    text = ("Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2031 - 2035\n\nKế hoạch được HĐND tỉnh công bố "
            "ngày 13/12/2030.\n\nTheo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2035 gồm "
            "tốc độ tăng trưởng GRDP 9 - 10%/năm; GRDP bình quân đầu người 65 triệu đồng;\n\n"
            "Tổng sản lượng lương thực trên 226.000 tấn; tỷ lệ che phủ rừng đạt 54%;\n\n"
            "Thu ngân sách trên địa bàn 3.000 tỷ đồng; 97% hộ dân được sử dụng điện lưới quốc gia;\n\n"
            "100% trường học được xây dựng kiên cố; trên 93% dân số nông thôn được sử dụng nước hợp vệ sinh;\n\n"
            "Tỷ lệ lao động qua đào tạo đạt 75%;\n\nTỷ lệ hộ nghèo giảm còn dưới 3%.")
    assert [r.deadline_year for r in extract(text)] == [2035] * 10
    # (not when the paragraph before ends its sentence)
    ended = text.replace("đầu người 65 triệu đồng;", "đầu người 65 triệu đồng.")
    assert [r.deadline_year for r in extract(ended)][2:] == [None] * 8
