"""``hearsay query``: read the ledger from the command line (thin shell over :mod:`hearsay.query`)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from hearsay.cli.options import db_option
from hearsay.cli.shell import guarded
from hearsay.config import load_settings
from hearsay.errors import ConfigError
from hearsay.model import STATEMENT_TYPES
from hearsay.store import Store
from hearsay.store.export import csv_cell


@contextmanager
def _store(db_url: str | None) -> Iterator[Store]:
    from hearsay.store import open_store

    store = open_store(load_settings({"db_url": db_url}).db_url, must_exist=True)
    try:
        yield store
    finally:
        store.close()


def _remember_output(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    ctx.meta["hearsay.output"] = value
    return value


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--format text|json|jsonl|csv`` and ``-o FILE|-``: how every record-printing command writes."""
    f = click.option("-o", "--output", metavar="FILE|-", default="-", expose_value=False, callback=_remember_output,
                     help="Write to FILE instead of standard output (-).")(f)
    return click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "csv"]), default=None,
                        help="text (a readable listing), json, jsonl (one record per line) or csv "
                             "[default: text on a terminal, jsonl when piped].")(f)


def _common(f: Callable[..., Any]) -> Callable[..., Any]:
    f = output_options(f)
    # bounded: SQLite and PostgreSQL take 64-bit offsets (issue 19: 10**20 raised OverflowError)
    f = click.option("--offset", type=click.IntRange(0, 2**62), default=0, show_default=True,
                     help="Skip this many results (pagination).")(f)
    f = click.option("--limit", type=click.IntRange(0, 1_000_000), default=50, show_default=True,
                     help="Return at most this many results.")(f)
    return db_option(f)


def _cell(value: Any) -> object:
    """A CSV cell: nested values as JSON, formula-like text defused (store.export.csv_cell)."""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return csv_cell(value)


def _render(data: Any, fmt: str, text: Callable[[Any], Iterator[str]]) -> str:
    """Return ``data`` written in ``fmt``: text, json, jsonl (one record a line) or csv."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1, default=str)
    if fmt == "jsonl":
        rows = data if isinstance(data, list) else [data]
        return "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in rows)
    if fmt == "csv":
        if not isinstance(data, list):
            raise ConfigError("--format csv needs a listing; this command returns one record (use json or jsonl)")
        columns: list[str] = []
        for row in data:
            columns.extend(k for k in row if k not in columns)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in data:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buffer.getvalue().rstrip("\n")
    lines = list(text(data))
    return "\n".join(lines) if lines else "(nothing found)"


def emit(data: Any, fmt: str | None, text: Callable[[Any], Iterator[str]]) -> None:
    """Print ``data`` (or write it to ``-o FILE``) in ``fmt``; text on a terminal, JSONL when piped."""
    output = click.get_current_context().meta.get("hearsay.output", "-")
    if fmt is None:
        fmt = "text" if output == "-" and sys.stdout.isatty() else "jsonl"
    rendered = _render(data, fmt, text)
    if output == "-":
        click.echo(rendered)
        return
    from hearsay.store.export import write_text_file

    write_text_file(Path(output), rendered + "\n")


def _where(row: dict[str, Any]) -> str:
    """Where a row comes from: outlet, date, title — each left out when the article has none."""
    title = row.get("title") or f"article #{row.get('document_id')}"
    return ", ".join(p for p in (row.get("source"), row.get("published") or "undated") if p) + f": {title}"


def _statement_lines(rows: list[dict[str, Any]]) -> Iterator[str]:
    for r in rows:
        who = r.get("speaker") or r.get("speaker_text") or "(unattributed)"
        yield f"[{r['id']}] {who} {r.get('cue') or ''}: “{r['content']}”\n      {_where(r)}"


def _figure_lines(rows: list[dict[str, Any]]) -> Iterator[str]:
    for r in rows:
        lo = "…" if r["low"] is None else f"{r['low']:g}"
        hi = "…" if r["high"] is None else f"{r['high']:g}"
        by = f" according to {r['according_to']}" if r.get("according_to") else ""
        yield (f"[{r['id']}] {r.get('subject') or '(no subject)'} / {r['quantity']} as of {r.get('as_of') or 'unknown'}: "
               f"{r['text']!r} = [{lo}, {hi}]{by}\n      {_where(r)}")


@click.group("query")
def query() -> None:
    """Ask the ledger: statements, figures, series, contradictions, duplicates, search."""


@query.command("statements")
@click.option("--speaker", metavar="ENTITY", help="Statements by this entity (id, name, alias or ISO3 code).")
@click.option("--about", metavar="ENTITY", help="Statements that mention this entity.")
@click.option("--type", "statement_type", type=click.Choice(list(STATEMENT_TYPES)), default=None,
              help="Only statements of this type (docs/statements.md): claims are assertions.")
@_common
@guarded
def statements_command(speaker: str | None, about: str | None, statement_type: str | None, db_url: str | None, limit: int,
                       offset: int, fmt: str | None) -> None:
    """List statements, newest first: a speaker's history, or what was said about someone."""
    from hearsay.query import statements

    facets: dict[str, Any] = {"type": statement_type} if statement_type else {}
    with _store(db_url) as store:
        emit(statements(store, speaker=speaker, about=about, limit=limit, offset=offset, **facets), fmt, _statement_lines)


