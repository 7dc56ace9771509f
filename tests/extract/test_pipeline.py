"""The extract pipeline's declarations: derived order, checked prerequisites, guarded writes."""
import random

import pytest
import spacy

from pipeline.errors import PipelineError
from pipeline.extract import run
from pipeline.extract.components import COMPONENTS, Component, _Pipe, build, order


def test_order_puts_every_component_after_what_it_requires():
    done: set[str] = set()
    for c in order():
        assert set(c.requires) <= done, c.name
        done |= set(c.assigns)


def test_order_does_not_depend_on_the_listing_order():
    shuffled = list(COMPONENTS)
    random.Random(7).shuffle(shuffled)
    done: set[str] = set()
    for c in order(tuple(shuffled)):
        assert set(c.requires) <= done, c.name
        done |= set(c.assigns)


def test_spacy_finds_no_problem_in_the_pipeline():
    assert not any(build().analyze_pipes()["problems"].values())


def test_a_missing_prerequisite_is_an_error_at_build_time():
    without_comparator = tuple(c for c in COMPONENTS if c.name != "comparator")
    with pytest.raises(PipelineError, match="change.*comparator"):
        order(without_comparator)


def test_two_writers_that_do_not_know_of_each_other_are_an_error():
    rogue = Component("rogue", lambda ctx: None, ("quantities",), ("kind",))
    with pytest.raises(PipelineError, match="'kind' is assigned by"):
        order(COMPONENTS + (rogue,))


def test_an_unknown_attribute_is_an_error():
    with pytest.raises(PipelineError, match="neither a Quantity field"):
        order(COMPONENTS + (Component("typo", lambda ctx: None, ("quantites",), ()),))


def test_a_write_to_an_undeclared_field_raises():
    ctx = run("Hội Nông dân đạt 90% trở lên.", until="scope")

    def sneaky(c):
        c.quantities[0].kind = "result"

    pipe = _Pipe(Component("sneaky", sneaky, ("quantities",), ("level",)))
    doc = spacy.blank("xx")("x")
    doc._.chitieu_context = ctx
    with pytest.raises(PipelineError, match="Quantity.kind"):
        pipe(doc)
    ctx.quantities[0].kind = "result"  # outside a component nothing is guarded


@pytest.mark.parametrize("until,field,value", [
    ("counted", "counted", "việc làm mới"),
    ("comparator", "comparator", ">="),
    ("organization", "orgs", ["DTN"]),
], ids=["counted", "comparator", "organization"])
def test_run_stops_after_the_named_component(until, field, value):
    ctx = run("Hằng năm, mỗi chi đoàn có ít nhất 01 việc làm mới.", until=until)
    assert getattr(ctx.quantities[0], field) == value
    assert ctx.quantities[0].indicator == "other"  # not yet run


def test_run_names_the_components_when_one_is_unknown():
    with pytest.raises(PipelineError, match="comparator"):
        run("Đạt 90%.", until="comparatr")


def test_quantity_fields_are_visible_as_doc_extensions():
    nlp = build()
    doc = nlp.make_doc("Hội Nông dân phấn đấu 88% trở lên; Đoàn Thanh niên có 83%.")
    from pipeline.extract.base import Context
    from pipeline.normalize import fold, normalize
    from pipeline.read import document_from_text
    norm = normalize(doc.text)
    doc._.chitieu_context = Context(doc=document_from_text(doc.text), norm=norm, low=fold(norm.text))
    doc = nlp(doc)
    assert doc._.chitieu_comparator == [">=", "="]
    assert doc._.chitieu_orgs == [["HND"], ["DTN"]]


def test_chitieu_targets_joins_a_users_own_spacy_pipeline():
    nlp = spacy.blank("xx")
    nlp.add_pipe("chitieu_targets")
    text = "Hội Cựu chiến binh đạt 97% trở lên."
    targets = nlp(text)._.chitieu_targets
    assert [(t.org, t.value, t.comparator) for t in targets] == [("HCCB", 97.0, ">=")]
    assert text[slice(*targets[0].span)] == "97%"


def test_two_threads_extract_at_once():
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Hội Nông dân đạt {n}% trở lên; Đoàn Thanh niên kết nạp ít nhất {n} đoàn viên." for n in range(50, 90)]
    from pipeline import extract
    expected = [[(t.org, t.value, t.comparator) for t in extract(x)] for x in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda x: [(t.org, t.value, t.comparator) for t in extract(x)], texts))
    assert got == expected


def test_the_facade_functions_keep_their_names_once_the_packages_are_imported():
    import pipeline
    import pipeline.compare  # noqa: F401  (binds the name on the package)

    assert pipeline.extract("Hội Nông dân đạt 90%.")[0].org == "HND"
    rows = pipeline.compare("corpora/000_f70623145abb4c5f.txt", "corpora/001_45df4ddcfde7a44e.txt")
    assert rows and {r.verdict for r in rows} >= {"same"}
