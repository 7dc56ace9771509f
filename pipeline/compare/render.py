"""Comparison rows → terminal table, .xlsx, .html, .json/.jsonl, .csv.

Each plan is its own table, sheet or section, named by its document and the
path it was read from (two plans named alike in two folders stay apart). Rows
a person should check (below the confidence line, or a missing target the plan
may state in other words) are marked in every format. Labels, colours and
column headers come from ``compare_reasons.yaml``.
"""
from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

from rich.console import Console
from rich.table import Table

from schemas import ComparisonRow
from pipeline.values import number
from pipeline.compare.wording import VERDICTS, wording

#: Columns of the human-readable tables (keys of ``columns`` in the YAML).
TABLE_COLUMNS = ("verdict", "org", "indicator", "ref_value", "plan_value", "reason",
                 "ref_quote", "plan_quote", "ref_span", "plan_span",
                 "review", "score", "matched", "repeats", "result")
#: The column that says which parent a row answers, when a plan answers several.
PARENT_COLUMN = "ref_doc"


def _side_value(text: str, time: str) -> str:
    return ", ".join(x for x in (text, time) if x)


def _span(span) -> str:
    return "" if span is None else f"{span[0]}–{span[1]}"


def _result(row: ComparisonRow) -> str:
    if row.result_span is None:
        return ""
    w = wording()
    met = {True: w.review["result_met"], False: w.review["result_not_met"]}.get(row.result_met)
    return f"{row.result_text} ({met})" if met else row.result_text


def table_cells(row: ComparisonRow) -> dict[str, str]:
    """The human-readable cells of one row, keyed by :data:`TABLE_COLUMNS` (and the parent)."""
    w = wording()
    return {
        "verdict": w.verdicts[row.verdict].label,
        "org": w.orgs[row.org] if row.org else "",
        "indicator": w.indicators[row.indicator],
        "ref_value": _side_value(row.ref_text, row.ref_time),
        "plan_value": _side_value(row.plan_text, row.plan_time),
        "reason": row.reason,
        "ref_quote": row.ref_quote,
        "plan_quote": row.plan_quote,
        "ref_span": _span(row.ref_span),
        "plan_span": _span(row.plan_span),
        "review": row.review_reason,
        "score": "" if row.score is None else number(round(row.score, 2)),
        "matched": ", ".join(row.matched),
        "repeats": "; ".join(_span(s) for s in row.plan_repeats),
        "result": _result(row),
        PARENT_COLUMN: row.ref_doc,
    }


def plan_key(row: ComparisonRow) -> tuple[str, str]:
    """What makes a plan one table: its document and its path."""
    return row.plan_doc, row.plan_path or ""


def _by_plan(rows: Iterable[ComparisonRow]) -> dict[tuple[str, str], list[ComparisonRow]]:
    groups: dict[tuple[str, str], list[ComparisonRow]] = {}
    for r in rows:
        groups.setdefault(plan_key(r), []).append(r)
    return groups


def _columns(group: list[ComparisonRow]) -> tuple[str, ...]:
    parents = {r.ref_doc for r in group if r.ref_span is not None}
    return TABLE_COLUMNS + ((PARENT_COLUMN,) if len(parents) > 1 else ())


def plan_title(plan: tuple[str, str], group: list[ComparisonRow]) -> str:
    """"Kế hoạch kh01 (huyen_a/kh01.docx) ↔ Văn bản cấp trên nq29 (nq29.docx)"."""
    w = wording()
    doc, path = plan
    parents = {}
    for r in group:
        if r.ref_span is not None:
            parents.setdefault(r.ref_doc, r.ref_path)
    named = ", ".join(f"{d} ({p})" if p else d for d, p in parents.items()) or group[0].ref_doc
    return f"{w.titles['plan']} {doc}{f' ({path})' if path else ''} ↔ {w.titles['reference']} {named}"


def counts(rows: Iterable[ComparisonRow]) -> dict[tuple[str, str], Counter]:
    """Verdict counts per plan (document and path)."""
    return {plan: Counter(r.verdict for r in group) for plan, group in _by_plan(rows).items()}


# --- terminal --------------------------------------------------------------

