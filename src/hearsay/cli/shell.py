"""What every command shares: error mapping to one line and an exit code, and logging.

``internal error`` is reserved for bugs in hearsay: it is one line on screen, and the full
traceback goes to the log (``hearsay --log-file PATH``; the server logs to stderr too). A
database error is a store error, never SQL text on screen (issue 19).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from hearsay.errors import HearsayError, StoreError

log = logging.getLogger("hearsay")

_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0, 32), 0x7F]} | {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
_CONTROLS |= {c: f"\\u{c:04x}" for c in [0x85, 0x2028, 0x2029, *range(0x80, 0xA0)]}


class State:
    """Process-wide CLI flags set by the top-level group (``--debug``, ``--log-file``)."""

    debug = False
    log_file: str | None = None


def safe(text: object) -> str:
    """Return ``text`` with control characters and line breaks escaped, so a file name can
    never split one output line into several (issue 19: fake ``failed:`` lines)."""
    return str(text).translate(_CONTROLS).encode("utf-8", "backslashreplace").decode("utf-8")


def configure_logging(log_file: str | None, *, stderr: bool = False) -> None:
    """Send hearsay's log (warnings and errors, with tracebacks) to ``log_file`` and/or stderr."""
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if log_file:
        try:
            handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
        except OSError as exc:
            from hearsay.errors import ConfigError

            raise ConfigError(f"--log-file {log_file}: cannot open ({exc.strerror})") from None
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.setLevel(logging.WARNING)
        log.addHandler(handler)
    if handlers:
        log.setLevel(logging.WARNING)


def fail(exc: HearsayError) -> None:
    """Print ``exc`` as one line on stderr (full traceback with --debug)."""
    if State.debug:
        import traceback

        traceback.print_exception(exc)
    from hearsay.errors import LanguageSkipped

    click.echo(f"{'Warning' if isinstance(exc, LanguageSkipped) else 'Error'}: {safe(exc)}", err=True)


def store_error(exc: BaseException) -> StoreError | None:
    """Return the :class:`StoreError` a database-driver exception stands for, else None."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None) or exc
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return StoreError(f"the store cannot be used: {first[:200]}")
    if isinstance(exc, sqlite3.Error):
        return StoreError(f"the store cannot be used: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}")
    return None


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a command so library errors exit with their code instead of a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HearsayError as exc:
            fail(exc)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # "hearsay export ... | head": the reader left, nothing to report
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as exc:  # a bug (or a database error): still one line unless --debug
            if State.debug:
                raise
            stored = store_error(exc)
            if stored is not None:
                log.error("store error", exc_info=exc)
                fail(stored)
                sys.exit(stored.exit_code)
            log.error("internal error", exc_info=exc)
            where = f"; the traceback is in {State.log_file}" if State.log_file else "; rerun with --debug or --log-file"
            click.echo(f"Error: internal error ({type(exc).__name__}: {safe(str(exc)[:200])}){where} and report it", err=True)
            sys.exit(70)

    return wrapper


__all__ = ["State", "configure_logging", "fail", "guarded", "safe", "store_error"]
