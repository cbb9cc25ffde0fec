"""Issue 12, session 8: a one-word name NER typed as a place in one article and an organisation in
another is one entity when the articles share context ("Scientology" LOC / ORG in two GUM news
articles; "Lionsgate" GPE / ORG and "Queens" ORG / GPE in ECB+ dev). Hand-made records so the linker
alone is under test; a person's one-word name still never crosses types (its own rule)."""

from __future__ import annotations

import json

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

_HUBBARD = {"name": "L. Ron Hubbard", "type": "PERSON"}
_FREEWINDS = {"name": "Freewinds", "type": "PRODUCT"}


def _rows(store):  # type: ignore[no-untyped-def]
    ce = schema.canonical_entities
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(ce).order_by(ce.c.id))]


def test_identity_one_word_organisation_typed_a_place_joins_on_context(ledger_store) -> None:  # type: ignore[no-untyped-def]
    org = make_record("Scientology, founded by L. Ron Hubbard, runs the Freewinds.", "2015-05-07", "a",
                      entities=[{"name": "Scientology", "type": "ORG"}, _HUBBARD, _FREEWINDS])
    place = make_record("A defector says Scientology kept her on the Freewinds; L. Ron Hubbard wrote its rules.", "2015-06-01", "b",
                        entities=[{"name": "Scientology", "type": "LOC"}, _HUBBARD, _FREEWINDS])
    for r in (org, place):
        ledger_store.save_linked(r, update_ledger)
    rows = [r for r in _rows(ledger_store) if r["name"] == "Scientology"]
    assert len(rows) == 1 and rows[0]["n_documents"] == 2, rows
    with ledger_store.engine.connect() as conn:
        el = schema.entity_links
        rule, evidence = conn.execute(select(el.c.rule, el.c.evidence).where(el.c.canonical_id == rows[0]["id"])
                                      .order_by(el.c.document_id.desc())).first()
    assert rule == "context" and json.loads(evidence)["match"] == "retype"


def test_identity_one_word_names_of_two_types_without_context_stay_apart_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # guard: "Amazon" the company and "Amazon" the river share nothing
    company = make_record("Amazon hired Jeff Bezos's team in Seattle.", "2015-05-07", "a",
                          entities=[{"name": "Amazon", "type": "ORG"}, {"name": "Jeff Bezos", "type": "PERSON"},
                                    {"name": "Seattle", "type": "GPE"}])
    river = make_record("The Amazon flooded villages near Manaus, Brazil's officials said.", "2015-06-01", "b",
                        entities=[{"name": "Amazon", "type": "LOC"}, {"name": "Manaus", "type": "GPE"}])
    for r in (company, river):
        ledger_store.save_linked(r, update_ledger)
    assert sorted(r["type"] for r in _rows(ledger_store) if r["name"] == "Amazon") == ["LOC", "ORG"]


def test_identity_person_and_organisation_of_one_name_need_context_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # guard: an organisation named after a person shares the name, not the identity
    person = make_record("Walt Disney drew in Kansas City.", "1925-05-01", "a",
                         entities=[{"name": "Walt Disney", "type": "PERSON"}, {"name": "Kansas City", "type": "GPE"}])
    firm = make_record("Walt Disney reported profits in Burbank.", "2013-06-13", "b",
                       entities=[{"name": "Walt Disney", "type": "ORG"}, {"name": "Burbank", "type": "GPE"}])
    for r in (person, firm):
        ledger_store.save_linked(r, update_ledger)
    assert sorted(r["type"] for r in _rows(ledger_store) if r["name"] == "Walt Disney") == ["ORG", "PERSON"]
