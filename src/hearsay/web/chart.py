"""The figure-series chart: server-rendered SVG built from numbers and escaped labels.

One unit per chart (points in another unit are left out and counted in the title), the value
axis from zero for counts and non-negative amounts, one colour per source (the figure's
"according to", else its outlet), each interval a bar, each point a link to its sentence in
the article page. Points without an as_of are never plotted (the page lists them apart).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape


def _when(value: str | None) -> date | None:
    """Return the first day a TIMEX3 date value names (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")[:3] if p.isdigit()]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


# Colour-blind-safe qualitative palette (Okabe-Ito), one per source in order of appearance.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000")


def chart_unit(points: list[dict[str, Any]]) -> str | None:
    """The unit a chart of ``points`` plots: the most common one among the dated points (None = counts)."""
    units = [p.get("unit") for p in points if _when(p.get("as_of")) is not None]
    return max(dict.fromkeys(units), key=units.count) if units else None


def source_of(p: dict[str, Any]) -> str:
    """Who a point is from, for its colour: whoever the figure is attributed to, else the outlet."""
    article = p.get("article") or {}
    return str(p.get("source_name") or article.get("source") or article.get("title") or "unknown source")


def _scaled(p: dict[str, Any]) -> dict[str, Any]:
    scale = p.get("scale") or 1.0
    return {**p, **{k: (p[k] * scale if p.get(k) is not None else None) for k in ("low", "high", "value")}}


def series_chart(points: list[dict[str, Any]], width: int = 720, height: int = 320) -> Markup:
    """Return an SVG chart of figure intervals over ``as_of``: a bar from low to high, a dot at the value.

    Open ends run to the chart edge with an arrow; undated points and points in another unit
    than :func:`chart_unit` are left out (the table lists them).
    """
    unit = chart_unit(points)
    dated = [(d, _scaled(p)) for p in points if (d := _when(p.get("as_of"))) is not None and p.get("unit") == unit]
    other_units = sum(1 for p in points if _when(p.get("as_of")) is not None and p.get("unit") != unit)
    colours: dict[str, str] = {}
    for _, p in dated:
        colours.setdefault(source_of(p), PALETTE[len(colours) % len(PALETTE)])
    left, right, top, bottom = 70, 20, 20, 40
    note = f"; {other_units} in another unit left out" if other_units else ""
    svg = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" '
           f'aria-labelledby="chart-title"><title id="chart-title">Figures over time ({len(dated)} dated points'
           f'{escape(", " + unit) if unit else ", counts"}{escape(note)})</title>']
    values = [v for _, p in dated for v in (p.get("low"), p.get("high"), p.get("value")) if v is not None]
    if not dated or not values:
        svg.append(f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" class="empty">no dated figures</text></svg>')
        return Markup("".join(svg))
    lo_v, hi_v = min(values), max(values)
    if lo_v == hi_v:
        lo_v, hi_v = lo_v - max(1.0, abs(lo_v) * 0.1), hi_v + max(1.0, abs(hi_v) * 0.1)
    pad = (hi_v - lo_v) * 0.08
    lo_v = 0.0 if lo_v >= 0 else lo_v - pad  # counts and non-negative amounts start at zero
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
        return float(top + (hi_v - v) / (hi_v - lo_v) * plot_h)

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
        colour = colours[source_of(p)]
        href = _sentence_link(p)
        if href:
            svg.append(f'<a href="{escape(href)}">')
        # a bar inside a link is reached through the link; a bar without one takes the focus itself
        focus = "" if href else ' tabindex="0"'
        svg.append(f'<g class="point"{focus} data-key="{escape(str(p.get("key")))}" data-source="{escape(source_of(p))}" '
                   f'stroke="{colour}" fill="{colour}"><title>{escape(label)}</title>')
        svg.append(f'<line class="range" x1="{cx:.1f}" y1="{y_lo:.1f}" x2="{cx:.1f}" y2="{y_hi:.1f}" stroke-width="6" '
                   f'stroke-opacity="0.5"/>')
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
        if href:
            svg.append("</a>")
    for i, (name, colour) in enumerate(colours.items()):  # the legend: one line per source
        svg.append(f'<g class="legend"><rect x="{left + 8}" y="{top + 4 + i * 14}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{left + 22}" y="{top + 13 + i * 14}">{escape(name)}</text></g>')
    svg.append("</svg>")
    return Markup("".join(svg))


def _sentence_link(p: dict[str, Any]) -> str | None:
    """The article page, at the figure's row: where its sentence is shown."""
    key = (p.get("article") or {}).get("key")
    if key is None:
        return None
    return f"/articles/{key}#fig-{p['local_id']}" if p.get("local_id") else f"/articles/{key}"


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


interval = _interval

__all__ = ["PALETTE", "chart_unit", "interval", "series_chart", "source_of"]
