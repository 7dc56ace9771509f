"""What every format reader returns, in a module of its own so the readers and
the dispatcher in :mod:`pipeline.formats` import it without a cycle."""
from __future__ import annotations

from dataclasses import dataclass

#: Largest file read at all; bigger ones are refused before parsing (bytes).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Largest text one document may give, in characters. Extraction holds about
#: 150 bytes per character at its peak (measured: 800 MB for 4 million), so
#: 5 million characters (some 2,000 pages) keep a worker under 1 GB; above
#: it the file is an error that says so, never a machine that swaps.
MAX_TEXT_CHARS = 5_000_000
#: Largest file of a format whose reader's memory grows with its bytes: a text
#: file needs at most 4 bytes a character, a web page's parse tree is ~10x its size.
MAX_BYTES = {"txt": 4 * MAX_TEXT_CHARS, "html": 32 * 1024 * 1024}


def too_long(n_chars: int) -> str:
    """The reason given for a document over :data:`MAX_TEXT_CHARS`.

    >>> too_long(7_200_000)
    'text too long (7.2 million characters, limit 5 million): split the document'
    """
    return f"text too long ({n_chars / 1e6:.1f} million characters, limit {MAX_TEXT_CHARS / 1e6:g} million): " \
        "split the document"


@dataclass
class Extracted:
    """Text read from a file, with how it was read.

    >>> Extracted("Hội Nông dân đạt 90%", "txt", "utf-8").format
    'txt'
    """

    text: str
    format: str
    encoding: str | None = None
