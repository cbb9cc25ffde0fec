"""Comparative signals and run-on spans (issue 15, dates round 5).

- "as early as March", "as soon as next week": the signal is not part of the TIMEX3, and
  "soon"/"recently" inside "as soon as ..." are not times themselves.
- "at a later date/time/stage" is ``FUTURE_REF`` ("an earlier ..." ``PAST_REF``).
- Text without line breaks runs a dateline into the words around it ("... music seller
  April 9, 2008 Five years after its launch"): the span is cut where both parts read as times.

Sentences marked "Wikinews" are from English Wikinews articles (CC BY 2.5) as shipped in the
NewsReader MEANTIME corpus (CC BY 4.0); see benchmarks/data/dates-wikinews/README.md.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from hearsay.extract.times.expressions import _readable_parts


def _times(text: str, anchor: date, nlp, cfg):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    doc = nlp(text)
    return [(t.text, t.value) for t in find_times(doc, anchor, find_zones(doc.text), cfg)]


@pytest.mark.model
def test_as_early_as_keeps_the_month(nlp, settings):
    # Wikinews 3307 (published 2005-01-18); spaCy tags "as early as March" and it used to be dropped
    text = ("The first test flight of the aircraft may take place as early as March, and the first commercial "
            "flight is expected to take off in mid-2006 from Singapore's Changi Airport.")
    assert ("March", "2005-03") in _times(text, date(2005, 1, 18), nlp, settings)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The firm had known about the fault as early as a year ago.", [("a year ago", "2009")]),
    ("He could be freed as soon as next week.", [("next week", "2010-W33")]),
    ("Prices were that high as recently as 2005.", [("2005", "2005")]),
    ("The company will reply as soon as possible.", []),
])
def test_comparative_signal_stays_out(nlp, settings, text, want):
    assert _times(text, date(2010, 8, 9), nlp, settings) == want


@pytest.mark.model
def test_flattened_dateline_is_cut_from_the_body(nlp, settings):
    # Wikinews 62405: headline, dateline and first sentence on one line (paragraph breaks lost)
    text = ("Sub-prime lenders send jitters through global markets March 13, 2007 Just two weeks after China "
            "sent global markets into a tumble, growing worries are sending jitters through stock exchanges.")
    found = _times(text, date(2007, 3, 13), nlp, settings)
    assert ("March 13, 2007", "2007-03-13") in found
    assert ("two weeks", "P2W") in found


@pytest.mark.model
def test_run_on_part_takes_the_tense_of_its_own_clause(nlp, settings):
    # Wikinews (MEANTIME 113267) headline and dateline without the line break: "until Friday" is the
    # headline's future, and 18 September 2008 (a Thursday) is the dateline, not that Friday
    text = "Russian markets to remain closed until Friday September 18, 2008 Trading was suspended again."
    found = _times(text, date(2008, 9, 18), nlp, settings)
    assert ("Friday", "2008-09-19") in found
    assert ("September 18, 2008", "2008-09-18") in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    # Wikinews 71526 (published 2007-06-10)
    ("Aeroflot say that the deal does not affect plans to purchase new Airbuses at a later date for later delivery.",
     [("a later date", "FUTURE_REF")]),
    ("The board will decide at a later time.", [("a later time", "FUTURE_REF")]),
    ("At an earlier stage of the talks the offer was lower.", []),  # anchored on the talks: no value
])
def test_a_later_date_is_future_ref(nlp, settings, text, want):
    assert _times(text, date(2007, 6, 10), nlp, settings) == want


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# how news bodies start right after a dateline
BODY_STARTS = ["Five years", "Two weeks", "Last week", "Monday", "Three days", "Yesterday", "Earlier this year"]


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.sampled_from(MONTHS), st.integers(1, 28), st.integers(1990, 2030), st.sampled_from(BODY_STARTS))
def test_dateline_run_into_a_time_is_two_parts(month, day, year, start):
    dateline = f"{month} {day}, {year}"
    text = f"{dateline} {start}"
    parts = [text[s:e] for s, e in _readable_parts(text, 0, len(text))]
    assert parts == [dateline, start]


DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 6))
def test_weekday_date_is_one_expression_only_when_the_weekday_agrees(day, weekday):
    dated = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    text = f"{DAY_NAMES[weekday]} {dated}"
    parts = [text[s:e] for s, e in _readable_parts(text, 0, len(text))]
    if weekday == day.weekday():
        assert parts == [text]
    else:  # "until Friday" of a headline run into the dateline "September 18, 2008" (a Thursday)
        assert parts == [DAY_NAMES[weekday], dated]
