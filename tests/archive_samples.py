"""Helpers of the archive tests: the synthetic archive builder and a table dump."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import duckdb

from conftest import ROOT

CHITIEU = Path(sys.executable).with_name("chitieu")


def synthetic():
    """benchmarks/synthetic_archive.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("synthetic_archive", ROOT / "benchmarks" / "synthetic_archive.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def tables(db: Path) -> dict[str, list]:
    """Every row of documents, targets and errors, sorted: two archives are equal when these are."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("documents", "targets", "errors")}
    finally:
        con.close()
