"""Hypothesis: the extractor never crashes and its spans stay inside the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.read import document_from_text

WORDS = ["Hội Nông dân", "đạt", "90%", "trở lên", "ít nhất", "01", "3.275 triệu đồng", "21/21", "8 - 12",
         "Hằng năm", ":", ";", "\n", "-", "(1)", "(i)", "năm 2025", "giai đoạn 2021 – 2025", "uỷ", "hoá",
         "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội", "trên", "không quá", "14-NQ/TU", "ngày 03/11/2023",
         "I.", "2.1.", "+", "\u0301", "\u00a0", "một", "tăng", "giảm"]

texts = st.one_of(st.text(max_size=300),
                  st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_never_crashes_and_spans_stay_inside(text):
    for r in extract(document_from_text(text)):  # a text, even one that looks like a file name ("0.HTM")
        s, e = r.span
        assert 0 <= s < e <= len(text)
        mention = text[s:e]
        assert any(c.isdigit() for c in mention) or mention.strip().lower() in ("một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
