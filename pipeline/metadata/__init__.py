"""Metadata stage: what a document is, who issued it, where and when, and
which documents it carries out or cites.

Fills the optional metadata fields of :class:`schemas.Document` from the text
the read stage produced, one module per concern:

- ``text``: the folded copy matching runs on, clean lines, the title block;
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
    ...     "KẾ HOẠCH\\nthực hiện Nghị quyết số 29- NQ/TU, ngày 22/7/2022 của Ban Thường vụ Tỉnh ủy"))
    >>> doc.doc_type, doc.implements[0].number, str(doc.implements[0].date)
    ('ke_hoach', '29-NQ/TU', '2022-07-22')
"""
from __future__ import annotations

import unicodedata
from typing import Optional

from pipeline.metadata import dates, doc_type, issuer, references
from pipeline.metadata.doc_type import normalize_number
from pipeline.metadata.gazetteer import gazetteer, places
from pipeline.metadata.link import link
from pipeline.metadata.references import find_refs
from pipeline.metadata.text import ascii_fold, head, text_lines
from schemas import Document

__all__ = ["analyze", "fill", "link", "find_refs", "normalize_number", "ascii_fold", "gazetteer"]


def analyze(text: str) -> dict:
    """Metadata of a text as a dict of Document fields.

    >>> m = analyze("NGHỊ QUYẾT\\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\\nvề ... trên địa bàn huyện Vị Xuyên, "
    ...             "giai đoạn 2021 – 2025")
    >>> m["doc_type"], m["issuer_level"], m["province"], m["locality"], m["period"]
    ('nghi_quyet', 'district', 'Hà Giang', 'Vị Xuyên', (2021, 2025))
    """
    text = unicodedata.normalize("NFC", text)
    lines = text_lines(text)
    if not lines:
        return {}
    title = head(lines)
    scope_lines = title + lines[len(title):len(title) + 1]  # the title block and the opening paragraph
    scope = "\n".join(scope_lines)
    fscope = ascii_fold(scope)

    kind, number, symbol = doc_type.identify(title)
    kind = kind or doc_type.genre(lines, title)
    refs = references.find_refs(scope, fscope)

    subject, by, issued_on = None, None, None
    if kind == "tin_bai":
        # A report is filed under the document it reports on: its issuer and date.
        subject = references.news_subject(scope, fscope, lines[0])
        if subject is not None:
            by, issued_on = subject.issuer, subject.date
    implements = references.implemented(refs, fscope, subject)
    by, level = issuer.find_issuer(title, scope_lines, lines, symbol, known=by)
    province, locality = places(text, by, level, kind)
    issued_on = issued_on or dates.dateline(fscope, [(r.start, r.end) for r in refs])
    period = dates.title_period(title, issued_on, [r.date for r in implements])

    return dict(doc_type=kind, number=number, symbol=symbol or _symbol(number), issuer=by,
                issuer_level=level, province=province, locality=locality, issued_on=issued_on,
                period=period, signer=issuer.signer(lines), subject=subject, implements=implements,
                cites=references.cited(text, implements, number))


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
    return doc.model_copy(update=analyze(doc.text))
