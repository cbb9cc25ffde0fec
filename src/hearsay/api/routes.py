"""The JSON API under ``/api``: thin handlers over :mod:`hearsay.query`, one error shape.

Every list takes ``limit`` (1–500) and ``offset`` and answers a :class:`~hearsay.api.schemas.Page`;
unknown ids are a 404 from :class:`~hearsay.errors.QueryError`; bad parameters a 422. Only
``POST /api/ingest`` writes, and only with the configured bearer token.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from hearsay import query as q
from hearsay.api import shapes
from hearsay.api.schemas import (
    ArticleSummary,
    ContradictionItem,
    DuplicateGroup,
    Entity,
    EntityPage,
    ErrorResponse,
    FigureItem,
    IngestRequest,
    IngestResponse,
    Page,
    SearchHit,
    SeriesItem,
    StatementItem,
)
from hearsay.record import to_dict
from hearsay.store import Store

# exclude_unset: an item keeps exactly the keys it was built with (a search hit for an entity has
# no "published"), so the models document the shapes without changing them.
router = APIRouter(prefix="/api", responses={
    404: {"model": ErrorResponse, "description": "No such item."},
    422: {"model": ErrorResponse, "description": "A parameter has a value the API cannot use."},
})

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=500)]
EXPORT_PAGE = 500
Format = Annotated[str, Query(pattern="^(csv|json|jsonl)$", description="csv, json or jsonl.")]
MAX_KEY = 2**62  # store keys are 64-bit integers; larger numbers are a 422, not a driver overflow
Key = Annotated[int, Path(ge=0, le=MAX_KEY, description="Store key.")]
Ref = Annotated[str | None, Query(max_length=500, description="An entity: store key, name, alias or ISO3 code.")]
EntityRef = Annotated[str, Path(min_length=1, max_length=500, description="An entity: store key, name, alias or ISO3 code.")]
Kind = Annotated[str | None, Query(pattern="^(direct|indirect|mixed)?$", description="direct, indirect or mixed.")]
StatementType = Annotated[str | None, Query(pattern="^(assertion|belief|intention|evidence|request)?$",
                                            description="assertion, belief, intention, evidence or request.")]
Day = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")]


def _sort_param(columns: Any, default: str) -> Any:
    """The ``sort`` parameter of one list: its columns are in the OpenAPI schema (an enum-like
    pattern), so any other value is a 422 naming them, like every bad parameter of this API."""
    names = sorted(columns)
    return Query(pattern=f"^-?({'|'.join(re.escape(n) for n in names)})$",
                 description=f"Sort column: one of {', '.join(names)}; a leading '-' sorts descending (default {default}). "
                             "Ties keep the default order.")


# The sort names, the same on the web pages (where hearsay.query checks them: an unknown one is a 400 page).
ArticleSort = Annotated[str | None, _sort_param(q.ARTICLE_SORTS, "-published")]
StatementSort = Annotated[str | None, _sort_param(q.STATEMENT_SORTS, "-published")]
FigureSort = Annotated[str | None, _sort_param(q.FIGURE_SORTS, "quantity")]
EventSort = Annotated[str | None, _sort_param(q.EVENT_SORTS, "-published")]
SeriesSort = Annotated[str | None, _sort_param(q.SERIES_SORTS, "-points")]
ContradictionSort = Annotated[str | None, _sort_param(q.CONTRADICTION_SORTS, "key")]
EntitySort = Annotated[str | None, _sort_param(q.ENTITY_SORTS, "-documents")]


def get_store(request: Request) -> Store:
    """Return the app's store (opened at first use)."""
    return request.app.state.store.get()  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]


