"""What the pages show of rows and records: passages, marks, review flags, evidence,
and the fields the comparison and the records will grow."""
from __future__ import annotations

from typing import Optional, Union

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.web.analysis import ReadDoc
from pipeline.web.documents import implements, metadata, segments
from pipeline.web.views import evidence_items, passage, review_reasons, row_view
from schemas import ComparisonRow, DocRef, Document, Target
from web_helpers import UnflaggedRow

IFACE = load_lexicon("web_interface")
REF_TEXT = "I. MỤC TIÊU\nPhấn đấu đến năm 2025, Hội Nông dân đạt 90% trở lên hội viên tham gia.\nII. GIẢI PHÁP"
PLAN_TEXT = "Đến năm 2025, Hội Nông dân đạt 85% hội viên tham gia."


def _target(doc_id: str, text: str, mention: str, value: float, cls=Target, **kw) -> Target:
    a = text.index(mention)
    return cls(doc_id=doc_id, span=(a, a + len(mention)), value=value, unit="percent", org="HND",
               comparator=kw.pop("comparator", ">="), indicator="membership_rate", counted="hội viên",
               deadline_year=2025, **kw)


def _doc(doc_id: str, text: str, **meta) -> Document:
    return Document(id=doc_id, source_path=f"{doc_id}.txt", sha256="0" * 64, text=text, **meta)


def _row(cls=ComparisonRow, **kw) -> ComparisonRow:
    a, b = REF_TEXT.index("90%"), PLAN_TEXT.index("85%")
    base = dict(ref_doc="nq", plan_doc="kh", verdict="weaker", reason="Kế hoạch đặt 85%, thấp hơn mức 90% trở lên",
                reason_code="weaker_min", indicator="membership_rate", org="HND", score=0.9,
                ref_span=(a, a + 3), ref_org="HND", ref_text="90% trở lên", ref_time="đến năm 2025",
                ref_mention="90%", plan_span=(b, b + 3), plan_org="HND", plan_text="85%",
                plan_time="đến năm 2025", plan_mention="85%")
    return cls(**{**base, **kw})


def _read_docs(ref_targets, plan_targets):
    return (ReadDoc("ref", "nq.txt", _doc("nq", REF_TEXT), ref_targets),
            ReadDoc("plan-1", "kh.txt", _doc("kh", PLAN_TEXT), plan_targets))


def test_passage_is_the_line_around_the_figure():
    a = REF_TEXT.index("90%")
    assert passage(REF_TEXT, (a, a + 3)) == (
        "Phấn đấu đến năm 2025, Hội Nông dân đạt ", "90%", " trở lên hội viên tham gia.")


def test_passage_of_a_long_line_is_cut_with_an_ellipsis():
    text = "x " * 1000 + "đạt 90% trở lên" + " y" * 1000
    a = text.index("90%")
    before, mention, after = passage(text, (a, a + 3))
    assert mention == "90%" and before.startswith("…") and after.endswith("…")
    assert len(before) < 400 and len(after) < 400


def test_opened_row_has_both_passages_and_records():
    ref_t = _target("nq", REF_TEXT, "90%", 90)
    plan_t = _target("kh", PLAN_TEXT, "85%", 85, comparator="=")
    ref, plan = _read_docs([ref_t], [plan_t])
    v = row_view(3, _row(), ref, plan, 0.75, IFACE)
    assert (v.n, v.verdict_label, v.org_label) == (3, "Thấp hơn", "Hội Nông dân")
    assert v.ref.mention == "90%" and v.ref.before.endswith("Nông dân đạt ")
    assert v.plan.mention == "85%" and v.ref.anchor == f"t-{ref_t.span[0]}-{ref_t.span[1]}"
    assert ("Giá trị", "90% trở lên") in v.ref.fields and ("Thời hạn", "đến năm 2025") in v.ref.fields
    assert v.ref.evidence == [] and v.review == [] and v.extras == [("Điểm ghép cặp", "0,90")]


