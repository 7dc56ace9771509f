"""End-to-end extraction vs underthesea word_tokenize alone, on the same text.

Two texts of about 1 MB each: the sample corpus repeated, and full-length plans
(the real UBND plan of the dev set and long plans made of the bundled plans'
sections). Both tools are timed on the same text in this one run and the ratio
is printed (chitieu characters/s ÷ word_tokenize characters/s).
Run: .venv/bin/python benchmarks/throughput.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _measure(label: str, docs: list[str], target: int, extract_targets, document_from_text, word_tokenize) -> float:
    texts, size = [], 0
    while size < target:
        for d in docs:
            texts.append(d)
            size += len(d)
    t0 = time.perf_counter()
    n_targets = sum(len(extract_targets(document_from_text(t, f"d{i}"))) for i, t in enumerate(texts))
    t_chitieu = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        for para in t.split("\n"):
            if para.strip():
                word_tokenize(para)
    t_tok = time.perf_counter() - t0
    c_rate, t_rate = size / t_chitieu, size / t_tok
    print(f"{label}: {size:,} characters in {len(texts)} documents, {n_targets} targets")
    print(f"  chitieu end to end       : {c_rate:12,.0f} characters/s ({t_chitieu:.1f} s)")
    print(f"  underthesea word_tokenize: {t_rate:12,.0f} characters/s ({t_tok:.1f} s)")
    print(f"  ratio chitieu / word_tokenize: {c_rate / t_rate:.2f}")
    return c_rate / t_rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the text to time, in MB of characters")
    args = ap.parse_args()

    from underthesea import word_tokenize

    from pipeline.extract import extract_targets
    from pipeline.read import document_from_text

    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    # full-length plans: the real UBND plan of the dev set, and long plans built by
    # putting the bundled plans' sections one after another under one title
    full = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "golden" / "dev" / "texts").glob("L*.txt"))]
    long_plans = ["\n\n".join(corpus * 4), "\n\n".join(reversed(corpus * 4))]
    extract_targets(document_from_text(corpus[0]))  # load lexicons and models outside the timing
    word_tokenize(corpus[0][:200])
    target = int(args.mb * 1_000_000)
    _measure("bundled corpus", corpus, target, extract_targets, document_from_text, word_tokenize)
    _measure("full-length plans", full + long_plans, target, extract_targets, document_from_text, word_tokenize)


if __name__ == "__main__":
    main()
