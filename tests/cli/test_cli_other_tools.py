"""Output of the scrapers people already use goes in as it is (issue 18).

The fixtures follow the documented output of news-please (``maintext``, ``date_publish``,
``source_domain``, ``authors``) and of ``trafilatura --json`` (``text``, ``raw_text``, ``date``,
``author`` joined by "; ", ``sitename``, ``hostname`` and a ``source`` that is the page URL).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.ingest.fields import hearsay_fields
from hearsay.ingest.readers import read_date

BODY = ("Finance ministers resumed budget talks on Monday, officials said. “We are close to a deal,” "
        "the Spanish finance minister, Ana Ruiz, told reporters.")
PORT = ("The port of Valencia reopened on Friday after a week-long strike, the harbour authority said. "
        "More than 40 ships had waited offshore.")

NEWS_PLEASE = {
    "authors": ["Jane Roe", "John Doe"], "date_download": "2026-11-30 08:12:44", "date_modify": None,
    "date_publish": "2026-11-29 17:40:00", "description": "Talks resume in Brussels.",
    "filename": "https%3A%2F%2Fexample.org%2Fworld%2Fbudget.json", "image_url": None, "language": "en",
    "localpath": None, "maintext": BODY, "source_domain": "example.org", "title": "Budget talks resume",
    "title_page": None, "title_rss": None, "url": "https://example.org/world/budget",
}

TRAFILATURA = {
    "title": "Port reopens after strike", "author": "Ana Ruiz; Li Wei", "hostname": "news.example.com",
    "date": "2026-11-28", "categories": "", "tags": "", "fingerprint": "c2a9f3e1b7d04e55",
    "id": None, "license": None, "comments": "", "raw_text": PORT, "text": PORT, "language": None,
    "image": None, "pagetype": "article", "source": "https://news.example.com/port-reopens",
    "source-hostname": "Example News", "excerpt": "", "sitename": "Example News",
}


def test_fields_news_please_record() -> None:
    got = hearsay_fields(NEWS_PLEASE)
    assert (got["text"], got["title"], got["url"], got["source"], got["authors"], got["published"]) == (
        BODY, "Budget talks resume", "https://example.org/world/budget", "example.org", ["Jane Roe", "John Doe"],
        "2026-11-29 17:40:00")


def test_fields_trafilatura_record_source_is_a_url_not_an_outlet() -> None:
    got = hearsay_fields(TRAFILATURA)
    assert got["url"] == "https://news.example.com/port-reopens"
    assert got["source"] == "Example News"
    assert got["authors"] == ["Ana Ruiz", "Li Wei"]
    assert got["published"] == "2026-11-28"


def test_fields_hearsay_names_win() -> None:
    got = hearsay_fields({"text": "a", "maintext": "b", "published": "2026-01-01", "date": "2025-01-01"})
    assert (got["text"], got["published"]) == ("a", "2026-01-01")


@pytest.mark.parametrize(("value", "day"), [
    ("2026-11-29", date(2026, 11, 29)),
    ("2026-11-29T23:10:00+01:00", date(2026, 11, 29)),
    ("2026-11-29 17:40:00", date(2026, 11, 29)),
    ("Sun, 29 Nov 2026 17:40:00 GMT", date(2026, 11, 29)),
    ("Nov 29, 2026", date(2026, 11, 29)),
    ("29 November 2026", date(2026, 11, 29)),
    ("November 29th, 2026", date(2026, 11, 29)),
    ("03/04/2026", None),   # day and month order unknown: not guessed
    ("last Tuesday", None),
])
def test_fields_lenient_dates(value: str, day: date | None) -> None:
    assert read_date(value) == day


@pytest.mark.model
def test_cli_ingest_news_please_and_trafilatura_output(tmp_path) -> None:
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps(NEWS_PLEASE) + "\n" + json.dumps(TRAFILATURA) + "\n", encoding="utf-8")
    db = tmp_path / "h.db"
    result = CliRunner().invoke(cli, ["ingest", "--quiet", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT title, url, source, authors, published, published_source FROM documents "
                            "ORDER BY title").fetchall()
    assert rows == [
        ("Budget talks resume", "https://example.org/world/budget", "example.org", '["Jane Roe", "John Doe"]',
         "2026-11-29", "given"),
        ("Port reopens after strike", "https://news.example.com/port-reopens", "Example News",
         '["Ana Ruiz", "Li Wei"]', "2026-11-28", "given"),
    ]


@pytest.mark.model
def test_cli_ingest_skips_an_article_without_a_pipeline_and_says_so(tmp_path) -> None:
    italian = {"maintext": "Il governo ha annunciato ieri un nuovo piano per le infrastrutture del paese, "
                           "con investimenti per dieci miliardi di euro nei prossimi cinque anni.",
               "title": "Nuovo piano", "url": "https://example.it/piano"}
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(NEWS_PLEASE) + "\n" + json.dumps(italian) + "\n", encoding="utf-8")
    db = tmp_path / "h.db"
    result = CliRunner().invoke(cli, ["ingest", "--quiet", str(path), "--db", str(db)])
    assert result.exit_code == 0  # a skipped language is recorded, not a failed run
    assert result.stdout.startswith("1 stored") and "1 skipped (language)" in result.stdout
    assert "skipped: " in result.stderr and "written in 'it'" in result.stderr
    assert result.stderr.count("mixed.jsonl:2") == 1  # the origin is said once
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT code FROM failures").fetchall() == [("language",)]


def test_cli_ingest_news_please_json_files_one_article_each(tmp_path) -> None:
    """news-please writes one pretty-printed .json file per article: each is one record, not
    text (a folder of them is searched like any other source); an array file gives one article
    per element, a bad element failing alone."""
    folder = tmp_path / "news-please" / "example.org"
    folder.mkdir(parents=True)
    (folder / "budget.json").write_text(json.dumps(NEWS_PLEASE, indent=4), encoding="utf-8")
    (tmp_path / "batch.json").write_text(json.dumps([TRAFILATURA, {"title": "no body"}], indent=2), encoding="utf-8")
    db = tmp_path / "h.db"
    result = CliRunner().invoke(cli, ["ingest", "--quiet", str(tmp_path / "news-please"), str(tmp_path / "batch.json"),
                                      "--db", str(db)])
    assert result.exit_code != 0 and "batch.json[1]: object has no 'text' or 'html' string" in result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT title, url, published FROM documents ORDER BY title").fetchall()
        texts = [t for (t,) in conn.execute("SELECT text FROM documents")]
    assert rows == [("Budget talks resume", "https://example.org/world/budget", "2026-11-29"),
                    ("Port reopens after strike", "https://news.example.com/port-reopens", "2026-11-28")]
    assert not any("maintext" in t or "{" in t for t in texts)
