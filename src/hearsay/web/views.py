"""The web UI: server-rendered pages over :mod:`hearsay.query`, in the API's item shapes.

Every page is a Jinja2 template with autoescape on. Article text is never inserted as HTML:
:func:`~hearsay.web.highlight.render_marks` slices the stored text at record offsets and
escapes every slice itself, so a ``<script>`` in an article is shown as text. The figure chart
(:mod:`hearsay.web.chart`) is SVG built from numbers and escaped labels. Pages carry no inline
script or style (the CSP forbids both); the one small script, ``static/app.js``, only moves
focus to the search box on "/".
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup, escape
from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from hearsay import query as q
from hearsay.api import shapes
from hearsay.api.routes import event_filters, statement_filters
from hearsay.errors import QueryError
from hearsay.web.chart import interval, series_chart
from hearsay.web.highlight import Mark, article_marks, render_marks

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its extension
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals["interval"] = interval
_env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v is not None and v != ""})
_env.globals["label"] = shapes.article_label


def marked(text: str, marks: list[list[int]] | None) -> Markup:
    """Return ``text`` escaped, with ``<mark>`` around each ``[start, end)`` of ``marks``."""
    out: list[str] = []
    at = 0
    for start, end in sorted((int(a), int(b)) for a, b in marks or []):
        if start < at or end > len(text) or start >= end:
            continue
        out += [str(escape(text[at:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        at = end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))


_env.globals["marked"] = marked


def web_url(url: str | None) -> str | None:
    """Return ``url`` if it is an http(s) address, else None: no ``javascript:`` or ``data:`` links."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(c in url for c in "\x00\n\r\t"):
        return url.strip()
    return None


_env.filters["web_url"] = web_url

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(name: str, **context: Any) -> str:
    """Return the rendered template ``name``."""
    return _env.get_template(name).render(**context)


def render_error_page(status: int, message: str, code: str) -> str:
    """Return the HTML error page: the same message and code as the API's error shape."""
    return render("error.html", title=f"Error {status}", status=status, message=message, code=code, q="")


# --- pages ---------------------------------------------------------------------------------
Offset = Annotated[int, Query(ge=0, le=10**9)]
Sort = Annotated[str, Query(max_length=40)]  # checked against each list's columns by hearsay.query (unknown: 400)
Key = Annotated[int, PathParam(ge=0, le=2**62)]
PAGE = 50


def _store(request: Request) -> Any:
    return request.app.state.store.get()


def _more(items: list[Any]) -> tuple[list[Any], bool]:
    return items[:PAGE], len(items) > PAGE


def _keep(filters: dict[str, Any], sort: str) -> dict[str, Any]:
    """The URL parameters every link of a list page keeps: its filters and its sort."""
    return {**filters, "sort": sort.strip()} if sort.strip() else dict(filters)


@router.get("/")
def search_page(request: Request, q_: Annotated[str, Query(alias="q", max_length=500)] = "", offset: Offset = 0,
                sort: Sort = "") -> str:
    """The start page: a search box, results for ``q``, else the newest articles (or by ``sort``)."""
    store = _store(request)
    text = q_.strip()
    if text:
        hits, more = _more([shapes.hit(r) for r in q.search_hits(store, text, limit=PAGE + 1, offset=offset)])
        return render("search.html", title=f"Search: {text}", q=text, hits=hits, articles=[], more=more, offset=offset,
                      total=None, sort="", keep={"q": text}, page_size=PAGE)
    articles, more = _more([shapes.article_summary(r) for r in q.articles(store, limit=PAGE + 1, offset=offset, sort=sort)])
    return render("search.html", title="hearsay", q="", hits=None, articles=articles, more=more, offset=offset,
                  total=q.articles_total(store), sort=sort, keep=_keep({}, sort), page_size=PAGE)


