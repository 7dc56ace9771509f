"""The pages: upload, progress, verdict table per plan, document, downloads.

URLs carry the job's random id (``/r/<id>/...``); an unknown or expired id is
a 404 page saying results are kept for a limited time.
"""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from pipeline.compare.wording import VERDICTS, wording
from pipeline.web import analysis
from pipeline.web.documents import implements, metadata, segments
from pipeline.web.intake import Rejected, Upload, check_format, read_limited, safe_name, megabytes
from pipeline.web.views import keep, options, row_view, verdict_counts

router = APIRouter()

#: What the file pickers accept (a hint to the browser; the server checks content).
ACCEPT = ".txt,.docx,.pdf,.html,.htm,.doc"


def page(request: Request, name: str, status: int = 200, **context) -> Response:
    """A rendered template; ``t`` (the interface texts) is a template global."""
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def message(request: Request, key: str, **values) -> str:
    """A server message from ``web_interface.yaml`` with its placeholders filled."""
    return request.app.state.iface.messages[key].format(**values)


def error_page(request: Request, status: int, key: str, **values) -> Response:
    return page(request, "error.html", status, text=message(request, key, **values))


def limits_of(request: Request) -> dict:
    s = request.app.state.settings
    iface = request.app.state.iface
    return {"limit_mb": megabytes(s.max_file_bytes), "max_files": s.max_plans,
            "ttl": f"{s.ttl_minutes:g}", "formats": ", ".join(iface.formats.values())}


def _job(request: Request, job_id: str):
    return request.app.state.store.get(job_id)


def not_found(request: Request) -> Response:
    return error_page(request, 404, "not_found", ttl=limits_of(request)["ttl"])


@router.get("/")
def upload_page(request: Request):
    return page(request, "upload.html", accept=ACCEPT, **limits_of(request))


def _picked(value) -> bool:
    return isinstance(value, UploadFile) and bool(value.filename)


@router.post("/upload")
async def upload(request: Request):
    """Check and save the files, start reading them, and send the browser to the job's page."""
    s = request.app.state.settings
    limits = limits_of(request)
    length = request.headers.get("content-length")
    if length is None or not length.isdigit() or int(length) > s.max_request_bytes:
        raise Rejected(413, "request_too_large", **limits)
    form = await request.form(max_files=s.max_plans + 2, max_fields=16, max_part_size=s.max_request_bytes)
    iface = request.app.state.iface
    parent = form.get("parent")
    parent_text = str(form.get("parent_text") or "").strip()
    plans = [f for f in form.getlist("plans") if _picked(f)]
    plan_text = str(form.get("plan_text") or "").strip()
    if not _picked(parent) and not parent_text:
        raise Rejected(400, "no_parent")
    if not plans and not plan_text:
        raise Rejected(400, "no_plan")
    if len(plans) + bool(plan_text) > s.max_plans:
        raise Rejected(400, "too_many", **limits)
    # (role, name the user gave, bytes or an UploadFile)
    wanted = [("parent", parent.filename, parent) if _picked(parent)
              else ("parent", iface.ui["pasted_parent"], parent_text)]
    wanted += [("plan", f.filename, f) for f in plans]
    if plan_text:
        wanted.append(("plan", iface.ui["pasted_plan"], plan_text))
    store = request.app.state.store
    job = store.create()
    try:
        folder = job.folder / "in"
        folder.mkdir()
        taken: set[str] = set()
        for role, raw_name, source in wanted:
            if isinstance(source, str):
                data = source.encode("utf-8")
                if len(data) > s.max_file_bytes:
                    raise Rejected(413, "too_large", name=raw_name, size_mb=megabytes(len(data)),
                                   limit_mb=limits["limit_mb"])
            else:
                data = await read_limited(source, s.max_file_bytes)
            fmt = check_format(data, raw_name)
            name = safe_name(raw_name, taken, iface.ui["pasted_plan"])
            path = folder / name
            path.write_bytes(data)
            job.uploads.append(Upload(raw_name, path, role, fmt))
    except Rejected:
        store.discard(job.id)
        raise
    finally:
        await form.close()
    request.app.state.executor.submit(analysis.run, job)
    return RedirectResponse(f"/r/{job.id}", status_code=303)


def _step_text(request: Request, job) -> str:
    p = job.progress
    return request.app.state.iface.steps[p.step].format(name=p.name)


