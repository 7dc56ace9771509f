"""Organization mentions: aliases found in the text, grouped by joiners."""
import pytest

from pipeline.extract.mentions import org_groups
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
