"""Every entry of web_interface.yaml reaches the person using the page: each is
looked for in the pages (and messages) a session with the server produces."""
from __future__ import annotations

import io
import re
import string
import zipfile
from html import unescape

import pytest
from fastapi.testclient import TestClient

from pipeline.formats.doc import find_soffice
from pipeline.lexicon import load_lexicon
from pipeline.web import Settings, analysis, create_app
from pipeline.web.documents import metadata
from pipeline.web.intake import Upload
from pipeline.web.views import ResultView, SideView, extras, record_fields, review_reasons
from schemas import ComparisonRow, DocRef, Document, Target
from web_helpers import PARENT, PLAN, UnflaggedRow, upload, upload_and_wait, wait_done

IFACE = load_lexicon("web_interface")

NQ = ("TỈNH ỦY LÀO CAI\nSố 29-NQ/TU\nNGHỊ QUYẾT\nvề công tác dân vận giai đoạn 2021-2025\n"
      "Phấn đấu đến năm 2025, Hội Nông dân đạt 90% trở lên hội viên tham gia sinh hoạt.\n")
KH_YES = ("HUYỆN ỦY BÁT XÁT\nSố 12-KH/HU\nKẾ HOẠCH\nthực hiện Nghị quyết số 29-NQ/TU ngày 22/7/2022 "
          "của Tỉnh ủy Lào Cai\nĐến năm 2025, Hội Nông dân đạt 85% hội viên tham gia sinh hoạt.\n")
KH_NO = ("ĐẢNG ỦY XÃ BẢN VƯỢC\nKẾ HOẠCH\nvề công tác dân vận\n"
         "Đến năm 2025, Hội Nông dân đạt 95% trở lên hội viên tham gia sinh hoạt.\n")


def _normal(html: str) -> str:
    return " ".join(unescape(html).split())


def _broken_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed")
    return buf.getvalue()


class GrownRow(ComparisonRow):
    needs_review: bool = False
    similarity: float | None = None
    matched: list[str] = []
    parent: str | None = None


def _outputs_of_functions() -> list[str]:
    """What the pages show that no corpus row triggers today: flags, fields, labels."""
    out = []
    row = dict(ref_doc="nq", plan_doc="kh", verdict="same", reason="", reason_code="same")
    out += review_reasons(UnflaggedRow(verdict="same", score=0.6), 0.75, IFACE)
    out += review_reasons(UnflaggedRow(verdict="not_comparable"), 0.75, IFACE)
    out += review_reasons(GrownRow(**row, needs_review=True), 0.75, IFACE)
    grown = GrownRow(**row, score=0.7, similarity=0.5, matched=["hội viên"], parent="29-NQ/TU")
    out += [label for label, _ in extras(grown, IFACE)]
    for kind in ("target", "result", "budget"):
        t = Target(doc_id="d", span=(0, 3), value=90, unit="percent", comparator=">=", org="HND",
                   indicator="membership_rate", counted="hội viên", deadline_year=2025, level="district",
                   section="I.2", kind=kind)
        out += [f"{label}: {value}" for label, value in record_fields(t, IFACE.record_fields, IFACE.kinds)]
    for doc_type in IFACE.doc_types:
        for level in IFACE.issuer_levels:
            doc = Document(id="d", source_path="d.txt", sha256="0" * 64, text="", doc_type=doc_type,
                           number="1-KH/HU", issuer="Huyện ủy", issuer_level=level, province="Lào Cai",
                           issued_on="2022-07-22", period=(2021, 2025),
                           implements=[DocRef(doc_type="nghi_quyet", number="29-NQ/TU")])
            out += [f"{label}: {value}" for _, label, value in metadata("d.txt", doc, 3, IFACE)]
    return out


