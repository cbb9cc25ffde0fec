"""Figures round 9 (issue 15): the classes of the fourth blind figures-news batch (README "Round 9 additions")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from hearsay.extract.figures._numbers import parse_amount

# Sentences below: figures-news's openly licensed articles (ECB+, CC BY 3.0; MEANTIME / Wikinews, CC BY 4.0),
# some shortened, and hand-written variants; expected values worked out by hand from the sentence.


def _figures(text: str, settings):  # type: ignore[no-untyped-def]
    from datetime import date

    from hearsay.pipeline import analyze_text

    return analyze_text(text, settings, published=date(2009, 1, 10)).figures


def _one(text: str, start: str, settings):  # type: ignore[no-untyped-def]
    return next(f for f in _figures(text, settings) if f.text.startswith(start))


# ECB+ 12_19ecb (CC BY 3.0)
OUT_OF = "Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen.\n"


@pytest.mark.model
@pytest.mark.parametrize("start", ["12", "11"])
def test_out_of_a_count_names_what_the_numbers_after_it_count(settings, start):  # type: ignore[no-untyped-def]
    fig = _one(OUT_OF, start, settings)
    assert fig.quantity is not None and "pirates" in fig.quantity


@pytest.mark.model
def test_an_opening_of_a_count_names_the_bare_number_that_breaks_it_down(settings):  # type: ignore[no-untyped-def]
    fig = _one("Of 500 people surveyed, 40 said they would vote for him.\n", "40", settings)
    assert fig.quantity == "people surveyed"  # the whole as the opening names it, with its participle


@pytest.mark.model
def test_an_opening_with_no_count_names_nothing(settings):  # type: ignore[no-untyped-def]
    fig = _one("Out of respect for the victims, 40 shops closed early.\n", "40", settings)
    assert fig.quantity is not None and "shops" in fig.quantity and "victims" not in fig.quantity


@pytest.mark.model
@pytest.mark.parametrize(("text", "start"), [
    # ECB+ 12_16ecb (CC BY 3.0): a bracketed conversion between the length and its direction word
    ("Indian naval ship Mysore picked up a distress call from merchant vessel Gibe when it was 13 nautical miles "
     "(about 24km) from the cargo ship.\n", "13 nautical"),
    ("The Gibe was about 150 nautical miles (about 277km) from Aden when the pirates fired at it.\n", "about 150"),
    # a "within N of" bound is how near, not what moved
    ("The village lies within 15 miles of the border.\n", "within 15"),
])
def test_a_length_set_apart_from_a_place_is_a_distance(settings, text, start):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == "distance"


@pytest.mark.model
def test_a_length_travelled_with_a_conversion_is_no_distance_apart(settings):  # type: ignore[no-untyped-def]
    fig = _one("The ship sailed 13 nautical miles (about 24km) in an hour.\n", "13 nautical", settings)
    assert fig.quantity != "distance"


def _read(sentence: str, number: str):  # type: ignore[no-untyped-def]
    from hearsay.extract.figures.amounts import _metres_read

    start = sentence.index(number)
    return parse_amount(_metres_read(number, sentence, start, start + len(number)), "CARDINAL", 0)


_METRE_FRAMES = ["A corner measuring {n}m by 50m was alight.", "They were within {n}m of their destination.",
                 "The tower is {n}m tall.", "a {n}m-long tunnel", "The wreck lies {n}m below the surface.",
                 "The hut stood {n}m from the ridge."]


@hsettings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.sampled_from(_METRE_FRAMES))
def test_a_glued_m_among_dimension_words_is_metres(n, frame):  # type: ignore[no-untyped-def]
    amount = _read(frame.format(n=n), f"{n}m")
    assert amount is not None and (amount.value, amount.unit) == (n, "m")


@hsettings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["£", "$", "€"]), st.sampled_from(_METRE_FRAMES))
def test_a_glued_m_after_a_currency_stays_a_million(n, sign, frame):  # type: ignore[no-untyped-def]
    amount = _read(frame.format(n=n).replace(f"{n}m", f"{sign}{n}m"), f"{sign}{n}m")
    assert amount is not None and amount.value == n * 1_000_000 and amount.unit != "m"


def test_a_glued_m_with_no_dimension_word_stays_a_million() -> None:
    amount = _read("The club paid 50m for the striker.", "50m")  # no currency, no dimension: the unchanged reading
    assert amount is not None and amount.value == 50_000_000


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "low", "high"), [
    # ECB+ 23_10ecbplus and 14_7ecbplus (CC BY 3.0)
    ("They were within 80m of their destination when Buckley slipped.\n", "within 80m", None, 80),
    ("A corner of the building measuring 50m by 50m containing food was well alight.\n", "50m", 50, 50),
])
def test_a_glued_m_of_a_place_reads_as_metres(settings, text, start, low, high):  # type: ignore[no-untyped-def]
    fig = _one(text, start, settings)
    assert (fig.low, fig.high, fig.unit) == (low, high, "m")


@hsettings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=9999), st.from_regex(r"\d{1,2}", fullmatch=True))
def test_one_comma_before_one_or_two_digits_is_a_decimal_comma(whole, frac):  # type: ignore[no-untyped-def]
    amount = parse_amount(f"{whole},{frac}%", "PERCENT", 0)
    assert amount is not None and amount.value == pytest.approx(float(f"{whole}.{frac}")) and amount.unit == "%"


@hsettings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_comma_before_three_digits_still_groups_thousands(head, group):  # type: ignore[no-untyped-def]
    amount = parse_amount(f"{head},{group:03d}", "CARDINAL", 0)
    assert amount is not None and amount.value == head * 1000 + group


@pytest.mark.model
def test_a_decimal_comma_in_a_market_report(settings):  # type: ignore[no-untyped-def]
    # MEANTIME 115064 (Wikinews, CC BY 4.0)
    text = "The FTSE 100 has today gone up in value by 8,26%, to take the index back over the four thousand mark.\n"
    fig = _one(text, "8,26", settings)
    assert fig.value == pytest.approx(8.26) and fig.unit == "%"


@pytest.mark.model
def test_an_indefinite_article_before_a_count_the_tagger_left_out(settings):  # type: ignore[no-untyped-def]
    # ECB+ 14_7ecbplus (CC BY 3.0)
    text = "When they arrived they called in an additional six engines, an aerial platform and an incident command vehicle.\n"
    fig = _one(text, "six engines", settings)
    assert fig.value == 6 and fig.quantity is not None and "engines" in fig.quantity



@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "label"), [
    # ECB+ 29_7ecbplus (CC BY 3.0): the yards a pass gained, with "for" left hanging by the parse
    ("Andrew Luck threw for 205 yards to break the single - season rookie record.\n", "205", "yards thrown"),
    # the statistic named by the gerund after the unit
    ("Luck surpassed Cam Newton's year - old record of 4, 051 yards passing by a rookie in the second quarter.\n",
     "4, 051", "yards passing"),
    ("Smith finished with 150 yards rushing and two touchdowns.\n", "150", "yards rushing"),
])
def test_a_sports_statistic_is_named_with_its_yards(settings, text, start, label):  # type: ignore[no-untyped-def]
    assert _one(text, start, settings).quantity == label


def _two_word_units() -> list[tuple[str, str]]:
    from hearsay.extract.figures._numbers import physical_units

    return [(s, u) for s, u in physical_units() if s.count(" ") == 1 and not s.endswith("s") and u not in ("barrels/day",)]


@hsettings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(_two_word_units()))
def test_a_two_word_unit_hyphenated_through_reads_its_unit(n, row):  # type: ignore[no-untyped-def]
    surface, unit = row
    amount = parse_amount(f"{n}-{surface.replace(' ', '-')}", "CARDINAL", 0)
    assert amount is not None and (amount.value, amount.unit) == (n, unit)


@pytest.mark.model
@pytest.mark.parametrize(("text", "start", "value", "label"), [
    # ECB+ 12_16ecb (CC BY 3.0)
    ("The Mysore is tasked to patrol a 480-nautical-mile corridor from Bab-el-Mandab in the west to the mouth of the "
     "Gulf of Aden.\n", "480", 480, "corridor"),
    ("It is required to be in touch with merchant vessels within a 15-nautical-mile radius at all times.\n", "15", 15, "radius"),
])
def test_a_hyphenated_two_word_unit_measures_the_noun_it_qualifies(settings, text, start, value, label):  # type: ignore[no-untyped-def]
    fig = _one(text, start, settings)
    assert (fig.value, fig.unit, fig.quantity) == (value, "nmi", label)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Klitschko Cruises Again, Wins in Six\non Jul 7 2012, 5: 55p\n",  # ECB+ 7_5ecbplus (CC BY 3.0)
    "The vote closed at 9: 45p local time.\n",
])
def test_the_minutes_of_a_clock_with_a_glued_p_are_no_pence(settings, text):  # type: ignore[no-untyped-def]
    assert not any(f.unit == "GBP" for f in _figures(text, settings))


@pytest.mark.model
def test_pence_after_no_clock_are_still_pence(settings):  # type: ignore[no-untyped-def]
    fig = _one("The bar sells pints at 55p each.\n", "55p", settings)
    assert (fig.value, fig.unit) == (0.55, "GBP")


@pytest.mark.model
def test_at_one_point_is_a_moment_not_a_count(settings):  # type: ignore[no-untyped-def]
    # ECB+ 2_8ecbplus (CC BY 3.0)
    text = ("DeGeneres ventured into the audience for spot gags, at one point handing director Martin Scorsese "
            "a script of her own.\n")
    assert not any("one" in f.text for f in _figures(text, settings))


@pytest.mark.model
def test_a_move_of_one_point_is_still_a_figure(settings):  # type: ignore[no-untyped-def]
    fig = _one("The index rose by one point at one point in the day.\n", "one point", settings)
    assert (fig.value, fig.unit) == (1, "points") and fig.start == 18


@pytest.mark.model
def test_a_term_of_n_years_under_for_is_the_terms_length(settings):  # type: ignore[no-untyped-def]
    # ECB+ 11_11ecb (CC BY 3.0)
    text = ("There are a total of 125 contituencies in the current election and single winners will be elected in each "
            "of them for a term of five years.\n")
    fig = _one(text, "five years", settings)
    assert (fig.value, fig.unit, fig.quantity) == (5, "years", "term")


@pytest.mark.model
def test_a_period_of_n_years_under_for_stays_a_time_adverbial(settings):  # type: ignore[no-untyped-def]
    assert not any("five" in f.text for f in _figures("He stayed in the city for a period of five years.\n", settings))


@pytest.mark.model
def test_a_length_moved_is_named_by_the_move(settings):  # type: ignore[no-untyped-def]
    # ECB+ 23_3ecbplus (CC BY 3.0)
    text = ("Robert Buckley, originally from Essex, but living in Christchurch, fell about 2, 000ft while climbing to a "
            "small hut on Mount Sefton.\n")
    fig = _one(text, "about 2, 000ft", settings)
    assert (fig.unit, fig.quantity) == ("ft", "fallen")


@pytest.mark.model
def test_a_count_moved_still_measures_its_subject(settings):  # type: ignore[no-untyped-def]
    assert _one("Jobless claims rose 15,000 last week.\n", "15,000", settings).quantity == "claims"


@pytest.mark.model
def test_a_generic_agent_is_named_by_the_act_its_relative_clause_tries(settings):  # type: ignore[no-untyped-def]
    # ECB+ 23_10ecbplus (CC BY 3.0)
    text = ("Buckley, who had been living and working in Christchurch, was one of four men who were trying to climb to "
            "the Sefton Bivvy from Mount Cook Village.\n")
    fig = _one(text, "four men", settings)
    assert fig.quantity is not None and "climb" in fig.quantity


@pytest.mark.model
def test_a_generic_agent_with_a_stative_relative_clause_keeps_its_noun(settings):  # type: ignore[no-untyped-def]
    assert _one("There were 12 people who had been there.\n", "12 people", settings).quantity == "people"
