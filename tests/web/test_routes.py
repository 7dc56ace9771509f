"""HTTP tests of the pages: limits and safety, the verdict table, the document page,
downloads, several users at once, expiry."""
from __future__ import annotations

import inspect
import io
import json
import re
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from html import unescape

import openpyxl
import pytest
from typer.testing import CliRunner

from pipeline import extract_document
from pipeline.cli import app as cli
from pipeline.compare import compare
from pipeline.read import read_document
from pipeline.web import analysis, serve
from web_helpers import (PARENT, PLAN, XSS_IMG, XSS_PARENT, XSS_PLAN, XSS_SCRIPT, Clock, upload,
                         upload_and_wait, wait_done)

PLAN_B = ("KẾ HOẠCH\nthực hiện nghị quyết về công tác dân vận\n"
          "Đến năm 2025, Hội Nông dân đạt 95% trở lên hội viên tham gia sinh hoạt.\n")


def _job_id(location: str) -> str:
    return location.rstrip("/").split("/")[2]


def _rows(page: str) -> list[str]:
    """The verdicts of the table's rows, in order."""
    return re.findall(r'<tr id="row-\d+" class="row[^"]*" data-verdict="([a-z_]+)"', page)


def _doc_text(page: str) -> str:
    """The document text of a document page, marks and their hover details removed."""
    body = re.search(r'<div class="doctext" id="doctext">(.*?)</div>', page, re.S).group(1)
    body = re.sub(r'<span class="tip" role="tooltip">.*?</span></mark>', "", body, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "", body))


def _text(page: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())


# --- the verdict table -------------------------------------------------------

def test_upload_page_is_vietnamese_and_self_contained(make_client):
    r = make_client().get("/")
    assert r.status_code == 200 and '<html lang="vi">' in r.text
    assert "Văn bản cấp trên" in r.text and "Mỗi tệp tối đa 20 MB" in r.text
    assert not re.search(r'(src|href)="(https?:)?//', r.text)  # no CDN, no other host
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    for asset in ("/static/style.css", "/static/app.js", "/verdicts.css"):
        assert make_client().get(asset).status_code == 200


def test_verdict_page_has_every_row_with_counts_and_metadata(corpus_job):
    client, location = corpus_job
    r = client.get(location, follow_redirects=True)
    assert r.status_code == 200 and r.url.path == location + "/1"
    expected = compare(PARENT, PLAN)
    verdicts = _rows(r.text)
    assert verdicts == [x.verdict for x in expected]
    counts = dict(re.findall(r'class="chip v-([a-z_]+)" href="\?verdict=\1" data-verdict="\1">[^<]*<b>(\d+)</b>',
                             r.text))
    assert {v: int(n) for v, n in counts.items()} == {v: verdicts.count(v) for v in set(verdicts)}
    text = _text(r.text)
    assert f"Tổng {len(expected)}" in text
    # both sides' metadata, as `chitieu info` reads them
    assert PARENT.name in text and PLAN.name in text
    assert "29-NQ/TU" in text and "Loại văn bản" in text


@pytest.mark.parametrize("query, keep", [
    pytest.param("verdict=missing", lambda row: row.verdict == "missing", id="verdict"),
    pytest.param("org=HND", lambda row: row.org == "HND", id="organization"),
    pytest.param("indicator=membership_rate", lambda row: row.indicator == "membership_rate", id="indicator"),
    pytest.param("verdict=nonsense", lambda row: True, id="unknown-verdict-ignored"),
])
def test_filters(corpus_job, query, keep):
    client, location = corpus_job
    expected = [x.verdict for x in compare(PARENT, PLAN) if keep(x)]
    r = client.get(f"{location}/1?{query}")
    assert r.status_code == 200 and _rows(r.text) == expected and expected
    assert f"Đang hiển thị {len(expected)}/" in r.text


def test_review_filter_keeps_marked_rows(corpus_job):
    client, location = corpus_job
    full = client.get(f"{location}/1").text
    marked = re.findall(r'class="row needs-review" data-verdict="([a-z_]+)"', full)
    r = client.get(f"{location}/1?review=1")
    assert _rows(r.text) == marked
    assert all("needs-review" in tr for tr in re.findall(r'<tr id="row-\d+" class="[^"]*"', r.text))


