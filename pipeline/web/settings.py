"""What an operator can set when starting ``chitieu serve``."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional


@dataclass(frozen=True)
class Settings:
    """Limits of the web application.

    >>> Settings().max_file_bytes // 2**20
    20
    """

    #: Largest file accepted (MB); bigger ones get HTTP 413 and a Vietnamese message.
    max_file_mb: float = 20.0
    #: Minutes a result (and its uploaded files) is kept.
    ttl_minutes: float = 60.0
    #: Plans compared with one parent in one upload.
    max_plans: int = 10
    #: Folder under which each server keeps its uploads (default: the system's temp folder).
    workdir: Optional[Path] = None
    #: An aligned pair scoring below this is marked for a person to check
    #: (used only when the comparison does not say so itself).
    review_score: float = 0.75

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)

    @property
    def ttl_seconds(self) -> float:
        return self.ttl_minutes * 60

    @property
    def max_request_bytes(self) -> int:
        """A whole upload: every file at its limit, plus the form around them."""
        return (self.max_plans + 1) * self.max_file_bytes + 2**20
