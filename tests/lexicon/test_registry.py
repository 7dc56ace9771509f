"""The data files: every one validates, a broken one names itself."""
import pytest

from pipeline import lexicon


@pytest.mark.parametrize("name", sorted(lexicon.MODELS), ids=str)
def test_every_data_file_validates(name):
    assert lexicon.load_lexicon(name) is not None


def test_a_broken_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "comparators.yaml").write_text("before: {'ít nhất': 'nhiều'}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    lexicon.load_lexicon.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="comparators.yaml"):
            lexicon.load_lexicon("comparators")
    finally:
        lexicon.load_lexicon.cache_clear()


def test_tone_move_must_keep_length():
    with pytest.raises(Exception):
        lexicon.Spelling(tone_moves={"oà": "òaa"}, spaces=[], dashes=[], quotes=[])
