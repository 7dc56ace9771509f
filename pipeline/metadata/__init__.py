"""Metadata stage: what a document is, who issued it, where and when, and
which documents it carries out or cites.

Fills the optional metadata fields of :class:`schemas.Document` from the text
the read stage produced, one module per concern:

- ``text``: the folded copy matching runs on, lines with offsets, paragraphs;
- ``layout``: header, title and opening of a document; headline and lead of a page;
- ``news``: whether a text is a news report, and what it reports on;
- ``doc_type``: the type, own number and symbol, or a news report;
- ``references``: cited and carried-out documents, a news report's subject;
- ``issuer``: the issuing body, its level, the signer;
- ``gazetteer``: provinces and localities named in the text;
- ``dates``: the date of writing and the period;
- ``link``: provinces shared across a batch.

The Vietnamese words live in ``pipeline/data/metadata_*.yaml`` (models in
:mod:`pipeline.lexicon.metadata_models`).

    >>> from pipeline.read import document_from_text
    >>> doc = fill(document_from_text(
    ...     "KẾ HOẠCH\\ntriển khai Nghị quyết số 14- NQ/TU, ngày 03/11/2023 của Tỉnh ủy"))
    >>> doc.doc_type, doc.implements[0].number, str(doc.implements[0].date)
    ('ke_hoach', '14-NQ/TU', '2023-11-03')
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from pipeline.metadata import dates, doc_type, issuer, news, references
from pipeline.metadata.doc_type import normalize_number
from pipeline.metadata.gazetteer import gazetteer, places
from pipeline.metadata.layout import Layout, layout
from pipeline.metadata.link import link
from pipeline.metadata.references import find_refs
from pipeline.metadata.text import Page, ascii_fold, joined, paragraphs
from schemas import Document

__all__ = ["analyze", "read", "Reading", "fill", "fill_from", "link", "find_refs", "normalize_number", "ascii_fold", "gazetteer", "CONTEXT_KEYS"]

#: Keys of :func:`analyze` that are context for the extraction, not Document fields.
CONTEXT_KEYS = ("issuer_span",)
_HEAD_CHARS = 12_000  # where a document's header, title, dateline and opening stand


@dataclass
class Reading:
    """What the metadata stage reads of a text, once: its layout, type, issuer and
    date of writing; the rest of the metadata (places, references, period, signer)
    is read from it when asked (:meth:`fields`), so the extraction, which needs only
    the type, issuer and date, does not pay for it.

    >>> r = read("KẾ HOẠCH\\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\\nHà Giang, ngày 05 tháng 5 năm 2021")
    >>> r.doc_type, r.issuer, r.issuer_level, str(r.issued_on)
    ('ke_hoach', 'BAN THƯỜNG VỤ HUYỆN ỦY', 'district', '2021-05-05')
    """

    page: Page  # the head of the text, where a document says what it is and who issued it
    layout: Optional[Layout] = None
    doc_type: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    issuer: Optional[str] = None
    issuer_level: Optional[str] = None
    issuer_span: Optional[tuple[int, int]] = None  # offsets of the issuer as written in the text given
    issued_on: Optional[dt.date] = None
    _found: Optional[issuer.Found] = None
    _parents: list = field(default_factory=list)
    _report: Optional[news.Report] = None
    _fields: Optional[dict] = None
    _text: str = ""  # the whole text: places, the signer and citations are read over all of it

    @cached_property
    def whole(self) -> Page:
        return self.page if len(self._text) <= len(self.page.original) else Page(self._text)

    def fields(self) -> dict:
        """The Document's metadata fields, plus ``issuer_span`` (see :func:`analyze`)."""
        if self._fields is None:
            self._fields = {} if self.layout is None else _complete(self)
        return dict(self._fields)


