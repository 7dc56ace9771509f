"""The bundled corpus end to end: the seed pairs against their gold rows, and every
document compared with itself."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from compare_records import BLOC_ID, CORPORA, DISTRICT_ID, GOLDEN, REF_ID, gold_side  # noqa: E402

from pipeline.compare import compare, compare_many, load_side  # noqa: E402
from pipeline.compare.evaluate import read_gold, score  # noqa: E402
from pipeline.read import read_document  # noqa: E402

PAIRS = [(BLOC_ID, "compare_001_vs_000.jsonl"), (DISTRICT_ID, "compare_002_vs_000.jsonl")]
IDS = ["bloc-plan-001", "district-resolution-002"]


@pytest.fixture(scope="module")
def extracted():
    """Sides of the three seed documents as the extractor reads them."""
    return {doc_id: load_side(read_document(CORPORA / f"{doc_id}.txt")) for doc_id in (REF_ID, BLOC_ID, DISTRICT_ID)}


@pytest.mark.parametrize("plan_id, gold_file", PAIRS, ids=IDS)
def test_seed_pair_on_gold_targets(plan_id, gold_file):
    rows = compare(gold_side(REF_ID), gold_side(plan_id))
    s = score(rows, read_gold(GOLDEN / gold_file))
    assert s["f1"] >= 0.9 and s["verdict_accuracy"] >= 0.9, s["errors"]


@pytest.mark.parametrize("plan_id, gold_file", PAIRS, ids=IDS)
def test_seed_pair_on_extracted_targets(extracted, plan_id, gold_file):
    rows = compare_many(extracted[REF_ID], [extracted[plan_id]])
    s = score(rows, read_gold(GOLDEN / gold_file))
    assert s["f1"] >= 0.9 and s["verdict_accuracy"] >= 0.9, (s["f1"], s["verdict_accuracy"], s["errors"])


def _row(rows, ref_at, plan_at=None, ref_org=None):
    found = [r for r in rows if r.ref_span and r.ref_span[0] <= ref_at < r.ref_span[1]
             and (plan_at is None or (r.plan_span and r.plan_span[0] <= plan_at < r.plan_span[1]))
             and (ref_org is None or r.ref_org == ref_org)]
    assert len(found) == 1, found
    return found[0]


def test_bloc_plan_studying_resolutions_is_stricter(extracted):
    # Sa Pa: members' study of resolutions at 90% (3742); the bloc plan's at 100% (5883).
    row = _row(compare(extracted[REF_ID], extracted[BLOC_ID]), 3742, 5883)
    assert row.verdict == "stricter" and (row.ref_value, row.plan_value) == (90, 100)
    assert "90%" in row.ref_quote and "100%" in row.plan_quote and row.matched


def test_district_youth_union_membership_is_weaker(extracted):
    # Sa Pa: Đoàn thanh niên 90% (2561); Vị Xuyên: Đoàn Thanh niên 75% (5083).
    row = _row(compare(extracted[REF_ID], extracted[DISTRICT_ID]), 2561, ref_org="DTN")
    assert row.verdict == "weaker" and row.plan_value == 75


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.txt")), ids=lambda p: p.stem)
def test_a_bundled_document_compared_with_itself_is_the_same_throughout(path):
    side = load_side(read_document(path))
    rows = compare(side, side)
    assert [r for r in rows if r.verdict != "same"] == []
    assert len(rows) == sum(t.kind in ("target", "budget") for t in side.targets)  # a row per parent record
