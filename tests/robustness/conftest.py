"""The robustness suite's two sizes and its figures.

``make test`` runs the fast part; ``make robustness`` sets
``CHITIEU_ROBUSTNESS=long``: 100,000 generated texts and 10,000 generated
files (see :mod:`robustness.sizes`). Every test adds what it tried and what went wrong to the figures,
printed at the end of the run (and written to ``$CHITIEU_ROBUSTNESS_REPORT``
as JSON when that is set).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from robustness.sizes import LONG

_FIGURES = pytest.StashKey[dict]()


@pytest.fixture(scope="session")
def figures(request) -> dict:
    """Counters of the run: {area: {figure: number}}."""
    return request.config.stash.setdefault(_FIGURES, {})


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    figs = config.stash.get(_FIGURES, None)
    if not figs:
        return
    terminalreporter.section("robustness figures" + (" (long run)" if LONG else " (fast part)"))
    for area, counts in figs.items():
        sep = "; " if area == "text crashes" else ", "
        terminalreporter.write_line(f"{area}: " + sep.join(f"{v:,} {k}" for k, v in counts.items()))
    report = os.environ.get("CHITIEU_ROBUSTNESS_REPORT")
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(json.dumps({"long": LONG, "exit_status": int(exitstatus), **figs},
                                           ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
