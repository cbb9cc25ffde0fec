"""Place names that are no country (issue 12, session 8; classes found on the GUM gold): a one-word
place name that is the surname of the person the article names in full, standing where a person
does, is that person ("Paris" of Valeska Paris had joined France); a region named after a country
("North America", "Latin America") is a place of its own. Sentences written for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def _holder(ents, start):  # type: ignore[no-untyped-def]
    return next(e for e in ents if any(m.start == start for m in e.mentions))


def test_entities_surname_that_names_a_country_is_the_person(nlp, settings):
    text = "Michael Jordan scored 30 points on Sunday. Jordan said the team played well."
    ents = _find(nlp, settings, text)
    said = _holder(ents, text.index("Jordan said"))
    assert said.type == "PERSON" and said.name == "Michael Jordan", (said.name, said.type)


@pytest.mark.parametrize("text", [
    # guards: the country after "of" or "to", and in an article naming no person of that surname
    "Michael Jordan scored 30 points on Sunday. The king of Jordan watched the game.",
    "Michael Jordan scored 30 points on Sunday. He later flew to Jordan for a charity game.",
    "Officials said on Sunday that Jordan would reopen its border with Syria.",
])
def test_entities_the_country_stays_a_country_guard(nlp, settings, text):
    ents = _find(nlp, settings, text)
    last = text.rindex("Jordan")
    holder = _holder(ents, last)
    assert holder.type == "GPE" and (holder.ids or {}).get("iso3") == "JOR", (holder.name, holder.type)


def test_entities_a_region_named_after_a_country_is_no_country(nlp, settings):
    """"North America" and "Latin America" joined the United States through the alias "America"
    (GUM gold), "Northern Ireland" Ireland; the region is a place of its own."""
    text = "Trade between North America and Latin America grew. Troops in Northern Ireland stayed."
    ents = _find(nlp, settings, text)
    for region in ("North America", "Latin America", "Northern Ireland"):
        holder = _holder(ents, text.index(region))
        assert holder.name == region and not (holder.ids or {}).get("iso3"), (region, holder.name, holder.ids)


def test_entities_a_title_before_a_country_alias_is_no_country(nlp, settings):
    """"Captain America" joined the United States through "America" (GUM gold, news_warhol)."""
    text = "He dressed as Captain America for the premiere, and the United States team cheered."
    ents = _find(nlp, settings, text)
    holder = _holder(ents, text.index("Captain America"))
    assert holder.name == "Captain America" and not (holder.ids or {}).get("iso3"), (holder.name, holder.ids)


def test_entities_a_region_is_no_person_whose_surname_is_the_state(nlp, settings):
    """Merge audit 18 (ECB+ 13_11ecb): "Southern California" and then "California" alone made the
    region a person called by its "surname", so the state joined the region."""
    text = "The display stood in a yard in Southern California. The governor of California did nothing."
    ents = _find(nlp, settings, text)
    region = _holder(ents, text.index("Southern California"))
    state = _holder(ents, text.rindex("California"))
    assert region is not state and region.type != "PERSON", (region.name, region.type, state.name)


@pytest.mark.parametrize(("text", "city"), [
    # GUM dev bio_hadid (Wikipedia, CC BY-SA 3.0), shortened: a city one moves to is the city
    ("Hadid studied mathematics in Beirut before moving, in 1972, to London to study architecture.", "London"),
    ("The minister flew to Moscow on Monday for talks.", "Moscow"),
    ("She returned from Beijing on Friday.", "Beijing"),
])
def test_entities_a_capital_one_travels_to_is_the_city(nlp, settings, text, city):
    ents = _find(nlp, settings, text)
    holder = _holder(ents, text.index(city))
    assert holder.name == city, (city, holder.name, holder.ids)


def test_entities_a_capital_given_something_stays_the_state_guard(nlp, settings):
    text = "Washington sent aid to Pyongyang, officials said."
    ents = _find(nlp, settings, text)
    assert _holder(ents, text.index("Pyongyang")).name == "North Korea"
