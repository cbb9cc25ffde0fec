"""Entity review in the web UI (issue 17): evidence, merge/split/rename forms, review queue.

Writes happen on a copy of the session ledger, served with curation allowed; the session ledger
itself stays read-only.
"""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

from api._ledger import TestClient, client, ledger, ledger_app  # noqa: F401  (fixtures)
from hearsay.server import create_app
from hearsay.config import load_settings

pytestmark = pytest.mark.model


@pytest.fixture()
def writable(ledger, tmp_path):  # noqa: F811
    path = tmp_path / "copy.db"
    shutil.copy(ledger.url.removeprefix("sqlite:///"), path)
    app = create_app(load_settings({"db_url": f"sqlite:///{path}", "store": False}, environ={}))
    app.state.allow_curation = True
    with TestClient(app, raise_server_exceptions=False, base_url="http://testserver") as c:
        c.db_path = path  # type: ignore[attr-defined]
        yield c


def _token(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def _shoigu(c) -> int:
    return c.get("/api/entities/Sergey%20Shoigu").json()["entity"]["key"]


def test_review_page_is_read_only_by_default(client):  # noqa: F811
    key = _shoigu(client)
    page = client.get(f"/entities/{key}/review").text
    assert "Shoigu" in page and "hearsay entity split" in page and 'name="csrf"' not in page
    response = client.post(f"/entities/{key}/rename", data={"name": "X"})
    assert response.status_code == 403 and "--allow-curation" in response.text
    assert client.get(f"/api/entities/{key}").json()["entity"]["name"] == "Sergey Shoigu"


def test_curation_needs_the_form_token_and_this_origin(writable):
    key = _shoigu(writable)
    token = _token(writable.get(f"/entities/{key}/review").text)
    assert writable.post(f"/entities/{key}/rename", data={"name": "X"}).status_code == 403
    assert writable.post(f"/entities/{key}/rename", data={"name": "X", "csrf": "wrong"}).status_code == 403
    evil = writable.post(f"/entities/{key}/rename", data={"name": "X", "csrf": token}, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403
    assert writable.get(f"/api/entities/{key}").json()["entity"]["name"] == "Sergey Shoigu"
    assert writable.post(f"/entities/{key}/rename", data={"name": "", "csrf": token}).status_code == 400


def test_a_wrong_merge_is_split_again_and_the_pages_change(writable):
    key = _shoigu(writable)
    perino = writable.get("/api/entities/Dana%20Perino").json()
    before = writable.get(f"/api/entities/{key}").json()
    token = _token(writable.get(f"/entities/{key}/review").text)
    # a curator's mistake: Dana Perino merged into Sergey Shoigu
    response = writable.post(f"/entities/{key}/merge", data={"absorb": "Dana Perino", "csrf": token},
                             headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/entities/{key}/review?done=merged"
    wrong = writable.get(f"/api/entities/{key}").json()
    assert {n["name"] for n in wrong["names"]} == {"Sergey Shoigu", "Dana Perino"}
    assert wrong["totals"]["said"] == before["totals"]["said"] + perino["totals"]["said"]
    assert writable.get(f"/api/entities/{perino['entity']['key']}").status_code == 404
    review = writable.get(f"/entities/{key}/review").text
    assert 'value="Dana Perino"' in review  # the split form offers the name
    response = writable.post(f"/entities/{key}/split", data={"names": "Dana Perino", "csrf": token}, follow_redirects=False)
    assert response.status_code == 303
    new = int(re.search(r"/entities/(\d+)/review", response.headers["location"]).group(1))
    moved, kept = writable.get(f"/api/entities/{new}").json(), writable.get(f"/api/entities/{key}").json()
    assert moved["entity"]["name"] == "Dana Perino" and {n["name"] for n in moved["names"]} == {"Dana Perino"}
    assert moved["totals"] == perino["totals"] and kept["totals"] == before["totals"]
    assert "Done: split" in writable.get(response.headers["location"]).text
    assert "Dana Perino" not in writable.get(f"/entities/{key}").text
    response = writable.post(f"/entities/{key}/rename", data={"name": "Sergei Shoigu", "csrf": token}, follow_redirects=False)
    assert response.status_code == 303
    assert writable.get(f"/api/entities/{key}").json()["entity"]["name"] == "Sergei Shoigu"
    assert "<h1>Sergei Shoigu" in writable.get(f"/entities/{key}").text


def test_review_queue_lists_context_links(writable):
    con = sqlite3.connect(writable.db_path)
    (made,) = con.execute("SELECT count(*) FROM entity_links WHERE rule = 'context'").fetchone()
    page = writable.get("/review").text  # the linker's own context links (the Wikinews texts' Ford / Ford Motor Company)
    assert f"Review queue <span class=\"total\">({made})</span>" in page and ("Nothing to review" in page) == (made == 0)
    con.execute("UPDATE entity_links SET rule = 'exact' WHERE rule = 'context'")  # as if every link rested on a name key
    con.commit()
    assert "Nothing to review" in writable.get("/review").text
    (entity_id,) = con.execute("SELECT entity_id FROM entity_links JOIN entities e ON e.id = entity_id WHERE e.name = 'Sergey Shoigu'").fetchone()
    con.execute("UPDATE entity_links SET rule = 'context', score = 0.41, evidence = ? WHERE entity_id = ?",
                ('{"key": "shoigu", "shared": ["Russia", "North Korea"]}', entity_id))
    con.commit()
    con.close()
    page = writable.get("/review").text
    assert "Review queue <span class=\"total\">(1)</span>" in page
    assert "0.41" in page and "shares Russia, North Korea" in page
    assert f"/entities/{_shoigu(writable)}/review" in page
