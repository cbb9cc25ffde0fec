"""Events: the list and its filters, totals, facet counts, and the events an entity takes part in."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, or_, select

from hearsay.errors import QueryError
from hearsay.query._cache import _args, _kept
from hearsay.query._entities import _local_entities, resolve_entity
from hearsay.query._rows import _all, _d, _order, _page
from hearsay.store import Store, schema


def entity_events(store: Store, ref: int | str, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return the events whose actor or target is the entity ``ref``, oldest article first.

    Each row has the event's ``id``, ``local_id``, ``type``, ``trigger``, ``date``, ``status``,
    ``role`` (``actor`` or ``target``) and its article's ``document_id``, ``title``, ``source``,
    ``published``.

    Raises:
        QueryError: unknown entity or a bad page.
    """
    _page(limit, offset)
    target = resolve_entity(store, ref)["id"]
    ev, e, el = schema.events, schema.entities, schema.entity_links

    def names_entity(column: Any) -> Any:
        return exists(select(e.c.id).join(el, el.c.entity_id == e.c.id).where(
            el.c.canonical_id == target, e.c.document_id == ev.c.document_id, e.c.local_id == column))

    rows = _all(store, select(ev.c.id, ev.c.local_id, ev.c.type, ev.c.trigger, ev.c.date, ev.c.status,
                              names_entity(ev.c.actor).label("as_actor"), ev.c.document_id, _d.c.title, _d.c.source,
                              _d.c.published)
                .join(_d, _d.c.id == ev.c.document_id).where(or_(names_entity(ev.c.actor), names_entity(ev.c.target)))
                .order_by(_d.c.published.nulls_last(), ev.c.id).limit(limit).offset(offset))
    for r in rows:
        r["role"] = "actor" if r.pop("as_actor") else "target"
    return rows


def entity_events_total(store: Store, ref: int | str) -> int:
    """Return how many events :func:`entity_events` lists over all its pages."""
    target = resolve_entity(store, ref)["id"]
    ev, e, el = schema.events, schema.entities, schema.entity_links

    def names_entity(column: Any) -> Any:
        return exists(select(e.c.id).join(el, el.c.entity_id == e.c.id).where(
            el.c.canonical_id == target, e.c.document_id == ev.c.document_id, e.c.local_id == column))

    query = select(func.count().label("n")).select_from(ev).where(or_(names_entity(ev.c.actor), names_entity(ev.c.target)))
    return int(_all(store, query)[0]["n"])


EVENT_FACETS = ("type", "status", "entity", "outlet", "since", "until")


def _event_filters(store: Store, **facets: Any) -> list[Any]:
    unknown = set(facets) - set(EVENT_FACETS)
    if unknown:
        raise QueryError(f"unknown event filter {sorted(unknown)[0]!r}")
    ev, e, el = schema.events, schema.entities, schema.entity_links
    where: list[Any] = []
    if facets.get("type"):
        where.append(ev.c.type == str(facets["type"]).upper())
    if facets.get("status"):
        where.append(ev.c.status == str(facets["status"]).lower())
    if facets.get("outlet"):
        where.append(_d.c.source == str(facets["outlet"]))
    if facets.get("entity"):
        target = resolve_entity(store, facets["entity"])["id"]
        where.append(or_(*(exists(select(e.c.id).join(el, el.c.entity_id == e.c.id).where(
            el.c.canonical_id == target, e.c.document_id == ev.c.document_id, e.c.local_id == col))
            for col in (ev.c.actor, ev.c.target))))
    when = func.coalesce(ev.c.date, _d.c.published)
    if facets.get("since"):
        where.append(when >= str(facets["since"]))
    if facets.get("until"):
        until = str(facets["until"])
        where.append(func.substr(when, 1, len(until)) <= until)
    return where


EVENT_SORTS = {"date": func.coalesce(schema.events.c.date, _d.c.published), "published": _d.c.published,
               "type": schema.events.c.type, "status": schema.events.c.status, "trigger": schema.events.c.trigger,
               "outlet": _d.c.source}


def events(store: Store, *, limit: int = 50, offset: int = 0, sort: str | None = None, **facets: Any) -> list[dict[str, Any]]:
    """Return events, newest article first, filtered by ``type``, ``status``, ``entity`` (actor
    or target: key, name, alias or ISO3), ``outlet`` and ``since``/``until``; actor, target and
    source come as ``{name, key}``.

    Raises:
        QueryError: an unknown filter or entity, or a bad page.
        InputError: an unknown sort column (one of :data:`EVENT_SORTS`).
    """
    _page(limit, offset)
    ev = schema.events
    order = _order(sort, EVENT_SORTS, "-published", [ev.c.document_id.desc(), ev.c.char_start, ev.c.id])
    rows = _all(store, select(ev.c.id, ev.c.local_id, ev.c.document_id, ev.c.type, ev.c.mode, ev.c.trigger, ev.c.status,
                              ev.c.date, ev.c.actor, ev.c.target, ev.c.source, ev.c.actor_code, ev.c.target_code, ev.c.rule,
                              _d.c.title, _d.c.source.label("outlet"), _d.c.published)
                .join(_d, _d.c.id == ev.c.document_id).where(*_event_filters(store, **facets))
                .order_by(*order).limit(limit).offset(offset))
    for r in rows:
        people = _local_entities(store, r["document_id"], [str(r.get(k) or "") for k in ("actor", "target", "source")])
        for k in ("actor", "target", "source"):
            r[k] = people.get(r[k] or "", {"name": r[k], "key": None}) if r.get(k) else None
    return rows


def events_total(store: Store, **facets: Any) -> int:
    """Return how many events :func:`events` lists over all its pages for these filters."""
    ev = schema.events
    return _kept(store, "events_total", _args(**facets), lambda: int(_all(
        store, select(func.count().label("n")).select_from(ev).join(_d, _d.c.id == ev.c.document_id)
        .where(*_event_filters(store, **facets)))[0]["n"]))


def event_facets(store: Store, *, top: int = 25, **facets: Any) -> dict[str, list[dict[str, Any]]]:
    """Return, for the events these filters select, the counts per type, status and outlet."""
    return _kept(store, "event_facets", _args(top=top, **facets), lambda: _event_facets(store, top, **facets))


def _event_facets(store: Store, top: int, **facets: Any) -> dict[str, list[dict[str, Any]]]:
    ev = schema.events
    where = _event_filters(store, **facets)

    def counts(col: Any) -> list[dict[str, Any]]:
        n = func.count().label("count")
        return _all(store, select(col.label("value"), col.label("label"), n).select_from(ev).join(_d, _d.c.id == ev.c.document_id)
                    .where(*where).group_by(col).order_by(n.desc(), col).limit(top))

    return {"type": counts(ev.c.type), "status": counts(ev.c.status), "outlet": counts(_d.c.source)}
