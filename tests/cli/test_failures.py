"""Every expected failure of every command is one line on stderr naming the file
and the problem, a non-zero exit and no traceback, as a new user meets them."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CORPUS

SEED = CORPUS / "000_f70623145abb4c5f.txt"


def chitieu(*args, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("user")
    (d / "records.jsonl").write_text(json.dumps({"doc_id": "a", "span": [0, 3], "value": 90, "unit": "percent",
                                                 "comparator": ">=", "kind": "target"}) + "\n", encoding="utf-8")
    (d / "so_sanh.jsonl").write_text('{"verdict": "same", "org": "HND", "reason": "..."}\n', encoding="utf-8")
    (d / "hong.jsonl").write_text("{not json\n", encoding="utf-8")
    (d / "photo.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "empty").mkdir()
    return d


CASES = [
    # (id, arguments, exit status, words the line must hold)
    ("show-missing", ["show", "missing.txt"], 1, ["missing.txt", "No such file"]),
    ("summary-missing", ["summary", "missing.jsonl"], 1, ["missing.jsonl", "No such file"]),
    ("info-missing", ["info", "ke_hoach.docx"], 1, ["ke_hoach.docx", "No such file"]),
    ("show-comparison-rows", ["show", "so_sanh.jsonl"], 1, ["so_sanh.jsonl", "comparison rows"]),
    ("summary-not-json", ["summary", "hong.jsonl"], 1, ["hong.jsonl line 1", "not JSON"]),
    ("show-image", ["show", "photo.docx"], 1, ["photo.docx", "PNG image"]),
    ("stats-records", ["stats", "records.jsonl"], 2, ["records.jsonl", "not an archive", "chitieu summary"]),
    ("stats-missing", ["stats", "kho.duckdb"], 2, ["kho.duckdb", "no such archive"]),
    ("stats-empty-folder", ["stats", "empty"], 2, ["empty", "not an archive"]),
    ("extract-missing", ["extract", "missing.txt", "-o", "x.jsonl"], 2, ["missing.txt", "no such file"]),
    ("extract-bad-output", ["extract", SEED, "-o", "x.doc"], 2, ["x.doc", "unknown output format"]),
    ("extract-empty-folder", ["extract", "empty", "-o", "x.jsonl"], 2, ["no documents found", "empty"]),
    ("extract-unwritable", ["extract", SEED, "-o", "records.jsonl/x.csv"], 1, ["records.jsonl", "a file is in the way"]),
    ("compare-missing", ["compare", SEED, "ke_hoach.docx"], 2, ["ke_hoach.docx", "no such file"]),
    ("compare-one-file", ["compare", SEED], 2, ["REFERENCE", "PLAN"]),
    ("schema-unwritable", ["schema", "records.jsonl"], 1, ["records.jsonl"]),
]


@pytest.mark.parametrize("args, code, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_expected_failure_is_one_clear_line(files, args, code, words):
    res = chitieu(*args, cwd=files)
    assert res.returncode == code, res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


def test_a_missing_path_writes_no_output(files):
    chitieu("extract", "missing.txt", "-o", "nothing.jsonl", cwd=files)
    assert not (files / "nothing.jsonl").exists() and not list(files.glob("nothing.jsonl*"))
