"""Score comparison rows against hand-made gold rows (``tests/golden/compare_*.jsonl``).

A predicted and a gold row match when both sides agree: spans overlap (or are
both absent) and organizations are equal. Alignment precision/recall/F1 count
aligned pairs only (rows with both sides); verdict accuracy is the share of
gold rows, missing and added included, matched by a row with the same verdict.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from schemas import ComparisonRow


def _overlap(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] < b[1] and b[0] < a[1]


def _same(pred: dict, gold: dict) -> bool:
    return (_overlap(pred.get("ref_span"), gold.get("ref_span"))
            and _overlap(pred.get("plan_span"), gold.get("plan_span"))
            and pred.get("ref_org") == gold.get("ref_org")
            and pred.get("plan_org") == gold.get("plan_org"))


def read_gold(path: Path | str) -> list[dict]:
    """Gold rows, one JSON object a line."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: Iterable[ComparisonRow | dict], gold: list[dict]) -> dict:
    """``{"precision", "recall", "f1", "verdict_accuracy", "errors"}`` of rows against gold.

    >>> g = [{"ref_span": [0, 3], "ref_org": "HND", "plan_span": [5, 8], "plan_org": "HND", "verdict": "same"}]
    >>> score(g, g)["f1"], score(g, g)["verdict_accuracy"]
    (1.0, 1.0)
    """
    pred = [r.record() if isinstance(r, ComparisonRow) else dict(r) for r in rows]
    pairs_p = [r for r in pred if r.get("ref_span") and r.get("plan_span")]
    pairs_g = [g for g in gold if g.get("ref_span") and g.get("plan_span")]
    hit = sum(any(_same(p, g) for g in pairs_g) for p in pairs_p)
    found = sum(any(_same(p, g) for p in pairs_p) for g in pairs_g)
    precision = hit / len(pairs_p) if pairs_p else 1.0
    recall = found / len(pairs_g) if pairs_g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    errors, right = [], 0
    for g in gold:
        match = next((p for p in pred if _same(p, g)), None)
        if match is not None and match["verdict"] == g["verdict"]:
            right += 1
        else:
            errors.append((g, match))
    return {"precision": precision, "recall": recall, "f1": f1,
            "verdict_accuracy": right / len(gold) if gold else 1.0, "errors": errors}
