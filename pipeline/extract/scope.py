"""What governs each quantity: the stretches of text a component looks at,
from the value's own clause outwards.

Computed once per quantity by the ``scope`` component and read by every
component after it, so they all walk the same context: earlier clauses of the
sentence, lead-ins ending with ":", parent items, headings, the title.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from pipeline.extract.base import Context, Quantity, Range
from pipeline.extract.mentions import first_group
from pipeline.structure import Block
from pipeline.lexicon import compiled


@dataclass
class Scope:
    """The stretches that govern one quantity, nearest first (normalized offsets)."""

    clause: Range
    clauses_before: list[Range] = field(default_factory=list)  # earlier clauses of the sentence
    sentence_lead_ins: list[Range] = field(default_factory=list)  # those ending with ":"
    lead_ins: list[Range] = field(default_factory=list)  # sentence lead-ins, then parent items
    headings: list[Range] = field(default_factory=list)
    previous_sentences: "_SentencesBefore | list[Range]" = field(default_factory=list)
    subject_scope: list[Range] = field(default_factory=list)  # earlier clauses about the same subject
    opening: list[Range] = field(default_factory=list)  # "Phấn đấu đến năm 2025, ..." framing the sentence

    @property
    def parent_lead_ins(self) -> list[Range]:
        """Lead-ins from parent items and paragraphs (not of the sentence itself)."""
        return self.lead_ins[len(self.sentence_lead_ins):]


_SUBJECT_REACH = 12


class _SentencesBefore:
    """The earlier sentences of a block, nearest first, made only when someone reads
    them (a block of thousands of sentences would otherwise cost quadratic time)."""

    def __init__(self, block: Block, index: int):
        self.block, self.index = block, index

    def __iter__(self):
        for s in reversed(self.block.sentences[: self.index]):
            yield (s.start, s.end)


def ancestors(ctx: Context, block: Block):
    """The block's parents, nearest first."""
    p = block.parent
    while p is not None:
        b = ctx.structure.blocks[p]
        yield b
        p = b.parent


def _lead_in_ranges(ctx: Context, q: Quantity, sentence_lead_ins: list[Range]) -> list[Range]:
    """Lead-ins of the sentence, then parent items/paragraphs (whole when they
    hold no value of their own, else only what follows their last ':')."""
    out = list(sentence_lead_ins)
    for b in ancestors(ctx, q.block):
        if b.kind in ("heading", "title"):
            continue
        own = ctx.by_block.get(b.index, [])
        if not own:
            out.append((b.start, b.end))
        else:
            colon = ctx.low.rfind(":", b.start, b.end)
            if colon > max(x.end for x in own):
                out.append((colon + 1, b.end))
            break  # a parent with values of its own ends the chain of lead-ins
    return out


def _subject_scope(ctx: Context, q: Quantity) -> list[Range]:
    """Earlier clauses of the sentence that still speak of the same subject:
    none if the clause names its own subject; else back to (and including)
    the nearest clause that names one."""
    if first_group(ctx.low, q.clause.start, q.start):
        return []
    out = []
    clauses = q.block.sentences[q.sentence_index].clauses
    # a subject named further back than _SUBJECT_REACH clauses governs no more (and a
    # list of hundreds of clauses in one sentence stays linear)
    for c in reversed(clauses[max(0, q.clause_index - _SUBJECT_REACH): q.clause_index]):
        if c.lead_in:
            continue
        out.append((c.start, c.end))
        if first_group(ctx.low, c.start, c.end):
            break
    return out


def _opening(ctx: Context, q: Quantity) -> list[Range]:
    """"Phấn đấu đến năm 2025, X đạt 85%; Y đạt 90%": the opening of the
    sentence, up to its first comma, frames every clause after it."""
    if q.clause_index == 0:
        return []
    first = q.block.sentences[q.sentence_index].clauses[0]
    comma = ctx.low.find(",", first.start, first.end)
    # (past a connective that spells out what came before: "Cụ thể, đến năm 2030, ...")
    if comma >= 0 and compiled("kinds", "elaboration_openers").fullmatch(ctx.low[first.start:comma].strip(" -*•")):
        comma = ctx.low.find(",", comma + 1, first.end)
    if comma < 0 or ctx.first_value_in(q.block.index, first.start, comma, -1) >= 0:
        return []
    # a frame stands before the subject: "Hội Cựu chiến binh hằng năm có 95% ..." is not one
    return [] if first_group(ctx.low, first.start, comma) else [(first.start, comma)]


def scope_of(ctx: Context, q: Quantity) -> Scope:
    """Everything that governs q.

    >>> from pipeline.extract import run
    >>> ctx = run("Phấn đấu hằng năm:\\n- Hội Nông dân đạt 90%.", until="scope")
    >>> ctx.quantities[0].scope.lead_ins != []
    True
    """
    sent = q.block.sentences[q.sentence_index]
    before = list(reversed(sent.clauses[: q.clause_index]))
    lead = [(c.start, c.end) for c in before if c.lead_in]
    return Scope(
        clause=(q.clause.start, q.clause.end),
        clauses_before=[(c.start, c.end) for c in before],
        sentence_lead_ins=lead,
        lead_ins=_lead_in_ranges(ctx, q, lead),
        headings=[(b.start, b.end) for b in ancestors(ctx, q.block) if b.kind == "heading"],
        previous_sentences=_SentencesBefore(q.block, q.sentence_index),
        subject_scope=_subject_scope(ctx, q),
        opening=_opening(ctx, q),
    )


def find_scopes(ctx: Context) -> None:
    """Component ``scope``: the governing stretches of every quantity, once."""
    for q in ctx.quantities:
        q.scope = scope_of(ctx, q)


# ------------------------------------------------ stretches that need what is counted

def counted_span(ctx: Context, x: Quantity) -> Optional[Range]:
    """Where the value's counted phrase is written, if it has one."""
    i = ctx.norm.text.find(x.counted, x.end, x.clause.end) if x.counted else -1
    return (i, i + len(x.counted)) if i >= 0 else None


def stretch_before(ctx: Context, q: Quantity) -> Range:
    """From the previous value of the clause (past what it counts) to this one."""
    before = [x for x in ctx.clause_values(q) if x.end <= q.start]
    if not before:
        return (q.clause.start, q.start)
    prev = max(before, key=lambda x: x.start)
    end = max((counted_span(ctx, prev) or (0, prev.end))[1], prev.end)
    return (min(end, q.start), q.start)


def own_ranges(ctx: Context, q: Quantity) -> list[Range]:
    """Where a clause speaks of this value and no other: what it counts, the
    stretch since the previous value, the clause's opening before its first
    value (a subject all its values share), and for the clause's last value
    what follows it."""
    same = ctx.clause_values(q)
    out = []
    own = counted_span(ctx, q)
    if own:
        out.append(own)
    out.append(stretch_before(ctx, q))
    if same and same[0] is not q:
        out.append((q.clause.start, same[0].start))
    if same and same[-1] is q:  # "đạt 90% trở lên ở cấp xã": the rest of the clause is its own
        out.append((q.end, q.clause.end))
    return out
