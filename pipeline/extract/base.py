"""Shared state of the extract stage: the quantities and the document they sit in.

A :class:`Quantity` is one number mention; each component fills the fields it
declares (see :mod:`pipeline.extract.components`). While a component runs, a
write to a field it did not declare raises :class:`PipelineError`, so the
declarations cannot drift from what the code does.
"""
from __future__ import annotations

from contextvars import ContextVar
import re
from bisect import bisect_left
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from typing import Any, Optional

from pipeline.errors import PipelineError
from pipeline.normalize import NormalizedText
from pipeline.structure import Block, Clause, DocStructure
from schemas import Document

Range = tuple[int, int]
_RX_NEWLINE = re.compile("\n")


@dataclass
class Evidence:
    """Where a field's value came from: the step that decided it and the deciding words."""

    source: str  # clause, lead-in, heading, document, ...
    span: Optional[Range] = None  # normalized offsets of the deciding words


#: the Quantity fields the running component may write (None: no component runs);
#: a context variable, so two threads extracting at once each have their own
WRITABLE: ContextVar[Optional[frozenset]] = ContextVar("chitieu_writable", default=None)


class _Guarded:
    """Refuses writes to fields the running component has not declared.

    The pipeline sets :data:`WRITABLE` while a component runs; the check
    starts once an object is built (``_sealed``).
    """

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sealed", True)

    def __setattr__(self, name: str, value: Any) -> None:
        # (the seal first: building an object sets every field, and costs no context lookup)
        allowed = WRITABLE.get() if self.__dict__.get("_sealed") else None
        if allowed is not None and name not in allowed:
            raise PipelineError(f"a component wrote Quantity.{name} without declaring it (it may write {sorted(allowed)})")
        object.__setattr__(self, name, value)


@dataclass(eq=False)
class Quantity(_Guarded):
    """One quantity mention and what the components learned about it.

    Offsets are into the normalized text; records map them back to the file.
    """

    start: int
    end: int
    value: float
    value_max: Optional[float]
    denominator: Optional[float]
    unit: str
    clause: Clause
    sentence_index: int
    clause_index: int
    block: Block
    is_range: bool = False  # "8 - 12", "từ 8 đến 12"
    match: Any = None  # the regex match of the mention (None for spelled numbers)
    table_row: Any = None  # (cells, index of the value's cell) when the value fills a table cell
    scope: Any = None  # pipeline.extract.scope.Scope
    counted: str = ""
    comparator: Optional[str] = None
    comparator_source: str = ""
    change: Optional[str] = None
    orgs: list = field(default_factory=list)
    org_source: str = ""
    kind: str = "target"
    deadline_year: Optional[int] = None
    period: Optional[tuple[int, int]] = None
    frequency: Optional[str] = None
    level: Optional[str] = None
    indicator: str = "other"
    part_of: Optional[Range] = None  # a budget part: the span of its total
    evidence: dict = field(default_factory=dict)  # field → Evidence

    @classmethod
    def found(cls, **values: Any) -> "Quantity":
        """A new mention, as ``Quantity(**values)`` builds it, without the write check on
        each of its fields (building the candidates that way cost ~2% of the extraction).

        >>> mention = dict(start=0, end=3, value=90.0, value_max=None, denominator=None, unit="percent",
        ...                clause=None, sentence_index=0, clause_index=0, block=None, kind="result")
        >>> a, b = Quantity.found(**mention), Quantity(**mention)
        >>> list(vars(a).items()) == list(vars(b).items()) and a.orgs is not b.orgs
        True
        """
        template, required, factories = _layout()
        if not values.keys() >= required or not values.keys() <= template.keys():
            return cls(**values)  # (the constructor's own error)
        q = object.__new__(cls)
        d = q.__dict__
        d.update(template)  # every field in declaration order, as __init__ sets them
        for name, make in factories:
            d[name] = make()
        d.update(values)
        d["_sealed"] = True
        return q


#: the fields components fill (the rest is set when the mention is found)
QUANTITY_FIELDS = frozenset(f.name for f in fields(Quantity))


@lru_cache(maxsize=1)
def _layout() -> tuple[dict, frozenset, tuple]:
    """Quantity's fields with their defaults, its required fields and its default factories."""
    fs = fields(Quantity)
    template = {f.name: None if f.default is MISSING else f.default for f in fs}
    required = frozenset(f.name for f in fs if f.default is MISSING and f.default_factory is MISSING)
    factories = tuple((f.name, f.default_factory) for f in fs if f.default_factory is not MISSING)
    return template, required, factories


@dataclass
class Context:
    """A document being extracted: its text forms, structure and quantities.

    ``low`` is the lower-cased normalized text (same length): all matching
    runs on it.
    """

    doc: Document
    norm: NormalizedText
    low: str
    structure: Optional[DocStructure] = None
    title_text: str = ""
    candidates: list[Quantity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    by_block: dict[int, list[Quantity]] = field(default_factory=dict)  # block index → its values
    by_clause: dict[int, list[Quantity]] = field(default_factory=dict)  # id(clause) → its values
    title_ranges: list[Range] = field(default_factory=list)
    document: Any = None  # pipeline.extract.document_context.DocumentContext
    table_rows: dict[int, Any] = field(default_factory=dict)  # line start → its cells, or None: not a table row
    _newlines: Optional[list[int]] = None
    _starts: dict[int, list[int]] = field(default_factory=dict)

    def line(self, pos: int) -> Range:
        """The line of the normalized text that holds ``pos`` (found by bisection, so a
        document that is one giant line costs no more than one with line breaks)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _RX_NEWLINE.finditer(self.low)]
        i = bisect_left(self._newlines, pos)
        start = self._newlines[i - 1] + 1 if i > 0 else 0
        end = self._newlines[i] if i < len(self._newlines) else len(self.low)
        return start, end

    def first_value_in(self, block_index: int, s: int, e: int, default: int) -> int:
        """Where the first value of a block within [s, e) starts, or ``default``."""
        qs = self.by_block.get(block_index, [])
        starts = self._starts.setdefault(block_index, [q.start for q in qs])
        i = bisect_left(starts, s)
        return starts[i] if i < len(starts) and starts[i] < e else default

    def index(self, quantities: list[Quantity]) -> None:
        """Accept the quantities (in text order) and index them by block and clause."""
        self.quantities = sorted(quantities, key=lambda q: q.start)
        self.by_block, self.by_clause = {}, {}
        for q in self.quantities:
            self.by_block.setdefault(q.block.index, []).append(q)
            self.by_clause.setdefault(id(q.clause), []).append(q)

    def clause_values(self, q: Quantity) -> list[Quantity]:
        """The values of q's clause, in text order."""
        return self.by_clause[id(q.clause)]

    def next_start(self, q: Quantity) -> int:
        """Where the next value of q's clause starts (or the clause's end)."""
        return next((x.start for x in self.by_clause[id(q.clause)] if x.start > q.start), q.clause.end)
