"""Alignment (pipeline/compare/align.py, similarity.py): which plan target answers which
parent target, on short plans written the way provinces and districts write them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from compare_records import P, T, side_of  # noqa: E402

from pipeline.compare import _records, compare, compare_plan  # noqa: E402
from pipeline.compare.align import MIN_SCORE, align, group_repeats  # noqa: E402
from pipeline.compare.wording import words  # noqa: E402
from pipeline.compare.similarity import FORM, SPAN, change_span, idf, org_fit, similarity  # noqa: E402


def pairs(rows):
    """(parent mention, plan mention, verdict) of every row."""
    return [(r.ref_mention or None, r.plan_mention or None, r.verdict) for r in rows]


def test_the_issue_example_a_national_target_restated_by_a_province():
    parent = side_of("ctqg", "Đến năm 2030 phấn đấu có ít nhất [[50%]] số xã, phường, đặc khu trong cả nước "
                             "không có ma túy; giảm [[30%]] số người nghiện so với năm 2020.")
    plan = side_of("kh_tinh", "Mục tiêu cụ thể: hằng năm tổ chức [[20]] lớp tập huấn cho cán bộ cơ sở; đến hết "
                              "năm 2030, bảo đảm ít nhất [[50%]] đơn vị cấp xã của tỉnh đạt tiêu chí “không ma túy”.")
    rows = compare(parent, plan)
    assert pairs(rows) == [("50%", "50%", "same"), ("30%", None, "missing"), (None, "20", "added")]
    assert {"xã", "không"} <= set(rows[0].matched)


@pytest.mark.parametrize("first,second", words().contrasts, ids=lambda x: str(x))
def test_a_figure_of_one_parallel_sub_item_is_not_paired_with_the_others(first, second):
    parent = side_of("nq", f"Năm 2030, tỷ lệ hàng hóa {first} được kiểm định chất lượng, bảo đảm quy chuẩn, đạt [[96%]].")
    plan = side_of("kh", f"Năm 2030, tỷ lệ hàng hóa được kiểm định chất lượng: hàng hóa {second} đạt [[95%]], "
                         f"hàng hóa {first} đạt [[80%]].")
    assert pairs(compare(parent, plan)) == [("96%", "80%", "weaker"), (None, "95%", "added")]


@pytest.mark.parametrize("first,second", words().contrasts, ids=lambda x: str(x))
def test_the_words_that_set_parallel_sub_items_apart(first, second):
    from pipeline.compare.context import Reading
    from pipeline.compare.similarity import _contrasted
    from pipeline.compare.terms import measured_words
    a, b = frozenset(measured_words(first)), frozenset(measured_words(second))
    # the parent names one word in its clause only; each of the plan's figures stands next to its own
    parent = Reading({}, None, words=a | {"đạt"}, core=frozenset({"đạt"}))
    near_second = Reading({}, None, words=a | b, core=b)
    near_first = Reading({}, None, words=a | b, core=a)
    assert _contrasted(parent, near_second) and not _contrasted(parent, near_first)


@pytest.mark.parametrize("first,second", words().contrasts, ids=lambda x: str(x))
def test_what_a_figure_counts_sets_it_on_one_side_of_parallel_sub_items(first, second):
    from pipeline.compare.context import Reading
    from pipeline.compare.similarity import _contrasted
    from pipeline.compare.terms import measured_words
    both = frozenset(measured_words(first)) | frozenset(measured_words(second))
    # both words stand in each clause; only what each figure counts tells them apart
    r = Reading({}, None, words=both, core=frozenset({"đạt"}))
    assert _contrasted(r, r, f"lượt khách {first}", f"lượt khách {second}")
    assert not _contrasted(r, r, f"lượt khách {first}", f"lượt khách {first}")


def test_employment_is_not_paired_with_vocational_training():
    parent = side_of("nq", "Hằng năm giải quyết việc làm cho [[3.000]] lao động; dạy nghề cho [[300]] lao động "
                           "nông thôn.")
    plan = side_of("kh", "Mỗi năm đào tạo nghề cho [[250]] lao động nông thôn; tạo việc làm mới cho [[3.500]] "
                         "lao động.")
    assert pairs(compare(parent, plan)) == [("3.000", "3.500", "stricter"), ("300", "250", "weaker")]


SELF = [
    ("unknown-indicator-empty-counted", "Tỷ lệ hộ được dùng nước sạch đạt [[95%]]; tỷ lệ chất thải rắn được "
                                         "thu gom đạt [[90%]]; có [[12]] xã đạt chuẩn nông thôn mới."),
    ("same-figure-twice", "Tỷ lệ trẻ em được tiêm chủng đạt [[95%]]; tỷ lệ học sinh đi học đúng độ tuổi đạt [[95%]]."),
    ("two-deadlines", "Phấn đấu đến năm 2025 có [[70%]] và đến năm 2030 có [[90%]] chi hội ứng dụng mạng xã hội."),
]


@pytest.mark.parametrize("text", [c[1] for c in SELF], ids=[c[0] for c in SELF])
def test_a_document_compared_with_itself_is_the_same_throughout(text):
    rows = compare(side_of("a", text), side_of("a", text))
    assert [r.verdict for r in rows] == ["same"] * text.count("[[")
    assert all(r.ref_span == r.plan_span for r in rows)


def test_a_target_redated_from_2025_to_2026_is_redated_not_missing_and_added():
    parent = side_of("nq", "Đến năm 2025, [[90%]] đoàn viên cài đặt ứng dụng Thanh niên Việt Nam; [[100%]] chi đoàn "
                           "sinh hoạt định kỳ.", {"deadline_year": 2025}, {"deadline_year": 2025})
    plan = side_of("kh", "Phấn đấu đến năm 2026, [[90%]] đoàn viên toàn huyện cài đặt và sử dụng ứng dụng Thanh niên "
                         "Việt Nam.", {"deadline_year": 2026})
    rows = compare(parent, plan)
    assert [(r.verdict, r.reason_code) for r in rows] == [("redated", "redated_later"), ("missing", "missing")]


def test_a_parent_with_two_deadlines_against_a_plan_with_one():
    parent = side_of("nq", "Phấn đấu đến năm 2025 có [[70%]] và đến năm 2030 có [[90%]] khu dân cư, chi "
                           "đoàn, chi hội ứng dụng chuyển đổi số.", {"deadline_year": 2025},
                     {"deadline_year": 2030})
    plan = side_of("kh", "Đến năm 2030, [[90%]] khu dân cư, chi đoàn, chi hội trên địa bàn huyện ứng dụng "
                         "chuyển đổi số.", {"deadline_year": 2030})
    assert pairs(compare(parent, plan)) == [("70%", None, "missing"), ("90%", "90%", "same")]


def test_a_plan_restating_a_target_in_its_annex_lists_the_repeat():
    parent = side_of("nq", "Hằng năm có [[95%]] trở lên cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.")
    plan = side_of("kh", "II. MỤC TIÊU\n- Hằng năm có [[96%]] cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.\n"
                         "PHỤ LỤC\n| 1 | Cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ | [[96%]] | Hằng năm |")
    rows = compare(parent, plan)
    assert len(rows) == 1 and rows[0].verdict == "stricter"
    assert rows[0].plan_span == plan.targets[0].span and rows[0].plan_repeats == [plan.targets[1].span]


def test_an_annex_row_of_few_words_is_a_repeat_of_the_main_texts_clause():
    ntm = {"indicator": "new_rural_area", "deadline_year": 2030}
    parent = side_of("ct", "Đến năm 2030, cả nước có khoảng [[90%]] xã đạt chuẩn nông thôn mới.", ntm)
    plan = side_of("kh", "II. MỤC TIÊU\nPhấn đấu đến năm 2030, toàn tỉnh có [[92%]] xã đạt chuẩn nông thôn mới (trong "
                         "đó ít nhất [[40%]] xã đạt chuẩn nông thôn mới nâng cao); thu nhập của cư dân "
                         "nông thôn tăng gấp 2,5 lần so với năm 2020.\nPHỤ LỤC\n| STT | Chỉ tiêu | Đơn vị | Năm 2030 |"
                         "\n| 1 | Xã đạt chuẩn NTM | % | [[92%]] |\n| 2 | Xã đạt chuẩn NTM nâng cao | % | [[40%]] |",
                   ntm, ntm, ntm, ntm)
    main, advanced, row, advanced_row = (t.span for t in plan.targets)
    rows = compare(parent, plan)
    assert [(r.verdict, r.plan_span, r.plan_repeats) for r in rows] == [
        ("stricter", main, [row]), ("added", advanced, [advanced_row])]


WEB_PAGE = ("Theo đó, Thủ tướng quyết định giảm lãi suất cho vay hộ nghèo xuống [[6,24%]]/năm.\n"
            "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH\n"
            "Điều 1. Điều chỉnh giảm lãi suất cho vay hộ nghèo xuống [[6,24%]]/năm.")


def test_a_web_pages_summary_restates_the_official_text():
    page = side_of("qd", WEB_PAGE)
    plan = side_of("tb", "Lãi suất cho vay hộ nghèo được điều chỉnh giảm xuống còn [[6,24%]]/năm.")
    rows = compare(page, plan)
    # one row, by the decision's own text, with the summary listed as its repeat
    assert [(r.ref_span, r.verdict) for r in rows] == [(page.targets[1].span, "same")]
    assert rows[0].ref_repeats == [page.targets[0].span]
    # in the plan, the text is the main record too
    rows = compare(plan, page)
    assert rows[0].plan_span == page.targets[1].span and rows[0].plan_repeats == [page.targets[0].span]


def test_a_summary_without_the_official_text_is_the_document():
    page = side_of("tin", "Theo đó, Thủ tướng quyết định giảm lãi suất cho vay hộ nghèo xuống [[6,24%]]/năm; lãi "
                          "suất cho vay nước sạch nông thôn xuống [[8,4%]]/năm.")
    assert [r.verdict for r in compare(page, page)] == ["same", "same"]


def test_what_a_figure_sets_is_read_across_brackets_lists_and_line_breaks():
    parent = side_of("qd", "1. Lãi suất cho vay hộ nghèo, học sinh, sinh viên (theo Quyết định số 157/2007/QĐ-TTg), "
                           "điều chỉnh giảm từ [[6,6%]]/năm\n([[0,55%]]/tháng) xuống [[6,24%]]/năm.\n"
                           "2. Lãi suất cho vay cấp nước sạch nông thôn điều chỉnh giảm xuống [[8,4%]]/năm.")
    plan = side_of("tb", "Lãi suất cho vay nước sạch vệ sinh môi trường nông thôn giảm còn [[8,4%]]/năm. Lãi suất "
                         "cho vay hộ nghèo; cho vay học sinh, sinh viên; cho vay lao động đi làm việc có thời hạn ở nước "
                         "ngoài được điều chỉnh xuống còn [[6,24%]]/năm.")
    rows = {r.ref_mention: r.plan_mention for r in compare(parent, plan)}
    assert rows["6,24%"] == "6,24%" and rows["8,4%"] == "8,4%"


def test_a_rate_per_period_is_compared_per_that_period():
    parent = side_of("qd", "Lãi suất cho vay hộ nghèo giảm xuống [[6,24%]]/năm ([[0,52%]]/tháng).",
                     {"counted": "/năm", "frequency": "monthly"}, {"counted": "/tháng"})
    plan = side_of("tb", "Lãi suất cho vay hộ nghèo giảm còn [[0,52%]]/tháng, tương đương [[6,24%]]/năm.",
                   {"counted": "/tháng"}, {"counted": "/năm", "frequency": "annual"})
    rows = compare(parent, plan)
    assert [(r.ref_mention, r.plan_span, r.verdict) for r in rows] == [
        ("6,24%", plan.targets[1].span, "same"), ("0,52%", plan.targets[0].span, "same")]


def test_a_figure_restated_in_a_long_sentence_is_found_by_the_words_next_to_it():
    parent = side_of("nq", "Để khắc phục hậu quả thiên tai, ổn định đời sống Nhân dân, khôi phục sản xuất kinh doanh, "
                           "phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên [[8%]], Chính phủ đề nghị các bộ, "
                           "ngành và Chủ tịch Ủy ban nhân dân các tỉnh tập trung thực hiện các "
                           "nhiệm vụ sau:")
    plan = side_of("cd", "Đẩy mạnh phục hồi sản xuất, thúc đẩy đầu tư công, trước mắt là phấn đấu tăng trưởng kinh tế "
                         "của tỉnh năm 2025 trên [[8%]]; hỗ trợ [[100%]] hộ dân bị thiệt hại sửa chữa nhà ở.")
    assert pairs(compare(parent, plan)) == [("8%", "8%", "same"), (None, "100%", "added")]


def test_the_same_population_with_another_aim_is_another_target():
    parent = side_of("nq", "Hằng năm có [[90%]] đoàn viên, hội viên được nghiên cứu, học tập nghị quyết của Đảng.",
                     {"counted": "đoàn viên, hội viên"})
    plan = side_of("kh", "Phấn đấu [[95%]] đoàn viên, hội viên có mặt trong các buổi sinh hoạt định kỳ.",
                   {"counted": "đoàn viên, hội viên"})
    assert pairs(compare(parent, plan)) == [("90%", None, "missing"), (None, "95%", "added")]


def test_a_repeat_is_found_whichever_comes_first():
    plan = side_of("kh", "| 1 | Cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ | [[96%]] |\n"
                         "- Hằng năm có [[96%]] cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.")
    rows = compare(plan, plan)
    assert [r.verdict for r in rows] == ["same", "same"]
    assert {r.plan_span for r in rows} == {plan.targets[1].span}  # the main text's, not the table row's


@pytest.mark.parametrize("figure,groups", [("[[1.000.000]] ha", [2]), ("[[27,5%]] diện tích", [2]),
                                           ("[[90%]] diện tích", [1, 1])], ids=["large", "fraction", "common"])
def test_a_rare_figure_said_twice_in_other_words_is_one_target(figure, groups):
    side = side_of("qd", f"Chương trình hướng tới phát triển {figure} vùng trồng cây ăn quả tập trung gắn "
                         f"với chế biến sâu. Đến năm 2030, quy mô vùng cây ăn quả tập trung toàn tỉnh lên {figure}.",
                   {}, {"deadline_year": 2030})
    plan = side_of("kh", "Hằng năm tổ chức [[20]] lớp tập huấn kỹ thuật canh tác cho nông dân; hỗ trợ [[15]] hợp tác xã "
                         "liên kết tiêu thụ sản phẩm; xây dựng [[3]] mô hình sản xuất giảm phát thải.")
    records = _records(side, 1, ("target",))
    weights = idf(r.reading for r in records + _records(plan, 0, ("target",)))  # (as a comparison weighs them)
    assert [len(g.members) for g in group_repeats(records, weights)] == groups


def test_a_parent_restating_its_target_in_other_words_is_answered_twice():
    parent = side_of("qd", "Mục tiêu: đến năm 2030, [[100%]] công trường thi công xây dựng được che chắn, kiểm soát "
                           "bụi.\nNhiệm vụ: kiểm soát chặt chẽ các công trường thi công xây dựng, yêu cầu [[100%]] "
                           "công trường phải có biện pháp che chắn.")
    plan = side_of("cv", "Tăng cường giám sát, yêu cầu [[100%]] các công trường thi công xây dựng che chắn, giảm bụi.")
    rows = compare(parent, plan)
    assert [(r.verdict, r.plan_span) for r in rows] == [("same", plan.targets[0].span)] * 2


def test_a_restatement_that_says_less_of_the_plan_is_vouched_for_by_the_target_it_restates():
    # the task's clause is about emission sources in general: alone it would fall below the line
    parent = side_of("qd", "Mục tiêu: đến năm 2030, [[100%]] công trường thi công xây dựng được che chắn, kiểm soát bụi.\n"
                           "Nhiệm vụ: tăng cường kiểm soát các nguồn phát thải lớn (nhiệt điện, xi măng, luyện thép) và "
                           "các công trường trên địa bàn, yêu cầu [[100%]] phải có biện pháp che chắn, rửa xe ra vào "
                           "công trình.")
    plan = side_of("cv", "Tăng cường giám sát, yêu cầu [[100%]] các công trường thi công xây dựng che chắn, kiểm soát "
                         "bụi; [[100%]] xe vận chuyển vật liệu được phủ bạt.")
    rows = compare(parent, plan)
    assert [(r.verdict, r.plan_span) for r in rows] == [("same", plan.targets[0].span)] * 2 + [
        ("added", plan.targets[1].span)]
    assert rows[1].score < MIN_SCORE


def test_two_items_of_one_list_with_the_same_figure_are_two_targets():
    # the first item shares the figure and most words with the second: still no restatement of it
    parent = side_of("qd", "Đến năm 2030: [[100%]] khu dự trữ sinh quyển ven biển không còn chai nhựa, hộp xốp; "
                           "[[100%]] khu, điểm du lịch ven biển không dùng chai nhựa, hộp xốp.")
    plan = side_of("kh", "Đến năm 2030, [[100%]] các khu, điểm du lịch ven biển trên địa bàn tỉnh không sử dụng chai "
                         "nhựa, hộp xốp.")
    rows = compare(parent, plan)
    assert [(r.verdict, r.plan_span) for r in rows] == [("missing", None), ("same", plan.targets[0].span)]


def test_one_strong_pair_outweighs_two_weak_ones():
    parent = side_of("nq", "Hằng năm hỗ trợ [[500]] thanh niên khởi nghiệp; đến năm 2027, [[100%]] xã có câu lạc bộ "
                           "hỗ trợ thanh niên khởi nghiệp.")
    plan = side_of("kh", "Đến năm 2027, [[100%]] đơn vị hành chính cấp xã có câu lạc bộ hỗ trợ thanh niên khởi "
                         "nghiệp.")
    assert pairs(compare(parent, plan)) == [("500", None, "missing"), ("100%", "100%", "same")]


def test_a_quota_for_each_branch_is_not_a_district_total_but_one_for_each_district_is():
    parent = side_of("nq_tinh", "Mỗi chi đoàn, chi hội giới thiệu ít nhất [[01]] đoàn viên, hội viên xuất sắc để cấp ủy xem xét kết nạp; "
                                "hằng năm, mỗi huyện tổ chức ít nhất [[02]] diễn đàn đối thoại với thanh niên.")
    plan = side_of("kh_huyen", "Giới thiệu ít nhất [[150]] đoàn viên, hội viên xuất sắc để cấp ủy xem xét kết nạp; mỗi năm tổ chức "
                               "[[01]] diễn đàn đối thoại với thanh niên.")
    plan.level = "district"
    assert [(r.verdict, r.reason_code) for r in compare(parent, plan)] == [
        ("not_comparable", "not_comparable_per_unit"), ("weaker", "weaker_min")]


def test_budget_lines_are_compared_as_budget_lines():
    money = {"kind": "budget", "indicator": "funding"}
    parent = side_of("nq", "Ngân sách tỉnh hỗ trợ [[600 triệu đồng]] mỗi năm cho mô hình Dân vận khéo; ngân sách "
                           "huyện bố trí [[200 triệu đồng]] mỗi năm.",
                     {**money, "value": 6e8, "frequency": "annual"}, {**money, "value": 2e8, "frequency": "annual"})
    plan = side_of("kh", "Kinh phí thực hiện từ ngân sách huyện, dự kiến [[180 triệu đồng]] mỗi năm.",
                   {**money, "value": 1.8e8, "frequency": "annual"})
    rows = compare(parent, plan)
    assert [(r.kind, r.verdict, r.reason_code) for r in rows] == [
        ("budget", "missing", "missing"), ("budget", "weaker", "weaker_budget")]


def test_a_result_is_shown_beside_the_target_it_reports_on():
    parent = side_of("nq", "Phấn đấu [[90%]] trở lên số hộ được công nhận là gia đình văn hóa.",
                     {"comparator": ">="})
    report = side_of("bc", "Kết quả: đã có [[92,5%]] số hộ được công nhận là gia đình văn hóa.", {"kind": "result"})
    rows = compare(parent, report)
    assert len(rows) == 1 and rows[0].verdict == "missing"
    assert (rows[0].result_span, rows[0].result_met) == (report.targets[0].span, True)
    assert rows[0].result_text.startswith("92,5%")


def test_a_plan_answering_two_parents_says_which_each_row_answers():
    tinh = side_of("nq_tinh", "Hằng năm có [[95%]] cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.", path="tinh/nq.docx")
    huyen = side_of("nq_huyen", "Kết nạp mới [[1.500]] hội viên trong nhiệm kỳ.", path="huyen/nq.docx")
    plan = side_of("ctr", "Kết nạp mới [[1.600]] hội viên trong nhiệm kỳ; hằng năm có [[95%]] cơ sở Hội đạt mức "
                          "hoàn thành tốt nhiệm vụ; [[100%]] chi hội sinh hoạt định kỳ.")
    rows = compare_plan(plan, [tinh, huyen])
    assert [(r.ref_doc, r.ref_path, r.verdict) for r in rows] == [
        ("nq_tinh", "tinh/nq.docx", "same"), ("nq_huyen", "huyen/nq.docx", "stricter"),
        ("nq_tinh + nq_huyen", None, "added")]


# --- organizations -------------------------------------------------------------------

def test_all_on_the_reference_stands_for_each_plan_org():
    ref = [T(90, "=", org="ALL", indicator="political_study")]
    plan = [P(value=95, org="HND", indicator="political_study", span=(10, 13)),
            P(value=85, org="DTN", indicator="political_study", span=(20, 23))]
    assert [(r.ref_org, r.plan_org, r.org, r.verdict) for r in compare(ref, plan)] == [
        ("ALL", "HND", "HND", "stricter"), ("ALL", "DTN", "DTN", "weaker")]


def test_all_on_the_plan_stands_for_each_reference_org():
    ref = [T(93, org="HND", indicator="unit_rating", counted="cơ sở hoàn thành tốt nhiệm vụ", span=(0, 3)),
           T(98, org="HCCB", indicator="unit_rating", counted="cơ sở hoàn thành tốt nhiệm vụ", span=(5, 8))]
    plan = [P(value=95, comparator=">", org="ALL", indicator="unit_rating", counted="cơ sở đoàn, hội")]
    assert [(r.ref_org, r.plan_org, r.verdict) for r in compare(ref, plan)] == [
        ("HND", "ALL", "stricter"), ("HCCB", "ALL", "weaker")]


def test_the_same_org_is_preferred_to_all():
    rows = compare([T(98, org="HCCB")], [P(value=95, org="ALL", span=(10, 13)), P(value=98, org="HCCB", span=(20, 23))])
    assert [(r.verdict, r.plan_org) for r in rows] == [("same", "HCCB"), ("added", "ALL")]


def test_two_organizations_with_one_figure_keep_their_own_rows():
    parent = [T(85, org="HND", span=(0, 3)), T(85, org="DTN", span=(0, 3)),
              T(90, org="HLHPN", span=(9, 12), deadline_year=2025)]
    plan = [P(value=87, org="HND", span=(10, 13)), P(value=85, org="DTN", span=(20, 23)),
            P(value=90, org="HLHPN", span=(30, 33), deadline_year=2026)]
    assert [(r.ref_org, r.plan_org, r.verdict) for r in compare(parent, plan)] == [
        ("HND", "HND", "stricter"), ("DTN", "DTN", "same"), ("HLHPN", "HLHPN", "redated")]


@pytest.mark.parametrize("a, b, fit", [
    ("HND", "HND", 1.0), ("ALL", "HLHPN", 0.7), ("HND", "DTN", None), ("PARTY", "ALL", None),
    (None, "PARTY", 0.5), ("GOV", "PARTY", 0.4), ("OTHER", "HND", None),
], ids=["same", "all-and-a-member", "two-mass-organizations", "party-is-not-all", "unknown", "government-and-party",
        "another-named-body"])
def test_organizations_that_can_share_a_target(a, b, fit):
    assert org_fit(a, b) == fit


def test_alignment_is_one_to_one():
    ref = [T(90, org="HND")]
    rows = compare(ref, [P(value=90, org="HND", span=(10, 13)), P(value=80, org="HND", span=(20, 23))])
    assert [(r.verdict, r.plan_span) for r in rows] == [("same", (10, 13)), ("added", (20, 23))]


def test_counted_breaks_ties():
    ref = [T(100, "=", org="ALL", indicator="political_study", counted="cán bộ phụ trách công tác dân vận cơ sở",
             span=(0, 4)),
           T(90, "=", org="ALL", indicator="political_study", counted="đoàn viên, hội viên", span=(10, 13))]
    plan = [P(value=100, comparator="=", org="ALL", indicator="political_study", counted="Đoàn viên, Hội viên")]
    assert [(r.ref_span, r.verdict) for r in compare(ref, plan)] == [((0, 4), "missing"), ((10, 13), "stricter")]


def test_different_indicators_are_not_aligned():
    rows = compare([T(90, indicator="membership_rate")],
                   [P(value=90, indicator="unit_rating", counted="cơ sở hoàn thành tốt nhiệm vụ")])
    assert [r.verdict for r in rows] == ["missing", "added"]


def test_groups_and_assignment_directly():
    plan = side_of("kh", "Hằng năm có [[96%]] cơ sở Hội xếp loại tốt;\n| Cơ sở Hội xếp loại tốt | [[96%]] |")
    records = _records(plan, 0, ("target",))
    weights = idf(r.reading for r in records)
    groups = group_repeats(records, weights)
    assert [len(g.members) for g in groups] == [2]
    result = align(groups, groups, weights)
    assert len(result.pairs) == 1 and not result.missing and not result.added


def test_each_sector_of_a_structure_is_paired_with_the_same_sector_not_its_growth():
    parent = side_of("nq", "Kinh tế tăng bình quân 7%/năm, riêng nông, lâm nghiệp và thủy sản tăng [[5%]]; công "
                           "nghiệp - xây dựng tăng [[10%]]. Về cơ cấu, đến năm 2025 nông, lâm nghiệp và thủy sản chiếm "
                           "[[36%]], công nghiệp - xây dựng chiếm [[23%]].",
                     {"change": "increase"}, {"change": "increase"}, {"deadline_year": 2025}, {"deadline_year": 2025})
    plan = side_of("kh", "Cơ cấu kinh tế huyện đến năm 2025: nông – lâm - thủy sản "
                         "chiếm [[42%]], công nghiệp-xây dựng chiếm [[12%]].", {"deadline_year": 2025},
                   {"deadline_year": 2025})
    assert pairs(compare(parent, plan)) == [("5%", None, "missing"), ("10%", None, "missing"),
                                            ("36%", "42%", "stricter"), ("23%", "12%", "weaker")]


def test_an_amount_of_change_and_a_level_count_less_as_one_target():
    growth = T(value=12, comparator="=", change="increase", org="GOV", indicator="other", counted=None)
    share = T(value=12, comparator="=", org="GOV", indicator="other", counted=None)
    r = side_of("kh", "Công nghiệp - xây dựng chiếm [[12%]].").readings[0]
    w = idf([r, r])
    assert similarity(growth, share, r, r, w).score == pytest.approx(FORM * similarity(share, share, r, r, w).score,
                                                                     abs=1e-3)


FIVE_YEARS = (2021, 2025)


def test_a_one_year_plan_carries_a_yearly_pace_whose_verb_is_left_out():
    # "duy trì mức 1 - 1,5%/năm" is how fast poverty falls: a one-year plan's "giảm 2%" asks more of it,
    # and does not answer the whole period's "giảm 40%"
    parent = side_of("ct", "Tỷ lệ hộ nghèo duy trì mức [[1 - 1,5%]]/năm; đến năm 2025 giảm [[40%]] số hộ nghèo so với "
                           "đầu kỳ.", {"counted": "/năm", "frequency": "annual", "period": FIVE_YEARS, "value_max": 1.5,
                                       "comparator": "between"},
                     {"change": "decrease", "deadline_year": 2025, "period": FIVE_YEARS, "counted": "số hộ nghèo"})
    plan = side_of("kh", "Năm 2023, phấn đấu giảm [[2%]] số hộ nghèo trên địa bàn tỉnh.",
                   {"change": "decrease", "period": (2023, 2023), "counted": "số hộ nghèo"})
    rows = compare(parent, plan)
    assert [(r.ref_mention, r.plan_mention, r.reason_code) for r in rows] == [
        ("1 - 1,5%", "2%", "stricter_range"), ("40%", "", "missing")]


def test_a_range_is_as_near_a_value_as_its_nearest_bound():
    pace = {"counted": "/năm", "frequency": "annual", "period": FIVE_YEARS, "comparator": "between",
            "indicator": "poverty_reduction"}
    parent = side_of("ct", "Tỷ lệ hộ nghèo theo chuẩn mới duy trì ở mức [[1 - 1,5%]]/năm; tỷ lệ hộ nghèo ở các "
                           "huyện nghèo giảm từ [[4 - 5%]]/năm.",
                     {**pace, "value_max": 1.5}, {**pace, "value_max": 5, "change": "decrease"})
    plan = side_of("kh", "Trong năm 2023, giảm [[2%]] tổng số hộ nghèo trên địa bàn tỉnh.",
                   {"change": "decrease", "period": (2023, 2023), "counted": "tổng số hộ nghèo",
                    "indicator": "poverty_reduction"})
    assert [(r.ref_mention, r.plan_mention, r.reason_code) for r in compare(parent, plan)] == [
        ("1 - 1,5%", "2%", "stricter_range"), ("4 - 5%", "", "missing")]


def test_a_change_over_a_whole_period_and_one_in_a_year_count_less_as_one_target():
    year = side_of("kh", "Năm 2023 giảm [[2%]] số hộ nghèo.", {"change": "decrease", "period": (2023, 2023)})
    whole = side_of("ct", "Giảm [[2%]] số hộ nghèo.", {"change": "decrease", "period": FIVE_YEARS})
    yearly = side_of("ct", "Giảm [[2%]] số hộ nghèo.", {"change": "decrease", "period": FIVE_YEARS,
                                                         "frequency": "annual"})
    r = year.readings[0]
    w = idf([r, whole.readings[0]])
    over_period = similarity(whole.targets[0], year.targets[0], whole.readings[0], r, w).score
    over_years = similarity(yearly.targets[0], year.targets[0], yearly.readings[0], r, w).score
    assert over_period < SPAN * over_years + 1e-3


@pytest.mark.parametrize("text, time, span", [
    ("Kinh tế tăng trưởng bình quân đạt [[7%]].", {}, "year"),
    ("Kim ngạch xuất khẩu tăng bình quân hằng năm [[11%]].", {}, "year"),
    ("Đến năm 2025 giảm [[50%]] số hộ nghèo so với đầu kỳ.", {}, "period"),
    ("Năm 2023 giảm [[2%]] số hộ nghèo.", {"period": (2023, 2023)}, "year"),
    ("Đến năm 2025 giảm [[50%]] số hộ nghèo.", {"period": (2020, 2020), "deadline_year": 2025}, None),
], ids=["average-growth", "average-every-year", "against-the-start", "one-year-plan", "year-and-deadline-disagree"])
def test_a_change_in_a_term_is_a_yearly_pace_when_it_is_an_average(text, time, span):
    side = side_of("nq", text, {"change": "increase", "period": FIVE_YEARS, **time})
    assert change_span(side.targets[0], side.readings[0]) == span


def test_a_headline_restating_the_text_is_a_repeat_of_the_texts_clause():
    plan = side_of("tin", "Tỉnh phấn đấu tỉ trọng kinh tế số đạt [[20%]]\n\nỦy ban nhân dân tỉnh vừa ban hành kế hoạch.\n\n"
                          "Kế hoạch nêu nhiều mục tiêu cụ thể. Trong đó, phấn đấu năm 2025 tỉ trọng "
                          "kinh tế số của tỉnh đạt [[20%]] GRDP; tỉ trọng thương mại điện tử đạt [[10%]].")
    parent = side_of("qd", "Mục tiêu đến năm 2025: kinh tế số chiếm [[20%]] GDP.")
    rows = compare(parent, plan)
    assert [(r.verdict, r.plan_span, r.plan_repeats) for r in rows[:1]] == [
        ("same", plan.targets[1].span, [plan.targets[0].span])]


def test_a_parents_headline_is_answered_by_what_answers_the_clause_it_restates():
    # the headline alone would take the kiểu mẫu figure: it shares its few words with both
    parent = side_of("tin", "Ngành văn hóa kỳ vọng có [[80%]] xã văn hóa\n\nBộ Văn hóa vừa ban hành kế hoạch.\n\n"
                            "Theo kế hoạch, tới năm 2030 có khoảng [[80%]] số xã đạt chuẩn xã văn hóa, trong đó [[40%]] "
                            "số xã đạt chuẩn văn hóa nâng cao.", {}, {"deadline_year": 2030}, {"deadline_year": 2030})
    plan = side_of("kh", "Năm 2030, số xã đạt chuẩn xã văn hóa trên [[85%]], trong đó [[40%]] số xã đạt chuẩn văn "
                         "hóa nâng cao, [[15%]] số xã đạt chuẩn xã văn hóa kiểu mẫu.",
                   {"comparator": ">", "deadline_year": 2030}, {"deadline_year": 2030}, {"deadline_year": 2030})
    rows = compare(parent, plan)
    assert pairs(rows) == [("80%", "85%", "stricter"), ("80%", "85%", "stricter"), ("40%", "40%", "same"),
                           (None, "15%", "added")]
    assert rows[0].ref_repeats == [parent.targets[1].span] and rows[1].ref_repeats == [parent.targets[0].span]


def test_a_headline_is_judged_as_the_clause_it_restates():
    text = ("Hội phấn đấu [[90%]] chi hội trở lên xếp loại vững mạnh\n\nĐại hội thông qua các chỉ tiêu: hằng "
            "năm có [[90%]] chi hội trở lên xếp loại vững mạnh, không còn chi hội yếu.")
    fields = {"comparator": ">=", "org": "HCCB", "indicator": "unit_rating"}
    page = side_of("dh", text, fields, {**fields, "frequency": "annual"})  # the headline says no "hằng năm"
    assert [(r.ref_span, r.plan_span, r.verdict) for r in compare(page, page)] == [
        (page.targets[0].span, page.targets[1].span, "same"), (page.targets[1].span, page.targets[1].span, "same")]


def test_communes_are_not_paired_with_districts_however_alike_the_words():
    ntm = {"indicator": "new_rural_area", "deadline_year": 2030}
    parent = side_of("ct", "Đến năm 2030, cả nước có khoảng [[90%]] xã đạt chuẩn nông thôn mới, thu nhập của người "
                           "dân nông thôn tăng [[2,5]] lần.", ntm, {"deadline_year": 2030, "change": "increase"})
    plan = side_of("kh", "Phấn đấu đến năm 2030, trên [[70%]] đơn vị cấp huyện hoàn thành nông thôn mới; [[35%]] số "
                         "huyện hoàn thành nông thôn mới nâng cao.", {**ntm, "comparator": ">"}, ntm)
    assert pairs(compare(parent, plan)) == [("90%", None, "missing"), ("2,5", None, "missing"),
                                            (None, "70%", "added"), (None, "35%", "added")]


def test_a_headline_joins_the_clause_it_agrees_with_most_not_the_first_that_agrees_at_all():
    page = side_of("tin", "Tỉnh phấn đấu giải ngân [[100%]] vốn đầu tư công được giao\n\nỦy ban nhân dân tỉnh vừa ban "
                          "hành kế hoạch.\n\nTheo kế hoạch, tỷ lệ giải ngân vốn sự nghiệp được giao đạt [[100%]]; tỷ lệ "
                          "giải ngân vốn đầu tư công được giao đạt [[100%]].")
    records = _records(page, 1, ("target",))
    headline, other, public_investment = (t.span for t in page.targets)
    groups = group_repeats(records, idf(r.reading for r in records))
    assert [[m.target.span for m in g.members] for g in groups] == [[public_investment, headline], [other]]


def test_a_figure_that_says_nothing_itself_measures_what_the_figure_beside_it_does():
    parent = side_of("nq", "Để khắc phục hậu quả thiên tai, ổn định đời sống Nhân dân, khôi phục sản xuất kinh doanh, phấn "
                           "đấu tăng trưởng kinh tế cả năm 2025 đạt trên [[8%]] và năm 2026 đạt từ [[10%]] trở lên, Chính "
                           "phủ đề nghị các bộ, ngành, Chủ tịch Ủy ban nhân dân các tỉnh, "
                           "thành phố (gọi chung là các địa phương) tập trung thực hiện:",
                     {"comparator": ">", "deadline_year": 2025}, {"comparator": ">=", "deadline_year": 2026})
    plan = side_of("kh", "Tỉnh phấn đấu năm 2026 tăng trưởng kinh tế đạt từ [[10%]] trở lên; giải ngân [[100%]] vốn đầu tư "
                         "công được giao.", {"comparator": ">=", "deadline_year": 2026}, {"deadline_year": 2026})
    assert pairs(compare(parent, plan)) == [("8%", None, "missing"), ("10%", "10%", "same"), (None, "100%", "added")]


def test_a_count_is_not_paired_with_a_share_of_the_same_programme_by_the_indicator_alone():
    ntm = {"indicator": "new_rural_area", "deadline_year": 2030}
    parent = side_of("ct", "Đến năm 2030, có khoảng [[90%]] xã đạt chuẩn nông thôn mới, thu nhập của cư dân "
                           "nông thôn tăng gấp [[3]] lần so với năm 2020.", ntm, {**ntm, "change": "increase", "counted": "lần"})
    plan = side_of("kh", "Mục tiêu đến năm 2030: xã đạt chuẩn nông thôn mới trên [[90%]], [[15%]] xã đạt chuẩn nông "
                         "thôn mới kiểu mẫu.", {**ntm, "comparator": ">"}, ntm)
    assert pairs(compare(parent, plan)) == [("90%", "90%", "stricter"), ("3", None, "missing"), (None, "15%", "added")]


def test_a_headline_rounding_the_texts_figure_is_a_repeat_of_its_clause():
    plan = side_of("tin", "Huyện phấn đấu [[93%]] người dân có thẻ bảo hiểm y tế\n\nỦy ban nhân dân huyện vừa ban hành quyết định.\n\n"
                          "Theo đó, đến năm 2020 đạt [[93,12%]] người dân có thẻ bảo hiểm y tế.")
    parent = side_of("nq", "Đến năm 2020, trên [[90%]] người dân có thẻ bảo hiểm y tế.")
    rows = compare(parent, plan)
    assert [(r.plan_span, r.plan_repeats) for r in rows[:1]] == [(plan.targets[1].span, [plan.targets[0].span])]


def test_a_headline_that_drops_the_texts_bound_is_a_repeat_of_its_clause():
    plan = side_of("tin", "Thu nhập hộ nông dân tăng [[2]] lần\n\nUBND huyện vừa ra kế hoạch.\n\n"
                          "Theo đó, thu nhập của hộ nông dân tăng ít nhất [[2]] lần so với năm 2024.")
    parent = side_of("qd", "Thu nhập hộ nông dân trong tỉnh tăng ít nhất [[2]] lần so với năm 2024.")
    rows = compare(parent, plan)
    assert [(r.plan_span, r.plan_repeats) for r in rows[:1]] == [(plan.targets[1].span, [plan.targets[0].span])]


def test_a_figure_of_one_age_band_is_not_paired_with_another_band():
    parent = side_of("qd", "Đến năm 2031, nâng tỷ lệ thanh niên có việc làm trong độ tuổi 18 - 40 lên [[88%]].")
    plan = side_of("kh", "Đến năm 2031: thanh niên độ tuổi 18 - 25 có việc làm chiếm [[95%]]; "
                         "thanh niên có việc làm độ tuổi 18 - 40 chiếm [[90%]].")
    assert pairs(compare(parent, plan)) == [("88%", "90%", "stricter"), (None, "95%", "added")]


def test_a_plans_share_answers_the_parents_share_not_the_count_beside_it():
    # one clause gives a count and a share of one population; the plan restates the share only
    parent = side_of("qd", "Giai đoạn tới dạy nghề cho [[40 nghìn]] người trong độ tuổi 18 - 40, "
                           "đưa tỷ lệ người có nghề lên [[75%]] vào năm 2031.")
    plan = side_of("kh", "Năm 2031, người có nghề độ tuổi 18 - 40 chiếm [[80%]].")
    assert pairs(compare(parent, plan)) == [("40 nghìn", None, "missing"), ("75%", "80%", "stricter")]


def test_a_share_of_households_is_never_one_target_with_a_share_of_communes():
    from pipeline import extract
    from pipeline.compare.context import read_records
    from pipeline.compare.similarity import similarity
    parent = "Đến năm 2030, tỷ lệ hộ gia đình dùng internet cáp quang đạt 75%."
    child = "Đến năm 2030, sóng di động 4G và cáp quang phủ 100% xã."
    (p,), (c,) = extract(parent), extract(child)
    (rp,), (rc,) = read_records([p], parent), read_records([c], child)
    assert (rp.counts, rc.counts) == ("household", "commune")
    assert similarity(p, c, rp, rc, {}) is None


@pytest.mark.parametrize("kind,word", [(k, w) for k, ws in words().money_measures.items() for w in ws],
                         ids=lambda x: str(x))
def test_money_of_one_named_measure_is_one_target_whatever_else_the_clauses_say(kind, word):
    parent = side_of("nq_tinh", f"Đại hội đại biểu Đảng bộ tỉnh lần thứ XX: phấn đấu năm 2035 {word} bình quân đầu "
                                f"người [[80 triệu đồng]]\nTỉnh phấn đấu đến cuối năm 2035 tỷ lệ hộ nghèo toàn tỉnh giảm "
                                f"còn [[2,5%]]. Ngày 12/10, Đảng bộ tỉnh khai mạc Đại hội với sự tham dự của đại biểu.")
    plan = side_of("ctr_xa", f"Một số chỉ tiêu cụ thể như: huy động vốn đầu tư phát triển 5 năm đạt hơn [[900 tỷ đồng]], "
                             f"thu ngân sách hằng năm tăng [[10%]]; {word} bình quân đầu người đạt [[40 triệu đồng]]/năm, "
                             f"giải quyết việc làm hơn [[1.000]] lao động.")
    got = [p for p in pairs(compare(parent, plan)) if p[0] == "80 triệu đồng"]
    assert got == [("80 triệu đồng", "40 triệu đồng", "weaker")]
