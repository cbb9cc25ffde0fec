"""``hearsay export``: every table of the store as JSONL or CSV files."""

from __future__ import annotations

import sys

import click

from hearsay.cli.options import db_option
from hearsay.cli.shell import guarded
from hearsay.config import load_settings


@click.command("export")
@click.argument("out_dir", metavar="DIR|-")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="One JSON object per line, or CSV with a header row.")
@click.option("--table", "tables", multiple=True, metavar="NAME",
              help="Export only this table or view (repeatable); views are not exported unless named.")
@db_option
@guarded
def export(out_dir: str, fmt: str, tables: tuple[str, ...], db_url: str | None) -> None:
    """Write each table of the store to DIR/<table>.jsonl (or .csv); "-" writes one table to stdout.

    Besides the tables, readable views can be exported by name: events_plover (one row per
    event with PLOVER field names and canonical actor and recipient names, like a GDELT event
    row), figures_flat, statements_by_speaker, figure_series, contradiction_pairs,
    repeated_statements, duplicate_articles, entity_documents (docs/export.md).

    \b
    Examples:
      hearsay export dump/
      hearsay export dump/ --format csv --table statements --table canonical_entities
      hearsay export - --table events_plover --format csv > events.csv
    """
    from hearsay.errors import ConfigError
    from hearsay.store import open_store
    from hearsay.store.export import export_tables, export_to_stream

    if out_dir == "-" and len(tables) != 1:
        raise ConfigError('"-" writes one table or view to standard output: name it with --table')
    store = open_store(load_settings({"db_url": db_url}).db_url, must_exist=True)
    try:
        if out_dir == "-":
            export_to_stream(store, tables[0], sys.stdout, fmt)
            return
        written = export_tables(store, out_dir, fmt, tables or None)
    finally:
        store.close()
    for name, n in written.items():
        click.echo(f"{name:20} {n:>8} rows -> {out_dir.rstrip('/')}/{name}.{fmt}")


__all__ = ["export"]
