"""Component ``structure``: the document's blocks (headings, items, paragraphs) and title.

A thin wrapper around the structure stage (:mod:`pipeline.structure`), so the
extract components find the blocks on the shared :class:`Context`.
"""
from __future__ import annotations

from pipeline.extract.base import Context
from pipeline.structure import parse


def find_structure(ctx: Context) -> None:
    """Parse the normalized text; remember the title's stretches and its text.

    >>> from pipeline.extract import run
    >>> run("KẾ HOẠCH\\nThực hiện Nghị quyết", until="structure").title_text
    'kế hoạch thực hiện nghị quyết'
    """
    ctx.structure = parse(ctx.norm.text)
    ctx.title_ranges = [(ctx.structure.blocks[i].start, ctx.structure.blocks[i].end) for i in ctx.structure.title]
    ctx.title_text = " ".join(ctx.low[s:e] for s, e in ctx.title_ranges)
