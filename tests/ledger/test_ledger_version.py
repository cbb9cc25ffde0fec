"""Issue 12 round 6: a store records which linking rules built its ledger, and says when a
rebuild would re-link it with today's rules."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from hearsay.ledger import LINKER_VERSION, stale_ledger, update_ledger
from hearsay.ledger.curation import rebuild
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


def _records():  # type: ignore[no-untyped-def]
    return [make_record(f"Sarah Palin spoke in Wasilla on day {i}.", f"2008-09-0{i}", f"palin-{i}",
                        entities=[{"name": "Sarah Palin", "type": "PERSON"}, {"name": "Wasilla", "type": "GPE"}]) for i in (1, 2)]


def _state(store):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return dict(conn.execute(select(schema.ledger_state.c.key, schema.ledger_state.c.value)).all()), stale_ledger(conn)


def test_ledger_records_its_rules_and_an_empty_store_is_not_stale(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _state(ledger_store) == ({}, None)
    for record in _records():
        ledger_store.save_linked(record, update_ledger)
    assert _state(ledger_store) == ({"linker": str(LINKER_VERSION)}, None)


@pytest.mark.parametrize("old", ["1", None])  # older rules; linked before versioning
def test_ledger_built_by_older_rules_asks_for_a_rebuild_until_rebuilt(ledger_store, old) -> None:  # type: ignore[no-untyped-def]
    for record in _records():
        ledger_store.save_linked(record, update_ledger)
    with ledger_store.engine.begin() as conn:
        if old is None:
            conn.execute(schema.ledger_state.delete())
        else:
            conn.execute(update(schema.ledger_state).values(value=old))
    _, stale = _state(ledger_store)
    assert stale is not None and "hearsay ledger rebuild" in stale and str(LINKER_VERSION) in stale
    assert (f"version {old}" in stale) if old else ("before versioning" in stale)
    ledger_store.save_linked(make_record("Sarah Palin left Wasilla.", "2008-09-05", "palin-5",
                                         entities=[{"name": "Sarah Palin", "type": "PERSON"}]), update_ledger)
    assert _state(ledger_store)[1] is not None  # a new article does not hide the older links
    rebuild(ledger_store)
    assert _state(ledger_store) == ({"linker": str(LINKER_VERSION)}, None)


def test_db_status_reports_the_ledger_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from hearsay.cli.main import cli
    from hearsay.store import open_store

    url = f"sqlite:///{tmp_path / 'h.db'}"
    store = open_store(url)
    try:
        for record in _records():
            store.save_linked(record, update_ledger)
        with store.engine.begin() as conn:
            conn.execute(update(schema.ledger_state).values(value="0"))
    finally:
        store.close()
    result = CliRunner().invoke(cli, ["db", "status", "--db", url])
    assert result.exit_code == 0, result.output
    assert "ledger: the store's entity links were made by linking rules version 0" in result.output