def print_table(rows: list[ComparisonRow], console: Optional[Console] = None) -> None:
    """A rich table per plan, each row coloured by its verdict (rows to check marked), then the counts."""
    console = console or Console()
    w = wording()
    if not rows:
        console.print(w.titles["no_rows"])
        return
    for plan, group in _by_plan(rows).items():
        table = Table(title=plan_title(plan, group), show_lines=True)
        shown = ("verdict", "org", "indicator", "ref_value", "plan_value", "reason")
        shown += tuple(c for c in _columns(group) if c == PARENT_COLUMN)
        for col in shown:
            table.add_column(w.columns[col], overflow="fold", max_width=50 if col == "reason" else 24)
        for r in group:
            cells = table_cells(r)
            if r.needs_review:  # the verdict cell says so, the reason says why
                cells["verdict"] = f"⚑ {cells['verdict']}"
                cells["reason"] = f"{cells['reason']}\n⚑ {r.review_reason}"
            table.add_row(*(cells[c] for c in shown), style=w.verdicts[r.verdict].style)
        console.print(table)
        c = counts(group)[plan]
        flagged = sum(r.needs_review for r in group)
        console.print("  ".join([f"[{w.verdicts[v].style}]{w.verdicts[v].label}: {c[v]}[/]"
                                 for v in VERDICTS if c[v]] + ([f"⚑ {w.columns['review']}: {flagged}"]
                                                                if flagged else [])))


# --- machine formats -------------------------------------------------------

def write_jsonl(rows: list[ComparisonRow], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r.record(), ensure_ascii=False) + "\n")


def write_json(rows: list[ComparisonRow], path: Path) -> None:
    """A JSON array, one row per line."""
    body = ",\n".join(json.dumps(r.record(), ensure_ascii=False) for r in rows)
    Path(path).write_text("[\n" + body + ("\n" if rows else "") + "]\n", encoding="utf-8")


def _csv_cell(v):
    if isinstance(v, (list, tuple)):
        return "-".join(str(x) for x in v)
    return "" if v is None else v


def write_csv(rows: list[ComparisonRow], path: Path) -> None:
    """CSV in the row's field names (UTF-8 with BOM so spreadsheets show Vietnamese)."""
    fields = list(ComparisonRow.model_fields)
    buf = io.StringIO()
    out = csv.DictWriter(buf, fieldnames=fields)
    out.writeheader()
    for r in rows:
        out.writerow({k: _csv_cell(v) for k, v in r.record().items()})
    Path(path).write_text(buf.getvalue(), encoding="utf-8-sig")


# --- .xlsx -----------------------------------------------------------------

def _sheet_title(name: str, taken: set[str]) -> str:
    base = "".join("_" if c in "[]:*?/\\" else c for c in name)[:31] or "plan"
    title, n = base, 1
    while title.lower() in taken:
        n += 1
        title = f"{base[:25]}_{n}"
    taken.add(title.lower())
    return title


def _landscape(ws) -> None:
    """Print (and convert to PDF) landscape, one page wide."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


#: Column widths of the sheets, in characters.
WIDTHS = {"verdict": 18, "org": 20, "indicator": 28, "ref_value": 24, "plan_value": 24, "reason": 60,
          "ref_quote": 60, "plan_quote": 60, "ref_span": 12, "plan_span": 12, "review": 30, "score": 10,
          "matched": 30, "repeats": 16, "result": 24, PARENT_COLUMN: 24}
#: Fill of a "to check" cell.
REVIEW_FILL = "FFEB9C"


def _sheet_names(plans: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A sheet name per plan: its document, with its folder when two plans share a name."""
    docs = Counter(doc for doc, _ in plans)
    return {(doc, path): (f"{doc} ({Path(path).parent.name or Path(path).name})"
                          if docs[doc] > 1 and path else doc) for doc, path in plans}