def _page(items: list[dict[str, Any]], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """Trim the one extra row fetched to learn whether another page follows."""
    more = len(items) > limit
    page = {"ok": True, "items": items[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}
    if total is not None:
        page["total"] = total
    return page


def statement_filters(speaker: Ref = None, about: Ref = None, kind: Kind = None, type: StatementType = None,  # noqa: A002
                      outlet: Annotated[str | None, Query(max_length=500, description="The article's source (outlet).")] = None,
                      language: Annotated[str | None, Query(max_length=16, description="Language of the original article.")] = None,
                      since: Day = None, until: Day = None) -> dict[str, Any]:
    """The statement filters, with the same names in the API and on the web page."""
    return {k: v for k, v in (("speaker", speaker), ("about", about), ("kind", kind), ("type", type), ("outlet", outlet),
                              ("language", language), ("since", since), ("until", until)) if v}


StatementFilters = Annotated[dict[str, Any], Depends(statement_filters)]


@router.get("/articles", response_model=Page[ArticleSummary], response_model_exclude_unset=True,
            summary="Stored articles, newest first")
def list_articles(store: StoreDep, limit: Limit = 50, offset: Offset = 0, sort: ArticleSort = None) -> dict[str, Any]:
    """List stored articles with their key, id, title, source and publication date; ``total`` counts them."""
    rows = q.articles(store, limit=limit + 1, offset=offset, sort=sort)
    return _page([shapes.article_summary(r) for r in rows], limit, offset, q.articles_total(store))


@router.get("/entities", response_model=Page[Entity], response_model_exclude_unset=True,
            summary="Canonical entities, most reported first")
def list_entities(store: StoreDep, q_: Annotated[str | None, Query(alias="q", max_length=500, description="Part of a name or alias.")] = None,
                  type: Annotated[str | None, Query(pattern="^[A-Za-z_]{0,20}$", description="Entity type, e.g. PERSON, GPE, ORG.")] = None,
                  limit: Limit = 50, offset: Offset = 0, sort: EntitySort = None) -> dict[str, Any]:
    """List canonical entities with their type, aliases, ISO3 code and number of articles; ``total`` counts every page."""
    rows = q.entities(store, q_ or None, type or None, limit=limit + 1, offset=offset, sort=sort)
    return _page([shapes.entity(r) for r in rows], limit, offset, q.entities_total(store, q_ or None, type or None))


@router.get("/articles/{key}", summary="One article's full hearsay/1 record")
def get_article(key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the hearsay/1 record of the article with this store key."""
    return to_dict(q.article(store, key))


@router.get("/entities/{key}", response_model=EntityPage, response_model_exclude_unset=True,
            summary="A canonical entity: names, roles, what they said and what was said about them")
def get_entity(key: EntityRef, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Return the canonical entity ``key`` (store key, name, alias or ISO3 code) and ``limit``
    items of each list from ``offset``; ``totals`` gives each list's full length."""
    return {"ok": True, **shapes.entity_page(q.entity_overview(store, key, limit=limit, offset=offset))}


@router.get("/statements", response_model=Page[StatementItem], response_model_exclude_unset=True,
            summary="Statements by speaker and/or about an entity")
def list_statements(store: StoreDep, filters: StatementFilters, limit: Limit = 50, offset: Offset = 0,
                    sort: StatementSort = None) -> dict[str, Any]:
    """List statements, filtered by who said them (``speaker``), whom they mention (``about``),
    ``kind``, ``outlet``, ``language`` and date (``since``/``until``); ``total`` counts every page.
    Entities may be given by key, name, alias or ISO3 code (unknown: 404)."""
    rows = q.statements(store, limit=limit + 1, offset=offset, sort=sort, **filters)
    full = q.statements_by_id(store, [r["id"] for r in rows])
    return _page(shapes.statements(rows, full), limit, offset, q.statements_total(store, **filters))


@router.get("/statements/facets", summary="Counts per speaker, kind, outlet and language for statement filters")
def statement_facets(store: StoreDep, filters: StatementFilters) -> dict[str, Any]:
    """Return, for the statements these filters select, the count per value of each facet."""
    return {"ok": True, "total": q.statements_total(store, **filters), "facets": q.statement_facets(store, **filters)}


@router.get("/figures", response_model=Page[FigureItem], response_model_exclude_unset=True,
            summary="Figures as intervals, by subject and/or quantity")
def list_figures(store: StoreDep, subject: Ref = None, quantity: Text = None, limit: Limit = 50, offset: Offset = 0,
                 sort: FigureSort = None) -> dict[str, Any]:
    """List the series points (figures with a quantity), by quantity then ``as_of`` (or ``sort``); ``subject``
    by key, name, alias or ISO3 code."""
    rows = q.figures(store, subject=subject, quantity=quantity, limit=limit + 1, offset=offset, sort=sort)
    full = q.figures_by_id(store, [r["id"] for r in rows])
    return _page(shapes.figures(rows, full), limit, offset, q.figures_total(store, subject=subject, quantity=quantity))


@router.get("/figures/facets", summary="Counts per quantity and subject for figure filters")
def figure_facets(store: StoreDep, subject: Ref = None, quantity: Text = None) -> dict[str, Any]:
    """Return, for the figures these filters select, the count per quantity and per subject."""
    return {"ok": True, "total": q.figures_total(store, subject=subject, quantity=quantity),
            "facets": q.figure_facets(store, subject=subject, quantity=quantity)}


EventType = Annotated[str | None, Query(pattern="^[A-Za-z_]{0,30}$", description="PLOVER event type, e.g. AID.")]
EventStatus = Annotated[str | None, Query(pattern="^(asserted|negated|hypothetical|future)?$", description="asserted, negated, hypothetical or future.")]


def event_filters(type: EventType = None, status: EventStatus = None, entity: Ref = None,
                  outlet: Annotated[str | None, Query(max_length=500, description="The article's source (outlet).")] = None,
                  since: Day = None, until: Day = None) -> dict[str, Any]:
    """The event filters, with the same names in the API and on the web page."""
    return {k: v for k, v in (("type", type), ("status", status), ("entity", entity), ("outlet", outlet),
                              ("since", since), ("until", until)) if v}


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]


@router.get("/events", summary="Events by type, status, entity (actor or target), outlet and date")
def list_events(store: StoreDep, filters: EventFilters, limit: Limit = 50, offset: Offset = 0,
                sort: EventSort = None) -> dict[str, Any]:
    """List events, newest article first (or by ``sort``); ``total`` counts every page."""
    rows = q.events(store, limit=limit + 1, offset=offset, sort=sort, **filters)
    return _page([shapes.event_item(r) for r in rows], limit, offset, q.events_total(store, **filters))


@router.get("/events/facets", summary="Counts per type, status and outlet for event filters")
def event_facets(store: StoreDep, filters: EventFilters) -> dict[str, Any]:
    """Return, for the events these filters select, the count per value of each facet."""
    return {"ok": True, "total": q.events_total(store, **filters), "facets": q.event_facets(store, **filters)}


@router.get("/export/events", summary="Every event the filters select, as CSV, JSON or JSONL", response_class=StreamingResponse)
def export_events(store: StoreDep, filters: EventFilters, format: Format = "csv", sort: EventSort = None) -> StreamingResponse:
    """Export what ``/api/events`` lists for the same filters and order, all pages."""
    q.events_total(store, **filters)

    def pages() -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            rows = q.events(store, limit=EXPORT_PAGE, offset=offset, sort=sort, **filters)
            items = [shapes.event_item(r) for r in rows]
            if format == "csv":
                items = [i | {k: (i[k] or {}).get("name") for k in ("actor", "target", "source")} for i in items]
            yield items
            if len(rows) < EXPORT_PAGE:
                return
            offset += EXPORT_PAGE

    return export_response("events", format, pages())


@router.get("/series", response_model=Page[SeriesItem], response_model_exclude_unset=True,
            summary="Figure series keyed by (subject, quantity)")
def list_series(store: StoreDep, subject: Ref = None, quantity: Text = None, limit: Limit = 50, offset: Offset = 0,
                sort: SeriesSort = None) -> dict[str, Any]:
    """List the (subject, quantity) series with their number of points and date range, for one
    ``subject`` (key, name, alias or ISO3 code) and/or ``quantity`` when given; ``total`` counts every page."""
    rows = q.series_keys(store, subject=subject, quantity=quantity, limit=limit + 1, offset=offset, sort=sort)
    return _page([shapes.series_key(r) for r in rows], limit, offset, q.series_total(store, subject, quantity=quantity))


@router.get("/contradictions", response_model=Page[ContradictionItem], response_model_exclude_unset=True,
            summary="Figures or statements that cannot both hold")
def list_contradictions(store: StoreDep, limit: Limit = 50, offset: Offset = 0, sort: ContradictionSort = None) -> dict[str, Any]:
    """List contradictions, each with both sides and the articles they come from; ``total`` counts every page."""
    rows = q.contradictions_in_full(store, limit=limit + 1, offset=offset, sort=sort)
    return _page([shapes.contradiction(r) for r in rows], limit, offset, q.contradictions_total(store))


@router.get("/contradictions/{key}", summary="One contradiction: both sentences in context, why they conflict, a citation")
def get_contradiction(request: Request, key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the contradiction with both sides' provenance (sentence in its paragraph, speaker or
    subject and source, article, rule), the variable and period compared, the reason and a citation."""
    base = str(request.base_url).rstrip("/")
    return {"ok": True, **shapes.contradiction_page(q.contradiction(store, key), f"{base}/contradictions/{key}", base)}


@router.get("/duplicates", response_model=Page[DuplicateGroup], response_model_exclude_unset=True,
            summary="Groups of near-duplicate articles")
def list_duplicates(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List groups of near-duplicate articles with their original (the earliest)."""
    rows = q.duplicates_in_full(store, limit=limit + 1, offset=offset)
    return _page([shapes.duplicate_group(g) for g in rows], limit, offset)


@router.get("/search", response_model=Page[SearchHit], response_model_exclude_unset=True,
            summary="Search entities, articles and statements")
def search(store: StoreDep, q_: Annotated[str, Query(alias="q", min_length=1, max_length=500, description="Words to find.")],
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Find entities by name or alias, then articles and statements containing every word of the query."""
    rows = q.search_hits(store, q_, limit=limit + 1, offset=offset)
    return _page([shapes.hit(r) for r in rows], limit, offset)


def _provenance(request: Request, store: Store, kind: str, key: int) -> dict[str, Any]:
    link = str(request.base_url).rstrip("/") + f"/{kind}s/{key}"
    return {"ok": True, **shapes.provenance(q.provenance(store, kind, key), link)}


@router.get("/statements/{key}", summary="One statement with its provenance and a citation")
def get_statement(request: Request, key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the statement, its paragraph, speaker, relay chain, article, rule and a plain-text citation."""
    return _provenance(request, store, "statement", key)


@router.get("/figures/{key}", summary="One figure with its provenance and a citation")
def get_figure(request: Request, key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the figure, its paragraph, subject, source, article, rule and a plain-text citation."""
    return _provenance(request, store, "figure", key)


@router.get("/events/{key}", summary="One event with its provenance and a citation")
def get_event(request: Request, key: Key, store: StoreDep) -> dict[str, Any]:
    """Return the event, its paragraph, actor, target, article, rule and a plain-text citation."""
    return _provenance(request, store, "event", key)




def _flat(item: dict[str, Any]) -> dict[str, Any]:
    """Return an item as one CSV row: nested article and relay chain flattened, lists joined."""
    row: dict[str, Any] = {}
    for k, v in item.items():
        if k == "article":
            row |= {f"article_{a}": b for a, b in v.items()}
        elif k == "via":
            row["via"] = " > ".join(x["name"] for x in v)
        else:
            row[k] = v
    return row


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text  # no spreadsheet formulas


def export_response(kind: str, fmt: str, pages: Iterator[list[dict[str, Any]]]) -> StreamingResponse:
    """Stream every item ``pages`` yields as CSV, a JSON array or JSON lines."""
    def body() -> Iterator[str]:
        first = True
        columns: list[str] = []
        if fmt == "json":
            yield "["
        for items in pages:
            for item in items:
                if fmt == "jsonl":
                    yield json.dumps(item, ensure_ascii=False) + "\n"
                elif fmt == "json":
                    yield ("" if first else ",\n") + json.dumps(item, ensure_ascii=False)
                else:
                    row = _flat(item)
                    buf = io.StringIO()
                    writer = csv.writer(buf)
                    if first:
                        columns = list(row)
                        writer.writerow(columns)
                    writer.writerow([_cell(row.get(c)) for c in columns])
                    yield buf.getvalue()
                first = False
        if fmt == "json":
            yield "]\n"

    media = {"csv": "text/csv; charset=utf-8", "json": "application/json", "jsonl": "application/x-ndjson"}[fmt]
    return StreamingResponse(body(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="hearsay-{kind}.{fmt}"'})


@router.get("/export/statements", summary="Every statement the filters select, as CSV, JSON or JSONL",
            response_class=StreamingResponse)
def export_statements(store: StoreDep, filters: StatementFilters, format: Format = "csv",
                      sort: StatementSort = None) -> StreamingResponse:
    """Export the statements ``/api/statements`` lists for the same filters and order, all pages."""
    q.statements_total(store, **filters)  # an unknown entity is a 404 before streaming starts

    def pages() -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            rows = q.statements(store, limit=EXPORT_PAGE, offset=offset, sort=sort, **filters)
            yield shapes.statements(rows, q.statements_by_id(store, [r["id"] for r in rows]))
            if len(rows) < EXPORT_PAGE:
                return
            offset += EXPORT_PAGE

    return export_response("statements", format, pages())


@router.get("/export/figures", summary="Every figure the filters select, as CSV, JSON or JSONL",
            response_class=StreamingResponse)
def export_figures(store: StoreDep, subject: Ref = None, quantity: Text = None, format: Format = "csv",
                   sort: FigureSort = None) -> StreamingResponse:
    """Export the figures ``/api/figures`` lists for the same filters and order, all pages."""
    q.figures_total(store, subject=subject, quantity=quantity)

    def pages() -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            rows = q.figures(store, subject=subject, quantity=quantity, limit=EXPORT_PAGE, offset=offset, sort=sort)
            yield shapes.figures(rows, q.figures_by_id(store, [r["id"] for r in rows]))
            if len(rows) < EXPORT_PAGE:
                return
            offset += EXPORT_PAGE

    return export_response("figures", format, pages())


Country = Annotated[str | None, Query(max_length=500, description="A state: ISO3 code, name, alias or key.")]


@router.get("/transfers", summary="Reported transfers between two states (AID/COOPERATE events), oldest first")
def list_transfers(store: StoreDep, giver: Annotated[str | None, Query(alias="from", max_length=500, description="Giving state: ISO3, name or key.")] = None,
                   receiver: Annotated[str | None, Query(alias="to", max_length=500, description="Receiving state: ISO3, name or key.")] = None,
                   limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """List transfers with what they carry (troops, arms and systems, technology, money, fuel, food),
    the figures of their sentence, status, date, source and article."""
    rows = q.transfers(store, giver or None, receiver or None, limit=limit + 1, offset=offset)
    return _page([shapes.transfer(r) for r in rows], limit, offset, q.transfers_total(store, giver or None, receiver or None))


@router.get("/transfers/pairs", summary="Every (from, to) pair of states with transfers reported")
def list_transfer_pairs(store: StoreDep) -> dict[str, Any]:
    """Return each pair with its number of reports, date range and the goods named."""
    pairs = q.transfer_pairs(store)
    return {"ok": True, "items": [{"from": p["giver"], "from_name": p["giver_name"], "to": p["receiver"],
                                   "to_name": p["receiver_name"], "reports": p["reports"], "first": p["first"],
                                   "last": p["last"], "goods": p["goods"]} for p in pairs]}


@router.get("/export/transfers", summary="Every transfer of a pair, as CSV, JSON or JSONL", response_class=StreamingResponse)
def export_transfers(store: StoreDep, giver: Annotated[str | None, Query(alias="from", max_length=500)] = None,
                     receiver: Annotated[str | None, Query(alias="to", max_length=500)] = None,
                     format: Format = "csv") -> StreamingResponse:
    """Export what ``/api/transfers`` lists for the same states, all pages."""
    q.transfers(store, giver or None, receiver or None, limit=1)

    def pages() -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            rows = q.transfers(store, giver or None, receiver or None, limit=EXPORT_PAGE, offset=offset)
            yield [_transfer_flat(shapes.transfer(r)) if format == "csv" else shapes.transfer(r) for r in rows]
            if len(rows) < EXPORT_PAGE:
                return
            offset += EXPORT_PAGE

    return export_response("transfers", format, pages())


def _transfer_flat(item: dict[str, Any]) -> dict[str, Any]:
    out = dict(item)
    out["goods"] = "; ".join(item["goods"])
    out["figures"] = "; ".join(f["text"] + (f" ({f['hedge']})" if f.get("hedge") else "") for f in item["figures"])
    for k in ("actor", "target", "source"):
        out[k] = item[k]["name"] if item[k] else None
    return out


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
    from hearsay.service import ingest_text

    key, created, record = ingest_text(store, request.app.state.settings, article.text, title=article.title,
                                       url=article.url, source=article.source, doc_id=article.id,
                                       published=article.published)
    return {"ok": True, "key": key, "created": created, "id": record.article.doc_id, "sha256": record.article.sha256,
            "statements": len(record.statements), "figures": len(record.figures)}


__all__ = ["get_store", "router", "statement_filters"]
