"""The analyst's workbench (issue 17) over the JSON API and the server-rendered pages.

Expected values come from the test texts themselves (the founding article says Shoigu "told
reporters ..., state news agency Tass reported"; the hand-built figure records give three troop
counts for North Korea), never from the output under test.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date

import pytest

from api._ledger import TestClient, client, ledger, ledger_app  # noqa: F401  (fixtures)
from hearsay.server import create_app
from hearsay.config import load_settings

pytestmark = pytest.mark.model

TASS_QUOTE = "They fought for the liberation of our land"


def _all(client, path: str) -> list[dict]:  # noqa: F811
    items, offset = [], 0
    while True:
        page = client.get(path + ("&" if "?" in path else "?") + f"limit=7&offset={offset}").json()
        assert page["ok"] is True, page
        items += page["items"]
        if page["next_offset"] is None:
            return items
        offset = page["next_offset"]


def _shoigu(client) -> int:  # noqa: F811
    hits = client.get("/api/search?q=Sergey%20Shoigu").json()["items"]
    return next(h["key"] for h in hits if h["kind"] == "entity" and h["title"] == "Sergey Shoigu")


# --- 1. API parameters take names, aliases and ISO3 codes --------------------------------------
def test_api_speaker_by_name_alias_or_key_gives_the_same_statements(client):
    key = _shoigu(client)
    by_key = [s["key"] for s in _all(client, f"/api/statements?speaker={key}")]
    assert by_key
    for ref in ("Sergey%20Shoigu", "sergey%20shoigu", "Shoigu", "Shoygu"):  # name, case, alias, a spelling variant
        assert [s["key"] for s in _all(client, f"/api/statements?speaker={ref}")] == by_key, ref


def test_api_about_and_subject_take_an_iso3_code(client):
    korea = client.get("/api/entities/PRK").json()["entity"]
    assert korea["name"] == "North Korea"
    assert _all(client, "/api/statements?about=PRK") == _all(client, f"/api/statements?about={korea['key']}")
    assert _all(client, "/api/figures?subject=PRK") == _all(client, f"/api/figures?subject={korea['key']}")


def test_api_unknown_entity_names_are_404(client):
    for path in ("/api/statements?speaker=Nobody%20Atall", "/api/statements?about=ZZZ", "/api/figures?subject=Nobody",
                 "/api/series?subject=Nobody", "/api/entities/Nobody%20Atall", "/api/export/statements?speaker=Nobody"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["code"] == "query"


def test_api_series_filters_by_subject_and_quantity(client):
    items = client.get("/api/series?subject=PRK&quantity=troops").json()["items"]
    assert [(s["subject_name"], s["quantity"]) for s in items] == [("North Korea", "troops")]
    # the three hand-built troop counts are in it (plus whatever the founding article gives)
    points = _all(client, "/api/figures?subject=PRK&quantity=troops")
    assert {"12,000 troops", "about 3,000", "More than 15,000"} <= {p["text"] for p in points}
    # a series is one variable (issue 13): its dated points are the figures of that variable with an as_of
    assert items[0]["points"] == len([p for p in points if p["variable"] == items[0]["quantity"] and p["as_of"]])
    assert client.get("/api/series?quantity=troops").json()["items"]
    assert all(s["quantity"] == "troops" for s in client.get("/api/series?quantity=troops").json()["items"])
    assert client.get("/api/series?quantity=no-such-quantity").json()["items"] == []


# --- 1. provenance reaches the screen -----------------------------------------------------------
def test_api_statements_carry_the_relay_chain(client):
    said = _all(client, "/api/statements?speaker=Shoigu")
    tass = [s for s in said if s["content"].startswith(TASS_QUOTE)]
    assert len(tass) == 1
    assert [v["name"] for v in tass[0]["via"]] == ["Tass"]
    assert tass[0]["kind"] == "direct"
    page = client.get(f"/articles/{tass[0]['article']['key']}").text
    mark = re.search(r'<mark [^>]*id="st-' + tass[0]["local_id"] + '"', page)
    assert mark and "via Tass" in mark.group(0)  # the tooltip names the relay
    entity = client.get(f"/entities/{tass[0]['speaker']}").text
    assert re.search(r"via <a href=\"/entities/\d+\">Tass</a>", entity)


def _quoted(page: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", q)) for q in re.findall(r"<q>(.*?)</q>", page, re.S)]


def test_web_paraphrases_are_never_in_quotation_marks(client):
    key = _shoigu(client)
    said = _all(client, f"/api/statements?speaker={key}")
    kinds = {s["content"]: s["kind"] for s in said}
    indirect = [s for s in said if s["kind"] != "direct"]
    assert indirect and len(indirect) < len(said)
    for url in (f"/entities/{key}", f"/statements?speaker={key}"):
        page = client.get(url).text
        quoted = _quoted(page)
        assert all(kinds[q] == "direct" for q in quoted if q in kinds), url
        assert sum(1 for q in quoted if q in kinds) == len(said) - len(indirect), url
        assert "paraphrase" in page  # the kind label
    assert _quoted(client.get("/statements?kind=indirect").text) == []


def _anchors(page: str) -> list[tuple[str, str]]:
    return re.findall(r'href="/articles/(\d+)#([\w-]+)"', page)


def test_web_list_links_reach_an_anchor_that_exists(client, ledger):
    pages = ["/series", "/contradictions", "/statements", "/?q=Shoigu", "/?q=troops", "/?q=GM",
             f"/entities/{_shoigu(client)}", "/entities/PRK"]
    series = client.get("/api/series?subject=PRK&quantity=troops").json()["items"][0]
    pages.append(f"/series/view?quantity=troops&subject={series['subject']}")
    seen: dict[str, str] = {}
    found = 0
    for url in pages:
        page = client.get(url).text
        for article, anchor in _anchors(page):
            if article not in seen:
                seen[article] = client.get(f"/articles/{article}").text
            assert f'id="{anchor}"' in seen[article], (url, article, anchor)
            found += 1
    assert found >= 10
    # figure rows of the series view link to the figure's sentence, not the top of the article
    view = client.get(f"/series/view?quantity=troops&subject={series['subject']}").text
    # dated points in the table, undated ones listed apart (issue 13): every one links its sentence
    # (the chart's bars link the same sentences: count each anchor once)
    assert len({a for a in _anchors(view) if a[1].startswith("fig-")}) == series["points"] + series["undated"]
    conflicts = client.get("/contradictions").text
    assert len([a for a in _anchors(conflicts) if a[1].startswith("fig-")]) >= 2


# --- 1. no silent truncation --------------------------------------------------------------------
def test_api_entity_lists_page_with_totals(client):
    korea = client.get("/api/entities/PRK?limit=2").json()
    totals = korea["totals"]
    assert set(totals) == {"documents", "said", "said_about", "figures", "events"}
    key = korea["entity"]["key"]
    for name, field in (("documents", "articles"), ("said_about", "said_about"), ("figures", "figures"), ("events", "events")):
        items: list = []
        offset = 0
        while offset < totals[name] + 2:
            items += client.get(f"/api/entities/{key}?limit=2&offset={offset}").json()[field]
            offset += 2
        keys = [i["key"] for i in items]
        assert len(keys) == len(set(keys)) == totals[name], name
    assert totals["said_about"] == client.get(f"/api/statements?about={key}&limit=1").json()["total"] - \
        client.get(f"/api/statements?about={key}&speaker={key}&limit=1").json()["total"]
    shoigu = client.get(f"/api/entities/{_shoigu(client)}").json()
    assert shoigu["totals"]["said"] == len(_all(client, f"/api/statements?speaker={_shoigu(client)}"))


def test_web_entity_page_shows_totals_and_pages_past_fifty(client):
    key = _shoigu(client)
    page = client.get(f"/entities/{key}").text
    said = len(_all(client, f"/api/statements?speaker={key}"))
    assert re.search(r'What they said \(<span class="total">' + str(said) + "</span>", page)
    assert 'rel="next"' not in page  # everything fits on the first page
    past = client.get(f"/entities/{key}?offset=50").text
    assert "none from 51" in past and 'rel="prev"' in past


def test_web_series_list_and_view_agree(client):
    for s in _all(client, "/api/series"):
        url = "/series/view?" + ("quantity=" + s["quantity"].replace(" ", "%20")) + (f"&subject={s['subject']}" if s["subject"] else "")
        view = client.get(url)
        assert view.status_code == 200, url
        rows = re.findall(r"<tr><td>", view.text.split("<tbody>", 1)[1].split("</tbody>", 1)[0])  # the dated table
        assert len(rows) == s["points"], url
        title = re.search(r"<h1>(.*?)</h1>", view.text, re.S).group(1)
        assert (s["subject_name"] or "no subject") in html.unescape(re.sub(r"<[^>]+>", "", title)), url


def test_web_unknown_quantity_is_a_404_page(client):
    response = client.get("/series/view?quantity=no-such-quantity")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert client.get("/series/view?quantity=troops&subject=Nobody").status_code == 404


def test_web_offset_past_the_end_says_so(client):
    page = client.get("/?offset=500").text
    assert "No articles past number 500: the store holds 9" in page
    assert "holds no articles yet" not in page
    assert "No statements past number 5000" in client.get("/statements?offset=5000").text


# --- 1. search ------------------------------------------------------------------------------------
def test_search_finds_known_spelling_variants(client, ledger):
    for spelling in ("Shoygu", "Sergei Shoygu"):
        hits = client.get(f"/api/search?q={spelling}").json()["items"]
        assert any(h["kind"] == "entity" and h["title"] == "Sergey Shoigu" for h in hits), spelling
        assert any(h["kind"] == "article" and h["key"] == ledger.founding for h in hits), spelling


def test_search_snippets_mark_matches_with_mark(client):
    page = client.get("/?q=Shoigu").text
    assert "<mark>Shoigu</mark>" in page
    assert "[Shoigu]" not in page
    for h in client.get("/api/search?q=Shoigu").json()["items"]:
        for start, end in h.get("marks", []):
            assert h["snippet"][start:end].lower() in {"shoigu", "sergey"}  # words of the name the query resolves to
    hostile = client.get("/?q=harmless").text
    assert "<script>window.__pwned" not in hostile


def test_web_untitled_articles_have_one_label(tmp_path):
    from hearsay.ledger import update_ledger
    from hearsay.model import Article, Entity, Mention, Record, Statement
    from hearsay.store import open_store

    text = "Acme said profits rose.\n“We are pleased,” Jane Roe said on Monday.\n"
    st = Statement(id="s1", kind="direct", content="We are pleased,", start=text.index("We"), end=text.index("We") + 15,
                   speaker="e1", speaker_text="Jane Roe", cue="said", confidence=0.9)
    roe = Entity(id="e1", name="Jane Roe", type="PERSON", mentions=(Mention(text.index("Jane"), text.index("Jane") + 8, "Jane Roe"),))
    record = Record(article=Article(text=text, published=date(2025, 1, 2), source="Wire", origin="x.txt"),
                    entities=(roe,), statements=(st,))
    url = f"sqlite:///{tmp_path / 'untitled.db'}"
    store = open_store(url)
    key, _ = store.save_linked(record, update_ledger)
    store.close()
    app = create_app(load_settings({"db_url": url, "store": False}, environ={}))
    with TestClient(app) as c:
        label = f"Untitled article {key}"
        assert f"<title>{label} · hearsay</title>" in c.get(f"/articles/{key}").text
        assert label in c.get("/").text
        assert label in c.get("/statements").text
        said = c.get("/api/statements").json()["items"]
        assert len(said) == 1 and label in c.get(f"/statements/{said[0]['key']}").text
        hits = c.get("/api/search?q=profits").json()["items"]
        assert [h["title"] for h in hits if h["kind"] == "article"] == [label]
        for page in (c.get("/").text, c.get("/statements").text, c.get(f"/entities/{c.get('/api/search?q=Jane').json()['items'][0]['key']}").text):
            assert "article 1<" not in page.replace(label, "")


# --- 1. HTTP -----------------------------------------------------------------------------------------
def test_head_answers_like_get_without_a_body(client, ledger):
    for path in ("/", f"/articles/{ledger.founding}", "/series", "/statements", "/api/articles", "/api/series",
                 "/static/style.css", "/openapi.json"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert head.headers["content-security-policy"] == got.headers["content-security-policy"]
    assert client.head("/api/articles/999999").status_code == 404
    assert client.post("/api/articles").status_code == 405


# --- 2. facets ------------------------------------------------------------------------------------------
def test_api_facet_counts_match_the_filtered_totals(client):
    base = client.get("/api/statements/facets").json()
    assert base["total"] == len(_all(client, "/api/statements"))
    assert sum(v["count"] for v in base["facets"]["kind"]) == base["total"]
    for name in ("kind", "outlet", "language"):
        for v in base["facets"][name][:4]:
            got = client.get("/api/statements", params={name: v["value"], "limit": 1}).json()["total"]
            assert got == v["count"], (name, v)
    for v in base["facets"]["speaker"][:4]:
        if v["value"] is not None:
            assert client.get(f"/api/statements?speaker={v['value']}&limit=1").json()["total"] == v["count"]


def test_api_statement_filters_combine(client):
    key = _shoigu(client)
    direct = _all(client, f"/api/statements?speaker={key}&about=PRK&kind=direct")
    assert direct and all(s["kind"] == "direct" and s["speaker"] == key for s in direct)
    # the founding article is dated 2025-05-30: a range around it keeps them, one before drops them
    assert _all(client, f"/api/statements?speaker={key}&since=2025-05&until=2025-05-31") == _all(client, f"/api/statements?speaker={key}")
    assert _all(client, f"/api/statements?speaker={key}&until=2025-04") == []
    assert all(s["article"]["source"] == "Wikinews" for s in _all(client, "/api/statements?outlet=Wikinews"))


def test_web_statements_page_uses_the_api_filter_names(client):
    key = _shoigu(client)
    page = client.get(f"/statements?speaker={key}&kind=direct").text
    total = client.get(f"/api/statements?speaker={key}&kind=direct&limit=1").json()["total"]
    assert f"Statements <span class=\"total\">({total})</span>" in page
    assert page.split("<tbody>", 1)[1].split("</tbody>", 1)[0].count("<tr>") == total
    assert f"/api/export/statements?format=csv&amp;speaker={key}&amp;kind=direct" in page
    # an empty form field is no filter
    assert client.get("/statements?speaker=&about=&kind=&outlet=&language=&since=&until=").status_code == 200


# --- 3. provenance -------------------------------------------------------------------------------------
def test_provenance_of_a_relayed_quote(client):
    said = _all(client, "/api/statements?speaker=Shoigu")
    tass = next(s for s in said if s["content"].startswith(TASS_QUOTE))
    prov = client.get(f"/api/statements/{tass['key']}").json()
    assert prov["context"]["text"] == tass["content"]
    assert "Tass reported" in prov["context"]["after"]  # the sentence in context
    assert prov["item"]["speaker"]["name"] == "Sergey Shoigu"
    assert [v["name"] for v in prov["item"]["via"]] == ["Tass"]
    assert prov["rule"] and prov["article"]["source"] == "BBC" and prov["article"]["published"] == "2025-05-30"
    assert prov["anchor"] == f"/articles/{tass['article']['key']}#st-{tass['local_id']}"
    cite = prov["citation"]
    assert "Sergey Shoigu, via Tass" in cite and f"“{tass['content']}”" in cite and "BBC" in cite and "2025-05-30" in cite
    assert cite.endswith(f"/statements/{tass['key']}")
    page = client.get(f"/statements/{tass['key']}").text
    assert 'id="citation"' in page and "via <a href=\"/entities/" in page and "Copy citation" in page


def test_provenance_never_quotes_a_paraphrase(client):
    said = _all(client, "/api/statements?speaker=Shoigu&kind=indirect")
    assert said
    for s in said[:3]:
        prov = client.get(f"/api/statements/{s['key']}").json()
        assert f"“{s['content']}”" not in prov["citation"] and "(paraphrase)" in prov["citation"]
        assert s["content"] not in _quoted(client.get(f"/statements/{s['key']}").text)


def test_provenance_of_figures_and_events(client):
    points = _all(client, "/api/figures?subject=PRK&quantity=troops")
    twelve = next(p for p in points if p["text"] == "12,000 troops")
    prov = client.get(f"/api/figures/{twelve['key']}").json()
    assert prov["context"]["text"] == "12,000 troops" and prov["item"]["subject"]["name"] == "North Korea"
    assert "South Korean intelligence said" in prov["context"]["after"]
    assert client.get(f"/figures/{twelve['key']}").status_code == 200
    events = client.get("/api/entities/PRK").json()["events"]
    assert events
    ev = client.get(f"/api/events/{events[0]['key']}").json()
    assert ev["item"]["trigger"] == events[0]["trigger"] == ev["context"]["text"]
    assert client.get(f"/events/{events[0]['key']}").status_code == 200
    assert client.get("/api/events/999999").status_code == 404
    assert client.get("/figures/999999").status_code == 404


# --- 4. export -------------------------------------------------------------------------------------------
def test_export_has_every_item_of_the_view(client):
    key = _shoigu(client)
    items = _all(client, f"/api/statements?speaker={key}")
    response = client.get(f"/api/export/statements?speaker={key}&format=csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [int(r["key"]) for r in rows] == [s["key"] for s in items]
    assert next(r for r in rows if r["content"].startswith(TASS_QUOTE))["via"] == "Tass"
    lines = client.get(f"/api/export/statements?speaker={key}&format=jsonl").text.splitlines()
    assert [json.loads(x) for x in lines] == items
    assert client.get(f"/api/export/statements?speaker={key}&format=json").json() == items
    figures = client.get("/api/export/figures?subject=PRK&quantity=troops&format=json").json()
    assert figures == _all(client, "/api/figures?subject=PRK&quantity=troops")
    assert client.get("/api/export/statements?format=xml").status_code == 422


def test_export_csv_cells_never_start_a_formula(client):
    from hearsay.api.routes import _cell

    for value, expected in (("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-2", "'-2"), ("@x", "'@x"), ("ok", "ok"), (None, "")):
        assert _cell(value) == expected


# --- 6. transfers monitor ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "goods"), [
    ("Pyongyang sent 11,000 troops to Russia.", ["troops"]),
    ("Russia has provided at least one Pantsir mobile air defense system to North Korea.", ["arms and systems"]),
    ("Moscow has also aided Pyongyang with technology and expertise.", ["technology"]),
    ("Beijing lent Caracas $5 billion in loans and shipped diesel.", ["money", "fuel"]),
    ("The two leaders met in Moscow.", []),
])
def test_transfer_goods_from_the_sentence(sentence, goods):
    from hearsay.query import transfer_goods

    assert transfer_goods(sentence) == goods


def test_api_transfers_between_north_korea_and_russia(client):
    pairs = {(p["from"], p["to"]): p for p in client.get("/api/transfers/pairs").json()["items"]}
    # the founding article: Pyongyang sent troops to Russia; Russia provided an air-defence system and technology
    assert "troops" in pairs[("PRK", "RUS")]["goods"]
    assert {"arms and systems", "technology"} <= set(pairs[("RUS", "PRK")]["goods"])
    rows = client.get("/api/transfers?from=PRK&to=RUS").json()["items"]
    assert len(rows) == pairs[("PRK", "RUS")]["reports"]
    assert all(r["from"] == "PRK" and r["to"] == "RUS" for r in rows)
    assert client.get("/api/transfers?from=North%20Korea&to=Russia").json()["items"] == rows
    back = client.get("/api/transfers?from=RUS&to=PRK").json()["items"]
    pantsir = [r for r in back if any("Pantsir" in f["text"] for f in r["figures"])]
    assert len(pantsir) == 1 and pantsir[0]["source"]["name"] == "Newsweek" and pantsir[0]["figures"][0]["hedge"] == "at least"
    assert client.get("/api/transfers?from=Nowhere%20Land").status_code == 404
    rows_csv = list(csv.DictReader(io.StringIO(client.get("/api/export/transfers?from=RUS&to=PRK&format=csv").text)))
    assert [int(r["key"]) for r in rows_csv] == [r["key"] for r in back]


def test_web_transfers_page_lists_every_report_of_a_pair(client):
    page = client.get("/transfers").text
    assert "North Korea → Russia" in page and "Russia → North Korea" in page
    pair = client.get("/transfers?from=PRK&to=RUS").text
    total = len(client.get("/api/transfers?from=PRK&to=RUS").json()["items"])
    assert pair.count('class="when"') == total
    assert "the other direction" in pair


# --- 2. figures and events, faceted ---------------------------------------------------------------------
def test_api_event_facets_and_filters(client):
    base = client.get("/api/events/facets").json()
    assert base["total"] == len(_all(client, "/api/events")) > 0
    assert sum(v["count"] for v in base["facets"]["type"]) == base["total"]
    for v in base["facets"]["type"]:
        assert client.get(f"/api/events?type={v['value']}&limit=1").json()["total"] == v["count"]
    korea = client.get("/api/entities/PRK").json()["entity"]["key"]
    by_code = _all(client, "/api/events?entity=PRK")
    assert by_code == _all(client, f"/api/events?entity={korea}") == _all(client, "/api/events?entity=North%20Korea")
    assert all(korea in ((e["actor"] or {}).get("key"), (e["target"] or {}).get("key")) for e in by_code)
    assert len(by_code) == client.get("/api/entities/PRK").json()["totals"]["events"]
    lines = client.get("/api/export/events?entity=PRK&format=jsonl").text.splitlines()
    assert [json.loads(x) for x in lines] == by_code


def test_api_figure_facets(client):
    base = client.get("/api/figures/facets?subject=PRK").json()
    assert base["total"] == len(_all(client, "/api/figures?subject=PRK"))
    for v in base["facets"]["quantity"]:
        assert client.get(f"/api/figures?subject=PRK&quantity={v['value']}&limit=1").json()["total"] == v["count"]


def test_web_figures_and_events_pages_list_what_they_count(client):
    total = client.get("/api/figures?subject=PRK&limit=1").json()["total"]
    page = client.get("/figures?subject=PRK").text
    assert f"Figures <span class=\"total\">({total})</span>" in page
    assert page.split("<tbody>", 1)[1].count("<tr>") == total
    events = client.get("/api/events?entity=PRK&limit=1").json()["total"]
    page = client.get("/events?entity=PRK").text
    assert page.split("<tbody>", 1)[1].count("<tr>") == events
    assert "/api/export/events?format=csv&amp;entity=PRK" in page
    assert "No events past number 100" in client.get("/events?offset=100").text
