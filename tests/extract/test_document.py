"""The document context: the body that sets the figures, the time of writing, block frames.

One row per entry of the body vocabulary in organizations.yaml and of the
exclusions added with it.
"""
import pytest

from pipeline import extract
from pipeline.extract import document as document_stage
from pipeline.extract import run
from pipeline.metadata import Reading
from pipeline.metadata.text import Page
from pipeline.lexicon import load_lexicon

ORG = load_lexicon("organizations")
EXC = load_lexicon("exclusions")


def body(text):
    return run(text, until="document").document


@pytest.mark.parametrize("word", ORG.congress_words, ids=str)
def test_every_congress_word_names_the_body_after_it(word):
    dc = body(f"{word.capitalize()} Hội Nông dân huyện An Lão lần thứ XI\\nNội dung.".replace("\\n", "\n"))
    assert dc.body == ["HND"] and dc.body_source == "congress"


@pytest.mark.parametrize("code,name", [(c, n) for c, ns in sorted(ORG.congress_bodies.items()) for n in ns],
                         ids=lambda x: str(x))
def test_every_short_name_after_a_congress_word(code, name):
    assert body(f"Đại hội {name.title()} xã Tân Lập lần thứ IX\nNội dung.").body == [code]


# the body each title is met with (a "Giám đốc" heads a Sở, a "Bí thư" a Party committee)
_CHAIRED = {"chủ tịch": ("UBND tỉnh", "GOV"), "bí thư": ("Tỉnh ủy", "PARTY"), "giám đốc": ("Sở Y tế", "GOV"),
            "trưởng ban": ("Dân vận Tỉnh ủy", "PARTY")}


@pytest.mark.parametrize("verb", ORG.chair_verbs, ids=str)
@pytest.mark.parametrize("title", ORG.chair_titles, ids=str)
def test_the_leader_who_chairs_the_meeting_names_its_body(title, verb):
    name, code = _CHAIRED[title.removeprefix("phó ")]
    dc = body(f"Rà soát hộ nghèo năm 2030\n\nSáng 2/11, {title.capitalize()} {name} Lê Văn K {verb} cuộc họp "
              "bàn việc cấp thẻ bảo hiểm y tế năm 2030 cho người cao tuổi.\n\nĐã cấp 8.200 thẻ.")
    assert dc.body == [code]


@pytest.mark.parametrize("verb", ORG.signing_verbs, ids=str)
def test_the_leader_who_signs_the_plan_names_its_body(verb):
    dc = body("Gần 500 tỷ đồng cho chương trình giảm nghèo\n\nGiai đoạn đến năm 2030, tỉnh phấn đấu giảm tỷ lệ "
              "hộ nghèo 1,5%/năm.\n\nNông dân thu hoạch lúa. (Ảnh: Lê Minh)\n\nXác định giảm nghèo là nhiệm vụ "
              "quan trọng, tỉnh tập trung huy động nguồn lực từ các chương trình.\n\nPhó Chủ tịch UBND tỉnh "
              f"Trần Văn K vừa {verb} số 12/KH-UBND về thực hiện Chương trình giảm nghèo bền vững.")
    assert dc.body == ["GOV"]


def test_the_chair_of_the_meeting_names_its_body_before_his_other_titles():
    text = ("Đề án phát triển du lịch giai đoạn 2026 - 2030 đặt mục tiêu đón 3 triệu lượt khách vào năm 2030, "
            "với tổng vốn đầu tư 200 tỷ đồng cho hạ tầng và quảng bá.\n\n"
            "Chiều 9/4, ông Lê Văn C, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì cuộc họp cho ý kiến về Đề án.")
    assert body(text).body == ["GOV"]


def test_of_a_chairs_titles_the_one_nearest_the_verb_names_the_body():
    dc = body("Sơ kết 6 tháng\n\nChiều 9/7, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Văn M chủ trì hội nghị "
              "trực tuyến đánh giá tình hình kinh tế - xã hội.\n\nTăng trưởng đạt 7,1%.")
    assert dc.body == ["GOV"]


def test_an_actor_after_the_figures_began_is_not_the_leads_body():
    # (an excerpt cut from the middle of a report: it opens on its figures)
    dc = body("Tỉnh còn đặt mục tiêu xây thêm 40 nhà văn hóa thôn, nâng tỷ lệ lên 88,5%.\nTới năm 2032, tỉnh "
              "dự kiến 70% số thôn có sân thể thao đạt chuẩn.\nỦy ban nhân dân tỉnh sẽ giao việc cụ thể cho các "
              "sở và huyện để làm theo lộ trình.")
    assert dc.body == []


def test_a_guest_who_chairs_nothing_names_no_body():
    dc = body("Tọa đàm về sinh kế\n\nSáng 2/11, Phó Chủ tịch UBND tỉnh Lê Văn K dự buổi tọa đàm của các nhà khoa học "
              "về sinh kế bền vững.\n\nCó 40 đại biểu tham dự.")
    assert dc.body == []


@pytest.mark.parametrize("word", ORG.work_words, ids=str)
def test_whose_work_the_title_names_wins_over_the_issuer(word):
    dc = body(f"TỈNH ỦY BẮC GIANG\nCHƯƠNG TRÌNH\n{word.upper()} ĐOÀN THANH NIÊN NĂM 2025\nNội dung.")
    assert dc.body == ["DTN"] and dc.body_source == "work"


def test_the_issuer_in_the_header_is_the_body():
    dc = body("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nKẾ HOẠCH\nPhát triển nông nghiệp hàng hóa năm 2026\n- Tăng trưởng 8%.")
    assert dc.body == ["GOV"] and dc.body_source == "issuer"


@pytest.mark.parametrize("word", ORG.guest_words, ids=str)
def test_guests_of_a_meeting_are_not_its_body(word):
    text = (f"Tin tức địa phương\nSáng 12/6, {word} buổi lễ có đại diện Hội Cựu chiến binh huyện. "
            "Hội Nông dân xã tổng kết công tác năm.")
    assert body(text).body == ["HND"]


@pytest.mark.parametrize("word", ORG.guest_words, ids=str)
def test_a_paragraph_that_lists_the_guests_is_no_lead(word):
    # the lead after it tells the one-year plan: its year is the figures' period
    text = (f"Tỉnh giao chỉ tiêu năm 2032\n\n{word.capitalize()} có đồng chí Lê Văn A, Phó Chủ tịch UBND tỉnh cùng đại "
            "diện các sở, ngành tỉnh.\n\nNgày 11/12/2031, Chủ tịch UBND tỉnh ký Quyết định về việc giao chỉ tiêu kế "
            "hoạch kinh tế - xã hội năm 2032. Theo đó, thu ngân sách là 10.764 tỷ đồng.\n\nCụ thể: tăng trưởng 8,5%.")
    assert [r.period for r in extract(text)][-1] == (2032, 2032)


def test_delegates_attending_a_congress_name_its_body():
    text = ("Đồng chí A tái đắc cử Bí thư\n\nNgày 5/7, 120 đại biểu đại diện 2.000 đoàn viên đã tham dự "
            "Đại hội Đoàn thị trấn Măng Đen lần thứ X.\n\nĐại hội đề ra chỉ tiêu: 100% chi đoàn "
            "tổ chức sinh hoạt hằng tháng.")
    assert body(text).body == ["DTN"] and [r.org for r in extract(text)] == ["DTN"]


