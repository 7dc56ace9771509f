"""Build a synthetic archive from the sample corpus, for the archive benchmark
and tests: copies of the seed documents with varied names and small edits,
spread over year folders, plus a share of awkward and bad files.

Good files: plain copies (a trailing-whitespace edit makes every copy's bytes,
hence its sha256, different), UTF-16 copies and NFD-decomposed copies; each
must yield exactly its seed's records. Bad files: empty, blank, binary,
truncated .docx and .pdf, a zip bomb named .docx, a fake .pdf, an image named
.pdf; each must end up in the ``errors`` table.

    python benchmarks/synthetic_archive.py /tmp/archive --files 2000 --bad 0.05
"""
from __future__ import annotations

import argparse
import io
import json
import random
import unicodedata
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

import docx
import duckdb

from pipeline import extract
from schemas import Target

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"

#: Bad kinds, in the order they are handed out.
BAD_KINDS = ["empty", "blank", "binary", "truncated_docx", "zip_bomb", "fake_pdf", "truncated_pdf",
             "image_pdf"]
#: Good-but-awkward kinds: they count towards the "bad" share but must give records.
AWKWARD_KINDS = ["utf16", "nfd"]

_NAMES = ["nghi-quyet", "ke-hoach", "chuong-trinh", "de-an", "bao-cao", "huong-dan"]


@dataclass
class Entry:
    """One file of the archive and what it must give."""

    path: str
    kind: str  # copy, utf16, nfd, or one of BAD_KINDS
    seed: str | None  # the seed's file name, for good files

    @property
    def good(self) -> bool:
        return self.seed is not None


