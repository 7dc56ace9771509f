"""Outputs of a comparison (pipeline/compare/render.py): terminal, .xlsx, .html, .jsonl/.json/.csv."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from rich.console import Console

sys.path.insert(0, str(Path(__file__).parent))
from compare_records import BLOC_ID, DISTRICT_ID, REF_ID, P, T, gold_side, side_of  # noqa: E402

import pipeline  # noqa: E402
from pipeline.compare import Side, compare, compare_many, compare_plan, to_dataframe  # noqa: E402
from pipeline.compare.render import highlight, print_table, render_html, write_rows  # noqa: E402
from pipeline.compare.wording import wording  # noqa: E402
from schemas import ComparisonRow  # noqa: E402


@pytest.fixture(scope="module")
def seed_rows():
    return compare_many(gold_side(REF_ID), [gold_side(BLOC_ID), gold_side(DISTRICT_ID)])


def _two_plans_named_alike():
    """Two district plans both called kh01, in two folders, and a row to check in one."""
    parent = side_of("nq", "Hằng năm có [[95%]] cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ; kết nạp "
                           "[[1.500]] hội viên mới.", path="tinh/nq.docx")
    a = side_of("kh01", "Hằng năm có [[96%]] cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.", path="huyen_a/kh01.docx")
    b = side_of("kh01", "Vận động kết nạp [[200]] hội viên trong năm.", path="huyen_b/kh01.docx")
    return compare_plan(a, [parent]) + compare_plan(b, [parent])


def test_xlsx(seed_rows, tmp_path):
    path = tmp_path / "so_sanh.xlsx"
    write_rows(seed_rows, path)
    wb = openpyxl.load_workbook(path)
    w = wording()
    assert wb.sheetnames == [w.titles["summary_sheet"], BLOC_ID, DISTRICT_ID]
    ws = wb[BLOC_ID]
    assert ws.freeze_panes == "A2"
    assert ws.cell(1, 1).value == w.columns["verdict"] and ws.cell(1, 2).value == w.columns["org"]
    assert ws.auto_filter.ref == f"A1:O{ws.max_row}"
    bloc = [r for r in seed_rows if r.plan_doc == BLOC_ID]
    assert ws.max_row == len(bloc) + 1
    label_to_color = {s.label: s.color for s in w.verdicts.values()}
    seen = set()
    for (cell,) in ws.iter_rows(min_row=2, max_col=1):
        assert cell.fill.start_color.rgb[-6:] == label_to_color[cell.value]
        seen.add(cell.value)
    assert {w.verdicts[v].label for v in ("same", "stricter", "weaker", "not_comparable", "missing", "added")} <= seen
    summary = wb[w.titles["summary_sheet"]]
    header = [c.value for c in summary[1]]
    counts = {row[0]: dict(zip(header, row)) for row in summary.iter_rows(min_row=2, values_only=True)}
    assert counts[BLOC_ID][w.verdicts["stricter"].label] == sum(r.verdict == "stricter" for r in bloc)
    assert counts[BLOC_ID][w.columns["total"]] == len(bloc)
    assert counts[BLOC_ID][w.columns["path"]].endswith(f"{BLOC_ID}.txt")


def test_plans_named_alike_in_two_folders_get_two_sheets_and_sections(tmp_path):
    rows = _two_plans_named_alike()
    write_rows(rows, tmp_path / "x.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    assert wb.sheetnames[1:] == ["kh01 (huyen_a)", "kh01 (huyen_b)"]
    summary = list(wb.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in summary] == [("huyen_a/kh01.docx", "kh01 (huyen_a)"),
                                               ("huyen_b/kh01.docx", "kh01 (huyen_b)")]
    page = render_html(rows)
    assert page.count("<section>") == 2 and "huyen_a/kh01.docx" in page and "huyen_b/kh01.docx" in page


def test_rows_to_check_are_marked_everywhere(tmp_path):
    rows = _two_plans_named_alike()
    flagged = [r for r in rows if r.needs_review]
    assert flagged and all(r.review_reason for r in flagged)
    assert all(not r.review_reason for r in rows if not r.needs_review)
    write_rows(rows, tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["kh01 (huyen_b)"]
    col = [c.value for c in ws[1]].index(wording().columns["review"]) + 1
    marked = [ws.cell(i, col).value for i in range(2, ws.max_row + 1) if ws.cell(i, col).value]
    assert marked == [r.review_reason for r in rows if r.plan_path == "huyen_b/kh01.docx" and r.needs_review]
    assert 'class="review"' in render_html(rows)
    buf = io.StringIO()
    print_table(rows, Console(file=buf, width=200))
    assert "⚑" in buf.getvalue() and "huyen_b/kh01.docx" in buf.getvalue()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_xlsx_opens_in_libreoffice(seed_rows, tmp_path):
    path = tmp_path / "so_sanh.xlsx"
    write_rows(seed_rows, path)
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "so_sanh.pdf").stat().st_size > 1000


def test_html_escapes_document_text():
    evil = "<script>alert('x')</script>"
    ref = T(95, quote=f"Hội Nông dân đạt 95% trở lên {evil}", counted=f"hội viên {evil}", span=(17, 20))
    plan = P(value=90, comparator="=", quote="Hội Nông dân đạt 90%", counted="hội viên")
    rows = compare(Side("nq<b>", [ref], "Hội Nông dân đạt 95% trở lên"), Side("kh&1", [plan]))
    page = render_html(rows)
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "nq&lt;b&gt;" in page and "kh&amp;1" in page
    assert "<mark>95%</mark>" in page  # the mention is highlighted
    assert '<html lang="vi">' in page and wording().columns["reason"] in page
    assert highlight("a < b", "zzz") == "a &lt; b"


def test_jsonl_json_csv(seed_rows, tmp_path):
    write_rows(seed_rows, tmp_path / "r.jsonl")
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(seed_rows)
    recs = [json.loads(x) for x in lines]
    for r in recs:
        assert {"ref_doc", "ref_span", "ref_org", "plan_doc", "plan_span", "plan_org", "verdict", "reason",
                "score", "matched", "needs_review", "plan_path"} <= set(r)
        if r["verdict"] == "missing":
            assert r["plan_span"] is None and r["plan_org"] is None
        if r["verdict"] == "added":
            assert r["ref_span"] is None and r["ref_org"] is None
        if r["ref_span"] and r["plan_span"]:
            assert 0 < r["score"] <= 1 and r["matched"]
    write_rows(seed_rows, tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == recs
    write_rows(seed_rows, tmp_path / "r.csv")
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("ref_doc,ref_span,ref_org,plan_doc")
    with pytest.raises(ValueError):
        write_rows(seed_rows, tmp_path / "r.docx")


def test_dataframe_and_flat_api(seed_rows):
    df = to_dataframe(seed_rows)
    assert len(df) == len(seed_rows) and list(df.columns) == list(ComparisonRow.model_fields)
    ref, plan = [T(95)], [P(value=90, comparator="=")]
    first = pipeline.compare(ref, plan)
    second = pipeline.compare(ref, plan)  # still callable once pipeline.compare is imported
    assert first == second and first[0].verdict == "weaker"
