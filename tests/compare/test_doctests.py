"""The examples in the compare package's docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipeline.compare", "pipeline.compare.align", "pipeline.compare.context", "pipeline.compare.evaluate",
           "pipeline.compare.folder", "pipeline.compare.render", "pipeline.compare.rows", "pipeline.compare.sides",
           "pipeline.compare.similarity", "pipeline.compare.terms", "pipeline.compare.verdict",
           "pipeline.compare.wording", "pipeline.lexicon.compare_models"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
