"""Issue 15, dates round 6: timetables, passive infinitives, a bare "Now", a surname that speaks.

- A present passive of a scheduling verb puts the event ahead: "is scheduled for public release
  in June", "the vote is set for Tuesday" (the coming June, the coming Tuesday). A past one ("was
  scheduled for Tuesday") keeps the news past bias.
- "is due to be held", "is scheduled to be held": a passive infinitive under a future head is
  future like the active one ("is due to open").
- "Now" at a sentence start is ``PRESENT_REF`` with or without the comma ("Now that ..." is a
  conjunction, not a time).
- A bare unit word that is the subject of a verb of saying ("Weeks said") is a surname.

Sentences marked "Wikinews" are from English Wikinews articles (CC BY 2.5) as shipped in the
NewsReader MEANTIME corpus (CC BY 4.0; MEANTIME dev files); see
benchmarks/data/dates-wikinews/README.md. The others are written for the test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.model

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]  # "May" left out: a modal verb as well


def test_scheduled_release_is_the_coming_month(nlp, settings, times_found):
    # Wikinews 101354 (published 2008-03-06): June is three months ahead, not last year's June
    text = ("The company also announced the iPhone 2.0 update that was released as a closed beta for "
            "developers and is scheduled for public release in June.")
    assert ("June", "2008-06") in times_found(text, date(2008, 3, 6))


@pytest.mark.parametrize(("text", "want"), [
    ("The vote is set for Tuesday.", ("Tuesday", "2016-08-23")),
    ("The hearing has been scheduled for Tuesday night.", ("Tuesday night", "2016-08-23TNI")),
    ("The trial was scheduled for Tuesday.", ("Tuesday", "2016-08-16")),  # past: the news bias holds
])
def test_timetable_in_the_present_is_ahead(nlp, settings, text, want, times_found):
    assert times_found(text, date(2016, 8, 20)) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Elections are due to be held in May.", ("May", "2017-05")),
    ("The election is scheduled to be held in May.", ("May", "2017-05")),
    ("Elections were held in May.", ("May", "2016-05")),
])
def test_passive_infinitive_under_a_future_head(nlp, settings, text, want, times_found):
    assert times_found(text, date(2016, 8, 20)) == [want]


@given(wd=st.integers(0, 6), verb=st.sampled_from(["scheduled", "set", "slated", "planned"]),
       aux=st.sampled_from(["is", "has been"]), day=st.integers(0, 364))
def test_timetabled_weekday_never_precedes_the_anchor(nlp, settings, wd, verb, aux, day, times_found):
    anchor = date(2015, 1, 1) + timedelta(days=day)
    text = f"The meeting {aux} {verb} for {WEEKDAYS[wd]}."
    found = times_found(text, anchor)
    assert len(found) == 1 and found[0][0] == WEEKDAYS[wd]
    value = date.fromisoformat(found[0][1])
    assert value.weekday() == wd and anchor <= value < anchor + timedelta(days=8)


@given(month=st.sampled_from(MONTHS), day=st.integers(0, 364),
       head=st.sampled_from(["are due", "are scheduled", "are expected"]))
def test_passive_infinitive_month_is_not_behind(nlp, settings, month, day, head, times_found):
    anchor = date(2015, 1, 1) + timedelta(days=day)
    found = times_found(f"Elections {head} to be held in {month}.", anchor)
    assert len(found) == 1
    year, mon = (int(x) for x in found[0][1].split("-"))
    assert (year, mon) >= (anchor.year, anchor.month)
    assert (year, mon) < (anchor.year + 1, anchor.month + 1)


@pytest.mark.parametrize("text", [
    "Now the company faces a lawsuit.",
    "The firm grew fast. Now it faces a lawsuit.",
    "Now, lenders are in a quagmire.",  # Wikinews 76437 (the comma form, kept)
])
def test_now_at_a_sentence_start(nlp, settings, text, times_found):
    assert ("Now", "PRESENT_REF") in times_found(text, date(2007, 8, 10))


def test_now_that_is_a_conjunction(nlp, settings, times_found):
    assert times_found("Now that the deal is done, the firm can grow.", date(2007, 8, 10)) == []


@pytest.mark.parametrize("text", [
    "Weeks said the firm would comment.",
    '"We will comment," Weeks said.',
    "Weeks denied the report.",
])
def test_a_unit_word_that_speaks_is_a_name(nlp, settings, text, times_found):
    assert times_found(text, date(2016, 8, 20)) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Months of talks failed.", ("Months", "PXM")),
    ("Weeks passed before the firm commented.", ("Weeks", "PXW")),
])
def test_a_unit_word_that_does_not_speak_stays_a_duration(nlp, settings, text, want, times_found):
    assert want in times_found(text, date(2016, 8, 20))


# The futurate present: a timetabled start, stop or arrival in the present simple is ahead.
@pytest.mark.parametrize(("text", "want"), [
    ("The new rules come into force in January.", ("January", "2017-01")),
    ("The law takes effect in January.", ("January", "2017-01")),
    ("Talks resume in September.", ("September", "2016-09")),
    ("The tournament starts on Friday.", ("Friday", "2016-08-26")),
    ("The store opens on Monday morning.", ("Monday morning", "2016-08-22TMO")),
])
def test_futurate_present_is_ahead(nlp, settings, text, want, times_found):
    assert times_found(text, date(2016, 8, 20)) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("The law took effect in January.", ("January", "2016-01")),  # past tense
    ("Sales rise in January.", ("January", "2016-01")),  # a habit, not a timetable
    ("Apple opens new store in January", ("January", "2016-01")),  # a headline's present tells past news
])
def test_other_present_simples_keep_the_past_bias(nlp, settings, text, want, times_found):
    assert times_found(text, date(2016, 8, 20)) == [want]


@given(month=st.sampled_from(MONTHS), day=st.integers(0, 364),
       verb=st.sampled_from(["starts", "begins", "ends", "opens", "resumes", "expires", "takes effect"]))
def test_futurate_month_is_not_behind(nlp, settings, month, day, verb, times_found):
    anchor = date(2015, 1, 1) + timedelta(days=day)
    found = times_found(f"The programme {verb} in {month}.", anchor)
    assert len(found) == 1 and found[0][0] == month
    year, mon = (int(x) for x in found[0][1].split("-"))
    assert (anchor.year, anchor.month) <= (year, mon) < (anchor.year + 1, anchor.month + 1)


# Frequencies: "every N units" and "every <weekday> <part of day>" are SETs.
@pytest.mark.parametrize(("text", "want"), [
    ("The elections are held every four years.", ("every four years", "P4Y")),
    ("The census is taken every 10 years.", ("every 10 years", "P10Y")),
    ("He visits his mother every Sunday morning.", ("every Sunday morning", "XXXX-WXX-7TMO")),
])
def test_every_n_units_and_weekday_parts_are_sets(nlp, settings, text, want):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    doc = nlp(text)
    found = [(t.text, t.type, t.value) for t in find_times(doc, date(2016, 8, 20), find_zones(doc.text), settings)]
    assert found == [(want[0], "SET", want[1])]


@given(n=st.integers(2, 60), unit=st.sampled_from(["years", "months", "weeks", "days"]))
def test_every_n_units_period_is_n(n, unit):
    from hearsay.extract.times._timex import normalise

    timex = normalise(f"every {n} {unit}", date(2016, 8, 20))
    assert timex is not None and timex.type == "SET"
    assert timex.value == f"P{n}{unit[0].upper()}"


# Heads of a future infinitive: the lemmatiser reads "hopes" as "hop"; a present "wants to" is ahead.
@pytest.mark.parametrize(("text", "want"), [
    ("The company hopes to finish the plant in January.", ("January", "2017-01")),
    ("The minister wants to visit Paris in January.", ("January", "2017-01")),
    ("The group vows to return in May.", ("May", "2017-05")),
    ("He promised to pay in June.", ("June", "2016-06")),  # a past promise keeps the past bias
])
def test_future_infinitive_heads(nlp, settings, text, want, times_found):
    assert times_found(text, date(2016, 8, 20)) == [want]
