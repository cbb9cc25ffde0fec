"""The JSON API under ``/api``: thin handlers over read functions, one error shape.

Every list takes ``limit`` (1–500) and ``offset`` and answers a :class:`~hearsay.api.schemas.Page`;
unknown ids are a 404 from :class:`~hearsay.errors.QueryError`; bad parameters a 422. Only
``POST /api/ingest`` writes, and only with the configured bearer token.
"""

from __future__ import annotations

import json
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request

from sqlalchemy import func, select

from hearsay.api.schemas import ErrorResponse, IngestRequest, IngestResponse, Page
from hearsay.errors import QueryError, SizeLimitError
from hearsay.model import Record
from hearsay.record import to_dict
from hearsay.store import Store, schema

router = APIRouter(prefix="/api", responses={
    404: {"model": ErrorResponse, "description": "No such item."},
    422: {"model": ErrorResponse, "description": "A parameter has a value the API cannot use."},
})

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=500)]
MAX_KEY = 2**62  # store keys are 64-bit integers; larger numbers are a 422, not a driver overflow
Key = Annotated[int, Path(ge=0, le=MAX_KEY, description="Store key.")]


def get_store(request: Request) -> Store:
    """Return the app's store (opened at first use)."""
    return request.app.state.store.get()  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]


def _page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """Trim the one extra row fetched to learn whether another page follows."""
    more = len(items) > limit
    return {"ok": True, "items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


@router.get("/articles", response_model=Page, summary="Stored articles, newest first")
def list_articles(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List stored articles with their key, id, title, source and publication date."""
    return _page(read_articles(store, limit + 1, offset), limit, offset)


@router.get("/articles/{key}", summary="One article's full hearsay/1 record")
def get_article(key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the hearsay/1 record of the article with this store key."""
    return to_dict(read_article_record(store, key))


@router.get("/entities/{key}", summary="A canonical entity: names, roles, what they said and what was said about them")
def get_entity(key: Key, store: StoreDep, limit: Limit = 50) -> dict[str, Any]:
    """Return the canonical entity with this key and the first ``limit`` items of each list."""
    return {"ok": True, **read_entity_page(store, key, limit)}


@router.get("/statements", response_model=Page, summary="Statements by speaker and/or about an entity")
def list_statements(store: StoreDep,
                    speaker: Annotated[int | None, Query(ge=0, le=MAX_KEY, description="Canonical entity key of the speaker.")] = None,
                    about: Annotated[int | None, Query(ge=0, le=MAX_KEY, description="Canonical entity key named in the statement.")] = None,
                    limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List statements, filtered by who said them and whom they mention."""
    return _page(read_statements(store, speaker=speaker, about=about, limit=limit + 1, offset=offset), limit, offset)


@router.get("/figures", response_model=Page, summary="Figures as intervals, by subject and/or quantity")
def list_figures(store: StoreDep, subject: Annotated[int | None, Query(ge=0, le=MAX_KEY, description="Canonical entity key.")] = None,
                 quantity: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List the series points (figures with a quantity) in ``as_of`` order."""
    return _page(read_figures(store, subject=subject, quantity=quantity, limit=limit + 1, offset=offset), limit, offset)


@router.get("/series", response_model=Page, summary="Figure series keyed by (subject, quantity)")
def list_series(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List every (subject, quantity) series with its number of points and date range."""
    return _page(read_series(store, limit=limit + 1, offset=offset), limit, offset)


@router.get("/contradictions", response_model=Page, summary="Figures or statements that cannot both hold")
def list_contradictions(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List contradictions, each with both sides and the articles they come from."""
    return _page(read_contradictions(store, limit=limit + 1, offset=offset), limit, offset)


@router.get("/duplicates", response_model=Page, summary="Groups of near-duplicate articles")
def list_duplicates(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List groups of near-duplicate articles with their original (the earliest)."""
    return _page(read_duplicate_groups(store, limit=limit + 1, offset=offset), limit, offset)


@router.get("/search", response_model=Page, summary="Search articles, statements and entities")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Find articles, statements and entities whose text contains the query."""
    return _page(read_search(store, q, limit=limit + 1, offset=offset), limit, offset)


def _check_token(request: Request) -> None:
    token = request.app.state.token
    if token is None:
        raise HTTPException(403, "writing is disabled on this server; start it with --token to enable POST /api/ingest")
    sent = request.headers.get("authorization", "")
    scheme, _, value = sent.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", response_model=IngestResponse, dependencies=[Depends(_check_token)],
             summary="Analyse and store one article (needs the server's token)",
             responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}, 413: {"model": ErrorResponse}})
def ingest(request: Request, article: Annotated[IngestRequest, Body()], store: StoreDep) -> dict[str, Any]:
    """Analyse the posted article and store it with its ledger links (once per distinct text)."""
    settings = request.app.state.settings
    key, created, record = ingest_text(store, settings, article.model_dump())
    return {"ok": True, "key": key, "created": created, "id": record.article.doc_id, "sha256": record.article.sha256,
            "statements": len(record.statements), "figures": len(record.figures)}


# --- reads (until hearsay.query offers them; then these become calls into it) -------------
def _like(text: str) -> str:
    """Return a LIKE pattern matching ``text`` literally anywhere (``\\`` escapes % and _)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _doc_summary(row: Any) -> dict[str, Any]:
    return {"key": row.id, "id": row.doc_id, "sha256": row.sha256, "title": row.title, "source": row.source,
            "url": row.url, "published": row.published}


def read_articles(store: Store, limit: int, offset: int) -> list[dict[str, Any]]:
    """Return stored articles, newest publication first, as summary dicts."""
    d = schema.documents
    q = (select(d.c.id, d.c.doc_id, d.c.sha256, d.c.title, d.c.source, d.c.url, d.c.published)
         .order_by(d.c.published.desc().nulls_last(), d.c.id.desc()).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [_doc_summary(r) for r in conn.execute(q)]


def read_article_record(store: Store, key: int) -> Record:
    """Return the record of the article with store key ``key``.

    Raises:
        QueryError: no such article.
    """
    d = schema.documents
    with store.engine.connect() as conn:
        sha = conn.execute(select(d.c.sha256).where(d.c.id == key)).scalar()
    if sha is None:
        raise QueryError(f"no article with key {key}")
    return store.load(sha)


def read_article_links(store: Store, key: int) -> dict[str, Any]:
    """Return the ledger around article ``key``: local entity id -> canonical key, and its duplicate group."""
    e, links, dup, d = schema.entities, schema.entity_links, schema.duplicates, schema.documents
    with store.engine.connect() as conn:
        canonical = {r.local_id: r.canonical_id for r in conn.execute(
            select(e.c.local_id, links.c.canonical_id).join(links, links.c.entity_id == e.c.id).where(e.c.document_id == key))}
        group = conn.execute(select(dup.c.group_id, dup.c.original_id).where(dup.c.document_id == key)).first()
        copies: list[dict[str, Any]] = []
        if group is not None:
            copies = [_doc_summary(r) | {"similarity": r.similarity} for r in conn.execute(
                select(d.c.id, d.c.doc_id, d.c.sha256, d.c.title, d.c.source, d.c.url, d.c.published, dup.c.similarity)
                .join(dup, dup.c.document_id == d.c.id).where(dup.c.group_id == group.group_id, d.c.id != key).order_by(d.c.id))]
    return {"canonical": canonical, "original": group.original_id if group else None, "copies": copies}


def _entity_names(conn: Any, keys: set[int]) -> dict[int, str]:
    if not keys:
        return {}
    c = schema.canonical_entities
    return {r.id: r.name for r in conn.execute(select(c.c.id, c.c.name).where(c.c.id.in_(sorted(keys))))}


def _statement_rows(conn: Any, where: list[Any], limit: int, offset: int, extra_join: Any = None) -> list[dict[str, Any]]:
    st, links, d = schema.statements, schema.statement_links, schema.documents
    q = (select(st.c.id, st.c.local_id, st.c.kind, st.c.content, st.c.speaker_text, st.c.cue, st.c.date, st.c.confidence,
                st.c.document_id, links.c.speaker_id, links.c.cluster_id, d.c.title, d.c.published, d.c.source)
         .select_from(st).join(d, d.c.id == st.c.document_id).outerjoin(links, links.c.statement_id == st.c.id))
    if extra_join is not None:
        q = extra_join(q)
    q = q.where(*where).order_by(d.c.published.desc().nulls_last(), st.c.id).limit(limit).offset(offset)
    rows = conn.execute(q).all()
    names = _entity_names(conn, {r.speaker_id for r in rows if r.speaker_id})
    return [{"key": r.id, "local_id": r.local_id, "kind": r.kind, "content": r.content, "speaker": r.speaker_id,
             "speaker_name": names.get(r.speaker_id) if r.speaker_id else None, "speaker_text": r.speaker_text,
             "cue": r.cue, "date": r.date, "confidence": r.confidence, "cluster": r.cluster_id,
             "article": {"key": r.document_id, "title": r.title, "published": r.published, "source": r.source}} for r in rows]


def read_statements(store: Store, *, speaker: int | None = None, about: int | None = None, limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Return statements said by canonical entity ``speaker`` and/or naming entity ``about``."""
    st, links, m, el = schema.statements, schema.statement_links, schema.mentions, schema.entity_links
    where: list[Any] = []
    if speaker is not None:
        where.append(links.c.speaker_id == speaker)
    if about is not None:
        named = (select(m.c.id).join(el, el.c.entity_id == m.c.entity_id)
                 .where(el.c.canonical_id == about, m.c.document_id == st.c.document_id,
                        m.c.char_start >= st.c.char_start, m.c.char_end <= st.c.char_end))
        where.append(named.exists())
    with store.engine.connect() as conn:
        return _statement_rows(conn, where, limit, offset)


def _point_rows(conn: Any, where: list[Any], limit: int, offset: int) -> list[dict[str, Any]]:
    p, f, d = schema.series_points, schema.figures, schema.documents
    q = (select(p, f.c.text, f.c.hedge, f.c.local_id, d.c.title, d.c.published, d.c.source.label("outlet"))
         .join(f, f.c.id == p.c.figure_id).join(d, d.c.id == p.c.document_id)
         .where(*where).order_by(p.c.as_of.nulls_last(), p.c.figure_id).limit(limit).offset(offset))
    rows = conn.execute(q).all()
    names = _entity_names(conn, {r.subject_id for r in rows if r.subject_id} | {r.source_id for r in rows if r.source_id})
    return [{"key": r.figure_id, "local_id": r.local_id, "text": r.text, "quantity": r.quantity, "unit": r.unit,
             "value": r.value, "low": r.low, "high": r.high, "low_inclusive": r.low_inclusive,
             "high_inclusive": r.high_inclusive, "hedge": r.hedge, "as_of": r.as_of, "period": r.period,
             "subject": r.subject_id, "subject_name": names.get(r.subject_id) if r.subject_id else None,
             "source": r.source_id, "source_name": names.get(r.source_id) if r.source_id else None,
             "article": {"key": r.document_id, "title": r.title, "published": r.published, "source": r.outlet}} for r in rows]


def read_figures(store: Store, *, subject: int | None = None, quantity: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
    """Return series points (figures that name a quantity) for a subject and/or quantity, by ``as_of``."""
    p = schema.series_points
    where: list[Any] = []
    if subject is not None:
        where.append(p.c.subject_id == subject)
    if quantity is not None:
        where.append(p.c.quantity == quantity.lower().strip())
    with store.engine.connect() as conn:
        return _point_rows(conn, where, limit, offset)


def read_series(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return every (subject, quantity) series with its size and date range, largest first."""
    p = schema.series_points
    q = (select(p.c.subject_id, p.c.quantity, func.count().label("n"), func.min(p.c.as_of).label("first"),
                func.max(p.c.as_of).label("last"))
         .group_by(p.c.subject_id, p.c.quantity).order_by(func.count().desc(), p.c.quantity, p.c.subject_id)
         .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
        names = _entity_names(conn, {r.subject_id for r in rows if r.subject_id})
    return [{"subject": r.subject_id, "subject_name": names.get(r.subject_id) if r.subject_id else None,
             "quantity": r.quantity, "points": r.n, "first": r.first, "last": r.last} for r in rows]


def read_contradictions(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return contradictions, newest first, each with both sides resolved to figures or statements."""
    c = schema.contradictions
    with store.engine.connect() as conn:
        rows = conn.execute(select(c).order_by(c.c.id.desc()).limit(limit).offset(offset)).all()
        names = _entity_names(conn, {r.subject_id for r in rows if r.subject_id})
        out = []
        for r in rows:
            if r.kind == "figure":
                sides = {s["key"]: s for s in _point_rows(conn, [schema.series_points.c.figure_id.in_([r.left_id, r.right_id])], 2, 0)}
            else:
                sides = {s["key"]: s for s in _statement_rows(conn, [schema.statements.c.id.in_([r.left_id, r.right_id])], 2, 0)}
            out.append({"key": r.id, "kind": r.kind, "subject": r.subject_id,
                        "subject_name": names.get(r.subject_id) if r.subject_id else None, "quantity": r.quantity,
                        "period": r.period, "reason": r.reason, "left": sides.get(r.left_id), "right": sides.get(r.right_id)})
    return out


def read_duplicate_groups(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return groups of two or more near-duplicate articles, each with its original and copies."""
    dup, d = schema.duplicates, schema.documents
    with store.engine.connect() as conn:
        groups = conn.execute(select(dup.c.group_id, func.count().label("n")).group_by(dup.c.group_id)
                              .having(func.count() > 1).order_by(dup.c.group_id).limit(limit).offset(offset)).all()
        out = []
        for g in groups:
            members = conn.execute(
                select(d.c.id, d.c.doc_id, d.c.sha256, d.c.title, d.c.source, d.c.url, d.c.published, dup.c.similarity,
                       dup.c.original_id).join(dup, dup.c.document_id == d.c.id).where(dup.c.group_id == g.group_id)
                .order_by(d.c.published.nulls_last(), d.c.id)).all()
            original = next((m for m in members if m.id == m.original_id), members[0])
            out.append({"group": g.group_id, "size": g.n, "original": _doc_summary(original),
                        "copies": [_doc_summary(m) | {"similarity": m.similarity} for m in members if m.id != original.id]})
    return out


def read_entity_page(store: Store, key: int, limit: int = 50) -> dict[str, Any]:
    """Return a canonical entity with what they said, what was said about them, figures, events and a timeline.

    Raises:
        QueryError: no such entity.
    """
    c, el, ev, e, d = schema.canonical_entities, schema.entity_links, schema.events, schema.entities, schema.documents
    with store.engine.connect() as conn:
        row = conn.execute(select(c).where(c.c.id == key)).first()
        if row is None:
            raise QueryError(f"no entity with key {key}")
        local = select(e.c.document_id, e.c.local_id).join(el, el.c.entity_id == e.c.id).where(el.c.canonical_id == key).subquery()
        events = conn.execute(
            select(ev.c.id, ev.c.type, ev.c.trigger, ev.c.date, ev.c.status, ev.c.document_id, d.c.title, d.c.published,
                   ev.c.actor, ev.c.target)
            .join(d, d.c.id == ev.c.document_id)
            .join(local, (local.c.document_id == ev.c.document_id)
                  & ((local.c.local_id == ev.c.actor) | (local.c.local_id == ev.c.target)))
            .order_by(d.c.published.nulls_last(), ev.c.id).limit(limit)).all()
        documents = conn.execute(select(d.c.id, d.c.doc_id, d.c.sha256, d.c.title, d.c.source, d.c.url, d.c.published)
                                 .where(d.c.id.in_(select(local.c.document_id))).order_by(d.c.published.nulls_last(), d.c.id)
                                 .limit(limit)).all()
    said = read_statements(store, speaker=key, limit=limit)
    about = [s for s in read_statements(store, about=key, limit=limit + len(said)) if s["speaker"] != key][:limit]
    figures = read_figures(store, subject=key, limit=limit)
    event_items = [{"key": r.id, "type": r.type, "trigger": r.trigger, "date": r.date, "status": r.status,
                    "role": "actor" if r.actor in _locals_of(store, key, r.document_id) else "target",
                    "article": {"key": r.document_id, "title": r.title, "published": r.published}} for r in events]
    timeline = sorted(
        [{"when": s["date"] or s["article"]["published"], "kind": "said", "text": s["content"], "article": s["article"]} for s in said]
        + [{"when": f["as_of"], "kind": "figure", "text": f"{f['quantity']}: {f['text']}", "article": f["article"]} for f in figures]
        + [{"when": x["date"] or x["article"]["published"], "kind": "event", "text": f"{x['type']}: {x['trigger']}",
            "article": x["article"]} for x in event_items],
        key=lambda t: (t["when"] is None, t["when"] or ""))
    return {"entity": {"key": row.id, "name": row.name, "type": row.type, "aliases": json.loads(row.aliases),
                       "roles": json.loads(row.roles), "iso3": row.iso3, "first_seen": row.first_seen,
                       "documents": row.n_documents},
            "articles": [_doc_summary(r) for r in documents], "said": said, "said_about": about, "figures": figures,
            "events": event_items, "timeline": timeline}


def _locals_of(store: Store, key: int, document_id: int) -> set[str]:
    e, el = schema.entities, schema.entity_links
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(select(e.c.local_id).join(el, el.c.entity_id == e.c.id)
                                           .where(el.c.canonical_id == key, e.c.document_id == document_id))}


def read_search(store: Store, q: str, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Return entities, articles and statements whose text contains ``q`` (case-insensitive), in that order."""
    c, d, st = schema.canonical_entities, schema.documents, schema.statements
    pattern = _like(q.strip())
    hits: list[dict[str, Any]] = []
    want = offset + limit
    with store.engine.connect() as conn:
        for r in conn.execute(select(c.c.id, c.c.name, c.c.type).where(
                c.c.name.ilike(pattern, escape="\\") | c.c.aliases.ilike(pattern, escape="\\"))
                .order_by(c.c.n_documents.desc(), c.c.id).limit(want)):
            hits.append({"kind": "entity", "key": r.id, "title": r.name, "snippet": r.type})
        if len(hits) < want:
            for r in conn.execute(select(d.c.id, d.c.title, d.c.doc_id, d.c.published, d.c.text).where(
                    d.c.title.ilike(pattern, escape="\\") | d.c.text.ilike(pattern, escape="\\"))
                    .order_by(d.c.published.desc().nulls_last(), d.c.id).limit(want - len(hits))):
                hits.append({"kind": "article", "key": r.id, "title": r.title or r.doc_id, "published": r.published,
                             "snippet": _snippet(r.text, q)})
        if len(hits) < want:
            for r in conn.execute(select(st.c.id, st.c.content, st.c.document_id, st.c.speaker_text).where(
                    st.c.content.ilike(pattern, escape="\\")).order_by(st.c.id).limit(want - len(hits))):
                hits.append({"kind": "statement", "key": r.id, "article": r.document_id, "title": r.speaker_text,
                             "snippet": _snippet(r.content, q)})
    return hits[offset:offset + limit]


def _snippet(text: str, q: str, width: int = 90) -> str:
    at = text.lower().find(q.strip().lower())
    if at < 0:
        return text[: 2 * width]
    start = max(0, at - width)
    return ("…" if start else "") + text[start: at + len(q) + width] + ("…" if at + len(q) + width < len(text) else "")


def ingest_text(store: Store, settings: Any, fields: dict[str, Any]) -> tuple[int, bool, Record]:
    """Analyse one posted article and store it with its ledger links; return ``(key, created, record)``."""
    from hearsay.analysis import analyze
    from hearsay.ingest.readers import make_article

    meta = {k: fields[k] for k in ("id", "title", "url", "source") if fields.get(k)}
    article = make_article(text=fields["text"], origin="<api>", published=fields.get("published"), meta=meta)
    if len(article.text.encode("utf-8")) > settings.max_bytes:
        raise SizeLimitError(f"article over the limit of {settings.max_bytes} bytes")
    if store.has(article.sha256):
        key = store.key(article.sha256)
        return key, False, store.load(article.sha256)
    record = analyze(article, settings)
    try:
        from hearsay.ledger import update_ledger
    except ImportError:  # pragma: no cover - a store without the ledger still takes articles
        key, created = store.save(record)
    else:
        key, created = store.save_linked(record, update_ledger)
    return key, created, record


__all__ = ["get_store", "router"]
