"""The base model of every data file: unknown keys are errors, values are frozen."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """A data-file model: a misspelt key is an error, not a silently ignored entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)