def test_missing_row_has_no_plan_side():
    ref, plan = _read_docs([_target("nq", REF_TEXT, "90%", 90)], [])
    row = _row(verdict="missing", reason_code="missing", plan_span=None, plan_org=None, plan_text="",
               plan_time="", plan_mention="", score=None)
    v = row_view(1, row, ref, plan, 0.75, IFACE)
    assert v.plan is None and v.ref is not None and v.extras == []


@pytest.mark.parametrize("kw, n", [
    pytest.param({"score": 0.62}, 1, id="weak-alignment"),
    pytest.param({"verdict": "not_comparable"}, 1, id="not-comparable"),
    pytest.param({"score": 0.61, "verdict": "not_comparable"}, 2, id="both"),
    pytest.param({"score": 0.95}, 0, id="sure"),
])
def test_review_without_a_flag_from_the_comparison(kw, n):
    reasons = review_reasons(UnflaggedRow(**{"verdict": "weaker", **kw}), 0.75, IFACE)
    assert len(reasons) == n
    if "score" in kw and kw["score"] < 0.75:
        assert "0,6" in reasons[0]


class GrownRow(ComparisonRow):
    """A row as the comparison is growing: which parent, similarity, matched words, a flag."""

    needs_review: bool = False
    review_reason: str = ""
    similarity: Optional[float] = None
    matched: list[str] = []
    parent: Optional[str] = None
    kind: str = "target"
    ref_repeats: list[tuple[int, int]] = []
    plan_repeats: list[tuple[int, int]] = []
    result_span: Optional[tuple[int, int]] = None
    result_text: str = ""
    result_quote: str = ""
    result_met: Optional[bool] = None


def test_fields_the_comparison_adds_are_shown():
    ref, plan = _read_docs([_target("nq", REF_TEXT, "90%", 90)], [_target("kh", PLAN_TEXT, "85%", 85)])
    row = _row(GrownRow, needs_review=True, review_reason="hai chỉ tiêu chỉ trùng đơn vị đo",
               similarity=0.58, matched=["hội viên", "tham gia"], parent="29-NQ/TU", score=0.3)
    v = row_view(1, row, ref, plan, 0.75, IFACE)
    assert v.review == [IFACE.review["flagged"], "hai chỉ tiêu chỉ trùng đơn vị đo"]
    assert ("Độ tương đồng", "0,58") in v.extras
    assert ("Từ trùng nhau", "hội viên, tham gia") in v.extras
    assert ("Trả lời văn bản", "29-NQ/TU") in v.extras


def test_repeats_results_and_budget_rows():
    ref, plan = _read_docs([_target("nq", REF_TEXT, "90%", 90)], [_target("kh", PLAN_TEXT, "85%", 85)])
    a = PLAN_TEXT.index("2025")
    row = _row(GrownRow, kind="budget", plan_repeats=[(a, a + 4)], result_span=(a, a + 4),
               result_text="đạt 87%", result_met=False)
    v = row_view(1, row, ref, plan, 0.75, IFACE)
    assert v.kind_label == "kinh phí" and v.plan.repeats == [f"t-{a}-{a + 4}"] and v.ref.repeats == []
    assert (v.result.mention, v.result.text, v.result.met) == ("2025", "đạt 87%", False)
    assert v.result.before == "Đến năm "
    assert all(label not in ("kind", "plan_repeats", "result_text") for label, _ in v.extras)


def test_the_comparisons_flag_overrides_the_fallback():
    # a weak score, but the comparison says the pair is sure: not marked
    assert review_reasons(_row(GrownRow, needs_review=False, score=0.3), 0.75, IFACE) == []


class EvidencedTarget(Target):
    """A record as extraction is growing: where its organization, kind and time came from."""

    evidence: Optional[Union[dict, str, list]] = None


