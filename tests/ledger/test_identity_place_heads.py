"""Issue 12, session 8: a place's or institution's head word alone ("Valley", "Center", "Bay")
is no name across articles (merge audit 18). Hand-made records so the linker alone is under test."""

from __future__ import annotations

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
