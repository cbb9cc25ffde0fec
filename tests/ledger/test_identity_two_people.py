"""Issue 12, session 9: a span that coordinates two people is no person's name (merge audits 18
and 19: "Kurt Volker and Tim Morrison" in Tim Morrison; "Zadan and Meron", "producers Craig Zadan
and Neil Meron" in Neil Meron; "Laurence Mark and Bill Condon" in Bill Condon, ECB+ topic 2).
Hand-made records so the linker alone is under test; both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger.names import clean_name
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


@pytest.mark.parametrize("name", ["Zadan and Meron", "producers Craig Zadan and Neil Meron", "Kurt Volker and Tim Morrison",
                                  "Laurence Mark & Bill Condon"])
def test_names_two_people_joined_by_and_are_no_name(name: str) -> None:
    assert clean_name(name, "PERSON") is None


@pytest.mark.parametrize(("name", "kind"), [("Procter and Gamble", "ORG"), ("Bosnia and Herzegovina", "GPE"),
                                            ("Neil Meron", "PERSON")])
def test_names_and_inside_other_names_stays_guard(name: str, kind: str) -> None:
    assert clean_name(name, kind) == name


def test_identity_a_coordinated_pair_joins_neither_person(ledger_store) -> None:  # type: ignore[no-untyped-def]
    shared = [{"name": "Academy Awards", "type": "EVENT"}, {"name": "Ellen DeGeneres", "type": "PERSON"}]
    records = [
        make_record("Neil Meron will produce the Academy Awards with Ellen DeGeneres as host.", "2007-01-10", "a",
                    entities=[{"name": "Neil Meron", "type": "PERSON"}, *shared]),
        make_record("Zadan and Meron said the Academy Awards would suit Ellen DeGeneres.", "2007-01-11", "b",
                    entities=[{"name": "Zadan and Meron", "type": "PERSON"}, *shared]),
    ]
    for r in records:
        ledger_store.save_linked(r, update_ledger)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = {r.name: (r.canonical_id, r.rule) for r in conn.execute(
            select(e.c.name, el.c.canonical_id, el.c.rule).join(el, el.c.entity_id == e.c.id))}
    assert rows["Zadan and Meron"][0] != rows["Neil Meron"][0] and rows["Zadan and Meron"][1] == "local", rows