@query.command("figures")
@click.option("--subject", metavar="ENTITY", help="Figures about this entity.")
@click.option("--quantity", metavar="NAME", help="Figures counting this quantity (e.g. 'troops').")
@_common
@guarded
def figures_command(subject: str | None, quantity: str | None, db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """List figures with what they count, as intervals, with their sources."""
    from hearsay.query import figures

    with _store(db_url) as store:
        emit(figures(store, subject=subject, quantity=quantity, limit=limit, offset=offset), fmt, _figure_lines)


@query.command("series")
@click.option("--subject", metavar="ENTITY", help="The series' subject; without --quantity, list its series.")
@click.option("--quantity", metavar="NAME", help="The quantity of the series.")
@_common
@guarded
def series_command(subject: str | None, quantity: str | None, db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """Show one figure series over time, or list the series in the store."""
    from hearsay.errors import QueryError
    from hearsay.query import series, series_keys

    with _store(db_url) as store:
        if quantity:
            if subject is None:
                raise QueryError("--quantity needs --subject")
            data = series(store, subject, quantity)
            emit(data, fmt, lambda d: iter([f"{d['subject']['name']} / {d['quantity']}", *_figure_lines(d["points"])]))
            return
        rows = series_keys(store, subject=subject, limit=limit, offset=offset)
        emit(rows, fmt, lambda rs: (f"{r['subject'] or '(no subject)'} / {r['quantity']}: {r['points']} points, {r['first']} .. {r['last']}"
                                     for r in rs))


@query.command("contradictions")
@click.option("--kind", type=click.Choice(["figure", "statement"]), default=None, help="Only this kind.")
@click.option("--subject", metavar="ENTITY", help="Only contradictions about (or by) this entity.")
@_common
@guarded
def contradictions_command(kind: str | None, subject: str | None, db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """List figures that cannot both hold and speakers who contradict themselves."""
    from hearsay.query import contradictions

    def lines(rows: list[dict[str, Any]]) -> Iterator[str]:
        for r in rows:
            yield f"[{r['id']}] {r['kind']}: {r.get('subject') or '(no subject)'}: {r['reason']}"
            for side in ("left", "right"):
                s = r[side] or {}
                yield f"      {side:5} {s.get('text')!r}  ({_where(s)})"

    with _store(db_url) as store:
        emit(contradictions(store, kind=kind, subject=subject, limit=limit, offset=offset), fmt, lines)


@query.command("duplicates")
@_common
@guarded
def duplicates_command(db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """List near-duplicate articles grouped under their original (earliest published)."""
    from hearsay.query import duplicates

    def lines(groups: list[dict[str, Any]]) -> Iterator[str]:
        for g in groups:
            yield f"original [{g['original']['id']}] {_where(g['original'])}"
            for c in g["copies"]:
                yield f"   copy [{c['id']}] {_where(c)} (similarity {c['similarity']:.2f})"

    with _store(db_url) as store:
        emit(duplicates(store, limit=limit, offset=offset), fmt, lines)


@query.command("entity")
@click.argument("entity")
@_common
@guarded
def entity_command(entity: str, db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """Show one entity: aliases, roles, articles, statements by and about it, series."""
    from hearsay.query import entity_page

    def lines(page: dict[str, Any]) -> Iterator[str]:
        e = page["entity"]
        yield f"{e['name']} ({e['type']}{', ' + e['iso3'] if e.get('iso3') else ''}) in {e['n_documents']} articles"
        if e["aliases"]:
            yield "  aliases: " + ", ".join(e["aliases"])
        if e["roles"]:
            yield "  roles:   " + ", ".join(e["roles"])
        yield f"  said ({len(page['said'])}):"
        yield from ("    " + x for x in _statement_lines(page["said"]))
        yield f"  said about ({len(page['said_about'])}):"
        yield from ("    " + x for x in _statement_lines(page["said_about"]))
        yield f"  series ({len(page['series'])}):" + "".join(f"\n    {s['quantity']}: {s['points']} points" for s in page["series"])

    with _store(db_url) as store:
        emit(entity_page(store, entity, limit=limit), fmt, lines)


@query.command("search")
@click.argument("words", nargs=-1, required=True, metavar="TEXT...")
@_common
@guarded
def search_command(words: tuple[str, ...], db_url: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """Full-text search over articles and statements."""
    from hearsay.query import search

    def lines(found: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
        for a in found["articles"]:
            yield f"article [{a['id']}] {_where(a)}\n      {' '.join((a.get('snippet') or '').split())}"
        for s in found["statements"]:
            yield f"statement [{s['id']}] {s.get('speaker_text') or '(unattributed)'}: “{s['content']}”\n      {_where(s)}"

    with _store(db_url) as store:
        emit(search(store, " ".join(words), limit=limit, offset=offset), fmt, lines)


__all__ = ["query"]
