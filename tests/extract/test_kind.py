"""Tests of the kind component: target, result, budget."""
import pytest

from pipeline.extract import document as document_stage
from pipeline.metadata import Reading
from pipeline.metadata.text import Page

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

KIND = load_lexicon("kinds")


@pytest.mark.parametrize("kind,word", [("result", w) for w in KIND.result_headings]
                         + [("target", w) for w in KIND.target_headings], ids=lambda x: str(x))
def test_report_section_heading_decides_the_kind(kind, word):
    # the other kind holds the document's majority, so only the heading can decide
    other = "Năm qua đã có 10 tổ tự quản; đã kết nạp 20 hội viên." if kind == "target" else \
        "Phấn đấu 10 tổ tự quản; phấn đấu kết nạp 20 hội viên."
    text = f"BÁO CÁO\nCông tác dân vận\nI. CÔNG TÁC TỔ CHỨC\n{other}\nII. {word.upper()} CÔNG TÁC DÂN VẬN\n" \
           "1. Công tác tuyên truyền\nToàn huyện có 245 mô hình dân vận khéo.\n"
    assert [r.kind for r in extract(text) if r.value == 245] == [kind]


@pytest.mark.parametrize("cue", KIND.result, ids=str)
def test_every_result_cue(cue):
    assert one(f"Hội Nông dân {cue}, kết nạp 353 hội viên mới.").kind == "result"


@pytest.mark.parametrize("cue", KIND.weak_result, ids=str)
def test_weak_result_cue_decides_only_what_nothing_else_does(cue):
    assert one(f"{cue.capitalize()} 98,2% khu dân cư tổ chức Ngày hội.").kind == "result"
    plan = f"KẾ HOẠCH\nCông tác dân vận\nII. PHƯƠNG HƯỚNG NHIỆM VỤ\n{cue.capitalize()} 245 mô hình dân vận khéo.\n"
    assert one(plan).kind == "target"


@pytest.mark.parametrize("cue", KIND.target, ids=str)
def test_every_target_cue_beats_a_reporting_document(cue):
    text = f"Năm qua đã có 50 hội viên. Đến nay đã có 60 hội viên. Hội Nông dân {cue} 353 hội viên mới."
    assert one(text, 353).kind == "target"


@pytest.mark.parametrize("word", KIND.budget, ids=str)
def test_every_budget_word(word):
    assert one(f"{word.capitalize()} thực hiện: 500 triệu đồng.").kind == "budget"


@pytest.mark.parametrize("word", KIND.not_budget, ids=str)
def test_measured_money_is_not_a_budget(word):
    assert one(f"Kinh phí: {word} đạt 500 triệu đồng.").kind != "budget"


@pytest.mark.parametrize("word", KIND.result_counted, ids=str)
def test_percent_of_a_plan_is_a_result(word):
    assert one(f"Kết nạp hội viên đạt 117,5% {word}.").kind == "result"


RULES = load_lexicon("indicators").rules


@pytest.mark.parametrize("clause,kind", [
    ("tốc độ tăng trưởng bình quân giai đoạn 2021 - 2023 đạt 9,4%/năm", "result"),
    ("năm 2024 tốc độ tăng trưởng 9,5%", "target"),
], ids=["past-period", "coming-year"])
def test_a_period_in_the_clause_against_the_time_of_writing(clause, kind):
    text = ("Huyện ủy sơ kết giữa nhiệm kỳ\nNgày 20/12/2023, Huyện ủy tổ chức hội nghị sơ kết. Nhiều ý kiến.\n"
            f"Theo báo cáo, {clause}. Đồng chí Bí thư phát biểu.")
    assert [r.kind for r in extract(text)] == [kind]


def test_the_paragraphs_first_sentence_gives_its_mode_to_later_sentences():
    text = ("KẾ HOẠCH\nNăm qua, các cấp Hội đã kết nạp 120 hội viên. Toàn huyện 45 mô hình kinh tế.\n"
            "Phấn đấu năm tới kết nạp 150 hội viên. Toàn huyện 60 mô hình kinh tế.")
    assert [r.kind for r in extract(text)] == ["result", "result", "target", "target"]


@pytest.mark.parametrize("text,kind", [
    ("KẾ HOẠCH\n- Các khu công nghiệp đã đi vào hoạt động, mục tiêu tỷ lệ phủ sóng 5G đến năm 2030 đạt 100%.", "target"),
    ("KẾ HOẠCH\n- Hưởng ứng phong trào, đoàn viên, người lao động đã đăng ký 1.500 sáng kiến.", "result"),
], ids=["aim-after-a-described-state", "reported-registration"])
def test_the_mode_word_of_the_values_own_phrase_decides(text, kind):
    assert [r.kind for r in extract(text)] == [kind]


