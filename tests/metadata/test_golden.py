"""Golden: document metadata of the dev set (tests/golden/metadata_dev_gold.jsonl,
texts in tests/golden/metadata_dev_texts/) scored by tests/golden/score_metadata.py.
The floors are the accuracies measured when the rules were written: a change
that loses a field on a document fails here."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import GOLDEN

MEASURED_MEAN = 1.0
MEASURED = {"doc_type": 1.0, "issuer_level": 1.0, "province": 1.0, "period": 1.0, "implements": 1.0}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_metadata", GOLDEN / "score_metadata.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores():
    s = _scorer()
    gold = s.read_jsonl(GOLDEN / "metadata_dev_gold.jsonl")
    return s.score(gold, s.predict(GOLDEN / "metadata_dev_texts", set(gold)))


def test_every_gold_document_is_read(scores):
    assert scores["documents"] == 25


def test_mean_field_accuracy(scores):
    assert scores["mean"] >= MEASURED_MEAN, scores["misses"]


@pytest.mark.parametrize("field", sorted(MEASURED))
def test_field_accuracy(scores, field):
    assert scores["accuracy"][field] >= MEASURED[field], [m for m in scores["misses"] if m[1] == field]


def test_scorer_compares_numbers_normalized():
    s = _scorer()
    gold = {"a": {"doc_type": "ke_hoach", "issuer_level": None, "province": "Thanh Hóa", "period": [2021, 2025],
                  "implements": ["29-NQ/TU", "348/KH-UBND"]}}
    pred = {"a": {"doc_type": "ke_hoach", "issuer_level": None, "province": "tỉnh Thanh Hoá", "period": [2021, 2025],
                  "implements": [{"number": "348/KH - UBND"}, {"number": "29- NQ/TU"}]}}
    assert s.score(gold, pred)["mean"] == 1.0
    pred["a"]["implements"] = [{"number": "29-NQ/TU"}]
    assert s.score(gold, pred)["accuracy"]["implements"] == 0.0
