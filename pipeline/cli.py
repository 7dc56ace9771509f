"""The ``chitieu`` command."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="chitieu: quantified targets (chỉ tiêu) from Vietnamese resolutions and plans.")
err = Console(stderr=True)
out = Console()


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="files or folders (searched recursively)"),
    output: Path = typer.Option(..., "-o", "--output",
                                help="archive.duckdb (a database: documents, targets, errors, runs), "
                                     "a folder (the same tables as Parquet, plus JSON Lines), "
                                     "or one file of records (.jsonl or .csv)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="worker processes (default: the machine's cores)"),
    force: bool = typer.Option(False, "--force", help="re-extract files already in the archive"),
    engine: str = typer.Option("local", "--engine", help="local (worker processes) or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="with --engine dask: the address of a Dask scheduler, "
                                                 "e.g. tcp://10.0.0.5:8786 (default: a local cluster)"),
    progress_interval: float = typer.Option(10.0, "--progress-interval",
                                            help="seconds between progress lines when not on a terminal"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress, only errors"),
):
    """Extract every target of the documents (.txt, .docx, .doc, .pdf, .html).

    Into a database or a folder, a rerun skips what is already done (same
    content, same pipeline version) and an interrupted run carries on.
    """
    import signal

    from pipeline.archive import build_archive, output_kind

    try:
        output_kind(output)
    except ValueError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        err.print(f"[red]error:[/red] unknown engine {engine!r} (use local or dask)")
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        err.print("[red]error:[/red] --scheduler needs --engine dask")
        raise typer.Exit(2)
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]skipped[/red] {p}: no such file or folder", highlight=False)
    # A `kill` (SIGTERM) stops like Ctrl-C: finished files are written first.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    options = dict(workers=workers, force=force, engine=engine, scheduler=scheduler, progress=not quiet,
                   progress_interval=progress_interval)
    try:
        run = build_archive(paths, output, **options)
        n = run.targets_total
    except FileNotFoundError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted:[/yellow] finished files are kept in {output}; "
                  "run the same command again to carry on")
        raise typer.Exit(130)
    except RuntimeError as e:  # an archive that cannot be opened, workers of another version
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(1)
    if not quiet:
        parts = [f"{getattr(run, 'files_' + k)} {k}" for k in ("new", "updated", "copied", "unchanged", "failed")
                 if getattr(run, "files_" + k)]
        err.print(f"{run.files_seen} files ({', '.join(parts)}): {n} targets → {output} "
                  f"({run.seconds:.1f} s, {run.workers} worker{'s' if run.workers > 1 else ''})", highlight=False)
    failed = run.files_failed + len(missing)
    if failed:
        err.print(f"[red]{failed} file(s) could not be processed[/red]")
        raise typer.Exit(1)


@app.command()
def stats(archive: Path = typer.Argument(..., help="archive.duckdb, or a folder written by extract -o")):
    """What an archive holds: documents per province, type and year; targets per
    organization, indicator and kind; why files failed; the last runs."""
    from pipeline.archive.stats import archive_stats

    try:
        s = archive_stats(archive)
    except (FileNotFoundError, RuntimeError) as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2)
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
def info(file: Path = typer.Argument(..., help="a document (.txt, .docx, .doc, .pdf, .html)")):
    """Print a document's metadata: type, number, issuer, level, place, dates, references."""
    from pipeline.metadata import fill
    from pipeline.read import ReadError, read_document

    try:
        doc = fill(read_document(file))
    except ReadError as e:
        err.print(f"[red]error:[/red] {e.path}: {e.reason}", highlight=False)
        raise typer.Exit(1)
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
    from pipeline.export import read_jsonl

    if file.suffix.lower() == ".jsonl":
        return read_jsonl(file)
    from pipeline import extract
    return [t.record() for t in extract(file)]


