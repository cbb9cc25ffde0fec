"""Issue 12, session 8: a description no name is in ("the coroner", "her rep", a headline's
"Lawyer") is the one person of its article whose role ends in the same noun ("Coroner Gary
Hargrove", "Jack Ketsoyan, the actress's rep"): within-article coreference of role nouns, which the
merge audits and ECB+'s gold chains asked for. Hand-made records (ECB+ 4_1ecb, 1_9ecbplus and
1_2ecbplus sentences, CC BY 3.0, shortened) so the linker alone is under test."""

from __future__ import annotations

import json

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


def _link_of(store, name):  # type: ignore[no-untyped-def]
    e, el, ce = schema.entities, schema.entity_links, schema.canonical_entities
    with store.engine.connect() as conn:
        return conn.execute(select(el.c.rule, el.c.evidence, ce.c.name).join(e, e.c.id == el.c.entity_id)
                            .join(ce, ce.c.id == el.c.canonical_id).where(e.c.name == name)).one()


def test_identity_a_role_noun_is_the_one_person_holding_that_role(ledger_store) -> None:  # type: ignore[no-untyped-def]
    text = ("Coroner Gary Hargrove said the singer died of heart failure. The coroner said no foul play was suspected. "
            "Her rep said the family was grateful.")
    record = make_record(text, "2008-12-12", "a", entities=[
        {"name": "Gary Hargrove", "type": "PERSON", "roles": ["Coroner"]},
        {"name": "Jack Ketsoyan", "type": "PERSON", "roles": ["the actress's rep"], "mention": "family"},
        {"name": "The coroner", "type": "PERSON"},
        {"name": "Her rep", "type": "PERSON"}])
    ledger_store.save_linked(record, update_ledger)
    rule, evidence, canonical = _link_of(ledger_store, "The coroner")
    assert (rule, canonical) == ("role", "Gary Hargrove") and json.loads(evidence)["role"] == "Coroner"
    rule, _, canonical = _link_of(ledger_store, "Her rep")
    assert (rule, canonical) == ("role", "Jack Ketsoyan")


def test_identity_a_role_two_people_hold_or_a_plural_stays_apart_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # guards: two lawyers in one story, "the lawyers", a role no one holds
    text = "Lawyer Mark Heller and lawyer Shawn Holley met. The lawyer said she was fine. The lawyers said so. The judge agreed."
    record = make_record(text, "2013-05-02", "b", entities=[
        {"name": "Mark Heller", "type": "PERSON", "roles": ["Lawyer"]},
        {"name": "Shawn Holley", "type": "PERSON", "roles": ["lawyer"]},
        {"name": "The lawyer", "type": "PERSON"},
        {"name": "The lawyers", "type": "PERSON"},
        {"name": "The judge", "type": "PERSON"}])
    ledger_store.save_linked(record, update_ledger)
    for name in ("The lawyer", "The lawyers", "The judge"):
        rule, _, canonical = _link_of(ledger_store, name)
        assert rule == "local" and canonical == name, (name, rule, canonical)


def test_identity_a_role_is_read_to_its_head_noun_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # guards (ECB+ dev, read in the session-8 store): "State" is no "Secretary of State", "the mayor"
    # no "candidate for mayor", "the police" no officer, "nCircle" no "director of security for nCircle",
    # "the beer distributor's president" not the article's other president
    text = "Rice met the press. The State said so. The mayor spoke. The police came. nCircle said it."
    record = make_record(text, "2008-12-12", "c", entities=[
        {"name": "Condoleezza Rice", "type": "PERSON", "roles": ["Secretary of State"], "mention": "Rice"},
        {"name": "Bill de Blasio", "type": "PERSON", "roles": ["Democratic candidate for mayor"], "mention": "met"},
        {"name": "Gerry Scherlinck", "type": "PERSON", "roles": ["Troy police"], "mention": "came"},
        {"name": "Andrew Storms", "type": "PERSON", "roles": ["director of security for nCircle"], "mention": "said it"},
        {"name": "Park Dietz", "type": "PERSON", "roles": ["president of Threat Assessment Group"], "mention": "press"},
        {"name": "The State", "type": "ORG"}, {"name": "The mayor", "type": "PERSON"},
        {"name": "The police", "type": "PERSON"}, {"name": "nCircle", "type": "ORG"},
        {"name": "the beer distributor's president", "type": "PERSON", "mention": "spoke"}])
    ledger_store.save_linked(record, update_ledger)
    for name in ("The State", "The mayor", "The police", "nCircle", "the beer distributor's president"):
        rule, _, _ = _link_of(ledger_store, name)
        assert rule != "role", name


def test_identity_a_place_head_word_alone_joins_nothing(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 18: "Valley" (the Missouri Valley Conference, ECB+ 31_10ecbplus) joined the Matanuska
    Valley, whose article had called it "the Valley". A place's or institution's head word alone
    ("Valley", "Center", "Bay") is no name across articles."""
    creamery = make_record("Dairy farmers in the Matanuska Valley lost their creamery. The Valley has 30 farms.", "2008-10-01",
                           "d", entities=[{"name": "Matanuska Valley", "type": "LOC", "aliases": ["Valley"]}])
    league = make_record("Drake beat Creighton and leads the Valley by two games.", "2008-02-01", "e",
                         entities=[{"name": "Valley", "type": "ORG"}, {"name": "Drake", "type": "ORG"},
                                   {"name": "Creighton", "type": "ORG"}])
    for r in (creamery, league):
        ledger_store.save_linked(r, update_ledger)
    rule, _, canonical = _link_of(ledger_store, "Valley")
    assert canonical != "Matanuska Valley" and rule == "local", (rule, canonical)
