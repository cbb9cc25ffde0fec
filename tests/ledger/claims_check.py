"""The claims invariants every ledger test store must keep (issue 13): no contradiction between
two figures (or statements) of one article or one story, no pair stored twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger.contradictions import check_store
from hearsay.store import schema


def assert_claims_sound(store: Any) -> None:
    """Fail with every broken invariant of ``store``'s contradictions."""
    with store.engine.connect() as conn:
        problems = check_store(conn)
    assert problems == []


def saved_pairs(store: Any, *records: Any) -> list[dict[str, Any]]:
    """Save and link ``records`` in order, check the invariants, return every contradiction row."""
    for r in records:
        store.save_linked(r, update_ledger)
    assert_claims_sound(store)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(schema.contradictions))]
