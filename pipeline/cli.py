"""The ``chitieu`` command."""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import List, Optional

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from pipeline import extract_document
from pipeline.archive import build_archive, files_done, output_kind, state_path
from pipeline.archive.stats import archive_stats
from pipeline.archive.worker import pipeline_version
from pipeline.compare import compare_each
from pipeline.compare.folder import find_family
from pipeline.compare.render import WRITERS as COMPARE_WRITERS
from pipeline.compare.render import print_table, write_rows
from pipeline.console import HumanGroup, describe, fail, no_room, say
from pipeline.export import read_records
from pipeline.extract import extract_with_metadata
from pipeline.read import read_document
from schemas import json_schemas

app = typer.Typer(cls=HumanGroup, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]})
err = Console(stderr=True)
out = Console()


def _version(value: bool) -> None:
    if value:
        out.print(f"chitieu {pipeline_version().split('+')[0]} (rules {pipeline_version()})", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="show chitieu's version and exit")):
    """chitieu finds the quantified targets (chỉ tiêu) of Vietnamese resolutions and plans
    and writes them as records: a value, its unit and comparator, the organization, the
    deadline, the quote it comes from."""


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., metavar="FILE_OR_FOLDER...",
                                       help="documents, or folders to search (with their subfolders)"),
    output: Path = typer.Option(..., "-o", "--output", metavar="OUT",
                                help="where the results go: a spreadsheet (.xlsx), a table (.csv) or "
                                     "JSON Lines (.jsonl) of records; an archive database (.duckdb) with "
                                     "documents, targets, errors and runs; or a folder (the same tables "
                                     "as Parquet files, plus JSON Lines)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, metavar="N",
                                          help="files read at the same time (default: one per processor core)"),
    force: bool = typer.Option(False, "--force", help="read again the files already done"),
    engine: str = typer.Option("local", "--engine", metavar="local|dask",
                               help="local: worker processes on this machine; dask: a Dask cluster"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="with --engine dask: the Dask scheduler, e.g. "
                                                 "tcp://10.0.0.5:8786 (default: a cluster on this machine)"),
    progress_interval: float = typer.Option(10.0, "--progress-interval", metavar="SECONDS",
                                            help="seconds between progress lines in a log "
                                                 "(on a terminal there is a progress bar)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the files that fail"),
):
    """Find every target in documents and write them to OUT.

    Documents are .txt (any Vietnamese encoding), .docx, .doc, .pdf and .html files. A file that cannot be read is one line on the screen (its name and why) and a row of
    the errors table; the others go on. Stopped midway (Ctrl-C, a crash, a full disk), the
    same command carries on where it stopped; into a database or a folder, a later run
    reads only new or changed files.
    """
    try:
        kind = output_kind(output)
    except ValueError as e:
        fail(str(e), 2)
    if engine not in ("local", "dask"):
        fail(f"unknown engine {engine!r} (use local or dask)", 2)
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask", 2)
    if not any(p.exists() for p in paths):  # a missing path among others is one error row of the run
        fail(", ".join(map(str, paths)) + ": no such file or folder", 2)
    # A `kill` (SIGTERM) stops like Ctrl-C: finished files are written first.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    kept = state_path(output)
    try:
        run = build_archive(paths, output, workers=workers, force=force, engine=engine, scheduler=scheduler,
                            progress=not quiet, progress_interval=progress_interval)
    except FileNotFoundError as e:  # folders without a single document
        fail(str(e), 2)
    except KeyboardInterrupt:
        done = files_done(kept)
        if done:
            say(f"the {done} file(s) done so far are kept in {kept}; run the same command again to carry on",
                "yellow", "interrupted")
        else:
            say("no file was finished, nothing was kept", "yellow", "interrupted")
        raise typer.Exit(130)
    except (OSError, duckdb.Error) as e:
        if not no_room(e):
            raise  # one line from HumanGroup
        fail(f"{describe(e)}; no room left to write {output}: free some space and run the same command "
             f"again, it carries on from the {files_done(kept)} file(s) kept in {kept}")
    except RuntimeError as e:  # an archive that cannot be opened, workers of another version
        fail(str(e))
    if not quiet:
        parts = [f"{getattr(run, 'files_' + k)} {k}" for k in ("new", "updated", "copied", "unchanged", "failed")
                 if getattr(run, "files_" + k)]
        say(f"{run.files_seen} files ({', '.join(parts)}): {run.targets_total} targets → {output} "
            f"({run.seconds:.1f} s, {run.workers} worker{'s' if run.workers > 1 else ''})")
    if run.files_failed:
        fail(f"{run.files_failed} of {run.files_seen} file(s) could not be read (listed above"
             + ("; also in the errors table" if kind != "records" else "") + ")")


