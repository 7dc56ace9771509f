"""Word 97 .doc through LibreOffice."""
from __future__ import annotations

import pytest

from pipeline.read import ReadError, read_document
from samples import TEXT, make_docx, records


def test_doc_without_libreoffice_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    p = tmp_path / "a.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 600)
    with pytest.raises(ReadError, match="LibreOffice.*soffice"):
        read_document(p)


def test_doc_converted_with_soffice(tmp_path, monkeypatch, expected):
    """A stand-in ``soffice`` on PATH that "converts" by copying a .docx checks the plumbing."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    made = make_docx(tmp_path / "made.docx")
    script = bindir / "soffice"
    script.write_text("#!/bin/sh\n# args: ... --outdir DIR FILE\nwhile [ $# -gt 1 ]; do "
                      "if [ \"$1\" = --outdir ]; then out=$2; fi; shift; done\n"
                      f"cp '{made}' \"$out/in.docx\"\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}:/usr/bin:/bin")
    p = tmp_path / "a.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 600)
    doc = read_document(p)
    assert doc.source_format == "doc" and doc.text == TEXT
    assert records(doc) == expected
