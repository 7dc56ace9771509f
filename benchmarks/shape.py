"""Does extraction cost stay linear in a document's size whatever its shape?

The bundled corpus is repeated to N MB of characters and laid out in several
shapes: ``lines`` (as written, with its line breaks), ``oneline`` (the same
text with every line break made a space: one giant line), ``table`` (every
sentence a row ``a | b | c`` of one giant table) and ``items`` (every sentence
a list item "- ..." of 100k-item lists). Each case runs in a fresh process
(so its peak memory is its own) with a time limit, and prints characters/s,
peak resident memory and the ratio of each shape's speed to ``lines``; the
issue's bar is a ratio within 2x at 16 MB.

    python benchmarks/shape.py [--mb 1 4 16] [--shapes lines oneline] [--timeout 900]
    python benchmarks/shape.py --profile oneline --mb 0.4   # cProfile, top functions
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from pipeline import extract_document
from pipeline.read import document_from_text

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ("lines", "oneline", "table", "items")


def corpus_text(chars: int) -> str:
    """The bundled corpus, repeated until it holds ``chars`` characters."""
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    parts, size = [], 0
    while size < chars:
        for d in docs:
            parts.append(d)
            size += len(d) + 1
    return "\n".join(parts)[:chars]


def shaped(text: str, shape: str) -> str:
    """The same words laid out as ``shape`` (see the module docstring)."""
    if shape == "lines":
        return text
    if shape == "oneline":
        return text.replace("\n", " ")
    sentences = [s.strip() for s in re.split(r"(?<=[.;:])\s+|\n+", text) if s.strip()]
    if shape == "table":
        return "\n".join(" | ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
    if shape == "items":
        return "\n".join(f"- {s}" for s in sentences)
    raise ValueError(shape)


def run_case(mb: float, shape: str) -> dict:
    """Extract one shaped text in this process; timings of the extraction only."""
    text = shaped(corpus_text(int(mb * 1_000_000)), shape)
    extract_document(document_from_text("Hội Nông dân đạt 90% trở lên."))  # models loaded outside the clock
    t0 = time.perf_counter()
    n = len(extract_document(document_from_text(text, f"{shape}-{mb}")))
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return {"mb": mb, "shape": shape, "chars": len(text), "targets": n, "seconds": round(seconds, 2),
            "chars_per_s": round(len(text) / seconds), "peak_mb": round(peak)}


def profile(mb: float, shape: str, top: int = 25) -> str:
    """cProfile of one case: the functions where the time goes, by cumulative and own time."""
    text = shaped(corpus_text(int(mb * 1_000_000)), shape)
    extract_document(document_from_text("Hội Nông dân đạt 90% trở lên."))
    prof = cProfile.Profile()
    prof.enable()
    extract_document(document_from_text(text))
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 4, 16], help="sizes, in MB of characters")
    ap.add_argument("--shapes", nargs="+", default=["lines", "oneline"], choices=SHAPES)
    ap.add_argument("--timeout", type=float, default=900, help="seconds one case may take")
    ap.add_argument("--profile", choices=SHAPES, help="profile one shape at the first --mb size instead")
    ap.add_argument("--case", nargs=2, metavar=("MB", "SHAPE"), help=argparse.SUPPRESS)  # a child process
    args = ap.parse_args()
    if args.case:
        print(json.dumps(run_case(float(args.case[0]), args.case[1])))
        return
    if args.profile:
        print(profile(args.mb[0], args.profile))
        return
    print(f"{'MB':>5} {'shape':8} {'characters/s':>13} {'seconds':>8} {'peak MB':>8} {'vs lines':>9}")
    for mb in args.mb:
        base = None
        for shape in args.shapes:
            try:
                res = subprocess.run([sys.executable, __file__, "--case", str(mb), shape], capture_output=True,
                                     text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"{mb:>5g} {shape:8} {'—':>13} {'>' + str(int(args.timeout)):>8} {'':>8} "
                      f"{'(did not finish)':>9}", flush=True)
                continue
            if res.returncode != 0:
                print(f"{mb:>5g} {shape:8} failed: {res.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            r = json.loads(res.stdout.strip().splitlines()[-1])
            base = r["chars_per_s"] if shape == "lines" else base
            ratio = f"{base / r['chars_per_s']:.2f}x" if base else ""
            print(f"{mb:>5g} {shape:8} {r['chars_per_s']:>13,} {r['seconds']:>8.1f} {r['peak_mb']:>8,} {ratio:>9}",
                  flush=True)


if __name__ == "__main__":
    main()
