"""PDF with a text layer: running headers and page numbers dropped, paragraphs joined."""
from __future__ import annotations

import unicodedata

from pipeline.read import read_document
from samples import TEXT, make_pdf, records


def test_pdf_same_targets(tmp_path, expected):
    # Three pages, so the running header and the page-number footer repeat.
    doc = read_document(make_pdf(tmp_path / "a.pdf", pages_of_filler=2))
    assert doc.source_format == "pdf"
    assert "Trang" not in doc.text and "THỊ ỦY SA PA -" not in doc.text
    paras = unicodedata.normalize("NFC", doc.text).split("\n\n")
    assert "\n\n".join(paras[:2]) == TEXT and len(paras) >= 3
    assert records(doc) == expected
