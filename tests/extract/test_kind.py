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


@pytest.mark.parametrize("word", KIND.weak_target, ids=str)
def test_a_duty_word_after_deeds_with_no_cue_in_a_report_tells_a_deed(word):
    text = ("Đại hội đại biểu Hội Nông dân huyện A nhiệm kỳ 2028 - 2033\n\nNhiệm kỳ 2023 - 2028, các cấp hội đã "
            "kết nạp 6.200 hội viên mới.\n\nHội nông dân các cấp phối hợp tổ chức 160 lớp dạy nghề cho 5.800 lao động; "
            f"{word} 25 tổ hội nghề nghiệp hoạt động hiệu quả.")
    assert [r.kind for r in extract(text)] == ["result"] * 4


@pytest.mark.parametrize("cue", KIND.target, ids=str)
def test_every_target_cue_beats_a_reporting_document(cue):
    text = f"Năm qua đã có 50 hội viên. Đến nay đã có 60 hội viên. Hội Nông dân {cue} 353 hội viên mới."
    assert one(text, 353).kind == "target"


@pytest.mark.parametrize("cue", KIND.target_before_value, ids=str)
def test_a_cue_of_aims_only_before_the_value(cue):
    text = f"Năm qua đã có 50 hội viên. Đến nay đã có 60 hội viên. Hội Nông dân {cue} 353 hội viên mới."
    assert one(text, 353).kind == "target"
    # after it, the cue is what was counted: in a review, a count of what was done
    report = (f"Xã E sơ kết\n\nNgày 9/7/2030, UBND xã E sơ kết 6 tháng đầu năm.\n\n6 tháng đầu năm, toàn xã đã "
              f"có 95% hộ tham gia tổ tự quản; 8/8 thôn và 5 trường học {cue} mô hình an toàn giao thông.")
    assert [r.kind for r in extract(report)] == ["result"] * 3


@pytest.mark.parametrize("word", KIND.budget, ids=str)
def test_every_budget_word(word):
    assert one(f"{word.capitalize()} thực hiện: 500 triệu đồng.").kind == "budget"


def test_a_budget_name_that_overlaps_a_shorter_one_is_a_budget():
    # "nguồn vốn đầu tư phát triển" holds "nguồn vốn" and "vốn đầu tư phát triển": funding, not investment measured
    assert one("Cụ thể, nguồn vốn đầu tư phát triển 4 tỷ đồng được cấp cho các xã.").kind == "budget"


def test_the_specific_targets_of_a_programme_told_in_a_news_report_are_aims():
    text = ("Ngày 5/9, Huyện ủy B khai mạc hội nghị triển khai chương trình hành động nhiệm kỳ 2030 - 2035.\n\n"
            "Chương trình gồm 4 nhóm giải pháp. Một số chỉ tiêu cụ thể như: thu ngân sách hằng năm tăng 9%; "
            "giải quyết việc làm cho 1.500 lao động.")
    assert [r.kind for r in extract(text)] == ["target", "target"]


@pytest.mark.parametrize("word", KIND.not_budget, ids=str)
def test_measured_money_is_not_a_budget(word):
    assert one(f"Kinh phí: {word} đạt 500 triệu đồng.").kind != "budget"


@pytest.mark.parametrize("word", ["vốn đầu tư trực tiếp nước ngoài", "vốn đăng ký", "vốn đầu tư toàn xã hội"], ids=str)
def test_money_named_right_after_its_amount_is_measured_not_funding(word):
    text = f"Năm 2031, tỉnh đặt mục tiêu GRDP tăng 8%; thu hút thêm 600 triệu USD {word}."
    assert [r.kind for r in extract(text)] == ["target", "target"]


@pytest.mark.parametrize("noun", KIND.registered_nouns, ids=str)
def test_a_registered_thing_is_no_pledge(noun):
    text = (f"Sơ kết 6 tháng đầu năm 2031\n\nTính từ đầu năm đến ngày 15/6, toàn tỉnh thu hút 58 dự án. "
            f"So với cùng kỳ, số {noun} đăng ký đầu tư tăng 41,6%.")
    assert [r.kind for r in extract(text)] == ["result", "result"]


@pytest.mark.parametrize("word", KIND.result_counted, ids=str)
def test_percent_of_a_plan_is_a_result(word):
    assert one(f"Kết nạp hội viên đạt 117,5% {word}.").kind == "result"


RULES = load_lexicon("indicators").rules


@pytest.mark.parametrize("clause,kind", [
    ("sản lượng hàng hóa giai đoạn 2021 - 2023 tăng bình quân 8,7%/năm", "result"),
    ("năm 2024 giá trị sản xuất tăng 9%", "target"),
], ids=["past-period", "coming-year"])
def test_a_period_in_the_clause_against_the_time_of_writing(clause, kind):
    text = ("Huyện ủy đánh giá nửa nhiệm kỳ\nNgày 27/12/2023, Huyện ủy tổ chức hội nghị sơ kết. Nhiều ý kiến.\n"
            f"Theo báo cáo, {clause}. Đồng chí Bí thư phát biểu.")
    assert [r.kind for r in extract(text)] == [kind]


