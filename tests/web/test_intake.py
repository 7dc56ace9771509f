"""Upload checks: format by content, not by name; size; safe file names."""
from __future__ import annotations

import asyncio
import io
import zipfile

import pytest
from docx import Document as WordDocument
from fpdf import FPDF

from pipeline.formats.doc import find_soffice
from pipeline.web.intake import Rejected, check_format, megabytes, read_limited, safe_name

TEXT = "Kế hoạch số 12-KH/HU: Hội Nông dân đạt 90% trở lên hội viên."


def _docx() -> bytes:
    doc = WordDocument()
    doc.add_paragraph(TEXT)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Ke hoach so 12-KH/HU: dat 90% tro len")
    return bytes(pdf.output())


def _zip(member: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(member, "<x/>")
    return buf.getvalue()


ACCEPTED = [
    pytest.param(TEXT.encode("utf-8"), "ke_hoach.txt", "txt", id="utf8-text"),
    pytest.param(TEXT.encode("utf-16"), "ke_hoach.txt", "txt", id="utf16-text"),
    pytest.param(f"<!DOCTYPE html><html><body><p>{TEXT}</p></body></html>".encode(), "tin.html", "html",
                 id="saved-page"),
    pytest.param(_docx(), "ke_hoach.docx", "docx", id="word-docx"),
    pytest.param(_docx(), "ke_hoach.txt", "docx", id="docx-named-txt"),
    pytest.param(_pdf(), "nghi_quyet.pdf", "pdf", id="pdf"),
    pytest.param(_pdf(), "nghi_quyet.txt", "pdf", id="pdf-named-txt"),
    pytest.param(TEXT.encode("utf-8"), "ke_hoach.docx", "txt", id="text-named-docx"),
]


@pytest.mark.parametrize("data, name, fmt", ACCEPTED)
def test_accepted_formats(data, name, fmt):
    assert check_format(data, name) == fmt


REFUSED = [
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "ke_hoach.docx", "wrong_format", id="png-as-docx"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "anh.png", "wrong_format", id="png"),
    pytest.param(b"MZ\x90\x00" + bytes(200), "ke_hoach.txt", "wrong_format", id="program-as-txt"),
    pytest.param(bytes(range(256)) * 40, "ke_hoach.txt", "wrong_format", id="binary-as-txt"),
    pytest.param(bytes(range(256)) * 40, "ke_hoach.docx", "not_zip", id="docx-not-a-zip"),
    pytest.param(b"PK\x03\x04 truncated" + bytes(100), "ke_hoach.docx", "not_zip", id="truncated-docx"),
    pytest.param(_zip("data.csv"), "bang.docx", "wrong_format", id="zip-without-word-document"),
    pytest.param(bytes(range(256)) * 40, "nghi_quyet.pdf", "not_pdf", id="pdf-not-a-pdf"),
    pytest.param(bytes(range(256)) * 40, "cu.doc", "wrong_format", id="doc-not-ole"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64) + "EncryptedPackage".encode("utf-16-le"),
                 "mat_khau.docx", "encrypted", id="encrypted-office"),
    pytest.param(b"  \n\t ", "rong.txt", "empty", id="empty"),
]


@pytest.mark.parametrize("data, name, key", REFUSED)
def test_refused_formats(data, name, key):
    with pytest.raises(Rejected) as e:
        check_format(data, name)
    assert (e.value.status, e.value.key, e.value.values["name"]) == (415, key, name)


@pytest.mark.skipif(find_soffice() is not None, reason="LibreOffice is installed: .doc is read")
def test_word97_without_libreoffice():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64) + "WordDocument".encode("utf-16-le")
    with pytest.raises(Rejected) as e:
        check_format(data, "ke_hoach.doc")
    assert e.value.key == "needs_libreoffice"


class _Upload:
    """What read_limited needs of Starlette's UploadFile."""

    def __init__(self, data: bytes, filename: str):
        self._buf = io.BytesIO(data)
        self.filename = filename
        self.size = len(data)

    async def read(self, n: int) -> bytes:
        return self._buf.read(n)


def test_read_limited_refuses_past_the_limit():
    data = b"x" * (3 * 2**20 + 1)
    with pytest.raises(Rejected) as e:
        asyncio.run(read_limited(_Upload(data, "lon.txt"), 3 * 2**20))
    assert e.value.status == 413
    assert e.value.values == {"name": "lon.txt", "size_mb": "3", "limit_mb": "3"}
    assert asyncio.run(read_limited(_Upload(data[:100], "nho.txt"), 3 * 2**20)) == data[:100]


@pytest.mark.parametrize("n, text", [(20 * 2**20, "20"), (int(1.5 * 2**20), "1,5"), (2**19, "0,5")],
                         ids=["20", "1.5", "0.5"])
def test_megabytes_vietnamese_decimal_comma(n, text):
    assert megabytes(n) == text


NAMES = [
    pytest.param(["ke_hoach.docx"], ["ke_hoach.docx"], id="plain"),
    pytest.param(["Kế hoạch 12.docx", "Kế hoạch 12.docx"], ["Kế hoạch 12.docx", "Kế hoạch 12 (2).docx"],
                 id="same-name-twice"),
    pytest.param(["a/ke_hoach.txt", "b/KE_HOACH.txt"], ["ke_hoach.txt", "KE_HOACH (2).txt"],
                 id="same-stem-other-case-and-folder"),
    pytest.param(["../../etc/passwd"], ["passwd"], id="path-traversal"),
    pytest.param(["C:\\Users\\x\\Nghị quyết.pdf"], ["Nghị quyết.pdf"], id="windows-path"),
    pytest.param([".bashrc"], ["bashrc"], id="hidden"),
    pytest.param(["ke\x00hoach\n.txt"], ["kehoach.txt"], id="control-characters"),
    pytest.param([""], ["Kế hoạch (dán).txt"], id="no-name"),
]


@pytest.mark.parametrize("raw, want", NAMES)
def test_safe_name(raw, want):
    taken: set[str] = set()
    assert [safe_name(r, taken, "Kế hoạch (dán).txt") for r in raw] == want
