"""One row per item marker of structure.yaml: a line that starts with it is an item or heading under its label."""
import pytest

from pipeline.lexicon import load_lexicon
from pipeline.normalize import normalize
from pipeline.structure import parse

MARKERS = load_lexicon("structure").markers

EXAMPLES = {
    "roman": ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "II"),
    "arabic3": ("1.2.3 Hội Nông dân đạt 90%.", "1.2.3"),
    "arabic2": ("2.1. Về công tác tập hợp", "2.1"),
    "arabic": ("3. Chỉ tiêu cụ thể", "3"),
    "arabic_dash": ("1 - Lãi suất cho vay hộ nghèo", "1"),
    "letter": ("a) Hội Nông dân đạt 90% trở lên.", "a"),
    "paren": ("(1) Hằng năm đạt 90%.", "1"),
    "paren_roman": ("(ii) Mỗi chi hội có 01 mô hình.", "ii"),
    "dash": ("- Mỗi chi hội có 01 mô hình.", "-"),
    "plus": ("+ Mỗi chi hội có 01 mô hình.", "+"),
}


@pytest.mark.parametrize("marker", MARKERS, ids=lambda m: m.name)
def test_every_marker_starts_a_block(marker):
    assert marker.name in EXAMPLES, f"structure.yaml marker {marker.name!r} needs an example here"
    line, label = EXAMPLES[marker.name]
    st = parse(normalize("Kế hoạch:\n" + line).text)
    b = st.blocks[-1]
    assert (b.marker, b.level) == (label, marker.level)


@pytest.mark.parametrize("line", ["2. 700 hội viên mới", "I. "], ids=["number-then-number", "bare-roman"])
def test_a_number_after_a_marker_is_not_an_item(line):
    st = parse(normalize("Kế hoạch:\n" + line).text)
    assert st.blocks[-1].marker == ""