def test_the_paragraphs_first_sentence_gives_its_mode_to_later_sentences():
    text = ("KẾ HOẠCH\nNăm qua, các cấp Hội đã kết nạp 120 hội viên. Toàn huyện 45 mô hình kinh tế.\n"
            "Phấn đấu năm tới kết nạp 150 hội viên. Toàn huyện 60 mô hình kinh tế.")
    assert [r.kind for r in extract(text)] == ["result", "result", "target", "target"]


@pytest.mark.parametrize("text,kind", [
    ("KẾ HOẠCH\n- Các khu công nghiệp đã đi vào hoạt động, mục tiêu tỷ lệ phủ sóng 5G đến năm 2030 đạt 100%.", "target"),
    ("KẾ HOẠCH\n- Hưởng ứng thi đua, công nhân, viên chức đã đăng ký 2.300 đề tài cải tiến.", "result"),
], ids=["aim-after-a-described-state", "reported-registration"])
def test_the_mode_word_of_the_values_own_phrase_decides(text, kind):
    assert [r.kind for r in extract(text)] == [kind]


def test_a_plans_present_state_takes_no_period_of_the_plan():
    text = ("ỦY BAN NHÂN DÂN TỈNH A\nNgày 20 tháng 11 năm 2025\nKẾ HOẠCH\nPhát triển mạng 5G giai đoạn 2026 - 2030\n"
            "I. THỰC TRẠNG\nHiện nay, số trạm 5G đã lắp đặt và phát sóng là 64 trạm.\nII. MỤC TIÊU\n"
            "- Phấn đấu 100% khu công nghiệp có sóng 5G.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", None), ("target", (2026, 2030))]


@pytest.mark.parametrize("word", KIND.reporting_documents, ids=str)
def test_a_reporting_document_follows_its_majority(word):
    text = (f"{word.upper()} CÔNG TÁC NĂM 2023\nNăm 2023, các cấp Hội đã kết nạp 120 hội viên; đã thành lập 12 tổ hợp tác; "
            "ra mắt 5 câu lạc bộ.")
    assert [r.kind for r in extract(text)] == ["result", "result", "result"]


@pytest.mark.parametrize("word", KIND.telling_words, ids=str)
def test_news_told_of_an_adopted_document_is_no_report(word):
    lead = "Ngày 20-12, phóng viên {} Tỉnh ủy B vừa ban hành nghị quyết nhiệm vụ năm 2031."
    body = "\n\nTỉnh B đã trồng 120 ha rừng.\n\nThu ngân sách trên 6.200 tỉ đồng.\n\nTỉ lệ hộ nghèo giảm 1,5%."
    assert [r.kind for r in extract(lead.format(word) + body)][-2:] == ["target", "target"]
    # (told of a review, it reports)
    told = "Ngày 20-12, phóng viên {} Tỉnh ủy B vừa tổng kết năm 2030."
    assert [r.kind for r in extract(told.format(word) + body)][-2:] == ["result", "result"]


def test_a_photo_caption_is_not_the_lead_that_tells_the_event():
    text = ("Ngày 20-12, Tỉnh ủy B vừa ban hành nghị quyết nhiệm vụ năm 2031.\n\n"
            "Các đại biểu dự kỳ họp thứ 9 của HĐND tỉnh B khóa XI. Ảnh: T.H\n\n"
            "Tỉnh B đã trồng 120 ha rừng.\n\nThu ngân sách trên 6.200 tỉ đồng.\n\nTỉ lệ hộ nghèo giảm 1,5%.")
    assert [r.kind for r in extract(text)][-2:] == ["target", "target"]


@pytest.mark.parametrize("opener", ["Trong đó,", "Cụ thể,", "Cụ thể:"], ids=str)
def test_a_sentence_that_spells_out_the_aims_just_set_aims(opener):
    text = (f"Tin tức\n\nTỉnh ủy B xác định 12 chỉ tiêu chủ yếu cho năm tới. {opener} tổng sản phẩm ước đạt 61.000 tỉ đồng; "
            "tăng trưởng kinh tế 6 - 6,5%.")
    assert [r.kind for r in extract(text)][-2:] == ["target", "target"]


def test_a_sentence_that_spells_out_results_keeps_them_results():
    text = "Tin tức\n\nNăm 2030, tỉnh đạt 12/14 chỉ tiêu. Trong đó, tổng sản phẩm ước đạt 61.000 tỉ đồng."
    assert [r.kind for r in extract(text)] == ["result", "result"]
    # (a word of duty in the spelled-out sentence does not make its figures aims)
    text = ("Tình hình kinh tế - xã hội năm 2030 và kế hoạch kinh tế - xã hội năm 2031 của xã A\n\n"
            "Thứ năm - 09/01/2031 16:05\nNăm 2030, nhờ sự chung sức của cả hệ thống chính trị, xã đã đạt nhiều kết quả "
            "nổi bật. Trong đó thu ngân sách xã đạt 131,5%, vận động xây dựng 4 căn nhà đại đoàn kết, việc chăm lo "
            "gia đình chính sách luôn được bảo đảm.")
    assert [r.kind for r in extract(text)] == ["result", "result"]


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
    text = (f"Tin địa phương\n\nSáng 11/4, kỳ họp đã dành nhiều thời gian bàn bạc và {verb} Nghị quyết về phát triển "
            "du lịch 5 năm. Riêng khách quốc tế chiếm 30%, khách nội địa chiếm 70%.")
    assert [r.kind for r in extract(text)] == ["target", "target"]


