"""Sortable lists and the contradiction permalink (issue 17) over the API and the pages.

The expected order of every sorted list is worked out here from the items' own fields (with
empty values last in both directions), never copied from the output under test; paging is
checked by joining pages of 7 and comparing them with one page of everything.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
from typing import Any, Callable

import pytest

from api._ledger import FIGURE_RECORDS, Ledger, TestClient, client, figure_record, ledger, ledger_app  # noqa: F401  (fixtures)

pytestmark = pytest.mark.model

Item = dict[str, Any]


def _art(field: str) -> Callable[[Item], Any]:
    return lambda i: (i.get("article") or {}).get(field)


# list -> (API path, {sort column: the item field it orders by, or None where the item does not carry it})
SORTS: dict[str, tuple[str, dict[str, Callable[[Item], Any] | None]]] = {
    "statements": ("/api/statements", {
        "date": lambda i: i["date"] or i["article"]["published"], "published": _art("published"),
        "speaker": lambda i: i["speaker_name"], "kind": lambda i: i["kind"], "outlet": _art("source"), "article": _art("title")}),
    "figures": ("/api/figures", {
        "quantity": lambda i: i["quantity"], "subject": lambda i: i["subject_name"], "value": lambda i: i["value"],
        "as_of": lambda i: i["as_of"], "source": lambda i: i["source_name"], "published": _art("published"),
        "outlet": _art("source"), "article": _art("title")}),
    "events": ("/api/events", {
        "date": lambda i: i["date"] or i["article"]["published"], "published": _art("published"), "type": lambda i: i["type"],
        "status": lambda i: i["status"], "trigger": lambda i: i["trigger"], "outlet": _art("source")}),
    "series": ("/api/series", {
        "subject": lambda i: i["subject_name"], "quantity": lambda i: i["quantity"], "points": lambda i: i["points"],
        "undated": lambda i: i["undated"], "first": lambda i: i["first"], "last": lambda i: i["last"]}),
    "contradictions": ("/api/contradictions", {
        "key": lambda i: i["key"], "kind": lambda i: i["kind"], "subject": lambda i: i["subject_name"],
        "quantity": lambda i: i["quantity"], "period": lambda i: i["period"], "confidence": lambda i: i["confidence"],
        "detected": None}),
    "articles": ("/api/articles", {
        "published": lambda i: i["published"], "title": lambda i: i["title"], "outlet": lambda i: i["source"],
        "key": lambda i: i["key"]}),
    "entities": ("/api/entities", {
        "name": lambda i: i["name"], "type": lambda i: i["type"], "documents": lambda i: i["documents"],
        "first_seen": lambda i: i["first_seen"], "key": lambda i: i["key"]}),
}


# more troop counts for North Korea from other outlets, so that the ledger finds several contradictions to sort
MORE_COUNTS = [("5,000", 5000.0, "2025-04", "Fourth Post", "2025-04-28"), ("20,000", 20000.0, "2025-05", "Fifth Herald", "2025-05-21"),
               ("8,000", 8000.0, "2025-04", "Sixth Courier", "2025-04-29"), ("25,000", 25000.0, "2025-05", "Seventh Star", "2025-05-25")]


def _more_counts(store: Any) -> None:
    from hearsay.ledger import update_ledger

    text, _, _, figure = FIGURE_RECORDS[0]
    for words, value, as_of, outlet, published in MORE_COUNTS:
        body = text.replace("12,000", words).replace("in April", f"on {published}")
        store.save_linked(figure_record(body, published, outlet, dict(
            figure, text=f"{words} troops", value=value, low=value, high=value, as_of=as_of,
            statement=figure["statement"].replace("12,000", words))), update_ledger)


@pytest.fixture(scope="module")
def rich(ledger: Ledger, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]  # noqa: F811
    """A client over a copy of the session ledger with four more troop counts (more contradictions)."""
    from hearsay.config import load_settings
    from hearsay.server import create_app
    from hearsay.store import open_store

    copy = tmp_path_factory.mktemp("rich") / "rich.db"
    shutil.copy(ledger.url.removeprefix("sqlite:///"), copy)
    store = open_store(f"sqlite:///{copy}")
    _more_counts(store)
    store.close()
    app = create_app(load_settings({"db_url": f"sqlite:///{copy}", "store": False}, environ={}))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _pages(client, path: str, size: int = 7) -> list[Item]:  # noqa: F811
    items: list[Item] = []
    offset = 0
    while True:
        page = client.get(path + ("&" if "?" in path else "?") + f"limit={size}&offset={offset}").json()
        assert page["ok"] is True, (path, page)
        items += page["items"]
        if page["next_offset"] is None:
            return items
        offset = page["next_offset"]


def _ordered(values: list[Any], descending: bool) -> bool:
    """Empty values last; the others never out of order."""
    present = [v for v in values if v is not None]
    if values[:len(present)] != present:
        return False
    return all((a >= b) if descending else (a <= b) for a, b in zip(present, present[1:]))


def _identity(item: Item) -> Any:
    return item.get("key", (item.get("subject"), item.get("quantity")))


@pytest.mark.parametrize("name", sorted(SORTS))
def test_every_sort_orders_by_its_column_and_pages_stably(rich, name):
    client = rich
    path, columns = SORTS[name]
    default = client.get(path + "?limit=500").json()["items"]
    assert len(default) >= 3, name  # enough items to be worth ordering
    for column, field in columns.items():
        for sort in (column, "-" + column):
            everything = client.get(f"{path}?sort={sort}&limit=500").json()["items"]
            assert sorted(map(repr, map(_identity, everything))) == sorted(map(repr, map(_identity, default))), sort
            paged = _pages(client, f"{path}?sort={sort}")
            assert [_identity(i) for i in paged] == [_identity(i) for i in everything], (name, sort)  # stable across pages
            if field is not None:
                assert _ordered([field(i) for i in everything], sort.startswith("-")), (name, sort)


def test_a_list_without_sort_keeps_its_default_order(rich):
    client = rich
    for name, default in (("statements", "-published"), ("figures", "quantity"), ("events", "-published"),
                          ("series", "-points"), ("contradictions", "key"), ("articles", "-published"),
                          ("entities", "-documents")):
        path = SORTS[name][0]
        assert client.get(f"{path}?limit=500").json()["items"] == client.get(f"{path}?limit=500&sort={default}").json()["items"], name


@pytest.mark.parametrize("bad", ["nope", "-nope", "title;DROP TABLE statements", "speaker DESC", "1", "--date", "content"])
def test_an_unknown_sort_column_is_refused_naming_the_columns(client, bad):
    # the API: a 422 like any parameter outside its documented values (the spec lists the columns)
    response = client.get("/api/statements", params={"sort": bad})
    assert response.status_code == 422, bad
    body = response.json()
    assert body["ok"] is False and body["code"] == "invalid"
    assert "sort:" in body["error"] and all(c in body["error"] for c in ("article", "date", "kind", "outlet", "published", "speaker"))
    assert client.get("/api/export/statements", params={"sort": bad, "format": "csv"}).status_code == 422
    # the page: a 400 page that says which columns there are
    page = client.get("/statements", params={"sort": bad})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "sort by one of article, date, kind, outlet, published, speaker" in html.unescape(page.text)
    assert client.get("/api/statements?limit=1").json()["total"] > 0  # the table is still there


def test_sort_is_kept_by_filters_facets_pages_and_exports(client):
    page = client.get("/statements?sort=speaker&limit=1").text
    head = page.split("<thead>", 1)[1].split("</thead>", 1)[0]
    sorted_headers = re.findall(r'<th scope="col" aria-sort="(\w+)"><a class="sort" href="\?([^"]+)">(\w+)', head)
    assert [(a, h, t) for a, h, t in sorted_headers] == [("ascending", "sort=-speaker", "Speaker")]  # one sorted column; it reverses
    assert head.count("aria-sort") == 1
    assert 'href="?sort=-date"' in head  # a date column starts newest first
    assert '<input type="hidden" name="sort" value="speaker">' in page  # the filter form keeps it
    kinds = re.findall(r'href="\?([^"]*kind=\w+[^"]*)"', page.split('id="facet-kind"', 1)[1].split("</section>", 1)[0])
    assert kinds and all("sort=speaker" in html.unescape(k) for k in kinds)
    exports = re.findall(r'href="(/api/export/statements\?[^"]+)"', page)
    assert len(exports) == 3 and all("sort=speaker" in html.unescape(e) for e in exports)
    total = client.get("/api/statements?limit=1").json()["total"]
    if total > 50:
        nxt = re.search(r'<a href="\?([^"]+)" rel="next">', page)
        assert nxt and "sort=speaker" in html.unescape(nxt.group(1))


def test_web_sorted_rows_follow_the_api_order(rich):
    client = rich
    for url, api, cell in (("/statements?sort=-speaker", "/api/statements?sort=-speaker&limit=50", "statements"),
                           ("/figures?sort=-value", "/api/figures?sort=-value&limit=50", "figures"),
                           ("/events?sort=type", "/api/events?sort=type&limit=50", "events"),
                           ("/contradictions?sort=-confidence", "/api/contradictions?sort=-confidence&limit=50", "contradictions")):
        page = client.get(url).text
        keys = [i["key"] for i in client.get(api).json()["items"]]
        body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
        shown = [int(k) for k in re.findall(r'href="/(?:statements|figures|events|contradictions)/(\d+)"', body)]
        assert list(dict.fromkeys(shown)) == keys, url


def test_csv_export_follows_the_sort(client):
    api = [i["key"] for i in _pages(client, "/api/statements?sort=-speaker")]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/statements?format=csv&sort=-speaker").text)))
    assert [int(r["key"]) for r in rows] == api


# --- the entities list --------------------------------------------------------------------------------
def test_entities_list_counts_and_filters(client):
    everything = _pages(client, "/api/entities")
    total = client.get("/api/entities?limit=1").json()["total"]
    assert len(everything) == total == len({e["key"] for e in everything})
    people = _pages(client, "/api/entities?type=PERSON")
    assert people and all(e["type"] == "PERSON" for e in people)
    assert len(people) == len([e for e in everything if e["type"] == "PERSON"])
    korea = client.get("/api/entities?q=korea").json()["items"]
    assert "North Korea" in [e["name"] for e in korea]
    page = client.get("/entities?type=PERSON&sort=name").text
    assert f'<span class="total">({len(people)})</span>' in page
    names = [html.unescape(n) for n in re.findall(r'<tr><td><a href="/entities/\d+">([^<]+)</a>', page)]
    assert names == sorted(names)[:50]


# --- the contradiction permalink -------------------------------------------------------------------
def _side_text(side: Item | None) -> str | None:
    if side is None:
        return None
    return side.get("text") if "text" in side else side.get("content")


def test_contradiction_permalink_has_both_sentences_in_context(rich):
    client = rich
    listed = _pages(client, "/api/contradictions")
    assert len(listed) >= 3
    for c in listed:
        one = client.get(f"/api/contradictions/{c['key']}").json()
        assert one["ok"] is True and one["key"] == c["key"] and one["reason"] == c["reason"]
        assert one["permalink"].endswith(f"/contradictions/{c['key']}")
        for which in ("left", "right"):
            side, short = one[which], c[which]
            if short is None:
                continue
            assert side["context"]["text"] == _side_text(short)  # the marked span is that side's own text
            assert side["article"]["key"] == short["article"]["key"]
            assert side["anchor"].startswith(f"/articles/{short['article']['key']}#")
            assert side["permalink"].endswith(f"/{c['kind']}s/{short['key']}")
            if c["kind"] == "figure":
                assert side["point"]["variable"] == c["quantity"]
        assert c["reason"] in one["citation"] and one["citation"].endswith(one["permalink"])


def test_contradiction_page_shows_both_sides_reason_and_citation(client):
    troops = [c for c in _pages(client, "/api/contradictions") if c["left"] and "12,000 troops" in
              (c["left"]["text"], c["right"]["text"])]
    assert troops
    c = troops[0]
    page = client.get(f"/contradictions/{c['key']}").text
    left = re.search(r'<mark id="left-item">([^<]*)</mark>', page).group(1)
    right = re.search(r'<mark id="right-item">([^<]*)</mark>', page).group(1)
    assert {html.unescape(left), html.unescape(right)} == {c["left"]["text"], c["right"]["text"]}
    assert html.escape(c["reason"], quote=True) in page or c["reason"] in html.unescape(page)
    for side in (c["left"], c["right"]):
        assert f'href="/articles/{side["article"]["key"]}#fig-{side["local_id"]}"' in page
        assert f'href="/figures/{side["key"]}"' in page
        if side["article"]["source"]:
            assert side["article"]["source"] in page
    assert 'id="citation"' in page and "Copy citation" in page
    listing = client.get("/contradictions").text
    assert f'href="/contradictions/{c["key"]}"' in listing
    assert client.get("/contradictions/999999").status_code == 404
    assert client.get("/api/contradictions/999999").json()["code"] == "query"


# --- totals and facets are kept per store state -------------------------------------------------------
def test_kept_counts_follow_an_ingest_and_a_curation(ledger, tmp_path):  # noqa: F811
    from hearsay import query as q
    from hearsay.ledger import update_ledger
    from hearsay.ledger.curation import rename_entity
    from hearsay.store import open_store

    copy = tmp_path / "kept.db"
    shutil.copy(ledger.url.removeprefix("sqlite:///"), copy)
    store = open_store(f"sqlite:///{copy}")
    try:
        before = q.statements_total(store)
        figures = q.figures_total(store, subject="PRK")
        assert q.statements_total(store) == before  # the kept count
        text, published, source, figure = FIGURE_RECORDS[0]
        store.save_linked(figure_record(text.replace("12,000", "13,000") + "A later report.\n", "2025-06-02", "Fourth Post",
                                        dict(figure, text="13,000 troops", value=13000.0, low=13000.0, high=13000.0,
                                             statement=figure["statement"].replace("12,000", "13,000"))), update_ledger)
        assert q.statements_total(store) == before + 1
        assert q.figures_total(store, subject="PRK") == figures + 1
        speakers = {v["label"] for v in q.statement_facets(store)["speaker"]}
        shoigu = q.resolve_entity(store, "Sergey Shoigu")
        assert "Sergey Shoigu" in speakers
        with store.engine.begin() as conn:
            rename_entity(conn, shoigu["id"], "Sergei K. Shoigu")
        speakers = {v["label"] for v in q.statement_facets(store)["speaker"]}
        assert "Sergei K. Shoigu" in speakers and "Sergey Shoigu" not in speakers
    finally:
        store.close()


def test_unfiltered_statement_facets_count_every_statement(rich):
    # the facets of the whole store are read from narrow rows (per-article and per-link counts):
    # they must equal counts made here from every statement the API lists
    from collections import Counter

    items = _pages(rich, "/api/statements", size=50)
    facets = rich.get("/api/statements/facets").json()["facets"]
    for name, value in (("speaker", lambda i: i["speaker"]), ("kind", lambda i: i["kind"]), ("outlet", _art("source"))):
        expected = Counter(value(i) for i in items)
        got = {v["value"]: v["count"] for v in facets[name]}
        assert got == {k: expected[k] for k in got}, name
        assert sorted(got.values(), reverse=True) == [v["count"] for v in facets[name]]
        assert len(got) == min(len(expected), 25), name
    assert sum(v["count"] for v in facets["language"]) == len(items)
