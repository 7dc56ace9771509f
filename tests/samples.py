"""Sample documents for the tests: one seed passage written as every format and
encoding chitieu reads (.txt, .docx, .pdf, .html, TCVN3, VNI, Windows-1258),
and the bad files a batch meets. Not a test module: tests/read, tests/cli,
tests/robustness and the plain-install check of the Makefile import it."""
from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from viparse.normalize.encodings import CHARMAPS

from pipeline import extract_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "000_f70623145abb4c5f.txt"
FIELDS = ("value", "unit", "org", "comparator", "deadline_year", "period", "frequency")


def _passage() -> list[str]:
    """Seed 000's headline and its paragraph of nine targets."""
    lines = [x for x in SEED.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [lines[0], next(x for x in lines if x.startswith("Cụ thể hoá với 09 mục tiêu"))]


PARAS = _passage()
TEXT = "\n\n".join(PARAS)


def records(doc) -> list[tuple]:
    """The fields every format must give alike, one tuple per record."""
    return [tuple(getattr(t, k) for k in FIELDS) for t in extract_document(doc)]


def font_path() -> Path | None:
    """A Unicode TTF font for fpdf (DejaVuSans from the system or matplotlib)."""
    for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/TTF/DejaVuSans.ttf"):
        if Path(p).is_file():
            return Path(p)
    try:
        import matplotlib  # optional (the notebooks extra): only a place to find a font
        p = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        return p if p.is_file() else None
    except ImportError:
        return None


def make_docx(path: Path, paras=PARAS, table=None) -> Path:
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
    font = font_path()
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
        pdf.multi_cell(0, 6, "Các chi bộ sinh hoạt đều đặn, bàn kỹ từng việc cụ thể. " * 20, align="J")
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


# -- bad input
def zip_bomb(path: Path, size: int) -> Path:
    """A .docx whose document.xml unpacks to ``size`` bytes of NULs."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * 2**20
            for _ in range(size // 2**20):
                f.write(chunk)
    return path


def bad_files(tmp_path: Path) -> dict[str, Path]:
    """One file of every kind of bad input, keyed by kind (see :data:`EXPECTED_REASON`)."""
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
    scan = FPDF()
    scan.add_page()
    scan.rect(10, 10, 100, 100, style="F")
    files["scan_pdf"].write_bytes(bytes(scan.output()))
    make_pdf(files["encrypted_pdf"], password="secret")
    zip_bomb(files["zip_bomb"], 8 * 2**20)
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
