"""Reading documents as they arrive: every format and encoding of one seed
passage gives the same targets as its plain text; bad input is one error line
each and never stops the batch."""
from __future__ import annotations

import io
import json
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipeline import extract_document
from pipeline.read import ReadError, document_from_text, iter_paths, read_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "000_f70623145abb4c5f.txt"
FIELDS = ("value", "unit", "org", "comparator", "deadline_year", "period", "frequency")


def _passage() -> list[str]:
    """Seed 000's headline and its paragraph of nine targets."""
    lines = [x for x in SEED.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [lines[0], next(x for x in lines if x.startswith("Cụ thể hoá với 09 mục tiêu"))]


PARAS = _passage()
TEXT = "\n\n".join(PARAS)


def _records(doc) -> list[tuple]:
    return [tuple(getattr(t, k) for k in FIELDS) for t in extract_document(doc)]


@pytest.fixture(scope="module")
def expected():
    recs = _records(document_from_text(TEXT, "plain"))
    assert len(recs) >= 8, recs  # the passage holds the nine targets of the programme
    return recs


def _font() -> Path | None:
    for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/TTF/DejaVuSans.ttf"):
        if Path(p).is_file():
            return Path(p)
    try:
        import matplotlib
        p = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        return p if p.is_file() else None
    except ImportError:
        return None


def make_docx(path: Path, paras=PARAS, table=None) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph(paras[0], style="Title")
    for p in paras[1:]:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    d.save(path)
    return path


def make_pdf(path: Path, paras=PARAS, pages_of_filler=0, password=None) -> Path:
    from fpdf import FPDF

    font = _font()
    if font is None:
        pytest.skip("no Unicode TTF font (DejaVuSans) on this machine")

    class Doc(FPDF):
        def header(self):
            self.set_font("dv", size=8)
            self.cell(0, 6, "THỊ ỦY SA PA - Chương trình hành động", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", size=8)
            self.cell(0, 10, f"Trang {self.page_no()}", align="C")

    pdf = Doc()
    pdf.add_font("dv", fname=str(font))
    if password:
        pdf.set_encryption(owner_password="o", user_password=password)
    pdf.add_page()
    pdf.set_font("dv", size=11)
    for p in paras:
        pdf.multi_cell(0, 6, p, align="J")
        pdf.ln(3)
    for _ in range(pages_of_filler):
        pdf.add_page()
        pdf.multi_cell(0, 6, "Các cấp ủy tổ chức quán triệt, triển khai thực hiện nghiêm túc. " * 20, align="J")
    path.write_bytes(bytes(pdf.output()))
    return path


def make_html(path: Path, paras=PARAS) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paras[1:])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin điện tử</title></head>
<body><header><div class="logo">Cổng thông tin điện tử thị xã Sa Pa</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tt">Tin tức</a></li>
<li><a href="/lh">Liên hệ</a></li></ul></nav>
<div class="main"><article><h1>{paras[0]}</h1><div class="view-count">Lượt xem: 4863</div>{body}</article>
<aside class="sidebar"><h3>Tin khác</h3><ul><li>Hội nghị tổng kết năm 2022 đạt 100% kế hoạch</li></ul></aside>
</div><footer><p>Thống kê truy cập</p><p>Đang online: 12</p><p>Tất cả: 123456</p></footer></body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def legacy_bytes(text: str, encoding: str) -> bytes:
    """Text as a TCVN3 or VNI file: Unicode letters → the legacy font's bytes
    (the inverse of viparse's tables), saved one byte per character."""
    from viparse.normalize.encodings import CHARMAPS

    inverse: dict[str, str] = {}
    for src, uni in CHARMAPS[encoding].pairs:
        inverse.setdefault(unicodedata.normalize("NFC", uni), src)
    surface = "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return surface.encode("cp1252")


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 writes a base letter (â ơ ư ...) plus a combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


# ------------------------------------------------------------ same targets, every format
def test_plain_text_file(tmp_path, expected):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == TEXT and doc.source_format == "txt" and doc.encoding == "utf-8"
    assert _records(doc) == expected


def test_docx_same_targets(tmp_path, expected):
    doc = read_document(make_docx(tmp_path / "a.docx"))
    assert doc.source_format == "docx"
    assert doc.text == TEXT
    assert _records(doc) == expected


def test_pdf_same_targets(tmp_path, expected):
    # Three pages, so the running header and the page-number footer repeat.
    doc = read_document(make_pdf(tmp_path / "a.pdf", pages_of_filler=2))
    assert doc.source_format == "pdf"
    assert "Trang" not in doc.text and "THỊ ỦY SA PA -" not in doc.text
    paras = unicodedata.normalize("NFC", doc.text).split("\n\n")
    assert "\n\n".join(paras[:2]) == TEXT and len(paras) >= 3
    assert _records(doc) == expected


def test_html_same_targets(tmp_path, expected):
    doc = read_document(make_html(tmp_path / "a.html"))
    assert doc.source_format == "html"
    for chrome in ("Trang chủ", "Lượt xem", "Đang online", "Thống kê truy cập", "Liên hệ"):
        assert chrome not in doc.text
    assert doc.text.startswith(PARAS[0])
    assert _records(doc) == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_encodings_same_targets(tmp_path, expected, encoding):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(legacy_bytes(TEXT, encoding))
    doc = read_document(p)
    assert doc.encoding == encoding
    assert doc.text == unicodedata.normalize("NFC", TEXT)
    assert _records(doc) == expected


@pytest.mark.parametrize("codec,name", [("utf-8-sig", "utf-8"), ("utf-16", "utf-16")])
def test_bom_encodings(tmp_path, expected, codec, name):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode(codec))
    doc = read_document(p)
    assert (doc.text, doc.encoding) == (TEXT, name)
    assert _records(doc) == expected


