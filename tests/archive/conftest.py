"""Fixtures of the archive tests: a synthetic archive, its clean extraction, a small folder."""
from __future__ import annotations

import os

import pytest

from archive_samples import synthetic
from conftest import CORPUS
from pipeline.archive import build_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """120 files, a fifth of them bad or awkward (every kind at least twice)."""
    folder = tmp_path_factory.mktemp("archive")
    entries = synthetic().build(folder, files=120, bad=0.2)
    return folder, entries


@pytest.fixture(scope="module")
def clean_db(archive, tmp_path_factory):
    """The archive extracted once, uninterrupted, with 2 worker processes."""
    db = tmp_path_factory.mktemp("clean") / "archive.duckdb"
    run = build_archive([archive[0]], db, workers=2, progress=False, stream=open(os.devnull, "w"))
    return db, run


@pytest.fixture
def small(tmp_path):
    """A folder with two seed documents."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(CORPUS.glob("00[01]*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    return folder
