"""Option decorators shared by every command, so each flag is spelled the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from hearsay.config import SETTINGS_TABLE


DB_HELP = SETTINGS_TABLE["db_url"][1] + " [env HEARSAY_DB; default: hearsay.db]"


def _root_db() -> str | None:
    """The ``--db`` given before the command (``hearsay --db demo.db query ...``), if any."""
    ctx = click.get_current_context(silent=True)
    return None if ctx is None else ctx.find_root().params.get("root_db")


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH|URL``: the store to use; also accepted before the command."""
    return click.option("--db", "db_url", metavar="PATH|URL", default=_root_db, show_default=False, help=DB_HELP)(f)


def input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--input-format``, ``--published`` and ``--encoding``."""
    f = click.option("--encoding", default="utf-8", show_default=True, metavar="NAME",
                     help="Text encoding of the inputs: a codec name, or 'auto' to detect it (charset-normalizer).")(f)
    f = click.option("--published", metavar="YYYY-MM-DD", default=None,
                     help="Publication date for inputs that carry none: relative dates ('last month') resolve against it.")(f)
    f = click.option("--input-format", type=click.Choice(["text", "html", "json", "jsonl", "pdf"]), default=None,
                     help="Input format; by default chosen by extension (.txt, .html/.htm, .json, .jsonl, .pdf), else text.")(f)
    return f
