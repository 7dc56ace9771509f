"""Help written for people: placeholders and sentences, no Python types (pipeline/console.py)."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

COMMANDS = ["extract", "stats", "info", "show", "summary", "schema", "compare"]
# How typer and click spell types: <list[Path]>, <int range>, [x>=1], INTEGER, TEXT, PATH, <bool>.
PYTHON_TYPES = re.compile(r"<\w+(?:\[\w+\])?(?: range)?>|list\[|\[x[<>]=|\b(?:INTEGER|TEXT|PATH|FLOAT|BOOLEAN)\b")


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]], ids=["chitieu", *COMMANDS])
def test_help_has_no_python_types(command):
    res = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert res.exit_code == 0, res.output
    assert res.output.startswith("Usage: ") and not PYTHON_TYPES.search(res.output), res.output


def test_extract_help_names_every_output_and_its_placeholders():
    res = CliRunner().invoke(app, ["extract", "-h"], env={"COLUMNS": "100"})
    usage = res.output.splitlines()[0]
    assert usage.endswith("extract [OPTIONS] FILE_OR_FOLDER...")
    for words in (".xlsx", ".csv", ".jsonl", ".duckdb", "folder", "-o, --output OUT", "-w, --workers N",
                  "--engine local|dask", "(default: local)", "(required)"):
        assert words in " ".join(res.output.split()), words


def test_the_command_list_fits_one_line_each():
    res = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"})
    lines = res.output.split("Commands")[1].splitlines()[1:]
    assert [line.split()[0] for line in lines if line.strip()][:len(COMMANDS)] == COMMANDS


def test_version():
    res = CliRunner().invoke(app, ["--version"])
    assert res.exit_code == 0 and re.fullmatch(r"chitieu \d+\.\d+\.\d+ \(rules \S+\+[0-9a-f]{12}\)\n", res.output)
