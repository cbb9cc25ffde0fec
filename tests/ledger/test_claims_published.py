"""Publication dates from the caller win over dates found in the page (issue 13, part 4)."""

from __future__ import annotations

import json
from datetime import date

from hearsay.config import Settings
from hearsay.ingest.readers import jsonl_line, make_article
from hearsay.record import from_dict, to_dict

PAGE = """<html><head><title>Plant to close</title>
<meta property="article:published_time" content="2019-03-14T08:00:00Z">
</head><body><article><h1>Plant to close</h1>
<p>The carmaker said on Tuesday it would close the plant, which opened in 2019, by the end of next year.</p>
<p>About 3,500 workers are employed at the site, the company said in a statement to the stock exchange.</p>
</article></body></html>"""


def test_caller_date_wins_over_the_page_date() -> None:
    art = make_article(html=PAGE, origin="page.html", published=date(2025, 5, 30))
    assert (art.published, art.published_source) == (date(2025, 5, 30), "given")


def test_page_date_is_used_only_without_a_caller_date_and_says_so() -> None:
    art = make_article(html=PAGE, origin="page.html")
    assert (art.published, art.published_source) == (date(2019, 3, 14), "page")


def test_jsonl_published_wins_over_the_command_line_date() -> None:
    line = json.dumps({"html": PAGE, "published": "2024-11-02"})
    art = jsonl_line(line, "x.jsonl:1", date(2025, 5, 30), Settings())
    assert (art.published, art.published_source) == (date(2024, 11, 2), "given")  # type: ignore[union-attr]


def test_text_without_any_date_has_no_source() -> None:
    art = make_article(text="Title\nNothing dated here at all.", origin="t.txt")
    assert (art.published, art.published_source) == (None, None)


def test_published_source_survives_the_record_round_trip(settings) -> None:  # type: ignore[no-untyped-def]
    from hearsay.record import Record

    art = make_article(html=PAGE, origin="page.html")
    back = from_dict(to_dict(Record(article=art)))
    assert back.article.published_source == "page"


def test_store_keeps_published_source(store) -> None:  # type: ignore[no-untyped-def]
    from hearsay.record import Record

    art = make_article(html=PAGE, origin="page.html")
    store.save(Record(article=art))
    assert store.load(art.sha256).article.published_source == "page"