def test_windows_1258(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(cp1258_bytes(TEXT))
    doc = read_document(p)
    assert doc.encoding == "cp1258"
    # Read as written (base letter + combining tone): only the composition differs.
    assert unicodedata.normalize("NFC", doc.text) == TEXT


def test_nfd_text_is_left_as_read(tmp_path):
    nfd = unicodedata.normalize("NFD", TEXT)
    p = tmp_path / "a.txt"
    p.write_text(nfd, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == nfd and doc.encoding == "utf-8"


def test_spans_index_the_document_text(tmp_path):
    for path in (make_docx(tmp_path / "a.docx"), make_html(tmp_path / "a.html")):
        doc = read_document(path)
        for t in extract_document(doc):
            assert 0 <= t.span[0] < t.span[1] <= len(doc.text)
            assert any(ch.isdigit() for ch in doc.text[t.span[0]:t.span[1]])


def test_sha256_is_of_the_original_bytes(tmp_path):
    import hashlib

    p = make_docx(tmp_path / "a.docx")
    assert read_document(p).sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


# ------------------------------------------------------------ structure of Word files
def test_docx_tables_one_line_per_row(tmp_path):
    p = make_docx(tmp_path / "t.docx", paras=["KẾ HOẠCH", "Chỉ tiêu đến năm 2025:"],
                  table=[["Tổ chức", "Tỷ lệ tập hợp"], ["Hội Nông dân", "90% trở lên"],
                         ["Hội Cựu chiến binh", "96% trở lên"]])
    doc = read_document(p)
    assert "Hội Nông dân | 90% trở lên\nHội Cựu chiến binh | 96% trở lên" in doc.text
    assert doc.text.index("Chỉ tiêu đến năm 2025") < doc.text.index("Hội Nông dân")
    values = sorted(t.value for t in extract_document(doc) if t.unit == "percent")
    assert values == [90.0, 96.0]


def test_docx_numbered_list_keeps_its_numbers(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("MỤC TIÊU")
    d.add_paragraph("Hội Nông dân đạt 90% trở lên", style="List Number")
    d.add_paragraph("Hội Cựu chiến binh đạt 96% trở lên", style="List Number")
    d.add_paragraph("Đoàn viên được học tập", style="List Bullet")
    d.save(tmp_path / "n.docx")
    text = read_document(tmp_path / "n.docx").text
    assert "1. Hội Nông dân đạt 90% trở lên" in text
    assert "2. Hội Cựu chiến binh đạt 96% trở lên" in text
    assert "- Đoàn viên được học tập" in text


# ------------------------------------------------------------ .doc through LibreOffice
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
    assert _records(doc) == expected


# ------------------------------------------------------------ bad input
def _zip_bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * 2**20
            for _ in range(size // 2**20):
                f.write(chunk)
    return path


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    good = make_docx(tmp_path / "good.docx").read_bytes()
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "photo.txt",
        "truncated_docx": tmp_path / "truncated.docx",
        "encrypted_docx": tmp_path / "locked.docx",
        "truncated_pdf": tmp_path / "truncated.pdf",
        "scan_pdf": tmp_path / "scan.pdf",
        "encrypted_pdf": tmp_path / "locked.pdf",
        "zip_bomb": tmp_path / "bomb.docx",
        "missing": tmp_path / "nowhere" / "gone.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    files["truncated_docx"].write_bytes(good[: len(good) // 2])
    # An encrypted Office file is an OLE compound file with an EncryptedPackage stream.
    files["encrypted_docx"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                                        + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    pdf = make_pdf(tmp_path / "full.pdf").read_bytes()
    files["truncated_pdf"].write_bytes(pdf[:300])
    from fpdf import FPDF
    scan = FPDF()
    scan.add_page()
    scan.rect(10, 10, 100, 100, style="F")
    files["scan_pdf"].write_bytes(bytes(scan.output()))
    make_pdf(files["encrypted_pdf"], password="secret")
    _zip_bomb(files["zip_bomb"], 8 * 2**20)
    return files


EXPECTED_REASON = {
    "empty": "empty file",
    "binary": "binary content",
    "truncated_docx": "damaged .docx",
    "encrypted_docx": "password-protected",
    "truncated_pdf": "damaged PDF",
    "scan_pdf": "needs OCR",
    "encrypted_pdf": "password-protected PDF",
    "zip_bomb": "zip bomb",
    "missing": "No such file",
}


def test_each_bad_input_is_a_clear_read_error(tmp_path, monkeypatch):
    from pipeline.formats import docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 4 * 2**20)
    for name, path in _bad_files(tmp_path).items():
        with pytest.raises(ReadError) as e:
            read_document(path)
        assert EXPECTED_REASON[name] in e.value.reason, (name, e.value.reason)
        assert e.value.stage == "read" and e.value.path == str(path)


def test_zip_bomb_refused_by_ratio_without_unpacking(tmp_path):
    p = _zip_bomb(tmp_path / "bomb.docx", 40 * 2**20)
    with pytest.raises(ReadError, match="zip bomb"):
        read_document(p)


def test_batch_goes_on_and_writes_errors(tmp_path, monkeypatch, expected):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.formats import docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 4 * 2**20)
    bad = _bad_files(tmp_path / "in")
    shutil.copy(make_docx(tmp_path / "x.docx"), tmp_path / "in" / "plan.docx")
    (tmp_path / "in" / "plan.txt").write_text(TEXT, encoding="utf-8")
    for extra in ("full.pdf", "good.docx"):
        (tmp_path / "in" / extra).unlink(missing_ok=True)
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), str(bad["missing"]), "-o", str(out), "-q"])
    assert res.exit_code == 1, res.output
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert sorted(Path(e["source_path"]).name for e in errors) == sorted(p.name for p in bad.values())
    assert all(e["stage"] == "read" and e["reason"] for e in errors)
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines()]
    assert sorted(d["source_format"] for d in docs) == ["docx", "txt"]
    targets = [json.loads(x) for x in (out / "targets.jsonl").read_text().splitlines()]
    # plan.txt and plan.docx: every target of both good files, nothing lost.
    assert len(targets) == 2 * len(expected) and {t["doc_id"] for t in targets} == {"plan"}


