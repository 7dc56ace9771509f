"""Fixtures of the web page's tests: applications with their own upload folder."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

# "from web_helpers import ..." in importlib mode; appended, so "conftest" stays tests/conftest.py
sys.path.append(str(Path(__file__).resolve().parent))

from pipeline.web import Settings, create_app  # noqa: E402
from web_helpers import PARENT, PLAN, upload_and_wait  # noqa: E402


@pytest.fixture
def make_client(tmp_path):
    """A factory of started TestClients on fresh applications (closed at the end)."""
    opened = []

    def make(**settings) -> TestClient:
        clock = settings.pop("clock", time.time)
        app = create_app(Settings(workdir=tmp_path / f"work{len(opened)}", **settings), clock=clock)
        client = TestClient(app)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for c in opened:
        c.__exit__(None, None, None)


@pytest.fixture(scope="module")
def corpus_job(tmp_path_factory):
    """One application that compared the bundled 000 (parent) and 001 (plan)."""
    app = create_app(Settings(workdir=tmp_path_factory.mktemp("web")))
    with TestClient(app) as client:
        location = upload_and_wait(client, (PARENT.name, PARENT.read_bytes()),
                                   [(PLAN.name, PLAN.read_bytes())])
        yield client, location