@pytest.mark.parametrize("word", ["hằng năm", "hàng năm", "mỗi năm"], ids=str)
def test_recurrence_is_no_cue_the_document_decides(word):
    plan = extract(f"KẾ HOẠCH\n- {word.capitalize()} kết nạp 50 hội viên mới.")
    report = extract(f"Tin địa phương\n\nNhiệm kỳ qua, toàn Hội đã kết nạp 900 hội viên mới. Trung bình {word} "
                     "kết nạp được hơn 180 hội viên.")
    assert [r.kind for r in plan] == ["target"] and [r.kind for r in report] == ["result", "result"]
    assert word not in KIND.target


def test_what_units_have_with_a_bound_is_an_aim():
    assert [r.kind for r in extract("Hằng năm có 92% trở lên chi hội đạt mức hoàn thành tốt nhiệm vụ.")] == ["target"]


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
    text = f"Tin tức\n\n{summary} Tình hình ổn định.\n\n{opener.capitalize()}: diện tích cây ăn quả gần 3.600 ha."
    assert [r.kind for r in extract(text)] == [kind]


@pytest.mark.parametrize("noun", KIND.restated_aims, ids=str)
def test_the_aim_restated_in_brackets_is_a_target(noun):
    text = f"Tin tức\n\nTăng trưởng cả năm ước đạt 8,7%, vượt {noun} đặt ra (8%), dẫn đầu khu vực."
    assert [(r.value, r.kind) for r in extract(text)] == [(8.7, "result"), (8, "target")]


@pytest.mark.parametrize("noun", KIND.restated_aims, ids=str)
def test_the_aim_restated_in_brackets_after_its_owner_is_a_target(noun):
    text = f"Tin tức\n\nTỷ lệ hộ nghèo năm 2024 ước giảm 2,4%, đạt {noun} của Đề án do tỉnh giao (trên 2%)."
    assert [(r.value, r.kind) for r in extract(text)] == [(2.4, "result"), (2, "target")]


@pytest.mark.parametrize("text,kind", [
    ("Trồng rừng được 673/550 ha, đạt 122,5% kế hoạch.", "result"),
    ("Phấn đấu 20/20 xã đạt chuẩn nông thôn mới.", "target"),
], ids=["more than planned: done against plan", "a share of the whole: an aim"])
def test_a_pair_greater_than_its_whole_is_done_against_planned(text, kind):
    assert extract(text)[0].kind == kind


@pytest.mark.parametrize("cue", KIND.comparison_cues, ids=str)
def test_a_comparison_reports_unless_the_paragraph_sets_aims(cue):
    report = f"Tin tức\n\nNăm 2024, thu ngân sách tăng 12% {cue}. Tình hình ổn định."
    aims = (f"Tin tức\n\nHĐND tỉnh đề ra các chỉ tiêu phát triển năm 2026. Đáng chú ý, GRDP tăng trên 9%; "
            f"thu nội địa tăng 8% {cue}.")
    assert [r.kind for r in extract(report)] == ["result"]
    assert [r.kind for r in extract(aims)] == ["target", "target"]


@pytest.mark.parametrize("base", ["nghị quyết đề ra", "kế hoạch đề ra"], ids=str)
def test_an_aim_named_as_the_base_of_a_comparison_is_no_cue(base):
    assert [r.kind for r in extract(f"Tin tức\n\nThu ngân sách 6 tháng đạt 47,3% so với {base}.")] == ["result"]


def test_a_text_with_no_title_reports_when_its_first_sentence_says_so():
    text = ("Nhờ sự chung tay của các cấp, các ngành, nhiệm vụ quý I năm 2024 đã đạt được "
            "nhiều kết quả nổi bật. Sản xuất ổn định, thu ngân sách đạt 415 tỷ đồng.\n\n"
            "Hoạt động thương mại sôi nổi, doanh thu bán lẻ trên 2.100 tỷ đồng.")
    assert document_stage_context(text).reporting
    assert [r.kind for r in extract(text)] == ["result", "result"]


def document_stage_context(text):
    from pipeline.extract import run
    return run(text, until="document").document


def test_a_comparison_with_an_aims_bound_is_a_target():
    text = "Tin tức\n\nGiá trị xuất khẩu tăng bình quân 7%/năm trở lên so với chỉ tiêu tỉnh giao."
    assert [r.kind for r in extract(text)] == ["target"]


