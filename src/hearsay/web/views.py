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
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from hearsay import query as q
from hearsay.api import shapes
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
_env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v is not None})


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
Key = Annotated[int, PathParam(ge=0, le=2**62)]
PAGE = 50


def _store(request: Request) -> Any:
    return request.app.state.store.get()


def _more(items: list[Any]) -> tuple[list[Any], bool]:
    return items[:PAGE], len(items) > PAGE


@router.get("/")
def search_page(request: Request, q_: Annotated[str, Query(alias="q", max_length=500)] = "", offset: Offset = 0) -> str:
    """The start page: a search box, results for ``q``, else the newest articles."""
    store = _store(request)
    text = q_.strip()
    if text:
        hits, more = _more([shapes.hit(r) for r in q.search_hits(store, text, limit=PAGE + 1, offset=offset)])
        return render("search.html", title=f"Search: {text}", q=text, hits=hits, articles=[], more=more, offset=offset)
    articles, more = _more([shapes.article_summary(r) for r in q.articles(store, limit=PAGE + 1, offset=offset)])
    return render("search.html", title="hearsay", q="", hits=None, articles=articles, more=more, offset=offset)


@router.get("/articles/{key}")
def article_page(request: Request, key: Key) -> str:
    """One article with its statements, figures, dates and events highlighted in the text."""
    store = _store(request)
    record = q.article(store, key)
    links = q.article_links(store, key)
    copies = [shapes.article_summary(c) | {"similarity": c["similarity"]} for c in links["copies"]]
    marks, legend = article_marks(record, links["canonical"])
    names = {e.id: e.name for e in record.entities}
    return render("article.html", title=record.article.title or record.article.doc_id, q="", key=key, record=record,
                  body=render_marks(record.article.text, marks), legend=legend, names=names,
                  canonical=links["canonical"], copies=copies, original=links["original"])


@router.get("/entities/{key}")
def entity_page(request: Request, key: Key) -> str:
    """A canonical entity: what they said, what was said about them, figures, events, timeline."""
    page = shapes.entity_page(q.entity_overview(_store(request), key, limit=PAGE))
    return render("entity.html", title=page["entity"]["name"], q="", **page)


@router.get("/series")
def series_list_page(request: Request, offset: Offset = 0) -> str:
    """Every figure series, largest first."""
    items, more = _more([shapes.series_key(r) for r in q.series_keys(_store(request), limit=PAGE + 1, offset=offset)])
    return render("series_list.html", title="Figure series", q="", items=items, more=more, offset=offset)


@router.get("/series/view")
def series_page(request: Request, quantity: Annotated[str, Query(max_length=500)],
                subject: Annotated[int | None, Query(ge=0, le=2**62)] = None) -> str:
    """One series: the chart of its intervals over ``as_of`` and the table of its points."""
    store = _store(request)
    rows = (q.figures(store, subject=subject, variable=quantity, limit=q.MAX_LIMIT)  # a series name (issue 13)
            or q.figures(store, subject=subject, quantity=quantity, limit=q.MAX_LIMIT))
    points = shapes.figures(rows, q.figures_by_id(store, [r["id"] for r in rows]))
    subject_name = next((p["subject_name"] for p in points if p["subject_name"]), None)
    return render("series.html", title=f"{quantity} — {subject_name or 'no subject'}", q="", quantity=quantity,
                  subject=subject, subject_name=subject_name, points=points, chart=series_chart(points))


@router.get("/contradictions")
def contradictions_page(request: Request, offset: Offset = 0) -> str:
    """Figures or statements that cannot both hold, with both sides."""
    rows = q.contradictions_in_full(_store(request), limit=PAGE + 1, offset=offset)
    items, more = _more([shapes.contradiction(r) for r in rows])
    return render("contradictions.html", title="Contradictions", q="", items=items, more=more, offset=offset)


@router.get("/duplicates")
def duplicates_page(request: Request, offset: Offset = 0) -> str:
    """Groups of near-duplicate articles."""
    rows = q.duplicates_in_full(_store(request), limit=PAGE + 1, offset=offset)
    items, more = _more([shapes.duplicate_group(g) for g in rows])
    return render("duplicates.html", title="Duplicates", q="", items=items, more=more, offset=offset)


__all__ = ["STATIC_DIR", "Mark", "article_marks", "render", "render_error_page", "render_marks", "router",
           "series_chart"]
