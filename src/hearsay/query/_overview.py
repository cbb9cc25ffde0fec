"""An entity's pages: what it said and what was said about it, its series, contradictions, figures,
events and one timeline of them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from hearsay.query._articles import articles_by_id
from hearsay.query._contradictions import contradictions
from hearsay.query._entities import resolve_entity
from hearsay.query._events import entity_events, entity_events_total
from hearsay.query._figures import figures, figures_by_id, figures_total
from hearsay.query._rows import _all, _d, _page
from hearsay.query._series import series_keys
from hearsay.query._statements import statements, statements_by_id, statements_total
from hearsay.store import Store, schema


def entity_page(store: Store, ref: int | str, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Return what an entity page shows: the entity, its articles, what it said, what others
    said about it (its own words are under ``said``), its figure series and the contradictions
    it is part of. ``offset`` pages the articles and statements; ``totals`` counts each list
    over all pages.

    Raises:
        QueryError: unknown entity or a bad page.
    """
    _page(limit, offset)
    entity = resolve_entity(store, ref)
    el = schema.entity_links
    in_entity = _d.c.id.in_(select(el.c.document_id).where(el.c.canonical_id == entity["id"]))
    docs = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published).where(in_entity)
                .order_by(_d.c.published.desc().nulls_last(), _d.c.id.desc()).limit(limit).offset(offset))
    key = entity["id"]
    return {
        "entity": entity,
        "documents": docs,
        "said": statements(store, speaker=key, limit=limit, offset=offset),
        "said_about": statements(store, about=key, not_speaker=key, limit=limit, offset=offset),
        "series": series_keys(store, subject=key, limit=limit),
        "contradictions": contradictions(store, subject=key, limit=limit),
        "totals": {"documents": int(_all(store, select(func.count().label("n")).select_from(_d).where(in_entity))[0]["n"]),
                   "said": statements_total(store, speaker=key),
                   "said_about": statements_total(store, about=key, not_speaker=key)},
    }


def timeline(said: list[dict[str, Any]], figures: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return statements, figures and events (rows as the functions above give them) as one
    list of ``{when, kind, text, document_id, title, source, published}``, oldest first, undated last.

    A statement or event is placed at its own date, else at its article's publication date; a
    figure at its ``as_of``.
    """
    def item(when: Any, kind: str, body: str, row: dict[str, Any]) -> dict[str, Any]:
        return {"when": None if when is None else str(when), "kind": kind, "text": body, "document_id": row["document_id"],
                "title": row.get("title"), "source": row.get("source"), "published": row.get("published")}

    items = ([item(s.get("date") or s.get("published"), "said", s["content"], s) for s in said]
             + [item(f.get("as_of"), "figure", f"{f['quantity']}: {f['text']}", f) for f in figures]
             + [item(x.get("date") or x.get("published"), "event", f"{x['type']}: {x['trigger']}", x) for x in events])
    return sorted(items, key=lambda t: (t["when"] is None, t["when"] or ""))


def entity_overview(store: Store, ref: int | str, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Return :func:`entity_page` plus the entity's ``figures`` (series points about it),
    ``events`` (:func:`entity_events`), a ``timeline`` of what they said, figures and events,
    and ``names``: why each name is part of the entity (the link rules and their evidence).

    Statements, figures and documents come in their full form (:func:`statements_by_id`,
    :func:`figures_by_id`, :func:`articles_by_id`).

    Raises:
        QueryError: unknown entity or a bad page.
    """
    page = entity_page(store, ref, limit=limit, offset=offset)
    key = page["entity"]["id"]
    said = statements_by_id(store, [s["id"] for s in page["said"] + page["said_about"]])
    page["said"] = [said.get(s["id"], s) for s in page["said"]]
    page["said_about"] = [said.get(s["id"], s) for s in page["said_about"]]
    docs = articles_by_id(store, [d["id"] for d in page["documents"]])
    page["documents"] = [docs.get(d["id"], d) for d in page["documents"]]
    points = figures(store, subject=key, limit=limit, offset=offset)
    full = figures_by_id(store, [f["id"] for f in points])
    page["figures"] = [full.get(f["id"], f) for f in points]
    page["events"] = entity_events(store, key, limit=limit, offset=offset)
    page["totals"] |= {"figures": figures_total(store, subject=key), "events": entity_events_total(store, key)}
    page["timeline"] = timeline(page["said"], page["figures"], page["events"])
    from hearsay.ledger.curation import entity_evidence

    with store.engine.connect() as conn:
        page["names"] = entity_evidence(conn, key)
    return page
