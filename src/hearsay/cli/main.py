"""``hearsay``: the command group and the ``analyze`` and ``db`` commands.

Each command resolves :class:`~hearsay.config.Settings` once, calls library functions, and
maps :class:`~hearsay.errors.HearsayError` to one ``Error: ...`` line and the error's exit
code. Tracebacks appear only with ``--debug``.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from hearsay import __version__
from hearsay.cli.options import DB_HELP, db_option, input_options
from hearsay.cli.reference import epilog
from hearsay.cli.shell import State, fail, guarded
from hearsay.config import load_settings
from hearsay.errors import HearsayError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=epilog())
@click.version_option(__version__, prog_name="hearsay")
@click.option("--db", "root_db", metavar="PATH|URL", default=None, help=DB_HELP)
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("--log-file", metavar="PATH", default=None,
              help="Append warnings and errors, with tracebacks of internal errors, to this file.")
def cli(root_db: str | None, debug: bool, log_file: str | None) -> None:
    """hearsay: who said what, according to whom, and when.

    Turns news articles into attributed statements, hedged figures, TIMEX3 dates, PLOVER
    events and canonical entities, stored in SQLite (./hearsay.db) or PostgreSQL.
    """
    State.debug = debug
    State.log_file = log_file
    if log_file:
        from hearsay.cli.shell import configure_logging

        try:
            configure_logging(log_file)
        except HearsayError as exc:
            fail(exc)
            sys.exit(exc.exit_code)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH... | -")
@input_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default=None,
              help="Output: a readable report (default on a terminal), one JSON document (an array for several "
                   "inputs; default when piped) or one JSON line per input.")
@click.option("-o", "--output", metavar="FILE|-", default="-", show_default=True,
              help="Write the records (or the report) to FILE instead of standard output.")
@db_option
@click.option("--no-store", is_flag=True, help="Analyse only; do not save to the store.")
@click.option("--pages", "page_list", metavar="LIST", default=None,
              help="PDF input only: read only these pages, as in 5, 3-7 or 1,4-6,10- (numbers stay those of the "
                   "whole PDF).")
@guarded
def analyze(paths: tuple[str, ...], input_format: str | None, published: str | None, encoding: str,
            fmt: str | None, output: str, db_url: str | None, no_store: bool, page_list: str | None) -> None:
    """Analyse articles and print their hearsay/1 records.

    PATH is a text (.txt; the first line may be a title), HTML (.html/.htm), PDF, JSON (.json:
    one record, or an array of them), JSONL (.jsonl, .jsonl.gz: one object per line with "text"
    or "html" and optional id, url, title, published, source, authors; news-please, trafilatura
    and newspaper4k field names are read too), RSS/Atom feed or WARC file, or a directory of them, as "hearsay ingest"
    reads them; "-" reads standard input. Each article is saved to the store (one copy per
    distinct text, linked into the ledger as "hearsay ingest" links it) unless --no-store is given.

    \b
    Examples:
      hearsay analyze article.txt --published 2025-05-30
      hearsay analyze page.html --format json > record.json
      cat batch.jsonl | hearsay analyze - --input-format jsonl --format jsonl
    """
    from hearsay.ingest import Failure, parse_date
    from hearsay.ingest.sources import expand, read_source
    from hearsay.record import to_dict
    from hearsay.service import make_runner, store_record

    settings = load_settings({"db_url": db_url, "store": False if no_store else None})
    reference = parse_date(published)
    to_file = output != "-"
    fmt = fmt or ("text" if sys.stdout.isatty() and not to_file else "json")
    buffer = io.StringIO()

    def emit(line: str) -> None:
        if to_file:
            buffer.write(line + "\n")
        else:
            click.echo(line)

    store = None
    failures: list[Failure] = []

    pages = None
    if page_list is not None:
        from hearsay.ingest.pdf import parse_pages

        pages = parse_pages(page_list)

    def items() -> Any:  # what ingest reads, analyze reads: files, directories, feeds, WARC, JSONL(.gz)
        for source in expand(paths, settings):
            if isinstance(source, Failure):
                yield source
            elif pages is not None:
                yield _pdf_pages(source, input_format, settings, reference, pages)
            else:
                yield from read_source(source, settings, input_format=input_format, published=reference,
                                       encoding=encoding)

    def articles() -> Any:
        for item in items():
            if isinstance(item, Failure):
                failures.append(item)
                fail(item.error)
            else:
                yield item

    def records() -> Any:
        # per-document failure boundary: a document whose analysis raises fails alone (issue 19)
        for outcome in make_runner(settings)(articles()):
            if isinstance(outcome, Failure):
                failures.append(outcome)
                fail(outcome.error)
            else:
                yield outcome

    console = Console(file=buffer, soft_wrap=False, width=100) if to_file else Console(soft_wrap=False)
    out: list[dict[str, Any]] = []
    for record in records():
        if settings.store:
            if store is None:  # opened at the first good article: bad inputs leave no empty store behind
                from hearsay.store import open_store

                store = open_store(settings.db_url)
            store_record(store, record)
        if fmt == "text":
            from hearsay.cli.report import render

            render(record, console)
        elif fmt == "jsonl":
            emit(json.dumps(to_dict(record), ensure_ascii=False))
        else:
            out.append(to_dict(record))
    if fmt == "json" and out:
        emit(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))
    if store is not None:
        store.close()
    if to_file and buffer.tell():
        from hearsay.store.export import write_text_file

        write_text_file(Path(output), buffer.getvalue())
    if failures:
        sys.exit(max(f.error.exit_code for f in failures))


@cli.group()
def db() -> None:
    """Manage the store: schema migrations and status."""


@db.command("migrate")
@db_option
@click.option("--dry-run", is_flag=True, help="Only list the migrations that would run.")
@guarded
def db_migrate(db_url: str | None, dry_run: bool) -> None:
    """Create the store or bring its schema up to date."""
    from sqlalchemy import create_engine

    from hearsay.store.migrations import migrate, pending

    from hearsay.store import sqlite_file_exists

    settings = load_settings({"db_url": db_url})
    if dry_run:  # never creates the store: a missing SQLite file has every migration pending
        names = pending(create_engine(settings.db_url)) if sqlite_file_exists(settings.db_url) else pending(None)
        click.echo("\n".join(names) if names else "up to date")
        return
    from hearsay.store import open_store

    store = open_store(settings.db_url, create=False)
    ran = migrate(store.engine)
    click.echo("applied: " + ", ".join(ran) if ran else "up to date")


@db.command("status")
@db_option
@guarded
def db_status(db_url: str | None) -> None:
    """Show the store's schema state and how many rows each table holds (changes nothing)."""
    from hearsay.store import open_store
    from hearsay.store.migrations import SCHEMA_VERSION, pending

    store = open_store(load_settings({"db_url": db_url}).db_url, create=False, must_exist=True)
    try:
        todo = pending(store.engine)
        if todo:
            click.echo(f"schema: {len(todo)} migration(s) pending ({', '.join(todo)}); run hearsay db migrate")
            return
        click.echo(f"schema: up to date (version {SCHEMA_VERSION})")
        from hearsay.ledger import LINKER_VERSION, stale_ledger

        with store.engine.connect() as conn:
            stale = stale_ledger(conn)
        click.echo(f"ledger: {stale}" if stale else f"ledger: linked with the current rules (version {LINKER_VERSION})")
        for table in ("documents", "entities", "mentions", "statements", "figures", "times", "events", "rejected"):
            click.echo(f"{table:12} {store.count(table):>8}")
    finally:
        store.close()


