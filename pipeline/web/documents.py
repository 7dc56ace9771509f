"""A document as the pages show it: its metadata, and its text cut into plain runs
and marked quantities (each with the records extracted there).

Segments are plain strings; the template escapes them, so a document holding
``<script>`` shows it as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from schemas import DocRef, Document, Target
from pipeline.web.views import anchor, evidence_items, record_fields


@dataclass
class Mark:
    """A marked stretch of text: the anchors it answers to, its kind, its records."""

    ids: list[str]
    kind: str
    records: list[dict] = field(default_factory=list)


@dataclass
class Segment:
    text: str
    mark: Optional[Mark] = None


def _date(d) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else ""


def ref_text(r: DocRef, doc_types: dict[str, str]) -> str:
    """A reference as one line: "Nghị quyết 29-NQ/TU 22/07/2022 Ban Thường vụ Tỉnh ủy"."""
    parts = [doc_types.get(r.doc_type, "") if r.doc_type else "", r.number or "", _date(r.date),
             r.issuer or ""]
    line = " ".join(p for p in parts if p)
    return line or r.text


def metadata(name: str, doc: Document, n_targets: int, iface) -> list[tuple[str, str, str]]:
    """(field, label, value) rows of a document's metadata, empty ones left out.

    >>> from pipeline.lexicon import load_lexicon
    >>> d = Document(id="kh", source_path="kh.txt", sha256="0" * 64, text="", doc_type="ke_hoach")
    >>> metadata("kh.txt", d, 3, load_lexicon("web_interface"))[1]
    ('doc_type', 'Loại văn bản', 'Kế hoạch')
    """
    label = iface.metadata_fields
    level = iface.issuer_levels.get(doc.issuer_level, "") if doc.issuer_level else ""
    issuer = doc.issuer or ""
    if issuer and level:
        issuer = f"{issuer} ({level})"
    place = ", ".join(x for x in (doc.locality, doc.province) if x)
    rows = [
        ("file", name),
        ("doc_type", iface.doc_types.get(doc.doc_type, "") if doc.doc_type else ""),
        ("number", doc.number or ""),
        ("issuer", issuer),
        ("issued_on", _date(doc.issued_on)),
        ("period", "–".join(map(str, doc.period)) if doc.period else ""),
        ("place", place),
        ("targets", str(n_targets)),
        ("implements", "; ".join(ref_text(r, iface.doc_types) for r in doc.implements)),
    ]
    return [(k, label[k], v) for k, v in rows if v]


def _number_key(number: Optional[str]) -> str:
    return "".join(number.split()).casefold() if number else ""


def implements(plan: Document, reference: Document) -> Optional[bool]:
    """Does the plan say it carries out the reference (by number)? None when the
    reference has no number to look for."""
    want = _number_key(reference.number)
    if not want:
        return None
    return any(_number_key(r.number) == want for r in plan.implements)


def _record(t: Target, iface) -> dict:
    return {"fields": record_fields(t, iface.record_fields, iface.kinds),
            "evidence": evidence_items(t, iface.record_fields)}


def segments(text: str, targets: list[Target], iface) -> list[Segment]:
    """The text cut at every record's span; records sharing a span (one per
    organization) share a mark, overlapping spans are merged into one.

    >>> from pipeline.lexicon import load_lexicon
    >>> t = Target(doc_id="d", span=(17, 20), value=90, unit="percent", comparator=">=", org="HND")
    >>> [(s.text, s.mark is not None) for s in segments("Hội Nông dân đạt 90% trở lên", [t],
    ...                                                  load_lexicon("web_interface"))]
    [('Hội Nông dân đạt ', False), ('90%', True), (' trở lên', False)]
    """
    spans: dict[tuple[int, int], list[Target]] = {}
    for t in targets:
        if 0 <= t.span[0] < t.span[1] <= len(text):
            spans.setdefault(tuple(t.span), []).append(t)
    groups: list[list] = []  # [start, end, [spans]]
    for span in sorted(spans):
        if groups and span[0] < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], span[1])
            groups[-1][2].append(span)
        else:
            groups.append([span[0], span[1], [span]])
    out, at = [], 0
    for start, end, members in groups:
        if start > at:
            out.append(Segment(text[at:start]))
        records = [t for s in members for t in spans[s]]
        kinds = {t.kind for t in records}
        mark = Mark([anchor(s) for s in members], kinds.pop() if len(kinds) == 1 else "mixed",
                    [_record(t, iface) for t in records])
        out.append(Segment(text[start:end], mark))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out
