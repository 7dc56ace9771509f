"""read_document: dispatch by content, spans and sha256 of what was read, folders walked,
bad input one clear ReadError each and never the end of a batch."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import extract, extract_document
from pipeline.cli import app
from pipeline.formats import docx as docx_reader
from pipeline.read import ReadError, iter_paths, looks_like_path, read_document
from samples import EXPECTED_REASON, SEED, TEXT, bad_files, make_docx, make_html, records


def test_content_beats_suffix(tmp_path, expected):
    p = tmp_path / "renamed.txt"
    shutil.copy(make_docx(tmp_path / "a.docx"), p)
    doc = read_document(p)
    assert doc.source_format == "docx" and records(doc) == expected


@pytest.mark.parametrize("name", ["saved-as.pdf", "saved-as.docx", "saved-as.doc"])
def test_text_saved_under_a_document_suffix_is_read_as_text(tmp_path, expected, name):
    p = tmp_path / name
    p.write_text(TEXT, encoding="utf-8")
    doc = read_document(p)
    assert (doc.source_format, doc.text) == ("txt", TEXT) and records(doc) == expected


@pytest.mark.parametrize("name, content, reason", [
    ("binary.pdf", bytes(range(256)) * 4, "damaged PDF"),
    ("binary.docx", b"\x00\x01\x02garbage" * 50, "damaged .docx"),
])
def test_binary_under_a_document_suffix_is_a_damaged_file(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ReadError, match=reason):
        read_document(p)


@pytest.mark.parametrize("text, is_path", [
    ("corpora/typo.txt", True),
    ("C:\\Văn bản\\Kế hoạch 12-KH.DOCX", True),
    ("ke_hoach.pdf", True),
    ("trang.html", True),
    ("Hội Nông dân đạt 90% trở lên.", False),
    ("Đến năm 2025 đạt 95% trở lên\nXem kehoach.pdf", False),
    ("v.v.", False),
    ("", False),
])
def test_a_short_line_ending_in_a_document_suffix_is_a_path(text, is_path):
    assert looks_like_path(text) is is_path


def test_extract_of_a_mistyped_path_is_an_error_not_an_empty_text(tmp_path):
    with pytest.raises(ReadError, match="typo.txt: No such file"):
        extract("corpora/typo.txt")
    with pytest.raises(ReadError, match="No such file"):
        extract(str(tmp_path / "Kế hoạch 12.docx"))
    assert [t.value for t in extract("Hội Nông dân đạt 90% trở lên.")] == [90.0]


def test_spans_index_the_document_text(tmp_path):
    for path in (make_docx(tmp_path / "a.docx"), make_html(tmp_path / "a.html")):
        doc = read_document(path)
        for t in extract_document(doc):
            assert 0 <= t.span[0] < t.span[1] <= len(doc.text)
            assert any(ch.isdigit() for ch in doc.text[t.span[0]:t.span[1]])


def test_sha256_is_of_the_original_bytes(tmp_path):
    p = make_docx(tmp_path / "a.docx")
    assert read_document(p).sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


def test_iter_paths_finds_every_format(tmp_path):
    for name in ("a.txt", "b.docx", "c.pdf", "d.html", "e.htm", "f.doc", "g.png", ".hidden/h.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.txt", "b.docx", "c.pdf", "d.html", "e.htm", "f.doc"]


def test_each_bad_input_is_a_clear_read_error(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 4 * 2**20)
    for name, path in bad_files(tmp_path).items():
        with pytest.raises(ReadError) as e:
            read_document(path)
        assert EXPECTED_REASON[name] in e.value.reason, (name, e.value.reason)
        assert e.value.stage == "read" and e.value.path == str(path)


def test_batch_goes_on_and_writes_errors(tmp_path, monkeypatch, expected):
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 4 * 2**20)
    bad = bad_files(tmp_path / "in")
    shutil.copy(make_docx(tmp_path / "x.docx"), tmp_path / "in" / "plan.docx")
    (tmp_path / "in" / "plan.txt").write_text(TEXT, encoding="utf-8")
    for extra in ("full.pdf", "good.docx"):
        (tmp_path / "in" / extra).unlink(missing_ok=True)
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), str(bad["missing"]), "-o", str(out), "-q"])
    assert res.exit_code == 1, res.output
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert sorted(Path(e["source_path"]).name for e in errors) == sorted(p.name for p in bad.values())
    assert all(e["stage"] == "read" and e["reason"] for e in errors)
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines()]
    assert sorted(d["source_format"] for d in docs) == ["docx", "txt"]
    targets = [json.loads(x) for x in (out / "targets.jsonl").read_text().splitlines()]
    # plan.txt and plan.docx: every target of both good files, nothing lost.
    assert len(targets) == 2 * len(expected) and {t["doc_id"] for t in targets} == {"plan"}


def test_jsonl_output_still_works(tmp_path):
    res = CliRunner().invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "pred.jsonl"), "-q"])
    assert res.exit_code == 0, res.output
    assert len((tmp_path / "pred.jsonl").read_text().splitlines()) > 5
