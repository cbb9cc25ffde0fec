"""atheris harness for every input path hearsay has (issues 8 and 19).

The first byte picks the path (an ASCII digit ``0``-``9`` names it directly, which keeps the
regression corpus readable; any other byte is taken modulo the number of paths), the rest is
the input:

    0 text bytes, encoding detected     5 gzipped JSONL (the bytes as a gzip stream)
    1 JSONL text, split in memory       6 RSS / Atom feed
    2 HTML page                         7 WARC file
    3 text bytes, strict UTF-8          8 the JSON API (GET paths and query strings)
    4 JSONL byte stream (CR, CRLF, LF)  9 metadata of one JSONL record (fields checked once)

The only acceptable failure is a :class:`hearsay.errors.HearsayError` (a clean one-line error)
or a :class:`~hearsay.ingest.readers.Failure` yielded for one document; anything else is a
crash atheris reports with the input that caused it. ``fuzz/corpus`` holds seeds and every
crashing input found so far (``regress-*``), replayed by ``tests/fuzz``.

    .venv/bin/python fuzz/fuzz_input.py -max_total_time=3600 fuzz/corpus   # long campaign
    .venv/bin/python fuzz/fuzz_input.py -runs=20000                         # bounded (CI)
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import tempfile
import warnings

import atheris

# Only hearsay's own modules are instrumented: instrumenting trafilatura, lxml and the rest
# made start-up take minutes on a loaded machine without guiding the fuzzer anywhere useful.
import charset_normalizer  # noqa: E402,F401
import feedparser  # noqa: E402,F401
import trafilatura  # noqa: E402,F401

with atheris.instrument_imports(include=["hearsay"]):
    from hearsay.config import load_settings
    from hearsay.errors import HearsayError
    from hearsay.ingest.normalize import find_residue, normalize_text
    from hearsay.ingest.readers import Failure, iter_jsonl_stream, jsonl_articles, jsonl_line, make_article
    from hearsay.ingest.text import decode_bytes, guess_title
    from hearsay.ingest.feeds import read_feed
    from hearsay.model import Article

SETTINGS = load_settings({"max_bytes": 200_000}, environ={})
MODES = 10
_API: list[object] = []
_TMP = tempfile.mkdtemp(prefix="hearsay-fuzz-")


def check_text(text: str) -> None:
    norm = normalize_text(text)
    assert normalize_text(norm) == norm, "normalisation is not idempotent"
    for start, end, _ in find_residue(norm):
        assert 0 <= start < end <= len(norm)
    guess_title(norm)


def check_items(items: object) -> None:
    for item in items:  # type: ignore[attr-defined]
        assert isinstance(item, Failure | Article), type(item)
        if isinstance(item, Article):
            assert item.text and item.text == normalize_text(item.text)
            for value in (item.text, item.title or "", item.source or "", item.id or "", *item.authors):
                value.encode("utf-8")  # storable on SQLite and PostgreSQL alike
                assert "\x00" not in value
            assert len(item.id or "") <= 200 and len(item.language) <= 16


def _api(payload: bytes) -> None:
    if not _API:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient

        from hearsay.server import create_app

        url = f"sqlite:///{os.path.join(_TMP, 'api.db')}"
        _API.append(TestClient(create_app(load_settings({"db_url": url}, environ={})), raise_server_exceptions=False))
    client = _API[0]
    text = payload.decode("utf-8", "replace")
    path, _, query = text.partition("?")
    for route in ("/api/search", "/api/statements", "/api/articles", "/api/entities", "/api/figures"):
        response = client.get(route, params={"q": path[:500], "speaker": query[:200], "offset": query[:30],  # type: ignore[attr-defined]
                                             "limit": path[:10]})
        assert response.status_code < 500, (route, response.status_code, response.text[:300])
    from urllib.parse import quote  # the client refuses raw controls in a URL; a server gets them escaped

    response = client.get("/api/" + quote(path.lstrip("/")[:300], safe="/?&="))  # type: ignore[attr-defined]
    assert response.status_code < 500, (path, response.status_code)


def _warc(payload: bytes) -> None:
    from hearsay.ingest.warc import iter_warc_articles

    path = os.path.join(_TMP, "in.warc.gz" if payload[:2] == b"\x1f\x8b" else "in.warc")
    with open(path, "wb") as fh:
        fh.write(payload)
    check_items(iter_warc_articles(path, SETTINGS))


def one_input(data: bytes) -> None:
    if not data:
        return
    first = data[0]
    mode = first - 48 if 48 <= first <= 57 else first % MODES
    payload = data[1:]
    try:
        if mode == 4:
            check_items(iter_jsonl_stream(io.BytesIO(payload), "fuzz", SETTINGS))
            return
        if mode == 5:
            with gzip.GzipFile(fileobj=io.BytesIO(payload)) as fh:
                check_items(iter_jsonl_stream(fh, "fuzz", SETTINGS))  # type: ignore[arg-type]
            return
        if mode == 6:
            check_items(read_feed(payload, "fuzz"))
            return
        if mode == 7:
            _warc(payload)
            return
        if mode == 8:
            _api(payload)
            return
        if mode == 9:
            check_items([x for x in [jsonl_line(payload.decode("utf-8", "surrogatepass"), "fuzz", None, SETTINGS)] if x])
            return
    except HearsayError:
        return
    except UnicodeDecodeError:
        return
    try:
        text, _ = decode_bytes(payload, "fuzz", "auto" if mode == 0 else "utf-8")
    except HearsayError:
        return
    check_text(text)
    try:
        if mode == 1:
            check_items(jsonl_articles(text, "fuzz", None, SETTINGS))
        elif mode == 2:
            make_article(html=text, origin="fuzz")
        else:
            check_items([make_article(text=text, origin="fuzz")])
    except HearsayError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
