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


BODY_DATES = """<html><head><title>Plant to close</title><meta name="date" content="2019-01-02"></head><body><article>
<h1>Plant to close</h1><p class="date">Published 14 March 2019</p>
<p>The carmaker said it would close the plant, which opened in 2019, by the end of next year.</p>
<p>About 3,500 workers were employed at the site last month, the company said in a statement on Monday.</p>
</article></body></html>"""


def test_analyze_published_beats_dates_in_the_page_and_its_body(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`hearsay analyze page.html --published DATE`: the stored date and every as_of use the given date (issue 13)."""
    from click.testing import CliRunner

    from hearsay.cli.main import cli
    from hearsay.store import open_store

    page = tmp_path / "page.html"
    page.write_text(BODY_DATES, encoding="utf-8")
    db = tmp_path / "h.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "analyze", str(page), "--published", "2025-05-30", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert (record["document"]["published"], record["document"]["published_source"]) == ("2025-05-30", "given")
    assert [f["as_of"] for f in record["figures"] if "3,500" in f["text"]] == ["2025-04"]  # "last month" of May 2025
    store = open_store(f"sqlite:///{db}", create=False)
    try:
        art = store.load(record["document"]["sha256"]).article
        assert (art.published, art.published_source) == (date(2025, 5, 30), "given")
    finally:
        store.close()
