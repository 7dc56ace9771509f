"""Tests of the organization component: who a record belongs to."""
import pytest

from pipeline import extract
from records import one, rec  # noqa: F401
from pipeline.lexicon import load_lexicon

ORG = load_lexicon("organizations")


@pytest.mark.parametrize("code,alias", [(c, a) for c, aliases in sorted(ORG.codes.items()) for a in aliases],
                         ids=lambda x: str(x))
def test_every_organization_alias(code, alias):
    assert one(f"{alias.capitalize()} phấn đấu đạt 90% trở lên.").org == code


@pytest.mark.parametrize("agency", ORG.state_agencies(), ids=str)
def test_every_ministry_and_department_by_its_field_is_gov(agency):
    assert one(f"{agency.capitalize()} phấn đấu đạt 90% trở lên.").org == "GOV"


@pytest.mark.parametrize("written", ["Sở GD- ĐT", "Sở GD - ĐT", "Bộ Văn hóa Thể thao và Du lịch"], ids=str)
def test_an_agency_written_with_loose_spacing_or_no_commas_is_gov(written):
    assert one(f"{written} phấn đấu đạt 90% trở lên.").org == "GOV"


@pytest.mark.parametrize("alias", ORG.collective, ids=str)
def test_every_collective_subject_is_all(alias):
    assert [r.org for r in extract(f"{alias.capitalize()} hoàn thành 95% các chỉ tiêu thi đua.")] == ["ALL"]


@pytest.mark.parametrize("alias", ORG.generic_units, ids=str)
def test_every_generic_unit_makes_the_group_all(alias):
    assert [r.org for r in extract(f"Trên 75% {alias} ứng dụng công nghệ thông tin.")] == ["ALL"]


@pytest.mark.parametrize("joiner", ORG.joiners, ids=str)
def test_every_joiner_keeps_one_subject_group(joiner):
    rs = extract(f"Hội Nông dân {joiner} Hội Cựu chiến binh phấn đấu 87% trở lên.")
    assert sorted(r.org for r in rs) == ["HCCB", "HND"]


@pytest.mark.parametrize("code,pop", [(c, p) for c, ps in sorted(ORG.populations.items()) for p in ps],
                         ids=lambda x: str(x))
def test_every_population_default(code, pop):
    assert one(f"Phấn đấu 100% {pop} tham gia sinh hoạt.").org == code


@pytest.mark.parametrize("pop", ORG.mixed_populations, ids=str)
def test_every_mixed_population_has_no_single_actor(pop):
    assert one(f"Phấn đấu 100% {pop} được quán triệt nghị quyết.").org is None


@pytest.mark.parametrize("context", ORG.not_actor_contexts, ids=str)
def test_admitted_party_members_are_not_the_actor(context):
    # the body of the document admits them through its members; with none named, the Party
    assert [r.org for r in extract(f"Đại hội Hội Cựu chiến binh xã D lần thứ VII\nHằng năm {context} 15 đảng viên.")] == ["HCCB"]
    assert one(f"Hằng năm {context} 150 đảng viên.").org == "PARTY"


@pytest.mark.parametrize("text,orgs", [
    ("Về tập hợp hội viên, Hội Nông dân đạt 83%, Hội Phụ nữ đạt 86%, Đoàn Thanh niên đạt 72%.",
     ["HND", "HLHPN", "DTN"]),
    ("Hội Nông dân đạt 85% và có 90% hội viên tham gia.", ["HND", "HND"]),
], ids=["comma-separated-subjects", "subject-carries-to-the-next-value"])
def test_each_value_takes_the_subject_of_its_own_stretch(text, orgs):
    assert [r.org for r in extract(text)] == orgs


def test_congress_document_speaks_for_the_party_over_a_topic_heading():
    text = ("NGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ THỊ XÃ LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025\n"
            "3. Các chỉ tiêu về xây dựng Đảng và hệ thống chính trị\n- Kết nạp 1.300 đảng viên trong nhiệm kỳ.\n")
    assert one(text).org == "PARTY"


def test_a_topic_heading_on_culture_does_not_make_every_figure_cultural():
    text = "2. Các chỉ tiêu về văn hóa - xã hội\n- Tỷ lệ che phủ rừng đạt 60%.\n"
    assert one(text).indicator == "other"


@pytest.mark.parametrize("word", ORG.respective_words, ids=str)
def test_respective_values_pair_with_their_organizations(word):
    rs = extract(f"Số hội viên tập hợp được của Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh {word} đạt 82%, 86% và 97%.")
    assert [(r.value, r.org) for r in rs] == [(82, "HND"), (86, "HLHPN"), (97, "HCCB")]