def test_jsonl_output_still_works(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    res = CliRunner().invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "pred.jsonl"), "-q"])
    assert res.exit_code == 0, res.output
    assert len((tmp_path / "pred.jsonl").read_text().splitlines()) > 5


# ------------------------------------------------------------ dispatch
def test_content_beats_suffix(tmp_path, expected):
    p = tmp_path / "renamed.txt"
    shutil.copy(make_docx(tmp_path / "a.docx"), p)
    doc = read_document(p)
    assert doc.source_format == "docx" and _records(doc) == expected


def test_iter_paths_finds_every_format(tmp_path):
    for name in ("a.txt", "b.docx", "c.pdf", "d.html", "e.htm", "f.doc", "g.png", ".hidden/h.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.txt", "b.docx", "c.pdf", "d.html", "e.htm", "f.doc"]


def test_utf8_pasted_from_tcvn3_font_is_repaired(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(legacy_bytes(TEXT, "tcvn3").decode("cp1252"), encoding="utf-8")
    doc = read_document(p)
    assert doc.text == TEXT and doc.encoding == "tcvn3 (in utf-8)"


def test_unicode_text_never_goes_through_legacy_repair():
    from pipeline.formats.text import repair_legacy

    assert repair_legacy(TEXT) == (TEXT, None)
    assert repair_legacy("Café, naïve résumé à la carte: 12 €") == ("Café, naïve résumé à la carte: 12 €", None)
