"""``hearsay export``: every table of the store as JSONL or CSV files, or FollowTheMoney entities."""

from __future__ import annotations

import sys

import click

from hearsay.cli.options import db_option
from hearsay.cli.shell import guarded
from hearsay.config import load_settings


@click.command("export")
@click.argument("out_dir", metavar="DIR|FILE|-")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "ftm"]), default="jsonl", show_default=True,
              help="One JSON object per line, CSV with a header row, or FollowTheMoney entities (one FILE).")
@click.option("--table", "tables", multiple=True, metavar="NAME",
              help="Export only this table or view (repeatable); views are not exported unless named.")
@db_option
@guarded
def export(out_dir: str, fmt: str, tables: tuple[str, ...], db_url: str | None) -> None:
    """Write each table of the store to DIR/<table>.jsonl (or .csv); "-" writes one table to stdout.

    With --format ftm, write the whole store to one FILE (or "-") as FollowTheMoney entities,
    one JSON object per line, for Aleph ("alephclient write-entities") or the "ftm" tools:
    articles, canonical people, organisations, territories and places with their aliases and
    country codes, the names each article mentions, and statements, figures and events linked
    to their articles (docs/export.md). Needs the ftm extra: pip install 'hearsay[ftm]'.

    Besides the tables, readable views can be exported by name: events_plover (one row per
    event with PLOVER field names and canonical actor and recipient names, like a GDELT event
    row), figures_flat, statements_by_speaker, figure_series, contradiction_pairs,
    repeated_statements, duplicate_articles, entity_documents (docs/export.md).

    \b
    Examples:
      hearsay export dump/
      hearsay export dump/ --format csv --table statements --table canonical_entities
      hearsay export - --table events_plover --format csv > events.csv
      hearsay export store.ftm.json --format ftm
    """
    from hearsay.errors import ConfigError
    from hearsay.store import open_store
    from hearsay.store.export import export_tables, export_to_stream

    if fmt == "ftm":
        _export_ftm(out_dir, tables, db_url)
        return
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


def _export_ftm(out: str, tables: tuple[str, ...], db_url: str | None) -> None:
    """Write the store as FtM JSON lines to ``out`` (a file, never through a symlink) or stdout."""
    from pathlib import Path

    from hearsay.errors import ConfigError, InputError
    from hearsay.store import open_store
    from hearsay.store.ftm import export_ftm, export_ftm_file, load_model

    if tables:
        raise ConfigError("--format ftm exports the whole store: --table does not apply")
    load_model()  # before the output file is made: a missing extra leaves nothing behind
    if out != "-" and Path(out).is_dir():
        raise InputError(f"{out}: is a directory; --format ftm writes one file (e.g. {out.rstrip('/')}/hearsay.ftm.json)")
    store = open_store(load_settings({"db_url": db_url}).db_url, must_exist=True)
    try:
        if out == "-":
            export_ftm(store, sys.stdout)
            return
        counts = export_ftm_file(store, Path(out))
    finally:
        store.close()
    for schema_name, n in counts.items():
        click.echo(f"{schema_name:20} {n:>8} entities -> {out}")


__all__ = ["export"]
