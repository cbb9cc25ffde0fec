"""Property tests: every value the normaliser writes is a TIMEX3 value, and tense moves bare
months and weekdays the right way (issue 15, round 2).

The value grammar is the TIMEX3 BNF of the TimeML 1.2.1 specification (Date, Time, WeekDate,
WeekTime, Season, PartOfYear, Duration, PaPrFu) plus the fiscal-year form "FY2008" TimeBank uses;
it is written here from the specification, not from the normaliser's code.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract.times._timex import normalise

_Y = r"[\dX]{2,4}"  # year, decade, century; an X stands for any unknown digit (TIMEX3)
_DATE = rf"(?:FY)?{_Y}(?:-[\dX]{{2}}(?:-[\dX]{{2}})?|-W[\dX]{{2}}(?:-(?:[1-7]|WE))?|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12])?"
_TIME = rf"{_DATE}T(?:\d{{2}}:\d{{2}}(?::\d{{2}})?Z?|MO|AF|EV|NI|DT)"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:{_NUM}(?:Y|M|W|D|WE|Q|DE|CE))+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+"
_REF = r"PRESENT_REF|PAST_REF|FUTURE_REF"
VALUE = re.compile(rf"(?:{_TIME}|{_DATE}|{_DURATION}|{_REF})")

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["a", "one", "two", "three", "ten", "several", "a few", "12", "1.5"]
UNITS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"]

anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """A time phrase built from the shapes news uses ("two weeks ago", "Friday evening", "Q3 2008")."""
    unit = draw(st.sampled_from(UNITS))
    n = draw(st.sampled_from(NUMBERS))
    plural = unit + ("s" if n not in ("a", "one") else "")
    month = draw(st.sampled_from(MONTH_NAMES))
    day = draw(st.sampled_from(DAY_NAMES))
    year = draw(st.integers(1900, 2099))
    shapes = [
        f"{n} {plural} ago", f"{n} {plural}", f"the past {n} {plural}", f"{n} {plural} later",
        f"last {unit}", f"next {unit}", f"this {unit}", f"the {unit}", f"the end of the {unit}",
        month, f"{month} {draw(st.integers(1, 28))}", f"{month} {draw(st.integers(1, 28))}, {year}", f"{month} {year}",
        f"early {month}", f"mid-{month}", day, f"last {day}", f"next {day}",
        f"{day} {draw(st.sampled_from(['morning', 'afternoon', 'evening', 'night']))}",
        f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d} UTC", f"{draw(st.integers(1, 12))} p.m.",
        str(year), f"the {str(year)[:3]}0s", f"the fourth quarter of {year}", f"Q{draw(st.integers(1, 4))} {year}",
        f"every {unit}", "annually", "yesterday", "tomorrow evening", "now", "recently", f"more than {n} {plural}",
        f"about {n} {plural} ago", f"fiscal {year}", f"the summer of {year}", "in recent weeks",
        f"twice a {unit}", f"three times a {unit}", f"this {month}",
    ]
    return draw(st.sampled_from(shapes))


@settings(max_examples=400, deadline=None)
@given(phrase=phrases(), anchor=st.one_of(st.none(), anchors), future=st.booleans())
def test_every_value_is_a_timex3_value(phrase: str, anchor: date | None, future: bool) -> None:
    timex = normalise(phrase, anchor, future)
    if timex is None:
        return
    assert VALUE.fullmatch(timex.value), (phrase, anchor, timex)
    assert timex.type in ("DATE", "TIME", "DURATION", "SET")
    if timex.type == "DURATION":
        assert timex.value.startswith("P")
    if timex.type == "TIME":
        assert "T" in timex.value
    assert timex.mod in (None, "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                         "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX")


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, month=st.integers(1, 12), future=st.booleans())
def test_bare_month_follows_tense(anchor: date, month: int, future: bool) -> None:
    """A bare month is the latest one not after the anchor's month, or in a future clause the next one not before."""
    timex = normalise(MONTH_NAMES[month - 1], anchor, future)
    assert timex is not None
    y, m = int(timex.value[:4]), int(timex.value[5:7])
    assert m == month
    months_off = (y * 12 + m) - (anchor.year * 12 + anchor.month)
    assert (0 <= months_off <= 11) if future else (-11 <= months_off <= 0)


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, weekday=st.integers(0, 6), future=st.booleans())
def test_bare_weekday_follows_tense(anchor: date, weekday: int, future: bool) -> None:
    """A bare weekday is within the week before the anchor (past) or the week after it (future), never further."""
    timex = normalise(DAY_NAMES[weekday], anchor, future)
    assert timex is not None
    got = date.fromisoformat(timex.value)
    assert got.weekday() == weekday
    days = (got - anchor).days
    assert (0 <= days <= 6) if future else (-6 <= days <= 0)


@settings(max_examples=200, deadline=None)
@given(anchor=anchors, n=st.integers(1, 40), unit=st.sampled_from(["day", "month", "year"]))
def test_ago_is_the_anchor_moved_back(anchor: date, n: int, unit: str) -> None:
    """"N units ago" is a DATE at that unit's grain, N units before the anchor (TimeML 1.2.1 / TimeBank)."""
    timex = normalise(f"{n} {unit}s ago", anchor)
    assert timex is not None and timex.type == "DATE"
    if unit == "day":
        assert timex.value == (anchor - timedelta(days=n)).isoformat()
    elif unit == "month":
        total = anchor.year * 12 + anchor.month - 1 - n
        assert timex.value == f"{total // 12:04d}-{total % 12 + 1:02d}"
    else:
        assert timex.value == f"{anchor.year - n:04d}"


@settings(max_examples=300, deadline=None)
@given(anchor=anchors, month=st.integers(1, 12), day=st.integers(1, 28), side=st.sampled_from(["past", "future", "none"]))
def test_month_day_follows_tense(anchor: date, month: int, day: int, side: str) -> None:
    """A day and month is within a year of the anchor: on or before it (a day's slack) in a past clause;
    in a future one after it, unless it fell in the last 200 days (a plan just reported late); the nearest
    otherwise (issue 15, round 4)."""
    from hearsay.extract.times._timex import month_day

    got = date.fromisoformat(month_day(anchor, month, day, side == "future", past=side == "past"))
    assert (got.month, got.day) == (month, day)
    days = (got - anchor).days
    if side == "past":
        assert -366 <= days <= 1
    elif side == "future":
        assert -200 <= days <= 366
    else:
        assert abs(days) <= 183


@settings(max_examples=200, deadline=None)
@given(anchor=anchors, month=st.integers(1, 12), future=st.booleans())
def test_this_month_is_in_the_anchor_year(anchor: date, month: int, future: bool) -> None:
    """"this September" is the September of the anchor's year whatever the tense (TimeML, HeidelTime)."""
    timex = normalise(f"this {MONTH_NAMES[month - 1]}", anchor, future)
    assert timex is not None
    assert timex.value == f"{anchor.year:04d}-{month:02d}"
