"""Canonical entities: resolving a reference, the entity list and its total, per-article entity
names, and the review queue of low-confidence links."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select

from hearsay.errors import QueryError
from hearsay.ledger.names import name_key, variant_key
from hearsay.query._cache import _args, _kept
from hearsay.query._rows import _all, _ce, _d, _like_escape, _order, _page
from hearsay.store import Store, schema


def _entity_row(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["aliases"] = json.loads(out.get("aliases") or "[]")
    out["roles"] = json.loads(out.get("roles") or "[]")
    return out


def resolve_entity(store: Store, ref: int | str) -> dict[str, Any]:
    """Return the canonical entity ``ref`` names: its id, its name, an alias or an ISO3 code.

    Raises:
        QueryError: no entity matches.
    """
    ref_text = str(ref).strip()
    if ref_text.isdigit():  # a key; a number past 64 bits names nothing (and would overflow the driver)
        rows = _all(store, select(_ce).where(_ce.c.id == int(ref_text))) if len(ref_text) < 19 else []
    else:
        rows = _all(store, select(_ce).where(or_(func.lower(_ce.c.name) == ref_text.lower(), _ce.c.iso3 == ref_text.upper()))
                    .order_by(_ce.c.n_documents.desc()).limit(1))
        if not rows:
            k = schema.canonical_keys
            rows = _all(store, select(_ce).join(k, k.c.canonical_id == _ce.c.id).where(k.c.key.in_({name_key(ref_text), variant_key(ref_text)}))
                        .order_by(_ce.c.n_documents.desc()).limit(1))
    if not rows:
        raise QueryError(f"no entity {ref_text!r} in the store")
    return _entity_row(rows[0])


ENTITY_SORTS = {"name": _ce.c.name, "type": _ce.c.type, "documents": _ce.c.n_documents, "first_seen": _ce.c.first_seen,
                "key": _ce.c.id}


def _entity_filters(q: str | None, entity_type: str | None) -> list[Any]:
    where: list[Any] = []
    if q:
        pattern = f"%{_like_escape(q)}%"
        where.append(or_(_ce.c.name.ilike(pattern, escape="\\"), _ce.c.aliases.ilike(pattern, escape="\\")))
    if entity_type:
        where.append(_ce.c.type == entity_type.upper())
    return where


def entities(store: Store, q: str | None = None, entity_type: str | None = None, *, limit: int = 50, offset: int = 0,
             sort: str | None = None) -> list[dict[str, Any]]:
    """Return canonical entities, most reported first (or by ``sort``: one of :data:`ENTITY_SORTS`),
    optionally filtered by name and type.

    Raises:
        QueryError: a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    query = select(_ce).where(*_entity_filters(q, entity_type))
    order = _order(sort, ENTITY_SORTS, "-documents", [_ce.c.id])
    return [_entity_row(r) for r in _all(store, query.order_by(*order).limit(limit).offset(offset))]


def entities_total(store: Store, q: str | None = None, entity_type: str | None = None) -> int:
    """Return how many entities :func:`entities` lists over all its pages."""
    query = select(func.count().label("n")).select_from(_ce).where(*_entity_filters(q, entity_type))
    return _kept(store, "entities_total", _args(q=q, type=entity_type), lambda: int(_all(store, query)[0]["n"]))


def _entities_of(store: Store, wanted: set[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
    """Return ``{(document_id, local_id): {name, key}}`` for these per-article entities, in one query per 500 articles."""
    e, el = schema.entities, schema.entity_links
    docs = sorted({d for d, _ in wanted})
    ids = sorted({i for _, i in wanted})
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for at in range(0, len(docs), 500):
        for r in _all(store, select(e.c.document_id, e.c.local_id, e.c.name, el.c.canonical_id).outerjoin(el, el.c.entity_id == e.c.id)
                      .where(e.c.document_id.in_(docs[at:at + 500]), e.c.local_id.in_(ids))):
            if (r["document_id"], r["local_id"]) in wanted:
                found[(r["document_id"], r["local_id"])] = {"name": r["name"], "key": r["canonical_id"]}
    return found


REVIEW_RULES = ("context",)  # links made on shared context, not on a name key: the ones a curator should check


def review_queue(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return the low-confidence entity links (rule ``context``), weakest first: each with the
    article's name for the entity, the canonical entity it joined, the article, score and evidence.

    Raises:
        QueryError: a bad page.
    """
    _page(limit, offset)
    e, el = schema.entities, schema.entity_links
    rows = _all(store, select(el.c.entity_id, el.c.canonical_id, _ce.c.name.label("canonical_name"), e.c.name, e.c.type,
                              el.c.rule, el.c.score, el.c.evidence, el.c.document_id, _d.c.title, _d.c.published)
                .join(e, e.c.id == el.c.entity_id).join(_ce, _ce.c.id == el.c.canonical_id).join(_d, _d.c.id == el.c.document_id)
                .where(el.c.rule.in_(REVIEW_RULES)).order_by(el.c.score, el.c.entity_id).limit(limit).offset(offset))
    for r in rows:
        r["evidence"] = json.loads(r["evidence"]) if r["evidence"] else {}
    return rows


def review_total(store: Store) -> int:
    """Return how many links :func:`review_queue` lists over all its pages."""
    el = schema.entity_links
    return int(_all(store, select(func.count().label("n")).select_from(el).where(el.c.rule.in_(REVIEW_RULES)))[0]["n"])


def _local_entities(store: Store, document_id: int, local_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return ``{local_id: {name, key}}`` for entities of one article (key: canonical, None if unlinked)."""
    ids = sorted({i for i in local_ids if i})
    if not ids:
        return {}
    e, el = schema.entities, schema.entity_links
    rows = _all(store, select(e.c.local_id, e.c.name, el.c.canonical_id).outerjoin(el, el.c.entity_id == e.c.id)
                .where(e.c.document_id == document_id, e.c.local_id.in_(ids)))
    return {r["local_id"]: {"name": r["name"], "key": r["canonical_id"]} for r in rows}