@pytest.mark.parametrize("verb", ORG.lead_verbs, ids=str)
def test_the_lead_names_the_body_by_what_it_does(verb, monkeypatch):
    # the lead step alone: the metadata's reading of a news report's body is set aside
    monkeypatch.setattr(document_stage, "read_metadata", lambda text: Reading(Page("")))
    text = ("Nhiều chỉ tiêu quan trọng cho năm tới\n\nChiều 3/4, với đa số đại biểu tán thành, Hội đồng nhân dân "
            f"tỉnh đã {verb} các nội dung về ngân sách và đầu tư công của tỉnh trong năm tới. Kỳ họp kéo dài hai ngày.\n\n"
            "Theo đó, năm 2025 tăng trưởng kinh tế đạt 8%; thu nhập bình quân đạt 80 triệu đồng.")
    dc = body(text)
    assert dc.body == ["GOV"] and dc.body_source == "lead"


def test_an_organization_merely_mentioned_in_the_lead_is_not_the_body():
    text = ("Kinh tế huyện tăng trưởng khá\n\nTrong năm 2023, thu nhập đầu người đạt 57 triệu đồng; tỷ lệ hộ nghèo còn 1,8%. "
            "Chính quyền cùng Mặt trận và các đoàn thể hoạt động sôi nổi, được người dân ghi nhận.")
    assert body(text).body == [] and {r.org for r in extract(text)} == {None}


@pytest.mark.parametrize("word", ORG.body_words, ids=str)
def test_congress_or_conference_as_actor_is_the_body(word):
    text = f"Đại hội đại biểu Phụ nữ thị xã A lần thứ XX\n{word.capitalize()} đề ra chỉ tiêu kết nạp 1.200 hội viên mới."
    assert [r.org for r in extract(text)] == ["HLHPN"]


@pytest.mark.parametrize("word", ORG.body_members, ids=str)
def test_members_of_a_single_mass_organization_body(word):
    text = f"Đại hội Hội Cựu chiến binh quận B lần thứ VII\nPhấn đấu 95% {word} được học tập nghị quyết."
    assert [r.org for r in extract(text)] == ["HCCB"]


def test_unit_types_of_a_mass_organization_body_are_its_own():
    text = "Đại hội đại biểu Hội Nông dân xã C lần thứ X\nHằng năm, mỗi chi hội có ít nhất 01 mô hình mới."
    assert [r.org for r in extract(text)] == ["HND"]


@pytest.mark.parametrize("first,kind,period", [
    ("Nhiệm kỳ 2016 - 2021", "result", (2016, 2021)),
    ("Nhiệm kỳ 2021 - 2026", "target", (2021, 2026)),
], ids=["past-term", "new-term"])
def test_a_block_frame_gives_its_mode_and_period_to_every_sentence(first, kind, period):
    text = (f"Đại hội đại biểu Hội Nông dân huyện D lần thứ XI, nhiệm kỳ 2021 - 2026\n"
            f"{first}, các cấp Hội tích cực vận động. Tỷ lệ tập hợp hội viên 92%; kết nạp 1.125 hội viên.")
    rs = extract(text)
    assert [(r.kind, r.period) for r in rs] == [(kind, period)] * 2
    assert {r.org for r in rs} == {"HND"}


def test_the_dateline_is_the_time_of_writing_not_a_period():
    text = ("HUYỆN ỦY THANH SƠN\nThanh Sơn, ngày 05 tháng 5 năm 2021\nKẾ HOẠCH\n"
            "Thực hiện công tác dân vận giai đoạn 2021 - 2025\nPhấn đấu 100% chi bộ có nghị quyết chuyên đề.")
    dc = body(text)
    assert dc.written_year == 2021 and dc.term == (2021, 2025)
    assert [r.period for r in extract(text)] == [(2021, 2025)]


@pytest.mark.parametrize("word", EXC.represented_before, ids=str)
def test_members_represented_by_delegates_are_not_values(word):
    assert extract(f"Đại hội có 150 đại biểu {word} hơn 15.600 hội viên.") == []


@pytest.mark.parametrize("word", EXC.approximators, ids=str)
def test_every_approximator_between_represented_and_number(word):
    assert extract(f"Các đại biểu đại diện cho {word} 15.600 hội viên.") == []


@pytest.mark.parametrize("word", EXC.election_words, ids=str)
@pytest.mark.parametrize("noun", EXC.elected_nouns, ids=str)
def test_who_was_elected_is_not_a_value(word, noun):
    assert extract(f"Đại hội đã {word} 29 {noun} vào Ban Chấp hành.") == []


def test_sending_someone_is_still_a_duty():
    assert [r.value for r in extract("Mỗi cơ sở cử 01 đồng chí tham gia tập huấn.")] == [1]


@pytest.mark.parametrize("text", ["Thứ Năm, 13/06/2024 - 15:20", "Cập nhật: 07/11/2022 | Lượt xem: 3.517"],
                         ids=["time-of-day", "furniture-cell"])
def test_page_times_and_counters_are_not_values(text):
    assert extract(text + "\nHội Nông dân đạt 90%.")[0].value == 90 and len(extract(text)) == 0


TIME = load_lexicon("time")


@pytest.mark.parametrize("word", TIME.past_term_words, ids=str)
def test_the_time_just_past_is_reported_without_years_it_does_not_state(word):
    # not the new term of the title, and no years the text does not write
    text = (f"Đại hội Đảng bộ thị xã E lần thứ XX, nhiệm kỳ 2025 - 2030\n"
            f"{word.capitalize()}, Đảng bộ lãnh đạo toàn diện. Toàn Đảng bộ kết nạp 1.270 đảng viên.")
    assert [(r.period, r.kind) for r in extract(text)] == [(None, "result")]


@pytest.mark.parametrize("opening", ["Nhiệm kỳ 2020 - 2025, kinh tế phát triển khá", "5 năm qua (2020 - 2025), kinh tế phát triển khá"],
                         ids=["term opens the paragraph", "years in brackets after the time just past"])
def test_the_time_just_past_takes_the_years_its_paragraph_states(opening):
    text = (f"Đại hội Đảng bộ thị xã E lần thứ XX, nhiệm kỳ 2025 - 2030\n"
            f"{opening}. Nhiệm kỳ qua, toàn Đảng bộ kết nạp 1.270 đảng viên.")
    assert [(r.period, r.kind) for r in extract(text)] == [((2020, 2025), "result")]


def test_a_congress_report_of_the_ending_term_does_not_take_the_new_term():
    text = ("Đại hội đại biểu Hội Nông dân huyện E lần thứ X, nhiệm kỳ 2023 - 2028\n"
            "Ngày 12/5/2023, Hội Nông dân huyện E tổ chức Đại hội. Toàn huyện có 5.200 hội viên.\n"
            "Đại hội đề ra chỉ tiêu kết nạp 500 hội viên mới.")
    assert [(r.value, r.period, r.kind) for r in extract(text)] == [
        (5200.0, None, "result"), (500.0, (2023, 2028), "target")]


def test_a_news_lead_gives_the_period_of_what_it_reports():
    text = ("Bến Tre tổng kết Cuộc vận động\nNgày 9/11/2020, Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị "
            "tổng kết Cuộc vận động giai đoạn 2016 – 2020.\nSau 5 năm, các cấp Mặt trận huy động được 212,7 tỷ đồng.")
    dc = body(text)
    assert dc.body == ["MTTQ"] and dc.term == (2016, 2020)
    assert [r.period for r in extract(text)] == [(2016, 2020)]


