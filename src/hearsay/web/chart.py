"""The figure-series chart: server-rendered SVG built from numbers and escaped labels."""

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


interval = _interval

__all__ = ["interval", "series_chart"]
