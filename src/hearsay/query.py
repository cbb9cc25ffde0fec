"""Read functions shared by the CLI, the API and the web UI.

Each function takes an open :class:`~hearsay.store.Store` and returns plain JSON-ready dicts
and lists (the form ``--format json`` prints and the API serves). Lists are paginated with
``limit``/``offset``; an entity, series or article that does not exist raises
:class:`~hearsay.errors.QueryError`. Copies of a story (non-original members of a
near-duplicate group) are left out of figures and series so a wire story counts once.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, text
from sqlalchemy.exc import SQLAlchemyError

from hearsay.errors import QueryError, StoreError
from hearsay.ledger.entities import fold
from hearsay.store import Store, schema

MAX_LIMIT = 1000
_d, _s, _ce = schema.documents, schema.statements, schema.canonical_entities


def _page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


def _all(store: Store, query: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    try:
        with store.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query, params or {})]
    except SQLAlchemyError as exc:
        raise StoreError(f"query failed: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None


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
    if ref_text.isdigit():
        rows = _all(store, select(_ce).where(_ce.c.id == int(ref_text)))
    else:
        rows = _all(store, select(_ce).where(or_(func.lower(_ce.c.name) == ref_text.lower(), _ce.c.iso3 == ref_text.upper()))
                    .order_by(_ce.c.n_documents.desc()).limit(1))
        if not rows:
            k = schema.canonical_keys
            rows = _all(store, select(_ce).join(k, k.c.canonical_id == _ce.c.id).where(k.c.key == fold(ref_text))
                        .order_by(_ce.c.n_documents.desc()).limit(1))
    if not rows:
        raise QueryError(f"no entity {ref_text!r} in the store")
    return _entity_row(rows[0])


def entities(store: Store, q: str | None = None, entity_type: str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return canonical entities, most reported first, optionally filtered by name and type."""
    _page(limit, offset)
    query = select(_ce)
    if q:
        query = query.where(or_(_ce.c.name.ilike(f"%{q}%"), _ce.c.aliases.ilike(f"%{q}%")))
    if entity_type:
        query = query.where(_ce.c.type == entity_type.upper())
    return [_entity_row(r) for r in _all(store, query.order_by(_ce.c.n_documents.desc(), _ce.c.id).limit(limit).offset(offset))]


def _statement_query() -> Select[Any]:
    links, sp = schema.statement_links, _ce.alias("sp")
    return (select(_s.c.id, _s.c.document_id, _d.c.title, _d.c.source, _d.c.url, _d.c.published, links.c.speaker_id,
                   sp.c.name.label("speaker"), _s.c.speaker_text, _s.c.kind, _s.c.cue, _s.c.content, _s.c.date,
                   _s.c.char_start, _s.c.char_end, links.c.cluster_id)
            .join(_d, _d.c.id == _s.c.document_id)
            .outerjoin(links, links.c.statement_id == _s.c.id)
            .outerjoin(sp, sp.c.id == links.c.speaker_id))


