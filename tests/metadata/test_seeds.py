"""Metadata of the five seeds (expected values read off the documents), and
metadata that does not depend on the file format or the Unicode form."""
from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pytest

from conftest import CORPUS
from pipeline.metadata import analyze, fill, link
from pipeline.read import document_from_text, read_document


@pytest.fixture(scope="module")
def seeds():
    docs = [fill(read_document(p)) for p in sorted(CORPUS.glob("*.txt"))]
    return {d.id[:3]: d for d in link(docs)}


REF_29 = ("nghi_quyet", "29-NQ/TU", dt.date(2022, 7, 22))

SEEDS = {
    # 000: news of Thị ủy Sa Pa's action programme (08/9/2022) carrying out 29-NQ/TU of Lào Cai.
    "000": dict(doc_type="tin_bai", issuer="Thị ủy Sa Pa", issuer_level="district", province="Lào Cai",
                locality="Sa Pa", issued_on=dt.date(2022, 9, 8), period=(2022, 2030), implements=[REF_29]),
    # 001: plan of the provincial bloc party committee, "Số - KH/ĐUK", same resolution (its tasks,
    # which name the bloc's own resolution, tell the bloc's bodies what to do).
    "001": dict(doc_type="ke_hoach", number=None, symbol="KH/ĐUK", issuer_level="bloc", province="Lào Cai",
                period=(2022, 2030), signer="Đặng Đình Chung", implements=[REF_29]),
    # 002: resolution of the Ban Thường vụ Huyện ủy Vị Xuyên (Hà Giang), 2021-2025.
    "002": dict(doc_type="nghi_quyet", issuer_level="district", province="Hà Giang", locality="Vị Xuyên",
                period=(2021, 2025), signer="Đỗ Anh Tuấn", implements=[]),
    # 003: Đề án số 15 of a district (its commune Nậm Đét is in Bắc Hà, Lào Cai), 2015-2020.
    "003": dict(doc_type="de_an", number="15", issuer_level="district", province="Lào Cai",
                locality="Bắc Hà", period=(2015, 2020), implements=[]),
    # 004: Tuyên Quang news on the review of Đề án số 02 of the Ban Thường vụ Tỉnh ủy.
    "004": dict(doc_type="tin_bai", issuer_level="province", province="Tuyên Quang", period=None,
                implements=[]),
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_metadata(seeds, seed):
    doc = seeds[seed]
    for field, want in SEEDS[seed].items():
        got = getattr(doc, field)
        if field == "implements":
            got = [(r.doc_type, r.number, r.date) for r in got]
        assert got == want, (seed, field, got)


def test_news_subjects(seeds):
    assert seeds["000"].subject.doc_type == "chuong_trinh_hanh_dong"
    s = seeds["004"].subject
    assert (s.doc_type, s.number, s.issuer) == ("de_an", "02", "Ban Thường vụ Tỉnh ủy")


def test_cites_are_normalized_references(seeds):
    cites = {r.number: r for r in seeds["002"].cites}
    assert cites["218-QĐ/TW"].date == dt.date(2013, 12, 12)  # written "218 – QĐ/TW"
    assert cites["124-QĐ/TW"].issuer == "Ban Bí thư Trung ương Đảng"
    assert "07-NQ/ĐUK" in {r.number for r in seeds["001"].cites}
    assert "15" not in {r.number for r in seeds["003"].cites}  # itself


def test_metadata_is_the_same_for_every_format(tmp_path):
    """The reader changes the bytes, not what the document says about itself."""
    text = (CORPUS / "001_45df4ddcfde7a44e.txt").read_text(encoding="utf-8")
    d = docx.Document()
    for block in text.split("\n\n"):
        if block.strip():
            d.add_paragraph(block.strip())
    d.save(tmp_path / "a.docx")
    keys = ("doc_type", "symbol", "issuer", "issuer_level", "period", "signer", "implements")
    a, b = fill(document_from_text(text)), fill(read_document(tmp_path / "a.docx"))
    assert [getattr(a, k) for k in keys] == [getattr(b, k) for k in keys]


def test_nfd_text_gives_the_same_metadata():
    text = (CORPUS / "002_886cc3589cf7c333.txt").read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text)
    a, b = analyze(text), analyze(nfd)
    (s1, e1), (s2, e2) = a.pop("issuer_span"), b.pop("issuer_span")
    assert a == b
    assert unicodedata.normalize("NFC", nfd[s2:e2]) == text[s1:e1] == a["issuer"]


def test_empty_text_has_no_metadata():
    assert analyze(" \n\n") == {}
