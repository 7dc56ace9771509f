"""Plain text in every encoding Vietnamese files arrive in (pipeline/formats/text.py)."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.formats.text import repair_legacy
from pipeline.read import read_document
from samples import TEXT, cp1258_bytes, legacy_bytes, records


def test_plain_text_file(tmp_path, expected):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == TEXT and doc.source_format == "txt" and doc.encoding == "utf-8"
    assert records(doc) == expected


@pytest.mark.parametrize("codec,name", [("utf-8-sig", "utf-8"), ("utf-16", "utf-16")])
def test_bom_encodings(tmp_path, expected, codec, name):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode(codec))
    doc = read_document(p)
    assert (doc.text, doc.encoding) == (TEXT, name)
    assert records(doc) == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_encodings_same_targets(tmp_path, expected, encoding):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(legacy_bytes(TEXT, encoding))
    doc = read_document(p)
    assert doc.encoding == encoding
    assert doc.text == unicodedata.normalize("NFC", TEXT)
    assert records(doc) == expected


def test_windows_1258_is_read_composed(tmp_path, expected):
    p = tmp_path / "a.txt"
    p.write_bytes(cp1258_bytes(TEXT))
    doc = read_document(p)
    # Windows-1258 writes a base letter plus a combining tone; the text read is
    # composed (NFC), as every other file gives it and as a search for "đạt" finds it.
    assert doc.encoding == "cp1258" and doc.text == TEXT
    assert unicodedata.is_normalized("NFC", doc.text)
    assert records(doc) == expected


def test_windows_1258_web_page_is_read_composed(tmp_path):
    page = f'<html><head><meta charset="windows-1258"></head><body><article><p>{TEXT}</p></article></body></html>'
    p = tmp_path / "a.html"
    p.write_bytes(cp1258_bytes(page))
    doc = read_document(p)
    assert doc.encoding == "windows-1258" and unicodedata.is_normalized("NFC", doc.text)
    assert "Hội Nông dân" in doc.text


def test_nfd_text_is_left_as_read(tmp_path):
    nfd = unicodedata.normalize("NFD", TEXT)
    p = tmp_path / "a.txt"
    p.write_text(nfd, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == nfd and doc.encoding == "utf-8"


def test_utf8_pasted_from_tcvn3_font_is_repaired(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(legacy_bytes(TEXT, "tcvn3").decode("cp1252"), encoding="utf-8")
    doc = read_document(p)
    assert doc.text == TEXT and doc.encoding == "tcvn3 (in utf-8)"


def test_unicode_text_never_goes_through_legacy_repair():
    assert repair_legacy(TEXT) == (TEXT, None)
    assert repair_legacy("Café, naïve résumé à la carte: 12 €") == ("Café, naïve résumé à la carte: 12 €", None)
