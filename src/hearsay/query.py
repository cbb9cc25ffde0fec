"""Read functions shared by the CLI, the API and the web UI.

Each function takes an open :class:`~hearsay.store.Store` and returns plain JSON-ready dicts
and lists (the form ``--format json`` prints and the API serves). Lists are paginated with
``limit``/``offset``; an entity, series or article that does not exist raises
:class:`~hearsay.errors.QueryError`. Copies of a story (non-original members of a
near-duplicate group) are left out of figures and series so a wire story counts once.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, text
from sqlalchemy.exc import SQLAlchemyError

from hearsay.errors import InputError, QueryError, StoreError
from hearsay.ledger.names import name_key, variant_key
from hearsay.paragraphs import paragraph_at
from hearsay.store import Store, schema

MAX_LIMIT = 1000
_d, _s, _ce = schema.documents, schema.statements, schema.canonical_entities


def _page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


# --- sorting: every list takes ``sort`` (a column name, "-" first for descending) ------------
# The names are the same in the web pages' URLs, the API and the CLI; each list maps them to
# its own SQL expressions, so a name outside a list's table never reaches SQL (an unknown one
# is an InputError: a 400 in the API). Every order ends with the list's key, so it is total
# and a page boundary never moves between two requests.

def sort_spec(sort: str | None, columns: tuple[str, ...] | dict[str, Any], default: str) -> tuple[str, bool]:
    """Return ``(column, descending)`` for ``sort`` (``"date"``, ``"-date"``), else ``default``.

    Raises:
        InputError: the column is not one of ``columns``.
    """
    spec = (sort or "").strip() or default
    descending = spec.startswith("-")
    name = spec[1:] if spec[0] in "-+" else spec
    if name not in columns:
        allowed = ", ".join(sorted(columns))
        raise InputError(f"cannot sort by {name[:40]!r}: sort by one of {allowed} (a leading '-' sorts descending)")
    return name, descending


def _order(sort: str | None, columns: dict[str, Any], default: str, tie: list[Any]) -> list[Any]:
    """Return ORDER BY terms: the chosen column(s) in the chosen direction, empty values last,
    then the ``tie`` terms (ending with the list's key) so the order is total."""
    name, descending = sort_spec(sort, columns, default)
    chosen = columns[name]
    terms = [(c.desc() if descending else c.asc()).nulls_last() for c in (chosen if isinstance(chosen, tuple) else (chosen,))]
    return terms + tie


# --- counts kept while the store does not change ----------------------------------------------
# Totals, facet counts, series and transfer pairs aggregate the whole selection: on 20,000
# articles an unfiltered facet count reads every statement (about a second). They are kept,
# per store and arguments, for as long as the store's state is the same: the articles stored,
# the last ledger pass, the canonical entities and the curations (a merge, split or rename
# records one). Reading that state is one small query, so a change made by another process
# (an ingest, a curation, a rebuild) is seen at the next request.
_T = TypeVar("_T")
_CACHE: dict[tuple[Any, ...], Any] = {}
_CACHE_MAX = 512
_CACHE_LOCK = threading.Lock()
_STATE = text(
    "SELECT (SELECT count(*) FROM documents), (SELECT max(id) FROM documents), "
    "(SELECT max(processed_at) FROM ledger_documents), (SELECT count(*) FROM canonical_entities), "
    "(SELECT max(id) FROM canonical_entities), (SELECT count(*) FROM entity_curations), "
    "(SELECT max(id) FROM entity_curations), (SELECT count(*) FROM authority_entities)")


def store_state(store: Store) -> tuple[Any, ...]:
    """Return what the kept counts depend on: it changes with any ingest, ledger pass or curation."""
    return tuple(_all(store, _STATE)[0].values())


def _kept(store: Store, name: str, args: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
    """Return ``compute()``, kept for the same store state, function ``name`` and ``args``."""
    key = (str(store.engine.url), id(store), name, args, store_state(store))
    with _CACHE_LOCK:
        if key in _CACHE:
            return copy.deepcopy(_CACHE[key])  # type: ignore[no-any-return]  # callers may change what they get
    value = compute()
    with _CACHE_LOCK:
        if len(_CACHE) >= _CACHE_MAX:
            for old in list(_CACHE)[: _CACHE_MAX // 4]:  # the oldest quarter goes
                del _CACHE[old]
        _CACHE[key] = copy.deepcopy(value)
    return value


def _args(**kw: Any) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in kw.items() if v is not None))


def _late(query: Select[Any], key: Any, order: list[Any], limit: int, offset: int, keys: Select[Any] | None = None) -> Select[Any]:
    """Return ``query`` for one page, sorting and skipping narrow rows: a subquery orders and
    pages the keys alone (``keys``, by default ``query`` reduced to ``key``), and only the
    page's rows are then read in full (sorting whole rows, with their text, made a page of
    150,000 statements take a second)."""
    keys = (keys if keys is not None else query.with_only_columns(key)).order_by(*order).limit(limit).offset(offset)
    return query.where(key.in_(keys)).order_by(*order)


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


def _originals_only() -> Any:
    dup = schema.duplicates
    return ~exists(select(dup.c.document_id).where(dup.c.document_id == schema.series_points.c.document_id,
                                                   dup.c.original_id != dup.c.document_id))


_SUBJ, _SRC = _ce.alias("subj"), _ce.alias("src")  # a figure's subject and who gave it


def _figure_query() -> Select[Any]:
    p, f = schema.series_points, schema.figures
    subj, src = _SUBJ, _SRC
    return (select(p.c.figure_id.label("id"), p.c.document_id, p.c.subject_id, subj.c.name.label("subject"), p.c.quantity,
                   p.c.value, p.c.low, p.c.high, p.c.unit, p.c.as_of, p.c.period, f.c.text, f.c.hedge,
                   p.c.variable, p.c.place, p.c.basis, p.c.kind, p.c.scale, f.c.char_start, f.c.char_end,
                   p.c.source_id, src.c.name.label("according_to"), _d.c.title, _d.c.source, _d.c.url, _d.c.published)
            .join(f, f.c.id == p.c.figure_id).join(_d, _d.c.id == p.c.document_id)
            .outerjoin(subj, subj.c.id == p.c.subject_id).outerjoin(src, src.c.id == p.c.source_id)
            .where(_originals_only()))


def _figure_filters(store: Store, subject: int | str | None, quantity: str | None, no_subject: bool) -> list[Any]:
    p = schema.series_points
    where: list[Any] = []
    if no_subject:
        where.append(p.c.subject_id.is_(None))
    elif subject is not None:
        where.append(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        where.append(p.c.quantity == quantity.lower().strip())
    return where


FIGURE_SORTS = {"quantity": schema.series_points.c.quantity, "subject": _SUBJ.c.name, "value": schema.series_points.c.value,
                "as_of": schema.series_points.c.as_of, "source": _SRC.c.name, "published": _d.c.published,
                "outlet": _d.c.source, "article": _d.c.title}


def figures(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
            limit: int = 50, offset: int = 0, no_subject: bool = False, variable: str | None = None,
            sort: str | None = None) -> list[dict[str, Any]]:
    """Return figures with a quantity (series points), optionally for one subject (or, with
    ``no_subject``, for none) and one quantity (the extractor's counted word) or one
    ``variable`` (a series name from :func:`series_keys`); by quantity then ``as_of``, or by
    ``sort`` (one of :data:`FIGURE_SORTS`) then ``as_of``.

    Raises:
        QueryError: an unknown subject or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    p = schema.series_points
    order = _order(sort, FIGURE_SORTS, "quantity", [p.c.as_of, p.c.figure_id])
    where = [*_figure_filters(store, subject, quantity, no_subject)]
    if variable:
        where.append(func.lower(p.c.variable) == variable.lower().strip())
    # the keys' subquery reads series points alone (every filter is on them), joining only what the sort names
    name, _ = sort_spec(sort, FIGURE_SORTS, "quantity")
    keys: Any = p
    if name == "subject":
        keys = keys.outerjoin(_SUBJ, _SUBJ.c.id == p.c.subject_id)
    elif name == "source":
        keys = keys.outerjoin(_SRC, _SRC.c.id == p.c.source_id)
    elif name in ("published", "outlet", "article"):
        keys = keys.join(_d, _d.c.id == p.c.document_id)
    key_query = select(p.c.figure_id).select_from(keys).where(_originals_only(), *where)
    return _all(store, _late(_figure_query().where(*where), p.c.figure_id, order, limit, offset, key_query))


def figures_total(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
                  no_subject: bool = False) -> int:
    """Return how many figures :func:`figures` lists over all its pages for these filters."""
    return sum(n for _, _, n in _figure_groups(store, subject, quantity, no_subject))


def _figure_groups(store: Store, subject: int | str | None, quantity: str | None,
                   no_subject: bool = False) -> tuple[tuple[str, int | None, int], ...]:
    """(quantity, subject key, number of figures) for the figures these filters select: one
    aggregation, kept per store state, that gives the figures' total and both facets (three
    scans of every series point, each checked against the duplicate groups, made the first
    /figures page after an ingest take about a second at 20,000 articles)."""
    p = schema.series_points

    def groups() -> tuple[tuple[str, int | None, int], ...]:
        # "subject_id + 0": grouped by an expression, SQLite reads the covering index of 0013
        # (quantity, as_of, subject_id, document_id) instead of walking the (subject, quantity)
        # index and each row's table page (90 vs 200 ms at 172,000 points)
        subject_key = (p.c.subject_id + 0).label("subject_id")
        query = (select(p.c.quantity, subject_key, func.count().label("n"))
                 .where(_originals_only(), *_figure_filters(store, subject, quantity, no_subject))
                 .group_by(p.c.quantity, subject_key))
        return tuple((str(r["quantity"]), None if r["subject_id"] is None else int(r["subject_id"]), int(r["n"]))
                     for r in _all(store, query))

    return _kept(store, "figure_groups", _args(subject=subject, quantity=quantity, no_subject=no_subject), groups)


SERIES_SORTS = ("subject", "quantity", "points", "undated", "first", "last")


def _series_filters(store: Store, subject: int | str | None, quantity: str | None) -> list[Any]:
    p = schema.series_points
    where = [_originals_only(), p.c.variable.is_not(None)]
    if subject is not None:
        where.append(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        where.append(func.lower(p.c.variable) == quantity.lower().strip())
    return where


def series_keys(store: Store, subject: int | str | None = None, *, limit: int = 50, offset: int = 0,
                quantity: str | None = None, sort: str | None = None) -> list[dict[str, Any]]:
    """Return the series in the store, largest first: one (subject, variable) each, with the
    number of dated points (``points``) and of points without an as_of (``undated``).

    ``quantity`` is the variable's name (measure, place, basis, unit: "troops deployed",
    "price (USD)"); figures that are not counts, whose measure is unknown or that have no
    subject form no series (a subject-less "killed" would mix every event's dead). ``quantity``
    keeps one variable; ``sort`` is one of :data:`SERIES_SORTS` (default ``-points``).

    Raises:
        QueryError: an unknown subject or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    name, descending = sort_spec(sort, SERIES_SORTS, "-points")
    rows = [dict(zip(_SERIES_FIELDS, g)) for g in _series_groups(store, subject, quantity)]
    # the order SQL would give: the tie-break first (undated descending, name, subject key), then
    # the chosen column, stable, its empty values last whatever the direction
    rows.sort(key=lambda r: (r["quantity"], r["subject_id"]))
    rows.sort(key=lambda r: r["undated"], reverse=True)
    present = sorted((r for r in rows if r[name] is not None), key=lambda r: r[name], reverse=descending)
    return (present + [r for r in rows if r[name] is None])[offset:offset + limit]


_SERIES_FIELDS = ("subject_id", "subject", "quantity", "points", "undated", "first", "last")


def _series_groups(store: Store, subject: int | str | None, quantity: str | None) -> tuple[tuple[Any, ...], ...]:
    """Every series the filters select, unordered: one aggregation of the series points, kept
    per store state (the list, its pages in any order and its total all come from it)."""
    p = schema.series_points
    where = _series_filters(store, subject, quantity)

    def groups() -> tuple[tuple[Any, ...], ...]:
        query = (select(p.c.subject_id, _ce.c.name.label("subject"), p.c.variable.label("quantity"),
                        func.count(p.c.period).label("points"), (func.count() - func.count(p.c.period)).label("undated"),
                        func.min(p.c.as_of).label("first"), func.max(p.c.as_of).label("last"))
                 .join(_ce, _ce.c.id == p.c.subject_id).where(*where).group_by(p.c.subject_id, _ce.c.name, p.c.variable))
        return tuple(tuple(r[f] for f in _SERIES_FIELDS) for r in _all(store, query))

    return _kept(store, "series_groups", _args(subject=subject, quantity=quantity), groups)


def series_total(store: Store, subject: int | str | None = None, *, quantity: str | None = None) -> int:
    """Return how many series :func:`series_keys` lists over all its pages."""
    return len(_series_groups(store, subject, quantity))


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
    if not rows:  # the extractor's own label ("soldiers killed") names the series its figures are in
        variables = {r["variable"] for r in _all(store, select(p.c.variable).where(
            p.c.subject_id == entity["id"], p.c.quantity == name.lower(), p.c.variable.is_not(None)))}
        if len(variables) == 1:
            name = variables.pop()
            rows = _all(store, _figure_query().where(p.c.subject_id == entity["id"], p.c.variable == name)
                        .order_by(p.c.as_of, p.c.figure_id))
    if not rows:
        raise QueryError(f"no {quantity!r} figures about {entity['name']}")
    return {"subject": entity, "quantity": name, "unit": rows[0]["unit"],
            "points": [r for r in rows if r["as_of"]], "undated": [r for r in rows if not r["as_of"]]}


CONTRADICTION_SORTS = {"key": schema.contradictions.c.id, "kind": schema.contradictions.c.kind, "subject": _ce.c.name,
                       "quantity": schema.contradictions.c.quantity, "period": schema.contradictions.c.period,
                       "confidence": schema.contradictions.c.confidence, "detected": schema.contradictions.c.detected_at}


def _contradiction_filters(store: Store, kind: str | None, subject: int | str | None, key: int | None = None) -> list[Any]:
    if kind not in (None, "figure", "statement"):
        raise QueryError(f"unknown contradiction kind {kind!r} (figure or statement)")
    c = schema.contradictions
    where: list[Any] = []
    if kind:
        where.append(c.c.kind == kind)
    if subject is not None:
        where.append(c.c.subject_id == resolve_entity(store, subject)["id"])
    if key is not None:
        where.append(c.c.id == key)
    return where


def contradictions(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                   limit: int = 50, offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Return contradictions, each with both sides and their sources, in the order they were
    found (or by ``sort``: one of :data:`CONTRADICTION_SORTS`).

    Raises:
        QueryError: an unknown kind or subject, or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    c = schema.contradictions
    order = _order(sort, CONTRADICTION_SORTS, "key", [c.c.id])
    query = select(c, _ce.c.name.label("subject")).outerjoin(_ce, _ce.c.id == c.c.subject_id)
    rows = _all(store, query.where(*_contradiction_filters(store, kind, subject)).order_by(*order).limit(limit).offset(offset))
    return [_sides(store, r) for r in rows]


def contradictions_total(store: Store, kind: str | None = None, subject: int | str | None = None) -> int:
    """Return how many contradictions :func:`contradictions` lists over all its pages."""
    c = schema.contradictions
    query = select(func.count().label("n")).select_from(c).where(*_contradiction_filters(store, kind, subject))
    return int(_all(store, query)[0]["n"])


def contradiction(store: Store, key: int) -> dict[str, Any]:
    """Return one contradiction for its permalink: the row (kind, subject, variable as
    ``quantity``, ``period``, ``reason``, ``confidence``, both stored sentences) and each side's
    :func:`provenance` (the sentence in its paragraph, speaker or subject and source, article,
    rule) as ``left``/``right`` (None for a side no longer stored); a figure side also carries
    its series ``point`` (subject key, variable, place, basis, period, interval in the series' unit).

    Raises:
        QueryError: no contradiction has that key.
    """
    c = schema.contradictions
    rows = _all(store, select(c, _ce.c.name.label("subject")).outerjoin(_ce, _ce.c.id == c.c.subject_id).where(c.c.id == key))
    if not rows:
        raise QueryError(f"no contradiction with key {key}")
    row = rows[0]
    out = {k: row.get(k) for k in ("id", "kind", "subject_id", "subject", "quantity", "period", "reason", "detected_at",
                                   "confidence", "left_sentence", "right_sentence")}
    p = schema.series_points
    for side in ("left", "right"):
        try:
            found: dict[str, Any] | None = provenance(store, row["kind"], row[f"{side}_id"])
        except QueryError:
            found = None
        if found is not None and row["kind"] == "figure":
            points = _all(store, select(p.c.subject_id.label("subject"), p.c.variable, p.c.place, p.c.basis, p.c.kind, p.c.period, p.c.as_of, p.c.low, p.c.high,
                                        p.c.low_inclusive, p.c.high_inclusive, p.c.value, p.c.unit, p.c.scale)
                          .where(p.c.figure_id == row[f"{side}_id"]))
            found["point"] = points[0] if points else None
        out[side] = found
    return out


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


def _like_escape(text: str) -> str:
    """Return ``text`` with LIKE wildcards escaped: a user's "%" or "_" matches itself."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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


# --- reads for the API and web UI ---
# Added for the JSON API and the web UI, and usable by the CLI: article summaries and records,
# the ledger around one article, rows by id with the record columns the lists above leave out,
# an entity's events and timeline, one flat search, and storing one posted article. Rows
# follow the conventions above: ``id`` is the store key, ``document_id`` the article's key.

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


def statements_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return statement rows as :func:`statements` gives them plus ``local_id`` and ``confidence``, by id."""
    if not ids:
        return {}
    query = _statement_query().add_columns(_s.c.local_id, _s.c.confidence, _s.c.rule).where(_s.c.id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _entity_refs(store, _all(store, query))}


def figures_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return figure rows as :func:`figures` gives them plus ``local_id`` and the interval's
    ``low_inclusive``/``high_inclusive``, by id (copies of a story are left out, as there)."""
    if not ids:
        return {}
    p, f = schema.series_points, schema.figures
    query = _figure_query().add_columns(f.c.local_id, p.c.low_inclusive, p.c.high_inclusive, f.c.rule).where(p.c.figure_id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _all(store, query)}


def contradictions_in_full(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                           limit: int = 50, offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Return :func:`contradictions` with each side as a full figure or statement row
    (:func:`figures_by_id`, :func:`statements_by_id`); a side no longer stored keeps its short form.

    Raises:
        QueryError: as :func:`contradictions`.
    """
    rows = contradictions(store, kind, subject, limit=limit, offset=offset, sort=sort)

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


def articles_total(store: Store) -> int:
    """Return the number of stored articles."""
    return int(_all(store, select(func.count().label("n")).select_from(_d))[0]["n"])


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


def figure_facets(store: Store, subject: int | str | None = None, quantity: str | None = None, *, top: int = 25) -> dict[str, list[dict[str, Any]]]:
    """Return, for the figures these filters select, the counts per quantity and per subject."""
    return _kept(store, "figure_facets", _args(subject=subject, quantity=quantity, top=top),
                 lambda: _figure_facets(store, subject, quantity, top))


def _figure_facets(store: Store, subject: int | str | None, quantity: str | None, top: int) -> dict[str, list[dict[str, Any]]]:
    by_quantity: dict[str, int] = {}
    by_subject: dict[int | None, int] = {}
    for qty, subj, n in _figure_groups(store, subject, quantity):
        by_quantity[qty] = by_quantity.get(qty, 0) + n
        by_subject[subj] = by_subject.get(subj, 0) + n
    quantities = [{"value": k, "label": k, "count": n} for k, n in sorted(by_quantity.items(), key=lambda kv: (-kv[1], kv[0]))]
    # names only for the subjects that can make the top (every one counted at least as often as the top-th)
    ranked = sorted(by_subject.values(), reverse=True)
    floor = ranked[top - 1] if len(ranked) >= top else 0
    wanted = [k for k, n in by_subject.items() if k is not None and n >= floor]
    names: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        names |= {int(r["id"]): r["name"] for r in _all(store, select(_ce.c.id, _ce.c.name).where(_ce.c.id.in_(chunk)))}
    counted = sorted(((n, names.get(k) if k is not None else None, k) for k, n in by_subject.items() if k is None or k in names),
                     key=lambda t: (-t[0], t[1] is not None, t[1] or ""))  # the figures without a subject first among equals
    subjects = [{"value": k, "label": label, "count": n} for n, label, k in counted[:top]]
    return {"quantity": quantities[:top], "subject": subjects}


TRANSFER_TYPES = ("AID", "COOPERATE")  # PLOVER types under which one state provides something to another
# what a transfer carries, read off the words of its sentence (singular forms; a plural "s" is dropped)
TRANSFER_GOODS: dict[str, frozenset[str]] = {
    "troops": frozenset({"troop", "soldier", "personnel", "fighter", "serviceman", "servicemen", "volunteer", "force",
                         "battalion", "brigade", "unit", "mercenary", "mercenaries", "officer"}),
    "arms and systems": frozenset({"weapon", "arm", "ammunition", "shell", "missile", "rocket", "artillery", "ordnance",
                                   "munition", "drone", "howitzer", "launcher", "tank", "materiel", "system", "gun",
                                   "rifle", "warplane", "jet", "air-defence", "air-defense"}),
    "technology": frozenset({"technology", "technologies", "know-how", "expertise", "satellite", "nuclear", "space",
                             "component", "chip", "semiconductor"}),
    "money": frozenset({"money", "fund", "funding", "loan", "cash", "dollar", "rouble", "ruble", "payment", "credit",
                        "financing", "financial", "investment", "$", "€"}),
    "fuel": frozenset({"fuel", "oil", "petroleum", "gas", "diesel", "gasoline", "petrol"}),
    "food": frozenset({"food", "grain", "rice", "wheat", "fertiliser", "fertilizer"}),
}
_WORD = re.compile(r"[\w$€][\w-]*", re.UNICODE)


def transfer_goods(sentence: str) -> list[str]:
    """Return the kinds of goods (:data:`TRANSFER_GOODS`) a sentence names, in table order."""
    words = set()
    for w in _WORD.findall(sentence.lower()):
        words.add(w)
        if w.endswith("ies"):
            words.add(w[:-3] + "y")
        elif w.endswith("s") and len(w) > 3:
            words.add(w[:-1])
    return [kind for kind, cues in TRANSFER_GOODS.items() if words & cues]


def transfers(store: Store, giver: str | None = None, receiver: str | None = None, *,
              limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Return reported transfers between two states: AID and COOPERATE events whose actor and
    target are coded with different countries, oldest first, each with ``giver``/``receiver``
    (ISO3), ``goods`` read off its sentence, the figures in that sentence, status, date,
    source (who said so, else the outlet) and article. ``giver``/``receiver`` take an ISO3
    code, a country name or key.

    Raises:
        QueryError: an unknown country or a bad page.
    """
    _page(limit, offset)
    ev = schema.events
    where, left, right = _transfer_where(_country_code(store, giver), _country_code(store, receiver))
    start = func.coalesce(ev.c.sentence_start, ev.c.char_start)
    end = func.coalesce(ev.c.sentence_end, ev.c.char_end)
    rows = _all(store, select(ev.c.id, ev.c.local_id, ev.c.document_id, ev.c.type, ev.c.mode, ev.c.trigger, ev.c.status,
                              ev.c.date, ev.c.actor, ev.c.target, ev.c.source, left.label("giver"), right.label("receiver"),
                              start.label("sentence_start"), end.label("sentence_end"),
                              func.substr(_d.c.text, start + 1, end - start).label("sentence"),
                              _d.c.title, _d.c.source.label("outlet"), _d.c.published)
                .join(_d, _d.c.id == ev.c.document_id).where(*where)
                .order_by(func.coalesce(ev.c.date, _d.c.published).nulls_last(), ev.c.id).limit(limit).offset(offset))
    f = schema.figures
    docs = sorted({r["document_id"] for r in rows})
    by_doc: dict[int, list[dict[str, Any]]] = {}
    for x in (_all(store, select(f.c.id, f.c.local_id, f.c.document_id, f.c.text, f.c.quantity, f.c.hedge, f.c.low, f.c.high,
                                 f.c.char_start, f.c.char_end).where(f.c.document_id.in_(docs))) if docs else []):
        by_doc.setdefault(x["document_id"], []).append(x)
    people = _entities_of(store, {(r["document_id"], str(r[k])) for r in rows for k in ("actor", "target", "source") if r.get(k)})
    for r in rows:
        for k in ("actor", "target", "source"):
            r[k] = people.get((r["document_id"], str(r[k]))) if r.get(k) else None
        r["goods"] = transfer_goods(r["sentence"] or "")
        r["figures"] = [{k: x[k] for k in ("id", "local_id", "text", "quantity", "hedge", "low", "high")}
                        for x in by_doc.get(r["document_id"], [])
                        if r["sentence_start"] <= x["char_start"] and x["char_end"] <= r["sentence_end"]]
    names = {c: n for c, n in _country_names(store, {r["giver"] for r in rows} | {r["receiver"] for r in rows}).items()}
    for r in rows:
        r["giver_name"], r["receiver_name"] = names.get(r["giver"]), names.get(r["receiver"])
    return rows


def _country_code(store: Store, ref: str | None) -> str | None:
    """Return the ISO3 code ``ref`` names (an ISO3 code, a country's name, alias or key).

    Raises:
        QueryError: ``ref`` names no country with an ISO3 code.
    """
    if ref is None or not ref.strip():
        return None
    ref = ref.strip()
    if len(ref) == 3 and ref.isalpha() and ref.isupper():
        return ref
    iso = resolve_entity(store, ref).get("iso3")
    if not iso:
        raise QueryError(f"{ref!r} is not a country with an ISO3 code")
    return str(iso)


def _transfer_where(giver_code: str | None, receiver_code: str | None) -> tuple[list[Any], Any, Any]:
    """Return the conditions selecting transfer events (and the giver and receiver code expressions)."""
    ev = schema.events
    left, right = func.substr(ev.c.actor_code, 1, 3), func.substr(ev.c.target_code, 1, 3)
    where = [ev.c.type.in_(TRANSFER_TYPES), ev.c.actor_code.is_not(None), ev.c.target_code.is_not(None), left != right]
    if giver_code:
        where.append(left == giver_code)
    if receiver_code:
        where.append(right == receiver_code)
    return where, left, right


def transfers_total(store: Store, giver: str | None = None, receiver: str | None = None) -> int:
    """Return how many transfers :func:`transfers` lists over all its pages for these states."""
    codes = [_country_code(store, giver), _country_code(store, receiver)]
    where, _, _ = _transfer_where(codes[0], codes[1])
    ev = schema.events
    return _kept(store, "transfers_total", _args(giver=codes[0], receiver=codes[1]),
                 lambda: int(_all(store, select(func.count().label("n")).select_from(ev).where(*where))[0]["n"]))


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


def _country_names(store: Store, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    rows = _all(store, select(_ce.c.iso3, _ce.c.name).where(_ce.c.iso3.in_(sorted(codes))).order_by(_ce.c.n_documents.desc()))
    out: dict[str, str] = {}
    for r in rows:
        out.setdefault(r["iso3"], r["name"])
    return out


def transfer_pairs(store: Store) -> list[dict[str, Any]]:
    """Return every (giver, receiver) pair of :func:`transfers` with its number of reports,
    first and last date and the goods named, most reported first."""
    return _kept(store, "transfer_pairs", (), lambda: _transfer_pairs(store))


def _transfer_pairs(store: Store) -> list[dict[str, Any]]:
    # one pass over the transfer events' codes, dates and sentences: no per-event entity or figure reads
    ev = schema.events
    where, left, right = _transfer_where(None, None)
    start = func.coalesce(ev.c.sentence_start, ev.c.char_start)
    end = func.coalesce(ev.c.sentence_end, ev.c.char_end)
    rows = _all(store, select(left.label("giver"), right.label("receiver"), func.coalesce(ev.c.date, _d.c.published).label("when"),
                              func.substr(_d.c.text, start + 1, end - start).label("sentence"))
                .join(_d, _d.c.id == ev.c.document_id).where(*where).order_by(ev.c.id))
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        when = r["when"]
        pair = pairs.setdefault((r["giver"], r["receiver"]), {"giver": r["giver"], "receiver": r["receiver"],
                                                              "reports": 0, "first": when, "last": when, "goods": []})
        pair["reports"] += 1
        if when:
            pair["first"] = min(x for x in (pair["first"], when) if x)
            pair["last"] = max(x for x in (pair["last"], when) if x)
        pair["goods"] += [g for g in transfer_goods(r["sentence"] or "") if g not in pair["goods"]]
    names = _country_names(store, {c for p in pairs for c in p})
    for (giver, receiver), pair in pairs.items():
        pair["giver_name"], pair["receiver_name"] = names.get(giver), names.get(receiver)
    return sorted(pairs.values(), key=lambda p: (-p["reports"], p["giver"], p["receiver"]))


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


def _context(text_: str, start: int, end: int, span: int = 400) -> dict[str, str]:
    """Return the paragraph around ``[start, end)`` as ``before``/``text``/``after`` (at most
    ``span`` characters each side, cut at a word)."""
    para_start, para_end = paragraph_at(text_, start, end)
    lo, hi = max(para_start, start - span), min(para_end, end + span)
    if lo > para_start:
        lo = text_.find(" ", lo, start) + 1 or lo
    if hi < para_end:
        cut = text_.rfind(" ", end, hi)
        hi = cut if cut > end else hi
    return {"before": ("…" if lo > para_start else "") + text_[lo:start], "text": text_[start:end],
            "after": text_[end:hi] + ("…" if hi < para_end else "")}


def provenance(store: Store, kind: str, key: int) -> dict[str, Any]:
    """Return where a statement, figure or event comes from: the item (its columns, entity
    references as ``{name, key}``), its ``article`` summary with ``language``, the paragraph
    around it (``context``) and the extraction ``rule``.

    Raises:
        QueryError: an unknown kind or key.
    """
    tables = {"statement": _s, "figure": schema.figures, "event": schema.events}
    if kind not in tables:
        raise QueryError(f"unknown item kind {kind!r} (statement, figure or event)")
    t = tables[kind]
    # the article's columns are labelled apart: figures and events have a "source" (who gave it) of their own
    rows = _all(store, select(t, _d.c.text.label("article_text"), _d.c.title.label("article_title"),
                              _d.c.source.label("article_source"), _d.c.url.label("article_url"),
                              _d.c.published.label("article_published"), _d.c.doc_id.label("article_doc_id"),
                              _d.c.language.label("article_language")).join(_d, _d.c.id == t.c.document_id).where(t.c.id == key))
    if not rows:
        raise QueryError(f"no {kind} with key {key}")
    row = rows[0]
    article_text = row.pop("article_text")
    refs = {"statement": ("speaker", "on_behalf_of"), "figure": ("subject", "source"), "event": ("actor", "target", "source", "location")}[kind]
    via = json.loads(row.get("via") or "[]") if kind == "statement" else []
    found = _local_entities(store, row["document_id"], [*(str(row.get(r) or "") for r in refs), *via])
    item = {k: v for k, v in row.items() if not k.startswith("article_")}
    for r in refs:
        item[r] = found.get(row.get(r) or "", {"name": row.get(r), "key": None}) if row.get(r) else None
    if kind == "statement":
        item["via"] = [found.get(v, {"name": v, "key": None}) for v in via]
        links = _all(store, select(schema.statement_links.c.speaker_id, schema.statement_links.c.cluster_id)
                     .where(schema.statement_links.c.statement_id == key))
        if links and item["speaker"] is None and links[0]["speaker_id"] is not None:
            named = resolve_entity(store, links[0]["speaker_id"])
            item["speaker"] = {"name": named["name"], "key": named["id"]}
        item["cluster_id"] = links[0]["cluster_id"] if links else None
    article = {"id": row["document_id"], "doc_id": row["article_doc_id"], "title": row["article_title"],
               "source": row["article_source"], "url": row["article_url"], "published": row["article_published"],
               "language": row["article_language"]}
    return {"kind": kind, "item": item, "article": article, "rule": row.get("rule") or "",
            "context": _context(article_text, row["char_start"], row["char_end"])}


__all__ = ["EVENT_FACETS", "HIT_CLOSE", "HIT_OPEN", "MAX_LIMIT", "REVIEW_RULES", "STATEMENT_FACETS", "TRANSFER_GOODS",
           "TRANSFER_TYPES", "ARTICLE_SORTS", "CONTRADICTION_SORTS", "ENTITY_SORTS", "EVENT_SORTS", "FIGURE_SORTS",
           "SERIES_SORTS", "STATEMENT_SORTS", "article", "article_links", "articles", "articles_by_id", "articles_total",
           "contradiction", "contradictions", "contradictions_in_full", "contradictions_total", "entities_total", "series_total",
           "sort_spec", "duplicates", "duplicates_in_full", "entities",
           "entity_events", "entity_events_total", "entity_overview", "entity_page", "event_facets",
           "events", "events_total", "figure_facets", "figures", "figures_by_id", "figures_total",
           "hit_marks", "provenance", "resolve_entity", "review_queue", "review_total", "search",
           "search_hits", "series", "series_keys", "statement_facets", "statements", "statements_by_id",
           "statements_total", "store_state", "timeline", "transfer_goods", "transfer_pairs", "transfers", "transfers_total"]
