"""Figures round 12 (issue 15): how a figure is tied to the verb that labels it (pooled blind label errors, rounds 9-12).

The pooled first-run label errors of the blind samples of rounds 9-12 were classed by the mechanism that chose the
label; the largest class was the link from the figure to its clause verb (a hedge parsed as a preposition hid the
count from its verb, a phrase of the verb was not read as qualifying its object, a reading of the words around a
length outranked the verb it measures, a "with" object took the verb's subject). These tests pin that link.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

# Sentences below: figures-news's openly licensed round-12 dev articles (ECB+, CC BY 3.0; MEANTIME / Wikinews,
# CC BY 4.0), some shortened, and hand-written variants; the expected labels were judged by hand against the
# set's guide (README "Quantity label"), not copied from output.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2013, 9, 15)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


# MEANTIME gm 60086 (CC BY 4.0): a hedge the parser takes for a preposition ("over" + number + noun)
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The Taurus survived for four generations, selling over 7,500,000 units.\n", "over 7,500,000", "units sold"),
    ("The company sold over 7,500,000 units.\n", "over 7,500,000", "units sold"),
    ("The storm destroyed over 300 homes.\n", "over 300", "homes destroyed"),
])
def test_a_hedge_parsed_as_a_preposition_leaves_the_count_the_verbs_object(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The company has over 7,500,000 customers.\n", "over 7,500,000", "customers"),
    ("The bombing killed over 100 people.\n", "over 100", "killed"),
    ("The company sold about 7,500,000 units.\n", "about 7,500,000", "units sold"),
])
def test_guard_hedged_counts_of_light_verbs_and_casualties_keep_their_labels(settings, text, start, label):  # type: ignore[no-untyped-def]
    # guard: a light verb still adds nothing; a casualty verb still names the toll; a hedge parsed as a modifier as before
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
@hsettings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verb=st.sampled_from([("sold", "units"), ("built", "homes"), ("shipped", "units"), ("destroyed", "homes")]),
       hedge=st.sampled_from(["over", "about", "around", "nearly", "almost"]),
       number=st.integers(min_value=2, max_value=9_999_999))
def test_property_a_hedged_count_is_named_by_its_verb(settings, verb, hedge, number):  # type: ignore[no-untyped-def]
    # however the parser reads the hedge (preposition or modifier), the count is the verb's object
    participle, noun = verb
    text = f"Last year the company {participle} {hedge} {number:,} {noun}.\n"
    fig = _one(text, hedge, settings)
    assert fig.quantity == f"{noun} {participle}"


# ECB+ 33_5ecbplus (CC BY 3.0): an "in <confinement>" phrase the verb takes after its object says where the time is spent
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("He faces up to 75 years to life in prison.\n", "up to 75 years", "prison"),
    ("Andrew Lopez faces up to 75 years to life in prison when he's sentenced May 7.\n", "up to 75 years", "prison"),
])
def test_a_term_the_verb_puts_in_prison_is_a_prison_term(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
def test_guard_a_term_right_before_in_prison_stays_a_prison_term(settings):  # type: ignore[no-untyped-def]
    # guard (round 10's shape): "in prison" straight after the term
    assert _one("He can face an unlimited fine or up to two years in prison.\n", "up to two years", settings).quantity == "prison"


# ECB+ 23_9ecbplus (CC BY 3.0): the verb a length measures outranks a direction word after it
@pytest.mark.model
@pytest.mark.parametrize(("text", "start"), [
    ("A 36-year-old Australian man died on Friday after falling 150 meters from a ridge in the national park.\n", "150 meters"),
    ("The climber plunged 30 metres from the bridge.\n", "30 metres"),
])
def test_a_length_a_body_moves_from_somewhere_is_the_move(settings, text, start):  # type: ignore[no-untyped-def]
    label = _one(text, start, settings).quantity
    assert label is not None and label.split()[0] in ("fallen", "plunged")


@pytest.mark.model
def test_guard_a_length_from_a_place_without_a_move_is_a_distance(settings):  # type: ignore[no-untyped-def]
    # guard (round 9): how far apart two things are
    text = "The ship was 13 nautical miles (about 24km) from the cargo ship.\n"
    assert _one(text, "13 nautical miles", settings).quantity == "distance"


# ECB+ 29_6ecb (CC BY 3.0): what a clause leaves someone "with" is no act of its verb
@pytest.mark.model
def test_a_statistic_held_with_is_the_statistic(settings):  # type: ignore[no-untyped-def]
    text = "If so, his late-season flourish leaves him with 3,907 yards and 26 touchdowns in 15 games.\n"
    assert _one(text, "3,907 yards", settings).quantity == "yards"


@pytest.mark.model
def test_guard_a_statistic_a_verb_finishes_with_keeps_the_verb(settings):  # type: ignore[no-untyped-def]
    # guard (ECB+ 29_7ecb, round 10's dev): no object of its own, so "finishing with" names the statistic's act
    text = "Dallas Clark followed up with another strong game, finishing with 105 yards and a touchdown.\n"
    assert _one(text, "105 yards", settings).quantity == "finished"


@pytest.mark.model
def test_guard_money_taken_with_a_taking_verb_keeps_the_verb(settings):  # type: ignore[no-untyped-def]
    # guard (round 6): "made off with" is a taking; the "with" object of money is not touched by this round
    assert _one("The robbers made off with 2m euros in gems and watches.\n", "2m euros", settings).quantity != "money"
