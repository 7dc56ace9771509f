"""Saved web pages (``.html``/``.htm``) → the article's text.

trafilatura finds the article and leaves out menus, sidebars, comment boxes
and footers; its title goes first when the body does not start with it (the
title often names the document and its period). BeautifulSoup is the fallback
when trafilatura finds nothing. Lines that are only a counter widget
("label: 4863") are dropped. Paragraphs are separated by a blank line, table
rows by a newline with cells joined by " | ", as the other readers do.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import trafilatura
from bs4 import BeautifulSoup, Tag

from pipeline.errors import ReadError
from pipeline.formats.base import Extracted
from pipeline.formats.text import decode, finish

#: Deepest nesting of elements read; real pages stay far below it.
MAX_DEPTH = 256
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# A line holding only "some label: 12.345" — view counters, visitor statistics.
_COUNTER = re.compile(r"^[^\d:|]{2,40}:\s*[\d.,]+$")
_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                "iframe", "button", "select", "svg")
_CHROME_ATTR = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|footer|sidebar|breadcrumbs?|counter|stats?|share|social|"
                          r"comments?|related|banner|ads?|advert|widget|login|search|top-?bar)(?:$|[-_\s\d])", re.I)


def decode_html(data: bytes, path: Path | str) -> tuple[str, str]:
    """Bytes of a page → (markup, encoding): BOM, then ``<meta charset>``, then
    the text decoder's guesses (UTF-8, Windows-1258, TCVN3, VNI).

    >>> decode_html('<meta charset="windows-1258"><p>Ba\u0300n</p>'.encode("cp1258"), "a.html")[1]
    'windows-1258'
    """
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            try:
                markup = data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if codecs.lookup(name).name == "cp1258":  # combining tones, as in a .txt
                    markup = unicodedata.normalize("NFC", markup)
                return markup, name
    return decode(data, path)


def _clean(lines: list[str]) -> str:
    """Lines → blocks: counters dropped, consecutive table rows kept together."""
    blocks: list[str] = []
    in_table = False
    for line in lines:
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if not line or _COUNTER.match(line):
            continue
        if line.startswith("|"):
            row = " | ".join(c.strip() for c in line.strip("|").split("|") if c.strip())
            if in_table:
                blocks[-1] += "\n" + row
            else:
                blocks.append(row)
            in_table = True
        else:
            blocks.append(line)
            in_table = False
    return "\n\n".join(blocks)


def _strip_chrome(soup: BeautifulSoup) -> BeautifulSoup:
    """Remove navigation, counters, footers and scripts from the parsed page.

    An element is removed by its tag (nav, footer, aside, ...) or by a class or
    id naming page furniture, unless it holds most of the page's text.
    """
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    total = len(soup.get_text(" ", strip=True)) or 1
    for tag in soup.find_all(True):
        # Not `tag.decomposed`: on a live tag bs4 answers it by searching the
        # tag's subtree for a child named "_decomposed", quadratic in the page.
        if tag.__dict__.get("_decomposed") or tag.name in ("html", "body", "main", "article"):
            continue
        attrs = " ".join([str(tag.get("id") or "")] + list(tag.get("class") or []))
        if tag.name in _CHROME_TAGS or _CHROME_ATTR.search(attrs):
            if len(tag.get_text(" ", strip=True)) < 0.5 * total:
                tag.decompose()
    return soup


def depth(soup) -> int:
    """How deeply the page's elements nest (iteratively: no recursion limit).

    >>> depth(BeautifulSoup("<div><p>Hội Nông dân</p></div>", "lxml"))  # html > body > div > p
    4
    """
    deepest, stack = 0, [(soup, 0)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((c, d + 1) for c in el.contents if isinstance(c, Tag))
    return deepest


def _with_trafilatura(soup) -> str | None:
    doc = trafilatura.bare_extraction(str(soup), include_tables=True, include_comments=False,
                                      include_images=False, favor_recall=True, with_metadata=True,
                                      deduplicate=False)
    if doc is None or not (doc.text or "").strip():
        return None
    body = _clean(doc.text.splitlines())
    title = re.sub(r"\s+", " ", doc.title or "").strip()
    if title and not body.startswith(title[:40]):
        body = title + "\n\n" + body
    return body


def _with_soup(soup) -> str:
    lines = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre"]):
        if el.name != "tr" and el.find_parent(["tr", "li", "p"]) is not None:
            continue
        if el.name == "tr":
            cells = [c.get_text(" ", strip=True) for c in el.find_all(["td", "th"])]
            lines.append("| " + " | ".join(c for c in cells if c))
        else:
            lines.append(el.get_text(" ", strip=True))
    return _clean(lines)


def read(data: bytes, path: Path | str) -> Extracted:
    """A saved web page → :class:`Extracted` with the article text.

    >>> page = "<html><body><nav>Trang chủ</nav><article><h1>Kế hoạch</h1>" \\
    ...        "<p>Hội Nông dân đạt 90% trở lên.</p></article></body></html>"
    >>> read(page.encode(), "a.html").text
    'Kế hoạch\\n\\nHội Nông dân đạt 90% trở lên.'
    """
    markup, encoding = decode_html(data, path)
    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as e:
        raise ReadError(path, f"unreadable web page ({type(e).__name__}: {e})") from None
    nesting = depth(soup)
    if nesting > MAX_DEPTH:  # every later step walks the tree, some of them recursively
        raise ReadError(path, f"web page nested {nesting} levels deep (limit {MAX_DEPTH}): not a document's page")
    try:
        soup = _strip_chrome(soup)
        text = _with_trafilatura(soup) or _with_soup(soup)
    except Exception as e:
        raise ReadError(path, f"unreadable web page ({type(e).__name__}: {e})") from None
    if not text.strip():
        raise ReadError(path, "no article text in the web page")
    text, legacy = finish(text)
    return Extracted(text, "html", legacy or encoding)
