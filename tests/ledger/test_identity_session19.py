"""Issue 12, session 19: a country's government named as a body is the country.

The founding annotation makes a country one entity whether it is named as the country, its
government or its demonym ("the Chinese government said" is China). The per-article step maps
demonyms and names through the gazetteer, but NER types a capitalised "UK Government" or "the
Iranian Government" an organisation, so the ledger kept it apart from the country in every article
(identity-wikinews dev, 2020 English Wikinews, CC BY 2.5: "UK Government" missed five pairs).
``_keys.government_country`` reads the country from the name — "<country or demonym> [federal |
national | central] government" or "Government of <country>" — and the ledger links the entity to
the country by its code. A capital's government is the city's ("the Seoul government"), a leader's
is a cabinet ("the Morrison government"), and a devolved one is no country's. The sentences are
written for the tests after those patterns.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hearsay.ledger._keys import government_country
from hearsay.model import Entity
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import links_by_origin, make_record, save_linked


@pytest.mark.parametrize(("name", "expected"), [
    ("UK Government", "GBR"),
    ("the Iranian Government", "IRN"),
    ("Government of India", "IND"),
    ("US federal government", "USA"),
    ("the Chinese central government", "CHN"),
    ("Seoul government", None),  # a capital's government is the city's
    ("Morrison government", None),  # a prime minister's cabinet
    ("Scottish Government", None),  # devolved: no country of the gazetteer
    ("Kurdistan Regional Government", None),
    ("UK Government Digital Service", None),  # a longer body
    ("Government", None),
])
def test_the_country_a_government_name_names(name: str, expected: str | None) -> None:
    assert government_country(Entity(id="e1", name=name, type="ORG")) == expected


def test_a_government_named_as_a_body_is_its_country(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """One story names the United Kingdom, a later one only "the UK Government" (typed an
    organisation): one entity, the country, under the country's name."""
    stories = [
        make_record("Flights from the United Kingdom resumed on Monday.", "2020-06-01", "flights",
                    entities=[{"name": "United Kingdom", "type": "GPE", "ids": {"iso3": "GBR"}}]),
        make_record("A spokesman for the UK Government said the rules would change.", "2020-06-02", "rules",
                    entities=[{"name": "UK Government", "type": "ORG"}]),
    ]
    save_linked(ledger_store, *stories)
    country = links_by_origin(ledger_store, "United Kingdom")["flights.txt"]
    government = links_by_origin(ledger_store, "UK Government")["rules.txt"]
    assert government[0] == country[0] and government[1] == "country"
    with ledger_store.engine.connect() as conn:
        ce = schema.canonical_entities
        assert conn.execute(select(ce.c.name, ce.c.iso3).where(ce.c.id == country[0])).one() == ("United Kingdom", "GBR")


def test_a_government_named_first_gives_the_country_its_own_name(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"the Iranian Government" is the first the store hears of Iran: the new entity is called
    Iran, and a later "Iran" joins it."""
    stories = [
        make_record("The Iranian Government denied the report.", "2020-04-20", "denial",
                    entities=[{"name": "Iranian Government", "type": "ORG"}]),
        make_record("Oil exports from Iran fell in May.", "2020-06-05", "oil",
                    entities=[{"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}}]),
    ]
    save_linked(ledger_store, *stories)
    government = links_by_origin(ledger_store, "Iranian Government")["denial.txt"]
    assert links_by_origin(ledger_store, "Iran")["oil.txt"][0] == government[0]
    with ledger_store.engine.connect() as conn:
        ce = schema.canonical_entities
        assert conn.execute(select(ce.c.name).where(ce.c.id == government[0])).scalar_one() == "Iran"


def test_a_capitals_government_stays_apart_from_the_country(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: "the Seoul government" (the city's) is not South Korea."""
    stories = [
        make_record("South Korea reported new cases.", "2020-06-01", "cases",
                    entities=[{"name": "South Korea", "type": "GPE", "ids": {"iso3": "KOR"}}]),
        make_record("The Seoul government closed bars in the city.", "2020-06-02", "bars",
                    entities=[{"name": "Seoul government", "type": "ORG"}]),
    ]
    save_linked(ledger_store, *stories)
    assert links_by_origin(ledger_store, "Seoul government")["bars.txt"][0] != links_by_origin(ledger_store, "South Korea")["cases.txt"][0]
