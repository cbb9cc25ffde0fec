"""Series points round 9 left filed wrongly (issue 13, round 10).

Sentences are quoted from ECB+ dev articles (CC BY 3.0) and MEANTIME / Wikinews articles (CC BY 2.5); the document is
named in each row. Rows marked "written" were written for the test. The expected subjects, units and labels were
worked out by reading each sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings as hsettings, strategies as st


def _figure(text: str, figure: str, settings):  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text(text, settings, published=date(2008, 12, 15))
    names = {e.id: e.name for e in record.entities}
    fig = next(f for f in record.figures if f.text == figure)
    return fig, (names.get(fig.subject) if fig.subject else None)


QUAKE = ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and "
         "damaging buildings, Iranian media said.")


@pytest.mark.parametrize(("text", "figure", "subject", "why"), [
    # (a) a toll whose teller is its only named subject: the place is inside the clause, in its object
    (QUAKE, "five people", "Iran", "ecb-20_1ecb: the injured are Iran's, the island's coast is named in the object"),
    (QUAKE, "5.6 magnitude", "Iran", "ecb-20_1ecb: the quake struck off Iran's coast"),
    # guards: no place inside the clause, or the place only in the teller's phrase
    ("Police said 12 people were injured in the riots.", "12 people", None, "ecb-8_3ecbplus: no place in the clause"),
    ("Local evening news in Michigan originally reported that two of the three victims died.", "two", None,
     "ecb-18_3ecbplus: Michigan only in the teller's phrase"),
    # (c) a figure of one product model's programme is not the company's
    ("So far, Boeing has received five orders from two customers for the 777-200LR since it was announced in "
     "February 2000.", "two customers", None, "meantime-4764: the 777-200LR's customers"),
    ("So far, Boeing has received five orders from two customers for the 777-200LR since it was announced in "
     "February 2000.", "five orders", None, "meantime-4764: the 777-200LR's orders"),
    # guard: no model named, the company's own
    ("Boeing has received 35 orders from Air Berlin this year.", "35 orders", "Boeing", "written: Boeing's orders"),
    # (b) a unit figure describing the clause's setting is the setting's measure
    ("The fans on the new laptop from Apple start to get audible in a 38 dBa office environment.", "38 dBa", None,
     "written: the room's noise, not Apple's"),
])
def test_figures_claims_r10_subject(text: str, figure: str, subject: str | None, why: str, settings) -> None:  # type: ignore[no-untyped-def]
    assert _figure(text, figure, settings)[1] == subject, why


def test_a_measure_that_is_the_verbs_object_keeps_the_subject(settings) -> None:  # type: ignore[no-untyped-def]
    # written guard for (b): the field goal is what the kicker did, not the clause's setting
    fig, subject = _figure("Microsoft kicked off a 45-yard march in the fourth quarter.", "45-yard", settings)
    assert fig.unit is not None and subject == "Microsoft"


def test_same_currency_in_parentheses_with_another_value_is_no_dollar_amount(settings) -> None:  # type: ignore[no-untyped-def]
    # meantime-79240: the euro payment written "$57 million" next to its dollar value
    text = ("Ford Motor Company, the U.S. car maker, will reportedly pay $57 million (US$78 million) for a 72.4 percent "
            "stake in the Romanian assembly plant Automobile Craiova, a Romanian official said Friday.")
    first, _ = _figure(text, "$57 million", settings)
    second, _ = _figure(text, "US$78 million", settings)
    assert (first.value, first.unit) == (57_000_000, None)
    assert (second.value, second.unit) == (78_000_000, "USD")


def test_a_conversion_into_another_currency_keeps_both_currencies(settings) -> None:  # type: ignore[no-untyped-def]
    text = "Fiat agreed a payment of 40 million euros ($57 million) to the union."  # written guard for (d)
    first, _ = _figure(text, "40 million euros", settings)
    second, _ = _figure(text, "$57 million", settings)
    assert (first.unit, second.unit) == ("EUR", "USD")
    assert first.quantity == second.quantity


@hsettings(max_examples=8, deadline=None)
@given(st.integers(min_value=2, max_value=900), st.integers(min_value=2, max_value=900))
def test_same_currency_pair_property(settings, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
    text = f"The company will pay ${a} million (US${b} million) for the plant."
    first, _ = _figure(text, f"${a} million", settings)
    assert first.unit == (None if a != b else "USD")


@pytest.mark.parametrize(("text", "figure", "quantity", "why"), [
    ("Hiller was charged with two counts of murder, one count of attempted murder, aggravated assault and other "
     "charges.", "one count", "attempted murder", "ecb-22_12ecbplus: an attempt, not a murder"),
    ("Hiller was charged with two counts of murder, one count of attempted murder, aggravated assault and other "
     "charges.", "two counts", "murder", "ecb-22_12ecbplus: the murders themselves"),
])
def test_figures_claims_r10_attempted(text: str, figure: str, quantity: str, why: str, settings) -> None:  # type: ignore[no-untyped-def]
    assert _figure(text, figure, settings)[0].quantity == quantity, why
