"""Hostile files in one batch: a zip bomb, a .docx with a huge XML part, deeply
nested HTML, a PDF of thousands of empty pages, files over the size limits,
a symlink loop, a file nobody may read, files deleted or truncated while the
batch runs, names with odd characters. Each is one error row with a reason a
person understands (or, for odd names, a document), memory stays bounded, and
the good file beside them keeps all its records."""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest
from fpdf import FPDF

import pipeline.archive as archive_mod
from pipeline.archive import build_archive
from pipeline.formats.base import MAX_BYTES, MAX_FILE_BYTES, MAX_TEXT_CHARS
from pipeline.formats.docx import MAX_XML_PART_BYTES
from samples import TEXT, make_docx, zip_bomb

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/></Types>')


def huge_xml_docx(path: Path, size: int) -> Path:
    """A .docx whose document.xml unpacks to ``size`` bytes of varied paragraphs
    (compressed like real text, so the zip-bomb ratio check lets it through)."""
    rng = random.Random(5)
    words = "Hội Nông dân đạt trở lên kết nạp hội viên mới Đoàn Thanh niên chi hội cơ sở tỷ lệ năm".split()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<w:document xmlns:w="{_W}"><w:body>'.encode())
            written = 0
            while written < size:
                chunk = "".join(f"<w:p><w:r><w:t>{' '.join(rng.choices(words, k=8))} {rng.randrange(10**6)}%"
                                "</w:t></w:r></w:p>" for _ in range(500)).encode()
                f.write(chunk)
                written += len(chunk)
            f.write(b"</w:body></w:document>")
    return path


def empty_pages_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    path.write_bytes(bytes(pdf.output()))
    return path


ODD_NAMES = ["kế hoạch\n2025.txt", "tab\there.txt", "[1] quyết định.txt", "-bắt đầu bằng gạch.txt",
             "nháy 'đơn' \"kép\".txt", "biểu tượng 🙂.txt", " khoảng trắng .txt"]
LATIN1_NAME = b"caf\xe9 latin-1.txt"  # a name in bytes that are not UTF-8


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile folder (and what each file must give), run through one batch."""
    d = tmp_path_factory.mktemp("hostile")
    good = d / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    want: dict[str, str] = {}  # file name → words its error must hold
    zip_bomb(d / "bomb.docx", 64 * 2**20)
    want["bomb.docx"] = "zip bomb"
    huge_xml_docx(d / "huge-xml.docx", MAX_XML_PART_BYTES + 2**20)
    want["huge-xml.docx"] = "too big to read safely"
    (d / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "Hội Nông dân đạt 90% trở lên."
                                   + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    want["nested.html"] = "nested 100002 levels deep"
    empty_pages_pdf(d / "empty-pages.pdf", 3000)
    want["empty-pages.pdf"] = "no text layer (3000 page(s))"
    with open(d / "sparse-huge.txt", "wb") as f:  # over 200 MB on paper, nothing on disk
        f.truncate(MAX_FILE_BYTES + 1)
    want["sparse-huge.txt"] = "file too large"
    (d / "big.txt").write_bytes(b"x" * (MAX_BYTES["txt"] + 1))
    want["big.txt"] = "file too large for a txt document"
    (d / "long.txt").write_text(("Hội Nông dân đạt 90% trở lên. " * (MAX_TEXT_CHARS // 30 + 100)), encoding="utf-8")
    want["long.txt"] = "text too long"
    os.symlink("loop-b.txt", d / "loop-a.txt")
    os.symlink("loop-a.txt", d / "loop-b.txt")
    want["loop-a.txt"] = want["loop-b.txt"] = "Too many levels of symbolic links"
    (d / "gone.txt").write_text(TEXT, encoding="utf-8")
    want["gone.txt"] = "No such file"
    (d / "shrinks.docx").write_bytes(make_docx(d.parent / "shrinks-source.docx").read_bytes())
    want["shrinks.docx"] = "damaged .docx"
    for name in ODD_NAMES:
        (d / name).write_text(TEXT, encoding="utf-8")
    with open(os.path.join(os.fsencode(d), LATIN1_NAME), "wb") as f:
        f.write(TEXT.encode("utf-8"))
    return d, want


def _run(folder: Path, db: Path, monkeypatch) -> tuple:
    """The batch, with a file deleted and another truncated between being hashed and being read."""
    real = archive_mod.sha256_file

    def hash_then_damage(path, *a):
        h = real(path, *a)
        if path.endswith("gone.txt"):
            os.remove(path)
        elif path.endswith("shrinks.docx"):
            with open(path, "r+b") as f:
                f.truncate(os.path.getsize(path) // 3)
        return h

    monkeypatch.setattr(archive_mod, "sha256_file", hash_then_damage)
    stream = io.StringIO()
    run = build_archive([folder], db, workers=1, progress=True, progress_interval=1e9, stream=stream)
    return run, stream.getvalue().splitlines()


def test_every_hostile_file_is_a_clear_error_and_the_good_ones_are_kept(hostile, tmp_path, monkeypatch, figures):
    folder, want = hostile
    db = tmp_path / "hostile.duckdb"
    run, lines = _run(folder, db, monkeypatch)
    con = duckdb.connect(str(db), read_only=True)
    errors = {Path(p).name: r for p, r in con.execute("SELECT source_path, reason FROM errors").fetchall()}
    docs = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
    targets = con.execute("SELECT count(*) FROM targets WHERE doc_id = 'good'").fetchone()[0]
    con.close()
    for name, words in want.items():
        assert words in errors.get(name, ""), (name, errors.get(name))
    assert {"good", *(Path(n).stem for n in ODD_NAMES), "caf\\xe9 latin-1"} <= docs
    assert targets > 5 and run.status == "completed"
    assert len(lines) == len(errors) and all("\n" not in line for line in lines)
    figures.setdefault("hostile files", {}).update({"files": run.files_seen, "error rows": len(errors),
                                                    "documents": len(docs), "batch crashes": 0})


def test_memory_stays_bounded_on_hostile_files(hostile, tmp_path):
    """The same batch in a fresh process, its peak memory measured by the kernel."""
    folder, _ = hostile
    only = tmp_path / "heavy"
    only.mkdir()
    for name in ("huge-xml.docx", "empty-pages.pdf", "nested.html", "long.txt", "big.txt"):
        shutil.copy(folder / name, only / name)
    code = ("import resource, sys, json; from pipeline.archive import build_archive; "
            f"build_archive([{str(only)!r}], {str(tmp_path / 'h.duckdb')!r}, workers=1, progress=False); "
            "print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr
    peak_mb = json.loads(res.stdout.strip().splitlines()[-1])
    assert peak_mb < 1500, peak_mb  # under the stated per-document limits, never swapping


def test_a_file_nobody_may_read_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text(TEXT, encoding="utf-8")
    secret.chmod(0o000)
    if os.geteuid() == 0:  # root reads any file: this one refuses root as it would refuse a user
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    stream = io.StringIO()
    out = tmp_path / "t.jsonl"
    run = build_archive([tmp_path / "good.txt", secret], out, workers=1, progress=True, progress_interval=1e9,
                        stream=stream)
    assert (run.files_new, run.files_failed) == (1, 1)
    assert stream.getvalue().splitlines() == [f"skipped {secret}: Permission denied"]
    assert {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"good"}
