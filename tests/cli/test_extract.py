"""The chitieu command on real files, a bad one among them."""
import json

from typer.testing import CliRunner

from conftest import CORPUS
from pipeline.cli import app

runner = CliRunner()


def test_extract_folder_to_jsonl_and_csv(tmp_path):
    out = tmp_path / "t.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {f.stem for f in CORPUS.glob("*.txt")}
    csv_out = tmp_path / "t.csv"
    assert runner.invoke(app, ["extract", str(CORPUS), "-o", str(csv_out), "--quiet"]).exit_code == 0
    assert csv_out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("doc_id,span,value")


def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Hội Nông dân đạt 90% trở lên.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00garbage")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "t.jsonl"
    res = runner.invoke(app, ["extract", str(good), str(tmp_path / "bad.txt"), str(tmp_path / "empty.txt"), "-o", str(out)])
    assert res.exit_code == 1
    assert "bad.txt" in res.output and "empty.txt" in res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["value"], r["org"]) for r in rows] == [("good", 90, "HND")]


def test_schema_command_writes_json_schema(tmp_path):
    assert runner.invoke(app, ["schema", str(tmp_path)]).exit_code == 0
    schema = json.loads((tmp_path / "target.schema.json").read_text(encoding="utf-8"))
    assert {"span", "value", "comparator", "org", "kind"} <= set(schema["properties"])


def test_show_prints_quotes():
    res = runner.invoke(app, ["show", str(CORPUS / "001_45df4ddcfde7a44e.txt")], env={"COLUMNS": "400"})
    assert res.exit_code == 0 and "12 targets" in res.output and "cử 01 đồng chí" in res.output


def test_missing_file_among_good_ones_is_counted_once(tmp_path):
    out = tmp_path / "t.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS / "001_45df4ddcfde7a44e.txt"), str(tmp_path / "typo.txt"),
                              "-o", str(out), "-q"])
    assert res.exit_code == 1
    assert res.output.count("typo.txt") == 1 and "1 of 2 file(s) could not be read" in res.output
    assert {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"001_45df4ddcfde7a44e"}


def test_interrupted_before_any_file_says_nothing_was_kept(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.cli.build_archive", interrupted)
    res = runner.invoke(app, ["extract", str(CORPUS), "-o", str(tmp_path / "t.csv")])
    assert res.exit_code == 130 and "no file was finished, nothing was kept" in res.output
    assert not list(tmp_path.iterdir())