@pytest.mark.parametrize("phrase", KIND.aims_set_phrases, ids=str)
def test_aims_set_in_the_past_tense_are_aims(phrase):
    text = f"Tin tức\n\nĐại hội {phrase} những chỉ tiêu chính như sau:\n- Tỷ lệ che phủ rừng đạt 55 - 56%."
    assert [r.kind for r in extract(text)] == ["target"]


def test_the_clause_that_opens_a_list_by_setting_aims_outranks_a_siblings_cue():
    text = ("Tin tức\n\nĐại hội thông qua nghị quyết của nhiệm kỳ với những chỉ tiêu quan trọng như giá trị sản xuất tăng "
            "bình quân hằng năm 6-8%; đạt và vượt chỉ tiêu giảm nghèo; giảm tỷ lệ sinh con thứ ba 0,5%; "
            "thôn đạt chuẩn văn hóa 90% trở lên.")
    assert [r.kind for r in extract(text)] == ["target", "target", "target"]


@pytest.mark.parametrize("words", KIND.coming_time, ids=str)
def test_the_coming_time_after_a_past_frame_makes_the_figures_aims_and_a_part_follows_its_whole(words):
    text = ("Đại hội Hội Cựu chiến binh xã Tân Lập lần thứ VII\n\nNhiệm kỳ qua, Hội đã kết nạp 45 hội viên mới. "
            f"Sau khi nhìn lại kết quả nhiệm kỳ qua, Đại hội đề ra 9 chỉ tiêu, phấn đấu trong {words} "
            "95% tổ hội xếp loại khá, trong đó 60% trở lên xếp loại tốt.")
    assert [(r.value, r.kind) for r in extract(text)] == [(45, "result"), (95, "target"), (60, "target")]


@pytest.mark.parametrize("name", KIND.programme_names, ids=str)
def test_an_aim_word_in_a_programmes_name_is_no_aim(name):
    report = (f"10/04/2024 09:00\n(Tin) {name.capitalize()} giảm nghèo bền vững cho các huyện miền núi giai đoạn "
              "2021-2025 đã qua nửa chặng đường. Theo số liệu rà soát, cuối năm 2023, cả tỉnh còn 7.300 hộ nghèo, chiếm 2,6%.")
    # (nor does it lend the programme's period to the year's results)
    assert [(r.kind, r.period) for r in extract(report)] == [("result", (2023, 2023))] * 2
    # (and the name masked is no comparison either: the plan's aim stays an aim)
    plan = (f"Theo Kế hoạch số 12/KH-UBND về thực hiện {name} giảm nghèo năm 2026 mới ban hành, UBND tỉnh "
            "yêu cầu các huyện giảm 2% số hộ nghèo trong năm nay.")
    assert [r.kind for r in extract(plan)] == ["target"]


@pytest.mark.parametrize("phrase", KIND.not_target_phrases, ids=str)
def test_hardship_faced_is_no_aim(phrase):
    text = (f"Tin tức\n\nNhiệm kỳ qua, mặc dù {phrase} nhiều khó khăn nhưng huyện đã hoàn thành phần lớn chỉ tiêu. "
            "Kinh tế tăng trưởng bình quân 7,2%/năm.")
    assert [r.kind for r in extract(text)] == ["result"]


@pytest.mark.parametrize("text,kinds", [
    ("Dự thảo báo cáo nêu rõ phương hướng, mục tiêu năm 2026 và những kết quả huyện đã đạt được năm 2025 như: "
     "tổng giá trị sản xuất 5.100 tỷ đồng; sản lượng lúa 62.000 tấn.", ["result", "result"]),
    ("Báo cáo đánh giá kết quả đạt được năm 2025 và đề ra các mục tiêu năm 2026 như sau: "
     "tổng giá trị sản xuất 5.600 tỷ đồng; sản lượng lúa 63.000 tấn.", ["target", "target"]),
], ids=["results named last", "aims named last"])
def test_the_words_that_close_a_lead_in_give_its_list_its_mode(text, kinds):
    assert [r.kind for r in extract(text)] == kinds


@pytest.mark.parametrize("text,kinds", [
    ("Các chỉ tiêu chủ yếu:\n- Công tác tuyển quân hằng năm đạt 100% chỉ tiêu giao.", ["target"]),
    ("Phấn đấu vận động quỹ đạt 100% chỉ tiêu giao.", ["target"]),
    ("Thu ngân sách năm 2025 ước đạt 5.100 tỷ đồng, bằng 104% dự toán.", ["result", "result"]),
    ("Số lao động có việc làm mới đạt 115% kế hoạch đề ra của thị xã và đạt 96% kế hoạch tỉnh giao.", ["result", "result"]),
], ids=["a yearly quota in a list of aims", "a quota aimed at", "a share of the estimate reached",
        "the base of the value before is no aim"])
def test_a_share_of_a_quota_is_reached_unless_aimed_at(text, kinds):
    assert [r.kind for r in extract(text)] == kinds