@router.get("/articles/{key}")
def article_page(request: Request, key: Key) -> str:
    """One article with its statements, figures, dates and events highlighted in the text."""
    store = _store(request)
    record = q.article(store, key)
    links = q.article_links(store, key)
    copies = [shapes.article_summary(c) | {"similarity": c["similarity"]} for c in links["copies"]]
    marks, legend = article_marks(record, links["canonical"])
    names = {e.id: e.name for e in record.entities}
    return render("article.html", title=shapes.article_label(record.article.title, key), q="", key=key, record=record,
                  body=render_marks(record.article.text, marks), legend=legend, names=names,
                  canonical=links["canonical"], copies=copies, original=links["original"])


@router.get("/entities")
def entities_page(request: Request, name: Annotated[str, Query(alias="q", max_length=500)] = "",
                  type: Annotated[str, Query(pattern="^[A-Za-z_]{0,20}$")] = "", offset: Offset = 0, sort: Sort = "") -> str:
    """Every canonical entity, most reported first (or by ``sort``), filtered by part of a name or
    alias (``q``, as in the API) and by type."""
    store = _store(request)
    filters = {k: v for k, v in (("q", name.strip()), ("type", type.strip().upper())) if v}
    rows = q.entities(store, filters.get("q"), filters.get("type"), limit=PAGE + 1, offset=offset, sort=sort)
    items, more = _more([shapes.entity(r) for r in rows])
    return render("entities.html", title="Entities", q="", items=items, more=more, offset=offset, page_size=PAGE,
                  total=q.entities_total(store, filters.get("q"), filters.get("type")), filters=filters, sort=sort,
                  keep=_keep(filters, sort))


@router.get("/entities/{key}")
def entity_page(request: Request, key: Annotated[str, PathParam(min_length=1, max_length=500)], offset: Offset = 0) -> str:
    """A canonical entity (by key, name, alias or ISO3 code): what they said, what was said
    about them, figures, events, timeline; every list paged by ``offset`` with its total."""
    page = shapes.entity_page(q.entity_overview(_store(request), key, limit=PAGE, offset=offset))
    more = any(n > offset + PAGE for n in page["totals"].values())
    return render("entity.html", title=page["entity"]["name"], q="", offset=offset, more=more, page_size=PAGE, **page)


@router.get("/statements")
def statements_page(request: Request, filters: Annotated[dict[str, Any], Depends(statement_filters)], offset: Offset = 0,
                    sort: Sort = "") -> str:
    """Faceted statements: the API's filters (same names, in the URL), counts per facet value,
    sortable columns, pages of 50 with the total, and export links for the whole selection."""
    store = _store(request)
    rows = q.statements(store, limit=PAGE + 1, offset=offset, sort=sort, **filters)
    items, more = _more(shapes.statements(rows, q.statements_by_id(store, [r["id"] for r in rows[:PAGE]])))
    total = q.statements_total(store, **filters)
    facets = q.statement_facets(store, **filters)
    names = {k: q.resolve_entity(store, filters[k])["name"] for k in ("speaker", "about") if k in filters}
    return render("statements.html", title="Statements", q="", items=items, more=more, offset=offset, total=total,
                  facets=facets, filters=filters, names=names, page_size=PAGE, sort=sort, keep=_keep(filters, sort))


def _provenance_page(request: Request, kind: str, key: int) -> str:
    link = str(request.base_url).rstrip("/") + f"/{kind}s/{key}"
    prov = shapes.provenance(q.provenance(_store(request), kind, key), link)
    return render("provenance.html", title=f"{kind.capitalize()} {key}", q="", p=prov, kinds=shapes.KIND_WORDS)


@router.get("/statements/{key}")
def statement_page(request: Request, key: Key) -> str:
    """A statement's permalink: its sentence in context, kind, speaker, relay chain, article and rule."""
    return _provenance_page(request, "statement", key)


