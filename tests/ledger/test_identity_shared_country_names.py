"""Issue 12, session 9: the US state Georgia and the country Georgia are two entities across
articles. Real extraction of three short articles written for the test, on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401

pytestmark = pytest.mark.model

_STATE_A = "Storms hit Atlanta, Georgia on Monday. The governor of Georgia said the state would recover."
_STATE_B = "Voters in Georgia and Arizona went to the polls. In Georgia, turnout in Fulton County was high, officials in Atlanta said."
_COUNTRY = "Russian troops moved towards Tbilisi on Monday, and Georgia said it would resist."


def test_identity_the_state_and_the_country_stay_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    settings = load_settings({"store": False}, environ={})
    for i, text in enumerate((_STATE_A, _COUNTRY, _STATE_B)):
        record = analyze(make_article(text=text, origin=f"g{i}", published=date(2024, 11, 4 + i)), settings)
        ledger_store.save_linked(record, update_ledger)
    e, el, ce, d = schema.entities, schema.entity_links, schema.canonical_entities, schema.documents
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(d.c.doc_id, ce.c.id, ce.c.iso3).join(e, e.c.document_id == d.c.id)
                            .join(el, el.c.entity_id == e.c.id).join(ce, ce.c.id == el.c.canonical_id)
                            .where(e.c.name == "Georgia")).all()
    by_doc = {r.doc_id: (r.id, r.iso3) for r in rows}
    assert len(by_doc) == 3, rows
    countries = [v for v in by_doc.values() if v[1] == "GEO"]
    states = [v for v in by_doc.values() if v[1] is None]
    assert len(countries) == 1 and len(states) == 2, by_doc
    assert states[0][0] == states[1][0] != countries[0][0], by_doc  # the two state stories share one entity
