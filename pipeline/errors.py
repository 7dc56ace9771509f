"""The errors chitieu raises on purpose; every message names the file and the problem.

One module that imports nothing of the pipeline, so any stage can raise them
without an import cycle.
"""
from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file chitieu cannot turn into text; ``str(err)`` names file and reason.

    >>> str(ReadError("kh.docx", "không phải tệp Word (not a zip)"))
    'kh.docx: không phải tệp Word (not a zip)'
    """

    def __init__(self, path: Path | str, reason: str, stage: str = "read"):
        self.path = str(path)
        self.reason = reason
        self.stage = stage
        super().__init__(f"{self.path}: {reason}")


class LexiconError(ValueError):
    """A data file that does not validate; the message names the file."""


class PipelineError(RuntimeError):
    """The extraction pipeline was put together wrongly (an undeclared write, a missing prerequisite)."""