@pytest.mark.parametrize("words", KIND.met_after, ids=str)
def test_words_after_a_value_that_say_it_met_its_aim_make_it_a_result(words):
    text = "Tin tức\n\nTỷ lệ hộ nghèo toàn huyện còn 3,1%{}."
    assert [r.kind for r in extract(text.format(f", {words} tỉnh giao"))] == ["result"]
    assert [r.kind for r in extract(text.format(""))] == ["target"]  # (the words, not the rest, make it a result)


@pytest.mark.parametrize("words", KIND.targets_judged, ids=str)
def test_a_count_of_targets_judged_right_after_reports_results(words):
    text = "Tin tức\n\nSau hai năm thực hiện, huyện còn 03 chỉ tiêu chủ yếu {}."
    assert [r.kind for r in extract(text.format(words))] == ["result"]


def test_a_count_of_other_things_judged_is_not_made_a_result_by_the_judgment():
    assert [r.kind for r in extract("Tin tức\n\nPhấn đấu hỗ trợ 30 hộ chưa đạt chuẩn nghèo đa chiều.")] == ["target"]


def test_another_deed_after_a_comma_says_nothing_of_the_value_before():
    text = "Phấn đấu tỷ lệ hộ nghèo còn 2%, hoàn thành kế hoạch sửa chữa trường học."
    assert [r.kind for r in extract(text)] == ["target"]


@pytest.mark.parametrize("words", KIND.present_bases, ids=str)
def test_the_present_as_a_comparisons_base_reports_nothing(words):
    text = ("Tin tức\n\nĐại hội Đảng bộ huyện Minh Hòa lần thứ XXI đã khai mạc.\n\n"
            f"Đại hội thống nhất đặt mục tiêu: giá trị sản xuất tăng trên 9% mỗi năm, thu nhập người dân {words}.")
    assert [r.kind for r in extract(text)] == ["target"]


@pytest.mark.parametrize("words", KIND.measured_aims, ids=str)
def test_the_aim_a_share_measures_against_is_no_aim_of_the_clause(words):
    text = ("KẾ HOẠCH\nChuyển đổi số năm 2025\nI. ĐÁNH GIÁ VIỆC THỰC HIỆN NHIỆM VỤ NĂM 2024\n"
            f"1. Về nền tảng số: 9/12 phần mềm dùng chung được triển khai vận hành, đạt 75% {words}.")
    assert [r.kind for r in extract(text)] == ["result", "result"]


@pytest.mark.parametrize("text,expected", [
    ("Cập nhật lúc: 15:10 |12/04/2020\nĐến hết năm 2019, tỷ lệ hộ nông thôn dùng nước hợp vệ sinh đạt 97,4%.",
     [("result", (2019, 2019), None)]),
    ("Tin tức\n\nNgày 3/10/2025, Đại hội đại biểu Đảng bộ huyện Minh Hòa lần thứ XXV, nhiệm kỳ 2025-2030 khai mạc.\n\n"
     "Trong nhiệm kỳ vừa qua, huyện đã giữ mức tăng trưởng bình quân 7,1%/năm. Sản lượng lúa đến năm 2025 đạt "
     "84.000 tấn.", [("result", None, None), ("result", (2025, 2025), None)]),
], ids=["deadline-before-writing", "deadline-of-the-past-term"])
def test_a_deadline_already_reached_when_written_is_when_a_result_was_measured(text, expected):
    assert [(r.kind, r.period, r.deadline_year) for r in extract(text)] == expected


@pytest.mark.parametrize("word", KIND.restated_aims, ids=str)
def test_an_aim_named_inside_the_brackets_after_a_result_is_an_aim(word):
    text = f"Tin tức\n\nTheo đó, dự ước sản lượng thủy sản giai đoạn 2016 - 2020 tăng bình quân 5,8%/năm ({word} Nghị quyết là 7-7,5%/năm)."
    assert [r.kind for r in extract(text)] == ["result", "target"]


@pytest.mark.parametrize("marker", KIND.base_markers, ids=str)
def test_an_aim_after_a_base_marker_makes_the_report_no_aim(marker):
    text = f"Tin tức\n\nNăm 2023, tỷ lệ trẻ em được tiêm chủng đạt 96%, cao hơn 1% {marker} chỉ tiêu đề ra tại Nghị quyết của HĐND tỉnh."
    assert [(r.kind, r.org) for r in extract(text)] == [("result", None), ("result", None)]


def test_an_aim_restated_after_its_documents_number_and_date_is_a_target():
    text = "Tỷ lệ che phủ rừng năm 2023 đạt 58,2%, vượt mục tiêu giao tại Nghị quyết số 12-NQ/HĐND ngày 9/12/2022 (58%)."
    assert [r.kind for r in extract(text)] == ["result", "target"]


@pytest.mark.parametrize("phrase", ["kế hoạch vốn đầu tư công", "vốn đầu tư công"], ids=str)
def test_public_investment_allotted_is_a_budget_though_it_names_investment(phrase):
    assert one(f"{phrase.capitalize()} năm 2025 được giao là 1.250 tỷ đồng.").kind == "budget"


