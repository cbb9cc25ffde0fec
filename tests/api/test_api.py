"""The JSON API: every endpoint, pagination, the one error shape, limits and the write token."""

from __future__ import annotations

import pytest

from api._ledger import PAYLOAD, TestClient, client, ledger, ledger_app  # noqa: F401  (fixtures)
from hearsay.server import create_app
from hearsay.config import load_settings
from hearsay.record import validate

pytestmark = pytest.mark.model

ERROR_KEYS = {"ok", "error", "code", "status"}


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The one error shape (STYLE.md §7; after datasette's tests/test_error_shape.py)."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert set(data) == ERROR_KEYS
    assert data["ok"] is False
    assert isinstance(data["error"], str) and data["error"]
    assert isinstance(data["code"], str) and data["code"]
    assert data["status"] == status
    if code is not None:
        assert data["code"] == code
    return data


def test_api_error_shape_unknown_ids_are_404(client):
    assert_error(client.get("/api/articles/999999"), 404, "query")
    assert_error(client.get("/api/entities/999999"), 404, "query")
    assert_error(client.get("/api/no-such-endpoint"), 404, "not_found")


def test_api_error_shape_bad_parameters_are_422(client):
    assert_error(client.get("/api/articles?limit=0"), 422, "invalid")
    assert_error(client.get("/api/articles?limit=501"), 422, "invalid")
    assert_error(client.get("/api/articles/abc"), 422, "invalid")
    assert_error(client.get("/api/search"), 422, "invalid")
    assert_error(client.get("/api/statements?kind=quoted"), 422, "invalid")
    assert_error(client.get("/api/statements?since=May"), 422, "invalid")


def test_api_error_shape_wrong_method_is_405(client):
    assert_error(client.post("/api/articles"), 405, "method_not_allowed")
    assert_error(client.delete("/api/articles/1"), 405)


def test_api_error_shape_internal_error_is_500(ledger, monkeypatch):
    from hearsay import query

    def boom(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(query, "articles", boom)
    app = create_app(load_settings({"db_url": ledger.url}, environ={}))
    with TestClient(app, raise_server_exceptions=False) as c:
        data = assert_error(c.get("/api/articles"), 500, "internal")
    assert "secret detail" not in data["error"]


def test_api_error_shape_unusable_store_is_503(tmp_path):
    app = create_app(load_settings({"db_url": "nosuchdriver://x"}, environ={}))
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.get("/api/articles"), 503, "store")


def test_api_articles_paginate(client, ledger):
    first = client.get("/api/articles?limit=2").json()
    assert first["ok"] is True and len(first["items"]) == 2 and first["next_offset"] == 2
    rest = client.get("/api/articles?limit=500&offset=2").json()
    assert rest["next_offset"] is None
    keys = [a["key"] for a in first["items"] + rest["items"]]
    assert len(keys) == len(set(keys)) == 9
    assert client.get("/api/articles?offset=1000").json()["items"] == []


def test_api_article_is_the_full_record(client, ledger):
    data = client.get(f"/api/articles/{ledger.founding}").json()
    validate(data)
    assert data["schema"] == "hearsay/1"
    assert data["document"]["published"] == "2025-05-30"
    assert data["statements"]


def test_api_entity_page_lists_figures_and_articles(client, ledger):
    korea = client.get("/api/search?q=North Korea").json()["items"][0]
    assert korea["kind"] == "entity"
    page = client.get(f"/api/entities/{korea['key']}").json()
    assert page["ok"] is True and page["entity"]["name"] == "North Korea"
    assert {f["text"] for f in page["figures"]} >= {"12,000 troops", "about 3,000", "More than 15,000"}
    assert page["timeline"]
    about = client.get(f"/api/statements?about={korea['key']}").json()["items"]
    assert about and all(s["article"]["key"] for s in about)


def test_api_statements_by_speaker(client):
    items = client.get("/api/statements?limit=500").json()["items"]
    speaker = next(s["speaker"] for s in items if s["speaker"])
    said = client.get(f"/api/statements?speaker={speaker}").json()["items"]
    assert said and all(s["speaker"] == speaker for s in said)


def test_api_figures_series_and_contradictions(client):
    series = client.get("/api/series").json()["items"]
    # the series is a variable: troops *sent/deployed* (issue 13), all three reports say so
    troops = next(s for s in series if s["quantity"] == "troops deployed" and s["subject_name"] == "North Korea")
    assert troops["points"] >= 3
    points = client.get(f"/api/figures?subject={troops['subject']}&quantity=Troops").json()["items"]
    assert len(points) >= troops["points"]  # the counted word "troops" spans several variables
    dated = [p["as_of"] for p in points if p["as_of"]]
    assert dated == sorted(dated)
    assert {"12,000 troops", "about 3,000", "More than 15,000"} <= {p["text"] for p in points}
    conflicts = client.get("/api/contradictions").json()["items"]
    assert any(c["kind"] == "figure" and {c["left"]["text"], c["right"]["text"]} == {"12,000 troops", "about 3,000"}
               for c in conflicts)


def test_api_duplicates_group_the_copy(client, ledger):
    groups = client.get("/api/duplicates").json()["items"]
    group = next(g for g in groups if g["original"]["key"] == ledger.real[1])
    assert [c["key"] for c in group["copies"]] == [ledger.duplicate]


def test_api_search_finds_articles_and_statements(client):
    kinds = {h["kind"] for h in client.get("/api/search?q=automaker&limit=500").json()["items"]}
    assert "article" in kinds
    assert client.get("/api/search?q=zzzz-not-there").json()["items"] == []


def test_api_openapi_is_served_without_external_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/articles/{key}" in spec["paths"] and "/api/ingest" in spec["paths"]
    assert client.get("/docs").status_code == 404


def test_api_security_headers_on_every_response(client):
    for response in (client.get("/api/articles"), client.get("/api/articles/999999"), client.get("/"),
                     client.get("/nope"), client.post("/api/ingest", json={"text": "x"})):
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_api_ingest_is_off_without_a_token(client, ledger):
    before = client.get("/api/articles?limit=500").json()["items"]
    assert_error(client.post("/api/ingest", json={"text": "Someone said something."}), 403, "forbidden")
    assert client.get("/api/articles?limit=500").json()["items"] == before


def test_api_ingest_needs_the_right_bearer_token(store):
    app = create_app(load_settings({"db_url": "sqlite://"}, environ={}), token="correct-horse", store=store)
    with TestClient(app, raise_server_exceptions=False) as c:
        body = {"text": "The minister said the talks had failed.", "published": "2025-01-02", "title": "Talks"}
        assert_error(c.post("/api/ingest", json=body), 401, "unauthorized")
        assert_error(c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}), 401)
        assert_error(c.post("/api/ingest", json={"nope": 1}, headers={"Authorization": "Bearer correct-horse"}), 422)
        first = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer correct-horse"})
        assert first.status_code == 200 and first.json()["created"] is True
        again = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer correct-horse"}).json()
        assert again["created"] is False and again["key"] == first.json()["key"]
        assert c.get(f"/api/articles/{again['key']}").json()["document"]["title"] == "Talks"


