"""The extract stage as spaCy components: what each one reads and writes.

Each component is a ``@Language.factory`` whose ``requires``/``assigns``
name ``doc._.chitieu_<name>`` attributes: a field of every quantity
(``doc._.chitieu_comparator`` is the list of the quantities' comparators) or
a part of the document's state (``doc._.chitieu_quantities``). The order is
derived from the declarations, and :func:`build` refuses a pipeline where a
prerequisite is missing, a field has two writers that do not know of each
other, or the order is circular. While a component runs, a write to a field
it did not declare raises :class:`PipelineError`.

To add a component: write ``pipeline/extract/<name>.py`` with a function
``(ctx: Context) -> None``, add a :class:`Component` row to ``COMPONENTS``
naming what it requires and assigns, and give it ``tests/extract/test_<name>.py``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from pipeline.errors import PipelineError
from pipeline.extract import (blocks, budget_parts, change, comparator, counted, document, exclusions, indicator, kind, level,
                              organization, quantities, scope, time_frame)
from pipeline.extract.base import QUANTITY_FIELDS, WRITABLE, Context

if TYPE_CHECKING:  # (spaCy is imported when the pipeline is built, not at import)
    from spacy.language import Language

PREFIX = "chitieu_"


@dataclass(frozen=True)
class Component:
    """One step of the extract stage and the attributes it reads and writes."""

    name: str
    func: Callable[[Context], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


COMPONENTS: tuple[Component, ...] = (
    Component("structure", blocks.find_structure, (), ("structure", "title_ranges", "title_text")),
    Component("document", document.find_document_context, ("structure", "title_ranges"), ("document",)),
    Component("quantities", quantities.find_quantities, ("structure",), ("candidates",)),
    Component("exclusions", exclusions.drop_exclusions, ("candidates",), ("quantities",)),
    Component("scope", scope.find_scopes, ("quantities", "document"), ("scope",)),
    Component("counted", counted.find_counted, ("quantities",), ("counted",)),
    Component("comparator", comparator.find_comparators, ("scope",), ("comparator", "comparator_source")),
    Component("change", change.find_change, ("comparator", "comparator_source", "counted"),
              ("change", "comparator", "comparator_source")),
    Component("organization", organization.find_organizations, ("scope", "counted", "title_text", "document"),
              ("orgs", "org_source", "evidence")),
    Component("kind", kind.find_kind, ("scope", "counted", "document", "evidence"), ("kind", "evidence")),
    Component("time", time_frame.find_time, ("scope", "kind", "part_of", "title_ranges", "document", "evidence"),
              ("deadline_year", "period", "frequency", "evidence")),
    Component("budget_parts", budget_parts.find_budget_parts, ("kind",), ("part_of", "kind")),
    Component("level", level.find_level, ("scope", "counted"), ("level",)),
    Component("indicator", indicator.find_indicator, ("scope", "counted", "kind", "orgs"), ("indicator",)),
)

_CONTEXT_FIELDS = frozenset(f.name for f in fields(Context))


def _attr(name: str) -> str:
    return f"doc._.{PREFIX}{name}"


def order(components: tuple[Component, ...] = COMPONENTS) -> list[Component]:
    """The components in an order where each runs after what it requires.

    Ties keep the listing order. Raises :class:`PipelineError` on an unknown
    attribute, a prerequisite nobody assigns, two writers of a field where the later one does not require
    it (and so cannot know it refines it), or a circular dependency.
    """
    for c in components:
        for n in c.requires + c.assigns:
            if n not in QUANTITY_FIELDS and n not in _CONTEXT_FIELDS:
                raise PipelineError(f"component {c.name!r} names {n!r}: neither a Quantity field nor a Context part")
    writers: dict[str, list[Component]] = {}
    for c in components:
        for n in c.assigns:
            writers.setdefault(n, []).append(c)
    for c in components:
        missing = [n for n in c.requires if not any(w is not c for w in writers.get(n, []))]
        if missing:
            raise PipelineError(f"component {c.name!r} requires {missing}, which no other component assigns")
    # c depends on every writer of what it requires; a refiner (it also
    # assigns the field) on the field's owner, the writer that does not require it
    deps: dict[str, set[str]] = {}
    for c in components:
        deps[c.name] = set()
        for n in c.requires:
            ws = writers.get(n, [])
            deps[c.name] |= {w.name for w in ws if w is not c and (c not in ws or n not in w.requires)}
    for n, ws in writers.items():
        refiners = [w for w in ws if n in w.requires]
        if len(ws) - len(refiners) > 1:
            names = ", ".join(w.name for w in ws)
            raise PipelineError(f"{n!r} is assigned by {names}: all but one must also require it (refine it)")
    done: list[Component] = []
    left = list(components)
    while left:
        ready = next((c for c in left if deps[c.name] <= {d.name for d in done}), None)
        if ready is None:
            raise PipelineError("circular requirements between " + ", ".join(c.name for c in left))
        done.append(ready)
        left.remove(ready)
    return done


class _Pipe:
    """A spaCy pipe around one component: it may write only what it assigns."""

    def __init__(self, component: Component):
        self.component = component
        self.writable = frozenset(n for n in component.assigns if n in QUANTITY_FIELDS)

    def __call__(self, doc):
        ctx = doc._.get(PREFIX + "context")
        token = WRITABLE.set(self.writable)
        try:
            self.component.func(ctx)
        finally:
            WRITABLE.reset(token)
        return doc


def _getter(name: str):
    if name in QUANTITY_FIELDS:
        return lambda doc: [getattr(q, name) for q in doc._.get(PREFIX + "context").quantities]
    return lambda doc: getattr(doc._.get(PREFIX + "context"), name)


@lru_cache(maxsize=1)
def _register() -> None:
    """Doc extensions and spaCy factories, registered once per process."""
    # spaCy is imported here, not at the top: it costs ~0.6 s, which every
    # `chitieu --help` would pay through `import pipeline`
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension(PREFIX + "context"):
        Doc.set_extension(PREFIX + "context", default=None)
    for c in COMPONENTS:
        for n in c.requires + c.assigns:
            if not Doc.has_extension(PREFIX + n):
                Doc.set_extension(PREFIX + n, getter=_getter(n))
        if not Language.has_factory(PREFIX + c.name):
            Language.factory(PREFIX + c.name, assigns=[_attr(n) for n in c.assigns],
                             requires=[_attr(n) for n in c.requires],
                             func=lambda nlp, name, c=c: _Pipe(c))


def carrier(nlp, text: str):
    """The ``Doc`` the components run on: the whole normalized text as one token.

    The components match characters (regexes, underthesea words on the
    stretches that need them) and never read spaCy tokens; tokenizing the whole
    text with spaCy cost about 30% of the extraction time (measured with
    cProfile on the bundled corpus), for tokens nobody used. ``doc.text`` is
    still exactly the text the offsets index.
    """
    from spacy.tokens import Doc  # see _register

    return Doc(nlp.vocab, words=[text] if text else [], spaces=[False] if text else [])


@lru_cache(maxsize=1)
def build() -> Language:
    """The extract pipeline: a blank spaCy pipeline with the components in derived order.

    >>> [name for name in build().pipe_names][:3]
    ['chitieu_structure', 'chitieu_document', 'chitieu_quantities']
    """
    import spacy  # see _register

    _register()
    nlp = spacy.blank("xx")
    nlp.max_length = 10**9  # document size is limited where files are read, not here
    for c in order():
        nlp.add_pipe(PREFIX + c.name)
    problems = {k: v for k, v in nlp.analyze_pipes()["problems"].items() if v}
    if problems:
        raise PipelineError(f"pipeline requirements not met: {problems}")
    return nlp
