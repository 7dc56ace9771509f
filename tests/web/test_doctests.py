"""The examples in the web package's docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipeline.web", "pipeline.web.app", "pipeline.web.settings", "pipeline.web.store",
           "pipeline.web.intake", "pipeline.web.views", "pipeline.web.documents", "pipeline.web.analysis",
           "pipeline.web.routes", "pipeline.lexicon.web_models"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
