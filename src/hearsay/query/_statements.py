"""Statements: the list and its filters, totals, facet counts and rows by id, with entity references
(speaker, relays, on-behalf-of) as names and canonical keys."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from hearsay.errors import QueryError
from hearsay.query._cache import _args, _kept
from hearsay.query._entities import resolve_entity
from hearsay.query._rows import _all, _ce, _d, _late, _order, _page, _s, sort_spec
from hearsay.store import Store, schema


_SP = _ce.alias("sp")  # a statement's canonical speaker


def _statement_query() -> Select[Any]:
    links, sp = schema.statement_links, _SP
    return (select(_s.c.id, _s.c.document_id, _d.c.title, _d.c.source, _d.c.url, _d.c.published, links.c.speaker_id,
                   sp.c.name.label("speaker"), _s.c.speaker_text, _s.c.kind, _s.c.type, _s.c.cue, _s.c.content, _s.c.date,
                   _s.c.char_start, _s.c.char_end, links.c.cluster_id, _s.c.via, _s.c.on_behalf_of)
            .join(_d, _d.c.id == _s.c.document_id)
            .outerjoin(links, links.c.statement_id == _s.c.id)
            .outerjoin(sp, sp.c.id == links.c.speaker_id))


def _entity_refs(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace each row's stored local entity ids by names and canonical keys, as ``speaker`` has them.

    ``via`` (innermost relay first) becomes ``[{name, key}]``: the relay's name in its article
    and its canonical key (None if unlinked). ``on_behalf_of`` (the organisation a named
    spokesperson speaks for, issue 14) becomes its canonical key as ``on_behalf_of_id`` and its
    canonical name as ``on_behalf_of`` (the article's name when the entity is not linked; both
    None when the statement has none).
    """
    wanted: set[tuple[int, str]] = set()
    for r in rows:
        raw = r.get("via")
        ids = json.loads(raw) if isinstance(raw, str) else list(raw or [])
        r["via"] = ids
        wanted.update((r["document_id"], str(i)) for i in ids)
        if r.get("on_behalf_of"):
            wanted.add((r["document_id"], str(r["on_behalf_of"])))
    found: dict[tuple[int, str], dict[str, Any]] = {}
    if wanted:
        e, el = schema.entities, schema.entity_links
        for doc in sorted({d for d, _ in wanted}):
            local_ids = sorted(i for d, i in wanted if d == doc)
            for x in _all(store, select(e.c.local_id, e.c.name, el.c.canonical_id, _ce.c.name.label("canonical_name"))
                          .outerjoin(el, el.c.entity_id == e.c.id).outerjoin(_ce, _ce.c.id == el.c.canonical_id)
                          .where(e.c.document_id == doc, e.c.local_id.in_(local_ids))):
                found[(doc, x["local_id"])] = {"name": x["name"], "key": x["canonical_id"],
                                               "canonical_name": x["canonical_name"]}
    for r in rows:
        r["via"] = [{"name": f["name"], "key": f["key"]}
                    for f in (found.get((r["document_id"], str(i)), {"name": str(i), "key": None}) for i in r["via"])]
        org = found.get((r["document_id"], str(r["on_behalf_of"]))) if r.get("on_behalf_of") else None
        r["on_behalf_of_id"] = org["key"] if org else None
        r["on_behalf_of"] = (org["canonical_name"] or org["name"]) if org else None
    return rows


def _about_filter(store: Store, about: int | str) -> Any:
    m, el = schema.mentions, schema.entity_links
    target = resolve_entity(store, about)["id"]
    # Start from the entity's mentions and find the statements around them: a correlated
    # EXISTS per statement made SQLite scan every statement in the store (docs/perf-query.md).
    inner = _s.alias("around")
    return _s.c.id.in_(
        select(inner.c.id).select_from(el).join(m, m.c.entity_id == el.c.entity_id)
        .join(inner, and_(inner.c.document_id == m.c.document_id, m.c.char_start >= inner.c.char_start,
                          m.c.char_end <= inner.c.char_end))
        .where(el.c.canonical_id == target))


STATEMENT_FACETS = ("kind", "type", "outlet", "language", "since", "until")
STATEMENT_SORTS = {"date": func.coalesce(_s.c.date, _d.c.published), "published": _d.c.published, "speaker": _SP.c.name,
                   "kind": _s.c.kind, "type": _s.c.type, "outlet": _d.c.source, "article": _d.c.title}