def _docx_bytes(text: str) -> bytes:
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _zip_bomb(size: int = 40 * 2**20) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * 2**20
            for _ in range(size // 2**20):
                f.write(chunk)
    return buf.getvalue()


def build(folder: Path | str, files: int = 2000, bad: float = 0.05, seed: int = 0,
          corpus: Path = CORPUS) -> list[Entry]:
    """Write the archive under ``folder``; returns what each file must give.

    >>> entries = build("/tmp/a", files=40, bad=0.25)  # doctest: +SKIP
    >>> sum(not e.good for e in entries)  # doctest: +SKIP
    8
    """
    folder = Path(folder)
    rng = random.Random(seed)
    seeds = sorted(corpus.glob("*.txt"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds}
    n_odd = round(files * bad)
    kinds = ["copy"] * (files - n_odd)
    odd = BAD_KINDS + AWKWARD_KINDS
    kinds += [odd[i % len(odd)] for i in range(n_odd)]
    rng.shuffle(kinds)
    bomb = _zip_bomb() if "zip_bomb" in kinds else b""
    entries = []
    for i, kind in enumerate(kinds):
        src = seeds[i % len(seeds)].name
        text = texts[src]
        year = 2015 + i % 11
        sub = folder / str(year) / f"huyen-{i % 7 + 1:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        stem = f"{_NAMES[i % len(_NAMES)]}-{i:05d}-{rng.randrange(16**6):06x}"
        # A small edit that changes the bytes but not the records: trailing blank lines and spaces.
        edit = "\n" * (1 + i % 4) + " " * (i // 4 % 97)
        if kind == "copy":
            path, data = sub / f"{stem}.txt", (text + edit).encode("utf-8")
        elif kind == "utf16":
            path, data = sub / f"{stem}.txt", (text + edit).encode("utf-16")
        elif kind == "nfd":
            path, data = sub / f"{stem}.txt", unicodedata.normalize("NFD", text + edit).encode("utf-8")
        elif kind == "empty":
            path, data = sub / f"{stem}.txt", b""
        elif kind == "blank":
            path, data = sub / f"{stem}.txt", b" \n\t\n" * (i % 5 + 1)
        elif kind == "binary":
            path, data = sub / f"{stem}.txt", bytes(rng.randrange(256) for _ in range(4096))
        elif kind == "truncated_docx":
            whole = _docx_bytes(text)
            path, data = sub / f"{stem}.docx", whole[: len(whole) // 2]
        elif kind == "zip_bomb":
            path, data = sub / f"{stem}.docx", bomb
        elif kind == "fake_pdf":
            # Binary bytes without a PDF header (a text file named .pdf is read as the text it is).
            path, data = sub / f"{stem}.pdf", bytes(range(256)) * 8
        elif kind == "truncated_pdf":
            path, data = sub / f"{stem}.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        elif kind == "image_pdf":
            path, data = sub / f"{stem}.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16
        else:  # pragma: no cover
            raise ValueError(kind)
        path.write_bytes(data)
        entries.append(Entry(str(path.resolve()), kind, src if kind in ("copy", *AWKWARD_KINDS) else None))
    return entries


def main() -> None:  # pragma: no cover
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--bad", type=float, default=0.05)
    ap.add_argument("--manifest", type=Path, help="write what each file must give as JSON Lines")
    a = ap.parse_args()
    entries = build(a.folder, a.files, a.bad)
    if a.manifest:
        a.manifest.write_text("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in entries))
    print(f"{len(entries)} files under {a.folder}: {sum(e.good for e in entries)} good, "
          f"{sum(not e.good for e in entries)} bad")


if __name__ == "__main__":  # pragma: no cover
    main()


def _comparable(rec: dict, text: str) -> tuple:
    """A record as what it says: its span read as NFC text instead of offsets
    (an NFD copy's offsets differ from its seed's, its words do not)."""
    def said(span):
        return None if span is None else unicodedata.normalize("NFC", text[span[0]:span[1]])

    s, e = rec["span"]
    rest = {k: v for k, v in rec.items() if k not in ("doc_id", "span", "quote", "part_of", "evidence")}
    # evidence and part_of hold offsets too: compared by the words they point at
    evidence = {k: v and {"source": v["source"], "said": said(v["span"])} for k, v in (rec.get("evidence") or {}).items()}
    return (unicodedata.normalize("NFC", text[s:e]), unicodedata.normalize("NFC", rec["quote"]),
            said(rec.get("part_of")), json.dumps(evidence, sort_keys=True, ensure_ascii=False),
            json.dumps(rest, sort_keys=True, ensure_ascii=False))


def verify(db: Path | str, entries: list[Entry], corpus: Path = CORPUS) -> dict:
    """Check an archive database against what each file must give: every good
    copy exactly its seed's records (plain copies offset for offset), every
    bad file a row of ``errors`` and no document. Returns the mismatches."""
    seeds = {p.name: ([t.record() for t in extract(p)], p.read_text(encoding="utf-8"))
             for p in sorted(corpus.glob("*.txt"))}
    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = dict(con.execute("SELECT source_path, text FROM documents").fetchall())
        errors = {r[0] for r in con.execute("SELECT source_path FROM errors WHERE stage <> 'metadata'").fetchall()}
        cols = [c[0] for c in con.execute("DESCRIBE targets").fetchall()]
        records: dict[str, list[dict]] = {}
        for row in con.execute("SELECT * FROM targets ORDER BY source_path, ordinal").fetchall():
            r = dict(zip(cols, row))
            path = r.pop("source_path")
            r.pop("ordinal")
            records.setdefault(path, []).append(Target(**r).record())
    finally:
        con.close()
    wrong_good, wrong_bad = [], []
    for e in entries:
        if not e.good:
            if e.path not in errors or e.path in texts:
                wrong_bad.append(e.path)
            continue
        want, seed_text = seeds[e.seed]
        got = records.get(e.path, [])
        if e.path not in texts or e.path in errors:
            wrong_good.append(e.path)
        elif e.kind == "copy":
            if [{**r, "doc_id": ""} for r in got] != [{**r, "doc_id": ""} for r in want]:
                wrong_good.append(e.path)
        elif [_comparable(r, texts[e.path]) for r in got] != [_comparable(r, seed_text) for r in want]:
            wrong_good.append(e.path)
    return {"good": sum(e.good for e in entries), "bad": sum(not e.good for e in entries),
            "wrong_good": wrong_good, "wrong_bad": wrong_bad,
            "unexpected_errors": sorted(errors - {e.path for e in entries if not e.good})}
