"""Progress of a long run: a tqdm bar on a terminal, a plain line every few
seconds in a log, and the lines of bad files in between."""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from tqdm import tqdm


# Characters that would break a message over lines or move the cursor.
_CONTROL = str.maketrans({c: f"\\x{c:02x}" for c in [*range(0x20), 0x7f]} | {0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t"})


def printable(text: str) -> str:
    """Text for one line of a log: control characters (a newline in a file
    name) escaped, bytes that are not UTF-8 shown as ``\\xNN``.

    >>> printable("ke hoach\\n2025.txt")
    'ke hoach\\\\n2025.txt'
    """
    text = str(text).translate(_CONTROL)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _width(stream) -> int:
    """Columns of the terminal (0 for a pseudo-terminal with no size, where tqdm would print nothing)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, AttributeError, ValueError):
        return 0


class Progress:
    """Counts files, bytes, targets and errors as they are done.

    >>> import io
    >>> p = Progress(total_files=2, total_bytes=10, stream=io.StringIO(), interval=0)
    >>> p.advance(files=1, nbytes=5, targets=3); p.line().split(",")[0]
    '1/2 files (50%)'
    """

    def __init__(self, total_files: int, total_bytes: int, stream: TextIO | None = None,
                 interval: float = 10.0, enabled: bool = True, bar: bool | None = None):
        self.stream = stream or sys.stderr
        self.total_files, self.total_bytes = total_files, total_bytes
        self.files = self.bytes = self.targets = self.errors = self.skipped = 0
        self.interval, self.enabled = interval, enabled
        self.t0 = self._last = time.perf_counter()
        isatty = getattr(self.stream, "isatty", lambda: False)()
        self._bar = None
        if enabled and (isatty if bar is None else bar):
            self._bar = tqdm(total=total_files, unit="file", file=self.stream, smoothing=0.1, desc="chitieu",
                             **({"dynamic_ncols": True} if _width(self.stream) else {"ncols": 100, "nrows": 24}))

    def advance(self, files: int = 1, nbytes: int = 0, targets: int = 0, errors: int = 0,
                skipped: int = 0) -> None:
        """Count files done (extracted, copied, skipped or failed)."""
        self.files += files
        self.bytes += nbytes
        self.targets += targets
        self.errors += errors
        self.skipped += skipped
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(files)
            self._bar.set_postfix_str(f"{self.mb_per_s():.2f} MB/s, {self.targets} targets, "
                                      f"{self.errors} errors", refresh=False)
        elif time.perf_counter() - self._last >= self.interval:
            self._last = time.perf_counter()
            print(self.line(), file=self.stream, flush=True)

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def mb_per_s(self) -> float:
        return self.bytes / 2**20 / max(self.elapsed(), 1e-9)

    def line(self) -> str:
        """One plain progress line: files, rate, MB/s, ETA, targets, errors."""
        el = max(self.elapsed(), 1e-9)
        rate = self.files / el
        pct = 100 * self.files / self.total_files if self.total_files else 100.0
        eta = (self.total_files - self.files) / rate if rate else 0.0
        return (f"{self.files}/{self.total_files} files ({pct:.0f}%), {rate:.1f} files/s, "
                f"{self.mb_per_s():.2f} MB/s, ETA {_duration(eta)}, {self.targets} targets, "
                f"{self.errors} errors")

    def message(self, text: str) -> None:
        """A line that must be seen (a bad file), without breaking the bar."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
