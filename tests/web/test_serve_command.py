"""`chitieu serve` itself: starts, answers on 127.0.0.1, stops on SIGINT."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from web_helpers import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_localhost_and_stops(tmp_path):
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--port", str(port), "--max-mb", "5"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        end, page = time.monotonic() + 60, None
        while time.monotonic() < end and proc.poll() is None:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None and page.status_code == 200, proc.poll()
        assert "Mỗi tệp tối đa 5 MB" in page.text
        assert any(p.name.startswith("chitieu-serve-") for p in tmp_path.iterdir())
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert proc.returncode == 0, out
    assert f"http://127.0.0.1:{port}/" in out
    # its upload folder goes with it
    assert not any(p.name.startswith("chitieu-serve-") for p in tmp_path.iterdir())
