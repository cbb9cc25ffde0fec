"""Cross-document entities: transliteration-tolerant name matching and country codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger.names import variant_key as fold
from hearsay.store import schema
from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


@pytest.mark.parametrize(("a", "b"), [("Sergey Shoigu", "Sergei Shoygu"), ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
                                      ("Mikhail Gorbachev", "Mikhail Gorbachov".replace("chov", "chev")),
                                      ("Café Müller", "Cafe Muller")])
def test_entities_fold_equates_transliterations(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_entities_fold_keeps_different_names_apart() -> None:
    assert fold("Kim Jong Un") != fold("Kim Yo Jong")
    assert fold("Sergey Shoigu") != fold("Sergey Lavrov")


def _canonical(store) -> list[dict]:  # type: ignore[no-untyped-def]
    ce = schema.canonical_entities
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(ce).order_by(ce.c.id))]


def test_entities_link_transliterated_people_and_countries(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """A romanised full name spelt another way (Sergei Shoygu) joins the person; a bare surname
    stays in its own article (issue 12)."""
    council = {"name": "Russian Security Council", "type": "ORG"}
    one = make_record("Sergey Shoigu of the Russian Security Council spoke in Moscow about North Korea.", "2025-05-30", "tass",
                      entities=[{"name": "Sergey Shoigu", "type": "PERSON", "aliases": ["Shoigu"]}, council,
                                {"name": "Russia", "type": "GPE", "mention": "Moscow", "ids": {"iso3": "RUS"}}])
    two = make_record("Sergei Shoygu, the Russian Security Council secretary, visited the DPRK.", "2025-06-02", "bbc",
                      entities=[{"name": "Sergei Shoygu", "type": "PERSON", "roles": ["security council secretary"]}, council,
                                {"name": "North Korea", "type": "GPE", "mention": "DPRK", "ids": {"iso3": "PRK"}}])
    three = make_record("Shoigu, the Russian Security Council and the Kremlin said nothing.", "2025-05-01", "rt",
                        entities=[{"name": "Shoigu", "type": "PERSON"}, council,
                                  {"name": "Russia", "type": "GPE", "mention": "Kremlin", "aliases": ["Kremlin"], "ids": {"iso3": "RUS"}}])
    for r in (one, two, three):
        ledger_store.save_linked(r, update_ledger)
    rows = _canonical(ledger_store)
    people = [r for r in rows if r["type"] == "PERSON"]
    assert sorted(r["name"] for r in people) == ["Sergey Shoigu", "Shoigu"]
    shoigu = next(r for r in people if r["name"] == "Sergey Shoigu")
    assert shoigu["n_documents"] == 2
    assert shoigu["first_seen"] == "2025-05-30"
    assert "Sergei Shoygu" in json.loads(shoigu["aliases"])
    assert json.loads(shoigu["roles"]) == ["security council secretary"]
    russia = [r for r in rows if r["iso3"] == "RUS"]
    assert len(russia) == 1 and russia[0]["n_documents"] == 2
    assert "Kremlin" in json.loads(russia[0]["aliases"])


def test_entities_variant_without_context_stays_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: folding (Foxx/Fox, Smit/Smith) proposes a candidate but never proves identity."""
    one = make_record("Jamie Foxx starred in the film.", "2025-05-30", "a", entities=[{"name": "Jamie Foxx", "type": "PERSON"}])
    two = make_record("Jamie Fox won the darts final in Leeds.", "2025-05-30", "b",
                      entities=[{"name": "Jamie Fox", "type": "PERSON"}, {"name": "Leeds", "type": "GPE"}])
    for r in (one, two):
        ledger_store.save_linked(r, update_ledger)
    assert len(_canonical(ledger_store)) == 3


def test_entities_keep_same_surname_different_people_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    one = make_record("Kim Jong Un met envoys.", "2025-05-30", "a", entities=[{"name": "Kim Jong Un", "type": "PERSON"}])
    two = make_record("Kim Yo Jong issued a statement.", "2025-05-30", "b", entities=[{"name": "Kim Yo Jong", "type": "PERSON"}])
    for r in (one, two):
        ledger_store.save_linked(r, update_ledger)
    assert len(_canonical(ledger_store)) == 2


def test_entities_actor_country_code_never_merges_a_person_into_the_country(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Regression for issue 6: a person coded RUS by the event coder (Putin) stays apart from Russia."""
    from datetime import date

    from hearsay import query
    from hearsay.pipeline import analyze
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.store import open_store

    founding = Path(__file__).parents[1] / "golden" / "kursk-dprk.txt"
    record = analyze(make_article(text=founding.read_text(encoding="utf-8"), origin="kursk", published=date(2025, 5, 30)),
                     load_settings({"store": False}, environ={}))
    store = open_store(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        store.save_linked(record, update_ledger)
        coded = [e for e in record.entities if e.type == "PERSON" and e.ids.get("iso3")]
        assert coded, "the event coder gave no person a country: the regression is not exercised"
        russia = query.resolve_entity(store, "Russia")
        for person in coded:
            found = query.resolve_entity(store, person.name)
            assert found["name"] == person.name and found["type"] == "PERSON"
            assert found["id"] != russia["id"]
    finally:
        store.close()
