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
        pattern = f"%{_like_escape(q)}%"
        query = query.where(or_(_ce.c.name.ilike(pattern, escape="\\"), _ce.c.aliases.ilike(pattern, escape="\\")))
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
        # Start from the entity's mentions and find the statements around them: a correlated
        # EXISTS per statement made SQLite scan every statement in the store (docs/perf-query.md).
        inner = _s.alias("around")
        query = query.where(_s.c.id.in_(
            select(inner.c.id).select_from(el).join(m, m.c.entity_id == el.c.entity_id)
            .join(inner, and_(inner.c.document_id == m.c.document_id, m.c.char_start >= inner.c.char_start,
                              m.c.char_end <= inner.c.char_end))
            .where(el.c.canonical_id == target)))
    query = query.order_by(_d.c.published.desc().nulls_last(), _s.c.document_id.desc(), _s.c.char_start).limit(limit).offset(offset)
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
                   p.c.variable, p.c.place, p.c.basis, p.c.kind, p.c.scale, f.c.char_start, f.c.char_end,
                   p.c.source_id, src.c.name.label("according_to"), _d.c.title, _d.c.source, _d.c.url, _d.c.published)
            .join(f, f.c.id == p.c.figure_id).join(_d, _d.c.id == p.c.document_id)
            .outerjoin(subj, subj.c.id == p.c.subject_id).outerjoin(src, src.c.id == p.c.source_id)
            .where(_originals_only()))


def figures(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
            limit: int = 50, offset: int = 0, variable: str | None = None) -> list[dict[str, Any]]:
    """Return figures with a quantity (series points), optionally for one subject and quantity
    (the extractor's counted word) or one ``variable`` (a series name from :func:`series_keys`)."""
    _page(limit, offset)
    p = schema.series_points
    query = _figure_query()
    if subject is not None:
        query = query.where(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        query = query.where(p.c.quantity == quantity.lower().strip())
    if variable:
        query = query.where(func.lower(p.c.variable) == variable.lower().strip())
    return _all(store, query.order_by(p.c.quantity, p.c.as_of, p.c.figure_id).limit(limit).offset(offset))


def series_keys(store: Store, subject: int | str | None = None, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return the series in the store, largest first: one (subject, variable) each, with the
    number of dated points (``points``) and of points without an as_of (``undated``).

    ``quantity`` is the variable's name (measure, place, basis, unit: "troops deployed",
    "price (USD)"); figures that are not counts, whose measure is unknown or that have no
    subject form no series (a subject-less "killed" would mix every event's dead).
    """
    _page(limit, offset)
    p = schema.series_points
    dated = func.count(p.c.period).label("points")
    undated = (func.count() - func.count(p.c.period)).label("undated")
    query = (select(p.c.subject_id, _ce.c.name.label("subject"), p.c.variable.label("quantity"), dated, undated,
                    func.min(p.c.as_of).label("first"), func.max(p.c.as_of).label("last"))
             .join(_ce, _ce.c.id == p.c.subject_id).where(_originals_only(), p.c.variable.is_not(None))
             .group_by(p.c.subject_id, _ce.c.name, p.c.variable))
    if subject is not None:
        query = query.where(p.c.subject_id == resolve_entity(store, subject)["id"])
    return _all(store, query.order_by(dated.desc(), undated.desc(), p.c.variable).limit(limit).offset(offset))


def series(store: Store, subject: int | str, quantity: str) -> dict[str, Any]:
    """Return one series: the points of ``subject``'s variable ``quantity`` (a name from
    :func:`series_keys`) with an explicit as_of, oldest first, and the ``undated`` ones apart
    (never placed at their article's publication date).

    Raises:
        QueryError: unknown subject, or no figures for that variable.
    """
    entity = resolve_entity(store, subject)
    p = schema.series_points
    name = quantity.strip()
    rows = _all(store, _figure_query().where(p.c.subject_id == entity["id"], func.lower(p.c.variable) == name.lower())
                .order_by(p.c.as_of, p.c.figure_id))
    if not rows:
        raise QueryError(f"no {quantity!r} figures about {entity['name']}")
    return {"subject": entity, "quantity": name, "unit": rows[0]["unit"],
            "points": [r for r in rows if r["as_of"]], "undated": [r for r in rows if not r["as_of"]]}


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
    out = {k: row.get(k) for k in ("id", "kind", "subject_id", "subject", "quantity", "period", "reason", "detected_at",
                                   "confidence", "left_sentence", "right_sentence")}
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
                .order_by(_d.c.published.desc().nulls_last(), _d.c.id.desc()).limit(limit))
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


def _like_escape(text: str) -> str:
    """Return ``text`` with LIKE wildcards escaped: a user's "%" or "_" matches itself."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_like(store: Store, words: list[str], limit: int, offset: int) -> dict[str, list[dict[str, Any]]]:
    def all_words(*cols: Any) -> Any:
        return and_(*(or_(*(c.ilike(f"%{_like_escape(w)}%", escape="\\") for c in cols)) for w in words))

    articles = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published, func.substr(_d.c.text, 1, 200).label("snippet"))
                    .where(all_words(_d.c.title, _d.c.text)).order_by(_d.c.id).limit(limit).offset(offset))
    said = _all(store, select(_s.c.id, _s.c.document_id, _s.c.content, _s.c.speaker_text, _d.c.title, _d.c.source, _d.c.published)
                .join(_d, _d.c.id == _s.c.document_id).where(all_words(_s.c.content)).order_by(_s.c.id).limit(limit).offset(offset))
    return {"articles": articles, "statements": said}