@cli.command("info")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Readable lines or one JSON object.")
@db_option
@guarded
def info(fmt: str, db_url: str | None) -> None:
    """Show hearsay's version, spaCy pipeline, store (and its schema) and every setting."""
    import dataclasses
    from importlib import metadata as package_metadata

    from hearsay.config import SETTINGS_TABLE
    from hearsay.store import sqlite_file_exists
    from hearsay.store.migrations import SCHEMA_VERSION, pending

    settings = load_settings({"db_url": db_url})
    try:
        spacy_version = package_metadata.version("spacy")
    except package_metadata.PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy_version = "not installed"
    store: dict[str, Any] = {"url": settings.db_url, "exists": sqlite_file_exists(settings.db_url)}
    if store["exists"] and settings.db_url.startswith("sqlite"):
        from sqlalchemy import create_engine

        engine = create_engine(settings.db_url)
        try:
            store["pending_migrations"] = pending(engine)
        finally:
            engine.dispose()
    data = {"hearsay": __version__, "spacy": spacy_version, "model": f"{settings.model}=={settings.model_version}",
            "schema_version": SCHEMA_VERSION, "store": store,
            "settings": {name: getattr(settings, name) for name in SETTINGS_TABLE},
            "environment": {name: var for name, (var, _) in SETTINGS_TABLE.items()}}
    if fmt == "json":
        click.echo(json.dumps(data, indent=1, default=str))
        return
    click.echo(f"hearsay {__version__} (spaCy {spacy_version}, pipeline {data['model']})")
    state = "missing" if not store["exists"] else (
        f"{len(store['pending_migrations'])} migration(s) pending" if store.get("pending_migrations") else "ok")
    click.echo(f"store    {settings.db_url} ({state}; schema version {SCHEMA_VERSION})")
    for field in dataclasses.fields(settings):
        if field.name in SETTINGS_TABLE:
            click.echo(f"  {field.name:20} {getattr(settings, field.name)!s:30} {SETTINGS_TABLE[field.name][0]}")