@router.get("/figures/{key}")
def figure_page(request: Request, key: Key) -> str:
    """A figure's permalink: its sentence in context, interval, subject, source, article and rule."""
    return _provenance_page(request, "figure", key)


@router.get("/events/{key}")
def event_page(request: Request, key: Key) -> str:
    """An event's permalink: its sentence in context, actor, target, article and rule."""
    return _provenance_page(request, "event", key)


@router.get("/figures")
def figures_page(request: Request, subject: Annotated[str, Query(max_length=500)] = "",
                 quantity: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0, sort: Sort = "") -> str:
    """Faceted figures: subject and quantity filters (the API's names), counts, sortable columns, pages and export."""
    store = _store(request)
    who, what = subject.strip() or None, quantity.strip() or None
    filters = {k: v for k, v in (("subject", who), ("quantity", what)) if v}
    rows = q.figures(store, who, what, limit=PAGE + 1, offset=offset, sort=sort)
    items, more = _more(shapes.figures(rows, q.figures_by_id(store, [r["id"] for r in rows[:PAGE]])))
    return render("figures.html", title="Figures", q="", items=items, more=more, offset=offset, page_size=PAGE,
                  total=q.figures_total(store, who, what), facets=q.figure_facets(store, who, what), filters=filters,
                  sort=sort, keep=_keep(filters, sort))


@router.get("/events")
def events_page(request: Request, filters: Annotated[dict[str, Any], Depends(event_filters)], offset: Offset = 0,
                sort: Sort = "") -> str:
    """Faceted events: type, status, entity, outlet and date filters (the API's names), counts,
    sortable columns, pages and export."""
    store = _store(request)
    items, more = _more([shapes.event_item(r) for r in q.events(store, limit=PAGE + 1, offset=offset, sort=sort, **filters)])
    return render("events.html", title="Events", q="", items=items, more=more, offset=offset, page_size=PAGE,
                  total=q.events_total(store, **filters), facets=q.event_facets(store, **filters), filters=filters,
                  sort=sort, keep=_keep(filters, sort))


@router.get("/transfers")
def transfers_page(request: Request, giver: Annotated[str, Query(alias="from", max_length=500)] = "",
                   receiver: Annotated[str, Query(alias="to", max_length=500)] = "", offset: Offset = 0) -> str:
    """The transfers monitor: every pair of states with transfers reported, and for a chosen
    pair its reports in date order (a timeline, pages of 50 with the total) with goods,
    figures, hedge and source."""
    store = _store(request)
    pairs = q.transfer_pairs(store)
    rows: list[Any] = []
    more, total = False, 0
    if giver or receiver:
        rows, more = _more([shapes.transfer(r) for r in q.transfers(store, giver or None, receiver or None,
                                                                     limit=PAGE + 1, offset=offset)])
        total = q.transfers_total(store, giver or None, receiver or None)
    keep = {k: v for k, v in (("from", giver), ("to", receiver)) if v}
    return render("transfers.html", title="Transfers", q="", pairs=pairs, rows=rows, giver=giver, receiver=receiver,
                  offset=offset, more=more, total=total, keep=keep, page_size=PAGE)


@router.get("/series")
def series_list_page(request: Request, offset: Offset = 0, sort: Sort = "") -> str:
    """Every figure series, largest first (or by ``sort``), with the total."""
    store = _store(request)
    items, more = _more([shapes.series_key(r) for r in q.series_keys(store, limit=PAGE + 1, offset=offset, sort=sort)])
    return render("series_list.html", title="Figure series", q="", items=items, more=more, offset=offset,
                  total=q.series_total(store), sort=sort, keep=_keep({}, sort), page_size=PAGE)


