"""Pydantic model of the web page's wording (``pipeline/data/web_interface.yaml``)."""
from __future__ import annotations

import string

from pydantic import model_validator

from pipeline.lexicon.base import Strict, require_keys
from schemas import DocType, IssuerLevel, Kind

#: Messages the server itself sends (errors, limits); the templates use ``ui``.
MESSAGE_KEYS = ("too_large", "request_too_large", "wrong_format", "not_zip", "not_pdf", "encrypted",
                "needs_libreoffice", "empty", "no_parent", "no_plan", "too_many", "not_found",
                "parent_failed", "read_failed", "internal")
#: What the progress bar says while a job runs.
STEP_KEYS = ("queued", "read", "extract", "compare", "done")
#: Why a row is marked for a person to check.
REVIEW_KEYS = ("flagged", "low_score", "not_comparable")
#: The placeholders a message may fill.
PLACEHOLDERS = {"name", "size_mb", "limit_mb", "formats", "detail", "max_files", "ttl", "reason",
                "shown", "total", "n", "time", "score"}


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _literal_args(tp) -> tuple[str, ...]:
    return tp.__args__  # type: ignore[attr-defined]


class WebInterface(Strict):
    """The Vietnamese interface of ``chitieu serve``: page texts, messages, labels."""

    ui: dict[str, str]
    messages: dict[str, str]
    steps: dict[str, str]
    review: dict[str, str]
    formats: dict[str, str]
    doc_types: dict[str, str]
    issuer_levels: dict[str, str]
    kinds: dict[str, str]
    metadata_fields: dict[str, str]
    record_fields: dict[str, str]
    row_fields: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> "WebInterface":
        need = require_keys
        need("messages", self.messages, MESSAGE_KEYS)
        need("steps", self.steps, STEP_KEYS)
        need("review", self.review, REVIEW_KEYS)
        need("formats", self.formats, ("txt", "docx", "pdf", "html", "doc"))
        need("doc_types", self.doc_types, _literal_args(DocType))
        need("issuer_levels", self.issuer_levels, _literal_args(IssuerLevel))
        need("kinds", self.kinds, _literal_args(Kind))
        for group in ("ui", "messages", "steps", "review"):
            for key, text in getattr(self, group).items():
                unknown = _placeholders(text) - PLACEHOLDERS
                if unknown:
                    raise ValueError(f"{group}.{key}: unknown placeholders {sorted(unknown)}")
        return self


MODELS = {"web_interface": WebInterface}
