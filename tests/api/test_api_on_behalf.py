"""Issue 14: the organisation a named spokesperson speaks for reaches the reader: the read layer,
the API's statement items, the web statement lists and the permalink's citation.

The store holds one real article (Wikinews 129865, dev split, CC BY 4.0: "Airbus spokesman
Stefan Schaffrath saying the company's move was unprecedented"), analysed and linked as
``hearsay analyze --store`` would, and one hand-built record ("Jane Doe, a spokeswoman for Acme").
"""

from __future__ import annotations

from datetime import date

import pytest

from api._ledger import WIKINEWS, TestClient
from hearsay.model import Article, Entity, Mention, Record, Statement

pytestmark = pytest.mark.model

AIRBUS_ARTICLE = "129865"


def _unlinked_record() -> Record:
    """A hand-built record: Jane Doe speaks for Acme (local ids e1, e2; the ledger gives them keys)."""
    text = "Acme plans a plant\nJane Doe, a spokeswoman for Acme, said the plant would open in May.\n"
    person, org = text.index("Jane Doe"), text.index("Acme,")
    start = text.index("the plant would")
    content = "the plant would open in May"
    entities = (Entity(id="e1", name="Jane Doe", type="PERSON", mentions=(Mention(person, person + 8, "Jane Doe"),)),
                Entity(id="e2", name="Acme", type="ORG", mentions=(Mention(org, org + 4, "Acme"),)))
    st = Statement(id="s1", kind="indirect", content=content, start=start, end=start + len(content), speaker="e1",
                   cue="said", confidence=0.8, type="assertion", on_behalf_of="e2")
    article = Article(text=text, title="Acme plans a plant", source="Example Wire", published=date(2025, 5, 1),
                      origin="acme.txt")
    return Record(article=article, entities=entities, statements=(st,))


@pytest.fixture(scope="module")
def spokesperson_store(tmp_path_factory):
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.ledger import update_ledger
    from hearsay.pipeline import analyze_articles
    from hearsay.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('spokesperson') / 'ledger.db'}"
    store = open_store(url)
    article = make_article(text=(WIKINEWS / f"{AIRBUS_ARTICLE}.txt").read_text(encoding="utf-8"),
                           origin=f"{AIRBUS_ARTICLE}.txt", published=date(2009, 7, 30),
                           meta={"source": "Wikinews", "id": AIRBUS_ARTICLE})
    keys = [store.save_linked(r, update_ledger)[0] for r in analyze_articles([article], load_settings({"store": False}, environ={}))]
    keys.append(store.save_linked(_unlinked_record(), update_ledger)[0])
    store.close()
    return url, keys


@pytest.fixture(scope="module")
def spokesperson_client(spokesperson_store):
    from hearsay.config import load_settings
    from hearsay.server import create_app

    app = create_app(load_settings({"db_url": spokesperson_store[0], "store": False}, environ={}))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _schaffrath(items: list[dict]) -> list[dict]:
    return [s for s in items if (s.get("speaker_name") or "").endswith("Schaffrath")]


def test_api_statements_on_behalf_of_airbus(spokesperson_client, spokesperson_store):
    items = spokesperson_client.get("/api/statements?limit=100").json()["items"]
    said = _schaffrath([s for s in items if s["article"]["key"] == spokesperson_store[1][0]])
    # "saying the company's move was unprecedented" and the quotation "Schaffrath explained"
    assert {s["kind"] for s in said} == {"indirect", "direct"}
    airbus = spokesperson_client.get("/api/entities/Airbus").json()["entity"]
    for s in said:
        assert s["on_behalf_of_name"] == airbus["name"]
        assert s["on_behalf_of"] == airbus["key"]  # the canonical key, as ``speaker`` is
        assert s["on_behalf_of"] != s["speaker"]
    # statements with no spokesperson carry none
    assert all(s["on_behalf_of"] is None and s["on_behalf_of_name"] is None for s in items if s not in said
               and s["article"]["key"] == spokesperson_store[1][0])


def test_api_entity_page_said_items_carry_on_behalf_of(spokesperson_client):
    speaker = next(s for s in spokesperson_client.get("/api/statements?limit=100").json()["items"]
                   if (s.get("speaker_name") or "").endswith("Schaffrath"))
    page = spokesperson_client.get(f"/api/entities/{speaker['speaker']}").json()
    assert page["said"] and {s["on_behalf_of_name"] for s in page["said"]} == {speaker["on_behalf_of_name"]}


def test_api_on_behalf_of_resolves_the_record_entity_through_the_ledger(spokesperson_client, spokesperson_store):
    items = spokesperson_client.get("/api/statements?limit=100").json()["items"]
    hand = [s for s in items if s["article"]["key"] == spokesperson_store[1][1]]
    acme = spokesperson_client.get("/api/entities/Acme").json()["entity"]
    assert [(s["speaker_name"], s["on_behalf_of"], s["on_behalf_of_name"]) for s in hand] == [("Jane Doe", acme["key"], "Acme")]


def test_web_statement_list_names_the_organisation(spokesperson_client):
    page = spokesperson_client.get("/statements").text
    assert "Schaffrath</a><span class=\"for-org\"> (for <a href=\"/entities/" in page
    assert "Jane Doe</a><span class=\"for-org\"> (for <a href=\"/entities/" in page


def test_web_article_page_names_the_organisation(spokesperson_client, spokesperson_store):
    page = spokesperson_client.get(f"/articles/{spokesperson_store[1][1]}").text
    assert "Jane Doe</a> (for <a href=\"/entities/" in page


def test_web_permalink_and_citation_name_the_organisation(spokesperson_client):
    said = _schaffrath(spokesperson_client.get("/api/statements?limit=100").json()["items"])
    key, org = said[0]["key"], said[0]["on_behalf_of_name"]
    assert "On behalf of" in spokesperson_client.get(f"/statements/{key}").text
    citation = spokesperson_client.get(f"/api/statements/{key}").json()["citation"]
    assert f"Schaffrath (for {org})" in citation



def test_api_export_csv_has_the_organisation_columns(spokesperson_client):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(spokesperson_client.get("/api/export/statements?format=csv").text)))
    said = [r for r in rows if r["speaker_name"] == "Jane Doe"]
    assert [r["on_behalf_of_name"] for r in said] == ["Acme"]
    assert said[0]["on_behalf_of"] == str(spokesperson_client.get("/api/entities/Acme").json()["entity"]["key"])