@router.get("/series/view")
def series_page(request: Request, quantity: Annotated[str, Query(min_length=1, max_length=500)],
                subject: Annotated[str | None, Query(min_length=1, max_length=500)] = None) -> str:
    """One series: the chart of its intervals over ``as_of`` and the table of its points.

    Without ``subject`` it is the series of figures that have no subject (as the series list
    counts them); a quantity with no figures is a 404.
    """
    store = _store(request)
    entity = q.resolve_entity(store, subject) if subject is not None else None
    key = entity["id"] if entity else None
    rows = (q.figures(store, subject=key, variable=quantity, no_subject=entity is None, limit=q.MAX_LIMIT)  # a series name (issue 13)
            or q.figures(store, subject=key, quantity=quantity, no_subject=entity is None, limit=q.MAX_LIMIT))
    if not rows:
        raise QueryError(f"no {quantity.strip()!r} figures" + (f" about {entity['name']}" if entity else " without a subject"))
    points = shapes.figures(rows, q.figures_by_id(store, [r["id"] for r in rows]))
    subject_name = entity["name"] if entity else None
    return render("series.html", title=f"{quantity} — {subject_name or 'no subject'}", q="", quantity=quantity.lower().strip(),
                  subject=entity["id"] if entity else None, subject_name=subject_name, points=points,
                  chart=series_chart(points))


def _series_href(sides: list[tuple[int | None, str | None]]) -> str | None:
    """The series view both figures of a contradiction are points of, if they are of one series.

    The contradiction's own subject is the story's (the ledger compares figures of one event),
    which need not be the figures' series subject: a link built from it led to a 404."""
    if len(sides) != 2 or sides[0] != sides[1] or not sides[0][1]:
        return None
    subject, variable = sides[0]
    return "/series/view?" + urlencode({"quantity": variable} | ({"subject": subject} if subject is not None else {}))


@router.get("/contradictions")
def contradictions_page(request: Request, offset: Offset = 0, sort: Sort = "") -> str:
    """Figures or statements that cannot both hold: a sortable table with both sides, each row
    linking to the contradiction's permalink."""
    store = _store(request)
    rows = q.contradictions_in_full(store, limit=PAGE + 1, offset=offset, sort=sort)
    items, more = _more([shapes.contradiction(r) for r in rows])
    for c in items:
        sides = [s for s in (c["left"], c["right"]) if c["kind"] == "figure" and s]
        c["series_href"] = _series_href([(s["subject"], s.get("variable")) for s in sides])
    return render("contradictions.html", title="Contradictions", q="", items=items, more=more, offset=offset,
                  total=q.contradictions_total(store), sort=sort, keep=_keep({}, sort), page_size=PAGE)


@router.get("/contradictions/{key}")
def contradiction_page(request: Request, key: Key) -> str:
    """A contradiction's permalink: both sentences in their paragraphs with speaker or subject,
    source, article and date; the variable and period compared; why they conflict; "Cite this"."""
    base = str(request.base_url).rstrip("/")
    c = shapes.contradiction_page(q.contradiction(_store(request), key), f"{base}/contradictions/{key}", base)
    sides = [s for s in (c["left"], c["right"]) if c["kind"] == "figure" and s]
    c["series_href"] = _series_href([((s.get("point") or {}).get("subject"), (s.get("point") or {}).get("variable"))
                                     for s in sides])
    return render("contradiction.html", title=f"Contradiction {key}", q="", c=c, kinds=shapes.KIND_WORDS)


@router.get("/duplicates")
def duplicates_page(request: Request, offset: Offset = 0) -> str:
    """Groups of near-duplicate articles."""
    rows = q.duplicates_in_full(_store(request), limit=PAGE + 1, offset=offset)
    items, more = _more([shapes.duplicate_group(g) for g in rows])
    return render("duplicates.html", title="Duplicates", q="", items=items, more=more, offset=offset)


__all__ = ["STATIC_DIR", "Mark", "article_marks", "render", "render_error_page", "render_marks", "router",
           "series_chart"]


from hearsay.web.curate import router as _curate_router  # noqa: E402  (its pages render with the templates above)

router.include_router(_curate_router)