def test_every_row_opens_to_its_quotes_and_links_to_its_figures(corpus_job):
    client, location = corpus_job
    page = client.get(f"{location}/1").text
    rows = compare(PARENT, PLAN)
    details = re.findall(r'<tr id="detail-(\d+)" class="detail">(.*?)</tr>', page, re.S)
    assert len(details) == len(rows)
    docs = {key: client.get(f"{location}/doc/{key}").text for key in ("ref", "plan-1")}
    for (n, body), row in zip(details, rows):
        assert unescape(row.reason) in unescape(body)
        for side, key in (("ref", "ref"), ("plan", "plan-1")):
            span = getattr(row, f"{side}_span")
            if span is None:
                continue
            mention = getattr(row, f"{side}_mention")
            assert f"<mark>{mention}</mark>" in unescape(body) or f"<mark>{mention}</mark>" in body
            anchor = f"t-{span[0]}-{span[1]}"
            assert f'/doc/{key}#{anchor}"' in body
            assert f'id="{anchor}"' in docs[key]


def test_document_page_marks_every_extracted_figure(corpus_job):
    client, location = corpus_job
    page = client.get(f"{location}/doc/ref").text
    targets = extract_document(read_document(PARENT))
    ids = set(re.findall(r'id="(t-\d+-\d+)"', page))
    assert ids == {f"t-{t.span[0]}-{t.span[1]}" for t in targets}
    # the hover details name value, comparator, organization, kind and time
    tip = re.search(r'<span class="tip" role="tooltip">(.*?)</span></mark>', page, re.S).group(1)
    for label in ("Giá trị", "So sánh", "Loại"):
        assert f"<b>{label}:</b>" in tip
    # the text itself comes through whole
    assert _doc_text(page) == read_document(PARENT).text


