"""Quantity labels name the measured thing; more numbers that are no figures (issue 15, round 2).

Hand-written sentences with the label a reader would give, worked out from the sentence by hand
(never copied from hearsay's output), and hypothesis properties of scale suffixes and minor units.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from hearsay.extract.figures._numbers import parse_amount


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2016, 8, 15))


# sentence, figure text start, expected quantity label
LABELS = [
    # the event that defines a count stays in its label
    ("GM plans to cut 30,000 jobs by 2008.", "30,000", "jobs cut"),
    ("France will lose 4,300 jobs.", "4,300", "jobs lost"),
    ("The carmaker laid off 500 workers.", "500", "workers laid off"),
    ("The airline has ordered 155 planes.", "155", "planes ordered"),
    # a sum or a share names what it measures, not "money" or "percent"
    ("He faces a $60,000 fine.", "$60,000", "fine"),
    ("The carmaker posted a total loss of $8.6 billion.", "$8.6 billion", "loss"),
    ("The government approved $13.4 billion in federal loans.", "$13.4 billion", "loans"),  # nouns and their noun compounds, no adjectives
    ("The shares increased by 5 percent.", "5 percent", "shares increased"),
    ("The index was down 3.76% on Monday.", "3.76%", "down"),
    # a hyphenated measure qualifies the noun after it
    ("Ratliff scored on a 35-yard interception return.", "35-yard", "interception return"),
    ("Vinatieri kicked a 45-yard field goal.", "45-yard", "field goal"),
    # a number whose noun is left out in a list takes the noun of the figure it is listed with
    ("Of the 288 candidates, 286 have higher education.", "286", "candidates"),
    # round 3: the verb of an "N of the X" object, the change noun an "of" count hangs from, a gapped conjunct
    ("The airline has purchased six of these aeroplanes.", "six", "aeroplanes purchased"),
    ("Police arrested two of the men on Friday.", "two", "men arrested"),
    ("The plan means the closure of ten of its plants.", "ten", "plants closure"),
    ("About 9,000 jobs will be cut in the U.S. and 2,000 jobs in Canada.", "2,000", "jobs cut"),
    ("The blast left four people dead.", "four", "killed"),  # a resultative names the casualty
    ("In the plan 25,000 to 30,000 positions should be cut.", "25,000", "positions cut"),  # a range before its noun
    ("Of the 40 men detained, 12 are reported to be Somali.", "12", "men detained"),  # the opening phrase names what is counted
    ("The city offered a $75,000 reward, and the FBI added another $20,000.", "$20,000", "reward"),  # "another" repeats the kind
    ("To date, 149 confirmed orders for the aircraft have been received.", "149", "orders"),  # not the noun of a later phrase
    ("He expected sales to exceed the 250 required to break even.", "250", "required"),  # a bare number's own participle
    ("Airbus has hopes that sales will exceed 700.", "exceed 700", "sales"),  # a comparing verb's subject is what is counted
    ("There are two models, at 8GB and 16GB of memory capacity.", "16GB", "memory capacity"),  # what a unit measures "of"
    ("Two gang members are under arrest for the murder.", "Two", "gang members arrested"),  # a state named by a preposition
    ("The navy took 23 into custody.", "23", "arrested"),
    # a length followed by "away" or a direction is a distance
    ("Pirates attacked the ship 150 nautical miles west of Aden.", "150", "distance"),
    ("The warship was escorting merchant ships some 13 miles away.", "some 13", "distance"),
    # a sum for or at which something is sold is its price; the same sum in another currency shares the label
    ("The airline will purchase 20 jets for 9.9 billion yuan.", "9.9 billion", "price"),
    ("The 8GB model is available in five colours at $199 / £129.", "£129", "price"),
    # round 4: a date the number hangs on only says when; the new level after "to" is no change
    ("Deliveries reached 450 last year.", "450", "deliveries"),
    ("Sales topped 2,000 last month.", "2,000", "sales"),
    ("The company sold 450 cars last year.", "450", "cars sold"),
    ("Aer Lingus said it would buy six new A330-300E aircraft.", "six", "aircraft bought"),  # the noun, not "new"
    ("The price of the phone will be cut by $200 to $399.", "$200", "price cut"),
    ("The price of the phone will be cut by $200 to $399.", "$399", "price"),
    ("Sales rose 5% to $3 billion.", "$3 billion", "sales"),
    ("It will take delivery of six new A350 XWB (Extra Wide Body) aircraft.", "six", "aircraft delivery"),  # not "XWB"
    # a plural noun the tagger took for a verb ("passes" VBZ) is still what a number counts
    ("Peyton Manning completed 29 of 34 passes for 364 yards.", "29", "passes"),
    ("Peyton Manning completed 29 of 34 passes for 364 yards.", "34", "passes"),
    # a bare number set against a counted object counts the same thing
    ("Klitschko landed 178 punches to just 30 for Rahman.", "just 30", "punches landed"),
    # a bare number opening a bracket after a figure counts the same; the same noun after "and"/"or" keeps the verb
    ("The jet can carry up to 840 people in economy class (550 for a Boeing 747).", "550", "people carried"),
    ("The firm employs 500 workers in Ohio (300 in Texas).", "300", "workers"),
    ("GM will cut 500 jobs in Ohio and 300 jobs in Texas.", "300", "jobs cut"),
    # a bare change after an intransitive verb measures its subject, with or without a date after it
    ("Jobless claims rose 15,000 last week.", "15,000", "claims"),
    ("Jobless claims rose 15,000.", "15,000", "claims"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "start", "label"), LABELS)
def test_figures_labels_name_the_measured_thing(settings, sentence, start, label):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    fig = next(f for f in record.figures if f.text.startswith(start))
    assert fig.quantity == label


# sentence, text of the figure, value, unit
MEASURES = [
    ("Ratliff scored on a 35-yard interception return.", "35-yard", 35.0, "yd"),
    ("Clark scored on a two-yard run.", "two-yard", 2.0, "yd"),
    ("Manning passed for 364 yards.", "364 yards", 364.0, "yd"),
    ("The warship was some 13 nautical miles away.", "13 nautical miles", 13.0, "nmi"),
    ("The new design holds up to 160GB of music.", "160GB", 160.0, "GB"),
    ("He also received an additional sentence of 485 years.", "485 years", 485.0, "years"),  # a duration measuring a noun
    ("The team won 9 of 12 games before 9 others joined.", "9 others", 9.0, None),  # no clock: a noun follows
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "text", "value", "unit"), MEASURES)
def test_figures_labels_units_after_words_and_hyphens(settings, sentence, text, value, unit):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    fig = next(f for f in record.figures if text in f.text)
    assert (fig.value, fig.unit) == (value, unit)


# sentence, a number in it that is no figure
NOT_FIGURES = [
    ("Call Crimestoppers anonymously on 0800 555 111.", "111"),
    ("Call the police on 877-LAPD-24-7 (527-3247).", "527"),
    ("He was shot outside his home in the 3400 block of Thorpe Street.", "3400"),
    ("She was struck outside the store at 200 West American Boulevard.", "200"),
    ("Day six of the Greek youth revolt began quietly.", "six"),
    ("At one point he was held without bail.", "one"),
    ("The Colts earned the No. 5 seed in the playoffs.", "5"),
    ("He returned to the club after a period of two years.", "two"),  # a span of time, no measured thing
    ("He said they were together until about 5: 00 that night.", "5"),  # a clock with a spaced colon
    ("The fire began on the roof before 9.", "9"),  # a bare hour ending the sentence after "before"
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "number"), NOT_FIGURES)
def test_figures_labels_numbers_that_are_no_figures(settings, sentence, number):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    assert not any(number in f.text for f in record.figures)


@pytest.mark.model
def test_figures_labels_a_price_in_two_currencies_is_two_figures(settings):  # type: ignore[no-untyped-def]
    record = _figures("The 4GB model is cheaper than its predecessor at $149 / £99.", settings)
    assert sorted((f.unit, f.value) for f in record.figures if f.unit in ("USD", "GBP")) == [("GBP", 99.0), ("USD", 149.0)]


@pytest.mark.model
def test_figures_labels_a_change_by_an_amount_to_a_level_is_no_range(settings):  # type: ignore[no-untyped-def]
    record = _figures("The price of the phone will be cut by $200 to $399.", settings)
    assert sorted((f.low, f.high) for f in record.figures if f.unit == "USD") == [(200.0, 200.0), (399.0, 399.0)]


@pytest.mark.model
def test_figures_labels_two_listed_percentages_are_two_figures(settings):  # type: ignore[no-untyped-def]
    record = _figures("Sales of iPods and computers grew by 28% and 50% respectively.", settings)
    values = sorted(f.value for f in record.figures if f.unit == "%")
    assert values == [28.0, 50.0]


_SCALES = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12, " million": 1e6, " billion": 1e9}
_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR"}


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9)


@given(whole=st.integers(1, 999), cents=st.integers(0, 99), suffix=st.sampled_from(sorted(_SCALES)),
       sign=st.sampled_from(sorted(_SIGNS)))
@hsettings(max_examples=200, deadline=None)
def test_figures_labels_scale_suffix_multiplies(whole: int, cents: int, suffix: str, sign: str) -> None:
    text = f"{sign}{whole}.{cents:02d}{suffix}"
    amount = parse_amount(text, "MONEY", approx_band=0)
    assert amount is not None
    expected = (whole + cents / 100) * _SCALES[suffix]
    assert _close(amount.value, expected) and amount.low == amount.high == amount.value
    assert amount.unit == _SIGNS[sign]


@given(n=st.integers(1, 99), minor=st.sampled_from([("p", "GBP", "£"), (" pence", "GBP", "£"), (" cents", "USD", "$")]))
@hsettings(max_examples=200, deadline=None)
def test_figures_labels_minor_unit_is_a_hundredth(n: int, minor: tuple[str, str, str]) -> None:
    word, code, sign = minor
    amount = parse_amount(f"{n}{word}", approx_band=0)
    major = parse_amount(f"{sign}0.{n:02d}", approx_band=0)
    assert amount is not None and major is not None
    assert _close(amount.value, n / 100) and amount.unit == code
    assert amount.value == major.value and amount.unit == major.unit  # "85p" and "£0.85" are one amount


@given(whole=st.integers(0, 10**6), frac=st.integers(0, 999), suffix=st.sampled_from(sorted(_SCALES)))
@hsettings(max_examples=200, deadline=None)
def test_figures_labels_no_float_artefact(whole: int, frac: int, suffix: str) -> None:
    amount = parse_amount(f"${whole}.{frac:03d}{suffix}", "MONEY", approx_band=0)
    assert amount is not None and amount.value is not None
    assert len(repr(amount.value).replace("-", "").replace(".", "").split("e")[0].strip("0")) <= 12


# sentence, figure text start, unit: a bare level or move of a named index is in points; a count is not
INDEX_LEVELS = [
    ("The FTSE-100 index fell 232.90 points to 6038.30.", "6038.30", "points"),
    ("The British FTSE index rose about two percent, closing at 4,851.", "4,851", "points"),
    ("The Dow Jones company index lists 2,500 firms.", "2,500", None),
    ("The company sold 4,851 cars.", "4,851", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "start", "unit"), INDEX_LEVELS)
def test_figures_labels_index_levels_are_points(settings, sentence, start, unit):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    fig = next(f for f in record.figures if f.text.startswith(start))
    assert fig.unit == unit


# sentence, figure text start, value: the number in front of a name or noun the tagger took in
LEADING = [
    ("The fleet consists of 30 short-haul aircraft (24 A320s and 6 A321s).", "24", 24.0),  # counts A320s
    ("Fiat should produce a 40 mile per gallon vehicle.", "a 40 mile", 40.0),
    ("The market closed at -366.94 points.", "-366.94", -366.94),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "start", "value"), LEADING)
def test_figures_labels_number_before_a_name_or_noun(settings, sentence, start, value):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    fig = next(f for f in record.figures if f.text.startswith(start))
    assert fig.value == value


@pytest.mark.model
def test_figures_labels_a_model_name_taken_in_is_what_is_counted(settings):  # type: ignore[no-untyped-def]
    record = _figures("Aer Lingus operates 30 short-haul aircraft (24 A320s and 6 A321s).", settings)
    fig = next(f for f in record.figures if f.text.startswith("24"))
    assert fig.quantity == "A320s"


# sentence, the exact text of a figure: a date after the number stays out, a model name with a hyphen stays in
EXTENTS = [
    ("Deliveries reached 450 last year.", "450"),
    ("Sales topped 2,000 last month.", "2,000"),
    ("Aer Lingus said it would buy six new A330-300E aircraft.", "six new A330-300E aircraft"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "text"), EXTENTS)
def test_figures_labels_extent_keeps_the_noun_and_leaves_the_date(settings, sentence, text):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    assert text in [f.text for f in record.figures]


# sentence, (low, high) of each figure in order: a hedge before "or" bounds the restatement too
SHARED_BOUNDS = [
    ("The iPod holds up to 160GB or 40,000 songs.", [(None, 160.0), (None, 40000.0)]),
    ("The jet carries up to 300 passengers or 40 tonnes of cargo.", [(None, 300.0), (None, 40.0)]),
    ("He sold 5 cars and 6 trucks.", [(5.0, 5.0), (6.0, 6.0)]),  # "and" joins two points
    ("It holds up to 160GB and weighs 140 grams.", [(None, 160.0), (140.0, 140.0)]),  # no "or": a point
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "bounds"), SHARED_BOUNDS)
def test_figures_labels_a_bound_is_shared_over_or(settings, sentence, bounds):  # type: ignore[no-untyped-def]
    record = _figures(sentence, settings)
    assert [(f.low, f.high) for f in record.figures] == bounds