__all__ = ["MAX_LIMIT", "contradictions", "duplicates", "entities", "entity_page", "figures", "resolve_entity", "search",
           "series", "series_keys", "statements"]


# --- reads for the API and web UI ---
# Added for the JSON API and the web UI, and usable by the CLI: article summaries and records,
# the ledger around one article, rows by id with the record columns the lists above leave out,
# an entity's events and timeline, one flat search, and storing one posted article. Rows
# follow the conventions above: ``id`` is the store key, ``document_id`` the article's key.

_ARTICLE_COLUMNS = (_d.c.id, _d.c.doc_id, _d.c.sha256, _d.c.title, _d.c.source, _d.c.url, _d.c.published)


def articles(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return article summaries (``id``, ``doc_id``, ``sha256``, ``title``, ``source``, ``url``,
    ``published``), newest publication first, undated last.

    Raises:
        QueryError: a bad page.
    """
    _page(limit, offset)
    return _all(store, select(*_ARTICLE_COLUMNS).order_by(_d.c.published.desc().nulls_last(), _d.c.id.desc())
                .limit(limit).offset(offset))


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


def statements_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return statement rows as :func:`statements` gives them plus ``local_id`` and ``confidence``, by id."""
    if not ids:
        return {}
    query = _statement_query().add_columns(_s.c.local_id, _s.c.confidence).where(_s.c.id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _all(store, query)}


def figures_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return figure rows as :func:`figures` gives them plus ``local_id`` and the interval's
    ``low_inclusive``/``high_inclusive``, by id (copies of a story are left out, as there)."""
    if not ids:
        return {}
    p, f = schema.series_points, schema.figures
    query = _figure_query().add_columns(f.c.local_id, p.c.low_inclusive, p.c.high_inclusive).where(p.c.figure_id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _all(store, query)}


def contradictions_in_full(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                           limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return :func:`contradictions` with each side as a full figure or statement row
    (:func:`figures_by_id`, :func:`statements_by_id`); a side no longer stored keeps its short form.

    Raises:
        QueryError: as :func:`contradictions`.
    """
    rows = contradictions(store, kind, subject, limit=limit, offset=offset)

    def side_ids(which: str) -> list[int]:
        return [r[s]["id"] for r in rows if r["kind"] == which for s in ("left", "right") if r[s]]

    full = {"figure": figures_by_id(store, side_ids("figure")), "statement": statements_by_id(store, side_ids("statement"))}
    for r in rows:
        for s in ("left", "right"):
            if r[s]:
                r[s] = full[r["kind"]].get(r[s]["id"], r[s])
    return rows


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


def entity_events(store: Store, ref: int | str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Return the events whose actor or target is the entity ``ref``, oldest article first.

    Each row has the event's ``id``, ``local_id``, ``type``, ``trigger``, ``date``, ``status``,
    ``role`` (``actor`` or ``target``) and its article's ``document_id``, ``title``, ``source``,
    ``published``.

    Raises:
        QueryError: unknown entity or a bad page.
    """
    _page(limit, 0)
    target = resolve_entity(store, ref)["id"]
    ev, e, el = schema.events, schema.entities, schema.entity_links

    def names_entity(column: Any) -> Any:
        return exists(select(e.c.id).join(el, el.c.entity_id == e.c.id).where(
            el.c.canonical_id == target, e.c.document_id == ev.c.document_id, e.c.local_id == column))

    rows = _all(store, select(ev.c.id, ev.c.local_id, ev.c.type, ev.c.trigger, ev.c.date, ev.c.status,
                              names_entity(ev.c.actor).label("as_actor"), ev.c.document_id, _d.c.title, _d.c.source,
                              _d.c.published)
                .join(_d, _d.c.id == ev.c.document_id).where(or_(names_entity(ev.c.actor), names_entity(ev.c.target)))
                .order_by(_d.c.published.nulls_last(), ev.c.id).limit(limit))
    for r in rows:
        r["role"] = "actor" if r.pop("as_actor") else "target"
    return rows


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


def entity_overview(store: Store, ref: int | str, *, limit: int = 50) -> dict[str, Any]:
    """Return :func:`entity_page` plus the entity's ``figures`` (series points about it),
    ``events`` (:func:`entity_events`) and a ``timeline`` of what they said, figures and events.

    Statements, figures and documents come in their full form (:func:`statements_by_id`,
    :func:`figures_by_id`, :func:`articles_by_id`).

    Raises:
        QueryError: unknown entity or a bad page.
    """
    page = entity_page(store, ref, limit=limit)
    key = page["entity"]["id"]
    said = statements_by_id(store, [s["id"] for s in page["said"] + page["said_about"]])
    page["said"] = [said.get(s["id"], s) for s in page["said"]]
    page["said_about"] = [said.get(s["id"], s) for s in page["said_about"]]
    docs = articles_by_id(store, [d["id"] for d in page["documents"]])
    page["documents"] = [docs.get(d["id"], d) for d in page["documents"]]
    points = figures(store, subject=key, limit=limit)
    full = figures_by_id(store, [f["id"] for f in points])
    page["figures"] = [full.get(f["id"], f) for f in points]
    page["events"] = entity_events(store, key, limit=limit)
    page["timeline"] = timeline(page["said"], page["figures"], page["events"])
    return page


def search_hits(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Return one list of hits for ``q``: entities whose name or an alias contains it, then the
    articles and statements :func:`search` finds, each row with a ``kind`` (``entity``,
    ``article`` or ``statement``); ``limit``/``offset`` page through that list.

    A query without a word finds entities only. Each kind contributes at most ``MAX_LIMIT``
    hits, so pages past that many are empty.

    Raises:
        QueryError: a bad page.
    """
    _page(limit, offset)
    want = min(offset + limit, MAX_LIMIT)
    hits = [{"kind": "entity", **r} for r in entities(store, q.strip(), limit=want)] if q.strip() else []
    if len(hits) < offset + limit and _TOKEN.search(q or ""):
        found = search(store, q, limit=want)
        hits += [{"kind": "article", **r} for r in found["articles"]]
        hits += [{"kind": "statement", **r} for r in found["statements"]]
    return hits[offset:offset + limit]


def ingest_text(store: Store, settings: Any, text: str, *, title: str | None = None, url: str | None = None,
                source: str | None = None, doc_id: str | None = None, published: Any = None) -> tuple[int, bool, Any]:
    """Analyse one article given as text and store it with its ledger links, unless the same
    text is stored already.

    Returns:
        ``(key, created, record)``: the article's store key, whether it was added now, and its record.

    Raises:
        SizeLimitError: the text is over ``settings.max_bytes``.
        InputError, PipelineError, StoreError: as :func:`hearsay.analysis.analyze` and the store raise them.
    """
    from hearsay.analysis import analyze
    from hearsay.errors import SizeLimitError
    from hearsay.ingest.readers import make_article
    from hearsay.ledger import update_ledger

    meta = {k: v for k, v in (("id", doc_id), ("title", title), ("url", url), ("source", source)) if v}
    new = make_article(text=text, origin="<api>", published=published, meta=meta)
    if len(new.text.encode("utf-8")) > settings.max_bytes:
        raise SizeLimitError(f"article over the limit of {settings.max_bytes} bytes")
    if store.has(new.sha256):
        return store.key(new.sha256), False, store.load(new.sha256)
    record = analyze(new, settings)
    key, created = store.save_linked(record, update_ledger)
    return key, created, record


__all__ += ["article", "article_links", "articles", "articles_by_id", "contradictions_in_full", "duplicates_in_full",
            "entity_events", "entity_overview", "figures_by_id", "ingest_text", "search_hits", "statements_by_id", "timeline"]
