"""The examples in the docstrings of the stages outside compare, metadata and web
(those have their own runners) run and give what they say."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import pipeline

_OWN_RUNNERS = ("pipeline.compare", "pipeline.metadata", "pipeline.web")
MODULES = sorted(m.name for m in pkgutil.walk_packages(pipeline.__path__, "pipeline.")
                 if not m.name.startswith(_OWN_RUNNERS))


def test_the_stages_are_all_listed():
    assert {"pipeline.extract.quantities", "pipeline.lexicon.patterns", "pipeline.structure"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
