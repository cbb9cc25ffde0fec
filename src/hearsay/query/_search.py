"""Search: full-text matches over articles and statements (FTS5, PostgreSQL or LIKE), hit marks in a
snippet, and one flat list of entity, article and statement hits."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select, text

from hearsay.errors import QueryError
from hearsay.query._entities import entities, resolve_entity
from hearsay.query._rows import MAX_LIMIT, _all, _d, _like_escape, _page, _s
from hearsay.store import Store


_TOKEN = re.compile(r"\w+", re.UNICODE)


HIT_OPEN, HIT_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ around matches in a search snippet (read by :func:`hit_marks`)


def search(store: Store, q: str, *, limit: int = 20, offset: int = 0,
           variants: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Return articles and statements matching the words of ``q`` (all of them), best first.

    ``variants`` are other spellings of the same thing (an entity's name and aliases): a text
    matching every word of any one of them is found too. Uses FTS5 on SQLite and a
    ``tsvector`` match on PostgreSQL, falling back to LIKE/ILIKE on every word where neither
    is available (or the query is all stop words). Article snippets put :data:`HIT_OPEN` and
    :data:`HIT_CLOSE` around each match (FTS5 and PostgreSQL only).

    Raises:
        QueryError: an empty query or a bad page.
    """
    _page(limit, offset)
    words = _TOKEN.findall(q or "")
    if not words:
        raise QueryError("search needs at least one word")
    alternatives = [words]
    for v in variants or []:
        found = _TOKEN.findall(v)
        if found and [w.lower() for w in found] not in [[w.lower() for w in a] for a in alternatives]:
            alternatives.append(found)
    alternatives = alternatives[:16]
    dialect = store.engine.dialect.name
    if dialect == "sqlite" and _has_table(store, "documents_fts"):
        return _search_fts5(store, alternatives, limit, offset)
    if dialect == "postgresql":
        pg = _search_pg(store, [" ".join(a) for a in alternatives], limit, offset)
        if pg is not None:
            return pg
    return _search_like(store, alternatives, limit, offset)


def _has_table(store: Store, name: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(store.engine).has_table(name))


def _search_fts5(store: Store, alternatives: list[list[str]], limit: int, offset: int) -> dict[str, list[dict[str, Any]]]:
    match = " OR ".join("(" + " ".join('"' + w.replace('"', "") + '"' for w in words) + ")" for words in alternatives)
    params = {"q": match, "limit": limit, "offset": offset, "open": HIT_OPEN, "close": HIT_CLOSE}
    articles = _all(store, text(
        "SELECT d.id, d.title, d.source, d.url, d.published, snippet(documents_fts, 1, :open, :close, '…', 16) AS snippet "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH :q "
        "ORDER BY rank LIMIT :limit OFFSET :offset"), params)
    said = _all(store, text(
        "SELECT s.id, s.local_id, s.document_id, s.content, s.speaker_text, d.title, d.source, d.published "
        "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN documents d ON d.id = s.document_id "
        "WHERE statements_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"), params)
    return {"articles": articles, "statements": said}


def _search_pg(store: Store, alternatives: list[str], limit: int, offset: int) -> dict[str, list[dict[str, Any]]] | None:
    tsq: Any = func.plainto_tsquery("english", alternatives[0])
    for alt in alternatives[1:]:
        tsq = tsq.op("||")(func.plainto_tsquery("english", alt))
    probe = _all(store, select(func.numnode(tsq).label("n")))
    if not probe or not probe[0]["n"]:
        return None  # only stop words: fall back to ILIKE
    doc_vec = func.to_tsvector("english", func.coalesce(_d.c.title, "") + literal_column("' '") + _d.c.text)
    articles = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published,
                                  func.ts_headline("english", _d.c.text, tsq,
                                                   f"StartSel={HIT_OPEN}, StopSel={HIT_CLOSE}, MaxWords=30, MinWords=10")
                                  .label("snippet"))
                    .where(doc_vec.op("@@")(tsq)).order_by(func.ts_rank(doc_vec, tsq).desc(), _d.c.id)
                    .limit(limit).offset(offset))
    st_vec = func.to_tsvector("english", _s.c.content)
    said = _all(store, select(_s.c.id, _s.c.local_id, _s.c.document_id, _s.c.content, _s.c.speaker_text, _d.c.title, _d.c.source,
                              _d.c.published).join(_d, _d.c.id == _s.c.document_id)
                .where(st_vec.op("@@")(tsq)).order_by(func.ts_rank(st_vec, tsq).desc(), _s.c.id).limit(limit).offset(offset))
    return {"articles": articles, "statements": said}


