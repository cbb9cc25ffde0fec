"""Figures read scale and unit from the characters; exclusions and quantity labels (issue 15).

Hand-written sentences with the expected reading; the expected values are worked out by hand
from the sentence, never copied from hearsay's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from hearsay.extract.figures._numbers import parse_amount

pytestmark = pytest.mark.model


def _figures(text: str, settings):
    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2016, 8, 15))


# sentence, text the figure must contain, value, unit
READINGS = [
    ("The council paid £420m for the land.", "£420m", 420e6, "GBP"),
    ("Fees came to a further $3.5m last year.", "$3.5m", 3.5e6, "USD"),
    ("The bid was worth 420 m euros, analysts said.", "420 m euros", 420e6, "EUR"),
    ("Shares closed at 85p on Tuesday.", "85p", 0.85, "GBP"),
    ("The stock lost 17 cents in early trading.", "17 cents", 0.17, "USD"),
    ("The bank sold Â£5bn of bonds.", "5bn", 5e9, "GBP"),
    ("The loan totals USD 20m over five years.", "USD 20m", 20e6, "USD"),
    ("The fund raised 30 million CHF from investors.", "30 million CHF", 30e6, "CHF"),
    ("The ash cloud reached a height of 4km.", "4km", 4.0, "km"),
    ("The new field will pump 300,000 barrels a day.", "300,000 barrels a day", 300000.0, "barrels/day"),
    ("Ministers approved a record $83.6 billion package.", "$83.6 billion", 83.6e9, "USD"),
    ("Officials discussed a USD$23 billion dollar deal.", "USD$23 billion", 23e9, "USD"),
    ("The index fell by 30.27 points on Tuesday.", "30.27 points", 30.27, "points"),
    ("The index ended the day closing at 1,442.82.", "1,442.82", 1442.82, "points"),  # an index level (round 2)
]


def test_figures_units_vague_money_keeps_its_currency(settings):
    record = _figures("The failed merger cost the company millions of dollars.", settings)
    fig = next(f for f in record.figures if "millions" in f.text)
    assert (fig.low, fig.high, fig.unit) == (2e6, None, "USD")


@pytest.mark.parametrize(("sentence", "part", "value", "unit"), READINGS)
def test_figures_units_value_and_unit_come_from_the_characters(settings, sentence, part, value, unit):
    record = _figures(sentence, settings)
    match = [f for f in record.figures if part in f.text]
    assert match, [f.text for f in record.figures]
    assert match[0].value == pytest.approx(value)
    assert match[0].unit == unit


def test_figures_units_a_range_with_a_physical_unit_keeps_both_ends(settings):
    record = _figures("Output rose to between 200,000 and 300,000 barrels a day.", settings)
    fig = next(f for f in record.figures if "200,000" in f.text)
    assert (fig.low, fig.high, fig.unit) == (200000.0, 300000.0, "barrels/day")


def test_figures_units_duration_stated_as_a_fact_is_a_figure(settings):
    record = _figures("The bridge suffered 40 months of delays.", settings)
    fig = next(f for f in record.figures if "40 months" in f.text)
    assert (fig.value, fig.unit, fig.quantity) == (40.0, "months", "delays")
    assert any(t.type == "DURATION" for t in record.times)  # still a TIMEX3 duration as well


def test_figures_units_adverbial_duration_is_no_figure(settings):
    record = _figures("He was jailed for 40 months.", settings)
    assert not record.figures


# sentence, number that must not be a figure, reason word
EXCLUDED = [
    ("The rally ended at 1800 GMT after police moved in.", "1800", "clock"),
    ("The airline ordered five 787 aircraft.", "787", "model"),
    ("The Boeing 737 returned to service, and the 737 remains its best seller.", "737", "model"),
    ("United won 3-1 at home.", "3", "score"),
]


@pytest.mark.parametrize(("sentence", "number", "reason"), EXCLUDED)
def test_figures_units_names_times_and_scores_are_rejected(settings, sentence, number, reason):
    record = _figures(sentence, settings)
    assert not any(f.text.startswith(number) for f in record.figures)
    reasons = [r.reason for r in record.rejected if r.kind == "figure" and number in r.text]
    if reasons:  # a number the tagger did not take needs no rejection record
        assert reason in reasons[0]


KEPT = [
    ("The ministry cancelled its 12 largest contracts.", "12"),
    ("Ford will fire 12% of its 53 executive officers.", "53"),
    ("The first three ships will be built in Glasgow.", "three"),
    ("The union wants to protect the two plants built there in 1990.", "two"),
]


def test_figures_units_a_bare_definite_count_points_back(settings):
    record = _figures("Russia and Iran signed a pact, and the two countries will hold talks.", settings)
    assert not any(f.text.startswith("two") for f in record.figures)
    assert any(r.reason.startswith("definite back-reference") for r in record.rejected if r.kind == "figure")


@pytest.mark.parametrize(("sentence", "number"), KEPT)
def test_figures_units_possessive_and_superlative_counts_are_kept(settings, sentence, number):
    record = _figures(sentence, settings)
    assert any(f.text.startswith(number) for f in record.figures)


# sentence, figure text start, expected quantity label
LABELS = [
    ("About 2,000 troops were deployed to the border.", "About 2,000", "troops deployed"),
    ("The plant employs 1,200 workers.", "1,200", "workers"),
    ("At least 30 people were killed in the blast.", "At least 30", "killed"),
    ("The storm killed more than 40 people.", "more than 40", "killed"),
    ("Staff numbers were cut from 500 by about 80.", "about 80", "staff numbers"),
]


@pytest.mark.parametrize(("sentence", "start", "label"), LABELS)
def test_figures_units_quantity_keeps_verb_and_plural(settings, sentence, start, label):
    record = _figures(sentence, settings)
    fig = next(f for f in record.figures if f.text.startswith(start))
    assert fig.quantity == label


def test_figures_units_change_from_to_gives_two_figures(settings):
    record = _figures("The law allowed an increase from $100,000 to $250,000.", settings)
    values = sorted(f.value for f in record.figures if f.value is not None)
    assert values == [100000.0, 250000.0]


@pytest.mark.parametrize("text", ["roughly 13,000", "about 0.7", "around 3.3", "nearly 1.1 million"])
def test_figures_units_no_float_artefacts(text):
    got = parse_amount(text, approx_band=0.1)
    assert got is not None
    for x in (got.value, got.low, got.high):
        assert x is None or len(repr(x)) < 15, repr(x)


def test_figures_units_as_of_ignores_a_date_that_starts_another_clause(settings):
    record = _figures("Roughly 13,000 US troops remain in Afghanistan, where they have fought since the attacks of "
                      "11 September 2001.", settings)
    fig = next(f for f in record.figures if "13,000" in f.text)
    assert fig.as_of != "2001-09-11"


def test_figures_units_as_of_keeps_the_date_of_its_own_clause(settings):
    record = _figures("In 2015, the firm hired 300 workers.", settings)
    assert next(f for f in record.figures if "300" in f.text).as_of == "2015"


def test_figures_units_statement_that_dropped_the_percent_still_holds_the_figure():
    from hearsay.extract.figures.amounts import _statement_for
    from hearsay.model import Statement

    full = 'He said prices rose 5% last year.'
    st = Statement(id="s1", kind="indirect", content="prices rose 5", start=8, end=full.index("%"))
    start = full.index("5")
    assert _statement_for(start, start + 2, [st], full) is st
    assert _statement_for(start, start + 12, [st], full) is None  # "5% last year" runs well past it


@pytest.mark.parametrize(("sentence", "number"), [
    ("Coordinates: 33°47′N 44°30′E / 33.783°N 44.500°E.", "33"),
    ("The strikes near the airfield took place between 11-13 Dec. last year.", "11"),
    ("Investigators hope that one day the killers will face trial.", "one"),
])
def test_figures_units_coordinates_day_ranges_and_one_day_are_no_figures(settings, sentence, number):
    record = _figures(sentence, settings)
    assert not any(f.text.lower().startswith(number) for f in record.figures), [f.text for f in record.figures]


def test_figures_units_hedge_before_a_level_keeps_its_bound(settings):
    record = _figures("The index rose to above the 5000 mark.", settings)
    fig = next(f for f in record.figures if "5000" in f.text)
    assert (fig.low, fig.high, fig.low_inclusive) == (5000.0, None, False)


@pytest.mark.parametrize(("label", "key"), [
    ("troops deployed", "troops"), ("troops sent", "troops"), ("soldiers", "troops"), ("workers cut", "personnel"),
    ("killed", "killed"), ("wounded", "wounded"), ("soldiers killed", "killed"), ("staff numbers", "staff numbers"),
    ("money", "money"),
])
def test_figures_units_series_key_drops_the_verb_and_keeps_the_class(label, key):
    from hearsay.extract.figures.amounts import quantity_key

    assert quantity_key(label) == key
