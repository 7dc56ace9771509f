"""Word 97 ``.doc`` → text, by converting it to .docx with LibreOffice.

The conversion runs ``soffice --headless --convert-to docx`` in a private
temporary folder (its own user profile, so a running LibreOffice does not
interfere); the result is read by :mod:`pipeline.formats.docx`. Without
``soffice`` on PATH the file is an error that says so.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.formats.docx import read as read_docx
from pipeline.formats.base import Extracted

#: Seconds one conversion may take.
TIMEOUT = 120


def find_soffice() -> str | None:
    """Path of LibreOffice's ``soffice`` (or ``libreoffice``) on PATH, or None.

    >>> find_soffice() is None or find_soffice().endswith(("soffice", "libreoffice"))
    True
    """
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(data: bytes, path: Path | str) -> Extracted:
    """A ``.doc`` → :class:`Extracted` (format ``doc``), via LibreOffice.

    E.g. "Ke hoach 12-KH.doc" → the text of "Kế hoạch số 12-KH/HU ...".
    """
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(path, ".doc (Word 97) needs LibreOffice to convert it, and `soffice` is not on PATH "
                              "(install libreoffice-writer, or save the file as .docx)")
    with tempfile.TemporaryDirectory(prefix="chitieu-doc-") as tmp:
        src = Path(tmp) / "in.doc"
        src.write_bytes(data)
        profile = Path(tmp, "profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "docx", "--outdir", tmp, str(src)]
        try:
            run = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, text=True,
                                 env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise ReadError(path, f"LibreOffice did not convert the .doc within {TIMEOUT} s") from None
        except OSError as e:
            raise ReadError(path, f"cannot run LibreOffice ({e})") from None
        out = Path(tmp) / "in.docx"
        if not out.is_file():
            detail = (run.stderr or run.stdout or "").strip().splitlines()
            raise ReadError(path, "LibreOffice could not convert the .doc (damaged or password-protected?)"
                                  + (f": {detail[-1]}" if detail else ""))
        got = read_docx(out.read_bytes(), path)
    return Extracted(got.text, "doc", got.encoding)
