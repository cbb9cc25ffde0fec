"""The founding article plus two hand-written reports (tests/ledger/data/kursk-report-*.text)
with conflicting troop and casualty figures for North Korean forces in Kursk: exactly the
expected contradictions, through the real pipeline (issue 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hearsay.pipeline import analyze
from hearsay.ingest.readers import make_article
from hearsay.ledger import update_ledger
from hearsay.query import contradictions
from hearsay.store import open_store

from .claims_check import assert_claims_sound

DATA = Path(__file__).parent / "data"
FOUNDING = Path(__file__).parents[1] / "golden" / "kursk-dprk.txt"
pytestmark = pytest.mark.model

ARTICLES = [(FOUNDING, date(2025, 5, 30)), (DATA / "kursk-report-a.text", date(2025, 6, 10)),
            (DATA / "kursk-report-b.text", date(2025, 2, 5))]
# (variable, period, the two figure texts) -- written from the articles, not from the output.
EXPECTED = {
    ("troops", "2025-04", frozenset({"more than 15,000", "about 12,000 soldiers"})),
    ("killed", "2025-01", frozenset({"as many as 1,000", "At least 4,000 North Korean soldiers"})),
}


@pytest.fixture(scope="module")
def kursk_store(tmp_path_factory, settings, nlp):  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('claims')}/kursk.db")
    for path, published in ARTICLES:
        record = analyze(make_article(text=path.read_text(encoding="utf-8"), origin=str(path), published=published), settings)
        store.save_linked(record, update_ledger)
    yield store
    store.close()


def test_kursk_reports_yield_exactly_the_expected_contradictions(kursk_store) -> None:  # type: ignore[no-untyped-def]
    found = contradictions(kursk_store, kind="figure", limit=100)
    got = {(c["quantity"], c["period"], frozenset({c["left"]["text"], c["right"]["text"]})) for c in found}
    assert got == EXPECTED
    assert all(c["subject"] == "North Korea" for c in found)
    assert contradictions(kursk_store, kind="statement", limit=100) == []


def test_kursk_contradictions_carry_reason_confidence_and_sentences(kursk_store) -> None:  # type: ignore[no-untyped-def]
    for c in contradictions(kursk_store, kind="figure", limit=100):
        assert "cannot both hold" in c["reason"]
        assert 0.5 <= c["confidence"] <= 0.95
        assert c["left"]["text"] in c["left_sentence"] and c["right"]["text"] in c["right_sentence"]
        assert c["left"]["document_id"] != c["right"]["document_id"]


def test_kursk_store_keeps_the_claims_invariants(kursk_store) -> None:  # type: ignore[no-untyped-def]
    assert_claims_sound(kursk_store)


def test_reingesting_adds_no_contradiction(kursk_store, settings) -> None:  # type: ignore[no-untyped-def]
    before = len(contradictions(kursk_store, limit=100))
    path, published = ARTICLES[1]
    record = analyze(make_article(text=path.read_text(encoding="utf-8"), origin=str(path), published=published), settings)
    kursk_store.save_linked(record, update_ledger)
    assert len(contradictions(kursk_store, limit=100)) == before
    assert_claims_sound(kursk_store)
