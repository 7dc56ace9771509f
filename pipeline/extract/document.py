"""Component ``document``: the document's own context, read once before the figures.

Placeholder until the context stage lands (who sets the figures, when, the genre).
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.base import Context


@dataclass
class DocumentContext:
    """What the whole document says about its figures."""


def find_document_context(ctx: Context) -> None:
    """The document's context."""
    ctx.document = DocumentContext()
