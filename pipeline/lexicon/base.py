"""The base model of every data file: unknown keys are errors, values are frozen."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """A data-file model: a misspelt key is an error, not a silently ignored entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def require_keys(what: str, have, want) -> None:
    """Raise when a data file's mapping lacks entries the code needs (the message names them).

    >>> require_keys("verdicts", {"same": 1}, ["same"])
    """
    lacking = set(want) - set(have)
    if lacking:
        raise ValueError(f"{what}: missing {sorted(lacking)}")
