"""Values stage: Vietnamese numbers and units."""
import pytest

from pipeline.lexicon import load_lexicon
from pipeline.values import parse_number, unit_of


@pytest.mark.parametrize("raw,value", [
    ("01", 1), ("90", 90), ("4.991", 4991), ("106.200", 106200), ("1,5", 1.5),
    ("74,5", 74.5), ("1.234.567", 1234567), ("2.500,5", 2500.5), ("7.5", 7.5),
], ids=lambda x: str(x))
def test_parse_number(raw, value):
    assert parse_number(raw) == pytest.approx(value)


UNITS = load_lexicon("units")


@pytest.mark.parametrize("word,mult", sorted(UNITS.multipliers.items()), ids=lambda x: str(x))
def test_every_multiplier_scales(word, mult):
    unit, m = unit_of(word + " đồng")
    assert unit == "vnd" and m == mult


@pytest.mark.parametrize("word,code", sorted(UNITS.currencies.items()), ids=lambda x: str(x))
def test_every_currency_word(word, code):
    assert unit_of(word) == (code, 1.0)
    assert unit_of("triệu " + word) == (code, 1_000_000.0)


@pytest.mark.parametrize("word", UNITS.money_multipliers, ids=str)
def test_bare_money_multiplier_is_vnd(word):
    assert unit_of(word)[0] == "vnd"


@pytest.mark.parametrize("sign", UNITS.percent_signs, ids=str)
def test_percent_signs(sign):
    assert unit_of(sign) == ("percent", 1.0)


def test_plain_count():
    assert unit_of("") == ("count", 1.0)
    assert unit_of("triệu") == ("count", 1_000_000.0)
