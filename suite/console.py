"""What every `suite` command shares: the consoles and the one-line handling of errors."""

from __future__ import annotations

import functools
import sys

import typer
from rich.console import Console

from suite.errors import SuiteError

# Piped output gets a wide console: tables of ids and paths are unreadable at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True)


def fails_cleanly(fn):
    """Bad input ends in one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except SuiteError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err_console.print("interrupted; rerun with --resume to continue where it stopped")
            raise typer.Exit(130) from None

    return wrapper


def require_format(value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise SuiteError(f"unknown --format {value!r}; choose one of {', '.join(allowed)}")
