#!/usr/bin/env python3
"""Score document metadata against gold (``metadata.jsonl`` of the shared corpora).

Gold: one JSON object a line with ``doc_id`` (the file stem) and the fields
``doc_type``, ``issuer_level``, ``province``, ``period``, ``implements``.
Predictions are made here, by reading every document of TEXTS (a folder, any
format the read stage takes) and filling its metadata; or read from a JSON
Lines file of the same shape (``--pred``).

    python tests/golden/score_metadata.py GOLD.jsonl TEXTS/ [--pred PRED.jsonl] [--json] [--errors]

A field is right when it equals the gold value, null included:

- ``province``: compared without case, diacritics or a "tỉnh"/"thành phố" prefix;
- ``period``: both years;
- ``implements``: the set of document numbers, each normalized (spaces dropped,
  dashes unified, case ignored), must equal the gold set; the mean Jaccard
  overlap is printed as well, for information.

Prints per-field accuracy and their mean (the mean field accuracy).
Exit status 0 unless the inputs cannot be read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("doc_type", "issuer_level", "province", "period", "implements")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).strip().lower()


def _province(p):
    if not p:
        return None
    return re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", _fold(p))


def _number(n: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", n).replace("–", "-").replace("—", "-")).strip("-/.").upper()


def _numbers(refs) -> frozenset:
    out = set()
    for r in refs or []:
        n = r.get("number") if isinstance(r, dict) else r
        if n:
            out.add(_number(n))
    return frozenset(out)


def comparable(field: str, value):
    """A field's value in the form gold and prediction are compared in."""
    if field == "province":
        return _province(value)
    if field == "period":
        return tuple(value) if value else None
    if field == "implements":
        return _numbers(value)
    return value


def read_jsonl(path: Path) -> dict[str, dict]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON ({e})")
            out[str(rec["doc_id"])] = rec
    return out


def predict(texts: Path, ids) -> dict[str, dict]:
    """Metadata of the gold documents found in ``texts``, as JSON-able dicts."""
    # Imported here so that scoring a --pred file needs no pipeline (like score.py).
    # (as an archive fills them: the metadata and the records from one reading of the document)
    from pipeline.extract import extract_with_metadata
    from pipeline.metadata import link
    from pipeline.read import iter_paths, read_document

    docs = []
    for p in iter_paths([texts]):
        if p.stem in ids:
            docs.append(extract_with_metadata(read_document(p))[0])
    return {d.id: json.loads(d.model_dump_json(include=set(FIELDS))) for d in link(docs)}


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """Per-field accuracy over the gold documents, their mean, and the misses."""
    right = {f: 0 for f in FIELDS}
    misses, jaccard = [], []
    for doc_id, g in sorted(gold.items()):
        p = pred.get(doc_id, {})
        for f in FIELDS:
            want, got = comparable(f, g.get(f)), comparable(f, p.get(f))
            if want == got:
                right[f] += 1
            else:
                misses.append((doc_id, f, want, got))
        a, b = comparable("implements", g.get("implements")), comparable("implements", p.get("implements"))
        jaccard.append(len(a & b) / len(a | b) if a | b else 1.0)
    n = max(len(gold), 1)
    acc = {f: right[f] / n for f in FIELDS}
    return {"documents": len(gold), "accuracy": acc, "mean": sum(acc.values()) / len(FIELDS),
            "implements_jaccard": sum(jaccard) / n, "misses": misses}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("texts", type=Path, nargs="?", help="folder of the documents (not needed with --pred)")
    ap.add_argument("--pred", type=Path, help="predicted metadata, JSON Lines with doc_id")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", action="store_true", help="list the wrong fields")
    args = ap.parse_args(argv)
    gold = read_jsonl(args.gold)
    if args.pred:
        pred = read_jsonl(args.pred)
    elif args.texts:
        pred = predict(args.texts, set(gold))
    else:
        ap.error("give TEXTS or --pred")
    s = score(gold, pred)
    if args.json:
        print(json.dumps({k: v for k, v in s.items() if k != "misses"}, indent=1))
    else:
        print(f"{s['documents']} documents")
        for f, a in s["accuracy"].items():
            print(f"  {f:<13} {a:.3f}")
        print(f"  {'mean':<13} {s['mean']:.3f}   (implements Jaccard {s['implements_jaccard']:.3f})")
    if args.errors:
        for doc_id, f, want, got in s["misses"]:
            print(f"{doc_id}\t{f}\tgold={want!r}\tgot={got!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
