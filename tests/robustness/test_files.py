"""Random and mutated bytes as .txt, .docx, .pdf and .html through one batch.

Every generated file ends as exactly one document or one error row, every
error row is one line on stderr, the batch itself never stops, and the good
files among the garbage give every one of their records."""
from __future__ import annotations

import io
import random
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from pipeline import extract_document
from pipeline.archive import build_archive
from pipeline.read import read_document
from robustness.sizes import GENERATED_FILES
from samples import TEXT, make_docx, make_html, make_pdf

SUFFIXES = (".txt", ".docx", ".pdf", ".html")
# UTF-8 encodings of lone surrogates, overlong forms, a stray BOM: bytes no decoder should accept as they are.
BAD_UTF8 = [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xc0\xaf", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One of the ways files get damaged: flipped, inserted, deleted or swapped
    bytes, a truncation, a spliced-in piece of itself, bad UTF-8."""
    b = bytearray(data)
    how = rng.randrange(7)
    n = rng.randint(1, 16)
    if how == 0:  # flip bytes
        for _ in range(n):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    elif how == 1:  # insert random bytes
        i = rng.randrange(len(b) + 1)
        b[i:i] = bytes(rng.randrange(256) for _ in range(n))
    elif how == 2:  # delete a run
        i = rng.randrange(len(b))
        del b[i:i + rng.randint(1, 4096)]
    elif how == 3:  # truncate
        del b[rng.randrange(len(b)):]
    elif how == 4:  # splice a piece of the file elsewhere
        i, j = sorted(rng.randrange(len(b)) for _ in range(2))
        k = rng.randrange(len(b))
        b[k:k] = b[i:j]
    elif how == 5:  # bad UTF-8 sequences
        for _ in range(n):
            i = rng.randrange(len(b) + 1)
            b[i:i] = rng.choice(BAD_UTF8)
    else:  # overwrite a run with one byte
        i = rng.randrange(len(b))
        b[i:i + n * 64] = bytes([rng.randrange(256)]) * min(n * 64, len(b) - i)
    return bytes(b)


def generate(folder: Path, n: int, seed: int = 13) -> tuple[dict[Path, str], dict[str, Path]]:
    """``n`` files under ``folder``: a tenth pristine copies of the sample
    document in each format, the rest mutated copies or random bytes. Returns
    each file's kind and the pristine source of each format."""
    rng = random.Random(seed)
    src = folder.parent / f"{folder.name}-sources"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    sources = {".txt": src / "a.txt", ".docx": make_docx(src / "a.docx"), ".pdf": make_pdf(src / "a.pdf"),
               ".html": make_html(src / "a.html")}
    base = {s: p.read_bytes() for s, p in sources.items()}
    kinds = {}
    for i in range(n):
        suffix = SUFFIXES[i % 4]
        sub = folder / f"{i // 500:03d}"  # folders of 500, as archives come
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"f{i:05d}{suffix}"
        roll = rng.random()
        if roll < 0.1:
            kind, data = "pristine", base[suffix]
        elif roll < 0.25:
            kind, data = "random", bytes(rng.randrange(256) for _ in range(rng.choice((1, 17, 600, 5000))))
        else:
            kind, data = "mutated", _mutate(base[suffix], rng)
        path.write_bytes(data)
        kinds[path] = kind
    return kinds, sources


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    kinds, sources = generate(folder, GENERATED_FILES)
    stream = io.StringIO()
    db = folder.parent / "generated.duckdb"
    # progress on, with a period longer than any run: the stream holds the bad files' lines only
    run = build_archive([folder], db, workers=2, progress=True, progress_interval=1e9, stream=stream)
    return kinds, sources, db, run, stream.getvalue().splitlines()


def test_every_generated_file_is_one_document_or_one_error(batch, figures):
    kinds, _, db, run, lines = batch
    con = duckdb.connect(str(db), read_only=True)
    docs = {r[0] for r in con.execute("SELECT source_path FROM documents").fetchall()}
    errors = Counter(r[0] for r in con.execute("SELECT source_path FROM errors WHERE stage <> 'metadata'").fetchall())
    reasons = Counter(r[0] for r in con.execute(
        "SELECT regexp_replace(reason, '\\s*\\(.*$', '') FROM errors").fetchall())
    con.close()
    paths = {str(p.resolve()) for p in kinds}
    assert run.files_seen == len(kinds) and run.status == "completed"
    assert docs | set(errors) == paths and not docs & set(errors)
    assert max(errors.values(), default=1) == 1  # one error row per bad file
    assert len(lines) == sum(errors.values()) == run.files_failed  # one stderr line per error row
    for line in lines:
        assert line.startswith(("skipped ", "failed ")) and sum(p in line for p in errors) == 1, line
    by_kind = Counter(kinds.values())
    f = figures.setdefault("files", {})
    f.update({"files tried": len(kinds), "random": by_kind["random"], "mutated": by_kind["mutated"],
              "pristine": by_kind["pristine"], "read as documents": len(docs), "error rows": sum(errors.values()),
              "batch crashes": 0})
    figures.setdefault("error reasons", {}).update(dict(reasons.most_common(8)))


def test_good_files_among_the_garbage_lose_no_record(batch, figures):
    kinds, sources, db, _, _ = batch
    want = {s: [(t.span, t.value, t.org, t.comparator) for t in extract_document(read_document(p))]
            for s, p in sources.items()}
    con = duckdb.connect(str(db), read_only=True)
    got: dict[str, list] = {}
    for path, span, value, org, cmp in con.execute(
            "SELECT source_path, span, value, org, comparator FROM targets ORDER BY source_path, ordinal").fetchall():
        got.setdefault(path, []).append((tuple(span), value, org, cmp))
    con.close()
    pristine = [p for p, k in kinds.items() if k == "pristine"]
    lost = sum(len(want[p.suffix]) - len(got.get(str(p.resolve()), [])) for p in pristine)
    f = figures.setdefault("files", {})
    f["records expected from pristine files"] = sum(len(want[p.suffix]) for p in pristine)
    f["records lost"] = lost
    for p in pristine:
        assert got.get(str(p.resolve()), []) == want[p.suffix], p