@pytest.mark.parametrize("word", ORG.counted_partners, ids=str)
def test_organizations_after_a_partner_word_are_not_the_counted_people(word):
    rs = extract(f"Năm 2022, cả thị xã đã tổ chức 38 cuộc tiếp xúc {word} lãnh đạo cấp ủy, chính quyền cơ sở.")
    assert [r.org for r in rs] == [None]


def test_organizations_in_what_is_counted_are_the_actor():
    assert [r.org for r in extract("Có 100% cán bộ chủ chốt Hội Nông dân đạt chuẩn.")] == ["HND"]


@pytest.mark.parametrize("marker", ORG.addressee_markers, ids=str)
def test_addressee_heading_names_the_actor(marker):
    r = one(f"3.2. {marker.capitalize()} Hội Nông dân:\n- Phấn đấu 100% cán bộ được tập huấn.")
    assert r.org == "HND"


@pytest.mark.parametrize("title", ["ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ", "ĐẠI HỘI ĐẢNG BỘ", "HỘI NGHỊ BCH ĐẢNG BỘ"], ids=str)
def test_party_congress_document_targets_belong_to_the_party(title):
    rs = extract(f"{title} HUYỆN LẦN THỨ XX\nCác chỉ tiêu chủ yếu:\n- Tỷ lệ che phủ rừng đạt 60%.")
    assert [r.org for r in rs] == ["PARTY"]


def test_one_record_per_organization_with_the_same_span():
    rs = extract("Hằng năm, mỗi chi hội cựu chiến binh, mỗi chi hội nông dân, chi đoàn thanh niên, công đoàn cơ sở, "
                 "chi hội phụ nữ bồi dưỡng ít nhất 02 quần chúng xuất sắc.")
    assert sorted(r.org for r in rs) == ["DTN", "HCCB", "HLHPN", "HND", "LDLD"]
    assert len({r.span for r in rs}) == 1


def test_object_of_the_clause_is_not_the_subject():
    r = one("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cam kết với chi bộ thực hiện ít nhất 02 phần việc.")
    assert r.org == "ALL"


def test_coverage_predicate_names_the_organizations():
    rs = extract("Phấn đấu đến năm 2027, 85% hợp tác xã có tổ chức đoàn thanh niên, công đoàn.")
    assert sorted(r.org for r in rs) == ["DTN", "LDLD"]


def test_issuer_of_a_cited_document_is_not_an_actor():
    assert one("Đề án số 06 của BTV Tỉnh ủy đã có 07/10 nhóm chỉ tiêu đạt.").org is None


@pytest.mark.parametrize("body", ORG.cited_issuer_bodies, ids=str)
def test_every_cited_issuer_body(body):
    assert one(f"Đề án số 06 của {body} Tỉnh ủy đã có 07/10 nhóm chỉ tiêu đạt.").org is None


@pytest.mark.parametrize("word", ORG.coverage_words, ids=str)
def test_every_coverage_word(word):
    assert one(f"Phấn đấu đến năm 2027, 85% hợp tác xã {word} công đoàn.").org == "LDLD"


@pytest.mark.parametrize("word", ORG.cited_issuer_prepositions, ids=str)
def test_every_cited_issuer_preposition(word):
    assert one(f"Thực hiện Đề án số 06 {word} Tỉnh ủy, đạt 90%.").org is None
    assert one("Tỉnh ủy phấn đấu đạt 90%.").org == "PARTY"


@pytest.mark.parametrize("word", ORG.conjunctions, ids=str)
def test_values_joined_by_a_conjunction_share_the_population_org(word):
    rs = extract(f"Phấn đấu 100% cán bộ được tập huấn {word} 90% đoàn viên, hội viên tham gia.")
    assert [r.org for r in rs] == ["ALL", "ALL"]


@pytest.mark.parametrize("phrase", ORG.not_mentions, ids=str)
def test_phrases_that_hold_a_mention_but_name_none(phrase):
    assert one(f"Hằng năm, {phrase} ít nhất 02 lần.").org is None


@pytest.mark.parametrize("label,org", [("VNPT", "OTHER"), ("MobiFone", "OTHER"), ("Tỷ lệ", None)],
                         ids=["acronym", "brand", "plain-label"])
def test_a_named_label_before_its_value(label, org):
    rs = extract(f"Danh sách\n+ Lắp đặt mới 58 trạm (Trong đó: {label}: 25 trạm);")
    assert [r.org for r in rs if r.value == 25] == [org]


@pytest.mark.parametrize("word", ORG.partner_before, ids=str)
def test_an_organization_after_a_partner_word_is_not_the_actor(word):
    text = f"Đại hội đại biểu Hội Nông dân huyện A lần thứ X\nCác cấp Hội {word} Ngân hàng Chính sách xã hội giải ngân 14 tỷ đồng."
    assert [r.org for r in extract(text)] == ["HND"]


