"""Metadata of the five seeds (expected values read off the documents) and one
case for every entry of the metadata_*.yaml vocabularies."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import metadata as M
from pipeline.read import document_from_text, read_document

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


@pytest.fixture(scope="module")
def seeds():
    docs = [M.fill(read_document(p)) for p in sorted(CORPORA.glob("*.txt"))]
    return {d.id[:3]: d for d in M.link(docs)}


REF_29 = ("nghi_quyet", "29-NQ/TU", dt.date(2022, 7, 22))

SEEDS = {
    # 000: news of Thị ủy Sa Pa's action programme (08/9/2022) carrying out 29-NQ/TU of Lào Cai.
    "000": dict(doc_type="tin_bai", issuer="Thị ủy Sa Pa", issuer_level="district", province="Lào Cai",
                locality="Sa Pa", issued_on=dt.date(2022, 9, 8), period=(2022, 2030), implements=[REF_29]),
    # 001: plan of the provincial bloc party committee, "Số - KH/ĐUK", same resolution.
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
    import docx

    text = (CORPORA / "001_45df4ddcfde7a44e.txt").read_text(encoding="utf-8")
    d = docx.Document()
    for block in text.split("\n\n"):
        if block.strip():
            d.add_paragraph(block.strip())
    d.save(tmp_path / "a.docx")
    keys = ("doc_type", "symbol", "issuer", "issuer_level", "period", "signer", "implements")
    a, b = M.fill(document_from_text(text)), M.fill(read_document(tmp_path / "a.docx"))
    assert [getattr(a, k) for k in keys] == [getattr(b, k) for k in keys]


def test_number_spaces_removed():
    doc = M.fill(document_from_text("Số 12 - KH/HU\nKẾ HOẠCH\nthực hiện Nghị quyết số 29- NQ/TU"))
    assert (doc.number, doc.symbol, doc.issuer_level) == ("12-KH/HU", "KH/HU", "district")
    assert doc.implements[0].number == "29-NQ/TU"


def test_issued_on_from_place_date_line():
    doc = M.fill(document_from_text("Sa Pa, ngày 08 tháng 9 năm 2022\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
                                    "thực hiện Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy"))
    assert doc.issued_on == dt.date(2022, 9, 8)
    assert doc.implements[0].date == dt.date(2022, 7, 22)


def test_nfd_text_gives_the_same_metadata():
    import unicodedata

    text = (CORPORA / "002_886cc3589cf7c333.txt").read_text(encoding="utf-8")
    a = M.analyze(text)
    b = M.analyze(unicodedata.normalize("NFD", text))
    assert a == b


# ------------------------------------------------------------ every vocabulary entry
def _types():
    return [(k, w) for k, e in M.doc_types().doc_types.items() for w in e.words]


@pytest.mark.parametrize("key,word", _types())
def test_doc_type_word_in_heading(key, word):
    assert M.analyze(f"{word.upper()}\nvề công tác dân vận\nNội dung dài.")["doc_type"] == key
    ref = M.find_refs(f"theo {word.capitalize()} số 12-XX/TU, ngày 01/02/2020 của Tỉnh ủy")[0].ref
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == (key, "12-XX/TU", dt.date(2020, 2, 1), "Tỉnh ủy")


@pytest.mark.parametrize("key,code", [(k, c) for k, e in M.doc_types().doc_types.items() for c in e.codes])
def test_doc_type_code_is_a_symbol_part(key, code):
    assert M.find_refs(f"Nghị quyết số 5-{code}/HU")[0].ref.number == f"5-{code}/HU"


@pytest.mark.parametrize("verb", M.doc_types().news.report_verbs)
def test_report_verb_makes_news(verb):
    assert M.analyze(f"Thị ủy Sa Pa {verb} chương trình công tác\nNội dung.")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("marker", M.doc_types().news.page_markers)
def test_page_marker_makes_news(marker):
    assert M.analyze(f"Sa Pa: đổi mới công tác dân vận\nNội dung.\n{marker.capitalize()}")["doc_type"] == "tin_bai"


@pytest.mark.parametrize("verb", M.doc_types().implements_verbs)
def test_implements_verb(verb):
    m = M.analyze(f"KẾ HOẠCH\n{verb} Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy")
    assert [r.number for r in m["implements"]] == ["29-NQ/TU"]


@pytest.mark.parametrize("stop", M.doc_types().issuer_stops)
def test_issuer_stop_word(stop):
    ref = M.find_refs(f"Nghị quyết số 29-NQ/TU của Ban Thường vụ Tỉnh ủy {stop} công tác dân vận")[0].ref
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize("verb", M.doc_types().issue_verbs)
def test_issue_verb_names_the_issuer(verb):
    m = M.analyze("KẾ HOẠCH\nThực hiện Nghị quyết số 29-NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy, "
                  f"Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh {verb} kế hoạch thực hiện như sau:")
    assert (m["issuer"], m["issuer_level"]) == ("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "bloc")


@pytest.mark.parametrize("word", M.doc_types().period_words)
def test_period_word(word):
    assert M.analyze(f"KẾ HOẠCH\nCông tác dân vận, {word} 2021 – 2025\nNội dung.")["period"] == (2021, 2025)


@pytest.mark.parametrize("word", M.doc_types().until_words)
def test_until_word(word):
    m = M.analyze(f"Hà Giang, ngày 01 tháng 3 năm 2021\nKẾ HOẠCH\nCông tác dân vận {word} 2030\nNội dung.")
    assert m["period"] == (2021, 2030)


@pytest.mark.parametrize("entry", M.issuers().issuer_words, ids=lambda e: e.word)
def test_issuer_word_level(entry):
    name = " Lào Cai" if entry.city else ""
    assert M._level(f"Ban Thường vụ {entry.word.title()}{name}") == entry.level


def test_city_party_committee_of_a_centrally_run_city():
    assert M._level("Ban Thường vụ Thành ủy Hà Nội") == "province"


@pytest.mark.parametrize("head", M.issuers().issuer_heads)
def test_issuer_head_starts_an_issuer(head):
    assert M._issuer_before(f"Ngày 08/9/2022, {head.title()} huyện Bắc Hà") == f"{head.title()} huyện Bắc Hà"


@pytest.mark.parametrize("code,entry", M.issuers().symbol_issuers.items())
def test_symbol_code_gives_level(code, entry):
    m = M.analyze(f"Số 12-KH/{code}\nKẾ HOẠCH\nNội dung.")
    assert (m["symbol"], m["issuer_level"]) == (f"KH/{code}", entry.level)


@pytest.mark.parametrize("title", M.issuers().signer_titles)
def test_signer_title(title):
    m = M.analyze(f"KẾ HOẠCH\nNội dung.\nNơi nhận:\n- Như trên,\nT/M BAN THƯỜNG VỤ\n{title.upper()}\n\nĐỗ Anh Tuấn")
    assert m["signer"] == "Đỗ Anh Tuấn"


def test_recipients_word_is_a_pattern():
    assert M._pat().recipients.match(M.fold("Nơi nhận:"))


@pytest.mark.parametrize("entry", M.places().unit_words, ids=lambda e: e.word)
def test_unit_word_finds_its_place(entry):
    name = {"province": "Lào Cai", "city": "Lào Cai", "district": "Bắc Hà", "commune": "Nậm Đét"}[entry.tier]
    mentions = list(M._mentions(f"trên địa bàn {entry.word} {name}, năm 2022"))
    assert [(t, n) for t, n, _ in mentions] == [(entry.tier, name)]
    assert {p for p, _, _ in M._resolve(entry.tier, name)} == {"Lào Cai"}


@pytest.mark.parametrize("prefix", M.places().gazetteer_prefixes)
def test_gazetteer_prefix_is_dropped(prefix):
    g = M.gazetteer()
    sample = {"tỉnh": g.province("Lào Cai"), "thành phố": g.province("Hà Nội"),
              "huyện": g.district("Bắc Hà"), "quận": g.district("Ba Đình"), "thị xã": g.district("Sa Pa"),
              "xã": g.commune("Nậm Đét"), "phường": g.commune("Phúc Xá"), "thị trấn": g.commune("Vị Xuyên")}
    assert sample[prefix]