@pytest.mark.parametrize("phrase", KIND.referring_aims, ids=str)
def test_a_sentence_pointing_back_to_an_aim_gives_its_grounds_as_they_stand(phrase):
    text = (f"Đại hội Hội Nông dân xã Y nhiệm kỳ 2023-2028\n\nĐại hội đặt ra mục tiêu mỗi năm giảm 0,5% hộ hội viên nghèo. "
            f"{phrase.capitalize()} có cơ sở thực hiện do toàn xã có 42 trang trại.")
    assert [r.kind for r in extract(text)] == ["target", "result"]


@pytest.mark.parametrize("phrase", KIND.grounds_named, ids=str)
def test_achievements_named_as_the_ground_of_aims_report_nothing(phrase):
    text = f"{phrase.capitalize()}, năm 2025 Hội phấn đấu có 40% hộ hội viên đăng ký, 20% trở lên số hộ đạt danh hiệu."
    assert [r.kind for r in extract(text)] == ["target", "target"]


def test_a_result_word_running_into_an_aims_word_is_no_result():
    text = "Theo đó, số người cần vận động được giao cho từng xã gồm: lao động tự do trên 1.200 người; học sinh 3.400 người."
    assert [r.kind for r in extract(text)] == ["target", "target"]


def test_a_share_of_a_quota_with_a_bound_is_an_aim():
    assert one("2. Về kinh tế:\n- Thu ngân sách xã đạt 100% chỉ tiêu trở lên.").kind == "target"


def test_an_aims_word_inside_a_longer_word_of_report_reports():
    # "duy trì" sets an aim; "duy trì được" says it was done
    assert [r.kind for r in extract("Các cấp hội duy trì được 36 câu lạc bộ nông dân.")] == ["result"]
    assert [r.kind for r in extract("Hằng năm duy trì 95% chi hội hoạt động thường xuyên.")] == ["target"]


@pytest.mark.parametrize("text,kind", [
    ("Hiện toàn tỉnh có 145 xã (72%) đạt chuẩn nông thôn mới.", "result"),
    ("Phấn đấu đến năm 2030 có 180 xã (90%) đạt chuẩn nông thôn mới.", "target"),
], ids=["reported", "aimed"])
def test_a_share_in_brackets_after_a_count_restates_it(text, kind):
    assert [r.kind for r in extract(text)] == [kind, kind]


@pytest.mark.parametrize("word", KIND.reach_words, ids=str)
def test_a_word_of_reaching_after_an_aims_word_is_aimed(word):
    text = f"Theo kế hoạch, phấn đấu đến năm 2028, ngành nông nghiệp sẽ {word} các chỉ tiêu sau: giá trị sản xuất đạt 2.000 tỷ đồng."
    assert [r.kind for r in extract(text)] == ["target"]
    assert [r.kind for r in extract(f"Năm 2023, ngành du lịch đã {word} 1.200.000 lượt khách.")] == ["result"]


def test_the_money_of_a_plan_of_funds_adopted_is_a_budget():
    text = "Chiều 3/7, HĐND huyện đã nhất trí thông qua kế hoạch vốn của chương trình năm 2027, tổng cộng 96.500 triệu đồng."
    assert [r.kind for r in extract(text)] == ["budget"]


@pytest.mark.parametrize("phrase", KIND.descriptive_phrases, ids=str)
def test_a_phrase_describing_what_is_counted_is_no_cue_of_report(phrase):
    text = f"Phấn đấu đến năm 2028:\n- Thu hút 4.000 lao động, trong đó có 65% sản phẩm, lao động {phrase}."
    assert [r.kind for r in extract(text)] == ["target", "target"]


@pytest.mark.parametrize("text,expected", [
    (" date 2019-05\nĐề án đặt mục tiêu xây thêm phòng học và bếp ăn bán trú cho các điểm trường. Đến năm 2016, có 100% trẻ "
     "học hai buổi mỗi ngày.", [("target", 2016)]),
    (" date 2019-05\nĐề án đặt mục tiêu xây thêm phòng học và bếp ăn bán trú cho các điểm trường vùng cao.\n\nVề nhân lực, đến năm 2017 có "
     "60% cô nuôi được bồi dưỡng.", [("target", 2017)]),
], ids=["a-later-sentence-of-the-aims-paragraph", "a-later-paragraph-of-a-report-on-aims"])
def test_a_deadline_past_when_the_page_was_dated_is_still_an_aim_after_aims_are_stated(text, expected):
    assert [(r.kind, r.deadline_year) for r in extract(text)] == expected


@pytest.mark.parametrize("word", KIND.result_right_before_value, ids=str)
@pytest.mark.parametrize("text,kind", [
    ("Triển khai xây dựng {w} 68 công trình thanh niên.", "result"),
    ("Quỹ đã trao {w} hơn 300 suất học bổng.", "result"),
    ("Phấn đấu xây dựng {w} 5 mô hình.", "target"),
    ("Hội nhất trí phấn đấu hoàn thành các nhiệm vụ dưới đây. Mỗi năm thu hút {w} 85% người đủ điều kiện vào Hội.", "target"),
], ids=["a-deed-done", "with-a-loose-bound", "an-aim-word-before-it-rules", "after-a-sentence-of-aims"])
def test_a_deed_done_right_before_the_value(word, text, kind):
    assert extract(text.format(w=word))[-1].kind == kind