@pytest.mark.parametrize("unit", ORG.partner_unit_words, ids=str)
def test_a_partners_unit_after_a_partner_word_is_not_the_actor(unit):
    text = (f"Tháng Thanh niên năm 2031\n\nTrong tháng 3, 100% Đoàn cấp huyện phối hợp {unit.capitalize()} Công an "
            "tỉnh tổ chức hoạt động hướng dẫn người dân cài đặt ứng dụng.")
    assert [r.org for r in extract(text)] == ["DTN"]


@pytest.mark.parametrize("word", ORG.measured_against, ids=str)
def test_the_body_that_set_the_plan_measured_against_is_not_the_actor(word):
    text = (f"Tổng thu ngân sách ước thực hiện 285 tỷ đồng, đạt 58% {word} HĐND huyện giao; "
            "tốc độ tăng trưởng đạt 7,5%.")
    assert [(r.value, r.org) for r in extract(text)] == [(285e9, None), (58, None), (7.5, None)]


@pytest.mark.parametrize("text,org", [
    ("UBND huyện phấn đấu đạt 90% kế hoạch.", "GOV"),
    ("Kế hoạch UBND huyện: tỷ lệ che phủ rừng đạt 45%.", "GOV"),
], ids=["actor before the figure", "a plan's owner with no figure before it"])
def test_a_plan_owner_not_behind_a_figure_still_acts(text, org):
    assert one(text).org == org


@pytest.mark.parametrize("opener", ORG.lead_openers, ids=str)
def test_the_subject_after_an_opening_adverbial_is_the_body(opener):
    text = ("Thông báo\n"
            f"{opener.capitalize()} Quyết định số 2553/QĐ-TTg ngày 21/11/2025 của Thủ tướng Chính phủ, Tổng Giám đốc "
            "Ngân hàng Chính sách xã hội thông báo lãi suất như sau. Các chi nhánh thực hiện.\n- Cho vay hộ nghèo: 6,24%/năm.")
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("text,orgs", [
    ("KẾ HOẠCH\n- Lắp đặt mới 40 trạm (Trong đó: FPT: 15 trạm, Viettel: 25 trạm).", ["GOV", "OTHER", "OTHER"]),
    ("KẾ HOẠCH\n- Xây dựng 12 nhà văn hóa, Tổng: 12 nhà.", ["GOV", "GOV"]),
], ids=["a plain name beside an acronym label", "a plain word label alone"])
def test_a_capitalized_label_in_a_breakdown_of_names_is_a_name(text, orgs):
    assert [r.org for r in extract("ỦY BAN NHÂN DÂN TỈNH A\n" + text)] == orgs


@pytest.mark.parametrize("opener", ORG.topic_openers, ids=str)
def test_a_lead_in_that_opens_on_its_topic_names_no_actor(opener):
    text = ("ỦY BAN NHÂN DÂN TỈNH A\nKẾ HOẠCH\n1. Mục tiêu đến năm 2026\n"
            f"{opener.capitalize()} ứng dụng công nghệ số trong công tác của các tổ chức đoàn thể:\n"
            "- 100% văn bản được gửi nhận trên môi trường mạng.")
    assert [r.org for r in extract(text)] == ["GOV"]


def test_a_lead_in_that_names_its_actor_gives_it():
    text = ("ỦY BAN NHÂN DÂN TỈNH A\nKẾ HOẠCH\n1. Mục tiêu đến năm 2026\n"
            "Các tổ chức đoàn thể phấn đấu:\n- 100% văn bản được gửi nhận trên môi trường mạng.")
    assert [r.org for r in extract(text)] == ["ALL"]


@pytest.mark.parametrize("word", ORG.share_subjects, ids=str)
def test_a_share_of_party_members_is_the_partys(word):
    assert one(f"- {word.capitalize()} đảng viên dự sinh hoạt chi bộ đều đặn: 85% trở lên.").org == "PARTY"


def test_a_share_of_admitted_party_members_has_no_actor_from_them():
    assert one("Tỷ lệ đảng viên được kết nạp trong năm đạt 5%.").org is None


@pytest.mark.parametrize("issuer,code", [("Tỉnh ủy", "PARTY"), ("Thủ tướng Chính phủ", "GOV"), ("Tỉnh đoàn", "DTN")], ids=str)
def test_an_aim_in_brackets_is_the_body_whose_document_set_it(issuer, code):
    text = f"Năm 2023, tỷ lệ này mới đạt 71%, thấp hơn so với chỉ tiêu tại Kế hoạch số 15-KH ngày 2/3/2021 của {issuer} (75%)."
    assert [r.org for r in extract(text) if r.value == 75] == [code]


