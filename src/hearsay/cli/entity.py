"""``hearsay entity`` (inspect and curate canonical entities) and ``hearsay ledger rebuild``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Connection

from hearsay.cli.options import db_option
from hearsay.cli.query import emit, output_options
from hearsay.cli.shell import guarded
from hearsay.config import load_settings
from hearsay.errors import StoreError
from hearsay.store import Store


def _existing_store(db_url: str | None) -> Store:
    from hearsay.store import open_store

    return open_store(load_settings({"db_url": db_url}).db_url, must_exist=True)


def _in_transaction(db_url: str | None, work: Callable[[Connection], Any]) -> Any:
    store = _existing_store(db_url)
    try:
        with store.engine.begin() as conn:
            return work(conn)
    finally:
        store.close()


@click.group()
def entity() -> None:
    """Inspect and curate canonical entities: why names are one entity, merge, split, rename.

    Curations are recorded and re-applied by `hearsay ledger rebuild`, so they survive a
    re-derivation of the ledger with better rules.
    """


@entity.command("show")
@click.argument("ref", metavar="ENTITY")
@output_options
@db_option
@guarded
def entity_show(ref: str, fmt: str | None, db_url: str | None) -> None:
    """Show ENTITY (an id, name, alias or ISO3 code) and the evidence for each of its names.

    \b
    Example:
      hearsay entity show "Sergey Shoigu"
    """
    from sqlalchemy import select

    from hearsay.ledger.curation import entity_evidence, find_canonical
    from hearsay.store import schema

    def work(conn: Connection) -> dict[str, Any]:
        cid = find_canonical(conn, ref)
        row = conn.execute(select(schema.canonical_entities).where(schema.canonical_entities.c.id == cid)).one()
        return {"id": cid, "name": row.name, "type": row.type, "iso3": row.iso3, "authority_id": row.authority_id,
                "n_documents": row.n_documents, "names": entity_evidence(conn, cid)}

    shown = _in_transaction(db_url, work)
    if fmt == "csv":  # one row per name, the entity's fields repeated: a listing a spreadsheet reads
        rows = [{"id": shown["id"], "entity": shown["name"], "type": shown["type"], **name} for name in shown["names"]]
        emit(rows, fmt, lambda _: iter(()))
        return
    emit(shown, fmt, _show_lines)


def _show_lines(shown: dict[str, Any]) -> Iterator[str]:
    yield (f"{shown['name']} [{shown['type']}] #{shown['id']}, in {shown['n_documents']} articles"
           + (f", authority id {shown['authority_id']}" if shown["authority_id"] else ""))
    for name in shown["names"]:
        rules = ", ".join(f"{rule} ×{n}" for rule, n in name["rules"].items())
        yield f"  {name['name']}  ({name['articles']} articles: {rules})"
        for ex in name["examples"]:
            ev = ex["evidence"]
            why = []
            if ev.get("key"):
                why.append(f"{ev.get('match')} key {ev['key']!r}")
            if ev.get("shared"):
                why.append("shares " + ", ".join(ev["shared"][:5]))
            yield f"      #{ex['document_id']} {ex['title'] or '(untitled)'} — {ex['rule']}" + (f": {'; '.join(why)}" if why else "")


@entity.command("merge")
@click.argument("keep", metavar="ENTITY")
@click.argument("absorb", metavar="OTHER")
@db_option
@guarded
def entity_merge(keep: str, absorb: str, db_url: str | None) -> None:
    """Make OTHER part of ENTITY (both: an id, name, alias or ISO3 code)."""
    from hearsay.ledger.curation import merge_entities

    cid = _in_transaction(db_url, lambda conn: merge_entities(conn, keep, absorb))
    click.echo(f"merged {absorb!r} into #{cid}")


@entity.command("split")
@click.argument("ref", metavar="ENTITY")
@click.option("--name", "names", multiple=True, required=True, metavar="NAME",
              help="A name to move out into a new entity (repeatable: all go to the same new entity).")
@db_option
@guarded
def entity_split(ref: str, names: tuple[str, ...], db_url: str | None) -> None:
    """Move the articles that name ENTITY as NAME out into a new entity.

    \b
    Example:
      hearsay entity split "Tony Blair" --name "Gordon Brown"
    """
    from hearsay.ledger.curation import split_entity

    cid = _in_transaction(db_url, lambda conn: split_entity(conn, ref, list(names)))
    click.echo(f"split {', '.join(names)} out of {ref!r} into #{cid}")


@entity.command("rename")
@click.argument("ref", metavar="ENTITY")
@click.argument("name", metavar="NEW_NAME")
@db_option
@guarded
def entity_rename(ref: str, name: str, db_url: str | None) -> None:
    """Give ENTITY the canonical name NEW_NAME for good."""
    from hearsay.ledger.curation import rename_entity

    cid = _in_transaction(db_url, lambda conn: rename_entity(conn, ref, name))
    click.echo(f"#{cid} is now {name!r}")


@entity.command("load")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dataset", metavar="NAME", default=None, help="A label for where the list comes from [default: the file name].")
@db_option
@guarded
def entity_load(path: Path, dataset: str | None, db_url: str | None) -> None:
    """Load an authority list so news mentions link to its ids.

    PATH is a CSV with the columns name, aliases ("|"-separated), type (PERSON, ORG, GPE ...)
    and id, or FollowTheMoney entities as JSON lines (an OpenSanctions export). Articles
    stored later link to these entities by exact name; run `hearsay ledger rebuild` to link
    the articles already stored.
    """
    from hearsay.ledger.curation import load_authority
    from hearsay.store import open_store

    store = open_store(load_settings({"db_url": db_url}).db_url)
    try:
        with store.engine.begin() as conn:
            n = load_authority(conn, path, dataset)
    finally:
        store.close()
    click.echo(f"loaded {n} entities from {path}")


@entity.command("curations")
@output_options
@db_option
@guarded
def entity_curations(fmt: str | None, db_url: str | None) -> None:
    """List the recorded merges, splits and renames, oldest first."""
    from hearsay.ledger.curation import curations

    emit(list(_in_transaction(db_url, curations)), fmt,
         lambda rows: (f"#{c['id']} {c['created_at'][:19]} {c['op']} {json.dumps(c['args'], ensure_ascii=False)}" for c in rows))


@click.group()
def ledger() -> None:
    """Maintain the cross-article ledger."""


@ledger.command("rebuild")
@db_option
@guarded
def ledger_rebuild(db_url: str | None) -> None:
    """Re-derive every cross-article table from the stored articles.

    Canonical entities, duplicates, statement clusters, series and contradictions are cleared
    and linked again, article by article in the order they were stored, with the current
    rules; loaded authority lists and recorded curations are applied again. One transaction:
    if it fails, the store is as it was.
    """
    from rich.progress import Progress

    from hearsay.ledger.curation import rebuild

    store = _existing_store(db_url)
    try:
        with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("linking", total=None)
            n, skipped = rebuild(store, progress=lambda i, total: bar.update(task, completed=i, total=total))
    finally:
        store.close()
    click.echo(f"rebuilt the ledger from {n} articles")
    for line in skipped:
        click.echo(f"curation no longer applies: {line}", err=True)


__all__ = ["entity", "ledger"]