@pytest.fixture(scope="module")
def shown(tmp_path_factory) -> str:
    """Everything a session shows, as one whitespace-normalized, unescaped string."""
    app = create_app(Settings(workdir=tmp_path_factory.mktemp("web"), max_file_mb=1, max_plans=3))
    pages: list[str] = []
    with TestClient(app) as client:
        get = lambda url: pages.append(client.get(url).text)  # noqa: E731
        get("/")
        loc = upload_and_wait(client, (PARENT.name, PARENT.read_bytes()), [(PLAN.name, PLAN.read_bytes())])
        for url in (f"{loc}/1", f"{loc}/1?org=nobody", f"{loc}/doc/ref", f"{loc}/doc/plan-1", "/r/gone"):
            get(url)
        loc = upload_and_wait(client, ("nq.txt", NQ.encode()),
                              [("kh_yes.txt", KH_YES.encode()), ("hong.docx", _broken_docx())],
                              plan_text=KH_NO)
        for n in (1, 2):
            get(f"{loc}/{n}")
        loc = upload_and_wait(client, None, [("kh.txt", KH_YES.encode())], parent_text=NQ)
        get(f"{loc}/1")
        # a job waiting and at each step of its reading
        store = app.state.store
        job = store.create()
        job.uploads = [Upload("nq.txt", job.folder / "nq.txt", "parent", "txt")]
        for step in IFACE.steps:
            job.progress.step, job.progress.name = step, "nq.txt"
            get(f"/r/{job.id}")
            pages.append(client.get(f"/r/{job.id}/status").json()["step"])
        # refusals
        ok = ("kh.txt", KH_YES.encode())
        refused = [
            (("nq.txt", b"x" * (2 * 2**20)), [ok], {}),  # the file
            (("nq.txt", b"x" * (6 * 2**20)), [ok], {}),  # the whole request
            (("nq.txt", b"\x89PNG\r\n\x1a\n" + bytes(300)), [ok], {}),
            (("nq.docx", bytes(range(256)) * 4), [ok], {}),
            (("nq.pdf", bytes(range(256)) * 4), [ok], {}),
            (("nq.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64) + "EncryptedPackage".encode("utf-16-le")),
             [ok], {}),
            (("nq.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64) + "WordDocument".encode("utf-16-le")),
             [ok], {}),
            (("nq.txt", b"   "), [ok], {}),
            (None, [ok], {}),
            (("nq.txt", NQ.encode()), [], {}),
            (("nq.txt", NQ.encode()), [ok] * 4, {}),
        ]
        for parent, plans, form in refused:
            pages.append(upload(client, parent, plans, **form).text)
        r = upload(client, ("hong.docx", _broken_docx()), [ok])
        wait_done(client, r.headers["location"])
        get(r.headers["location"])
    real = analysis.compare
    try:
        # rows the comparison flags for a person to check
        analysis.compare = lambda ref, plan: [GrownRow(**{**r.model_dump(), "needs_review": True})
                                              for r in real(ref, plan)]
        with TestClient(create_app(Settings(workdir=tmp_path_factory.mktemp("web")))) as client:
            loc = upload_and_wait(client, ("nq.txt", NQ.encode()), [("kh.txt", KH_YES.encode())])
            get(f"{loc}/1")
        # a crash on one plan
        analysis.compare = lambda ref, plan: (_ for _ in ()).throw(RuntimeError("boom"))
        with TestClient(create_app(Settings(workdir=tmp_path_factory.mktemp("web")))) as client:
            loc = upload_and_wait(client, ("nq.txt", NQ.encode()), [("kh.txt", KH_YES.encode())])
            get(f"{loc}/1")
    finally:
        analysis.compare = real
    # an opened row whose records carry no evidence
    macros = app.state.templates.env.get_template("_side.html").module
    pages.append(str(macros.side(SideView("Hội Nông dân đạt ", "90%", " trở lên", "t-1-4", repeats=["t-9-12"]),
                                 "", "", "/r/x/doc/ref")))
    # a result the plan reports, reaching the target or not
    for met in (True, False):
        res = ResultView("Năm 2023 đạt ", "87%", "", "t-5-8", "87%", met)
        pages.append(str(macros.result_block(res, "/r/x/doc/plan-1")))
    return _normal("\n".join(pages + _outputs_of_functions()))


def _entries():
    for group in ("ui", "messages", "steps", "review", "formats", "doc_types", "issuer_levels", "kinds",
                  "metadata_fields", "record_fields", "row_fields"):
        for key, text in getattr(IFACE, group).items():
            marks = ()
            if (group, key) == ("messages", "needs_libreoffice") and find_soffice() is not None:
                marks = pytest.mark.skip(reason="LibreOffice is installed: a .doc is read")
            yield pytest.param(group, key, text, id=f"{group}.{key}", marks=marks)


@pytest.mark.parametrize("group, key, text", list(_entries()))
def test_entry_is_shown(shown, group, key, text):
    pieces = [" ".join(lit.split()) for lit, _, _, _ in string.Formatter().parse(text) if lit.strip()]
    missing = [p for p in pieces if p not in shown]
    assert not missing, f"{group}.{key}: never shown: {missing}"


def test_no_placeholder_is_left_unfilled(shown):
    assert not re.search(r"\{[a-z_]+\}", shown)
