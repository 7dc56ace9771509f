"""Helpers of the extraction tests: the records of a short text."""
from pipeline import extract


def rec(text, value=None):
    """The records of a text, or those with one value."""
    out = extract(text)
    return [r for r in out if value is None or r.value == value]


def one(text, value=None):
    """The one quantity mention of a text (its records share one span)."""
    rs = rec(text, value)
    assert len({r.span for r in rs}) == 1, [(r.value, r.span) for r in extract(text)]
    return rs[0]
