"""The claims invariants every ledger test store must keep (issue 13): no contradiction between
two figures (or statements) of one article or one story, no pair stored twice."""

from __future__ import annotations

from typing import Any

from hearsay.ledger.contradictions import check_store


def assert_claims_sound(store: Any) -> None:
    """Fail with every broken invariant of ``store``'s contradictions."""
    with store.engine.connect() as conn:
        problems = check_store(conn)
    assert problems == []
