"""Figures round 20 (issue 15): the label of a bare count whose counted noun is elided.

docs/EVALUATION.md, round 20, pools the label errors of the blind first runs (rounds 14-20) and of the figures dev sets
by mechanism; the commonest class across sets is a bare number heading its own noun phrase ("Hundreds dead", "58th
victory, 51 by KO", "pouring around ten a night") left with no label. The phrase the number heads names what it
counts: a casualty adjective on the number, the noun it is in apposition to (when it keeps a modifier of its own), or
the event verb it is the object of. Guards: ages in apposition, stative and comparing verbs, partitives.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

# Sentences: shortened from figures-news's openly licensed round-20 dev articles (GUM Wikinews, CC BY 2.5; ECB+, CC BY
# 3.0) and hand-written variants; the expected labels were judged by hand against the set's guide (README "Quantity
# label": the counted noun, or the event when the noun says nothing), not copied from output.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2015, 8, 21)).figures


def _at(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    """Return the figure whose text begins with ``start``, or None."""
    return next((f for f in _figures(text, settings) if f.text.startswith(start)), None)


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Hundreds dead in Hajj stampede\n", "Hundreds", "killed"),  # a casualty adjective on the number (GUM news_stampede)
    ("It was Klitschko's 58th victory, 51 by KO, for only three defeats.\n", "51", "victory"),  # apposition (ECB+ 7_8)
    ("He won his 40th fight, 30 by knockout, last night.\n", "30", "fight"),
    ("We have no way to estimate it, but we're now pouring around ten a night.\n", "around ten", "poured"),  # GUM cocktail
    ("The shop sold 300 on Saturday.\n", "300", "sold"),  # the event verb of a bare object
])
def test_a_bare_count_with_an_elided_noun_is_labelled(settings, text, start, label):  # type: ignore[no-untyped-def]
    fig = _at(text, start, settings)
    assert fig is not None and fig.quantity == label


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "not_label"), [
    ("Police said a gang member, 20, was arrested.\n", "20", "gang member"),  # guard: an age in apposition names no count
    ("Gang member guilty in slay of Brooklyn mom of 12 Andrew Lopez, 20 was found guilty in murder.\n", "20", "gang member"),
    ("The plant employs 1,200.\n", "1,200", "employed"),  # guard: a stative verb is no event
    ("The festival attracted thousands to the city.\n", "thousands", "attracted"),  # guard: attract is stative
    ("Jobless claims rose 15,000 last week.\n", "15,000", "risen"),  # guard: a change verb measures its subject
])
def test_a_bare_count_of_a_stative_or_apposed_age_takes_no_verb(settings, text, start, not_label):  # type: ignore[no-untyped-def]
    fig = _at(text, start, settings)
    assert fig is None or fig.quantity != not_label


@pytest.mark.model
def test_a_count_with_its_noun_keeps_the_noun(settings):  # type: ignore[no-untyped-def]
    # guard: the new reading is tried only when the number has no noun ("sold 300 cars" is cars sold, not "sold")
    fig = _at("The shop sold 300 cars on Saturday.\n", "300", settings)
    assert fig is not None and fig.quantity is not None and "cars" in fig.quantity


_CASUALTY_ADJECTIVES = {"dead": "killed", "wounded": "wounded", "missing": "missing"}


@pytest.mark.model
@hsettings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.sampled_from(["Two", "Three", "Hundreds", "Dozens", "Twelve"]),
       adjective=st.sampled_from(sorted(_CASUALTY_ADJECTIVES)),
       place=st.sampled_from(["bus crash", "Hajj stampede", "mine collapse", "ferry fire"]))
def test_a_headline_count_with_a_casualty_adjective_is_the_toll(settings, number, adjective, place):  # type: ignore[no-untyped-def]
    fig = _at(f"{number} {adjective} in {place}\n", number, settings)
    assert fig is not None and fig.quantity == _CASUALTY_ADJECTIVES[adjective]