@app.command()
def stats(archive: Path = typer.Argument(..., metavar="ARCHIVE",
                                         help="an archive database (.duckdb), or a folder written by "
                                              "chitieu extract -o FOLDER")):
    """What an archive holds, in counts.

    Documents per province, type and year; targets per organization, indicator
    and kind; why files failed; the last runs."""
    try:
        s = archive_stats(archive)
    except (FileNotFoundError, RuntimeError) as e:
        fail(str(e), 2)
    totals = s.pop("totals")
    out.print(f"[bold]{archive}[/bold]: " + ", ".join(f"{n} {t}" for t, n in totals.items()), highlight=False)
    runs = s.pop("runs")
    for title, df in s.items():
        if df.empty:
            continue
        table = Table(title=title, title_justify="left", min_width=len(title) + 2)
        for col in df.columns:
            table.add_column(str(col), justify="right" if df[col].dtype.kind in "iuf" else "left",
                             overflow="fold")
        for row in df.itertuples(index=False):
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)
    # Runs have too many columns for a terminal table: one line each.
    out.print("[bold]runs[/bold] (newest first)")
    for r in runs.itertuples(index=False):
        counts = ", ".join(f"{getattr(r, k)} {k}" for k in ("new", "updated", "copied", "unchanged", "failed"))
        out.print(f"  {r.run_id}  {r.started}  {r.status}  {r.pipeline_version}  {counts}  {r.seconds:.1f} s",
                  highlight=False)