def test_downloads_are_the_files_chitieu_compare_writes(corpus_job, tmp_path, monkeypatch):
    client, location = corpus_job
    # the same files under the names they were uploaded with (rows may name their paths)
    monkeypatch.chdir(tmp_path)
    for p in (PARENT, PLAN):
        shutil.copy(p, tmp_path / p.name)
    for fmt in ("xlsx", "html", "jsonl"):
        out = tmp_path / f"cli.{fmt}"
        assert CliRunner().invoke(cli, ["compare", PARENT.name, PLAN.name, "-o", str(out)]).exit_code == 0
        r = client.get(f"{location}/download/{fmt}")
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        if fmt == "xlsx":
            got = openpyxl.load_workbook(io.BytesIO(r.content))
            want = openpyxl.load_workbook(out)
            assert got.sheetnames == want.sheetnames
            for name in want.sheetnames:
                assert list(got[name].values) == list(want[name].values)
        elif fmt == "jsonl":
            assert [json.loads(x) for x in r.text.splitlines()] == \
                   [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        else:
            assert r.text == out.read_text(encoding="utf-8")
    assert client.get(f"{location}/download/exe").status_code == 404


# --- limits and safety --------------------------------------------------------

def test_oversize_file_is_413_with_a_vietnamese_message(make_client):
    client = make_client(max_file_mb=1)
    big = ("Hội Nông dân đạt 90% trở lên. " * 40000).encode("utf-8")  # 1,5 MB
    r = upload(client, ("nghi_quyet_lon.txt", big), [("ke_hoach.txt", PLAN_B.encode())])
    assert r.status_code == 413
    assert "Tệp “nghi_quyet_lon.txt” quá lớn (1,5 MB). Mỗi tệp tối đa 1 MB." in unescape(r.text)
    assert not any(client.app.state.store.root.iterdir())  # nothing kept of a refused upload


def test_oversize_pasted_text_is_413(make_client):
    client = make_client(max_file_mb=1)
    big = "Hội Nông dân đạt 90% trở lên. " * 40000
    r = upload(client, ("nq.txt", XSS_PARENT.encode()), [], plan_text=big)
    assert r.status_code == 413 and "quá lớn" in r.text


def test_default_limit_is_20_mb(make_client):
    client = make_client()
    r = upload(client, ("nq.txt", b"a" * (20 * 2**20 + 1)), [("kh.txt", PLAN_B.encode())])
    assert r.status_code == 413 and "Mỗi tệp tối đa 20 MB" in r.text


def test_oversize_request_is_refused_before_reading(make_client):
    client = make_client(max_file_mb=0.1, max_plans=1)  # at most 2 × 0,1 MB + 1 MB of form
    r = upload(client, ("nq.txt", b"a" * (2 * 2**20)), [("kh.txt", PLAN_B.encode())])
    assert r.status_code == 413 and "Dung lượng tải lên quá lớn" in r.text


@pytest.mark.parametrize("name, data, words", [
    pytest.param("ke_hoach.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "không phải văn bản được hỗ trợ",
                 id="image-named-txt"),
    pytest.param("ke_hoach.docx", bytes(range(256)) * 8, "không phải tệp nén zip", id="docx-not-a-zip"),
    pytest.param("ke_hoach.pdf", bytes(range(256)) * 8, "nội dung không phải PDF", id="pdf-not-a-pdf"),
])
def test_wrong_format_is_415(make_client, name, data, words):
    client = make_client()
    r = upload(client, ("nq.txt", XSS_PARENT.encode()), [(name, data)])
    assert r.status_code == 415
    assert words in unescape(r.text) and f"“{name}”" in unescape(r.text)


@pytest.mark.parametrize("parent, plans, form, words", [
    pytest.param(None, [("kh.txt", PLAN_B.encode())], {}, "Chưa có văn bản cấp trên", id="no-parent"),
    pytest.param(("nq.txt", XSS_PARENT.encode()), [], {}, "Chưa có kế hoạch cấp dưới", id="no-plan"),
    pytest.param(("nq.txt", XSS_PARENT.encode()), [(f"kh{i}.txt", PLAN_B.encode()) for i in range(3)], {},
                 "tối đa 2 kế hoạch", id="too-many"),
])
def test_incomplete_uploads_are_400(make_client, parent, plans, form, words):
    r = upload(make_client(max_plans=2), parent, plans, **form)
    assert r.status_code == 400 and words in r.text


def _pages_of(client, location: str) -> dict[str, str]:
    pages = {"result": client.get(location + "/1").text}
    for key in ("ref", "plan-1"):
        pages[key] = client.get(f"{location}/doc/{key}").text
    pages["download.html"] = client.get(location + "/download/html").text
    return pages


def test_markup_in_documents_and_names_is_escaped_everywhere(make_client):
    client = make_client()
    location = upload_and_wait(client, (f"{XSS_SCRIPT}.txt", XSS_PARENT.encode()),
                               [(f"{XSS_IMG}.txt", XSS_PLAN.encode())])
    pages = _pages_of(client, location)
    # the page while reading, for the same names
    store = client.app.state.store
    job = store.create()
    job.uploads = store.get(_job_id(location)).uploads
    pages["progress"] = client.get(f"/r/{job.id}").text
    pages["error"] = upload(client, ("nq.txt", XSS_PARENT.encode()),
                            [(f"{XSS_IMG}.docx", bytes(range(256)) * 8)]).text
    assert len(_rows(pages["result"])) >= 2
    for name, page in pages.items():
        assert XSS_SCRIPT not in page and XSS_IMG not in page, name
        assert "<img" not in page, name
        ours = 0 if name == "download.html" else 1  # /static/app.js
        assert page.count("<script") == ours, name
    # and the text is there, as text
    assert "&lt;script&gt;alert(" in pages["ref"] and "onerror=alert(1)&gt;" in pages["plan-1"]
    assert "&lt;script&gt;" in pages["result"] and "&lt;img src=x" in pages["progress"]


def test_two_uploads_at_once_stay_apart(make_client):
    client = make_client()
    texts = {"ke_hoach_xa_a.txt": XSS_PLAN, "ke_hoach_xa_b.txt": PLAN_B}

    def one(name: str) -> str:
        r = upload(client, ("nghi_quyet.txt", XSS_PARENT.encode()), [(name, texts[name].encode())])
        assert r.status_code == 303
        return r.headers["location"]

    with ThreadPoolExecutor(2) as pool:
        locations = dict(zip(texts, pool.map(one, texts)))
    a, b = locations.values()
    assert a != b
    for name, location in locations.items():
        assert wait_done(client, location)["state"] == "done"
        other = next(n for n in texts if n != name)
        page = client.get(location + "/1").text
        assert name in page and other not in page
        assert _doc_text(client.get(location + "/doc/plan-1").text) == texts[name]
        job = client.app.state.store.get(_job_id(location))
        assert sorted(p.name for p in (job.folder / "in").iterdir()) == sorted(["nghi_quyet.txt", name])
    ja, jb = (client.app.state.store.get(_job_id(x)) for x in (a, b))
    assert ja.folder != jb.folder and ja.folder.parent == jb.folder.parent


def test_expired_result_is_gone_with_its_files(make_client):
    clock = Clock()
    client = make_client(clock=clock, ttl_minutes=60)
    location = upload_and_wait(client, ("nq.txt", XSS_PARENT.encode()), [("kh.txt", PLAN_B.encode())])
    job = client.app.state.store.get(_job_id(location))
    assert client.get(location + "/1").status_code == 200
    clock.now += 59 * 60
    assert client.get(location + "/1").status_code == 200
    clock.now += 61
    r = client.get(location + "/1")
    assert r.status_code == 404 and "đã hết hạn" in r.text and "60 phút" in r.text
    assert not job.folder.exists()
    assert client.get(location + "/download/xlsx").status_code == 404
    assert client.get(location + "/status").status_code == 404


@pytest.mark.parametrize("path", ["/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/r/..%2F..%2Fetc", "/r/x/1",
                                  "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/doc/ref"],
                         ids=["unknown", "traversal", "short", "unknown-doc"])
def test_unknown_results_are_404(make_client, path):
    r = make_client().get(path)
    assert r.status_code == 404 and "Không tìm thấy kết quả" in r.text


def _broken_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><unclosed")
    return buf.getvalue()


def test_an_unreadable_plan_is_one_error_line(make_client):
    client = make_client()
    location = upload_and_wait(client, ("nq.txt", XSS_PARENT.encode()),
                               [("hong.docx", _broken_docx()), ("kh.txt", PLAN_B.encode())])
    page = unescape(client.get(location + "/1").text)
    assert "Không đọc được tệp “hong.docx”" in page
    assert "Kết quả đối chiếu: kh.txt" in page and len(_rows(page)) >= 1


def test_an_unreadable_parent_fails_the_job_with_its_reason(make_client):
    client = make_client()
    r = upload(client, ("hong.docx", _broken_docx()), [("kh.txt", PLAN_B.encode())])
    assert wait_done(client, r.headers["location"])["state"] == "failed"
    page = client.get(r.headers["location"])
    assert page.status_code == 422 and "Không đọc được văn bản cấp trên “hong.docx”" in unescape(page.text)


def test_a_crash_on_one_plan_spares_the_others(make_client, monkeypatch):
    real = analysis.compare

    def crash_on_b(ref, plan):
        if "xa_b" in plan.doc_id:
            raise RuntimeError("boom")
        return real(ref, plan)

    monkeypatch.setattr(analysis, "compare", crash_on_b)
    client = make_client()
    location = upload_and_wait(client, ("nq.txt", XSS_PARENT.encode()),
                               [("ke_hoach_xa_a.txt", XSS_PLAN.encode()), ("ke_hoach_xa_b.txt", PLAN_B.encode())])
    page = unescape(client.get(location + "/1").text)
    assert "Có lỗi khi xử lý “ke_hoach_xa_b.txt”" in page and "ke_hoach_xa_a.txt" in page


def test_bound_to_this_machine_unless_told():
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    out = CliRunner().invoke(cli, ["serve", "--help"], terminal_width=200).output
    assert "127.0.0.1" in out and "--max-mb" in out and "--keep-minutes" in out
