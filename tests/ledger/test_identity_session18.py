"""Issue 12, session 18: a platform or a coined one-word name is no person, whatever NER says.

identity-wikinews (2020 English Wikinews, CC BY 2.5; ``benchmarks/eval_identity_wikinews.py``), the
second open-news identity gold, found the ledger below joining identical names, mostly through two
misreadings of the small NER model: "Twitter" typed a person in four articles ("posted on Twitter")
became four entities, because a one-word "person" offers only a bare surname, which joins nothing
without shared context; and "COVID-19" typed a person in some articles and an organisation in
others became two. ``names.linking_type`` links an online platform of
``lexicon/online_services.txt`` (under any person, place or nationality type) and a one-word
"person" with a digit in it as an organisation. The sentences are written for the tests after
those patterns; the stories share no other name, as the gold's do not.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hearsay.ledger.names import linking_type
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import links_by_origin, make_record, save_linked


def _story(key: str, day: int, text: str, entities: list[dict[str, str]]) -> object:
    return make_record(text, f"2020-05-{day:02d}", key, entities=entities)


def test_a_platform_typed_a_person_in_unrelated_stories_is_one_entity(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Three unrelated stories quote a post "on Twitter" that NER typed a person: one entity, and an
    organisation."""
    stories = [
        _story("chess", 1, "The champion announced her retirement on Twitter.", [{"name": "Twitter", "type": "PERSON"}]),
        _story("rugby", 2, "The club posted the result on Twitter.", [{"name": "Twitter", "type": "PERSON"}]),
        _story("film", 3, "The actor's family wrote on Twitter that he died.", [{"name": "Twitter", "type": "PERSON"}]),
    ]
    save_linked(ledger_store, *stories)
    links = links_by_origin(ledger_store, "Twitter")
    assert len({links[f"{k}.txt"][0] for k in ("chess", "rugby", "film")}) == 1
    with ledger_store.engine.connect() as conn:
        ce = schema.canonical_entities
        assert conn.execute(select(ce.c.type).where(ce.c.id == links["chess.txt"][0])).scalar_one() == "ORG"


def test_a_platform_read_as_a_place_joins_the_organisation(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"YouTube" typed a place in one story joins the YouTube another typed an organisation."""
    stories = [
        _story("a", 1, "The video was watched a million times on YouTube.", [{"name": "YouTube", "type": "ORG"}]),
        _story("b", 2, "A YouTube video showed the flood.", [{"name": "YouTube", "type": "GPE"}]),
    ]
    save_linked(ledger_store, *stories)
    links = links_by_origin(ledger_store, "YouTube")
    assert links["a.txt"][0] == links["b.txt"][0]


def test_a_disease_name_with_a_digit_typed_a_person_joins_its_organisation_reading(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"COVID-19" typed a person in one story and an organisation in another: one entity."""
    stories = [
        _story("a", 1, "The mathematician died of COVID-19 on Saturday.", [{"name": "COVID-19", "type": "PERSON"}]),
        _story("b", 2, "Cases of COVID-19 rose in Kerala.", [{"name": "COVID-19", "type": "ORG"}]),
    ]
    save_linked(ledger_store, *stories)
    links = links_by_origin(ledger_store, "COVID-19")
    assert links["a.txt"][0] == links["b.txt"][0]


def test_a_bare_surname_in_unrelated_stories_stays_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: a one-word "person" with no digit and no platform's name is still a bare surname; two
    stories that share nothing do not join their "Wang"s."""
    stories = [
        _story("a", 1, "Wang said the lab was closed.", [{"name": "Wang", "type": "PERSON"}]),
        _story("b", 2, "Wang won the final in three sets.", [{"name": "Wang", "type": "PERSON"}]),
    ]
    save_linked(ledger_store, *stories)
    links = links_by_origin(ledger_store, "Wang")
    assert links["a.txt"][0] != links["b.txt"][0]


@pytest.mark.parametrize(("name", "etype", "expected"), [
    ("Twitter", "PERSON", "ORG"), ("iTunes", "NORP", "ORG"), ("Netflix", "GPE", "ORG"), ("twitter", "PERSON", "ORG"),
    ("COVID-19", "PERSON", "ORG"), ("G20", "PERSON", "ORG"),
    # guards: a platform's name inside a longer name, a real person, a number alone, a work or product type
    ("Twitter Blue", "PERSON", "PERSON"), ("Chadwick Boseman", "PERSON", "PERSON"), ("1987", "PERSON", "PERSON"),
    ("COVID-19", "EVENT", "EVENT"), ("Instagram", "WORK_OF_ART", "WORK_OF_ART"), ("Wang", "PERSON", "PERSON"),
])
def test_linking_type(name: str, etype: str, expected: str) -> None:
    assert linking_type(name, etype) == expected
