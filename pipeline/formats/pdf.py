"""PDF with a text layer → text in reading order.

pdfplumber gives the lines of each page with their positions. Lines repeated
at the top or bottom of most pages (running headers, footers, page numbers)
are dropped; the lines of a paragraph are joined back into one line, as in the
plain-text version of the document, and a word broken by a hyphen at the end
of a line is put back together. A PDF with no text layer (a scan) is an error
that says it needs OCR, never an empty document.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from pathlib import Path

import pdfplumber

from pipeline.errors import ReadError
from pipeline.formats.base import MAX_TEXT_CHARS, Extracted, too_long
from pipeline.formats.text import finish

# pdfminer logs every oddity of a damaged file as a warning on stderr; the
# reader's one error line (or none) is what a person should see.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# A line that starts a list item or a heading: "1.", "1.2.", "a)", "(3)", "I.", "-", "+", "*".
_ITEM = re.compile(r"^(?:[-+*•–]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|\(?[a-zđ][).]\s|\([ivx]+\)|[IVX]{1,5}[.\-]\s)")


def _line_key(text: str) -> str:
    """Page-independent form of a header/footer line (numbers blanked)."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _open(data: bytes, path: Path | str):
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages  # parses the page tree: damaged files fail here
    except Exception as e:
        name = type(e).__name__
        # pdfplumber wraps pdfminer's errors (PDFPasswordIncorrect, PDFSyntaxError).
        inner = [e, *e.args, e.__cause__, e.__context__]
        msg = " ".join(f"{type(x).__name__} {x}" for x in inner if x is not None).lower()
        if "password" in msg or "encrypt" in msg:
            raise ReadError(path, "password-protected PDF; remove the password and save again") from None
        raise ReadError(path, f"damaged PDF ({name}: {e})".strip()) from None
    return pdf, pages


def _page_lines(page) -> list[dict]:
    lines = page.extract_text_lines(layout=False, strip=True, return_chars=False)
    return [ln for ln in lines if ln["text"].strip()]


def _strip_running(pages: list[list[dict]]) -> list[list[dict]]:
    """Drop header/footer lines: the first/last two lines of a page whose form
    (numbers blanked) recurs at the same end of at least half the pages."""
    n = len(pages)
    if n < 2:
        return pages
    heads, feet = Counter(), Counter()
    for lines in pages:
        heads.update({_line_key(ln["text"]) for ln in lines[:2]})
        feet.update({_line_key(ln["text"]) for ln in lines[-2:]})
    need = max(2, (n + 1) // 2)
    out = []
    for lines in pages:
        keep = list(lines)
        while keep and heads[_line_key(keep[0]["text"])] >= need:
            keep.pop(0)
        while keep and feet[_line_key(keep[-1]["text"])] >= need:
            keep.pop()
        # A bare page number ("2", "- 2 -", "Trang 2" style) at either end.
        while keep and re.fullmatch(r"\W*\d{1,4}\W*", keep[-1]["text"].strip()):
            keep.pop()
        while keep and re.fullmatch(r"\W*\d{1,4}\W*", keep[0]["text"].strip()):
            keep.pop(0)
        out.append(keep)
    return out


def _join(prev: str, nxt: str) -> str:
    """Join two lines of one paragraph, mending a hyphen at the line end."""
    if re.search(r"\w-$", prev) and not prev.endswith(" -"):
        if nxt[:1].islower():
            return prev[:-1] + nxt          # "phương thức hoạt-" + "động" — a broken word
        return prev + nxt                   # "29-" + "NQ/TU" — a symbol broken at its hyphen
    return prev + " " + nxt


def _paragraphs(pages: list[list[dict]], widths: list[float]) -> list[str]:
    paras: list[str] = []
    cur: str | None = None
    prev_ln = None
    for lines, width in zip(pages, widths):
        if not lines:
            continue
        right = max(ln["x1"] for ln in lines)
        left = min(ln["x0"] for ln in lines)
        gaps = [b["top"] - a["bottom"] for a, b in zip(lines, lines[1:]) if b["top"] > a["top"]]
        heights = [ln["bottom"] - ln["top"] for ln in lines]
        gap = statistics.median(gaps) if gaps else 0.0
        height = statistics.median(heights) if heights else 10.0
        for i, ln in enumerate(lines):
            text = ln["text"].strip()
            same_page = i > 0
            new = cur is None
            if not new:
                full = prev_ln["x1"] >= prev_right - 0.08 * (prev_right - prev_left)
                wide_gap = same_page and (ln["top"] - prev_ln["bottom"]) > max(gap * 1.6, gap + 0.5 * height)
                new = (not full) or wide_gap or bool(_ITEM.match(text))
            if new:
                if cur is not None:
                    paras.append(cur)
                cur = text
            else:
                cur = _join(cur, text)
            prev_ln, prev_right, prev_left = ln, right, left
    if cur is not None:
        paras.append(cur)
    return paras


def read(data: bytes, path: Path | str) -> Extracted:
    """A PDF → :class:`Extracted`, one paragraph per block.

    >>> read(b"%PDF-1.4 truncated", "a.pdf")
    Traceback (most recent call last):
    pipeline.errors.ReadError: a.pdf: damaged PDF (PdfminerException: No /Root object! - Is this really a PDF?)
    """
    pdf, pages = _open(data, path)
    try:
        try:
            per_page, widths, images, chars = [], [], 0, 0
            for page in pages:
                per_page.append(_page_lines(page))
                chars += sum(len(ln["text"]) + 1 for ln in per_page[-1])
                if chars > MAX_TEXT_CHARS:  # stop before parsing thousands more pages
                    raise ReadError(path, too_long(chars) + f" (at page {len(per_page)} of {len(pages)})")
                widths.append(float(page.width))
                if not per_page[-1]:
                    images += len(page.images)
                page.close()  # drop its parsed objects: memory stays flat over thousands of pages
        except ReadError:
            raise
        except Exception as e:
            raise ReadError(path, f"damaged PDF ({type(e).__name__}: {e})") from None
        if not any(per_page):
            raise ReadError(path, f"no text layer ({len(pages)} page(s)"
                                  f"{f', {images} image(s)' if images else ''}): a scanned PDF needs OCR first")
    finally:
        pdf.close()
    text = "\n\n".join(_paragraphs(_strip_running(per_page), widths))
    text, legacy = finish(text)
    return Extracted(text, "pdf", legacy)