def test_a_figure_in_brackets_after_the_value_does_not_set_its_mode():
    text = ("Hội nghị biểu quyết các con số phấn đấu như sau: đến cuối nhiệm kỳ cả ngành có "
            "52.000 hội viên (hiện có khoảng 47.000).")
    assert [r.kind for r in extract(text)] == ["target", "result"]


@pytest.mark.parametrize("word", load_lexicon("exclusions").purpose_words, ids=str)
def test_a_deeds_word_after_a_word_of_purpose_aims(word):
    text = f"{word.capitalize()} đạt được con số 900 nghìn lượt du khách năm 2030, huyện mở thêm tuyến tham quan."
    assert extract(text)[0].kind == "target"


@pytest.mark.parametrize("word", KIND.achieved_share_words, ids=str)
@pytest.mark.parametrize("share", ["70,83%", "110%", "60%"], ids=["a-fraction", "above-the-whole", "round"])
def test_a_figure_and_the_share_of_its_aim_right_after_it_report(word, share):
    text = f"Chi bộ thôn Đông kết nạp 17 người vào Đảng, {word} {share}."
    assert [r.kind for r in extract(text)] == ["result", "result"]


def test_a_share_of_a_quota_above_the_whole_is_reached_even_under_a_lead_in_of_aims():
    text = ("Có 3 đơn vị hoàn thành trên 60% chỉ tiêu được giao, gồm: Đảng bộ Khối cơ quan "
            "kết nạp 33 quần chúng ưu tú, đạt 110% chỉ tiêu được giao; Đảng bộ xã B kết nạp 17 người, đạt 70,83%.")
    assert [r.kind for r in extract(text)][1:] == ["result"] * 5


@pytest.mark.parametrize("heading,kind", [
    ("I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2030", "result"),
    ("II. NHIỆM VỤ, GIẢI PHÁP NĂM 2031", "target"),
], ids=["a heading of report", "a heading of aims"])
def test_a_word_of_duty_far_from_the_value_yields_to_a_heading_of_report(heading, kind):
    text = (f"KẾ HOẠCH\nchuyển đổi số năm 2031\n\n{heading}\n\n1. Về hạ tầng: mạng viễn thông bảo đảm hoạt động "
            "ổn định, thông suốt, 100% thôn có sóng di động 4G.")
    assert [r.kind for r in extract(text)] == [kind]


@pytest.mark.parametrize("opening", ["từ đầu nhiệm kỳ đến nay", "từ đầu nhiệm kỳ đến thời điểm này"], ids=str)
def test_an_aims_word_that_runs_into_a_word_of_report_is_that_one(opening):
    # ("nhiệm kỳ đến" names the coming term; "đến nay" the time up to now)
    text = f"Tin tức\n\nĐảng bộ có 9 chi bộ, {opening} đã kết nạp được 10 đảng viên."
    assert [r.kind for r in extract(text)] == ["result", "result"]


@pytest.mark.parametrize("word", load_lexicon("time").review_words, ids=str)
def test_a_council_session_that_reviews_a_year_reports_it_whatever_the_councils_term(word):
    text = (f"Ngày 16/12, HĐND huyện A nhiệm kỳ 2026-2031 tổ chức kỳ họp thứ 9 nhằm {word} thực hiện kế hoạch "
            "kinh tế - xã hội năm 2029 và bàn nhiệm vụ năm 2030.\n\n"
            "Năm 2029, phần lớn chỉ tiêu tăng khá so với năm 2028. Cụ thể, thu ngân sách đạt 127%; giải ngân "
            "vốn đầu tư công đạt 84,6%. Cả huyện có 47 sản phẩm OCOP.")
    assert [r.kind for r in extract(text)] == ["result", "result", "result"]



@pytest.mark.parametrize("word", KIND.telling_words, ids=str)
def test_the_words_before_a_telling_verb_are_the_tellers_not_the_figures(word):
    text = ("Ngày 12-1, tại hội nghị tổng kết năm 2030, triển khai phương hướng nhiệm vụ năm 2031, "
            f"Liên đoàn Lao động huyện A {word}, năm 2030, Công đoàn quan tâm thăm hỏi, hỗ trợ cho 1.250 đoàn viên khó khăn.")
    assert [r.kind for r in extract(text)] == ["result"]


@pytest.mark.parametrize("word", ["tính đến", "tính đến hết"], ids=str)
def test_a_deadline_word_inside_the_time_a_figure_was_measured_up_to_sets_no_aim(word):
    text = (f"Theo Sở Y tế, {word} năm 2030, tỷ lệ người dân có thẻ bảo hiểm y tế ước đạt 94,3%, vượt mục tiêu "
            "đề ra; số giường bệnh đạt 31 giường/10.000 dân.\n\nNhiệm kỳ 2026-2030, các chỉ tiêu của ngành đều đạt.")
    assert [r.kind for r in extract(text)][:2] == ["result", "result"]


