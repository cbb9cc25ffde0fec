"""``hearsay export``: every table of the store as JSONL or CSV files."""

from __future__ import annotations

import click

from hearsay.cli.options import db_option
from hearsay.cli.shell import guarded
from hearsay.config import load_settings


@click.command("export")
@click.argument("out_dir", metavar="DIR")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="One JSON object per line, or CSV with a header row.")
@click.option("--table", "tables", multiple=True, metavar="NAME", help="Export only this table (repeatable).")
@db_option
@guarded
def export(out_dir: str, fmt: str, tables: tuple[str, ...], db_url: str | None) -> None:
    """Write each table of the store to DIR/<table>.jsonl (or .csv).

    \b
    Examples:
      hearsay export dump/
      hearsay export dump/ --format csv --table statements --table canonical_entities
    """
    from hearsay.store.export import export_tables
    from hearsay.store import open_store

    store = open_store(load_settings({"db_url": db_url}).db_url, must_exist=True)
    try:
        written = export_tables(store, out_dir, fmt, tables or None)
    finally:
        store.close()
    for name, n in written.items():
        click.echo(f"{name:20} {n:>8} rows -> {out_dir.rstrip('/')}/{name}.{fmt}")


__all__ = ["export"]
