"""WARC / WARC.gz input (CC-NEWS layout), with fixtures written by warcio's own writer."""

from __future__ import annotations

import io
from datetime import date

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from hearsay.ingest.readers import Failure  # noqa: E402
from hearsay.ingest.warc import is_warc, iter_warc_articles  # noqa: E402
from hearsay.model import Article  # noqa: E402

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>The minister said on Tuesday that the talks in Geneva would continue next week,
according to officials who spoke to reporters after the meeting ended late in the evening.</p>
</article></body></html>"""


def _response(writer: WARCWriter, uri: str, html: str, ctype: str = "text/html; charset=utf-8",
              warc_date: str = "2024-03-05T10:00:00Z") -> None:
    payload = html.encode("utf-8")
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), length=len(payload), http_headers=http,
                                       warc_headers_dict={"WARC-Date": warc_date})
    writer.write_record(record)


def _write_warc(path, gzip: bool = True) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "hearsay tests"}))
        _response(writer, "https://news.example/a", PAGE.format(title="Talks resume in Geneva", body="Delegations met again."))
        _response(writer, "https://news.example/logo.png", "not html", ctype="image/png")
        _response(writer, "https://news.example/b", PAGE.format(title="Aid convoy reaches city", body="Trucks arrived at dawn."),
                  warc_date="2024-03-06T08:30:00Z")


@pytest.mark.parametrize("gzip,name", [(True, "news.warc.gz"), (False, "news.warc")])
def test_warc_reads_html_responses_in_order(tmp_path, settings, gzip, name):
    path = tmp_path / name
    _write_warc(path, gzip=gzip)
    items = list(iter_warc_articles(path, settings))
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.url == "https://news.example/a" and second.url == "https://news.example/b"
    assert "Delegations met again." in first.text and "Trucks arrived at dawn." in second.text
    assert first.input_format == "html" and first.origin.startswith(str(path))


def test_warc_date_is_the_fallback_publication_date(tmp_path, settings):
    path = tmp_path / "news.warc.gz"
    _write_warc(path)
    first, second = iter_warc_articles(path, settings, published=date(2020, 1, 1))
    assert first.published == date(2024, 3, 5) and second.published == date(2024, 3, 6)


def test_warc_truncated_file_gives_failure_not_crash(tmp_path, settings):
    whole = tmp_path / "whole.warc.gz"
    _write_warc(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])  # the last record loses its end
    items = list(iter_warc_articles(cut, settings))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Failure) and "truncated" in str(items[-1].error)


def test_warc_missing_file_is_a_failure(tmp_path, settings):
    items = list(iter_warc_articles(tmp_path / "nope.warc.gz", settings))
    assert len(items) == 1 and isinstance(items[0], Failure)


def test_warc_oversized_page_is_a_failure_and_reading_goes_on(tmp_path, settings):
    import dataclasses

    path = tmp_path / "news.warc.gz"
    _write_warc(path)
    small = dataclasses.replace(settings, max_bytes=100)
    items = list(iter_warc_articles(path, small))
    assert len(items) == 2 and all(isinstance(i, Failure) for i in items)
    assert items[0].error.code == "too_large"


def test_warc_suffixes_are_recognised():
    assert is_warc("CC-NEWS-20240305.warc.gz") and is_warc("x.WARC") and not is_warc("x.html")
