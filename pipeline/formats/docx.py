"""Word ``.docx`` → text, in reading order.

Paragraphs come out one per block, with the automatic numbering Word draws
("1.", "a)", "-") written in front, since the structure stage reads section
numbers from the text. A table becomes one line per row, its cells joined with
" | " (targets are often in tables). The zip is checked before anything is
unpacked: member sizes over :data:`MAX_UNPACKED_BYTES` are refused (zip bomb).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx

from pipeline.errors import ReadError
from pipeline.formats.base import Extracted
from pipeline.formats.text import finish

#: Largest total uncompressed size accepted for the parts of one .docx.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
#: Largest compression ratio of a big member (real XML compresses ~10-30×).
MAX_RATIO = 200
#: Largest XML part parsed: python-docx holds ~13 bytes of memory per byte of
#: XML (measured: 1.3 GB for a 100 MB document.xml).
MAX_XML_PART_BYTES = 48 * 1024 * 1024
_MAX_MEMBERS = 5000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLET = "-"


def check_zip(data: bytes, path: Path | str) -> zipfile.ZipFile:
    """Open the archive and refuse it before unpacking if it is damaged or a zip bomb.

    >>> check_zip(b"PK\\x03\\x04 truncated", "a.docx")
    Traceback (most recent call last):
    pipeline.errors.ReadError: a.docx: damaged .docx: not a readable zip archive (File is not a zip file)
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as e:
        raise ReadError(path, f"damaged .docx: not a readable zip archive ({e})") from None
    if len(infos) > _MAX_MEMBERS:
        raise ReadError(path, f"refused: {len(infos)} parts in the archive (limit {_MAX_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise ReadError(path, f"refused: would unpack to {total // 2**20} MB "
                              f"(limit {MAX_UNPACKED_BYTES // 2**20} MB), a zip bomb?")
    for i in infos:
        if i.file_size > 10 * 2**20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise ReadError(path, f"refused: {i.filename} is compressed {i.file_size // max(i.compress_size, 1)}×, "
                                  "a zip bomb?")
        if i.filename.endswith(".xml") and i.file_size > MAX_XML_PART_BYTES:
            raise ReadError(path, f"refused: {i.filename} unpacks to {i.file_size // 2**20} MB "
                                  f"(limit {MAX_XML_PART_BYTES // 2**20} MB): too big to read safely")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "EncryptedPackage" in names:
            raise ReadError(path, "password-protected .docx")
        raise ReadError(path, "not a Word document (no word/document.xml in the archive)")
    return zf


class _Numbering:
    """Word's automatic list numbers, rendered the way Word shows them."""

    def __init__(self, doc):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        # Styles such as "List Number" carry the numbering themselves.
        self.style_num: dict[str, tuple[str | None, int]] = {}
        try:
            based: dict[str, str] = {}
            for st in doc.styles.element.findall(f"{_W}style"):
                sid = st.get(f"{_W}styleId")
                num = _num_pr(st)
                if num[0] is not None:
                    self.style_num[sid] = num
                b = st.find(f"{_W}basedOn")
                if b is not None:
                    based[sid] = _val(b, "")
            for sid in list(based):
                seen, cur = set(), sid
                while cur not in self.style_num and cur in based and cur not in seen:
                    seen.add(cur)
                    cur = based[cur]
                if cur in self.style_num:
                    self.style_num.setdefault(sid, self.style_num[cur])
        except (AttributeError, KeyError):
            pass
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for an in root.findall(f"{_W}abstractNum"):
            lv = {}
            for lvl in an.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                start = _val(lvl.find(f"{_W}start"), "1")
                fmt = _val(lvl.find(f"{_W}numFmt"), "decimal")
                text = _val(lvl.find(f"{_W}lvlText"), "")
                lv[ilvl] = (int(start) if start.isdigit() else 1, fmt, text)
            abstract[an.get(f"{_W}abstractNumId")] = lv
        for num in root.findall(f"{_W}num"):
            lv = dict(abstract.get(_val(num.find(f"{_W}abstractNumId"), ""), {}))
            for ov in num.findall(f"{_W}lvlOverride"):
                ilvl = int(ov.get(f"{_W}ilvl", "0"))
                so = ov.find(f"{_W}startOverride")
                if so is not None and ilvl in lv:
                    lv[ilvl] = (int(_val(so, "1")), *lv[ilvl][1:])
            self.levels[num.get(f"{_W}numId")] = lv

    def label(self, p) -> str:
        """The number Word draws before paragraph ``p`` ("" if none)."""
        num_id, ilvl = _num_pr(p)
        if num_id is None:
            ppr = p.find(f"{_W}pPr")
            ps = ppr.find(f"{_W}pStyle") if ppr is not None else None
            if ps is not None:
                num_id, ilvl = self.style_num.get(_val(ps, ""), (None, 0))
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        start, fmt, text = levels[ilvl]
        if fmt == "bullet":
            return _BULLET
        if fmt == "none":
            return ""

        def sub(m):
            k = int(m.group(1)) - 1
            st, f, _ = levels.get(k, (1, "decimal", ""))
            return _format(counters.get(k, st), f)
        return re.sub(r"%(\d)", sub, text).strip()


def _val(el, default: str) -> str:
    return default if el is None else el.get(f"{_W}val", default)


def _num_pr(p) -> tuple[str | None, int]:
    ppr = p.find(f"{_W}pPr")
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if numpr is None:
        return None, 0
    ilvl = numpr.find(f"{_W}ilvl")
    return _val(numpr.find(f"{_W}numId"), None), int(_val(ilvl, "0")) if ilvl is not None else 0


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * (1 + (n - 1) // 26)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _para_text(p) -> str:
    """All text of a paragraph element: runs, hyperlinks, fields; tabs and breaks as spaces."""
    parts = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        tag = el.tag[len(_W):]
        if tag == "t":
            parts.append(el.text or "")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag == "tab":
            parts.append(" ")
        else:  # a line break inside the paragraph stays a line break
            parts.append("\n")
    lines = (re.sub(r"[ \t]+", " ", x).strip() for x in "".join(parts).split("\n"))
    return "\n".join(x for x in lines if x)


def _blocks(parent, numbering: _Numbering):
    """Text blocks of a body or cell element in document order."""
    for child in parent.iterchildren():
        tag = child.tag[len(_W):] if child.tag.startswith(_W) else ""
        if tag == "p":
            text = _para_text(child)
            label = numbering.label(child)
            if text:
                yield f"{label} {text}" if label else text
        elif tag == "tbl":
            rows = []
            for tr in child.iterchildren(f"{_W}tr"):
                cells = []
                for tc in tr.iterchildren(f"{_W}tc"):
                    cell = " ".join(_blocks(tc, numbering))
                    if cell:
                        cells.append(cell)
                if cells:
                    rows.append(" | ".join(cells))
            if rows:
                yield "\n".join(rows)
        elif tag in ("sdt", "customXml", "sdtContent", "ins", "smartTag"):
            yield from _blocks(child, numbering)


def read(data: bytes, path: Path | str) -> Extracted:
    """A ``.docx`` → :class:`Extracted`: paragraphs and table rows in reading order.

    >>> d = docx.Document(); _ = d.add_paragraph("Hội Nông dân đạt 90% trở lên")
    >>> buf = io.BytesIO(); d.save(buf)
    >>> read(buf.getvalue(), "a.docx").text
    'Hội Nông dân đạt 90% trở lên'
    """
    zf = check_zip(data, path)
    try:
        bad = zf.testzip()
    except Exception as e:  # truncated members fail here, before python-docx sees them
        raise ReadError(path, f"damaged .docx ({e})") from None
    if bad is not None:
        raise ReadError(path, f"damaged .docx (bad CRC in {bad})")
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise ReadError(path, f"damaged .docx ({type(e).__name__}: {e})") from None
    text = "\n\n".join(_blocks(doc.element.body, _Numbering(doc)))
    if not text.strip():
        raise ReadError(path, "no text in the .docx")
    text, legacy = finish(text)
    return Extracted(text, "docx", legacy)
