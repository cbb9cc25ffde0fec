"""Figures round 13 (issue 15): the counted noun, the head a figure's label is built on.

The pooled first-run label errors of the blind samples of rounds 9-12 put the choice of the head noun second (6 of
33); round 13's fresh blind sample showed it again ("$100 million worth of crude oil" -> worth, "789, or about a
quarter, of its 3,200 dealers" -> none). These tests pin the head the parse gives a number: through a measure-holding
noun ("worth of"), a relation noun's "of"-count ("mother of 12"), a partitive the parser hung elsewhere, a noun after
an open hedge inside a modifier ("400,000 plus units a year"), a nationality taken for the head ("26 Somani
brigands") and coordinated plural heads ("12 men and women").
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

# Sentences below: figures-news's openly licensed dev articles (ECB+, CC BY 3.0; MEANTIME / Wikinews, CC BY 4.0),
# some shortened, and hand-written variants; the expected labels were judged by hand against the set's guide (README
# "Quantity label"), not copied from output.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2013, 9, 15)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


# ECB+ 12_11 (CC BY 3.0) and a hand-written variant: a sum "worth of" a thing measures the thing
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Somali pirates seized a Saudi supertanker loaded with $100 million worth of crude oil.\n", "$100 million", "oil"),
    ("Thieves stole £910,000 worth of jewellery from the shop.\n", "£910,000", "jewellery"),
])
def test_a_sum_worth_of_a_thing_measures_the_thing(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The house is worth $500,000.\n", "$500,000", "house"),
    ("Horton was the mother of 12 children.\n", "12", "children"),
])
def test_guard_worth_without_of_and_a_counted_noun_keep_their_labels(settings, text, start, label):  # type: ignore[no-untyped-def]
    # guard: "worth" as an adjective still names its owner (round 5); a count with its own noun is read as before
    assert _one(text, start, settings).quantity == label


# ECB+ 33_5 (CC BY 3.0) and hand-written variants: a relation noun's "of"-count counts the relatives
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Gang member guilty in slay of Brooklyn mom of 12\n", "12", "children"),
    ("A gang member was convicted Tuesday for claiming the life of a mother of 12 when he sprayed 13 bullets.\n", "12", "children"),
    ("A father of three was killed in the crash.\n", "three", "children"),
    ("The grandmother of five died on Sunday.\n", "five", "grandchildren"),
])
def test_a_count_of_a_relation_noun_counts_the_relatives(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
def test_guard_a_relation_noun_without_a_count_gives_no_figure(settings):  # type: ignore[no-untyped-def]
    # guard: "the mother of the victim" holds no number
    assert list(_figures("The mother of the victim said she was shocked.\n", settings)) == []


@pytest.mark.model
@hsettings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kin=st.sampled_from([("mother", "children"), ("father", "children"), ("mom", "children"),
                            ("grandmother", "grandchildren"), ("grandfather", "grandchildren")]),
       number=st.sampled_from(["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11", "12"]),
       verb=st.sampled_from(["was arrested", "was killed", "was injured", "died", "spoke to reporters"]))
def test_property_whatever_happens_to_the_parent_the_count_is_of_the_children(settings, kin, number, verb):  # type: ignore[no-untyped-def]
    # the clause's verb (a casualty verb included) never names the count of a parent's children
    text = f"A {kin[0]} of {number} {verb} on Friday.\n"
    assert _one(text, number, settings).quantity == kin[1]


# MEANTIME gm 126311 (CC BY 4.0) and hand-written variants: a partitive whose "of" the restatement pushed elsewhere
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Chrysler LLC has said that it wants to eliminate 789, or about a quarter, of its 3,200 dealers by early June.\n",
     "789", "dealers eliminated"),
    ("The firm wants to close 40, or about a tenth, of its 400 stores.\n", "40", "stores closed"),
    ("The airline said it will cut 300, or nearly 5 percent, of its 6,000 jobs.\n", "300", "jobs cut"),
])
def test_a_restated_count_is_still_of_its_partitive_noun(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


# hand-written: a vague count "of" a noun is the clause's argument, as a number is ("six of these aeroplanes")
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Dozens of protesters were detained.\n", "Dozens", "protesters detained"),
    ("Hundreds of homes were destroyed by the flood.\n", "Hundreds", "homes destroyed"),
])
def test_a_vague_count_of_a_noun_keeps_the_clause_verb(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
@hsettings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(vague=st.sampled_from(["Dozens", "Hundreds", "Thousands"]),
       noun=st.sampled_from(["homes", "cars", "shops", "boats"]),
       verb=st.sampled_from(["destroyed", "damaged", "seized", "sold"]))
def test_property_a_vague_partitive_subject_is_named_by_its_passive_verb(settings, vague, noun, verb):  # type: ignore[no-untyped-def]
    assert _one(f"{vague} of {noun} were {verb} last week.\n", vague, settings).quantity == f"{noun} {verb}"


@pytest.mark.model
def test_guard_a_plain_partitive_and_the_whole_keep_their_labels(settings):  # type: ignore[no-untyped-def]
    # guard: "20 of his 30 horses" was read before round 13; the whole ("30 horses") is not what was sold
    figures = _figures("He sold 20 of his 30 horses.\n", settings)
    assert [(f.text, f.quantity) for f in figures] == [("20", "horses sold"), ("30 horses", "horses")]


# MEANTIME gm 60086 (CC BY 4.0): a count inside a noun-phrase modifier, the parse broken at "plus"
@pytest.mark.model
def test_the_noun_after_an_open_hedge_is_counted_not_the_clause_verb(settings):  # type: ignore[no-untyped-def]
    text = ("While it is not expected for the name change to turn the Five Hundred into a 400,000 plus units a year "
            "blockbuster like the Taurus, it is expected to make sales more solid.\n")
    assert _one(text, "400,000", settings).quantity == "units"  # was None; never "units turned" (the misparse's verb)


# ECB+ 12_4p (CC BY 3.0): a nationality the parser took for the number's head
@pytest.mark.model
def test_a_nationality_taken_for_the_head_gives_way_to_the_plural_after_it(settings):  # type: ignore[no-untyped-def]
    text = ("An Indian warship foiled a five - boat pirate attack on merchant vessels transiting the Gulf of Aden on "
            "Friday capturing 26 Somani brigands on three of the skiffs and confiscating their weapons.\n")
    label = _one(text, "26", settings).quantity
    assert label is not None and label.split()[0] == "brigands"  # was "Somani captured"


# hand-written: plural heads coordinated without a count of their own share the count
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("Police arrested 12 men and women after the protest.\n", "12", "men and women arrested"),
    ("The company sold 50,000 cars and trucks last year.\n", "50,000", "cars and trucks sold"),
])
def test_coordinated_plural_heads_share_the_count(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The company hired two managers and a director.\n", "two", "managers hired"),
    ("Its 30 workers and its managers went on strike.\n", "30", "workers gone"),
])
def test_guard_a_conjunct_with_its_own_determiner_is_not_counted(settings, text, start, label):  # type: ignore[no-untyped-def]
    # guard: "a director", "its managers" are counted apart (labels as on main)
    assert _one(text, start, settings).quantity == label


# Borrowed labels (the pooled count's next class): a bare count takes the noun of the count before it, and, as an
# object, its own verb, as a counted noun would. ECB+ 29_7p (CC BY 3.0), MEANTIME (CC BY 4.0) and hand-written.
@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    ("The Colts are the only NFL team to win at least 10 games after losing 14 or more the previous season.\n",
     "14 or more", "games lost"),
    ("Initially, the Italian company, Fiat, will appoint three members on the emerging Chrysler's new board, and the "
     "United States government will appoint six.\n", "six", "members appointed"),
    ("He won three games in March and lost two in April.\n", "two", "games lost"),
])
def test_a_bare_object_borrows_the_noun_and_keeps_its_own_verb(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


@pytest.mark.model
def test_guard_a_bare_prepositional_object_borrows_the_noun_alone(settings):  # type: ignore[no-untyped-def]
    # guard (round 8's case): "rights to five" has no verb of its own to keep
    text = ("The deal covers 14 new passenger airliners. They will be owned by AirTanker, who retains leasing rights "
            "to five.\n")
    assert _one(text, "five", settings).quantity == "passenger airliners"


# ECB+ 21_3p (CC BY 3.0): an hour with a spaced "p. m." is a clock time (round 13's blind sample; not a head-noun case)
@pytest.mark.model
def test_an_hour_before_a_spaced_pm_is_a_clock_time(settings):  # type: ignore[no-untyped-def]
    text = "She was struck by a car heading north on 117th St. near 97th Ave. about 7 p. m., police said.\n"
    assert not [f for f in _figures(text, settings) if f.text.startswith("about 7")]


@pytest.mark.model
def test_guard_a_count_before_a_noun_is_no_clock_time(settings):  # type: ignore[no-untyped-def]
    # guard: a number before a plural noun is still a count
    assert _one("Police said 7 people were hurt.\n", "7", settings).quantity == "people hurt"


# ECB+ 21_3p (CC BY 3.0): a fraction of "a <unit>" (round 13's blind sample; a missed figure)
@pytest.mark.model
def test_half_a_mile_is_half_a_mile(settings):  # type: ignore[no-untyped-def]
    fig = _one("Chohan, who lived half a mile away in South Ozone Park, was rushed to Jamaica Hospital.\n", "half", settings)
    assert (fig.value, fig.unit, fig.quantity) == (0.5, "mi", "distance")


@given(frac=st.sampled_from([("half", 0.5), ("a quarter of", 0.25), ("three quarters of", 0.75), ("a third of", 1 / 3)]),
       unit=st.sampled_from([("mile", "mi"), ("kilometre", "km"), ("metre", "m")]))
def test_property_a_fraction_of_a_unit_reads_as_the_fraction(frac, unit):  # type: ignore[no-untyped-def]
    from hearsay.extract.figures._numbers import parse_amount

    got = parse_amount(f"{frac[0]} a {unit[0]}", "QUANTITY", 0.1)
    assert got is not None and got.unit == unit[1] and got.value == pytest.approx(frac[1]) and got.low == got.high == got.value


def test_guard_half_a_dozen_is_still_six() -> None:
    from hearsay.extract.figures._numbers import parse_amount

    got = parse_amount("half a dozen", "CARDINAL", 0.1)
    assert got is not None and got.value == 6
