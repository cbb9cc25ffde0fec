"""Statement clusters, figure series and contradictions on hand-built records (no model)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger.contradictions import disjoint
from hearsay.ledger.series import interval, period
from hearsay.model import Figure
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

SHOIGU = {"name": "Sergey Shoigu", "type": "PERSON"}
PRK = {"name": "North Korea", "type": "GPE", "ids": {"iso3": "PRK"}}


def _rows(store, table):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table))]


def test_statements_same_words_cluster_across_outlets(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = make_record("Sergey Shoigu said the volunteers are giving their all in Kursk.", "2025-05-30", "tass",
                    entities=[SHOIGU], statements=[{"content": "the volunteers are giving their all in Kursk", "speaker": "e1"}])
    b = make_record("Sergei Shoygu said that volunteers were giving their all in Kursk, Newsweek reports.", "2025-05-29", "newsweek",
                    entities=[{"name": "Sergei Shoygu", "type": "PERSON"}],
                    statements=[{"content": "volunteers were giving their all in Kursk", "speaker": "e1"}])
    for r in (a, b):
        ledger_store.save_linked(r, update_ledger)
    clusters = _rows(ledger_store, schema.statement_clusters)
    assert len(clusters) == 1
    assert clusters[0]["n_documents"] == 2
    assert clusters[0]["first_seen"] == "2025-05-29"


def test_contradictions_speaker_negating_themself(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = make_record("Shoigu said Russian troops are fighting in Kursk.", "2025-05-01", "tass",
                    entities=[SHOIGU | {"mention": "Shoigu"}], statements=[{"content": "Russian troops are fighting in Kursk", "speaker": "e1"}])
    b = make_record("Shoigu said Russian troops are not fighting in Kursk.", "2025-05-02", "rt",
                    entities=[SHOIGU | {"mention": "Shoigu"}], statements=[{"content": "Russian troops are not fighting in Kursk", "speaker": "e1"}])
    for r in (a, b):
        ledger_store.save_linked(r, update_ledger)
    found = _rows(ledger_store, schema.contradictions)
    assert [c["kind"] for c in found] == ["statement"]
    assert len(_rows(ledger_store, schema.statement_clusters)) == 2  # opposite statements never cluster


def test_series_and_contradictions_disjoint_figures_same_month(ledger_store) -> None:  # type: ignore[no-untyped-def]
    bbc = make_record("As many as 1,000 North Korean soldiers were killed, the BBC said.", "2025-04-10", "bbc", entities=[PRK],
                      figures=[{"text": "As many as 1,000", "high": 1000.0, "hedge": "as many as", "quantity": "soldiers killed",
                                "subject": "e1", "as_of": "2025-04"}])
    other = make_record("About 3,000 North Korean soldiers were killed in April.", "2025-04-20", "other", entities=[PRK],
                        figures=[{"text": "About 3,000", "value": 3000.0, "low": 2700.0, "high": 3300.0, "hedge": "about",
                                  "quantity": "soldiers killed", "subject": "e1", "as_of": "2025-04"}])
    later = make_record("Some 4,700 North Korean soldiers were killed by June.", "2025-06-20", "later", entities=[PRK],
                        figures=[{"text": "Some 4,700", "value": 4700.0, "low": 4230.0, "high": 5170.0, "hedge": "some",
                                  "quantity": "soldiers killed", "subject": "e1", "as_of": "2025-06"}])
    for r in (bbc, other, later):
        ledger_store.save_linked(r, update_ledger)
    points = _rows(ledger_store, schema.series_points)
    assert len(points) == 3 and len({p["subject_id"] for p in points}) == 1
    found = _rows(ledger_store, schema.contradictions)
    assert len(found) == 1  # June is another window: a rising count is no contradiction
    assert found[0]["kind"] == "figure" and found[0]["period"] == "2025-04"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((None, 1000.0), (2700.0, 3300.0), True),
    ((15000.0, None), (2700.0, 3300.0), True),
    ((15000.0, None), (None, 20000.0), False),
    ((1000.0, 1000.0), (1000.0, 1000.0), False),
])
def test_contradictions_disjoint_respects_open_ends(a, b, expected) -> None:  # type: ignore[no-untyped-def]
    def point(lo, hi):  # type: ignore[no-untyped-def]
        return Figure(id="f", text="x", start=0, end=1, low=lo, high=hi)
    assert disjoint(point(*a), point(*b)) is expected


def test_series_interval_and_period() -> None:
    assert interval(Figure(id="f", text="x", start=0, end=1, value=5.0)) == (5.0, 5.0)
    assert interval(Figure(id="f", text="x", start=0, end=1, value=5.0, low=5.0, hedge="more than")) == (5.0, None)
    assert period("2025-05-30") == "2025-05" and period("2025") == "2025" and period("PRESENT_REF") is None


def test_ledger_failure_rolls_back_the_article(ledger_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hearsay.errors import StoreError
    from hearsay.ledger import statements as st_module

    good = make_record("Sergey Shoigu said it.", "2025-05-30", "a", entities=[SHOIGU], statements=[{"content": "it", "speaker": "e1"}])
    ledger_store.save_linked(good, update_ledger)
    before = ledger_store.table_counts()

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreError("simulated failure half-way through the ledger")

    monkeypatch.setattr("hearsay.ledger.link_statements", boom)
    bad = make_record("Sergey Shoigu said something else entirely.", "2025-05-31", "b", entities=[SHOIGU],
                      statements=[{"content": "something else entirely", "speaker": "e1"}])
    with pytest.raises(StoreError):
        ledger_store.save_linked(bad, update_ledger)
    assert ledger_store.table_counts() == before
    assert st_module.link_statements is not boom
