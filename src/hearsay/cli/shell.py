"""What every command shares: error mapping to one line and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from hearsay.errors import HearsayError


class State:
    """Process-wide CLI flags set by the top-level group (only ``--debug``)."""

    debug = False


def fail(exc: HearsayError) -> None:
    """Print ``exc`` as one line on stderr (full traceback with --debug)."""
    if State.debug:
        import traceback

        traceback.print_exception(exc)
    click.echo(f"Error: {exc}", err=True)


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
        except Exception as exc:  # a bug: still one line unless --debug
            if State.debug:
                raise
            click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it", err=True)
            sys.exit(70)

    return wrapper


__all__ = ["State", "fail", "guarded"]