def test_a_one_year_frame_is_a_period_not_a_deadline():
    text = ("Huyện ủy đánh giá nửa nhiệm kỳ\nNgày 27/12/2023, Huyện ủy tổ chức hội nghị sơ kết nhiệm kỳ 2020 - 2025. "
            "Hội nghị đánh giá kết quả nửa nhiệm kỳ.\n"
            "Năm 2024, Huyện ủy đề ra các mục tiêu: kết nạp 210 đảng viên; thêm 2 xã về đích nông thôn mới. "
            "Đồng chí Bí thư phát biểu kết luận.")
    assert [(r.period, r.deadline_year, r.kind) for r in extract(text)] == [((2024, 2024), None, "target")] * 2


def test_a_short_name_only_right_after_the_congress_word():
    # "đoàn" in "đoàn kết" is no Đoàn Thanh niên
    assert body("Hội nghị tổng kết Cuộc vận động toàn dân đoàn kết\nNội dung.").body_source != "congress"


def test_frequency_carries_only_from_a_clause_without_its_own_subject():
    rs = extract("KẾ HOẠCH\n- Hằng năm có 80% số hộ đạt gia đình văn hóa; 70% số thôn đạt chuẩn văn hóa.\n"
                 "- Phấn đấu: kết nạp 60 hội viên; hằng năm, mỗi chi hội hỗ trợ ít nhất 03 hộ khó khăn; "
                 "100% chi hội trưởng được bồi dưỡng nghiệp vụ.")
    assert [r.frequency for r in rs] == ["annual", "annual", None, "annual", None]


@pytest.mark.parametrize("doc_type", EXC.document_types, ids=str)
def test_the_owner_of_a_plan_a_paragraph_speaks_of_sets_its_figures(doc_type):
    text = ("Giao ban công tác dân vận\nChiều 22/8, Ban Dân vận Huyện ủy tổ chức giao ban quý III. Nhiều ý kiến.\n"
            f"Tại hội nghị, đại biểu thông tin về {doc_type} của Hội Nông dân huyện năm 2024. "
            "Theo đó, toàn huyện xây dựng 10 mô hình; các cấp Hội kết nạp 500 hội viên mới.")
    assert [r.org for r in extract(text)] == ["HND", "HND"]


@pytest.mark.parametrize("word", EXC.person_words, ids=str)
def test_a_persons_age_is_not_a_value(word):
    assert extract(f"Tin\n{word.capitalize()} Vũ Văn Khải, 91 tuổi, được trao huy hiệu. Nhiều ý kiến.") == []


def test_life_expectancy_and_an_age_band_of_who_is_counted():
    assert [r.value for r in extract("KẾ HOẠCH\n- Tuổi thọ bình quân đạt 74,5 tuổi.")] == [74.5]
    assert [r.value for r in extract("KẾ HOẠCH\n- 75% thanh niên trong độ tuổi từ 18 đến 35 được học nghề.")] == [75]


@pytest.mark.parametrize("award", EXC.award_words, ids=str)
@pytest.mark.parametrize("recipient", EXC.award_recipients, ids=str)
def test_awards_handed_out_are_not_values_but_a_quota_is(award, recipient):
    assert extract(f"Tin\nDịp này, Tỉnh ủy tặng {award} cho 32 {recipient} có thành tích. Nhiều ý kiến.") == []
    assert [r.value for r in extract(f"KẾ HOẠCH\n- Hằng năm đề nghị {award} cho ít nhất 1 {recipient}.")] == [1]


@pytest.mark.parametrize("word", EXC.attendance_words, ids=str)
def test_who_attended_is_not_a_value(word):
    assert extract(f"Tin\nĐại hội có 41/44 đảng viên {word}; không khí sôi nổi. Nhiều ý kiến.") == []


@pytest.mark.parametrize("word", EXC.attendance_end, ids=str)
def test_attendance_before_the_vote(word):
    assert extract(f"Tin\nKỳ họp có 100% đại biểu có mặt {word} nghị quyết. Nhiều ý kiến.") == []


def test_attending_as_a_duty_stays_a_value():
    assert [r.value for r in extract("KẾ HOẠCH\n- 100% đảng viên tham dự sinh hoạt chi bộ.")] == [100]


@pytest.mark.parametrize("noun", EXC.rating_nouns, ids=str)
def test_a_rating_qualifies_what_is_counted(noun):
    assert [r.value for r in extract(f"KẾ HOẠCH\n- Mỗi xã có ít nhất 01 sản phẩm OCOP từ 3 {noun} trở lên.")] == [1]


def test_a_day_in_a_span_of_dates_and_a_holiday_are_not_values():
    assert extract("Tin\nTrong hai ngày, từ ngày 21 đến 22/9, Đảng bộ thị xã tiến hành đại hội. Nhiều ý kiến.") == []
    assert extract("Tin\nKỷ niệm Quốc khánh 2/9 tại xã. Nhiều ý kiến.") == []


@pytest.mark.parametrize("date", ["ngày 05 tháng 5 năm 2021", "19/05/2021", "tháng 5/2021", "Ngày 05-5-2021"],
                         ids=["words", "slashes", "month-year", "dashes"])
def test_every_shape_of_a_written_date(date):
    dc = body(f"HUYỆN ỦY A\n{date}\nKẾ HOẠCH\nCông tác dân vận năm 2022\n- Phấn đấu 100% chi bộ có nghị quyết.")
    assert dc.written_year == 2021


@pytest.mark.parametrize("verb", EXC.age_verbs, ids=str)
def test_an_age_reached_is_not_a_value(verb):
    assert extract(f"Tin\nĐại biểu cao tuổi nhất {verb} 94 tuổi. Nhiều ý kiến.") == []


@pytest.mark.parametrize("verb", ORG.carried_out_before, ids=str)
def test_a_directive_carried_out_is_not_the_paragraphs_owner(verb):
    text = ("CHÍNH PHỦ\nNGHỊ QUYẾT\nVề khắc phục hậu quả thiên tai\nQUYẾT NGHỊ:\n"
            "Phấn đấu tăng trưởng kinh tế năm 2025 đạt trên 8%, Chính phủ yêu cầu các bộ, ngành "
            f"{verb} nghiêm kết luận của Bộ Chính trị.")
    assert [r.org for r in extract(text)] == ["GOV"]


def test_a_unit_type_is_no_body():
    text = "KẾ HOẠCH thực hiện Nghị quyết\n1. Hằng năm, mỗi chi hội đề xuất ít nhất 02 hội viên xuất sắc để chi bộ bồi dưỡng."
    assert body(text).body == []


@pytest.mark.parametrize("word", TIME.measured_until_words, ids=str)
def test_a_reports_time_of_measure_frames_its_paragraph(word):
    text = (f"Kinh tế tỉnh tăng trưởng khá\n\nTheo báo cáo, {word} đến hết năm 2022, giá trị sản xuất toàn tỉnh đạt 9.400 tỷ đồng. "
            "Riêng khu vực công nghiệp ước tăng 7%; thu nhập đầu người ước đạt 48 triệu đồng.")
    assert [r.period for r in extract(text)] == [(2022, 2022)] * 3


