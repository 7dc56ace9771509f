"""The examples in the metadata modules' docstrings run and hold."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipeline.metadata", "pipeline.metadata.text", "pipeline.metadata.doc_type",
           "pipeline.metadata.references", "pipeline.metadata.issuer", "pipeline.metadata.gazetteer",
           "pipeline.metadata.dates", "pipeline.metadata.link"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