def write_xlsx(rows: list[ComparisonRow], path: Path) -> None:
    """One sheet per plan (verdict column coloured, rows to check marked, header frozen,
    autofilter on), then a summary sheet: each plan's path, sheet and verdict counts."""
    from openpyxl import Workbook  # measured: 0.18 s to import, and only .xlsx needs it
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def solid(color: str) -> PatternFill:
        return PatternFill("solid", start_color=color, end_color=color)

    w = wording()
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    header_font = Font(bold=True)
    groups = _by_plan(rows)
    names = _sheet_names(list(groups))
    summary = wb.create_sheet(_sheet_title(w.titles["summary_sheet"], taken))
    sheets = {}
    for plan, group in groups.items():
        cols = _columns(group)
        ws = wb.create_sheet(_sheet_title(names[plan], taken))
        sheets[plan] = ws.title
        ws.append([w.columns[c] for c in cols])
        for cell in ws[1]:
            cell.font = header_font
        review_col = cols.index("review") + 1
        for r in group:
            cells = table_cells(r)
            ws.append([cells[c] for c in cols])
            ws.cell(row=ws.max_row, column=1).fill = solid(w.verdicts[r.verdict].color)
            if r.needs_review:
                ws.cell(row=ws.max_row, column=review_col).fill = solid(REVIEW_FILL)
        for i, col in enumerate(cols, 1):
            ws.column_dimensions[get_column_letter(i)].width = WIDTHS[col]
        for line in ws.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            # LibreOffice does not grow rows for wrapped text by itself: estimate the lines.
            lines = max(-(-len(str(c.value or "")) // max(1, int(WIDTHS[col] * 1.1)))
                        for c, col in zip(line, cols))
            ws.row_dimensions[line[0].row].height = 15 * max(1, lines)
        ws.freeze_panes = "A2"
        _landscape(ws)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{ws.max_row}"
    head = [w.columns["plan_doc"], w.columns["path"], w.columns["sheet"]]
    summary.append(head + [w.verdicts[v].label for v in VERDICTS] + [w.columns["review"], w.columns["total"]])
    for i, v in enumerate(VERDICTS, len(head) + 1):
        summary.cell(row=1, column=i).fill = solid(w.verdicts[v].color)
    for cell in summary[1]:
        cell.font = header_font
    for plan, c in counts(rows).items():
        flagged = sum(r.needs_review for r in groups[plan])
        summary.append([plan[0], plan[1], sheets[plan]] + [c[v] for v in VERDICTS]
                       + [flagged, sum(c.values())])
    for i, width in enumerate([30, 40, 30] + [14] * (len(VERDICTS) + 2), 1):
        summary.column_dimensions[get_column_letter(i)].width = width
    summary.freeze_panes = "B2"
    _landscape(summary)
    wb.save(path)


# --- .html -----------------------------------------------------------------

def highlight(quote: str, mention: str) -> str:
    """The quote, escaped, with the quantity mention marked.

    >>> highlight("đạt <b>90%</b> trở lên", "90%")
    'đạt &lt;b&gt;<mark>90%</mark>&lt;/b&gt; trở lên'
    """
    at = quote.find(mention) if mention else -1
    if at < 0:
        return html.escape(quote)
    return (html.escape(quote[:at]) + "<mark>" + html.escape(mention) + "</mark>"
            + html.escape(quote[at + len(mention):]))


_CSS = """
body{font-family:system-ui,"Segoe UI",Arial,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2em;font-size:14px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;position:sticky;top:0}
mark{background:#ffe066;font-weight:bold}
.counts span{display:inline-block;padding:2px 8px;margin:2px;border-radius:3px}
tr.review td:nth-child(11){background:#FFEB9C;font-weight:bold}
tr.review td:first-child::before{content:"⚑ "}
"""


def render_html(rows: list[ComparisonRow]) -> str:
    """A self-contained HTML report, a section per plan; every piece of document text is escaped."""
    w = wording()
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
             f"<title>{e(w.titles['report'])}</title><style>{_CSS}</style></head><body>",
             f"<h1>{e(w.titles['report'])}</h1>"]
    if not rows:
        parts.append(f"<p>{e(w.titles['no_rows'])}</p>")
    for plan, group in _by_plan(rows).items():
        cols = _columns(group)
        parts.append(f"<section><h2>{e(plan_title(plan, group))}</h2>")
        c = counts(group)[plan]
        parts.append('<p class="counts">' + "".join(
            f'<span style="background:#{w.verdicts[v].color}">{e(w.verdicts[v].label)}: {c[v]}</span>'
            for v in VERDICTS if c[v]) + "</p>")
        parts.append("<table><thead><tr>" + "".join(
            f"<th>{e(w.columns[col])}</th>" for col in cols) + "</tr></thead><tbody>")
        for r in group:
            cells = {k: e(v) for k, v in table_cells(r).items()}
            cells["ref_quote"] = highlight(r.ref_quote, r.ref_mention)
            cells["plan_quote"] = highlight(r.plan_quote, r.plan_mention)
            color = w.verdicts[r.verdict].color
            review = ' class="review"' if r.needs_review else ""
            parts.append(f'<tr data-verdict="{e(r.verdict)}"{review}>' + "".join(
                (f'<td style="background:#{color}">{cells[col]}</td>' if col == "verdict"
                 else f"<td>{cells[col]}</td>") for col in cols) + "</tr>")
        parts.append("</tbody></table></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(rows: list[ComparisonRow], path: Path) -> None:
    Path(path).write_text(render_html(rows), encoding="utf-8")


WRITERS: dict[str, Callable[[list[ComparisonRow], Path], None]] = {
    ".jsonl": write_jsonl, ".json": write_json, ".csv": write_csv,
    ".xlsx": write_xlsx, ".html": write_html, ".htm": write_html,
}


def write_rows(rows: list[ComparisonRow], path: Path | str) -> None:
    """Write rows in the format the file's extension names.

    >>> write_rows([], "so_sanh.doc")
    Traceback (most recent call last):
    ...
    ValueError: so_sanh.doc: unknown output format (use .jsonl, .json, .csv, .xlsx, .html, .htm)
    """
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path}: unknown output format (use {', '.join(WRITERS)})")
    writer(list(rows), path)