def _statement_filters(store: Store, speaker: int | str | None, about: int | str | None, not_speaker: int | None = None,
                       **facets: Any) -> list[Any]:
    unknown = set(facets) - set(STATEMENT_FACETS)
    if unknown:
        raise QueryError(f"unknown statement filter {sorted(unknown)[0]!r}")
    links = schema.statement_links
    where: list[Any] = []
    if speaker is not None:
        where.append(links.c.speaker_id == resolve_entity(store, speaker)["id"])
    if about is not None:
        where.append(_about_filter(store, about))
    if not_speaker is not None:
        where.append(or_(links.c.speaker_id.is_(None), links.c.speaker_id != not_speaker))
    if facets.get("kind"):
        where.append(_s.c.kind == str(facets["kind"]).lower())
    if facets.get("type"):
        where.append(_s.c.type == str(facets["type"]).lower())
    if facets.get("outlet"):
        where.append(_d.c.source == str(facets["outlet"]))
    if facets.get("language"):
        where.append(_d.c.language == str(facets["language"]).lower())
    when = func.coalesce(_s.c.date, _d.c.published)
    if facets.get("since"):
        where.append(when >= str(facets["since"]))
    if facets.get("until"):
        until = str(facets["until"])  # "2025-05" keeps every date of May: compare the same number of characters
        where.append(func.substr(when, 1, len(until)) <= until)
    return where


def _statement_base() -> Select[Any]:
    links = schema.statement_links
    return (select(func.count().label("n")).select_from(_s).join(_d, _d.c.id == _s.c.document_id)
            .outerjoin(links, links.c.statement_id == _s.c.id))