def test_a_one_year_reviews_lead_gives_its_year_to_the_figures():
    text = ("Tin địa phương\n\nNửa đầu năm, thu ngân sách ước đạt 912 tỷ đồng\n\n"
            "Đó là thông tin tại Hội nghị giao ban quý II và 6 tháng đầu năm 2025 của huyện A. "
            "Hội nghị do UBND huyện tổ chức sáng 24/6.\n\nCụ thể, thu ngân sách đạt 64,3% dự toán; "
            "giá trị sản xuất tăng 7,6% so với cùng kỳ.")
    assert [r.period for r in extract(text)][-2:] == [(2025, 2025), (2025, 2025)]


@pytest.mark.parametrize("verb", ORG.reporting_verbs, ids=str)
@pytest.mark.parametrize("report", ORG.report_words, ids=str)
def test_a_reports_owner_named_after_its_long_title_is_the_body(report, verb):
    text = (f"Tin tức\n\n{report.capitalize()} sơ kết việc thực hiện Chiến lược phát triển ngành y tế giai đoạn "
            f"2021 - 2025 của Chính phủ {verb} tỷ lệ trạm y tế xã có bác sĩ đạt 96%. Mạng lưới y tế cơ sở được "
            "củng cố.")
    assert body(text).body == ["GOV"] and [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("opener", TIME.frame_openers, ids=str)
def test_a_term_that_opens_a_sentence_frames_the_paragraph_after_it(opener):
    text = (f"Tin tức\n\nHội Nông dân lớn mạnh không ngừng. {opener.capitalize()} nhiệm kỳ 2018 - 2023 toàn Hội đã "
            "thu hút 2.450 hội viên. Mỗi năm bình quân kết nạp trên 490 hội viên.")
    assert [r.period for r in extract(text)] == [(2018, 2023), (2018, 2023)]


def test_a_one_year_sentence_frame_holds_its_own_sentence_only():
    text = ("Tin tức\n\nNhiệm kỳ 2020 - 2025, kinh tế thị xã phát triển ổn định. Năm 2022, thu nhập đầu người đã đạt "
            "64 triệu đồng. Toàn thị xã có thêm 3 phường đạt chuẩn văn minh đô thị.")
    assert [r.period for r in extract(text)] == [(2022, 2022), (2020, 2025)]


@pytest.mark.parametrize("opener", ORG.source_openers, ids=str)
def test_the_source_a_sentence_is_told_from_sets_the_paragraphs_figures(opener):
    text = f"Tin tức\n\n{opener.capitalize()} Sở Y tế, năm 2026 toàn tỉnh có thêm 15 bác sĩ. Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 92,5%."
    assert [r.org for r in extract(text)] == ["GOV", "GOV"]


def test_an_iso_date_is_a_time_of_writing():
    dc = body("2026-01-03 Tin tức\n\nTheo Sở Y tế, đến cuối năm 2025, số người có thẻ bảo hiểm y tế chiếm 94,6% dân số. "
              "Tuổi thọ trung bình đạt 75,1 tuổi.")
    assert dc.written_year == 2026


_CONGRESS = ("Đại hội Hội Nông dân huyện Sơn Hà lần thứ VIII, nhiệm kỳ 2023 - 2028\n\n"
             "Ngày 14/6/2023, Hội Nông dân huyện Sơn Hà khai mạc Đại hội lần thứ VIII, nhiệm kỳ 2023 - 2028.\n\n"
             "Nhiệm kỳ 2018 - 2023, Hội Nông dân huyện đã kết nạp mới 2.800 hội viên.\n\n")


def test_a_past_term_goes_on_over_the_next_paragraphs_of_a_report():
    text = _CONGRESS + "Trong phong trào thi đua sản xuất giỏi, có 34.100 lượt hộ đăng ký, 17.600 lượt hộ đạt danh hiệu."
    records = extract(text)
    assert [(r.value, r.kind, r.period) for r in records] == [
        (2800, "result", (2018, 2023)), (34100, "result", (2018, 2023)), (17600, "result", (2018, 2023))]


@pytest.mark.parametrize("word", TIME.past_frame_ends, ids=str)
def test_a_paragraph_that_turns_to_the_aims_ends_the_past_term(word):
    text = _CONGRESS + f"Đại hội {word} kết nạp 3.000 hội viên mới và thành lập 20 chi hội nghề nghiệp."
    assert [(r.kind, r.period) for r in extract(text)][1:] == [("target", (2023, 2028)), ("target", (2023, 2028))]


def test_a_paragraph_that_names_the_new_term_ends_the_past_term():
    text = _CONGRESS + "Đại hội xác định chỉ tiêu cho nhiệm kỳ 2023 - 2028: kết nạp 3.000 hội viên mới."
    assert [(r.kind, r.period) for r in extract(text)][1:] == [("target", (2023, 2028))]


def test_a_paragraph_reporting_on_a_past_term_it_names_frames_the_paragraphs_after_it():
    text = ("Đại hội Đảng bộ xã Hòa Bình lần thứ II, nhiệm kỳ 2025-2030\n\n"
            "Ngày 9/8/2025, Đảng bộ xã Hòa Bình khai mạc Đại hội lần thứ II, nhiệm kỳ 2025-2030. Về dự có "
            "lãnh đạo huyện.\n\n"
            "Cán bộ và Nhân dân trong xã chung sức đưa Nghị quyết Đại hội của Đảng bộ xã nhiệm kỳ 2020 - 2025 vào cuộc sống. Phần lớn "
            "chỉ tiêu đều đạt, nhiều chỉ tiêu vượt kế hoạch.\n\n"
            "Thu ngân sách xã đạt 15,2 tỷ đồng. Tỷ lệ hộ nghèo còn 2,96%.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2020, 2025)), ("result", (2020, 2025))]


def test_the_year_of_a_date_in_the_lead_is_no_frame():
    text = ("Các mục tiêu chính Đại hội đề ra\n\nĐại hội Đảng bộ tỉnh Bình An lần thứ XIV, nhiệm kỳ "
            "2020 - 2025 họp từ ngày 9 đến ngày 11 tháng 10 năm 2020; Đại hội đã quyết nghị những chỉ tiêu chính "
            "như sau:\n\nGRDP tăng bình quân 7,5%/năm.")
    assert body(text).term == (2020, 2025)
    assert [(r.kind, r.period) for r in extract(text)] == [("target", (2020, 2025))]


def test_a_lead_naming_the_document_that_sets_the_aims_names_the_body():
    text = ("Đến năm 2030, 85% hộ gia đình dùng cáp quang\n\n"
            "Đó là mục tiêu nêu trong dự thảo Đề án phổ cập cáp quang mà Thủ tướng Chính phủ "
            "sắp phê duyệt.\n\nTheo dự thảo, đến năm 2030 có 100% thủ tục hành chính được xử lý "
            "trực tuyến.")
    assert body(text).body == ["GOV"]
    assert {r.org for r in extract(text)} == {"GOV"}


@pytest.mark.parametrize("verb", ORG.carried_out_before, ids=str)
def test_the_issuer_of_a_resolution_the_lead_carries_out_is_no_body(verb):
    text = ("Thị xã tập trung phát triển kinh tế năm 2025\n\n"
            f"Năm 2025, thị xã tiếp tục {verb} các mục tiêu mà Nghị quyết Đại hội Đảng bộ thị xã lần thứ V đã đề ra.\n\n"
            "Các chỉ tiêu chủ yếu năm 2025 là: tổng giá trị sản xuất tăng 8% trở lên.")
    assert [r.org for r in extract(text)] == [None]


def test_a_resolution_that_sets_the_aims_in_the_lead_names_the_body():
    text = ("Thị xã tập trung phát triển kinh tế\n\n"
            "Nghị quyết Đại hội Đảng bộ thị xã lần thứ V đã đề ra các mục tiêu cho nhiệm kỳ 2025 - 2030.\n\n"
            "Giá trị sản xuất các ngành tăng bình quân 8,5%/năm.")
    assert [r.org for r in extract(text)] == ["PARTY"]


@pytest.mark.parametrize("verb", EXC.adoption_verbs, ids=str)
def test_a_congress_adopting_its_own_resolution_is_the_body(verb):
    text = ("Đại hội thống nhất phương hướng phát triển của tỉnh trong 5 năm tới.\n\n"
            f"Đại biểu nhất trí {verb} Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII, nhiệm kỳ 2025-2030.\n\n"
            "Thành phố phấn đấu GRDP tăng bình quân 9%/năm.")
    assert [r.org for r in extract(text)] == ["PARTY"]


@pytest.mark.parametrize("owner,org", [("UBND tỉnh", "GOV"), ("Hội Nông dân tỉnh", "HND")], ids=str)
def test_a_lead_that_opens_on_its_source_names_the_body(owner, org):
    text = ("Năm 2025, toàn tỉnh giảm mạnh số hộ nghèo\n\n"
            f"Theo báo cáo của {owner}, tỷ lệ hộ nghèo năm 2025 giảm 3,5%, vượt chỉ tiêu giao.\n\n"
            "Năm 2026, toàn tỉnh phấn đấu giảm tỷ lệ hộ nghèo thêm 3%.")
    assert [r.org for r in extract(text)] == [org, org]


@pytest.mark.parametrize("text,body", [
    ("Năm qua, các chi hội phụ nữ trong huyện vận động được 120 hội viên mới. "
     "Các cấp hội phụ nữ giúp 35 hộ thoát nghèo.", ["HLHPN"]),
    ("Năm qua, chi hội phụ nữ vận động được 120 hội viên mới.", []),
    ("Năm qua, các chi hội phụ nữ vận động 120 hội viên mới. Hội Nông dân xã giúp 35 hộ thoát nghèo.", []),
], ids=["one organization named twice", "named once", "two organizations"])
def test_an_excerpt_that_names_one_mass_organization_only_is_its_work(text, body):
    assert run("Nhiều kết quả nổi bật\n\n" + text, until="document").document.body == body


def test_a_lead_paragraph_that_tells_a_review_makes_an_undated_report_of_the_year_past():
    text = ("HĐND huyện bàn giải pháp phát triển năm 2026\n\n"
            "Sáng 20/12, HĐND huyện khai mạc kỳ họp thứ 9, tổng kết năm 2025 "
            "và bàn các mục tiêu năm 2026.\n\n"
            "Năm 2025, tình hình kinh tế của huyện tiếp tục phát triển, tổng thu ngân sách đạt 320 tỷ đồng.\n\n"
            "Tổng sản lượng lương thực đạt 15.000 tấn, bằng 104% so với năm 2024.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2025, 2025))] * 3


def test_a_conference_held_by_several_bodies_is_each_ones():
    text = ("Tin địa phương\n\nSáng 12/7, hội nghị sơ kết 6 tháng đầu năm 2025 do Đảng ủy, HĐND, UBND xã tổ chức.\n\n"
            "Tổng thu ngân sách ước đạt 12 tỷ đồng.")
    assert body(text).body == ["PARTY", "GOV"]
    assert sorted(r.org for r in extract(text)) == ["GOV", "PARTY"]


def test_a_body_named_further_on_is_no_holder():
    text = ("Tin địa phương\n\nHội nghị lần này là dịp để các cấp ủy đảng, chính quyền nhìn lại nửa năm qua.\n\n"
            "Tổng thu ngân sách ước đạt 12 tỷ đồng.")
    assert body(text).body == ["PARTY"]


@pytest.mark.parametrize("number", ["số 125/QĐ-TTg", "số 12-NQ/TU", "125/QĐ-UBND"], ids=str)
def test_a_lead_that_opens_on_a_numbered_document_of_a_body_names_it(number):
    text = ("Các chỉ tiêu chủ yếu của Đề án đến năm 2030\n\n"
            f"Theo Quyết định {number} của Thủ tướng Chính phủ ban hành Đề án, mục tiêu đặt ra là "
            "đến năm 2030 có ít nhất 12.000 sản phẩm đạt chuẩn.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("term", ["khóa VI, nhiệm kỳ 2021-2026", "lần thứ XX, nhiệm kỳ 2025 - 2030", "khóa XIX"], ids=str)
def test_a_body_named_with_its_term_before_its_verb_is_the_body(term):
    text = (f"BBK - Ngày 18/12, HĐND huyện Đông Sơn {term} tổ chức Kỳ họp thứ 17 đánh giá kết quả năm 2025.\n\n"
            "Năm 2025, tổng sản lượng lương thực của huyện ước đạt 20.000 tấn.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("word", ORG.body_qualifiers, ids=str)
def test_every_body_qualifier_between_a_body_and_its_verb(word):
    text = (f"BBK - Ngày 18/12, HĐND huyện Đông Sơn {word} XIX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 17.\n\n"
            "Năm 2025, tổng sản lượng lương thực của huyện ước đạt 20.000 tấn.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("word", ORG.held_by_words, ids=str)
def test_every_word_that_names_a_conferences_holders(word):
    text = (f"Tin địa phương\n\nSáng 12/7, hội nghị sơ kết 6 tháng đầu năm 2025 {word} Đảng ủy, HĐND, UBND xã tổ chức.\n\n"
            "Tổng thu ngân sách ước đạt 12 tỷ đồng.")
    assert body(text).body == ["PARTY", "GOV"]


@pytest.mark.parametrize("word", ORG.association_actor_after, ids=str)
def test_an_association_acting_as_hoi_is_the_one_whose_members_are_named(word):
    dc = body(f"Kết quả, Hội {word} vận động được 120 hội viên mới và giúp 35 cựu chiến binh sửa nhà.")
    assert dc.body == ["HCCB"] and dc.body_source == "implied"


@pytest.mark.parametrize("word", ORG.association_self, ids=str)
def test_an_association_named_by_its_levels_is_the_one_whose_members_are_named(word):
    dc = body(f"Năm 2025, {word} vận động 120 hội viên mới, giúp 35 hộ nông dân thoát nghèo.")
    assert dc.body == ["HND"]


@pytest.mark.parametrize("code,word", [(c, w) for c, ws in sorted(ORG.association_members.items()) for w in ws],
                         ids=lambda x: str(x))
def test_every_member_category_names_its_association(code, word):
    dc = body(f"Kết quả, Hội đã kết nạp 120 hội viên mới, giúp 35 {word.upper() if len(word) < 4 else word} vay vốn.")
    assert dc.body == [code]


@pytest.mark.parametrize("text", [
    "Kết quả, kinh tế - xã hội đã phát triển, giúp 35 nông dân vay vốn.",  # "xã hội", not the association
    "Kết quả, Hội đã giúp 35 nông dân và 20 phụ nữ vay vốn.",  # two categories: whose work is unclear
    "Kết quả, các cấp hội vận động 120 người, Đoàn Thanh niên giúp 35 nông dân.",  # another association named
], ids=["xa-hoi", "two-categories", "other-association"])
def test_no_association_is_implied_without_a_single_one(text):
    assert not body(text).body


def test_a_lead_measured_up_to_a_later_year_of_its_term_is_told_from_that_year():
    dc = body("Giảm nghèo còn nhiều việc phải làm\nTính đến hết năm 2024, huyện vẫn còn 1.275 hộ nghèo, bằng 2,34%. "
              "Hoàn thành mục tiêu của Chương trình giảm nghèo giai đoạn 2021 - 2025 không hề dễ.")
    assert (dc.term, dc.now) == ((2021, 2025), 2024)


@pytest.mark.parametrize("lead", ["(BTN) Theo UBND tỉnh, năm 2026", "BTN - Theo UBND tỉnh, năm 2026",
                                  "Theo Sở Kế hoạch và Đầu tư tỉnh, năm 2026"], ids=["tag", "dateline", "place"])
def test_a_leads_source_after_a_news_tag_or_with_its_place_is_the_body(lead):
    text = (f"Nhiều mục tiêu năm 2026\n\n{lead}, toàn tỉnh tập trung khắc phục khó khăn, triển khai đồng bộ những "
            "giải pháp đã đặt ra nhằm thúc đẩy sản xuất, kinh doanh và chăm lo đời sống Nhân dân.\n\n"
            "Một số chỉ tiêu chính: tổng sản phẩm trên địa bàn tăng 8%; vốn đầu tư toàn xã hội đạt 17.500 tỷ đồng.")
    assert [r.org for r in extract(text)] == ["GOV", "GOV"]


@pytest.mark.parametrize("heading,kind", [("NÔNG NGHIỆP PHÁT TRIỂN KHÁ, ĐỜI SỐNG NGƯỜI DÂN CẢI THIỆN", "result"),
                                          ("PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030", "target")], ids=["news", "aims"])
def test_a_news_subheading_goes_on_with_the_time_just_past_a_heading_of_aims_does_not(heading, kind):
    text = (_CONGRESS + f"{heading}\n\nNgành dịch vụ duy trì đà phát triển, tăng trưởng gần 6%/năm, tổng đàn gia súc "
            "gần 52.000 con, nhiều cánh đồng lớn được hình thành.")
    assert [r.kind for r in extract(text)][1:] == [kind, kind]


def test_the_start_of_a_span_of_dates_is_not_the_time_of_writing():
    dc = body("Sáng 1-9, huyện tổ chức gặp mặt chào mừng 78 năm Ngày Quốc khánh (2-9-1945 – 2-9-2023). "
              "Năm qua, giá trị sản xuất của huyện tăng 6,8%.")
    assert dc.written_year == 2023


def test_a_lead_that_names_the_dated_document_setting_the_aims_names_its_body():
    text = ("Đến 2030, thu nhập của đồng bào vùng cao sẽ tăng gấp đôi\n\n"
            "Đó là mục tiêu được nêu trong Chương trình phát triển vùng cao ban hành kèm Quyết định 125/QĐ-TTg "
            "ngày 09/5/2026 của Thủ tướng Chính phủ.\n\n"
            "Chương trình xác định các mục tiêu đến năm 2030: tỷ lệ hộ nghèo mỗi năm giảm trên 3%; 70% thôn có đường ô tô.")
    assert [r.org for r in extract(text)] == ["GOV", "GOV"]


def test_the_aim_a_result_is_measured_against_does_not_end_the_past_term():
    text = _CONGRESS + ("Giá trị sản xuất ngành thủy sản tăng trung bình 5,2%/năm; số hợp tác xã thành lập mới vượt "
                        "150% mục tiêu nghị quyết đại hội.")
    assert [(r.kind, r.period) for r in extract(text)][1:] == [("result", (2018, 2023))] * 2


@pytest.mark.parametrize("lead", ["Đại hội XII của Đảng bộ tỉnh khai mạc sáng nay", "Nghị quyết Đại hội XII của Đảng bộ tỉnh nêu rõ"],
                         ids=["congress", "its-resolution-told"])
def test_a_congress_named_by_its_number_first_names_its_body(lead):
    text = (f"Tin tức\n\n{lead}, nhiệm kỳ 2026 - 2031 phấn đấu tăng trưởng kinh tế bình quân 9%/năm.\n\n"
            "Đến năm 2030, mỗi người dân có thu nhập 118 triệu đồng một năm.")
    assert [r.org for r in extract(text)] == ["PARTY", "PARTY"]


@pytest.mark.parametrize("word", ORG.association_words, ids=str)
def test_every_word_an_association_names_itself_by(word):
    assert body(f"Kết quả, {word} đã kết nạp 120 hội viên mới, giúp 35 cựu chiến binh làm nhà.").body == ["HCCB"]
    assert not body(f"Kết quả, {word.lower()} đã kết nạp 120 hội viên mới, giúp 35 cựu chiến binh làm nhà.").body


@pytest.mark.parametrize("word", ["tính đến", "dự ước", "ước đến"], ids=str)
def test_figures_measured_up_to_a_year_are_results_in_an_undated_report(word):
    # no year of writing: the term's start is "now", yet a measure is always of the time past
    text = ("Huyện B triển khai các Chương trình mục tiêu quốc gia\n\n"
            "Sáng 12.9, UBND huyện B tổ chức hội nghị về Chương trình giai đoạn 2021 - 2025.\n\n"
            f"{word.capitalize()} cuối năm 2023, toàn huyện còn 1.204 hộ nghèo, giảm 356 hộ.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2023, 2023))] * 2


def test_a_measure_up_to_a_month_frames_the_paragraph_in_its_year():
    text = ("Hội Nông dân huyện C sơ kết giữa nhiệm kỳ\n\n"
            "Tính đến hết tháng 9/2022, các cấp hội đã vận động 142 hộ hội viên thoát nghèo; 95% chi hội đạt khá trở lên.")
    assert [(r.kind, r.period) for r in extract(text)] == [("result", (2022, 2022))] * 2


@pytest.mark.parametrize("word", ["qua nửa nhiệm kỳ", "nửa nhiệm kỳ qua", "nửa đầu nhiệm kỳ"], ids=str)
def test_half_a_term_just_past_takes_no_year_from_the_paragraphs_date(word):
    text = ("Hội Phụ nữ huyện D\n\nTính đến hết tháng 6/2023, các cấp hội đã kết nạp 412 hội viên. "
            f"{word.capitalize()}, các cấp hội đã vận động 3 tỷ đồng giúp hội viên vay vốn.")
    assert [r.period for r in extract(text)] == [(2023, 2023), None]


def test_a_review_of_one_year_in_the_lead_gives_its_year_over_the_programmes_period():
    text = (" date 2025-01\nChiều 9/1, lãnh đạo Ban Chỉ đạo giai đoạn 2021-2025 của huyện E họp "
            "để nghe báo cáo kết quả công tác việc làm năm 2024.\n\n"
            "Theo báo cáo, toàn huyện còn 2.310 hộ nghèo. Trong đó hộ nghèo dân tộc thiểu số là 1.980 hộ.")
    assert [r.period for r in extract(text)] == [(2024, 2024), (2024, 2024)]


def test_the_document_an_aim_is_measured_against_names_no_body():
    text = (" date 2023-10\nTính đến ngày 30/9/2023, tỷ lệ dân số tham gia BHYT toàn tỉnh đạt 90,2%, vượt 0,2% "
            "so với chỉ tiêu giao tại Nghị quyết số 07-NQ/TU ngày 12/3/2021 của Tỉnh ủy (90%).")
    assert [(r.value, r.org, r.kind) for r in extract(text)] == [(90.2, None, "result"), (0.2, None, "result"),
                                                                   (90.0, "PARTY", "target")]


@pytest.mark.parametrize("written", ["tháng 11-2025", "tháng 11/2025", "tháng 11 năm 2025"], ids=str)
def test_a_month_and_year_in_the_lead_is_the_time_of_writing(written):
    text = (f"Thành phố họp đánh giá tình hình\n\n(PV) - Tại buổi họp {written}, thành phố cho biết có "
            "nhiều chỉ số tích cực.\n\nTheo báo cáo, tổng mức bán lẻ hàng hóa ước đạt 3.086 tỷ đồng, tăng 5% so với cùng kỳ.")
    assert [r.period for r in extract(text)] == [(2025, 2025)] * 2


@pytest.mark.parametrize("word", load_lexicon("organizations").lead_verb_noun_before, ids=str)
def test_a_lead_verb_used_as_a_noun_makes_no_actor_of_the_mention_before(word):
    text = ("ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2026-2030\n\n1- Mục tiêu tổng quát\nPhát triển kinh tế bền vững; xây dựng "
            f"bộ máy {word} yêu cầu công việc.\n2- Chỉ tiêu\n(1) Trồng cây phân tán: 12 ha/năm.")
    assert body(text).body == [] and [r.org for r in extract(text)] == [None]


@pytest.mark.parametrize("cited,code", [("Nghị quyết Đại hội lần thứ XIV của Đảng", "PARTY"),
                                        ("Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ X", "HND")], ids=str)
def test_a_lead_saying_the_aims_are_stated_in_a_congress_resolution_names_that_congress(cited, code):
    text = (f"Năm 2030 đô thị hóa trên 50%\n\nĐó là các mục tiêu nêu trong {cited}.\n"
            "Cụ thể, đến năm 2030 tỷ lệ đô thị hóa đạt trên 50%.")
    assert [r.org for r in extract(text)] == [code, code]


def test_a_congress_resolution_carried_out_is_still_no_body():
    text = ("Huyện A triển khai kế hoạch năm 2026\n\nThực hiện mục tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, "
            "UBND huyện ban hành kế hoạch.\nNăm 2026, tỷ lệ hộ nghèo giảm 1,5%.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("filler", ORG.review_span_fillers, ids=str)
def test_a_word_before_the_carrying_out_still_opens_a_review(filler):
    text = (f"Tổng kết 5 năm {filler} thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025, tỉnh B đã vượt "
            "qua khó khăn. Tăng trưởng bình quân đạt 6,2%/năm.")
    assert [r.org for r in extract(text)] == ["PARTY"]


@pytest.mark.parametrize("word", ORG.review_span_words, ids=str)
def test_a_review_of_carrying_out_a_congress_resolution_reports_that_congress_figures(word):
    opening = {"năm": "Sau 3 năm", "nhiệm kỳ": "Qua nửa nhiệm kỳ", "tháng": "Sau 30 tháng",
               "sơ kết": "Hội nghị sơ kết giữa nhiệm kỳ", "tổng kết": "Tổng kết 5 năm việc"}[word]
    text = (f"{opening} thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025, cán bộ và nhân dân "
            "tỉnh B đã vượt qua khó khăn. Tăng trưởng bình quân đạt 6,2%/năm; 40/62 xã đạt chuẩn nông thôn mới.")
    assert [r.org for r in extract(text)] == ["PARTY", "PARTY"]


def test_the_agent_a_document_is_published_by_is_its_body():
    text = ("Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2031 - 2035\n\n"
            "Kế hoạch phát triển kinh tế - xã hội 5 năm tỉnh B được HĐND tỉnh công bố ngày 13/12/2030.\n\n"
            "Theo đó, thu ngân sách đạt 3.000 tỷ đồng.")
    assert body(text).body == ["GOV"]
    # (but not the agent of a deed a report tells: "24 huyện được Thủ tướng công nhận")
    deed = ("Tin nông thôn mới\n\nNăm 2030, 24 huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới.")
    assert body(deed).body == []


def test_a_photo_caption_may_name_the_congress_the_story_reports():
    text = ("Nhiệm kỳ 2020-2025, Đảng bộ huyện đã hoàn thành vượt mức các chỉ tiêu đề ra.\n\n"
            "Giá trị sản xuất bình quân đạt 1.200 tỷ đồng/năm.\n\n"
            "Bí thư Tỉnh ủy Nguyễn Văn A chúc mừng Đại hội đại biểu Đảng bộ huyện Nam Sơn lần thứ XXVI (Ảnh: T.H)")
    dc = body(text)
    assert dc.body == ["PARTY"] and dc.body_source == "congress"


ORGS = load_lexicon("organizations")


@pytest.mark.parametrize("suffix,code", sorted(ORGS.symbol_issuers.items()), ids=str)
def test_a_documents_symbol_names_its_issuer_when_the_lead_says_its_aims_are_stated_there(suffix, code):
    text = (f"Giảm tỷ lệ hộ nghèo 1,5% trong năm 2027\n\nẢnh minh họa\n\nCác chỉ tiêu này được xác định tại Quyết định số "
            f"215/QĐ-{suffix} về kế hoạch năm 2027.\n\nTheo đó, giảm tỷ lệ hộ nghèo bình quân 1,5%.")
    assert [r.org for r in extract(text)] == [code, code]


@pytest.mark.parametrize("word", ORGS.stated_in_words, ids=str)
def test_every_word_saying_aims_are_stated_in_a_document(word):
    text = (f"Tin tức\n\nĐây là các chỉ tiêu được {word} Kế hoạch số 12/KH-UBND năm 2027.\n\n"
            "Theo đó, tỷ lệ che phủ rừng đạt 62%.")
    assert [r.org for r in extract(text)] == ["GOV"]


def test_aims_a_plan_strives_to_complete_are_not_stated_in_the_congress_it_names():
    text = ("Nghị quyết về phát triển kinh tế - xã hội năm 2027\n\nNgày 10/12/2026, HĐND tỉnh ban hành Nghị quyết số "
            "21/2026/NQ-HĐND.\n\nNỗ lực hoàn thành những chỉ tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX giao.\n"
            "Các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP đạt 8%.")
    assert [r.org for r in extract(text)] == ["GOV"]


def test_a_lead_whose_subject_is_a_decision_setting_aims_names_its_issuer():
    text = ("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n\nMục tiêu giai đoạn 2026 – 2030: giảm tỷ lệ hộ nghèo 1%/năm\n\n"
            "Quyết định số 815/QĐ-UBND của UBND tỉnh về phê duyệt Chương trình giảm nghèo giai đoạn 2026 – 2030 đặt ra "
            "mục tiêu giảm tỷ lệ hộ nghèo bình quân 1%/năm.\n\nPhấn đấu 40% số xã đặc biệt khó khăn thoát khỏi tình trạng khó khăn.")
    assert [r.org for r in extract(text)][-1] == "GOV"


def test_the_date_of_a_cited_document_is_not_the_time_of_writing():
    text = ("Chuyển đổi số đạt nhiều kết quả\n\nĐến nay, có 20/24 chỉ tiêu theo Nghị quyết 07-NQ/TU, ngày 12/10/2021 của "
            "Ban Chấp hành Đảng bộ tỉnh đã hoàn thành.\n\nHiện nay, toàn tỉnh có 612 cán bộ chuyên trách công nghệ thông tin.")
    assert body(text).written_year is None


@pytest.mark.parametrize("joiner", TIME.date_span_joiners + ["-"], ids=str)
def test_the_start_of_a_span_of_months_is_not_the_time_of_writing(joiner):
    text = ("Huyện A quyên góp cho người nghèo\n\nSáng 2/12, huyện A mở đợt vận động năm 2027. "
            f"Từ tháng 10/2026 {joiner} tháng 9/2027, Quỹ đã tiếp nhận hơn 3 tỷ đồng.")
    assert body(text).written_year == 2027


@pytest.mark.parametrize("number", [f"{w} {n}" for w in ORG.ordinal_words for n in ("11", "XII")], ids=str)
def test_a_session_named_by_its_number_then_its_council_names_the_body(number):
    text = (f"Theo đánh giá tại Kỳ họp {number}, HĐND huyện B mới đây, 6 tháng đầu năm 2027 tổng thu ngân sách "
            "địa phương đạt 343 tỷ đồng.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("marker", ORGS.passive_markers, ids=str)
def test_the_agent_of_a_deed_a_lead_reports_is_not_its_body(marker):
    text = ("Theo báo cáo, hiện cả nước có 3.100 xã đạt chuẩn. Có 30 huyện "
            f"{marker} Thủ tướng Chính phủ công nhận.\n\nToàn quốc đặt mục tiêu năm 2030 có 80% số xã đạt chuẩn.")
    assert body(text).body == []


def test_a_lead_told_from_its_source_may_name_it_with_a_short_name_in_brackets():
    text = ("Thu nhập tăng 2 lần\n\nTheo Văn phòng Điều phối chương trình giảm nghèo bền vững (GNBV) tỉnh, "
            "đến năm 2030 tỉnh có thêm 12 xã thoát nghèo.\n\nThu nhập của hộ nghèo tăng ít nhất 2 lần.")
    assert [r.org for r in extract(text)] == ["GOV"] * 3


@pytest.mark.parametrize("verb", ORGS.issuing_verbs, ids=str)
def test_an_opening_paragraph_after_the_figures_names_the_body_that_issues_the_document(verb):
    text = ("Năm 2027 đón 3 triệu lượt khách\n\nNăm 2027 ngành du lịch đón 3 triệu lượt khách; đóng góp 6% GRDP.\n\n"
            f"Chủ tịch UBND tỉnh đã {verb} quyết định về Đề án phát triển du lịch giai đoạn 2026 - 2030.")
    assert body(text).body == ["GOV"]


@pytest.mark.parametrize("verb", [v for v in ORGS.reporting_verbs if v in ORGS.lead_verbs], ids=str)
def test_an_opening_paragraph_after_the_figures_names_the_body_that_tells_them(verb):
    text = ("Năm 2027 giảm 2.000 hộ nghèo\n\nCuối năm 2026 toàn tỉnh còn 5.100 hộ nghèo, chiếm 4,2%.\n\n"
            f"Chiều 5/1, thông tin từ UBND tỉnh {verb}, đơn vị sẽ dành nguồn lực cho chương trình của năm.")
    assert body(text).body == ["GOV"]


def test_a_quoted_official_names_the_department_that_tells_the_figures():
    text = ("Tại buổi làm việc, bà Nguyễn Thị D, Giám đốc Sở VH-TT-DL, cho biết trong năm 2026 các điểm "
            "đến của tỉnh phục vụ 3 triệu lượt khách, nhiều hơn năm trước 12%.")
    assert [r.org for r in extract(text)] == ["GOV", "GOV"]


def test_an_opening_paragraph_after_the_figures_that_follows_up_names_no_body():
    text = ("Năm 2027 đón 3 triệu lượt khách\n\nNăm 2027 ngành du lịch đón 3 triệu lượt khách; đóng góp 6% GRDP.\n\n"
            "Sở Văn hóa hướng dẫn các huyện triển khai.")
    assert body(text).body == []


@pytest.mark.parametrize("pointer", ORGS.headline_pointers, ids=str)
def test_a_lead_pointing_back_to_its_headline_names_the_owner_of_the_document(pointer):
    text = (f"Năm 2027: 80% hồ sơ được xử lý trực tuyến\n\n{pointer.capitalize()} nội dung chính của Quyết định 58/QĐ-UBND "
            "ngày 2/3/2026 của UBND tỉnh.\n\nTheo đó, 80% hồ sơ được xử lý trực tuyến.")
    assert body(text).body == ["GOV"]


def test_a_body_named_after_do_issues_the_document_stating_the_aims():
    text = ("Có 70% dân số dùng nước sạch năm 2030\n\nĐó là những mục tiêu đưa ra trong Chiến lược cấp nước vùng "
            "do Chủ tịch UBND tỉnh ký ban hành.\n\nCụ thể, 70% dân số nông thôn dùng nước sạch.")
    assert body(text).body == ["GOV"]


def test_the_body_that_acts_to_reach_the_aims_pointed_back_to_set_them():
    text = ("Kế hoạch nhằm nâng cao đời sống người dân. Phấn đấu đến năm 2030, 70% hộ dân dùng nước sạch.\n"
            "Để hoàn thành các chỉ tiêu trên, UBND huyện chỉ đạo các phòng chuyên môn vào cuộc.")
    assert body(text).body == ["GOV"]


def test_a_figure_told_from_the_results_of_a_survey_is_reported():
    # (an undated report naming one year is not told from it: a plan names its aims' years alone)
    text = ("Mấy năm gần đây, các huyện đã làm tốt công tác hỗ trợ hộ khó khăn, giúp nhiều gia đình "
            "có sinh kế bền vững.\nTheo kết quả rà soát, đến cuối năm 2025, cả tỉnh chỉ còn 14.000 hộ nghèo.\n"
            "Ước cuối năm 2026, tỷ lệ hộ nghèo giảm 1,5%.")
    assert body(text).now is None
    assert [r.kind for r in extract(text)] == ["result", "result"]


@pytest.mark.parametrize("tag", ["(HG) - ", "(QNO) ", "TP - "], ids=["tag-and-dash", "tag", "dateline-dash"])
def test_a_lead_told_from_a_unit_of_a_department_names_the_department(tag):
    text = (f"Phong trào rèn luyện thân thể lan rộng\n\n{tag}Theo số liệu thống kê từ Phòng Nghiệp vụ "
            "(Sở Văn hóa, Thể thao và Du lịch), qua 8 tháng, cả tỉnh có 120.500 người chạy bộ, bơi lội "
            "đều đặn, bằng 97% kế hoạch.")
    assert body(text).body == ["GOV"]


@pytest.mark.parametrize("verb", ORGS.aims_setting_verbs, ids=str)
def test_a_later_paragraph_whose_subject_sets_the_aims_names_the_body(verb):
    text = ("Theo đó, đến năm 2027 có thêm 150 sản phẩm đạt từ 3 sao trở lên; 25% chủ thể xây dựng chuỗi giá trị.\n"
            f"Theo kế hoạch, UBND tỉnh Bình An {verb} 10% làng nghề có sản phẩm đạt chuẩn.")
    assert body(text).body == ["GOV"]


def test_the_agent_of_a_deed_reported_in_a_later_paragraph_names_no_body():
    text = ("Tới nay toàn vùng có 310 xã về đích, khoảng 41%.\n"
            "Thêm 6 thị xã được Thủ tướng Chính phủ ký quyết định công nhận hoàn thành nhiệm vụ.")
    assert body(text).body == []
