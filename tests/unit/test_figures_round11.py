"""Figures round 11 (issue 15): the classes of the sixth blind figures-news batch (README "Round 11 additions")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

# Sentences below: figures-news's openly licensed round-11 dev articles (ECB+, CC BY 3.0; MEANTIME / Wikinews,
# CC BY 4.0), some shortened, and hand-written variants; the expected values and labels were judged by hand.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2013, 9, 15)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


# ECB+ 23_8ecbplus (CC BY 3.0): a glued "m" a climber falls is metres, not a million
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "value"), [
    ("The man aged in his early 30s fell about 600m while climbing near the Mount Sefton Bivvy on Saturday.\n", "about 600m", 600),
    ("A 36-year-old man died on Friday after he slipped and fell about 200m down a steep icy gully.\n", "about 200m", 200),
    ("The hiker plunged 30m into a ravine.\n", "30m", 30),
])
def test_a_glued_m_a_body_moves_is_metres_labelled_by_the_move(settings, text, start, value):  # type: ignore[no-untyped-def]
    fig = _one(text, start, settings)
    assert fig.unit == "m"
    assert (fig.value or fig.low or fig.high) == pytest.approx(value)
    assert fig.quantity is not None and fig.quantity.split()[0] in ("fallen", "plunged")


@pytest.mark.model
@pytest.mark.parametrize(("text", "start"), [
    ("The thieves stole £88m worth of jewels.\n", "£88m"),
    ("Unemployment fell 2m last year.\n", "2m"),
])
def test_a_glued_m_of_money_or_a_common_noun_stays_a_million(settings, text, start):  # type: ignore[no-untyped-def]
    # guard: a currency, or a fall whose subject is no person and takes no path, keeps the million
    fig = _one(text, start, settings)
    assert fig.unit != "m"
    assert (fig.value or 0) >= 1e6


# ECB+ 29_2ecbplus (CC BY 3.0): yards measured by a verb keep the statistic
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Jamaal Charles had 226 yards on 22 carries.\n", "226 yards", "yards"),
    ("The Colts took the ball and went 73 yards in 13 plays to set up the score.\n", "73 yards", "yards gone"),
])
def test_yards_a_verb_measures_keep_the_statistic(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
def test_yards_after_for_are_unchanged(settings):  # type: ignore[no-untyped-def]
    # guard: round 6's "ran for 101 yards" -> yards run
    assert _one("Peyton Hillis ran for 101 yards.\n", "101 yards", settings).quantity == "yards run"


# MEANTIME 108294 (Wikinews, CC BY 4.0): a length of time given for an act
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The Air Force has 60 days to respond to the GAO.\n", "60 days", "time to respond"),
    ("They were given 30 days to leave the country.\n", "30 days", "time to leave"),
])
def test_a_duration_for_an_infinitive_is_the_time_to_act(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


# ECB+ 1_13ecbplus, 33_10ecbplus (CC BY 3.0): numeric dates with the corpus's spaced slashes
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lindsay Lohan checks into rehab\n05 / 02 / 2013\nLindsay Lohan has checked into a rehab facility.\n",
    "First Posted: 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET\nThe suspect confessed.\n",
    "Posted 12/25/2011 by the desk.\n",  # guard: unspaced, already a date on main
])
def test_a_numeric_date_holds_no_figure(settings, text):  # type: ignore[no-untyped-def]
    assert not _figures(text, settings)


@pytest.mark.model
def test_fractions_are_no_date(settings):  # guard  # type: ignore[no-untyped-def]
    assert [f.value for f in _figures("He ate 3/4 of the pie.\n", settings)] == [0.75]


# ECB+ 29_2ecbplus (CC BY 3.0): a level score is a tie
@pytest.mark.model
def test_a_tie_is_a_score(settings):  # type: ignore[no-untyped-def]
    text = "Luck hit Wayne with four minutes to play to break a 13 - 13 tie.\n"
    assert not any(f.text.startswith("13") for f in _figures(text, settings))


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(month=st.integers(1, 12), day=st.integers(1, 28), year=st.sampled_from(["11", "13", "2011", "2013"]),
       spaced=st.booleans())
def test_numeric_date_reject_property(month: int, day: int, year: str, spaced: bool) -> None:
    from hearsay.extract.figures._exclusions import _NUMERIC_DATE

    sep = " / " if spaced else "/"
    text = f"Updated: {month:02d}{sep}{day:02d}{sep}{year} by staff"
    m = _NUMERIC_DATE.search(text)
    assert m is not None and (int(m.group(1)), int(m.group(2))) == (month, day)


# ECB+ 29_2ecbplus, 33_10ecbplus (CC BY 3.0): an idiom, a hyphenated compound and a name given by a naming verb
@pytest.mark.model
@pytest.mark.parametrize(("text", "start"), [
    ("It paid off one more time for the game-winning play.\n", "one"),
    ("The defense forced a three - and - out on the next drive.\n", "three"),
    ("Lopez and his brother are believed to be members of a gang called 8 Block.\n", "8"),
])
def test_idioms_compounds_and_given_names_hold_no_count(settings, text, start):  # type: ignore[no-untyped-def]
    assert not any(f.text.startswith(start) for f in _figures(text, settings))


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "value"), [
    ("He tried three more times.\n", "three", 3),            # guard: a count of times with "more" stays
    ("Police called 12 officers to the scene.\n", "12", 12),  # guard: a naming verb's count of common nouns stays
])
def test_counts_near_those_idioms_stay(settings, text, start, value):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).value == value
