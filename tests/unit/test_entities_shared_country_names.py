"""A country's name that also names a sub-national place (issue 12, session 9): "Georgia" is a
country and a US state. One article means one of them all through and says which by what it
names around it ("Atlanta, Georgia", "the state of Georgia", other US places against "Tbilisi",
"Georgian"). The state had been merged into the country (GEO), so US state news sat on the
Caucasus country's entity page and events. Sentences written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

pytestmark = pytest.mark.model


def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def _georgia(nlp, settings, text):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    held = [e for e in ents if any(m.text == "Georgia" for m in e.mentions)]
    assert len(held) == 1, [(e.name, e.ids) for e in held]  # one sense per article
    return held[0]


@pytest.mark.parametrize("text", [
    "Storms hit Atlanta, Georgia on Monday. The governor of Georgia said the state would recover.",
    "Voters in Georgia and Arizona went to the polls. In Georgia, turnout in Fulton County was high, officials in Atlanta said.",
    "Georgia state senators passed the bill on Tuesday. Georgia officials said Savannah would be first.",
    # one sign of the state where nothing speaks of the country (merge audit 19's Georgia readings:
    # the Brian Nichols trial stories, ECB+ topic 3)
    "A Georgia judge sentenced the man who killed four people at the Atlanta courthouse.",
    "The Georgia governor signed the bill on Monday.",
])
def test_entities_the_us_state_is_not_the_country(nlp, settings, text):
    georgia = _georgia(nlp, settings, text)
    assert (georgia.ids or {}).get("iso3") != "GEO", (georgia.name, georgia.ids)


@pytest.mark.parametrize("text", [
    # guards: the country, named with its capital or demonym, or with no sign either way
    "Russian troops moved towards Tbilisi on Monday, and Georgia said it would resist.",
    "Georgia and Ukraine asked to join NATO. The Georgian president flew to Brussels and then to Texas.",
    "Georgia held elections on Saturday, the electoral commission said.",
    # one place of the state's country against a national office: still the country
    "Georgia's president met investors from California on Friday.",
    # another country named in the article speaks of the country
    "After Russia's invasion of neighbouring Georgia, diplomats met in New York.",
])
def test_entities_the_country_stays_the_country_guard(nlp, settings, text):
    georgia = _georgia(nlp, settings, text)
    assert (georgia.ids or {}).get("iso3") == "GEO", (georgia.name, georgia.ids)


def test_shared_country_names_come_from_their_table():
    from hearsay.extract.entities._places import shared_country_names
    from hearsay.extract.events._places import place_country

    shared = shared_country_names()
    assert shared.get("georgia") == "USA"
    # the event coder's table still never reads a country's name as a sub-national place
    assert place_country("Georgia") is None  # the event coder keeps the country


@hsettings(max_examples=30, deadline=None)
@given(st.sampled_from(["Atlanta", "Savannah", "Augusta", "Macon"]),
       st.sampled_from(["Monday", "Tuesday", "Friday"]))
def test_entities_a_town_placed_in_the_state_property(nlp, settings, town, day):  # type: ignore[no-untyped-def]
    text = f"A storm hit {town}, Georgia on {day}. Officials in Alabama sent help to Georgia."
    georgia = _georgia(nlp, settings, text)
    assert (georgia.ids or {}).get("iso3") != "GEO", (text, georgia.ids)
