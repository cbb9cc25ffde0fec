"""Per-article entities, issue 12 round 19: places that are not their country; demonyms inside titles.

A seat of government is the building where something is done or whose part is named ("At the White
House, Trump said", "a White House hallway"); a capital is the city where a distance is reckoned from
it or a route ends at it ("185 miles northwest of Beijing", "the route from Mumbai to London"); a
country's name or demonym inside a work's title is not the country ("the 1999 movie American Pie").
The metonymic uses stay the state (guards, marked so). The lines marked ECB+ are from ECB+ 28_3ecb and
1_10ecb (dev topics; CC BY 3.0, ../shared/datasets/ecbplus-entities); the others are written for the test,
after the cases of mention audit 2 (benchmarks/labels/mentions-round2.tsv).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st


def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def _holder(ents, text, word, nth=0):  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return next((e for e in ents if any(m.start <= at < m.end for m in e.mentions)), None)



# --- a seat of government used as a place is the building ---------------------------------------

@pytest.mark.parametrize("text", [
    "At the White House, Trump said the talks would continue.",
    # ECB+ 28_3ecb (CC BY 3.0)
    "Back in 1970, Woodward struck up a conversation with Felt while both were waiting in a White House hallway.",
    "Protesters gathered outside the Kremlin on Sunday.",
    "Snow fell on the lawn of the White House overnight.",
])
def test_entities_seat_of_government_as_a_place_is_the_building_issue12(nlp, settings, text):  # type: ignore[no-untyped-def]
    word = "White House" if "White House" in text else "Kremlin"
    held = _holder(_find(nlp, settings, text), text, word)
    assert held is not None and held.name == word and held.type == "FAC"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("The White House said it would respond.", "White House", "United States"),
    ("Officials at the White House declined to comment.", "White House", "United States"),
    ("White House officials declined to comment.", "White House", "United States"),
    ("The Kremlin's claims were rejected by Kyiv.", "Kremlin", "Russia"),
    ("Sources in the Kremlin said the talks had failed.", "Kremlin", "Russia"),
])
def test_entities_seat_of_government_for_the_state_stays_the_country_guard(nlp, settings, text, word, country):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, text), text, word)
    assert held is not None and held.name == country


# --- a capital a distance is reckoned from, or a route ends at, is the city ------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The quake struck 185 miles northwest of Beijing on Sunday.", "Beijing"),
    ("The town lies 40 kilometres south of Moscow.", "Moscow"),
    ("The new route from Mumbai to London opens next week.", "London"),
    ("The flight from Beijing to Moscow was delayed.", "Moscow"),
    ("The flight from Beijing to Moscow was delayed.", "Beijing"),
])
def test_entities_capital_as_a_point_on_the_map_is_the_city_issue12(nlp, settings, text, word):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, text), text, word)
    assert held is not None and held.name == word


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Beijing sent aid to Pyongyang.", "Pyongyang", "North Korea"),
    ("Pyongyang said the test was a success.", "Pyongyang", "North Korea"),
    ("Moscow hails their role and expands military cooperation with Pyongyang.", "Moscow", "Russia"),
])
def test_entities_capital_for_the_state_stays_the_country_guard(nlp, settings, text, word, country):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, text), text, word)
    assert held is not None and held.name == country


@hsettings(max_examples=12, deadline=None)
@given(city=st.sampled_from(["Beijing", "Moscow", "Paris", "Tokyo", "Kyiv", "Berlin"]),
       point=st.sampled_from(["north", "south", "east", "west", "northwest", "southeast"]),
       miles=st.integers(min_value=2, max_value=900),
       unit=st.sampled_from(["miles", "kilometres", "km"]))
def test_entities_distance_from_a_capital_never_makes_the_country_property(nlp, settings, city, point, miles, unit):  # type: ignore[no-untyped-def]
    text = f"The plane came down {miles} {unit} {point} of {city} on Sunday."
    held = _holder(_find(nlp, settings, text), text, city)
    assert held is None or held.name == city


# --- a country's name or demonym inside a work's title is not the country ------------------------

@pytest.mark.parametrize("text", [
    "The actress, who shot to fame in 1999 movie American Pie, decided to check in last week.",
    "She starred in the film Russian Ark and later in American Beauty.",
    # after ECB+ 1_10ecb (CC BY 3.0)
    "Her rep would not say what the `` American Pie '' star was being treated for.",
])
def test_entities_demonym_inside_a_title_is_no_country_issue12(nlp, settings, text):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    assert not [e.name for e in ents if e.name in {"United States", "Russia"}]


def test_entities_demonym_inside_an_institution_stays_the_country_guard(nlp, settings):  # type: ignore[no-untyped-def]
    # the founding gold's convention: "the Russian Security Council" also names Russia; so the
    # Swiss National Bank names Switzerland
    text = "The Swiss National Bank cut its main rate on Thursday."
    assert "Switzerland" in {e.name for e in _find(nlp, settings, text)}


def test_entities_demonym_before_a_noun_stays_the_country_guard(nlp, settings):  # type: ignore[no-untyped-def]
    text = "American troops left the base, the film crew said."
    assert "United States" in {e.name for e in _find(nlp, settings, text)}


# --- a place cut from an office's name with a possessive inside it ---------------------------------

# ECB+ 8_3ecb (CC BY 3.0), the last sentence shortened
MARION = ("Marion County deputies said the explosion happened just before 5:30 p.m.\n"
          "The investigation is coordinated by the Marion County Sheriff's Office working with an interagency team "
          "of investigators and the Marion County District Attorney's Office.\n")


def test_entities_place_cut_from_an_office_with_a_possessive_is_the_office_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, MARION), MARION, "Marion County District")
    assert held is not None and held.name == "Marion County District Attorney's Office" and held.type == "ORG"


def test_entities_bare_county_is_not_the_office_debris_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, MARION), MARION, "Marion County")
    assert held is not None and held.name == "Marion County"


def test_entities_office_whole_in_ner_stays_whole_guard(nlp, settings):  # type: ignore[no-untyped-def]
    held = _holder(_find(nlp, settings, MARION), MARION, "Marion County Sheriff's Office")
    assert held is not None and held.name == "Marion County Sheriff's Office"


# --- a leader's name before a seat of government is the administration, not the person -------------

# after ECB+ 9_12ecbplus (CC BY 3.0): the headline and two lines
OBAMA = ("Obama White House reverses Bush rule on protection of endangered species\n"
         "The Obama administration overturned one of the most controversial environmental measures of the "
         "George Bush era.\n"
         "Activists had sent petitions to officials in the Obama administration.\n")


def test_entities_leader_before_a_seat_is_no_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, OBAMA)
    held = _holder(ents, OBAMA, "Obama White House")
    assert held is not None and held.type != "PERSON"
    bare = _holder(ents, OBAMA, "Obama", nth=1)
    assert bare is not None and bare.name != "Obama White House"


@pytest.mark.parametrize("text", ["Jack White said the band would tour in May.",
                                  "Samuel Langley flew his aerodrome over the Potomac."])
def test_entities_person_named_like_a_seat_stays_a_person_guard(nlp, settings, text):  # type: ignore[no-untyped-def]
    name = " ".join(text.split()[:2])
    held = _holder(_find(nlp, settings, text), text, name)
    assert held is not None and held.type == "PERSON"