def _search_like(store: Store, alternatives: list[list[str]], limit: int, offset: int) -> dict[str, list[dict[str, Any]]]:
    def all_words(*cols: Any) -> Any:
        return or_(*(and_(*(or_(*(c.ilike(f"%{_like_escape(w)}%", escape="\\") for c in cols)) for w in words))
                     for words in alternatives))

    articles = _all(store, select(_d.c.id, _d.c.title, _d.c.source, _d.c.url, _d.c.published, func.substr(_d.c.text, 1, 200).label("snippet"))
                    .where(all_words(_d.c.title, _d.c.text)).order_by(_d.c.id).limit(limit).offset(offset))
    said = _all(store, select(_s.c.id, _s.c.local_id, _s.c.document_id, _s.c.content, _s.c.speaker_text, _d.c.title, _d.c.source,
                              _d.c.published)
                .join(_d, _d.c.id == _s.c.document_id).where(all_words(_s.c.content)).order_by(_s.c.id).limit(limit).offset(offset))
    return {"articles": articles, "statements": said}


def hit_marks(snippet: str, words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Return ``snippet`` without its :data:`HIT_OPEN`/:data:`HIT_CLOSE` markers and the
    ``(start, end)`` offsets of its matches: the marked stretches, or where none are marked,
    every whole-word occurrence of one of ``words`` (case-insensitive)."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    start: int | None = None
    for ch in snippet:
        if ch == HIT_OPEN:
            start = at
        elif ch == HIT_CLOSE:
            if start is not None and at > start:
                marks.append((start, at))
            start = None
        else:
            plain.append(ch)
            at += 1
    text_ = "".join(plain)
    if not marks and words:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")\w*",
                             re.IGNORECASE)
        marks = [(m.start(), m.end()) for m in pattern.finditer(text_)]
    return text_, marks


def search_hits(store: Store, q: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Return one list of hits for ``q``: entities whose name or an alias contains it (or whom
    ``q`` names, by any spelling the ledger knows), then the articles and statements
    :func:`search` finds for ``q`` or, when ``q`` names an entity, any of its names. Each row
    has a ``kind`` (``entity``, ``article`` or ``statement``); article and statement rows a
    plain ``snippet`` and the ``marks`` (offsets) of the matches in it. ``limit``/``offset``
    page through that list.

    A query without a word finds entities only. Each kind contributes at most ``MAX_LIMIT``
    hits, so pages past that many are empty.

    Raises:
        QueryError: a bad page.
    """
    _page(limit, offset)
    want = min(offset + limit, MAX_LIMIT)
    text_ = q.strip()
    hits = [{"kind": "entity", **r} for r in entities(store, text_, limit=want)] if text_ else []
    variants: list[str] = []
    if text_:
        try:
            named = resolve_entity(store, text_)
        except QueryError:
            named = None
        if named is not None:
            variants = [named["name"], *named["aliases"]]
            if all(h["id"] != named["id"] for h in hits):
                hits.insert(0, {"kind": "entity", **named})
    if len(hits) < offset + limit and _TOKEN.search(q or ""):
        found = search(store, q, limit=want, variants=variants)
        words = [w for v in [q, *variants] for w in _TOKEN.findall(v)]
        for r in found["articles"]:
            snippet, marks = hit_marks(r.get("snippet") or "", words)
            hits.append({"kind": "article", **r, "snippet": snippet, "marks": marks})
        for r in found["statements"]:
            snippet, marks = hit_marks(r["content"], words)
            hits.append({"kind": "statement", **r, "snippet": snippet, "marks": marks})
    return hits[offset:offset + limit]