@pytest.mark.parametrize("text", [
    "SƠ KẾT CÔNG TÁC HỘI NĂM 2031\nTrong đó, thành lập 9 chi hội nghề nghiệp với 214 hội viên; 3 tổ hợp tác.",
    "Toàn huyện có 12/12 chi hội xếp loại vững mạnh; hội viên được vay trên 4 tỷ đồng từ nguồn ủy thác. "
    "Số hộ nghèo trong hội viên giảm còn 0,6%. Các chi hội đã thành lập 5 câu lạc bộ với 140 hội viên.",
    # (a deadline word with no year behind it is none: "từ ... đến ...", "trước đó")
    "Toàn huyện có 12/12 chi hội xếp loại vững mạnh. Phần lớn tổ hội có quỹ từ 150 đến 250 triệu đồng; "
    "trước đó, 6 tổ hội lập tổ hợp tác với 80 hội viên.",
], ids=["review-with-no-cue-in-its-figures", "untitled-excerpt-that-sets-no-aim",
        "untitled-excerpt-with-a-range-and-no-deadline"])
def test_figures_with_no_cue_in_a_text_that_reports_and_sets_no_aim_are_results(text):
    assert {r.kind for r in extract(text)} == {"result"}


@pytest.mark.parametrize("place", ["Cần Thơ", "Cần Giờ", "Cần Giuộc"], ids=str)
def test_a_cue_word_that_begins_a_places_name_is_no_cue(place):
    text = f"Hội Nông dân {place} thực hiện đạt và vượt 07/14 chỉ tiêu trong nửa nhiệm kỳ"
    assert one(text).kind == "result"


def test_a_word_of_report_opening_the_sentence_governs_its_list():
    # (the words after a value describe it: "... đảm bảo đi lại thuận tiện" is no duty here)
    text = ("Xã B về đích nông thôn mới\n\nĐến nay, trên địa bàn xã không còn nhà tạm; 100% đường xã được bê tông hóa "
            "đảm bảo đi lại thuận tiện; 100% hộ tuân thủ các quy định về đảm bảo an toàn thực phẩm; 97% lao động có việc làm.")
    assert [r.kind for r in extract(text)] == ["result"] * 3


@pytest.mark.parametrize("word", ["Những năm qua", "Thời gian qua", "Nhiệm kỳ qua"], ids=str)
def test_an_account_of_the_time_just_past_opening_the_lead_reports(word):
    text = (f"Xã C về đích nông thôn mới\n\n{word}, với tinh thần đoàn kết, xã C đã huy động nguồn lực hoàn thành "
            "chương trình.\n\nHệ thống đường giao thông được đầu tư; 98% hộ dùng điện an toàn.")
    assert [r.kind for r in extract(text)] == ["result"]


@pytest.mark.parametrize("word", KIND.weak_target, ids=str)
def test_a_duty_word_in_a_reports_paragraph_of_deeds_tells_a_deed(word):
    report = ("Hội Nông dân huyện A sơ kết giữa nhiệm kỳ\n\nNgày 5/5, Hội Nông dân huyện A tổ chức hội nghị sơ kết. "
              f"Trong nửa nhiệm kỳ, Hội đã đổi mới nội dung sinh hoạt; thành lập và {word} hiệu quả 12 tổ hội nghề nghiệp.")
    assert one(report).kind == "result"
    plan = ("Hội Nông dân huyện A sơ kết giữa nhiệm kỳ\n\nNgày 5/5, Hội Nông dân huyện A tổ chức hội nghị sơ kết. "
            f"Thời gian tới, Hội phấn đấu đổi mới nội dung sinh hoạt; thành lập và {word} hiệu quả 12 tổ hội nghề nghiệp.")
    assert one(plan).kind == "target"


@pytest.mark.parametrize("word", KIND.weak_bound, ids=str)
def test_a_bound_after_deeds_told_in_a_report_tells_a_deed(word):
    report = ("Tổng kết Tháng Thanh niên năm 2031\n\nChiều 10/4, Tỉnh Đoàn tổ chức hội nghị tổng kết Tháng Thanh niên "
              "năm 2031.\n\nCụ thể: hơn 47.100 lượt đoàn viên đã được học tập nghị quyết; Đoàn cấp tỉnh sửa chữa "
              f"{word} 2 ngôi nhà cho đoàn viên khó khăn; kết nạp mới hơn 7.350 đoàn viên.")
    assert [r.kind for r in extract(report)] == ["result"] * 3
    # (not after figures merely without a cue: a plan's list of aims)
    plan = ("Kế hoạch năm 2031\n\nVốn đầu tư phát triển giai đoạn 2031-2035 đạt hơn 710 nghìn tỷ đồng. "
            f"Thu ngân sách trên địa bàn tăng {word} 10%/năm.")
    assert [r.kind for r in extract(plan)][-1] == "target"
