"""What every format reader returns, in a module of its own so the readers and
the dispatcher in :mod:`pipeline.formats` import it without a cycle."""
from __future__ import annotations

from dataclasses import dataclass

#: Largest file read at all; bigger ones are refused before parsing (bytes).
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class Extracted:
    """Text read from a file, with how it was read.

    >>> Extracted("Hội Nông dân đạt 90%", "txt", "utf-8").format
    'txt'
    """

    text: str
    format: str
    encoding: str | None = None