def statements(store: Store, speaker: int | str | None = None, about: int | str | None = None, *,
               limit: int = 50, offset: int = 0, not_speaker: int | None = None, sort: str | None = None,
               **facets: Any) -> list[dict[str, Any]]:
    """Return statements, newest article first (or by ``sort``, one of :data:`STATEMENT_SORTS`,
    then in article order): by a speaker, about an entity, or both.

    ``about`` matches statements whose content span mentions the entity; ``not_speaker`` leaves
    out one speaker's own words. ``facets`` narrow further: ``kind`` (direct, indirect, mixed), ``type`` (assertion,
    belief, intention, evidence, request),
    ``outlet`` (the article's source), ``language``, ``since``/``until`` (ISO dates compared
    with the statement's date, else its article's). Each row's ``via`` is the relay chain
    (``[{name, key}]``, innermost first).

    Raises:
        QueryError: an unknown speaker or entity, an unknown filter, or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    order = _order(sort, STATEMENT_SORTS, "-published", [_s.c.document_id.desc(), _s.c.char_start, _s.c.id])
    where = _statement_filters(store, speaker, about, not_speaker, **facets)
    # the keys' subquery joins the speaker's link and name only when a filter or the sort needs them
    links, (name, _) = schema.statement_links, sort_spec(sort, STATEMENT_SORTS, "-published")
    keys: Any = _s.join(_d, _d.c.id == _s.c.document_id)
    if speaker is not None or not_speaker is not None or name == "speaker":
        keys = keys.outerjoin(links, links.c.statement_id == _s.c.id)
    if name == "speaker":
        keys = keys.outerjoin(_SP, _SP.c.id == links.c.speaker_id)
    key_query = select(_s.c.id).select_from(keys).where(*where)
    return _entity_refs(store, _all(store, _late(_statement_query().where(*where), _s.c.id, order, limit, offset, key_query)))


def statements_total(store: Store, speaker: int | str | None = None, about: int | str | None = None, *,
                     not_speaker: int | None = None, **facets: Any) -> int:
    """Return how many statements :func:`statements` lists over all its pages for these filters."""
    def count() -> int:
        query = _statement_base().where(*_statement_filters(store, speaker, about, not_speaker, **facets))
        return int(_all(store, query)[0]["n"])

    return _kept(store, "statements_total", _args(speaker=speaker, about=about, not_speaker=not_speaker, **facets), count)


def statement_facets(store: Store, speaker: int | str | None = None, about: int | str | None = None,
                     *, top: int = 25, **facets: Any) -> dict[str, list[dict[str, Any]]]:
    """Return, for the statements these filters select, the counts per speaker, kind, outlet and
    language: ``{facet: [{value, label, count}]}``, largest first, at most ``top`` values each."""
    return _kept(store, "statement_facets", _args(speaker=speaker, about=about, top=top, **facets),
                 lambda: _statement_facets(store, speaker, about, top, **facets))


def _statement_facets(store: Store, speaker: int | str | None, about: int | str | None, top: int,
                      **facets: Any) -> dict[str, list[dict[str, Any]]]:
    links = schema.statement_links
    where = _statement_filters(store, speaker, about, None, **facets)
    if not where:
        return _statement_facets_all(store, top)
    # each count joins only what its facet and the filters name (the article, the speaker's link)
    by_article = any(facets.get(k) for k in ("outlet", "language", "since", "until"))

    def counts(name: str, col: Any, label: Any) -> list[dict[str, Any]]:
        n = func.count().label("count")
        source: Any = _s
        if by_article or name in ("outlet", "language"):
            source = source.join(_d, _d.c.id == _s.c.document_id)
        if speaker is not None or name == "speaker":
            source = source.outerjoin(links, links.c.statement_id == _s.c.id)
        if name == "speaker":
            source = source.outerjoin(_ce, _ce.c.id == links.c.speaker_id)
        query = (select(col.label("value"), label.label("label"), n).select_from(source)
                 .where(*where).group_by(col, label).order_by(n.desc(), label).limit(top))
        return _all(store, query)

    return {"speaker": counts("speaker", links.c.speaker_id, _ce.c.name), "kind": counts("kind", _s.c.kind, _s.c.kind),
            "outlet": counts("outlet", _d.c.source, _d.c.source), "language": counts("language", _d.c.language, _d.c.language)}


def _facet_order(rows: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    """Largest count first, then by label with an empty label first (as SQL orders them)."""
    rows = [r for r in rows if r["count"]]
    return sorted(rows, key=lambda r: (-r["count"], r["label"] is not None, r["label"] or ""))[:top]


def _statement_facets_all(store: Store, top: int) -> dict[str, list[dict[str, Any]]]:
    """The facet counts of every statement, read from narrow rows: kinds from the statements'
    index, outlets and languages from per-article counts, speakers from the links alone (a
    statement without a link counts as no speaker). The same counts as the general query,
    which joins every statement to its article and speaker (about a second at 150,000)."""
    links = schema.statement_links
    n = func.count().label("count")
    kinds = _all(store, select(_s.c.kind.label("value"), _s.c.kind.label("label"), n).group_by(_s.c.kind)
                 .order_by(n.desc(), _s.c.kind).limit(top))
    per_article = select(_s.c.document_id, func.count().label("n")).group_by(_s.c.document_id).subquery()

    def by_article(col: Any) -> list[dict[str, Any]]:
        total = func.sum(per_article.c.n).label("count")
        return _all(store, select(col.label("value"), col.label("label"), total)
                    .select_from(per_article.join(_d, _d.c.id == per_article.c.document_id))
                    .group_by(col).order_by(total.desc(), col).limit(top))

    speakers = _all(store, select(links.c.speaker_id.label("value"), _ce.c.name.label("label"), n)
                    .select_from(links.outerjoin(_ce, _ce.c.id == links.c.speaker_id)).group_by(links.c.speaker_id, _ce.c.name))
    unlinked = int(_all(store, select((select(func.count()).select_from(_s).scalar_subquery()
                                       - select(func.count()).select_from(links).scalar_subquery()).label("n")))[0]["n"])
    if unlinked:
        none = next((r for r in speakers if r["value"] is None), None)
        if none is None:
            speakers.append({"value": None, "label": None, "count": unlinked})
        else:
            none["count"] += unlinked
    for r in speakers:
        r["count"] = int(r["count"])
    outlets, languages = by_article(_d.c.source), by_article(_d.c.language)
    for r in outlets + languages:
        r["count"] = int(r["count"])
    return {"speaker": _facet_order(speakers, top), "kind": kinds, "outlet": outlets, "language": languages}


def statements_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return statement rows as :func:`statements` gives them plus ``local_id`` and ``confidence``, by id."""
    if not ids:
        return {}
    query = _statement_query().add_columns(_s.c.local_id, _s.c.confidence, _s.c.rule).where(_s.c.id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _entity_refs(store, _all(store, query))}
