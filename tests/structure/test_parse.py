"""Structure stage: headings, items, inline enumerations, lead-ins, clauses."""
import pytest

from pipeline import extract

from pipeline.normalize import normalize
from pipeline.structure import parse


def blocks(text):
    t = normalize(text).text
    st = parse(t)
    return t, st


def test_heading_item_tree_and_section_path():
    t, st = blocks("II. NHIỆM VỤ\n2. Các mục tiêu đến năm 2027\n2.1. Về công tác tổ chức\n- Mỗi chi hội có ít nhất 01 mô hình.")
    kinds = [b.kind for b in st.blocks]
    assert kinds == ["heading", "heading", "heading", "item"]
    assert st.blocks[3].parent == 2 and st.blocks[2].parent == 1 and st.blocks[1].parent == 0
    assert st.blocks[2].section == "II.2.1"


def test_paragraph_with_colon_governs_the_bullets_below():
    t, st = blocks("Hằng năm, Mặt trận Tổ quốc các cấp:\n- Mỗi cấp chọn 01 chuyên đề.\n- Ít nhất 01 nội dung giám sát.")
    assert [b.parent for b in st.blocks[1:]] == [0, 0]


def test_inline_enumeration_splits_into_items():
    t, st = blocks("I. MỤC TIÊU\nNội dung gồm: (1) Hằng năm đạt 90%; (2) Hội Nông dân đạt 95%; (3) khác.")
    items = [b for b in st.blocks if b.kind == "item"]
    assert [b.marker for b in items] == ["(1)", "(2)", "(3)"]
    assert t[items[1].start:items[1].end].startswith("Hội Nông dân")


def test_an_inline_enumeration_numbered_on_from_the_paragraph_before():
    text = ("Về kinh tế: (1) Tăng trưởng kinh tế đạt 7%. (2) Thu nhập đạt 60 triệu đồng.\n"
            "Về xã hội: (3) Tỷ lệ thôn văn hóa đạt 65%. (4) Tỷ lệ trường đạt chuẩn 80%.")
    t, st = blocks(text)
    assert [b.marker for b in st.blocks if b.kind == "item"] == ["(1)", "(2)", "(3)", "(4)"]
    assert [r.value for r in extract(text)] == [7.0, 60_000_000.0, 65.0, 80.0]


@pytest.mark.parametrize("opening", ["Về kinh tế (6 chỉ tiêu)", "Các chỉ tiêu chủ yếu:", "Mục tiêu đến năm 2030."],
                         ids=["after a bracket", "after a colon", "after a sentence"])
def test_numbers_running_on_in_one_paragraph_are_items(opening):
    text = f"{opening} 1. Tăng trưởng kinh tế đạt 7%. 2. Thu nhập bình quân đạt 60 triệu đồng. 3. Hộ nghèo dưới 2%."
    t, st = blocks(text)
    assert [b.marker for b in st.blocks if b.kind == "item"] == ["1", "2", "3"]
    assert [r.value for r in extract(text)][-3:] == [7.0, 60_000_000.0, 2.0]


def test_roman_subitems_nest_under_numbered_inline_item():
    t, st = blocks("I. MỤC TIÊU\nMục tiêu: (1) Tỷ lệ chung (trong đó: (i) Hội Nông dân đạt 95%; (ii) Đoàn đạt 90%); (2) Khác.")
    sub = [b for b in st.blocks if b.marker == "(ii)"][0]
    assert st.blocks[sub.parent].marker == "(1)"


def test_clauses_split_on_semicolon_and_colon_not_inside_parentheses():
    t, st = blocks("Tỷ lệ tập hợp duy trì hằng năm: Hội Nông dân đạt 90% (ở nơi có tổ chức; nếu có); Đoàn đạt 85%.")
    clauses = st.blocks[0].sentences[0].clauses
    assert [c.lead_in for c in clauses] == [True, False, False]


def test_broken_line_mid_sentence_is_joined():
    t, st = blocks("Phấn đấu 100% đoàn viên được bồi dưỡng lý luận chính trị, góp phần xây\n\ndựng khối đại đoàn kết.")
    assert len(st.blocks) == 1