def test_api_request_body_limit_is_413(store):
    app = create_app(load_settings({"db_url": "sqlite://"}, environ={}), token="correct-horse", store=store,
                     max_body_bytes=1000)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.post("/api/ingest", json={"text": "x" * 5000}, headers={"Authorization": "Bearer correct-horse"}),
                     413, "too_large")
        chunks = (b"x" * 400 for _ in range(5))  # no Content-Length: counted while streaming
        assert_error(c.post("/api/ingest", content=chunks, headers={"Authorization": "Bearer correct-horse",
                                                                     "Content-Type": "application/json"}), 413)


def test_api_foreign_host_header_is_refused(ledger):
    app = create_app(load_settings({"db_url": ledger.url}, environ={}), allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://evil.example") as c:
        assert_error(c.get("/api/articles"), 400)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/articles").status_code == 200


INJECTIONS = ["' OR '1'='1", "1; DROP TABLE documents; --", "\" OR \"\"=\"", "%", "_", "\\", "%' --", "1 UNION SELECT sha256 FROM documents",
              PAYLOAD, "<img src=x onerror=alert(1)>", "javascript:alert(1)", "../../etc/passwd", "☃\u202e\u200b", "0x7fffffff",
              "-1", "99999999999999999999999", "NaN", "null"]
ENDPOINTS = [("/api/articles", ["limit", "offset"]), ("/api/statements", ["speaker", "about", "limit", "offset"]),
             ("/api/figures", ["subject", "quantity", "limit", "offset"]), ("/api/series", ["subject", "quantity", "limit", "offset"]),
             ("/api/contradictions", ["limit", "offset"]), ("/api/duplicates", ["limit", "offset"]),
             ("/api/search", ["q", "limit", "offset"]), ("/api/entities/1", ["limit", "offset"]),
             ("/statements", ["speaker", "about", "kind", "outlet", "since", "until", "offset"]),
             ("/api/export/statements", ["speaker", "kind", "outlet", "format"]),
             ("/", ["q", "offset"]), ("/series/view", ["quantity", "subject"]), ("/contradictions", ["offset"]),
             ("/duplicates", ["offset"]), ("/series", ["offset"])]


def test_api_injection_strings_never_break_a_query(client):
    before = client.get("/api/articles?limit=500").json()["items"]
    for path, params in ENDPOINTS:
        for name in params:
            for value in INJECTIONS:
                query = {name: value}
                if path == "/api/search" and name != "q":
                    query["q"] = "GM"
                if path == "/series/view" and name != "quantity":
                    query["quantity"] = "troops"
                response = client.get(path, params=query)
                assert response.status_code in (200, 404, 422), (path, name, value, response.text[:200])
                if path.startswith("/api/export") and response.status_code == 200:  # a file download (CSV by default)
                    assert response.headers["content-disposition"].startswith("attachment")
                elif path.startswith("/api"):  # JSON carries article text as data (served as JSON, nosniff)
                    assert response.json()["ok"] is (response.status_code == 200)
                else:
                    assert "<script>window.__pwned" not in response.text
    for value in INJECTIONS:
        assert client.get(f"/api/articles/{value}").status_code in (404, 422)
    assert client.get("/api/articles?limit=500").json()["items"] == before


ITEM_KEYS = {
    "/api/articles": {"key", "id", "sha256", "title", "source", "url", "published"},
    "/api/statements": {"key", "local_id", "kind", "type", "content", "speaker", "speaker_name", "speaker_text",
                        "on_behalf_of", "on_behalf_of_name", "cue", "date",
                        "confidence", "cluster", "via", "rule", "article"},
    "/api/figures": {"key", "local_id", "text", "quantity", "unit", "value", "low", "high", "low_inclusive",
                     "high_inclusive", "hedge", "as_of", "period", "subject", "subject_name", "source", "source_name",
                     "rule", "article", "variable", "scale", "char_start"},
    "/api/series": {"subject", "subject_name", "quantity", "points", "undated", "first", "last"},
    "/api/contradictions": {"key", "kind", "subject", "subject_name", "quantity", "period", "reason", "left", "right",
                            "confidence", "left_sentence", "right_sentence"},
    "/api/duplicates": {"group", "size", "original", "copies"},
}


def test_api_items_keep_their_keys(client):
    for path, keys in ITEM_KEYS.items():
        items = client.get(path).json()["items"]
        assert items, path
        assert all(set(item) == keys for item in items), path
    hits = client.get("/api/search?q=Korea&limit=500").json()["items"]
    assert {h["kind"] for h in hits} >= {"entity", "article"}
    extra = {"entity": set(), "article": {"published", "marks"}, "statement": {"article", "local_id", "marks"}}
    assert all(set(h) == {"kind", "key", "title", "snippet"} | extra[h["kind"]] for h in hits)
    korea = hits[0]["key"]
    page = client.get(f"/api/entities/{korea}").json()
    assert set(page) == {"ok", "entity", "articles", "said", "said_about", "figures", "events", "timeline", "totals", "names"}
    # issue 12: the page says why its names are one entity
    assert page["names"] and all(n["rules"] and n["examples"] for n in page["names"])
    assert {x["rule"] for n in page["names"] for x in n["examples"]} <= {"country", "new", "exact", "context", "translit", "authority"}
    assert set(page["entity"]) == {"key", "name", "type", "aliases", "roles", "iso3", "first_seen", "documents"}
