"""The budget_parts component: parts of a budget point to their total."""
import pytest

from pipeline import extract
from pipeline.lexicon import load_lexicon

KIND = load_lexicon("kinds")


@pytest.mark.parametrize("marker", KIND.part_markers, ids=str)
def test_every_part_marker_makes_the_amounts_after_it_parts(marker):
    text = f"Tổng kinh phí: 2,5 tỷ đồng, {marker} ngân sách tỉnh 1,2 tỷ đồng, ngân sách huyện 800 triệu đồng."
    total, *parts = extract(text)
    assert text[slice(*total.span)] == "2,5 tỷ đồng" and total.part_of is None
    assert [p.part_of for p in parts] == [total.span, total.span]
    assert all(p.kind == "budget" for p in parts)


def test_amounts_without_a_part_marker_are_separate_budget_lines():
    rs = extract("Kinh phí năm 2025: 1,5 tỷ đồng; kinh phí năm 2026: 2 tỷ đồng.")
    assert [r.part_of for r in rs] == [None, None]


@pytest.mark.parametrize("marker", load_lexicon("kinds").part_markers, ids=str)
def test_parts_in_the_next_sentence_take_their_totals_programme_and_time(marker):
    text = (f"Kinh phí cả giai đoạn 2026 - 2030 của Chương trình là 800 tỷ đồng. {marker.capitalize()}, "
            "ngân sách trung ương 300 tỷ đồng; ngân sách địa phương 200 tỷ đồng.")
    total, *parts = extract(text)
    assert [(p.part_of, p.kind, p.period) for p in parts] == [(total.span, "budget", (2026, 2030))] * 2


def test_a_paragraph_that_opens_by_breaking_down_the_total_before_it_holds_its_parts():
    from pipeline import extract
    text = ("Tin tức\n\nSở Giao thông vận tải vừa đề xuất 615,8 tỷ đồng để cải tạo đường giao thông "
            "nông thôn trong 3 năm tới.\n\nTrong đó, 402 tỷ đồng làm mới và gần 88,6 tỷ đồng duy tu, "
            "sửa chữa các tuyến liên xã.")
    records = extract(text)
    assert [r.kind for r in records] == ["budget", "budget", "budget"]
    assert records[1].part_of == records[0].span and records[2].part_of == records[0].span


@pytest.mark.parametrize("total,kind", [
    ("Vốn cần huy động cho Đề án trong 4 năm 2031 - 2034 là 900 tỷ đồng", "target"),
    ("Dự toán kinh phí của Đề án trong 4 năm 2031 - 2034 là 900 tỷ đồng", "budget"),
    ("Giai đoạn 2021 - 2025, huyện đã huy động được 900 tỷ đồng", "result"),
], ids=["mobilized-aim", "budget", "mobilized-result"])
def test_the_parts_of_a_total_are_of_its_kind(total, kind):
    text = f"{total}. Trong đó, vốn ngân sách trung ương 300 tỷ đồng; vốn ngân sách tỉnh 200 tỷ đồng."
    records = extract(text)
    assert [r.kind for r in records] == [kind] * 3


def test_a_share_a_part_of_a_budget_is_said_as_is_a_budget_line_of_that_total():
    text = ("UBND tỉnh phê duyệt Đề án giai đoạn 2031 - 2035. Tổng kinh phí thực hiện Đề án là 840 tỷ đồng, "
            "trong đó ngân sách tỉnh chiếm 60%, tương đương 504 tỷ đồng.")
    total, share, part = extract(text)
    assert (share.kind, share.part_of) == ("budget", total.span)
    # (a share with no budget before it keeps its kind)
    assert [r.kind for r in extract("Phấn đấu năm 2035, trong đó tỷ lệ hộ nghèo chiếm dưới 2%.")] == ["target"]
