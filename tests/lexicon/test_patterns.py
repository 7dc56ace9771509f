"""The pattern builder: a long phrase list compiled by ``re`` finds exactly what
``regex`` finds with the same pattern (the engine is chosen for speed only)."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.mentions import org_patterns
from pipeline.lexicon import compile_pattern, load_lexicon, phrase_pattern, words_re
from pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [normalize(p.read_text(encoding="utf-8")).text.lower() for p in sorted((ROOT / "corpora").glob("*.txt"))]


def _phrase_lists():
    return {
        "organization aliases": list(org_patterns()["alias_code"]),
        "commune level words": load_lexicon("levels").commune,
        "not a level": load_lexicon("levels").not_level,
        "comparators before": list(load_lexicon("comparators").before),
    }


def _spans(rx, text):
    return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", list(_phrase_lists()))
def test_long_lists_are_compiled_by_re(name):
    assert type(words_re(_phrase_lists()[name])).__module__ == "re"


@pytest.mark.parametrize("name", list(_phrase_lists()))
def test_re_finds_what_regex_finds_in_the_corpus(name):
    phrases = _phrase_lists()[name]
    fast, slow = words_re(phrases), regex.compile(phrase_pattern(phrases))
    found = [_spans(fast, t) for t in CORPUS]
    assert found == [_spans(slow, t) for t in CORPUS]
    assert sum(map(len, found)) > 0  # the comparison read real matches


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["hội", "nông", "dân", "xã", "phường", "thị", "trấn", "1", "_", "-", ",", " ",
                                 "  ", "\n", "ủy", "ban", "nhân", "đoàn", "thanh", "niên", "a", "2025"]),
                max_size=40))
def test_re_and_regex_agree_on_any_text(parts):
    text = "".join(parts)
    for phrases in _phrase_lists().values():
        assert _spans(words_re(phrases), text) == _spans(regex.compile(phrase_pattern(phrases)), text)


@pytest.mark.parametrize("pattern, text, expected", [
    (r"(?<![\p{L}])năm\s+(\d{4})", "trong năm 2025", "năm 2025"),
    (r"(?<![\p{L}\p{N}])(xã|phường|thị trấn|bản|thôn|tổ|khu|ấp|buôn)(?![\p{L}\p{N}])", "các xã1, bản", "bản"),
    (r"[\p{Lu}]\p{Ll}+", "hội Nông dân", "Nông"),  # other classes: regex
], ids=["letter boundary", "long list on syllables", "upper case class"])
def test_compile_pattern_reads_the_data_patterns(pattern, text, expected):
    assert compile_pattern(pattern).search(text).group(0) == expected
