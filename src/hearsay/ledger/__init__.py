"""The ledger: what many articles say together.

:func:`update_ledger` runs inside the transaction that stores an article and brings every
cross-article table up to date with it: near-duplicate groups (:mod:`.dedupe`), canonical
entities (:mod:`.entities`), statement clusters (:mod:`.statements`), figure series
(:mod:`.series`) and contradictions (:mod:`.contradictions`). :func:`catch_up` does the same for
articles stored before the ledger existed (``hearsay analyze`` stores without it).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection, select

from hearsay.ledger.contradictions import find_figure_conflicts, find_statement_conflicts, find_story_conflicts
from hearsay.ledger.dedupe import link_duplicates
from hearsay.ledger.entities import link_entities
from hearsay.ledger.series import add_points
from hearsay.ledger.statements import link_statements
from hearsay.model import Record
from hearsay.store import Store, schema


# The version of the linking rules (entity identity, name keys, per-article entity rules the
# ledger reads). Raise it with every change that would link stored articles differently, so a
# store built before is told to run ``hearsay ledger rebuild`` (issue 12, round 6).
LINKER_VERSION = 39


def _stamp(conn: Connection) -> None:
    """Record the linking rules when the ledger's first article is linked (a ledger that
    already holds articles keeps its record, or its lack of one: older rules linked those)."""
    state, seen = schema.ledger_state, schema.ledger_documents
    if conn.execute(select(seen.c.document_id).limit(1)).first() is not None:
        return
    if conn.execute(select(state.c.value).where(state.c.key == "linker")).first() is None:
        conn.execute(state.insert().values(key="linker", value=str(LINKER_VERSION)))


def stale_ledger(conn: Connection) -> str | None:
    """Return why the store's ledger should be rebuilt with today's rules, or None.

    A ledger holding articles whose recorded rules are older than ``LINKER_VERSION`` (or not
    recorded at all: linked before versioning) keeps the identities the older rules made; new
    articles are linked with today's rules against them.
    """
    state, seen = schema.ledger_state, schema.ledger_documents
    if conn.execute(select(seen.c.document_id).limit(1)).first() is None:
        return None
    stored = conn.execute(select(state.c.value).where(state.c.key == "linker")).scalar()
    if stored == str(LINKER_VERSION):
        return None
    built = f"linking rules version {stored}" if stored else "linking rules from before versioning"
    return (f"the store's entity links were made by {built} (current: {LINKER_VERSION}); "
            "run `hearsay ledger rebuild` to re-link every stored article with the current rules")


def update_ledger(conn: Connection, doc_key: int, record: Record) -> None:
    """Bring the cross-article tables up to date with stored article ``doc_key``.

    Meant for :meth:`Store.save_linked`: it shares the article's transaction, so an error here
    leaves neither the article nor any ledger row behind.
    """
    _stamp(conn)
    link_duplicates(conn, doc_key, record.article.text)
    canonical = link_entities(conn, doc_key, record)
    said = link_statements(conn, doc_key, record, canonical)
    points = add_points(conn, doc_key, record, canonical)
    find_figure_conflicts(conn, doc_key, points)
    find_story_conflicts(conn, doc_key, points)
    find_statement_conflicts(conn, doc_key, said)
    conn.execute(schema.ledger_documents.insert().values(document_id=doc_key, processed_at=datetime.now(timezone.utc).isoformat()))


def catch_up(store: Store) -> int:
    """Add stored articles the ledger has not seen yet, oldest first; return how many."""
    d, seen = schema.documents, schema.ledger_documents
    with store.engine.connect() as conn:
        todo = [r[0] for r in conn.execute(
            select(d.c.sha256).outerjoin(seen, seen.c.document_id == d.c.id).where(seen.c.document_id.is_(None)).order_by(d.c.id))]
    for sha in todo:
        record = store.load(sha)
        with store.engine.begin() as conn:
            key = conn.execute(select(d.c.id).where(d.c.sha256 == sha)).scalar_one()
            update_ledger(conn, key, record)
    return len(todo)


__all__ = ["LINKER_VERSION", "catch_up", "stale_ledger", "update_ledger"]
