"""Property tests for TIMEX3 normalisation: relative dates land on the right side of the anchor."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract._timex import MONTHS, WEEKDAYS, normalise

anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
weekdays = st.sampled_from(sorted(w for w in WEEKDAYS if len(w) > 4))
months = st.sampled_from(sorted(m for m in MONTHS if len(m) > 3 or m == "may"))
units = st.sampled_from(["day", "week", "month", "year"])


def _month_key(value: str) -> tuple[int, int]:
    y, m = value.split("-")
    return int(y), int(m)


@settings(deadline=None)
@given(anchors, weekdays)
def test_dates_properties_past_weekday_is_within_the_last_week(anchor, day):
    got = date.fromisoformat(normalise(day.capitalize(), anchor).value)
    assert anchor - timedelta(days=6) <= got <= anchor
    assert got.weekday() == WEEKDAYS[day]


@settings(deadline=None)
@given(anchors, weekdays)
def test_dates_properties_future_weekday_is_within_the_next_week(anchor, day):
    got = date.fromisoformat(normalise(day.capitalize(), anchor, future=True).value)
    assert anchor <= got <= anchor + timedelta(days=6)


@settings(deadline=None)
@given(anchors, months)
def test_dates_properties_bare_month_is_not_after_the_anchor_month(anchor, month):
    got = _month_key(normalise(month.capitalize(), anchor).value)
    assert (anchor.year - 1, anchor.month) < got <= (anchor.year, anchor.month)


@settings(deadline=None)
@given(anchors, st.integers(min_value=1, max_value=40), units)
def test_dates_properties_ago_lies_before_and_later_after(anchor, n, unit):
    past = normalise(f"{n} {unit}s ago", anchor).value
    future = normalise(f"{n} {unit}s later", anchor).value
    now = normalise("today" if unit == "day" else f"this {unit}", anchor).value
    assert past < now < future or unit == "week" and past[:4] <= now[:4] <= future[:4]


@settings(deadline=None)
@given(anchors, st.sampled_from(["last", "next"]), st.sampled_from(["month", "year", "quarter"]))
def test_dates_properties_last_and_next_straddle_this(anchor, rel, unit):
    this = normalise(f"this {unit}", anchor).value
    other = normalise(f"{rel} {unit}", anchor).value
    assert (other < this) if rel == "last" else (other > this)
