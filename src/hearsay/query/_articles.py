"""Articles: summaries, records, the ledger around one article, and near-duplicate groups."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from hearsay.errors import QueryError
from hearsay.query._rows import _all, _d, _order, _page
from hearsay.store import Store, schema


def duplicates(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return near-duplicate groups (two or more articles): the original and its copies."""
    _page(limit, offset)
    dup = schema.duplicates
    groups = (select(dup.c.group_id).group_by(dup.c.group_id).having(func.count() > 1)
              .order_by(dup.c.group_id).limit(limit).offset(offset))
    rows = _all(store, select(dup.c.group_id, dup.c.original_id, dup.c.similarity, _d.c.id, _d.c.title, _d.c.source,
                              _d.c.url, _d.c.published).join(_d, _d.c.id == dup.c.document_id)
                .where(dup.c.group_id.in_(groups)).order_by(dup.c.group_id, _d.c.id))
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        group = out.setdefault(r["group_id"], {"group_id": r["group_id"], "original": None, "copies": []})
        doc = {k: r[k] for k in ("id", "title", "source", "url", "published", "similarity")}
        if r["id"] == r["original_id"]:
            group["original"] = doc
        else:
            group["copies"].append(doc)
    return list(out.values())


_ARTICLE_COLUMNS = (_d.c.id, _d.c.doc_id, _d.c.sha256, _d.c.title, _d.c.source, _d.c.url, _d.c.published)


ARTICLE_SORTS = {"published": _d.c.published, "title": _d.c.title, "outlet": _d.c.source, "key": _d.c.id}


def articles(store: Store, *, limit: int = 50, offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Return article summaries (``id``, ``doc_id``, ``sha256``, ``title``, ``source``, ``url``,
    ``published``), newest publication first, undated last (or by ``sort``: one of :data:`ARTICLE_SORTS`).

    Raises:
        QueryError: a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    order = _order(sort, ARTICLE_SORTS, "-published", [_d.c.id.desc()])
    return _all(store, select(*_ARTICLE_COLUMNS).order_by(*order).limit(limit).offset(offset))


def articles_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return the summaries of the articles with these keys, by key (unknown keys are left out)."""
    if not ids:
        return {}
    rows = _all(store, select(*_ARTICLE_COLUMNS).where(_d.c.id.in_(sorted(set(ids)))))
    return {r["id"]: r for r in rows}


def article(store: Store, ref: int) -> Any:
    """Return the :class:`~hearsay.model.Record` of the article with store key ``ref``.

    Raises:
        QueryError: no article has that key.
    """
    rows = _all(store, select(_d.c.sha256).where(_d.c.id == ref))
    if not rows:
        raise QueryError(f"no article with key {ref}")
    return store.load(rows[0]["sha256"])


def article_links(store: Store, ref: int) -> dict[str, Any]:
    """Return the ledger around article ``ref``.

    Returns:
        ``canonical`` (the article's local entity ids mapped to canonical entity ids),
        ``original`` (the key of its near-duplicate group's original, or None) and ``copies``
        (summaries of the group's other articles, each with its ``similarity``).
    """
    e, el, dup = schema.entities, schema.entity_links, schema.duplicates
    canonical = {r["local_id"]: r["canonical_id"] for r in _all(
        store, select(e.c.local_id, el.c.canonical_id).join(el, el.c.entity_id == e.c.id).where(e.c.document_id == ref))}
    group = _all(store, select(dup.c.group_id, dup.c.original_id).where(dup.c.document_id == ref))
    copies: list[dict[str, Any]] = []
    if group:
        copies = _all(store, select(*_ARTICLE_COLUMNS, dup.c.similarity).join(dup, dup.c.document_id == _d.c.id)
                      .where(dup.c.group_id == group[0]["group_id"], _d.c.id != ref).order_by(_d.c.id))
    return {"canonical": canonical, "original": group[0]["original_id"] if group else None, "copies": copies}


def duplicates_in_full(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return :func:`duplicates` with each member as a full article summary (:func:`articles_by_id`)
    plus its ``similarity``.

    Raises:
        QueryError: a bad page.
    """
    groups = duplicates(store, limit=limit, offset=offset)
    found = articles_by_id(store, [m["id"] for g in groups for m in (g["original"], *g["copies"]) if m])
    for g in groups:
        if g["original"]:
            g["original"] = found.get(g["original"]["id"], {}) | g["original"]
        g["copies"] = [found.get(c["id"], {}) | c for c in g["copies"]]
    return groups


def articles_total(store: Store) -> int:
    """Return the number of stored articles."""
    return int(_all(store, select(func.count().label("n")).select_from(_d))[0]["n"])
