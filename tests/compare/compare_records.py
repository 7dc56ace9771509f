"""Hand-built records and sides for the compare tests (imported by tests/compare/test_*.py)."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.compare import Side
from schemas import Target

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
GOLDEN = ROOT / "tests" / "golden"
REF_ID, BLOC_ID, DISTRICT_ID = "000_f70623145abb4c5f", "001_45df4ddcfde7a44e", "002_886cc3589cf7c333"


def T(value=90, comparator=">=", unit="percent", org="HND", indicator="membership_rate",
      counted="đoàn viên, hội viên", doc_id="ref", span=(0, 3), **kw) -> Target:
    """A parent record (defaults: Hội Nông dân, 90% trở lên đoàn viên, hội viên)."""
    return Target(doc_id=doc_id, span=span, value=value, comparator=comparator, unit=unit, org=org,
                  indicator=indicator, counted=counted, **kw)


def P(**kw) -> Target:
    """A plan record, like :func:`T` but of the plan."""
    kw.setdefault("doc_id", "plan")
    kw.setdefault("span", (10, 13))
    return T(**kw)


def side_of(doc_id: str, text: str, *fields: dict, path: str | None = None) -> Side:
    """A side whose records are the figures of ``text`` marked ``[[...]]`` (the markers are
    removed): ``[[90%]]`` is 90 percent, ``[[3.000]]`` the count 3000, each bare (``=``);
    ``fields[i]`` overrides fields of the i-th record (org, deadline_year, kind, ...)."""
    out, targets, pos = [], [], 0
    while True:
        a = text.find("[[", pos)
        if a < 0:
            out.append(text[pos:])
            break
        b = text.index("]]", a)
        out.append(text[pos:a])
        start = sum(len(x) for x in out)
        mention = text[a + 2:b]
        out.append(mention)
        number = float(mention.split()[0].rstrip("%").replace(".", "").replace(",", "."))
        extra = fields[len(targets)] if len(targets) < len(fields) else {}
        unit = "percent" if mention.endswith("%") else "vnd" if "đồng" in mention else "count"
        targets.append(Target(**{"doc_id": doc_id, "span": (start, start + len(mention)), "value": number,
                                 "unit": unit, "comparator": "=", **extra}))
        pos = b + 2
    return Side(doc_id, targets, "".join(out), path)


def gold_side(doc_id: str) -> Side:
    """A side built from the seed gold records (what a perfect extractor gives)."""
    records = [json.loads(line) for line in (GOLDEN / "seed_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    targets = [Target.model_validate(r) for r in records if r["doc_id"] == doc_id]
    path = CORPORA / f"{doc_id}.txt"
    return Side(doc_id, targets, path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