def read(text: str) -> Reading:
    """The type, issuer and date of writing of a text (see :class:`Reading`), read from its
    head: a long plan's header, title and opening, not its hundred pages."""
    head = text if len(text) <= _HEAD_CHARS else text[:text.rfind("\n", 0, _HEAD_CHARS) + 1 or _HEAD_CHARS]
    page = Page(head)
    if not page.lines:
        return Reading(page, _text=text)
    lay = layout(page)
    if lay.formal:
        kind, number, symbol = doc_type.identify(list(lay.header), list(lay.title))
    else:
        kind, number, symbol = doc_type.numbered_header(page.lines)
        kind = kind or news.genre(lay)
    report = news.report(lay) if kind == "tin_bai" else None
    if report is not None and report.issuer is not None:
        found, level, parents = report.issuer, report.level, []
    else:
        found, level, parents = issuer.find_issuer(lay, symbol)
    if report is not None:
        issued_on = report.issued_on
    else:
        # The dateline stands in the header; else in the title block, outside the dates of references.
        fscope = ascii_fold(lay.scope)
        issued_on = (dates.dateline(ascii_fold("\n".join(x.text for x in lay.header)))
                     or dates.dateline(fscope, [(r.start, r.end) for r in references.find_refs(lay.scope, fscope)]))
    return Reading(page, lay, kind, number, symbol or _symbol(number), found.text if found else None, level,
                   page.locate(found.text, found.at) if found and found.at >= 0 else None, issued_on,
                   found, parents, report, _text=text)


def _complete(r: Reading) -> dict:
    lay, kind, level, by = r.layout, r.doc_type, r.issuer_level, r.issuer
    subject = r._report.subject if r._report is not None else None
    implements = references.implemented(lay.scope, _body(lay), subject, formal=lay.formal)
    province, locality = places(r.whole.text, by, level, kind, r._parents)
    if level == "central":
        province, locality = None, None  # a national body belongs to no province
    elif level == "district" and by and province:
        level = issuer.level(by, city_province=province) or level
    if r._report is not None:
        period = dates.report_period(lay.title_text, [r._report.sentence, *r._report.sentences], r.issued_on)
    else:
        period = dates.title_period(lay.title_text, r.issued_on, [x.date for x in implements])
    return dict(doc_type=kind, number=r.number, symbol=r.symbol, issuer=by,
                issuer_level=level, province=province, locality=locality, issued_on=r.issued_on,
                period=period, signer=issuer.signer(r.whole.lines), subject=subject, implements=implements,
                cites=references.cited(r.whole.text, implements, r.number), issuer_span=r.issuer_span)


def analyze(text: str) -> dict:
    """Metadata of a text as a dict of Document fields, plus ``issuer_span``:
    the (start, end) offsets in ``text`` of the issuer as written, or None.

    >>> m = analyze("NGHỊ QUYẾT\\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\\nvề ... trên địa bàn huyện Vị Xuyên, "
    ...             "giai đoạn 2021 – 2025")
    >>> m["doc_type"], m["issuer_level"], m["province"], m["locality"], m["period"], m["issuer_span"]
    ('nghi_quyet', 'district', 'Hà Giang', 'Vị Xuyên', (2021, 2025), (15, 37))
    """
    return read(text).fields()


def _body(lay: Layout) -> list[str]:
    """The paragraphs after the title and opening."""
    done = {id(x) for x in lay.title} | {id(x) for x in lay.opening}
    if lay.headline is not None:
        done.add(id(lay.headline))
    return [joined(p) for p in paragraphs([x for x in lay.lines if id(x) not in done])]


def _symbol(number: Optional[str]) -> Optional[str]:
    if number and "-" in number:
        return number.split("-", 1)[1] or None
    return None


def fill(doc: Document) -> Document:
    """The document with its metadata fields filled (a copy).

    >>> from pipeline.read import document_from_text
    >>> fill(document_from_text("Số - KH/ĐUK\\nKẾ HOẠCH\\nthực hiện ...")).symbol
    'KH/ĐUK'
    """
    return fill_from(doc, analyze(doc.text))


def fill_from(doc: Document, meta: "dict | Reading") -> Document:
    """The document with the metadata fields of an :func:`analyze` result (a copy):
    the extraction reads the metadata once and fills the Document from the same result.

    >>> from pipeline.read import document_from_text
    >>> d = document_from_text("KẾ HOẠCH\\nNội dung.")
    >>> fill_from(d, {"doc_type": "ke_hoach", "issuer_span": (0, 3)}).doc_type
    'ke_hoach'
    """
    meta = meta.fields() if isinstance(meta, Reading) else meta
    return doc.model_copy(update={k: v for k, v in meta.items() if k not in CONTEXT_KEYS})