def test_a_plans_present_state_takes_no_period_of_the_plan():
    text = ("ỦY BAN NHÂN DÂN TỈNH A\nNgày 20 tháng 11 năm 2025\nKẾ HOẠCH\nPhát triển mạng 5G giai đoạn 2026 - 2030\n"
            "I. THỰC TRẠNG\nHiện nay, tổng số trạm 5G đã đi vào hoạt động là 87 trạm.\nII. MỤC TIÊU\n"
            "- Phấn đấu 100% khu công nghiệp có sóng 5G.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", None), ("target", (2026, 2030))]


@pytest.mark.parametrize("word", KIND.reporting_documents, ids=str)
def test_a_reporting_document_follows_its_majority(word):
    text = (f"{word.upper()} CÔNG TÁC NĂM 2023\nNăm 2023, các cấp Hội đã kết nạp 120 hội viên; đã thành lập 12 tổ hợp tác; "
            "ra mắt 5 câu lạc bộ.")
    assert [r.kind for r in extract(text)] == ["result", "result", "result"]


@pytest.mark.parametrize("word", KIND.state_words, ids=str)
def test_what_a_body_has_is_its_state(word):
    text = f"Đại hội Hội Cựu chiến binh phường A\n\nHội Cựu chiến binh phường A {word} 591 hội viên sinh hoạt ở 12 chi hội."
    assert [r.kind for r in extract(text)][0] == "result"


@pytest.mark.parametrize("doc_type", KIND.setting_doc_types, ids=str)
def test_in_a_document_that_sets_aims_what_units_have_is_an_aim(doc_type, monkeypatch):
    monkeypatch.setattr(document_stage, "read_metadata", lambda text: Reading(Page(text), doc_type=doc_type))
    assert [r.kind for r in extract("Nội dung\n\n- Toàn bộ các xã có 70% hộ dùng nước sạch.")] == ["target"]


@pytest.mark.parametrize("verb", load_lexicon("exclusions").adoption_verbs, ids=str)
def test_the_figures_of_a_document_adopted_are_aims(verb):
    text = (f"Tin địa phương\n\nChiều 3/3, hội nghị đã dành thời gian thảo luận và {verb} Nghị quyết về phát triển "
            "kinh tế - xã hội 5 năm. Trong đó, nông nghiệp chiếm 45%, dịch vụ chiếm 35%.")
    assert [r.kind for r in extract(text)] == ["target", "target"]


@pytest.mark.parametrize("word", ["hằng năm", "hàng năm", "mỗi năm"], ids=str)
def test_recurrence_is_no_cue_the_document_decides(word):
    plan = extract(f"KẾ HOẠCH\n- {word.capitalize()} kết nạp 50 hội viên mới.")
    report = extract(f"Tin địa phương\n\nNhiệm kỳ qua, toàn Hội đã kết nạp 900 hội viên mới. Trung bình {word} "
                     "kết nạp được hơn 180 hội viên.")
    assert [r.kind for r in plan] == ["target"] and [r.kind for r in report] == ["result", "result"]
    assert word not in KIND.target


def test_what_units_have_with_a_bound_is_an_aim():
    assert [r.kind for r in extract("Hằng năm có 95% trở lên cơ sở Hội được xếp loại hoàn thành tốt nhiệm vụ.")] == ["target"]


@pytest.mark.parametrize("noun", KIND.met_counted, ids=str)
def test_targets_counted_as_met_are_a_result(noun):
    report = extract(f"Tin tức\n\nHuyện đạt 12/29 {noun} đề ra của Nghị quyết.")
    plan = extract(f"KẾ HOẠCH\n- Phấn đấu hoàn thành 29/29 {noun} của Nghị quyết.")
    assert [r.kind for r in report] == ["result"] and [r.kind for r in plan] == ["target"]


@pytest.mark.parametrize("opener", KIND.elaboration_openers, ids=str)
@pytest.mark.parametrize("summary,kind", [
    ("Năm 2023, các cấp đã lãnh đạo hoàn thành cơ bản các nhiệm vụ công tác năm.", "result"),
    ("Năm 2025, huyện phấn đấu hoàn thành các nhiệm vụ công tác năm.", "target"),
], ids=["a review", "a plan"])
def test_a_paragraph_that_spells_out_the_one_before_follows_its_mode(opener, summary, kind):
    text = f"Tin tức\n\n{summary} Tình hình ổn định.\n\n{opener.capitalize()}: tổng đàn gia súc gần 12.400 con."
    assert [r.kind for r in extract(text)] == [kind]


