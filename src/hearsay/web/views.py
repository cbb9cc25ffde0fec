"""The web UI: server-rendered pages over the same reads as the JSON API.

Every page is a Jinja2 template with autoescape on. Article text is never inserted as HTML:
:func:`highlight` slices the stored text at record offsets and escapes every slice itself, so a
``<script>`` in an article is shown as text. The figure chart is SVG built here from numbers and
escaped labels. Pages carry no inline script or style (the CSP forbids both); the one small
script, ``static/app.js``, only moves focus to the search box on "/".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from hearsay.model import Record

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
PALETTE = 8  # speaker colours spk-0 .. spk-7 in style.css

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its extension
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
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


# --- highlights --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch: offsets, the element and its attributes (escaped at output)."""

    start: int
    end: int
    rank: int  # outer layers first when two marks start together
    tag: str
    attrs: tuple[tuple[str, str], ...]


def _open(mark: Mark, first: bool) -> str:
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in mark.attrs if first or k != "tabindex")
    return f"<{mark.tag}{attrs}>"


def render_marks(text: str, marks: Iterable[Mark]) -> Markup:
    """Return ``text`` as escaped HTML with ``marks`` wrapped around their offsets.

    Marks that cross are split so the output always nests; empty or out-of-range marks are
    skipped. Only the slices of ``text`` between boundaries are emitted, each escaped.
    """
    valid = sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=lambda m: (m.start, -m.end, m.rank))
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[Mark] = set()
    for a, b in zip(bounds, bounds[1:]):
        want = [m for m in valid if m.start <= a and m.end >= b]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(f"</{m.tag}>")
        for m in want[keep:]:
            out.append(_open(m, m not in opened))
            opened.add(m)
        stack = want
        out.append(str(escape(text[a:b])))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return Markup("".join(out))


def _speaker_colours(record: Record) -> dict[str, int]:
    colours: dict[str, int] = {}
    for s in record.statements:
        who = s.speaker or s.speaker_text
        if who and who not in colours:
            colours[who] = len(colours) % PALETTE
    return colours


def article_marks(record: Record, canonical: dict[str, int]) -> tuple[list[Mark], list[dict[str, Any]]]:
    """Return the marks of an article page and its speaker legend (name, colour class, entity key)."""
    names = {e.id: e.name for e in record.entities}
    colours = _speaker_colours(record)
    marks: list[Mark] = []
    for s in record.statements:
        who = s.speaker or s.speaker_text
        cls = f"hl st spk-{colours[who]}" if who else "hl st spk-x"
        speaker = names.get(s.speaker or "", s.speaker_text or "unknown")
        tip = f"{s.kind} statement {s.id}: {speaker}" + (f", cue “{s.cue}”" if s.cue else "") + \
              (f", date {s.date}" if s.date else "") + f", confidence {s.confidence:.2f}"
        marks.append(Mark(s.start, s.end, 0, "mark", (("class", cls), ("title", tip), ("data-tip", tip),
                                                      ("tabindex", "0"), ("id", f"st-{s.id}"))))
        if s.speaker_start is not None and s.speaker_end is not None:
            marks.append(Mark(s.speaker_start, s.speaker_end, 1, "span",
                              (("class", f"speaker spk-{colours.get(who or '', 'x')}"), ("title", f"speaker of {s.id}: {speaker}"))))
        if s.cue_start is not None and s.cue_end is not None:
            marks.append(Mark(s.cue_start, s.cue_end, 1, "span", (("class", "cue"), ("title", f"cue of {s.id}"))))
    for f in record.figures:
        interval = f"{'' if f.low is None else f'{f.low:g}'}..{'' if f.high is None else f'{f.high:g}'}"
        tip = f"figure {f.id}: {f.quantity or 'quantity unknown'} = {interval}" + (f" ({f.hedge})" if f.hedge else "") + \
              (f", as of {f.as_of}" if f.as_of else "") + (f", unit {f.unit}" if f.unit else "")
        marks.append(Mark(f.start, f.end, 2, "span", (("class", "hl fig"), ("title", tip), ("data-tip", tip))))
    for t in record.times:
        tip = f"{t.type.lower()} {t.id}: {t.value}" + (f" ({t.mod})" if t.mod else "") + (f", anchored on {t.anchor}" if t.anchor else "")
        marks.append(Mark(t.start, t.end, 2, "span", (("class", "hl time"), ("title", tip), ("data-tip", tip))))
    for ev in record.events:
        tip = f"event {ev.id}: {ev.type}" + (f" ({ev.mode})" if ev.mode else "") + f", {ev.status}" + \
              (f", actor {names.get(ev.actor, ev.actor)}" if ev.actor else "") + (f", target {names.get(ev.target, ev.target)}" if ev.target else "")
        marks.append(Mark(ev.start, ev.end, 2, "span", (("class", "hl event"), ("title", tip), ("data-tip", tip))))
    for r in record.rejected:
        marks.append(Mark(r.start, r.end, 2, "span", (("class", "rej"), ("title", f"rejected {r.kind}: {r.reason}"))))
    for e in record.entities:
        key = canonical.get(e.id)
        for m in e.mentions:
            attrs: tuple[tuple[str, str], ...] = (("class", "ent"), ("title", f"{e.type}: {e.name}"))
            if key is not None:
                marks.append(Mark(m.start, m.end, 3, "a", (("href", f"/entities/{key}"), *attrs)))
            else:
                marks.append(Mark(m.start, m.end, 3, "span", attrs))
    legend = []
    for who, colour in colours.items():
        legend.append({"name": names.get(who, who), "colour": f"spk-{colour}", "key": canonical.get(who)})
    return marks, legend