@pytest.mark.parametrize("subject", ["Các cấp bộ Đoàn trong huyện", "Đoàn các cấp", "Tổ chức Đoàn - Hội ở các xã"],
                         ids=["cap-bo-doan", "doan-cac-cap", "to-chuc-doan-hoi"])
def test_the_doans_tiers_taken_together_are_the_doan(subject):
    assert extract(f"{subject} đã xây dựng 68 công trình thanh niên.")[0].org == "DTN"


@pytest.mark.parametrize("opener", ORG.lead_openers, ids=str)
def test_the_issuer_of_a_document_the_clause_goes_by_is_not_its_actor(opener):
    text = f"{opener.capitalize()} Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, vốn cho dự án là 410 tỷ đồng."
    assert extract(text)[0].org is None


def test_a_congress_resolution_that_sets_the_figures_names_its_body():
    text = "Nghị quyết Đại hội Đảng bộ thị xã lần thứ IX đặt 22 chỉ tiêu, có chỉ tiêu thu nhập 75 triệu đồng."
    assert extract(text)[-1].org == "PARTY"


@pytest.mark.parametrize("text,org", [
    ("Một số chỉ tiêu chủ yếu nhiệm kỳ 2030 - 2035: phấn đấu mỗi năm kết nạp từ 60 đảng viên mới trở lên.", "PARTY"),
    ("Đại hội Hội Nông dân xã B lần thứ IX\nNhiệm kỳ tới, giới thiệu 40 hội viên ưu tú để kết nạp 25 đảng viên.", "HND"),
], ids=["no body named: the Party admits its members", "the congress's body wins"])
def test_party_members_admitted_belong_to_the_party_only_when_no_body_is_named(text, org):
    assert [r.org for r in extract(text)][-1] == org


@pytest.mark.parametrize("verb", ORG.built_before, ids=str)
def test_an_organization_built_up_is_not_the_actor(verb):
    text = (f"Đại hội Đảng bộ xã K lần thứ I\nNhiệm kỳ 2030 - 2035, xã đặt mục tiêu {verb} Đảng bộ và chính quyền "
            "trong sạch, vững mạnh; phấn đấu thu nhập bình quân đầu người tăng 10%/năm.")
    assert [r.org for r in extract(text)] == ["PARTY"]


@pytest.mark.parametrize("verb", ORG.requester_verbs, ids=str)
def test_the_body_asked_to_act_is_the_actor_not_the_one_asking(verb):
    text = f"Ban Thường vụ Thị ủy {verb} UBND thị xã đẩy nhanh giải ngân vốn đầu tư công, đạt không dưới 85% kế hoạch."
    assert [r.org for r in extract(text)] == ["GOV"]


@pytest.mark.parametrize("filler", ORG.requester_fillers, ids=str)
def test_words_between_the_asking_body_and_its_verb(filler):
    text = f"Huyện ủy {filler} yêu cầu Huyện đoàn mỗi năm giới thiệu ít nhất 40 đoàn viên ưu tú."
    assert [r.org for r in extract(text)] == ["DTN"]


def test_with_no_one_named_after_the_request_the_body_of_the_figures_acts():
    text = ("Hội LHPN huyện B tổng kết công tác Hội năm 2031\n"
            "Tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị trong năm 2032 các cấp Hội vận động "
            "thêm 600 hội viên mới.")
    assert [r.org for r in extract(text)] == ["HLHPN"]


@pytest.mark.parametrize("text,orgs", [
    ("Năm 2030, thành lập 9 tổ chức công đoàn và 3 tổ chức đoàn thanh niên.", ["LDLD", "DTN"]),
    ("Năm 2030, thành lập 5 chi hội phụ nữ, 3 chi hội nông dân.", ["HLHPN", "HND"]),
    ("Năm 2030, có 25% chi bộ xếp loại hoàn thành xuất sắc, 70% hoàn thành tốt nhiệm vụ.", ["PARTY", "PARTY"]),
], ids=["each value its own organization", "after a comma", "the first one's noun elided in the second"])
def test_an_organization_an_earlier_value_counts_gives_way_to_this_ones(text, orgs):
    assert [r.org for r in extract(text)] == orgs


@pytest.mark.parametrize("word", ORG.association_self, ids=str)
def test_the_associations_own_units_counted_are_its_own_whatever_their_deed_names(word):
    text = (f"Đại hội Hội Nông dân huyện A lần thứ X\n\nNhiệm kỳ tới, 100% {word} tổ chức các hoạt động "
            "tuyên truyền bầu cử Quốc hội.")
    assert [r.org for r in extract(text)] == ["HND"]
