"""The committed notebooks (issue #6), read as JSON: no kernel is started here.

``notebooks/run.py --check`` (the second half of ``make test``) executes them;
these tests check what a reader of the committed files sees: a sentence before
every code cell, outputs from one clean top-to-bottom run, no errors, and the
figures each notebook saves committed under ``notebooks/figures/``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FIGURES = NOTEBOOKS / "figures"
NAMES = ["01_explore_targets.ipynb", "02_compare_plans.ipynb"]
SAVE = re.compile(r'save\(fig, "([^"]+)"\)')


def _load(name: str) -> dict:
    return json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    s = cell["source"]
    return s if isinstance(s, str) else "".join(s)


def _code(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


@pytest.fixture(scope="module", params=NAMES)
def notebook(request) -> tuple[str, dict]:
    return request.param, _load(request.param)


def test_the_notebooks_are_there():
    assert sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")) == NAMES


def test_a_sentence_before_every_code_cell(notebook):
    name, nb = notebook
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and _source(cells[0]).startswith("# ")
    for i, c in enumerate(cells):
        if c["cell_type"] == "code":
            before = cells[i - 1]
            assert before["cell_type"] == "markdown" and _source(before).strip(), f"{name} cell {i + 1}"


def test_committed_from_one_clean_run_without_errors(notebook):
    name, nb = notebook
    for n, c in enumerate(_code(nb), 1):
        first = _source(c).splitlines()[0]
        assert c["execution_count"] == n, f"{name}: {first!r} run out of order; run `make notebooks`"
        assert c["outputs"], f"{name}: {first!r} has no output; run `make notebooks`"
        for o in c["outputs"]:
            assert o["output_type"] != "error", f"{name}: {first!r}: {o.get('ename')}: {o.get('evalue')}"
            assert not (o["output_type"] == "stream" and o["name"] == "stderr"), \
                f"{name}: {first!r} wrote to stderr: {''.join(o['text'])[:300]}"


def test_portable_and_offline(notebook):
    name, nb = notebook
    text = (NOTEBOOKS / name).read_text(encoding="utf-8")
    assert str(ROOT) not in text, f"{name} shows this checkout's absolute path"
    for c in _code(nb):
        assert not re.search(r"https?://|requests|urllib", _source(c)), f"{name}: {_source(c)[:60]!r}"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


def test_every_plot_is_saved_shown_titled_and_labelled(notebook):
    name, nb = notebook
    saving = [c for c in _code(nb) if SAVE.search(_source(c))]
    assert saving, f"{name} saves no figure"
    for c in saving:
        src, figure = _source(c), SAVE.search(_source(c)).group(1)
        assert figure.startswith(name[:3]), f"{figure}: figures are named after their notebook"
        assert re.search(r"set_title\(|suptitle\(", src), f"{figure}: no title"
        assert "set_xlabel(" in src and re.search(r"set_ylabel\(|supylabel\(", src), f"{figure}: unlabelled axis"
        assert any("image/png" in o.get("data", {}) for o in c["outputs"]), f"{figure}: not shown in the notebook"
        png = FIGURES / f"{figure}.png"
        assert png.is_file(), f"{png.relative_to(ROOT)} is not committed; run `make notebooks`"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_no_orphan_figures():
    saved = {m for name in NAMES for c in _code(_load(name)) for m in SAVE.findall(_source(c))}
    committed = {p.stem for p in FIGURES.glob("*.png")}
    assert committed == saved, f"no notebook saves {sorted(committed - saved)}; not committed: {sorted(saved - committed)}"
