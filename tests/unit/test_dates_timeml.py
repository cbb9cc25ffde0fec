"""Dates follow TimeML in context: tense, durations vs points, sets, ranges, names, event anchors (issue 15).

Hand-written sentences with the value worked out by hand against a publication date of
Monday 15 August 2016.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

ANCHOR = date(2016, 8, 15)


def _times(sentence: str, nlp, settings):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    doc = nlp(sentence)
    return find_times(doc, ANCHOR, find_zones(doc.text), settings)


# sentence, timex text, type, value
CASES = [
    ("The elections will be held in May, officials said.", "May", "DATE", "2017-05"),
    ("Sales fell in May.", "May", "DATE", "2016-05"),
    ("Elections are due in March.", "March", "DATE", "2017-03"),
    ("The plant will have closed by March.", "March", "DATE", "2017-03"),
    ("The country is holding elections in May.", "May", "DATE", "2017-05"),
    ("The plant would have opened in May.", "May", "DATE", "2016-05"),
    ("The meeting will take place on Friday evening.", "Friday evening", "TIME", "2016-08-19TEV"),
    ("Protesters gathered on Friday evening.", "Friday evening", "TIME", "2016-08-12TEV"),
    ("The company plans to double output the next year.", "the next year", "DATE", "2017"),
    ("The firm expects to hire staff over the next decade.", "the next decade", "DURATION", "P10Y"),
    ("Prices have risen in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("The guards patrol every evening.", "every evening", "SET", "XXXX-XX-XXTEV"),
    ("The report is published annually.", "annually", "SET", "P1Y"),
    ("Now, the government must act.", "Now", "DATE", "PRESENT_REF"),
    ("In the past, such deals were rare.", "the past", "DATE", "PAST_REF"),
    ("At the time, the company was losing money.", "the time", "DATE", "PAST_REF"),
    ("The rally ended at 1800 GMT.", "1800 GMT", "TIME", "2016-08-15T18:00Z"),
    ("The results came a week earlier than expected.", "a week earlier", "DURATION", "P1W"),
    # round 4: the tense of the clause puts a bare day and month on its side of the publication date
    ("The deputy was killed on September 2 near his home.", "September 2", "DATE", "2015-09-02"),
    ("The verdict is expected on September 2.", "September 2", "DATE", "2016-09-02"),
    ("A September 2 hearing has been scheduled.", "September 2", "DATE", "2016-09-02"),
    ("The strike ended on August 14.", "August 14", "DATE", "2016-08-14"),
    ("Sales rose this March.", "this March", "DATE", "2016-03"),
    ("The shop will reopen this March.", "this March", "DATE", "2016-03"),
    # round 4: the time unit of a rate recurs (TIMEX3 SET)
    ("The plant builds 400,000 cars a year.", "a year", "SET", "P1Y"),
    ("Most dealers sell fewer than a hundred cars per year.", "per year", "SET", "P1Y"),
    ("Rents have risen 5% a year since 2010.", "a year", "SET", "P1Y"),
    ("The ferry sails twice a week.", "twice a week", "SET", "P1W"),
    ("Sales were 12% higher a year ago.", "a year ago", "DATE", "2015"),
    ("The talks lasted a week.", "a week", "DURATION", "P1W"),
    ("She inspired artists for more than a half-century of fashion.", "more than a half-century", "DURATION", "P50Y"),
    ("No one is predicting bank failures at this point, analysts said.", "this point", "DATE", "PRESENT_REF"),
    ("The family asked for privacy at this time.", "this time", "DATE", "PRESENT_REF"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), CASES)
def test_dates_timeml_value_in_context(nlp, settings, sentence, text, kind, value):
    got = {t.text: t for t in _times(sentence, nlp, settings)}
    assert text in got, list(got)
    assert (got[text].type, got[text].value) == (kind, value)


def test_dates_timeml_year_range_is_two_points(nlp, settings):
    got = [(t.text, t.value) for t in _times("The 2009-10 season was his best.", nlp, settings)]
    assert got == [("2009", "2009"), ("10", "2010")]


def test_dates_timeml_year_month_is_not_a_range(nlp, settings):
    got = [t.value for t in _times("The figures for 2009-03 were revised.", nlp, settings)]
    assert "2010" not in got


def test_dates_timeml_surname_is_no_duration(nlp, settings):
    assert not _times("Economist Tom Weeks said the market was weak.", nlp, settings)


def test_dates_timeml_event_anchored_offset_stays_relative(nlp, settings):
    times = _times("The witness spoke the day before the trial.", nlp, settings)
    day = next(t for t in times if t.text.startswith("the day"))
    assert day.value == "XXXX-XX-XX"  # not 2016-08-14: the trial, not the publication date, anchors it
    assert day.anchor is None
    assert day.rule == "event-anchored:the trial"


def test_dates_timeml_clock_time_is_never_a_year_or_a_count(nlp, settings):
    from hearsay.pipeline import analyze_text

    record = analyze_text("The curfew began at 1800 GMT, police said.", settings, published=ANCHOR)
    assert not any("1800" in f.text for f in record.figures)
    assert [t.value for t in record.times if "1800" in t.text] == ["2016-08-15T18:00Z"]


def test_dates_timeml_same_period_last_year_is_one_year_before_the_reported_period(nlp, settings):
    times = _times("Sales rose 5% in the third quarter of 2016, up from the same period last year.", nlp, settings)
    assert [t.value for t in times] == ["2016-Q3", "2015-Q3"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The exercise ran May 15-24 near the border.", [("May 15", "2016-05-15"), ("24", "2016-05-24")]),
    ("The deadline is Dec.14th for all parties.", [("Dec.14th", "2016-12-14")]),
    ("Troops will celebrate Thanksgiving Day at the base.", [("Thanksgiving Day", "2016-11-24")]),
])
def test_dates_timeml_day_ranges_glued_days_and_holidays(nlp, settings, sentence, want):
    assert [(t.text, t.value) for t in _times(sentence, nlp, settings)] == want


def test_dates_timeml_mid_month_keeps_the_month_with_a_mod(nlp, settings):
    got = [(t.text, t.value, t.mod) for t in _times("Fighting resumed in mid January.", nlp, settings)]
    assert got == [("mid January", "2016-01", "MID")]


def test_dates_timeml_at_this_point_of_an_event_is_no_timex(nlp, settings):
    """"at this point of the race" names a stage of an event, not the present."""
    assert all(t.text != "this point" for t in _times("He was leading at this point of the race.", nlp, settings))
