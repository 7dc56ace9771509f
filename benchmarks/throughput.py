"""End-to-end extraction vs underthesea word_tokenize alone, on the same text.

The sample corpus is repeated to about 1 MB; both are timed in this one run
and the ratio is printed (chitieu characters/s ÷ word_tokenize characters/s).
Run: .venv/bin/python benchmarks/throughput.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the text to time, in MB of characters")
    args = ap.parse_args()

    from underthesea import word_tokenize

    from pipeline.extract import extract_targets
    from pipeline.read import document_from_text

    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    target = int(args.mb * 1_000_000)
    texts, size = [], 0
    while size < target:
        for d in docs:
            texts.append(d)
            size += len(d)
    extract_targets(document_from_text(docs[0]))  # load lexicons and models outside the timing
    word_tokenize(docs[0][:200])

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
    print(f"text: {size:,} characters in {len(texts)} documents, {n_targets} targets")
    print(f"chitieu end to end      : {c_rate:12,.0f} characters/s ({t_chitieu:.1f} s)")
    print(f"underthesea word_tokenize: {t_rate:12,.0f} characters/s ({t_tok:.1f} s)")
    print(f"ratio chitieu / word_tokenize: {c_rate / t_rate:.2f}")


if __name__ == "__main__":
    main()