def statements(store: Store, speaker: int | str | None = None, about: int | str | None = None, *,
               limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return statements, newest article first: by a speaker, about an entity, or both.

    ``about`` matches statements whose content span mentions the entity.

    Raises:
        QueryError: an unknown speaker or entity, or a bad page.
    """
    _page(limit, offset)
    query = _statement_query()
    if speaker is not None:
        query = query.where(schema.statement_links.c.speaker_id == resolve_entity(store, speaker)["id"])
    if about is not None:
        m, el = schema.mentions, schema.entity_links
        target = resolve_entity(store, about)["id"]
        query = query.where(exists(select(m.c.id).join(el, el.c.entity_id == m.c.entity_id).where(
            el.c.canonical_id == target, m.c.document_id == _s.c.document_id,
            m.c.char_start >= _s.c.char_start, m.c.char_end <= _s.c.char_end)))
    query = query.order_by(_d.c.published.desc(), _s.c.document_id.desc(), _s.c.char_start).limit(limit).offset(offset)
    return _all(store, query)


def _originals_only() -> Any:
    dup = schema.duplicates
    return ~exists(select(dup.c.document_id).where(dup.c.document_id == schema.series_points.c.document_id,
                                                   dup.c.original_id != dup.c.document_id))


def _figure_query() -> Select[Any]:
    p, f = schema.series_points, schema.figures
    subj, src = _ce.alias("subj"), _ce.alias("src")
    return (select(p.c.figure_id.label("id"), p.c.document_id, p.c.subject_id, subj.c.name.label("subject"), p.c.quantity,
                   p.c.value, p.c.low, p.c.high, p.c.unit, p.c.as_of, p.c.period, f.c.text, f.c.hedge,
                   p.c.source_id, src.c.name.label("according_to"), _d.c.title, _d.c.source, _d.c.url, _d.c.published)
            .join(f, f.c.id == p.c.figure_id).join(_d, _d.c.id == p.c.document_id)
            .outerjoin(subj, subj.c.id == p.c.subject_id).outerjoin(src, src.c.id == p.c.source_id)
            .where(_originals_only()))


def figures(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
            limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return figures with a quantity (series points), optionally for one subject and quantity."""
    _page(limit, offset)
    p = schema.series_points
    query = _figure_query()
    if subject is not None:
        query = query.where(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        query = query.where(p.c.quantity == quantity.lower().strip())
    return _all(store, query.order_by(p.c.quantity, p.c.as_of, p.c.figure_id).limit(limit).offset(offset))


def series_keys(store: Store, subject: int | str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return the (subject, quantity) series in the store with their number of points, largest first."""
    _page(limit, offset)
    p = schema.series_points
    n = func.count().label("points")
    query = (select(p.c.subject_id, _ce.c.name.label("subject"), p.c.quantity, n, func.min(p.c.as_of).label("first"),
                    func.max(p.c.as_of).label("last"))
             .outerjoin(_ce, _ce.c.id == p.c.subject_id).where(_originals_only())
             .group_by(p.c.subject_id, _ce.c.name, p.c.quantity))
    if subject is not None:
        query = query.where(p.c.subject_id == resolve_entity(store, subject)["id"])
    return _all(store, query.order_by(n.desc(), p.c.quantity).limit(limit).offset(offset))


def series(store: Store, subject: int | str, quantity: str) -> dict[str, Any]:
    """Return one figure series: every point for ``subject`` and ``quantity``, oldest ``as_of`` first.

    Raises:
        QueryError: unknown subject, or no figures for that quantity.
    """
    entity = resolve_entity(store, subject)
    p = schema.series_points
    points = _all(store, _figure_query().where(p.c.subject_id == entity["id"], p.c.quantity == quantity.lower().strip())
                  .order_by(p.c.as_of, p.c.figure_id))
    if not points:
        raise QueryError(f"no {quantity!r} figures about {entity['name']}")
    return {"subject": entity, "quantity": quantity.lower().strip(), "points": points}


def contradictions(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                   limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return contradictions, each with both sides and their sources."""
    _page(limit, offset)
    if kind not in (None, "figure", "statement"):
        raise QueryError(f"unknown contradiction kind {kind!r} (figure or statement)")
    c = schema.contradictions
    query = select(c, _ce.c.name.label("subject")).outerjoin(_ce, _ce.c.id == c.c.subject_id)
    if kind:
        query = query.where(c.c.kind == kind)
    if subject is not None:
        query = query.where(c.c.subject_id == resolve_entity(store, subject)["id"])
    rows = _all(store, query.order_by(c.c.id).limit(limit).offset(offset))
    return [_sides(store, r) for r in rows]


def _sides(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    table = schema.figures if row["kind"] == "figure" else _s
    body = table.c.text if row["kind"] == "figure" else _s.c.content
    out = {k: row[k] for k in ("id", "kind", "subject_id", "subject", "quantity", "period", "reason", "detected_at")}
    for side in ("left", "right"):
        found = _all(store, select(table.c.id, body.label("text"), table.c.document_id, _d.c.title, _d.c.source, _d.c.url,
                                   _d.c.published).join(_d, _d.c.id == table.c.document_id).where(table.c.id == row[f"{side}_id"]))
        out[side] = found[0] if found else None
    return out


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


def entity_page(store: Store, ref: int | str, *, limit: int = 50) -> dict[str, Any]:
    """Return what an entity page shows: the entity, its articles, what it said, what was
    said about it, its figure series and the contradictions it is part of.

    Raises:
        QueryError: unknown entity.
    """
    entity = resolve_entity(store, ref)
    el = schema.entity_links
    docs = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published)
                .where(_d.c.id.in_(select(el.c.document_id).where(el.c.canonical_id == entity["id"])))
                .order_by(_d.c.published.desc(), _d.c.id.desc()).limit(limit))
    return {
        "entity": entity,
        "documents": docs,
        "said": statements(store, speaker=entity["id"], limit=limit),
        "said_about": statements(store, about=entity["id"], limit=limit),
        "series": series_keys(store, subject=entity["id"], limit=limit),
        "contradictions": contradictions(store, subject=entity["id"], limit=limit),
    }


_TOKEN = re.compile(r"\w+", re.UNICODE)


def search(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Return articles and statements matching the words of ``q`` (all of them), best first.

    Uses FTS5 on SQLite and a ``tsvector`` match on PostgreSQL, falling back to LIKE/ILIKE on
    every word where neither is available (or the query is all stop words).

    Raises:
        QueryError: an empty query or a bad page.
    """
    _page(limit, offset)
    words = _TOKEN.findall(q or "")
    if not words:
        raise QueryError("search needs at least one word")
    dialect = store.engine.dialect.name
    if dialect == "sqlite" and _has_table(store, "documents_fts"):
        return _search_fts5(store, words, limit, offset)
    if dialect == "postgresql":
        found = _search_pg(store, " ".join(words), limit, offset)
        if found is not None:
            return found
    return _search_like(store, words, limit, offset)


def _has_table(store: Store, name: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(store.engine).has_table(name))


def _search_fts5(store: Store, words: list[str], limit: int, offset: int) -> dict[str, list[dict[str, Any]]]:
    match = " ".join('"' + w.replace('"', "") + '"' for w in words)
    params = {"q": match, "limit": limit, "offset": offset}
    articles = _all(store, text(
        "SELECT d.id, d.title, d.source, d.url, d.published, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH :q "
        "ORDER BY rank LIMIT :limit OFFSET :offset"), params)
    said = _all(store, text(
        "SELECT s.id, s.document_id, s.content, s.speaker_text, d.title, d.source, d.published "
        "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN documents d ON d.id = s.document_id "
        "WHERE statements_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"), params)
    return {"articles": articles, "statements": said}


def _search_pg(store: Store, q: str, limit: int, offset: int) -> dict[str, list[dict[str, Any]]] | None:
    tsq = func.plainto_tsquery("english", q)
    probe = _all(store, select(func.numnode(tsq).label("n")))
    if not probe or not probe[0]["n"]:
        return None  # only stop words: fall back to ILIKE
    doc_vec = func.to_tsvector("english", func.coalesce(_d.c.title, "") + literal_column("' '") + _d.c.text)
    articles = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published,
                                  func.ts_headline("english", _d.c.text, tsq, "StartSel=[, StopSel=], MaxWords=30, MinWords=10")
                                  .label("snippet"))
                    .where(doc_vec.op("@@")(tsq)).order_by(func.ts_rank(doc_vec, tsq).desc(), _d.c.id)
                    .limit(limit).offset(offset))
    st_vec = func.to_tsvector("english", _s.c.content)
    said = _all(store, select(_s.c.id, _s.c.document_id, _s.c.content, _s.c.speaker_text, _d.c.title, _d.c.source,
                              _d.c.published).join(_d, _d.c.id == _s.c.document_id)
                .where(st_vec.op("@@")(tsq)).order_by(func.ts_rank(st_vec, tsq).desc(), _s.c.id).limit(limit).offset(offset))
    return {"articles": articles, "statements": said}


def _search_like(store: Store, words: list[str], limit: int, offset: int) -> dict[str, list[dict[str, Any]]]:
    def all_words(*cols: Any) -> Any:
        return and_(*(or_(*(c.ilike(f"%{w}%") for c in cols)) for w in words))

    articles = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published, func.substr(_d.c.text, 1, 200).label("snippet"))
                    .where(all_words(_d.c.title, _d.c.text)).order_by(_d.c.id).limit(limit).offset(offset))
    said = _all(store, select(_s.c.id, _s.c.document_id, _s.c.content, _s.c.speaker_text, _d.c.title, _d.c.source, _d.c.published)
                .join(_d, _d.c.id == _s.c.document_id).where(all_words(_s.c.content)).order_by(_s.c.id).limit(limit).offset(offset))
    return {"articles": articles, "statements": said}


__all__ = ["MAX_LIMIT", "contradictions", "duplicates", "entities", "entity_page", "figures", "resolve_entity", "search",
           "series", "series_keys", "statements"]