@router.get("/r/{job_id}")
def job_page(request: Request, job_id: str):
    job = _job(request, job_id)
    if job is None:
        return not_found(request)
    if job.state == "failed":
        key, name, reason = job.error
        return error_page(request, 422, key, name=name, reason=reason)
    if job.state != "done":
        p = job.progress
        return page(request, "progress.html", job=job, step=_step_text(request, job),
                    percent=int(100 * p.done / max(1, p.total)))
    return RedirectResponse(f"/r/{job.id}/1", status_code=303)


@router.get("/r/{job_id}/status")
def job_status(request: Request, job_id: str):
    job = _job(request, job_id)
    if job is None:
        return JSONResponse({"state": "gone"}, status_code=404)
    p = job.progress
    return {"state": job.state, "done": p.done, "total": p.total, "step": _step_text(request, job)}


def _expires(job) -> str:
    return dt.datetime.fromtimestamp(job.expires).strftime("%H:%M %d/%m/%Y")


def _error_lines(request: Request, result) -> list[str]:
    return [message(request, key, name=name, reason=reason) for key, name, reason in result.errors]


@router.get("/r/{job_id}/{n:int}")
def plan_page(request: Request, job_id: str, n: int, verdict: str = "", org: str = "",
              indicator: str = "", review: str = ""):
    """The verdict table of the job's plan ``n`` (1-based), filtered by the query."""
    job = _job(request, job_id)
    if job is None or job.state != "done":
        return not_found(request) if job is None else RedirectResponse(f"/r/{job_id}", status_code=303)
    result = job.result
    if not result.plans:
        return page(request, "result.html", job=job, result=result, current=None,
                    errors=_error_lines(request, result), expires=_expires(job))
    if not 1 <= n <= len(result.plans):
        return not_found(request)
    current = result.plans[n - 1]
    s, iface = request.app.state.settings, request.app.state.iface
    views = [row_view(i, r, result.reference, current.plan, s.review_score, iface)
             for i, r in enumerate(current.rows, 1)]
    verdict = verdict if verdict in VERDICTS else ""
    shown = [v for v in views if keep(v, verdict, org, indicator, bool(review))]
    ref, plan = result.reference, current.plan
    return page(
        request, "result.html", job=job, result=result, current=current, n=n,
        errors=_error_lines(request, result), expires=_expires(job),
        ref_meta=metadata(ref.name, ref.doc, len(ref.targets), iface),
        plan_meta=metadata(plan.name, plan.doc, len(plan.targets), iface),
        implements=implements(plan.doc, ref.doc), counts=verdict_counts(current.rows),
        total=len(views), review_total=sum(1 for v in views if v.review), rows=shown,
        many_parents=len({v.ref_doc for v in views}) > 1,
        verdicts=[(v, wording().verdicts[v].label) for v in VERDICTS],
        orgs=options(views, "org", "org_label"), indicators=options(views, "indicator", "indicator_label"),
        filters={"verdict": verdict, "org": org, "indicator": indicator, "review": bool(review)},
        showing=iface.ui["showing"].format(shown=len(shown), total=len(views)),
        downloads=list(analysis.DOWNLOADS),
    )


@router.get("/r/{job_id}/doc/{key}")
def document_page(request: Request, job_id: str, key: str):
    """A document's whole text with every extracted figure marked."""
    job = _job(request, job_id)
    if job is None or job.state != "done" or key not in job.result.docs():
        return not_found(request)
    d = job.result.docs()[key]
    iface = request.app.state.iface
    back = 1
    if key.startswith("plan-"):
        back = 1 + next(i for i, p in enumerate(job.result.plans) if p.plan.key == key)
    return page(request, "document.html", job=job, d=d, back=back,
                meta=metadata(d.name, d.doc, len(d.targets), iface),
                segments=segments(d.doc.text, d.targets, iface),
                kinds=[(k, iface.kinds[k]) for k in iface.kinds if any(t.kind == k for t in d.targets)])


@router.get("/r/{job_id}/download/{fmt}")
def download(request: Request, job_id: str, fmt: str):
    """The job's comparison as .xlsx, .html or .jsonl (as ``chitieu compare -o`` writes it)."""
    job = _job(request, job_id)
    path = analysis.download(job, fmt) if job is not None and job.state == "done" else None
    if path is None:
        return not_found(request)
    media = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "html": "text/html; charset=utf-8", "jsonl": "application/x-ndjson"}[fmt]
    return FileResponse(path, media_type=media, filename=path.name,
                        content_disposition_type="attachment")


@router.get("/verdicts.css")
def verdict_css():
    """The verdict colours of ``compare_reasons.yaml`` as CSS classes (``.v-weaker``)."""
    w = wording()
    body = "\n".join(f".v-{v}{{background:#{w.verdicts[v].color}}}" for v in VERDICTS)
    return Response(body + "\n", media_type="text/css")
