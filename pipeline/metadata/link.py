"""Across a batch: a document that does not name its province gets the one
another document places the resolution it carries out in."""
from __future__ import annotations

from typing import Optional

from pipeline.metadata.gazetteer import mentions, resolve
from pipeline.metadata.issuer import level
from schemas import DocRef, Document


def _ref_province(ref: DocRef, citing: Document) -> Optional[str]:
    if not ref.issuer:
        return None
    for tier, name, _ in mentions(ref.issuer):
        res = resolve(tier, name)
        if len({p for p, _, _ in res}) == 1:
            return res[0][0]
    # "Ban Thường vụ Tỉnh ủy" cited from inside a province is that province's.
    if level(ref.issuer) == "province" and citing.province:
        return citing.province
    return None


def link(docs: list[Document]) -> list[Document]:
    """Fill a missing province from the documents of the same batch: a plan
    that carries out "29-NQ/TU, 22/7/2022" of a Tỉnh ủy is in the province
    another document places that resolution in.

    >>> from pipeline.metadata import fill
    >>> from pipeline.read import document_from_text as t
    >>> a = fill(t("Huyện ủy Bảo Thắng vừa ban hành Chương trình hành động triển khai Nghị quyết số 14-NQ/TU, "
    ...            "ngày 03/11/2023 của Tỉnh ủy Lào Cai", "a"))
    >>> b = fill(t("KẾ HOẠCH\\ntriển khai Nghị quyết số 14- NQ/TU, ngày 03/11/2023 của Tỉnh ủy", "b"))
    >>> b.province, link([a, b])[1].province
    (None, 'Lào Cai')
    """
    known: dict[tuple, str] = {}
    for d in docs:
        for r in d.implements + d.cites:
            prov = _ref_province(r, d)
            if prov and r.number:
                known[(r.number, r.date)] = prov
                known.setdefault((r.number, None), prov)
    out = []
    for d in docs:
        if d.province is None:
            for r in d.implements:
                prov = known.get((r.number, r.date)) or known.get((r.number, None))
                if prov:
                    d = d.model_copy(update={"province": prov})
                    break
        out.append(d)
    return out