def test_title_block_ends_at_first_long_paragraph():
    body = "Căn cứ ý kiến của Thường trực Đảng ủy xã, " * 8
    t, st = blocks("KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n" + body)
    assert st.title == [0, 1]


def test_a_headlines_kicker_ending_in_a_colon_is_part_of_the_title():
    t, st = blocks("Chiến dịch tình nguyện hè 2026:\n\nXây dựng được 68 công trình thanh niên\n\n"
                   "Đợt ra quân kéo dài ba tháng, các đội hình về giúp bà con làm đường và dạy chữ cho trẻ nhỏ.")
    assert st.title == [0, 1]


def test_a_sentence_ending_on_a_date_is_no_title_line():
    t, st = blocks("Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2031 - 2035\n\n"
                   "Kế hoạch được HĐND tỉnh công bố ngày 13/12/2030.\n\nTheo đó, thu ngân sách đạt 3.000 tỷ đồng;")
    assert st.title == [0]


def test_a_lead_in_ending_in_a_colon_starts_the_body():
    t, st = blocks("Những con số cần đạt trong 5 năm tới:\n- 100% chi hội xếp loại tốt.")
    assert st.title == []


@pytest.mark.parametrize("line,marker", [
    ("c) 100% cơ sở Hội đạt vững mạnh.", "c"),
    ("3) 95% hội viên tham gia.", "3"),
    ("a) Hội Nông dân đạt 90%.", "a"),
], ids=["letter-then-number", "arabic-paren-then-number", "letter-then-word"])
def test_item_marker_before_a_number(line, marker):
    st = parse("1. Chỉ tiêu:\n" + line)
    assert [b.marker for b in st.blocks][-1] == marker


def test_number_with_a_dot_is_not_a_marker():
    st = parse("Tổng số hội viên:\n2. 700 người")
    assert st.blocks[-1].marker != "2"


def test_value_carried_to_the_next_line_is_joined_to_its_sentence():
    text = "- Phấn đấu hội viên Hội Nông dân đạt\n85% trở lên so với tổng số hộ.\n2\n- Hằng năm, 100% cơ sở Hội."
    st = parse(text)
    assert [text[b.start:b.end].split("\n")[0][:20] for b in st.blocks] == \
        ["Phấn đấu hội viên Hộ", "2", "Hằng năm, 100% cơ sở"]


def test_a_numbered_item_may_start_with_a_value_when_it_continues_the_list():
    t, st = blocks("KẾ HOẠCH\nI. MỤC TIÊU\n3. Kết nạp 90 hội viên.\n4. 80% cán bộ Hội được tập huấn.")
    assert [b.marker for b in st.blocks if b.kind == "item" or b.marker][-2:] == ["3", "4"]
    t, st = blocks("KẾ HOẠCH\n2. 700 hội viên mới")  # no "1." before: a broken number, not an item
    assert st.blocks[-1].marker == ""


@pytest.mark.parametrize("text", [
    "Các chỉ tiêu: 1. Kết nạp 500 hội viên. 2. 90% chi hội vững mạnh. 3. Mỗi năm 01 mô hình.",
    "KẾ HOẠCH\nCác chỉ tiêu chủ yếu gồm: 1. Kết nạp 500 hội viên. 2. 90% chi hội vững mạnh. 3. Mỗi năm 01 mô hình.",
], ids=["pasted-one-line", "after-a-title"])
def test_numbered_items_running_on_in_one_paragraph(text):
    t, st = blocks(text)
    assert [b.marker for b in st.blocks if b.kind == "item"] == ["1", "2", "3"]


def test_a_value_carried_to_the_next_line_inside_an_open_bracket_is_joined():
    t, st = blocks("KẾ HOẠCH\n+ Lắp đặt mới 58 trạm (Trong đó: VNPT:\n25 trạm, MobiFone: 33 trạm);")
    assert len(st.blocks) == 2 and "25 trạm" in t[st.blocks[1].start:st.blocks[1].end]


