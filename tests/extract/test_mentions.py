"""Organization mentions: aliases found in the text, grouped by joiners."""
import pytest

from pipeline.extract.mentions import first_group, org_groups
from pipeline.lexicon import load_lexicon


@pytest.mark.parametrize("text,codes", [
    ("ban chấp hành hội nông dân thị xã bình minh", [["HND"]]),
    ("ban thường vụ hội liên hiệp phụ nữ tỉnh", [["HLHPN"]]),
    ("ban chấp hành hội đã đề ra các chỉ tiêu", [["BODY"]]),
    ("đoàn thanh niên, hội nông dân có 85%", [["DTN", "HND"]]),
], ids=["committee of the peasants' union", "standing committee of the women's union",
        "the association's own committee", "two organizations joined"])
def test_a_committee_names_the_organization_it_leads(text, codes):
    assert org_groups(text, 0, len(text))[0] == codes


@pytest.mark.parametrize("phrase", load_lexicon("organizations").means_phrases, ids=str)
def test_the_means_of_a_deed_is_not_its_actor(phrase):
    low = f"nhiệm kỳ qua, {phrase} mặt trận tổ quốc, đảng bộ xã đã kết nạp 40 đảng viên"
    assert org_groups(low, 0, len(low))[0] == [["PARTY"]]


@pytest.mark.parametrize("noun", load_lexicon("organizations").means_nouns, ids=str)
@pytest.mark.parametrize("deed", load_lexicon("organizations").deed_words, ids=str)
def test_the_means_listed_after_the_first_are_no_actors_either(noun, deed):
    low = (f"với sự hỗ trợ của trung ương, {noun} đồng lòng, quyết tâm của đảng bộ, chính quyền và nhân dân, "
           f"hội nông dân tỉnh {deed} kết nạp 400 hội viên")
    assert org_groups(low, 0, len(low))[0] == [["HND"]]


@pytest.mark.parametrize("code,short", [(c, w) for c, ws in sorted(load_lexicon("organizations").congress_bodies.items())
                                        for w in ws], ids=str)
def test_a_congress_that_names_its_body_is_that_body(code, short):
    low = f"báo cáo chính trị đại hội lần thứ ix của {short} đề ra mục tiêu"
    assert first_group(low, 0, len(low)) == [code]


def test_a_solidarity_congress_names_no_body():
    low = "đại hội đoàn kết các dân tộc đề ra mục tiêu"
    assert first_group(low, 0, len(low)) == ["BODY"]  # the document's body, whatever it is


@pytest.mark.parametrize("unit", load_lexicon("organizations").party_units, ids=str)
def test_the_party_unit_of_a_body_is_one_party_subject(unit):
    low = f"{unit} ubnd tỉnh đề ra mục tiêu"
    assert first_group(low, 0, len(low)) == ["PARTY"]


def test_party_and_government_joined_by_a_comma_are_both_subjects():
    low = "đảng bộ, chính quyền xã đề ra mục tiêu"
    assert first_group(low, 0, len(low)) == ["PARTY", "GOV"]


FILLED = {"đại biểu": ("đại hội đại biểu phụ nữ huyện đề ra mục tiêu", ["HLHPN"]),
          "toàn quốc": ("đại hội toàn quốc của đảng đề ra mục tiêu", ["PARTY"]),
          "lần thứ": ("đại hội lần thứ x của đảng đề ra mục tiêu", ["PARTY"]),
          "của": ("đại hội của cựu chiến binh huyện đề ra mục tiêu", ["HCCB"])}


@pytest.mark.parametrize("filler", load_lexicon("organizations").congress_name_fillers, ids=str)
def test_every_filler_between_a_congress_and_its_body(filler):
    low, codes = FILLED[filler]
    assert first_group(low, 0, len(low)) == codes
