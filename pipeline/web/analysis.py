"""Reading a job's files and comparing each plan with the parent, step by step.

Runs in a worker thread; :class:`~pipeline.web.store.Progress` tells the page
how far it is. Each document is read, its metadata filled and its records
extracted once; the comparison gets the records it already has. A plan that
cannot be read is one error line and the others go on; a parent that cannot be
read fails the job with its reason.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pipeline.extract import extract_with_metadata
from pipeline.compare import Side, compare
from pipeline.compare.render import write_rows
from pipeline.errors import ReadError
from pipeline.read import read_document
from schemas import ComparisonRow, Document, Target

log = logging.getLogger("chitieu.web")

#: Downloads offered, as the file name each is saved under.
DOWNLOADS = {"xlsx": "chitieu_doi_chieu.xlsx", "html": "chitieu_doi_chieu.html", "jsonl": "chitieu_doi_chieu.jsonl"}


@dataclass
class ReadDoc:
    """A document of a job as read: the name it was uploaded under, its key in URLs."""

    key: str  # "ref", "plan-1", "plan-2", ...
    name: str
    doc: Document
    targets: list[Target]


@dataclass
class PlanResult:
    plan: ReadDoc
    rows: list[ComparisonRow]


@dataclass
class Result:
    reference: ReadDoc
    plans: list[PlanResult] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file name, message key + reason)

    def docs(self) -> dict[str, ReadDoc]:
        """Every document of the result by its URL key."""
        found = {self.reference.key: self.reference}
        found.update({p.plan.key: p.plan for p in self.plans})
        return found

    @property
    def rows(self) -> list[ComparisonRow]:
        return [r for p in self.plans for r in p.rows]


def _read(path: Path, key: str, name: str, progress) -> ReadDoc:
    progress.step, progress.name = "read", name
    doc = read_document(path)
    progress.done += 1
    progress.step = "extract"
    doc, targets = extract_with_metadata(doc)  # metadata and records from one reading
    progress.done += 1
    return ReadDoc(key, name, doc, targets)


def _side(d: ReadDoc) -> Side:
    # The name the user gave the file, not the private folder it was saved in.
    return Side(doc_id=d.doc.id, targets=d.targets, text=d.doc.text, path=d.name)


def run(job) -> None:
    """Read and compare the job's uploads, filling ``job.result`` (or ``job.error``)."""
    parent = next(u for u in job.uploads if u.role == "parent")
    plans = [u for u in job.uploads if u.role == "plan"]
    progress = job.progress
    progress.total, progress.done = 2 + 3 * len(plans), 0
    job.state = "running"
    try:
        reference = _read(parent.path, "ref", parent.name, progress)
    except ReadError as e:
        job.error = ("parent_failed", parent.name, e.reason)
        job.state = "failed"
        return
    except Exception as e:  # a bug or a library crash: the page says so, the log has the traceback
        log.exception("reading %s", parent.path)
        job.error = ("parent_failed", parent.name, type(e).__name__)
        job.state = "failed"
        return
    result = Result(reference)
    for i, upload in enumerate(plans, 1):
        try:
            plan = _read(upload.path, f"plan-{i}", upload.name, progress)
            progress.step = "compare"
            rows = compare(_side(reference), _side(plan))
            progress.done += 1
            result.plans.append(PlanResult(plan, rows))
        except ReadError as e:
            result.errors.append(("read_failed", upload.name, e.reason))
        except Exception as e:
            log.exception("comparing %s", upload.path)
            result.errors.append(("internal", upload.name, type(e).__name__))
        progress.done = 2 + 3 * i
    progress.step, progress.name = "done", ""
    progress.done = progress.total
    job.result = result
    job.state = "done"


def download(job, fmt: str) -> Optional[Path]:
    """The job's rows written as ``fmt`` (``xlsx``, ``html``, ``jsonl``) in its folder,
    the same files ``chitieu compare -o`` writes; None for another format."""
    if fmt not in DOWNLOADS or job.result is None:
        return None
    path = job.folder / DOWNLOADS[fmt]
    if not path.exists():
        tmp = path.with_name(f"tmp-{secrets.token_hex(4)}-{path.name}")  # two clicks, two writers
        write_rows(job.result.rows, tmp)
        tmp.replace(path)
    return path
