"""Values stage: Vietnamese number strings → numbers, with unit scaling.

Vietnamese writes "," for the decimal mark and "." to group thousands:
"4.991" is four thousand nine hundred ninety-one, "1,5" is one and a half.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.lexicon import load_lexicon

_GROUPED = regex.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_RX_SPACES = regex.compile(r"\s+")


def parse_number(s: str) -> float:
    """Parse one Vietnamese number.

    >>> parse_number("4.991"), parse_number("1,5"), parse_number("01"), parse_number("7.5")
    (4991.0, 1.5, 1.0, 7.5)
    """
    s = s.strip().replace(" ", "")
    if _GROUPED.match(s):
        return float(s.replace(".", "").replace(",", "."))
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return float(s)  # "7.5": a decimal point written the English way


@lru_cache(maxsize=1024)  # (a document has a handful of unit spellings, asked for at every value)
def unit_of(unit_text: str) -> tuple[str, float]:
    """The unit code and multiplier of the words after a number.

    >>> unit_of("triệu đồng"), unit_of("%"), unit_of("tỷ"), unit_of("")
    (('vnd', 1000000.0), ('percent', 1.0), ('vnd', 1000000000.0), ('count', 1.0))
    """
    lex = load_lexicon("units")
    u = _RX_SPACES.sub(" ", unit_text.strip().lower())
    if not u:
        return "count", 1.0
    if u in lex.percent_signs:
        return "percent", 1.0
    mult = 1.0
    for word, m in sorted(lex.multipliers.items(), key=lambda kv: -len(kv[0])):
        if u.startswith(word):
            mult = float(m)
            rest = u[len(word):].strip()
            if rest in lex.currencies:
                return lex.currencies[rest], mult
            return ("vnd" if word in lex.money_multipliers else "count"), mult
    if u in lex.currencies:
        return lex.currencies[u], 1.0
    return "count", 1.0


def number(x: float) -> str:
    """A number the Vietnamese way: ``.`` groups thousands, ``,`` marks decimals.

    >>> number(4991000000), number(1.5), number(95.0)
    ('4.991.000.000', '1,5', '95')
    """
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    whole, frac = f"{x:.6f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac
