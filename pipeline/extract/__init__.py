"""Extract stage: quantity mentions → target records.

The stage is a spaCy pipeline of small components (:mod:`.components`), one
module each, run over a ``Doc`` of the normalized text whose
``doc._.chitieu_context`` holds the shared state (:class:`.base.Context`).
All matching runs on the lower-cased normalized text; records map spans back
to the original text.

    >>> from pipeline.read import document_from_text
    >>> ts = extract_targets(document_from_text("Đoàn Thanh niên, Hội Nông dân phấn đấu 88% trở lên."))
    >>> [(t.org, t.value, t.comparator) for t in ts]
    [('DTN', 88.0, '>='), ('HND', 88.0, '>=')]
"""
from __future__ import annotations

from typing import Optional, Union

from pipeline.errors import PipelineError
from pipeline.extract.base import Context
from pipeline.extract.components import PREFIX, build, carrier
from pipeline.extract.document_context import body_level
from pipeline.extract.records import to_targets
from pipeline.metadata import fill_from
from pipeline.normalize import fold, normalize
from pipeline.read import document_from_text
from schemas import Document, Target

__all__ = ["extract_targets", "extract_with_metadata", "run", "Context"]


def run(source: Union[str, Document], until: Optional[str] = None) -> Context:
    """Run the components over a text or Document, up to and including ``until``.

    >>> [q.value for q in run("Kết nạp ít nhất 50 hội viên.", until="comparator").quantities]
    [50.0]
    """
    doc = source if isinstance(source, Document) else document_from_text(source, "text")
    nlp = build()
    norm = normalize(doc.text)
    ctx = Context(doc=doc, norm=norm, low=fold(norm.text))
    sdoc = carrier(nlp, norm.text)
    sdoc._.set(PREFIX + "context", ctx)
    names = nlp.pipe_names
    if until is not None and PREFIX + until not in names:
        raise PipelineError(f"no component {until!r}; the components are {[n[len(PREFIX):] for n in names]}")
    for name, pipe in nlp.pipeline:
        sdoc = pipe(sdoc)
        if name == PREFIX + (until or ""):
            break
    return ctx


def extract_targets(doc: Document) -> list[Target]:
    """Every target record of one document.

    >>> from pipeline.read import document_from_text
    >>> extract_targets(document_from_text("Hằng năm ít nhất 01 việc làm mới."))[0].frequency
    'annual'
    """
    return to_targets(run(doc))


def extract_with_metadata(doc: Document) -> tuple[Document, list[Target]]:
    """The document with its metadata filled, and its target records, from one
    reading of the document's context: the records' body and time of writing and
    the Document's issuer and date come from the same analysis.

    >>> from pipeline.read import document_from_text
    >>> d, ts = extract_with_metadata(document_from_text(
    ...     "UBND TỈNH LÀO CAI\\nKẾ HOẠCH\\nPhấn đấu 100% xã đạt chuẩn."))
    >>> d.doc_type, d.issuer_level, ts[0].org
    ('ke_hoach', 'province', 'GOV')
    """
    ctx = run(doc)
    filled = fill_from(doc, ctx.document.metadata)
    if filled.issuer_level is None:
        # a congress or a body the header does not name, read from the lead ("Đại hội đại biểu Hội
        # Nông dân huyện lần thứ X đã bế mạc ...", "Theo đó, UBND tỉnh ... yêu cầu"): its level is the body's
        level = body_level(ctx)
        filled = filled.model_copy(update={"issuer_level": level}) if level else filled
    return filled, to_targets(ctx)
