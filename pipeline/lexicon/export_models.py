"""Pydantic model of the export stage's data file, ``export_sheet.yaml``."""
from __future__ import annotations

from pydantic import model_validator

from pipeline.lexicon.base import Strict

#: The spreadsheet's columns (pipeline.export.XLSX_COLUMNS) and record kinds
#: (schemas.Target.kind): the data file must name every one, and no other.
SHEET_COLUMNS = ("doc_id", "section", "amount", "time", "org_name", "indicator", "counted", "level", "kind",
                 "quote", "value", "value_max", "denominator", "unit", "comparator", "change", "deadline_year",
                 "period", "frequency", "org", "span")
KINDS = ("target", "result", "budget")


class ExportSheet(Strict):
    """``export_sheet.yaml``: sheet title, a header per column, a label per kind.

    >>> ExportSheet(title="Chỉ tiêu", columns={c: c for c in SHEET_COLUMNS},
    ...             kinds={k: k for k in KINDS}).kinds["budget"]
    'budget'
    """

    title: str
    columns: dict[str, str]
    kinds: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> "ExportSheet":
        for what, have, want in (("columns", self.columns, SHEET_COLUMNS), ("kinds", self.kinds, KINDS)):
            if set(have) != set(want):
                raise ValueError(f"{what}: missing {sorted(set(want) - set(have))}, "
                                 f"unknown {sorted(set(have) - set(want))}")
        if len(self.title) > 31 or any(c in self.title for c in "[]:*?/\\"):
            raise ValueError("title: an Excel sheet name has at most 31 characters and none of []:*?/\\")
        return self


MODELS = {"export_sheet": ExportSheet}
