"""Progress: a bar on a terminal, plain lines in a log (pipeline/archive/progress.py)."""
from __future__ import annotations

import io

from pipeline.archive import build_archive
from pipeline.archive.progress import Progress


def test_progress_is_a_plain_line_off_a_terminal(small, tmp_path):
    stream = io.StringIO()
    build_archive([small], tmp_path / "a.duckdb", workers=1, progress_interval=0, stream=stream)
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("2/2 files (100%)") and "files/s" in lines[-1] and "MB/s" in lines[-1]
    assert "ETA" in lines[-1] and "\r" not in stream.getvalue()


def test_progress_is_a_bar_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    p = Progress(total_files=4, total_bytes=4 * 2**20, stream=stream)
    p.advance(files=2, nbytes=2 * 2**20, targets=7)
    p.message("skipped /a/hong.pdf: damaged PDF")
    p.close()
    out = stream.getvalue()
    assert "\r" in out and "2/4" in out and "file/s" in out and "MB/s" in out
    assert "skipped /a/hong.pdf: damaged PDF\n" in out