@pytest.mark.parametrize("evidence, want", [
    pytest.param({"org": "chủ ngữ “Hội Nông dân”", "time": "lời dẫn “Phấn đấu đến năm 2025”"},
                 [("Tổ chức", "chủ ngữ “Hội Nông dân”"), ("Thời hạn", "lời dẫn “Phấn đấu đến năm 2025”")],
                 id="per-field"),
    pytest.param("lời dẫn của mục I", [("", "lời dẫn của mục I")], id="one-line"),
    pytest.param(["tiêu đề mục", "chủ ngữ"], [("", "tiêu đề mục"), ("", "chủ ngữ")], id="list"),
    pytest.param({"kind": {"rule": "phấn đấu", "at": [0, 9]}}, [("Loại", "rule: phấn đấu; at: 0, 9")],
                 id="nested"),
])
def test_evidence_is_shown_when_records_have_it(evidence, want):
    t = _target("nq", REF_TEXT, "90%", 90, cls=EvidencedTarget, evidence=evidence)
    assert evidence_items(t, IFACE.record_fields) == want
    ref, plan = _read_docs([t], [_target("kh", PLAN_TEXT, "85%", 85)])
    assert row_view(1, _row(), ref, plan, 0.75, IFACE).ref.evidence == want


def test_segments_share_a_mark_per_span_and_merge_overlaps():
    text = "Đoàn Thanh niên, Hội Nông dân phấn đấu 90% trở lên; kinh phí 1,5 tỷ đồng"
    a = text.index("90%")
    b = text.index("1,5 tỷ")
    records = [
        Target(doc_id="d", span=(a, a + 3), value=90, unit="percent", comparator=">=", org="HND"),
        Target(doc_id="d", span=(a, a + 3), value=90, unit="percent", comparator=">=", org="DTN"),
        Target(doc_id="d", span=(b, b + 6), value=1.5e9, unit="vnd", comparator="=", kind="budget"),
        Target(doc_id="d", span=(b, b + 11), value=1.5e9, unit="vnd", comparator="=", kind="budget"),
    ]
    segs = segments(text, records, IFACE)
    assert "".join(s.text for s in segs) == text
    marks = [s for s in segs if s.mark]
    assert [m.text for m in marks] == ["90%", "1,5 tỷ đồng"]
    assert len(marks[0].mark.records) == 2 and marks[0].mark.kind == "target"
    assert marks[1].mark.ids == [f"t-{b}-{b + 6}", f"t-{b}-{b + 11}"] and marks[1].mark.kind == "budget"


def test_metadata_of_a_document():
    doc = _doc("kh", "", doc_type="ke_hoach", number="12-KH/HU", issuer="Huyện ủy Bát Xát",
               issuer_level="district", province="Lào Cai", period=(2021, 2025),
               implements=[DocRef(doc_type="nghi_quyet", number="29-NQ/TU", issuer="Tỉnh ủy Lào Cai")])
    rows = {k: v for k, _, v in metadata("kh.docx", doc, 7, IFACE)}
    assert rows == {"file": "kh.docx", "doc_type": "Kế hoạch", "number": "12-KH/HU",
                    "issuer": "Huyện ủy Bát Xát (cấp huyện)", "period": "2021–2025", "place": "Lào Cai",
                    "targets": "7", "implements": "Nghị quyết 29-NQ/TU Tỉnh ủy Lào Cai"}


@pytest.mark.parametrize("plan_refs, ref_number, want", [
    pytest.param(["29-NQ/TU"], "29-NQ/TU", True, id="says-it"),
    pytest.param(["29 - NQ/TU"], "29-NQ/TU", True, id="spaces"),
    pytest.param(["30-NQ/TU"], "29-NQ/TU", False, id="another"),
    pytest.param([], None, None, id="parent-without-number"),
])
def test_plan_implements_parent(plan_refs, ref_number, want):
    plan = _doc("kh", "", implements=[DocRef(number=n) for n in plan_refs])
    assert implements(plan, _doc("nq", "", number=ref_number)) is want