@pytest.mark.parametrize("noun", KIND.restated_aims, ids=str)
def test_the_aim_restated_in_brackets_is_a_target(noun):
    text = f"Tin tức\n\nTăng trưởng cả năm ước đạt 10,2%, vượt {noun} đặt ra (9%), đứng thứ 6 cả nước."
    assert [(r.value, r.kind) for r in extract(text)] == [(10.2, "result"), (9, "target")]


@pytest.mark.parametrize("text,kind", [
    ("Trồng rừng được 673/550 ha, đạt 122,5% kế hoạch.", "result"),
    ("Phấn đấu 20/20 xã đạt chuẩn nông thôn mới.", "target"),
], ids=["more than planned: done against plan", "a share of the whole: an aim"])
def test_a_pair_greater_than_its_whole_is_done_against_planned(text, kind):
    assert extract(text)[0].kind == kind


@pytest.mark.parametrize("cue", KIND.comparison_cues, ids=str)
def test_a_comparison_reports_unless_the_paragraph_sets_aims(cue):
    report = f"Tin tức\n\nNăm 2024, thu ngân sách tăng 12% {cue}. Tình hình ổn định."
    aims = (f"Tin tức\n\nUBND tỉnh đề ra 15 chỉ tiêu kinh tế - xã hội năm 2025. Trọng tâm là, GRDP tăng hơn 10%; "
            f"thu ngân sách nội địa tăng 10% {cue}.")
    assert [r.kind for r in extract(report)] == ["result"]
    assert [r.kind for r in extract(aims)] == ["target", "target"]


@pytest.mark.parametrize("base", ["nghị quyết đề ra", "kế hoạch đề ra"], ids=str)
def test_an_aim_named_as_the_base_of_a_comparison_is_no_cue(base):
    assert [r.kind for r in extract(f"Tin tức\n\nThu ngân sách 6 tháng đạt 51,8% so với {base}.")] == ["result"]


def test_a_text_with_no_title_reports_when_its_first_sentence_says_so():
    text = ("Với sự quyết tâm của cả hệ thống chính trị, việc thực hiện nhiệm vụ trong 6 tháng đầu năm 2024 đã đạt được "
            "những kết quả tích cực. Kinh tế tiếp tục phục hồi, tổng thu ngân sách đạt 832 tỷ đồng.\n\n"
            "Ngành du lịch phát triển sôi động, huyện đón trên 170.000 lượt khách.")
    assert document_stage_context(text).reporting
    assert [r.kind for r in extract(text)] == ["result", "result"]


def document_stage_context(text):
    from pipeline.extract import run
    return run(text, until="document").document


def test_a_comparison_with_an_aims_bound_is_a_target():
    text = "Tin tức\n\nThu ngân sách trên địa bàn tăng bình quân 6%/năm trở lên so với kế hoạch được giao."
    assert [r.kind for r in extract(text)] == ["target"]


@pytest.mark.parametrize("phrase", KIND.aims_set_phrases, ids=str)
def test_aims_set_in_the_past_tense_are_aims(phrase):
    text = f"Tin tức\n\nĐại hội {phrase} các chỉ tiêu chủ yếu, cụ thể:\n- Tốc độ tăng trưởng GRDP bình quân đạt 7 - 8%."
    assert [r.kind for r in extract(text)] == ["target"]


def test_the_clause_that_opens_a_list_by_setting_aims_outranks_a_siblings_cue():
    text = ("Tin tức\n\nĐại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thu ngân sách tăng "
            "bình quân hằng năm 5-10%; đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,3%; "
            "hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên.")
    assert [r.kind for r in extract(text)] == ["target", "target", "target"]


@pytest.mark.parametrize("phrase", KIND.not_target_phrases, ids=str)
def test_hardship_faced_is_no_aim(phrase):
    text = (f"Tin tức\n\nNhiệm kỳ qua, mặc dù {phrase} nhiều khó khăn nhưng tỉnh đã hoàn thành 16 trong số 20 chỉ tiêu. "
            "Tốc độ tăng trưởng kinh tế bình quân đạt 6,1%/năm.")
    assert [r.kind for r in extract(text)] == ["result"]


@pytest.mark.parametrize("text,kinds", [
    ("Dự thảo báo cáo nêu rõ phương hướng, mục tiêu năm 2026 và những kết quả huyện đã đạt được năm 2025 như: "
     "tổng giá trị sản xuất 5.100 tỷ đồng; sản lượng lúa 62.000 tấn.", ["result", "result"]),
    ("Báo cáo đánh giá kết quả đạt được năm 2025 và đề ra các mục tiêu năm 2026 như sau: "
     "tổng giá trị sản xuất 5.600 tỷ đồng; sản lượng lúa 63.000 tấn.", ["target", "target"]),
], ids=["results named last", "aims named last"])
def test_the_words_that_close_a_lead_in_give_its_list_its_mode(text, kinds):
    assert [r.kind for r in extract(text)] == kinds
