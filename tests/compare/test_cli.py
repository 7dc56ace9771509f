"""``chitieu compare``: REFERENCE PLAN..., PLAN --parent A --parent B, folder mode, failures."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from compare_records import BLOC_ID, GOLDEN, REF_ID, gold_side  # noqa: E402

from pipeline.cli import app  # noqa: E402
from pipeline.compare import folder  # noqa: E402
from pipeline.compare.evaluate import read_gold, score  # noqa: E402
from pipeline.compare.folder import find_family  # noqa: E402
from pipeline.compare.wording import wording  # noqa: E402
from schemas import DocRef  # noqa: E402

runner = CliRunner()


@pytest.fixture()
def seed_jsonl(tmp_path):
    """The seed gold records of the parent and the bloc plan, as .jsonl files."""
    out = {}
    for doc_id in (REF_ID, BLOC_ID):
        path = tmp_path / f"{doc_id}.jsonl"
        path.write_text("".join(json.dumps(t.record(), ensure_ascii=False) + "\n"
                                for t in gold_side(doc_id).targets), encoding="utf-8")
        out[doc_id] = path
    return out


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_cli_writes_rows(seed_jsonl, tmp_path):
    out = tmp_path / "rows.jsonl"
    res = runner.invoke(app, ["compare", str(seed_jsonl[REF_ID]), str(seed_jsonl[BLOC_ID]), "-o", str(out)])
    assert res.exit_code == 0, res.output
    s = score(_rows(out), read_gold(GOLDEN / "compare_001_vs_000.jsonl"))
    assert s["f1"] >= 0.9
    res = runner.invoke(app, ["compare", str(seed_jsonl[REF_ID]), str(seed_jsonl[BLOC_ID])])
    assert res.exit_code == 0 and wording().verdicts["stricter"].label in res.output


def test_plan_first_with_parent_gives_the_same_rows(seed_jsonl, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    runner.invoke(app, ["compare", str(seed_jsonl[REF_ID]), str(seed_jsonl[BLOC_ID]), "-o", str(a)])
    res = runner.invoke(app, ["compare", str(seed_jsonl[BLOC_ID]), "--parent", str(seed_jsonl[REF_ID]), "-o", str(b)])
    assert res.exit_code == 0, res.output
    assert _rows(a) == _rows(b)


def test_a_plan_with_two_parents(tmp_path):
    tinh = tmp_path / "nq_tinh.txt"
    tinh.write_text("Hằng năm có 95% trở lên cơ sở Hội đạt mức hoàn thành tốt nhiệm vụ.\n", encoding="utf-8")
    huyen = tmp_path / "nq_huyen.txt"
    huyen.write_text("Trong nhiệm kỳ, kết nạp mới 1.500 hội viên.\n", encoding="utf-8")
    plan = tmp_path / "ctr.txt"
    plan.write_text("Trong nhiệm kỳ, kết nạp mới 1.600 hội viên; hằng năm có 95% trở lên cơ sở Hội được xếp loại "
                    "hoàn thành tốt nhiệm vụ.\n", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    res = runner.invoke(app, ["compare", str(plan), "--parent", str(tinh), "--parent", str(huyen), "-o", str(out)])
    assert res.exit_code == 0, res.output
    answered = {(r["ref_doc"], r["verdict"]) for r in _rows(out) if r["plan_span"]}
    assert answered == {("nq_tinh", "same"), ("nq_huyen", "stricter")}
    assert {r["ref_path"] for r in _rows(out)} == {str(tinh), str(huyen)}


def test_an_unreadable_plan_is_one_line_and_the_others_go_on(seed_jsonl, tmp_path):
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file")
    out = tmp_path / "rows.jsonl"
    res = runner.invoke(app, ["compare", str(seed_jsonl[REF_ID]), str(empty), str(seed_jsonl[BLOC_ID]), str(broken),
                              "-o", str(out)])
    assert res.exit_code == 1
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and str(empty) in errors[0] and str(broken) in errors[1]
    assert "Traceback" not in res.output
    assert {r["plan_doc"] for r in _rows(out)} == {BLOC_ID}


def test_cli_rejects_bad_arguments(seed_jsonl, tmp_path):
    assert runner.invoke(app, ["compare", str(seed_jsonl[REF_ID])]).exit_code == 2
    assert runner.invoke(app, ["compare", str(seed_jsonl[REF_ID]), str(seed_jsonl[BLOC_ID]),
                               "-o", str(tmp_path / "x.docx")]).exit_code == 2
    for args in (["compare", str(seed_jsonl[BLOC_ID]), "--parent", str(tmp_path / "khong_co.docx")],
                 ["compare", str(seed_jsonl[REF_ID]), str(tmp_path / "khong_co.docx")]):
        res = runner.invoke(app, args)  # a mistyped name: nothing is compared
        assert res.exit_code == 2 and "khong_co.docx: no such file" in res.output


def _fake_metadata(doc):
    number = "29-NQ/TU" if "NGHỊ QUYẾT 29" in doc.text else None
    implements = [DocRef(number="29-NQ/TU")] if "thực hiện Nghị quyết 29" in doc.text else []
    return doc.model_copy(update={"number": number, "implements": implements})


def test_folder_mode_finds_the_family(monkeypatch, tmp_path):
    monkeypatch.setattr(folder, "fill", _fake_metadata)
    (tmp_path / "nq.txt").write_text("NGHỊ QUYẾT 29\nHội Nông dân đạt 90% trở lên.", encoding="utf-8")
    (tmp_path / "kh1.txt").write_text("Kế hoạch của Hội thực hiện Nghị quyết 29\nHội Nông dân đạt 92% trở lên.",
                                      encoding="utf-8")
    (tmp_path / "khac.txt").write_text("Một văn bản khác", encoding="utf-8")
    ref, plans = find_family("29 - NQ/TU", tmp_path)
    assert ref.id == "nq" and [d.id for d in plans] == ["kh1"]
    with pytest.raises(LookupError):
        find_family("30-NQ/TU", tmp_path)
    out = tmp_path / "rows.jsonl"
    res = runner.invoke(app, ["compare", str(tmp_path), "--parent", "29-NQ/TU", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert [(r["ref_doc"], r["plan_doc"], r["verdict"]) for r in _rows(out)] == [("nq", "kh1", "stricter")]
