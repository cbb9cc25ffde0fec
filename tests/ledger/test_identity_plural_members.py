"""Issue 12, session 10: "a Tar Heel" is one player, not the Tar Heels (merge audits 19, 20 and 21,
ECB+ topic 31: "2,301 career points as a Tar Heel", "fellow Tar Heel alumnus Larry Brown" joined the
team through the misspelling rule, a final "s" being one letter). A short name's singular and plural
are a member and the group; a longer name with a slipped "s" stays one institution. Hand-made
records so the linker alone is under test; both backends."""

from __future__ import annotations

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

_SHARED = [{"name": "North Carolina", "type": "GPE"}, {"name": "Tyler Hansbrough", "type": "PERSON"},
           {"name": "Evansville", "type": "GPE"}, {"name": "Phil Ford", "type": "PERSON"}]


def _canonicals(store, records):  # type: ignore[no-untyped-def]
    for r in records:
        store.save_linked(r, update_ledger)
    e, el = schema.entities, schema.entity_links
    with store.engine.connect() as conn:
        return {(r.name, r.document_id): r.canonical_id for r in conn.execute(
            select(e.c.name, e.c.document_id, el.c.canonical_id).join(el, el.c.entity_id == e.c.id))}


def test_identity_a_member_of_a_team_is_not_the_team(ledger_store) -> None:  # type: ignore[no-untyped-def]
    rows = _canonicals(ledger_store, [
        make_record("Tyler Hansbrough scored 20 as the Tar Heels beat Evansville; Phil Ford watched in North Carolina.",
                    "2008-12-19", "a", entities=[{"name": "Tar Heels", "type": "ORG"}, *_SHARED]),
        make_record("Tyler Hansbrough now has 2,301 career points as a Tar Heel, passing Phil Ford; Evansville lost in "
                    "North Carolina.", "2008-12-19", "b", entities=[{"name": "Tar Heel", "type": "ORG"}, *_SHARED]),
    ])
    team = next(c for (n, _), c in rows.items() if n == "Tar Heels")
    member = next(c for (n, _), c in rows.items() if n == "Tar Heel")
    assert team != member, rows
    # the shared context still links what it should
    assert len({c for (n, _), c in rows.items() if n == "Tyler Hansbrough"}) == 1


def test_identity_a_long_name_with_a_slipped_s_stays_one_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    shared = [{"name": "Endangered Species Act", "type": "LAW"}, {"name": "Gary Locke", "type": "PERSON"},
              {"name": "Pacific fisher", "type": "ORG"}]
    rows = _canonicals(ledger_store, [
        make_record("The National Marine Fisheries Service listed the species under the Endangered Species Act, "
                    "Gary Locke said.", "2009-01-10", "a",
                    entities=[{"name": "National Marine Fisheries Service", "type": "ORG"}, *shared]),
        make_record("The National Marine Fisheries Services must consult under the Endangered Species Act, "
                    "Gary Locke said.", "2009-01-11", "b",
                    entities=[{"name": "National Marine Fisheries Services", "type": "ORG"}, *shared]),
    ])
    assert len({c for (n, _), c in rows.items() if n.startswith("National Marine")}) == 1, rows
