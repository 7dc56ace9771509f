"""Hypothesis over generated text: Vietnamese fragments, numbers, percent signs,
comparator words and punctuation mixed with hostile Unicode (combining marks,
NFD, zero-width and direction marks, emoji, NUL, lone surrogates, other
scripts' digits). Whatever the text: no exception, every span inside the text,
the text at the span holds the number, and the same text gives the same records."""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract_document
from pipeline.read import document_from_text
from pipeline.lexicon import load_lexicon
from robustness.sizes import LONG, TEXT_EXAMPLES

FRAGMENTS = [
    "Hội Nông dân", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Mặt trận Tổ quốc", "Hội Cựu chiến binh",
    "Liên đoàn Lao động", "các tổ chức chính trị - xã hội", "cấp ủy", "chi bộ", "đảng viên", "hội viên mới",
    "đạt", "trở lên", "ít nhất", "không quá", "tối thiểu", "tối đa", "trên", "dưới", "từ", "đến", "khoảng",
    "tăng", "giảm", "so với năm 2020", "phấn đấu", "Hằng năm", "mỗi quý", "năm 2025", "đến năm 2030",
    "giai đoạn 2021 – 2025", "giai đoạn 2021-2025", "Nghị quyết số 14-NQ/TU", "ngày 03/11/2023", "Kế hoạch số 12-KH/HU",
    "90%", "75 %", "100%", "1,5%", "phần trăm", "01", "15", "3.275 triệu đồng", "50 tỷ đồng", "21/21", "8 - 12",
    "một", "hai", "ba", "mười", "uỷ", "hoá", "thuỷ", "I.", "II.", "1.", "2.1.", "a)", "(1)", "(i)", "-", "+", "*",
    ":", ";", ",", ".", "\n", "\n\n", " | ", "\t",
]
HOSTILE = [
    "\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u0302\u0301",  # combining tones, stacked
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # direction marks
    "🙂", "👨‍👩‍👧", "🇻🇳", "\x00", "\x07", "\x1b[31m", "\r", "\x0c", "\u2028", "\u2029",
    "\ud800", "\udfff", "\udcff", "\ufffd",  # lone surrogates, replacement character
    "٩٠", "९०", "９０％", "¹²", "Ⅻ", "½", "\u00a0", "\u3000", "\u2009", "\u202f",  # other digits and spaces
    "ا", "中文", "\u0e01", "Ꙁ",
]
NUMBER_WORDS = set(load_lexicon("units").number_words)


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(FRAGMENTS).map(_nfd),
    st.sampled_from(HOSTILE),
    st.integers(0, 10**12).map(str),
    st.decimals(0, 10**6, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
    st.text(max_size=6),
)
texts = st.one_of(
    st.lists(pieces, max_size=60).map(" ".join),
    st.lists(pieces, max_size=60).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=TEXT_EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts)
def test_any_text_gives_sound_records(figures, text):
    f = figures.setdefault("texts", {"examples run": 0, "records": 0, "crashes": 0, "unsound records": 0})
    f["examples run"] += 1
    try:
        # As a Document: a short generated string like "0.HTM" would be read as a file name by extract().
        first = [t.model_dump() for t in extract_document(document_from_text(text))]
        again = [t.model_dump() for t in extract_document(document_from_text(text))]
    except Exception as e:
        f["crashes"] += 1
        if not LONG:
            raise  # the fast part stops at the first crash, and hypothesis shrinks it
        # The long part counts every crash by its kind and goes on; the test below names them.
        kinds = figures.setdefault("text crashes", {})
        key = f"{type(e).__name__}: {str(e)[:100]} (e.g. {text[:60]!r})"
        kinds[key] = kinds.get(key, 0) + 1
        return
    f["records"] += len(first)
    bad = [r for r in first if not _sound(r, text)]
    f["unsound records"] += len(bad)
    assert not bad, bad
    assert first == again  # deterministic


def _sound(record: dict, text: str) -> bool:
    s, e = record["span"]
    if not 0 <= s < e <= len(text):
        return False
    mention = unicodedata.normalize("NFC", text[s:e]).strip().lower()
    return any(c.isdigit() for c in mention) or mention in NUMBER_WORDS


def test_no_generated_text_crashed(figures):
    """In the long part crashes are counted rather than stopped at: here they fail the run."""
    assert figures.get("texts", {}).get("crashes", 0) == 0, figures.get("text crashes")
