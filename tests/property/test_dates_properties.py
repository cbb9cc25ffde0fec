"""Property tests for TIMEX3 normalisation: relative dates land on the right side of the anchor."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearsay.extract.times._timex import MONTHS, WEEKDAYS, normalise


@pytest.fixture(scope="module")
def settings_obj(settings):  # the shared Settings fixture under a name that does not shadow hypothesis.settings
    return settings

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


# --- issue 15: tense decides bare months; every value follows the TIMEX3 value grammar ---

_YEARISH = r"(?:FY)?(?:\d{4}|XXXX)"
_DATE_VALUE = re.compile(
    rf"(?:{_YEARISH}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-(?:WE|[1-7]))?|-Q[1-4X]|-H[12]"
    rf"|-(?:SP|SU|FA|WI))?|\d{{2,3}}|X{{2,3}}|PAST_REF|PRESENT_REF|FUTURE_REF)"
)
_TIME_VALUE = re.compile(rf"{_YEARISH}-(?:(?:\d{{2}}|XX)-(?:\d{{2}}|XX)|W(?:\d{{2}}|XX)-[1-7])T(?:\d{{2}}:\d{{2}}(?::\d{{2}})?Z?|MO|AF|EV|NI|DT)")
_DURATION_VALUE = re.compile(r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|WE)|T(?:\d+(?:\.\d+)?|X)(?:H|M|S))")
_GRAMMAR = {"DATE": _DATE_VALUE, "TIME": _TIME_VALUE, "DURATION": _DURATION_VALUE}

_phrases = st.one_of(
    st.builds(lambda r, u: f"{r} {u}", st.sampled_from(["last", "next", "this", "the next", "the past", "the coming"]),
              st.sampled_from(["week", "month", "year", "quarter", "decade", "weekend"])),
    st.builds(lambda n, u, d: f"{n} {u}s {d}", st.integers(1, 60), st.sampled_from(["day", "week", "month", "year"]),
              st.sampled_from(["ago", "later", "earlier"])),
    st.builds(lambda d, p: f"{d} {p}".strip(), st.sampled_from(sorted(w.capitalize() for w in WEEKDAYS if len(w) > 4)),
              st.sampled_from(["", "morning", "afternoon", "evening", "night"])),
    st.builds(lambda w, u: f"{w} {u}", st.sampled_from(["every", "each"]),
              st.sampled_from(["day", "week", "month", "year", "morning", "evening", "night", "monday"])),
    st.builds(lambda u: f"recent {u}", st.sampled_from(["days", "weeks", "months", "years"])),
    st.builds(lambda h, m, z: f"{h:02d}{m:02d} {z}", st.integers(0, 23), st.integers(0, 59), st.sampled_from(["GMT", "UTC", "hrs"])),
    st.builds(lambda m, y: f"{m} {y}", st.sampled_from(sorted(m.capitalize() for m in MONTHS if len(m) > 3)), st.integers(1900, 2099)),
    st.builds(lambda n, u: f"{n} {u}", st.integers(1, 99), st.sampled_from(["hours", "days", "weeks", "months", "years", "decades"])),
    st.sampled_from(["now", "recently", "the past", "annually", "weekly", "today", "yesterday evening", "mid-2011"]),
)


@settings(deadline=None)
@given(_phrases, st.one_of(st.none(), anchors), st.booleans())
def test_dates_properties_values_follow_the_timex3_grammar(phrase, anchor, future):
    got = normalise(phrase, anchor, future)
    assert got is not None, phrase
    if got.type == "SET":
        assert _DURATION_VALUE.fullmatch(got.value) or _TIME_VALUE.fullmatch(got.value) or _DATE_VALUE.fullmatch(got.value)
    else:
        assert _GRAMMAR[got.type].fullmatch(got.value), (phrase, got)


@settings(deadline=None)
@given(anchors, months)
def test_dates_properties_future_month_is_the_coming_one(anchor, month):
    got = _month_key(normalise(month.capitalize(), anchor, future=True).value)
    assert (anchor.year, anchor.month) <= got < (anchor.year + 1, anchor.month)


@pytest.mark.model
@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["January", "February", "March", "April", "June", "July", "August", "September", "October",
                        "November", "December"]))
def test_dates_properties_clause_tense_decides_the_month(nlp, settings_obj, anchor, month):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    values = {}
    for tense, sentence in (("past", f"The vote was held in {month}."), ("future", f"The vote will be held in {month}.")):
        doc = nlp(sentence)
        times = find_times(doc, anchor, find_zones(doc.text), settings_obj)
        values[tense] = _month_key(next(t.value for t in times if t.text == month))
    assert (anchor.year - 1, anchor.month) < values["past"] <= (anchor.year, anchor.month)
    assert (anchor.year, anchor.month) <= values["future"] < (anchor.year + 1, anchor.month)