@db.command("datasette-metadata")
@click.option("--name", default=None, metavar="NAME",
              help="The database name Datasette will show [default: the store file's name without .db].")
@db_option
@guarded
def db_datasette_metadata(name: str | None, db_url: str | None) -> None:
    """Print Datasette metadata for the store: titles, descriptions, full-text search.

    \b
    Example:
      hearsay db datasette-metadata --db demo.db > metadata.json
      datasette demo.db -m metadata.json
    """
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from hearsay.store.datasette import metadata

    url = load_settings({"db_url": db_url}).db_url
    database = name or Path(make_url(url).database or "hearsay").stem
    click.echo(json.dumps(metadata(database), indent=2, ensure_ascii=False))


# --- commands defined in their own modules (ledger, serving, export) register below -----
# (each module defines click commands and this block adds them; keep one line per command)
def _pdf_pages(path: str, input_format: str | None, settings: Any, published: Any, pages: frozenset[int]) -> Any:
    """Return the article of some pages of the PDF at ``path`` (``analyze --pages``), else the
    :class:`~hearsay.ingest.Failure` of reading it."""
    from hearsay.errors import InputError
    from hearsay.ingest import Failure
    from hearsay.ingest.pdf import pdf_article
    from hearsay.ingest.readers import detect_format
    from hearsay.ingest.files import read_regular

    try:
        if path == "-" or detect_format(path, input_format) != "pdf":
            raise InputError(f"{path}: --pages reads PDF files only")
        return pdf_article(read_regular(path, settings.max_bytes), path, published, pages)
    except HearsayError as exc:
        return Failure(path, exc)


from hearsay.cli import entity as _entity  # noqa: E402
from hearsay.cli import export as _export
from hearsay.cli import ingest as _ingest
from hearsay.cli import query as _query
from hearsay.cli import serve as _serve

cli.add_command(_ingest.ingest)
cli.add_command(_query.query)
cli.add_command(_export.export)
cli.add_command(_serve.serve)
cli.add_command(_entity.entity)
cli.add_command(_entity.ledger)
# --- end of registered commands ------------------------------------------------------------


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="hearsay")


__all__ = ["cli", "main"]
