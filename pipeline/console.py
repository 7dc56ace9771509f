"""How the ``chitieu`` command talks to people.

Help lists each argument and option with a placeholder and a sentence, never
a Python type; every expected failure (a missing or unreadable file, a full
disk, a locked database, a broken data file) is one line on stderr that names
the file and the problem, with a non-zero exit and no traceback.
"""
from __future__ import annotations

import errno
import inspect
from typing import NoReturn

import duckdb
import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperCommand, TyperGroup

from pipeline.errors import LexiconError, PipelineError, ReadError

#: Failures a user can meet and fix; anything else is a bug and keeps its traceback.
EXPECTED = (ReadError, LexiconError, PipelineError, OSError, duckdb.Error)
# A full disk, a quota, a file-size limit: the same advice for all three.
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

err = Console(stderr=True, highlight=False)


def one_line(text: object) -> str:
    """A message on one line (library messages often span several).

    >>> one_line("IO Error: Could not set lock\\n  on file")
    'IO Error: Could not set lock on file'
    """
    return " ".join(str(text).split())


def describe(e: BaseException) -> str:
    """One line for an expected failure, naming the file when there is one.

    >>> describe(FileNotFoundError(2, "No such file or directory", "ke_hoach.docx"))
    'ke_hoach.docx: No such file or directory'
    """
    if isinstance(e, OSError) and not isinstance(e, duckdb.Error):
        reason = e.strerror or str(e)
        if isinstance(e, FileExistsError):  # making a folder where a file is
            reason = "a file is in the way of the folder to write into"
        if e.errno in _NO_ROOM:
            reason += " (no room left to write: free some space)"
        return one_line(f"{e.filename}: {reason}" if e.filename else reason)
    return one_line(e)


def no_room(e: BaseException) -> bool:
    """Did this write fail for lack of space (disk full, quota, file-size limit)?"""
    if isinstance(e, OSError) and e.errno in _NO_ROOM:
        return True
    text = str(e).lower()
    return any(s in text for s in ("no space left", "file too large", "disk quota"))


def say(message: str, style: str | None = None, label: str | None = None) -> None:
    """One line on stderr; ``label`` ("error", "interrupted", ...) is coloured."""
    line = Text()
    if label:
        line.append(f"{label}: ", style=style)
    line.append(one_line(message) if label else message)
    err.print(line, soft_wrap=True)  # never wrapped: one message, one line, in a log too


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` and stop with exit status ``code``."""
    say(message, "red", "error")
    raise typer.Exit(code)


def _placeholder(param) -> str:
    return param.metavar or param.name.upper()


def _param_rows(params, ctx) -> tuple[list, list]:
    arguments, options = [], []
    for p in params:
        if getattr(p, "hidden", False):
            continue
        help_text = inspect.cleandoc(getattr(p, "help", None) or "")
        notes = []
        if p.required and p.param_type_name == "option":  # a required argument is in the usage line
            notes.append("required")
        elif getattr(p, "show_default", False) and p.default not in (None, False, (), []) \
                and not getattr(p, "is_flag", False):
            notes.append(f"default: {p.default}")
        if notes:
            help_text += f" ({'; '.join(notes)})"
        if p.param_type_name == "argument":
            arguments.append((_placeholder(p), help_text))
        else:
            names = ", ".join(sorted(p.opts, key=len))
            if not getattr(p, "is_flag", False) and not getattr(p, "count", False):
                names += " " + _placeholder(p)
            options.append((names, help_text))
    return arguments, options


def _write_help(cmd, ctx, formatter, usage: str) -> None:
    formatter.write_usage(ctx.command_path, usage)
    text = inspect.cleandoc(cmd.help or "")
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            for i, para in enumerate(text.split("\n\n")):
                if i:
                    formatter.write_paragraph()
                formatter.write_text(para)
    arguments, options = _param_rows(cmd.get_params(ctx), ctx)
    for title, rows in (("Arguments", arguments), ("Options", options)):
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)


class HumanCommand(TyperCommand):
    """A command whose help shows placeholders and sentences, not Python types."""

    def format_help(self, ctx, formatter) -> None:
        pieces = ["[OPTIONS]"] if any(p.param_type_name == "option" for p in self.get_params(ctx)) else []
        for p in self.get_params(ctx):
            if p.param_type_name == "argument":
                name = _placeholder(p)
                pieces.append(name if p.nargs == 1 or name.endswith("...") else name + "...")
        _write_help(self, ctx, formatter, " ".join(pieces))


class HumanGroup(TyperGroup):
    """The ``chitieu`` group: human help for itself and its commands, and every
    expected failure of a command turned into one line (:data:`EXPECTED`)."""

    def __init__(self, **attrs):
        super().__init__(**attrs)
        for cmd in self.commands.values():
            # Typer builds its own command objects; this subclass only changes
            # how help is written, so the objects are re-classed, not rebuilt.
            if type(cmd) is TyperCommand:
                cmd.__class__ = HumanCommand

    def format_help(self, ctx, formatter) -> None:
        _write_help(self, ctx, formatter, "COMMAND [ARGS]...")
        width = max(len(name) for name in self.commands) + 4
        rows = [(name, cmd.get_short_help_str(limit=max(40, formatter.width - width - 4)))
                for name, cmd in self.commands.items() if not cmd.hidden]
        with formatter.section("Commands (chitieu COMMAND --help for each)"):
            formatter.write_dl(rows)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EXPECTED as e:
            fail(describe(e))