@app.command()
def info(file: Path = typer.Argument(..., metavar="DOCUMENT", help="a .txt, .docx, .doc, .pdf or .html file")):
    """A document's metadata: type, number, issuer, place, dates.

    Also the documents it implements and cites."""
    # (filled as an archive fills it: metadata and records from one reading)
    doc = extract_with_metadata(read_document(file))[0]  # a file that cannot be read: one line (HumanGroup)
    table = Table(title=f"{file.name}", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")

    def ref(r) -> str:
        return " ".join(x for x in (r.doc_type or "", r.number or "", str(r.date) if r.date else "",
                                    r.issuer or "") if x)
    rows = [("format", f"{doc.source_format}" + (f" ({doc.encoding})" if doc.encoding else "")),
            ("sha256", doc.sha256), ("characters", str(len(doc.text)))]
    for k in ("doc_type", "number", "symbol", "issuer", "issuer_level", "province", "locality",
              "issued_on", "period", "signer"):
        v = getattr(doc, k)
        rows.append((k, "" if v is None else ("–".join(map(str, v)) if k == "period" else str(v))))
    if doc.subject:
        rows.append(("subject", ref(doc.subject)))
    rows += [("implements", "\n".join(ref(r) for r in doc.implements)),
             ("cites", "\n".join(ref(r) for r in doc.cites))]
    for k, v in rows:
        table.add_row(k, v)
    out.print(table)


def _load(file: Path) -> list[dict]:
    """Target records of a document, or of a .jsonl/.json written by ``chitieu extract``."""
    if file.suffix.lower() in (".jsonl", ".json"):
        try:
            return read_records(file)
        except ValueError as e:
            fail(str(e))
    return [t.record() for t in extract_document(read_document(file))]


@app.command()
def show(file: Path = typer.Argument(..., metavar="FILE",
                                     help="a document, or a .jsonl of records from chitieu extract")):
    """A document's targets as a table, with their quotes."""
    rows = _load(file)
    table = Table(title=f"{file.name}: {len(rows)} targets", show_lines=True)
    for col in ("section", "value", "cmp", "unit", "org", "indicator", "time", "kind", "why", "quote"):
        table.add_column(col, overflow="fold", max_width=60 if col == "quote" else None)
    for r in rows:
        value = f"{r['value']:g}" + (f"–{r['value_max']:g}" if r.get("value_max") is not None else "") \
            + (f"/{r['denominator']:g}" if r.get("denominator") is not None else "")
        when = " ".join(x for x in (
            f"≤{r['deadline_year']}" if r.get("deadline_year") else "",
            "{}–{}".format(*r["period"]) if r.get("period") else "",
            r.get("frequency") or "") if x)
        # where org, kind and time came from: "org: document [12, 48]"
        why = "\n".join(f"{k}: {v['source']}" + (" [{}, {}]".format(*v["span"]) if v.get("span") else "")
                        for k, v in (r.get("evidence") or {}).items() if v)
        table.add_row(r.get("section", ""), value, r["comparator"], r["unit"], r.get("org") or "",
                      r.get("indicator", ""), when, r["kind"], why, r.get("quote", ""))
    out.print(table)


@app.command()
def summary(file: Path = typer.Argument(..., metavar="FILE",
                                        help="a .jsonl of records from chitieu extract, or a document")):
    """How many records per document, kind and organization."""
    rows = _load(file)
    if not rows:
        out.print("no records")
        return
    per_doc: dict[str, dict] = {}
    for r in rows:
        d = per_doc.setdefault(r["doc_id"], {"kinds": {}, "orgs": {}})
        d["kinds"][r["kind"]] = d["kinds"].get(r["kind"], 0) + 1
        org = r.get("org") or "—"
        d["orgs"][org] = d["orgs"].get(org, 0) + 1
    table = Table(title=f"{file}: {len(rows)} records")
    table.add_column("document")
    for k in ("target", "result", "budget"):
        table.add_column(k, justify="right")
    table.add_column("organizations")
    for doc in sorted(per_doc):
        d = per_doc[doc]
        orgs = sorted(d["orgs"].items(), key=lambda kv: (-kv[1], kv[0]))
        table.add_row(doc, *(str(d["kinds"].get(k, 0)) for k in ("target", "result", "budget")),
                      ", ".join(f"{o} {n}" for o, n in orgs))
    out.print(table)


@app.command()
def schema(folder: Path = typer.Argument(Path("schemas"), metavar="FOLDER",
                                         help="where to write the JSON Schemas (default: schemas)")):
    """Write the JSON Schema of the records to FOLDER.

    One file per record type: documents, targets, errors, runs."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, s in json_schemas().items():
        (folder / name).write_text(json.dumps(s, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.print(f"wrote {folder / name}")


@app.command()
def compare(
    paths: List[Path] = typer.Argument(..., metavar="REFERENCE PLAN...",
                                       help="the parent resolution, then one or more plans (documents, or "
                                            ".jsonl of records); with --parent PARENT, the plans; with "
                                            "--parent NUMBER, one FOLDER"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="write a spreadsheet (.xlsx), a web page (.html) or "
                                               ".json, .jsonl, .csv instead of printing a table"),
    parent: Optional[List[str]] = typer.Option(None, "--parent", metavar="PARENT",
                                               help="a parent document the plans implement (give it twice "
                                                    "for a plan that implements two); or, with one FOLDER, "
                                                    "the parent's number (e.g. 29-NQ/TU): compare it with "
                                                    "every document there that says it implements it"),
):
    """Check plans against their parent resolution(s), target by target."""
    if output is not None and output.suffix.lower() not in COMPARE_WRITERS:
        fail(f"{output}: unknown output format (use {', '.join(COMPARE_WRITERS)})", 2)
    parents: list = list(parent or [])
    if len(parents) == 1 and len(paths) == 1 and paths[0].is_dir() and not Path(parents[0]).is_file():
        try:
            reference, plans = find_family(parents[0], paths[0])
        except LookupError as e:
            fail(str(e))
        if not plans:
            fail(f"no document in {paths[0]} says it implements {parents[0]}")
        say(f"{parents[0]}: {reference.source_path}; "
            f"{len(plans)} plan(s): " + ", ".join(d.source_path for d in plans))
        parents = [reference]
    elif parents:
        plans = paths
    else:
        if len(paths) < 2:
            fail("give a REFERENCE and at least one PLAN (or PLAN --parent PARENT)", 2)
        parents, plans = [paths[0]], paths[1:]
    missing = [str(p) for p in [*parents, *plans] if isinstance(p, (str, Path)) and not Path(p).exists()]
    if missing:  # a mistyped name: nothing is compared; a file that cannot be read is one line below
        fail(", ".join(missing) + ": no such file", 2)
    outcome = compare_each(plans, [Path(p) if isinstance(p, str) else p for p in parents])
    for name, problem in outcome.failures:  # one line each; the other plans go on
        say(f"{name}: {problem}", "red", "error")
    if output is None:
        print_table(outcome.rows, out)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        write_rows(outcome.rows, output)
        say(f"{len(outcome.rows)} rows → {output}")
    if outcome.failures:
        raise typer.Exit(1)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (default: this machine only)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    max_mb: float = typer.Option(20.0, "--max-mb", min=0.01, help="largest file accepted, in MB"),
    keep_minutes: float = typer.Option(60.0, "--keep-minutes", min=1,
                                       help="minutes a result and its uploaded files are kept"),
    max_plans: int = typer.Option(10, "--max-plans", min=1, help="plans compared with one parent at once"),
):
    """A local web page (Vietnamese) to check plans against their parent resolution."""
    # The web stack (FastAPI, Jinja2) loads only for serve: 0.17 s of every other command's start (measured).
    from pipeline.web import Settings, serve as run_server
    from pipeline.web.app import is_loopback

    if not is_loopback(host):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can upload files",
                  highlight=False)
    err.print(f"chitieu serve: http://{host}:{port}/  (Ctrl-C to stop)", highlight=False)
    run_server(host, port, Settings(max_file_mb=max_mb, ttl_minutes=keep_minutes, max_plans=max_plans))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
