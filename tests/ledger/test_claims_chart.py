"""The series chart (issue 13): one unit, axis from zero, a colour per source, links to sentences, no undated points."""

from __future__ import annotations

import re

from hearsay.web.chart import PALETTE, chart_unit, series_chart


def _p(key: int, as_of: str | None, value: float, source: str, unit: str | None = None, scale: float | None = None,
       low: float | None = None, high: float | None = None) -> dict:
    return {"key": key, "local_id": f"f{key}", "text": f"{value:g}", "as_of": as_of, "value": value,
            "low": value if low is None else low, "high": value if high is None else high, "unit": unit, "scale": scale,
            "source_name": source, "article": {"key": 100 + key, "title": f"Article {key}", "source": "wire"}}


def test_chart_plots_only_dated_points_each_linked_to_its_sentence() -> None:
    svg = str(series_chart([_p(1, "2025-04", 12000, "Seoul"), _p(2, "2025-05", 15000, "Kyiv"), _p(3, None, 3000, "Tokyo")]))
    assert svg.count('class="point"') == 2
    assert 'href="/articles/101#fig-f1"' in svg and 'href="/articles/102#fig-f2"' in svg
    assert "/articles/103" not in svg  # the undated point is listed by the page, never plotted


def test_chart_colours_each_source_and_starts_counts_at_zero() -> None:
    svg = str(series_chart([_p(1, "2025-04", 12000, "Seoul"), _p(2, "2025-05", 15000, "Kyiv"), _p(3, "2025-06", 14000, "Seoul")]))
    colours = re.findall(r'data-source="([^"]+)" stroke="(#[0-9A-F]{6})"', svg)
    assert dict(colours) == {"Seoul": PALETTE[0], "Kyiv": PALETTE[1]}
    ticks = re.findall(r'class="tick" x="\d+" y="[\d.]+" text-anchor="end">([^<]+)<', svg)
    assert ticks[0] == "0"


def test_chart_plots_one_unit_and_scales_cents() -> None:
    points = [_p(1, "2025-01", 1.2, "A", "USD"), _p(2, "2025-02", 17, "B", "USD", scale=0.01), _p(3, "2025-03", 5, "C", "EUR")]
    assert chart_unit(points) == "USD"
    svg = str(series_chart(points))
    assert svg.count('class="point"') == 2 and "1 in another unit left out" in svg
    ticks = [t for t in re.findall(r'text-anchor="end">([^<]+)<', svg)]
    assert max(float(t) for t in ticks) < 2  # 17 cents is 0.17 USD, not 17
