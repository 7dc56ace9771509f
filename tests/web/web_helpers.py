"""Helpers of the web page's tests (imported by the tests and conftest.py)."""
from __future__ import annotations

import time
from pathlib import Path

from typing import Optional

from fastapi.testclient import TestClient
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[2]
PARENT = next((ROOT / "corpora").glob("000_*.txt"))
PLAN = next((ROOT / "corpora").glob("001_*.txt"))


# Short Vietnamese texts of our own, with markup that must come out as text.
XSS_SCRIPT = "<script>alert('xss')</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
XSS_PARENT = ("NGHỊ QUYẾT\nvề công tác dân vận\n"
              f"Phấn đấu đến năm 2025, Hội Nông dân đạt 90% trở lên hội viên tham gia sinh hoạt {XSS_SCRIPT}.\n"
              "Hằng năm, mỗi chi hội duy trì ít nhất 01 mô hình dân vận khéo.\n")
XSS_PLAN = ("KẾ HOẠCH\nthực hiện nghị quyết về công tác dân vận\n"
            f"Đến năm 2025, Hội Nông dân đạt 85% hội viên tham gia sinh hoạt {XSS_IMG}.\n"
            "Hằng năm, mỗi chi hội duy trì ít nhất 02 mô hình dân vận khéo.\n")


class UnflaggedRow(BaseModel):
    """A comparison row of a comparison that does not flag rows for review itself
    (the web page then marks weak alignments and pairs it cannot compare)."""

    verdict: str
    score: Optional[float] = None


class Clock:
    """A clock the test moves by hand (for expiry)."""

    def __init__(self):
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def wait_done(client: TestClient, location: str, timeout: float = 180) -> dict:
    """Poll a job's status until it is done or failed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        s = client.get(location + "/status").json()
        if s["state"] in ("done", "failed"):
            return s
        time.sleep(0.2)
    raise AssertionError(f"{location} not done after {timeout} s")


def upload(client: TestClient, parent: tuple[str, bytes] | None, plans: list[tuple[str, bytes]],
           **form) -> "object":
    """POST /upload with files (name, bytes); returns the response (redirects not followed)."""
    files = []
    if parent is not None:
        files.append(("parent", (parent[0], parent[1], "application/octet-stream")))
    files += [("plans", (n, b, "application/octet-stream")) for n, b in plans]
    return client.post("/upload", files=files or None, data=form or None, follow_redirects=False)


def upload_and_wait(client: TestClient, parent, plans, **form) -> str:
    """Upload, wait for the result; the job's URL (``/r/<id>``)."""
    r = upload(client, parent, plans, **form)
    assert r.status_code == 303, r.text
    location = r.headers["location"]
    assert wait_done(client, location)["state"] == "done"
    return location


