"""The pipeline version is a fingerprint of every rule module and data file
(pipeline/archive/worker.py): a change to any of them re-extracts an archive,
whatever the modules are called and wherever they move."""
from __future__ import annotations

import shutil

import pytest

import pipeline.archive.worker as worker
from conftest import ROOT
from pipeline.archive.worker import pipeline_version, rule_files, rules_fingerprint


@pytest.fixture
def tree(tmp_path):
    """A copy of the package's sources, to change without touching the real one."""
    for top in ("pipeline", "schemas"):
        shutil.copytree(ROOT / top, tmp_path / top, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _rel(files, root) -> set[str]:
    return {f.relative_to(root).as_posix() for f in files}


def test_rules_are_the_stages_data_and_schemas_not_the_tools_around_them(tree):
    names = _rel(rule_files(tree), tree)
    stages = {p.relative_to(tree).as_posix() for p in (tree / "pipeline").glob("*.py")} - {
        "pipeline/cli.py", "pipeline/console.py", "pipeline/export.py"}
    assert stages <= names and "pipeline/read.py" in names and "pipeline/normalize.py" in names
    for package in ("formats", "lexicon", "extract", "metadata"):
        modules = {m for m in _rel((tree / "pipeline" / package).glob("*.py"), tree)
                   if not any(f"/{tool}_" in m for tool in ("web", "compare", "export"))}
        assert modules <= names, package  # every module of a package, however many there are
    data = _rel((tree / "pipeline" / "data").glob("*.yaml"), tree)
    assert {d for d in data if not d.startswith(("pipeline/data/compare_", "pipeline/data/web_",
                                                 "pipeline/data/export_"))} <= names
    assert "schemas/__init__.py" in names and "schemas/target.schema.json" in names
    assert not {n for n in names if n.startswith(("pipeline/archive/", "pipeline/compare/"))}
    assert "pipeline/cli.py" not in names and "pipeline/export.py" not in names


def test_a_change_to_any_rule_file_changes_the_fingerprint(tree):
    before = rules_fingerprint(tree)
    files = rule_files(tree)
    assert len(files) > 30
    for f in files:
        data = f.read_bytes()
        f.write_bytes(data + b"\n")
        assert rules_fingerprint(tree) != before, f.relative_to(tree)
        f.write_bytes(data)
    assert rules_fingerprint(tree) == before


def test_a_module_moved_or_added_changes_the_fingerprint(tree):
    before = rules_fingerprint(tree)
    (tree / "pipeline" / "context").mkdir()
    shutil.move(tree / "pipeline" / "values.py", tree / "pipeline" / "context" / "values.py")
    moved = rules_fingerprint(tree)
    assert moved != before
    (tree / "pipeline" / "context" / "__init__.py").write_text('"""Document context."""\n', encoding="utf-8")
    assert rules_fingerprint(tree) != moved
    (tree / "pipeline" / "data" / "context.yaml").write_text("cues: [căn cứ]\n", encoding="utf-8")
    assert len({before, moved, rules_fingerprint(tree)}) == 3


@pytest.mark.parametrize("path", ["pipeline/cli.py", "pipeline/export.py", "pipeline/archive/store.py",
                                  "pipeline/compare/__init__.py", "pipeline/data/compare_reasons.yaml"])
def test_tools_that_only_use_records_do_not_change_it(tree, path):
    before = rules_fingerprint(tree)
    with open(tree / path, "a", encoding="utf-8") as f:
        f.write("\n")
    assert rules_fingerprint(tree) == before


def test_the_version_is_chitieus_plus_the_fingerprint():
    version = pipeline_version()
    own, digest = version.split("+")
    assert own.count(".") == 2 and len(digest) == 12 and int(digest, 16) >= 0
    assert rules_fingerprint() == rules_fingerprint(ROOT)


def test_a_file_that_takes_too_long_is_an_error_row_not_a_stuck_batch(tmp_path, monkeypatch):
    (tmp_path / "slow.txt").write_text("Hội Nông dân đạt 90% trở lên.", encoding="utf-8")
    (tmp_path / "fast.txt").write_text("Hội Cựu chiến binh đạt 97% trở lên.", encoding="utf-8")
    real = worker.read_document

    def loops_on_slow(path):
        while str(path).endswith("slow.txt"):  # a parser looping on a damaged file
            pass
        return real(path)

    worker.warm_up()  # the models load once, outside the half second
    monkeypatch.setattr(worker, "read_document", loops_on_slow)
    monkeypatch.setattr(worker, "FILE_SECONDS", 0.5)
    slow, fast = worker.process_file(str(tmp_path / "slow.txt")), worker.process_file(str(tmp_path / "fast.txt"))
    assert slow.document is None and [(e["stage"], e["reason"]) for e in slow.errors] == [
        ("read", "gave up after 0.5 s (a damaged file the read stage loops on?)")]
    assert [t["value"] for t in fast.targets] == [97.0] and not fast.errors