@app.command()
def show(file: Path = typer.Argument(..., help="a document, or a .jsonl of records")):
    """Print a document's targets as a table, with their quotes."""
    rows = _load(file)
    table = Table(title=f"{file.name}: {len(rows)} targets", show_lines=True)
    for col in ("section", "value", "cmp", "unit", "org", "indicator", "time", "kind", "quote"):
        table.add_column(col, overflow="fold", max_width=60 if col == "quote" else None)
    for r in rows:
        value = f"{r['value']:g}" + (f"–{r['value_max']:g}" if r.get("value_max") is not None else "") \
            + (f"/{r['denominator']:g}" if r.get("denominator") is not None else "")
        when = " ".join(x for x in (
            f"≤{r['deadline_year']}" if r.get("deadline_year") else "",
            "{}–{}".format(*r["period"]) if r.get("period") else "",
            r.get("frequency") or "") if x)
        table.add_row(r.get("section", ""), value, r["comparator"], r["unit"], r.get("org") or "",
                      r.get("indicator", ""), when, r["kind"], r.get("quote", ""))
    out.print(table)


@app.command()
def summary(file: Path = typer.Argument(..., help="a .jsonl of records")):
    """Counts of records per document, organization and kind."""
    from pipeline.export import read_jsonl, to_dataframe

    df = to_dataframe(read_jsonl(file))
    if df.empty:
        out.print("no records")
        return
    table = Table(title=f"{file}: {len(df)} records")
    table.add_column("document")
    for k in ("target", "result", "budget"):
        table.add_column(k, justify="right")
    table.add_column("organizations")
    for doc, g in df.groupby("doc_id"):
        kinds = g["kind"].value_counts()
        orgs = g["org"].fillna("—").value_counts()
        table.add_row(doc, *(str(kinds.get(k, 0)) for k in ("target", "result", "budget")),
                      ", ".join(f"{o} {n}" for o, n in orgs.items()))
    out.print(table)


@app.command()
def schema(folder: Path = typer.Argument(Path("schemas"), help="where to write the JSON Schemas")):
    """Write the JSON Schema of the Document and Target records."""
    from schemas import json_schemas

    folder.mkdir(parents=True, exist_ok=True)
    for name, s in json_schemas().items():
        (folder / name).write_text(json.dumps(s, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.print(f"wrote {folder / name}")


@app.command()
def compare(
    paths: List[Path] = typer.Argument(..., help="REFERENCE PLAN... (documents or .jsonl of records), "
                                       "or with --parent one FOLDER"),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="write .xlsx, .html, .json, .jsonl or .csv instead of a table"),
    parent: Optional[str] = typer.Option(None, "--parent", help="number of the reference document "
                                         "(e.g. 29-NQ/TU): compare it with every document in FOLDER "
                                         "that says it implements it"),
):
    """Check plans against their parent resolution, target by target."""
    from pipeline.compare import compare_many
    from pipeline.compare.render import WRITERS, print_table, write_rows

    if output is not None and output.suffix.lower() not in WRITERS:
        err.print(f"[red]error:[/red] {output}: unknown output format (use {', '.join(WRITERS)})")
        raise typer.Exit(2)
    if parent is not None:
        from pipeline.compare.folder import MetadataUnavailable, find_family

        if len(paths) != 1 or not paths[0].is_dir():
            err.print("[red]error:[/red] with --parent give exactly one FOLDER")
            raise typer.Exit(2)
        try:
            reference, plans = find_family(parent, paths[0])
        except MetadataUnavailable as e:
            err.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2)
        except LookupError as e:
            err.print(f"[red]error:[/red] {e}")
            raise typer.Exit(1)
        if not plans:
            err.print(f"[red]error:[/red] no document in {paths[0]} says it implements {parent}")
            raise typer.Exit(1)
        err.print(f"{parent}: {reference.source_path}; "
                  f"{len(plans)} plan(s): " + ", ".join(d.source_path for d in plans))
    else:
        if len(paths) < 2:
            err.print("[red]error:[/red] give a REFERENCE and at least one PLAN (or --parent SYMBOL FOLDER)")
            raise typer.Exit(2)
        missing = [p for p in paths if not p.exists()]
        if missing:
            err.print("[red]error:[/red] not found: " + ", ".join(map(str, missing)))
            raise typer.Exit(2)
        reference, plans = paths[0], paths[1:]
    from pipeline.read import ReadError

    try:
        rows = compare_many(reference, plans)
    except (ReadError, ValueError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1)
    if output is None:
        print_table(rows, out)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    write_rows(rows, output)
    err.print(f"{len(rows)} rows → {output}")


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