def test_an_aside_opened_on_the_next_line_goes_on_with_its_sentence():
    t, st = blocks("QUYẾT ĐỊNH\n\nĐiều 1. Lãi suất cho vay hộ nghèo điều chỉnh giảm từ 6,6%/năm\n(0,55%/tháng) xuống 6,24%/năm.")
    last = st.blocks[-1]
    assert t[last.start:last.end].endswith("xuống 6,24%/năm.") and "6,6%/năm" in t[last.start:last.end]


def test_a_paragraph_that_opens_on_a_bracket_after_a_blank_line_is_its_own():
    t, st = blocks("Nhiều mục tiêu năm 2026\n\n(BTN) Theo UBND tỉnh, năm 2026, các cấp, các ngành quyết tâm thực hiện.")
    assert [t[b.start:b.end][:5] for b in st.blocks] == ["Nhiều", "(BTN)"]


def test_the_paragraphs_after_a_lead_in_paragraph_are_its_list():
    text = ("Dự thảo kế hoạch nêu các nhóm chỉ tiêu cần hoàn thành đến năm 2030. Cụ thể như sau:\n"
            "Hằng năm số vụ buôn lậu bị phát hiện, xử lý tăng trên 5%.\n"
            "Ít nhất 70% cửa hàng xăng dầu xuất hóa đơn điện tử.\n"
            "II. GIẢI PHÁP\n"
            "Tăng cường tuyên truyền.")
    st = parse(text)
    assert [(b.kind, b.parent) for b in st.blocks] == [("paragraph", None), ("paragraph", 0), ("paragraph", 0),
                                                       ("heading", None), ("paragraph", 3)]


def test_paragraphs_without_a_lead_in_stay_siblings():
    st = parse("Hội đã kết nạp 500 hội viên.\nToàn huyện có 12 cơ sở hội.\nNăm 2024 đạt 90%.")
    assert [b.parent for b in st.blocks] == [None, None, None]


def test_a_year_that_goes_on_from_a_line_left_mid_sentence_joins_it():
    text = ("- Hoàn thiện và thực hiện kế hoạch quản lý chất lượng không khí cấp tỉnh giai đoạn\n"
            "2026 - 2030 theo quy định.\n"
            "- Yêu cầu 100% công trình có biện pháp che chắn.")
    st = parse(text)
    assert [(b.kind, b.parent) for b in st.blocks] == [("item", None), ("item", None)]
    assert text[st.blocks[0].start:st.blocks[0].end].endswith("theo quy định.")


WRAPPED = ("KẾ HOẠCH\n"
           "- Các phần mềm quản lý văn bản của huyện được nối mạng, liên thông với nhau và\n"
           "với các phần mềm của tỉnh; từng bước dùng chung dữ liệu giữa các ban của Huyện\n"
           "Ủy, các phòng của UBND, Ủy ban Mặt trận và các hội; các cơ quan ký số văn bản đi\n"
           "và đến trên hệ thống điện tử; công khai dữ liệu mở cho người dân và các hợp tác xã.\n"
           "- 100% văn bản đến của cấp huyện được giải quyết trên hệ thống mạng, trừ văn bản mật.\n"
           "- Trên 90% văn bản đến của cấp xã được giải quyết trên hệ thống mạng, trừ văn bản mật.\n"
           "- 95% người dân có nhu cầu được cung cấp tài khoản định danh điện tử mức độ 2.\n"
           "- 80% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.\n"
           "- 100% cán bộ, công chức cấp xã được tập huấn kỹ năng số cơ bản trong năm đầu.\n")


def test_a_text_wrapped_at_a_fixed_width_goes_on_at_a_capital():
    t, st = blocks(WRAPPED)
    assert [b.kind for b in st.blocks] == ["title"] + ["item"] * 6
    assert all(b.parent is None or st.blocks[b.parent].kind != "item" for b in st.blocks)


def test_a_short_line_before_a_capital_is_not_wrapped():
    t, st = blocks("KẾ HOẠCH\nMục tiêu chung\nĐến năm 2026, 100% xã có điểm phục vụ bưu chính.")
    assert len(st.blocks) == 3