# --- the chart -----------------------------------------------------------------------------
def _when(value: str | None) -> date | None:
    """Return the first day a TIMEX3 date value names (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")[:3] if p.isdigit()]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def series_chart(points: list[dict[str, Any]], width: int = 720, height: int = 320) -> Markup:
    """Return an SVG chart of figure intervals over ``as_of``: a bar from low to high, a dot at the value.

    Open ends run to the chart edge with an arrow; undated points are left out (the table lists them).
    """
    dated = [(d, p) for p in points if (d := _when(p.get("as_of"))) is not None]
    left, right, top, bottom = 70, 20, 20, 40
    svg = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="chart-title"><title id="chart-title">Figures over time ({len(dated)} dated points)</title>']
    values = [v for _, p in dated for v in (p.get("low"), p.get("high"), p.get("value")) if v is not None]
    if not dated or not values:
        svg.append(f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" class="empty">no dated figures</text></svg>')
        return Markup("".join(svg))
    lo_v, hi_v = min(values), max(values)
    if lo_v == hi_v:
        lo_v, hi_v = lo_v - max(1.0, abs(lo_v) * 0.1), hi_v + max(1.0, abs(hi_v) * 0.1)
    pad = (hi_v - lo_v) * 0.08
    lo_v = 0.0 if lo_v >= 0 > lo_v - pad else lo_v - pad  # counts start at zero, not below it
    hi_v += pad
    days = [d.toordinal() for d, _ in dated]
    d0, d1 = min(days), max(days)
    if d0 == d1:
        d0, d1 = d0 - 15, d1 + 15
    margin = max(2, (d1 - d0) // 20)  # keep the first and last bars off the axes
    d0, d1 = d0 - margin, d1 + margin
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(day: int) -> float:
        return left + (day - d0) / (d1 - d0) * plot_w

    def y(v: float) -> float:
        return top + (hi_v - v) / (hi_v - lo_v) * plot_h

    svg.append(f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>')
    svg.append(f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>')
    for i in range(5):
        v = lo_v + (hi_v - lo_v) * i / 4
        svg.append(f'<line class="grid" x1="{left}" y1="{y(v):.1f}" x2="{left + plot_w}" y2="{y(v):.1f}"/>'
                   f'<text class="tick" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{escape(_short(v))}</text>')
    last_x = -1e9
    for day in sorted({min(days), max(days), *(days if len(set(days)) <= 6 else [])}):
        if x(day) - last_x < 80:  # labels closer than this would overlap
            continue
        last_x = x(day)
        svg.append(f'<text class="tick" x="{x(day):.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                   f'{escape(date.fromordinal(day).isoformat())}</text>')
    for n, (d, p) in enumerate(dated):
        cx = x(d.toordinal()) + (n % 3 - 1) * 4  # nudge points of one date apart
        low = p.get("low")
        high = p.get("high")
        y_lo = y(low) if low is not None else top + plot_h
        y_hi = y(high) if high is not None else top
        label = f"{p.get('text', '')}: {_interval(p)} as of {p.get('as_of')}" + \
                (f" ({p['source_name']})" if p.get("source_name") else "") + \
                (f" — {p['article']['title']}" if p.get("article", {}).get("title") else "")
        svg.append(f'<g class="point" tabindex="0" data-key="{escape(str(p.get("key")))}"><title>{escape(label)}</title>')
        svg.append(f'<line class="range" x1="{cx:.1f}" y1="{y_lo:.1f}" x2="{cx:.1f}" y2="{y_hi:.1f}"/>')
        if low is not None:
            svg.append(f'<line class="cap" x1="{cx - 5:.1f}" y1="{y_lo:.1f}" x2="{cx + 5:.1f}" y2="{y_lo:.1f}"/>')
        else:
            svg.append(f'<path class="open" d="M{cx - 4:.1f},{y_lo - 6:.1f} L{cx:.1f},{y_lo:.1f} L{cx + 4:.1f},{y_lo - 6:.1f}"/>')
        if high is not None:
            svg.append(f'<line class="cap" x1="{cx - 5:.1f}" y1="{y_hi:.1f}" x2="{cx + 5:.1f}" y2="{y_hi:.1f}"/>')
        else:
            svg.append(f'<path class="open" d="M{cx - 4:.1f},{y_hi + 6:.1f} L{cx:.1f},{y_hi:.1f} L{cx + 4:.1f},{y_hi + 6:.1f}"/>')
        if p.get("value") is not None:
            svg.append(f'<circle class="value" cx="{cx:.1f}" cy="{y(p["value"]):.1f}" r="4"/>')
        svg.append("</g>")
    svg.append("</svg>")
    return Markup("".join(svg))


def _short(v: float) -> str:
    for unit, size in (("bn", 1e9), ("m", 1e6), ("k", 1e3)):
        if abs(v) >= size:
            return f"{v / size:.3g}{unit}"
    return f"{v:.3g}"


def _interval(p: dict[str, Any]) -> str:
    low, high = p.get("low"), p.get("high")
    if low is not None and low == high:
        return f"{low:g}"
    return f"{'…' if low is None else f'{low:g}'} to {'…' if high is None else f'{high:g}'}"


_env.globals["interval"] = _interval

# --- pages ---------------------------------------------------------------------------------
Offset = Annotated[int, Query(ge=0, le=10**9)]
Key = Annotated[int, PathParam(ge=0, le=2**62)]
PAGE = 50


def _store(request: Request) -> Any:
    return request.app.state.store.get()


def _more(items: list[Any]) -> tuple[list[Any], bool]:
    return items[:PAGE], len(items) > PAGE


@router.get("/")
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0) -> str:
    """The start page: a search box, results for ``q``, else the newest articles."""
    from hearsay.api import routes

    store = _store(request)
    q = q.strip()
    if q:
        hits, more = _more(routes.read_search(store, q, limit=PAGE + 1, offset=offset))
        return render("search.html", title=f"Search: {q}", q=q, hits=hits, articles=[], more=more, offset=offset)
    articles, more = _more(routes.read_articles(store, PAGE + 1, offset))
    return render("search.html", title="hearsay", q="", hits=None, articles=articles, more=more, offset=offset)


@router.get("/articles/{key}")
def article_page(request: Request, key: Key) -> str:
    """One article with its statements, figures, dates and events highlighted in the text."""
    from hearsay.api import routes

    store = _store(request)
    record = routes.read_article_record(store, key)
    links = routes.read_article_links(store, key)
    marks, legend = article_marks(record, links["canonical"])
    names = {e.id: e.name for e in record.entities}
    return render("article.html", title=record.article.title or record.article.doc_id, q="", key=key, record=record,
                  body=render_marks(record.article.text, marks), legend=legend, names=names,
                  canonical=links["canonical"], copies=links["copies"], original=links["original"])


@router.get("/entities/{key}")
def entity_page(request: Request, key: Key) -> str:
    """A canonical entity: what they said, what was said about them, figures, events, timeline."""
    from hearsay.api import routes

    page = routes.read_entity_page(_store(request), key, limit=PAGE)
    return render("entity.html", title=page["entity"]["name"], q="", **page)


@router.get("/series")
def series_list_page(request: Request, offset: Offset = 0) -> str:
    """Every figure series, largest first."""
    from hearsay.api import routes

    items, more = _more(routes.read_series(_store(request), limit=PAGE + 1, offset=offset))
    return render("series_list.html", title="Figure series", q="", items=items, more=more, offset=offset)


@router.get("/series/view")
def series_page(request: Request, quantity: Annotated[str, Query(max_length=500)],
                subject: Annotated[int | None, Query(ge=0, le=2**62)] = None) -> str:
    """One series: the chart of its intervals over ``as_of`` and the table of its points."""
    from hearsay.api import routes

    store = _store(request)
    points = routes.read_figures(store, subject=subject, quantity=quantity, limit=1000)
    subject_name = next((p["subject_name"] for p in points if p["subject_name"]), None)
    return render("series.html", title=f"{quantity} — {subject_name or 'no subject'}", q="", quantity=quantity,
                  subject=subject, subject_name=subject_name, points=points, chart=series_chart(points))


@router.get("/contradictions")
def contradictions_page(request: Request, offset: Offset = 0) -> str:
    """Figures or statements that cannot both hold, with both sides."""
    from hearsay.api import routes

    items, more = _more(routes.read_contradictions(_store(request), limit=PAGE + 1, offset=offset))
    return render("contradictions.html", title="Contradictions", q="", items=items, more=more, offset=offset)


@router.get("/duplicates")
def duplicates_page(request: Request, offset: Offset = 0) -> str:
    """Groups of near-duplicate articles."""
    from hearsay.api import routes

    items, more = _more(routes.read_duplicate_groups(_store(request), limit=PAGE + 1, offset=offset))
    return render("duplicates.html", title="Duplicates", q="", items=items, more=more, offset=offset)


__all__ = ["Mark", "STATIC_DIR", "article_marks", "render", "render_error_page", "render_marks", "router", "series_chart"]
