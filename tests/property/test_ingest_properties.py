"""Property tests for the input layer: normalisation, JSONL and HTML never crash (issues 2, 8)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.config import load_settings
from hearsay.errors import HearsayError, InputError
from hearsay.ingest.normalize import normalize_text
from hearsay.ingest.readers import Failure, jsonl_articles, make_article
from hearsay.ingest.text import decode_bytes

SETTINGS = load_settings({"max_bytes": 100_000}, environ={})
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text(alphabet=st.sampled_from(list("ab .\n\t\u00a0" + INVISIBLE))))
def test_normalize_removes_invisible_and_bidi_controls(text):
    out = normalize_text(text)
    assert not any(c in out for c in INVISIBLE + "\t\u00a0")
    assert "  " not in out and "\n\n\n" not in out


@given(st.binary(max_size=2000))
def test_decode_bytes_only_raises_input_error(data):
    try:
        text, used = decode_bytes(data, "x", "auto")
    except InputError:
        return
    assert isinstance(text, str) and used


@given(st.lists(st.one_of(
    st.text(max_size=80),
    st.dictionaries(st.sampled_from(["text", "html", "id", "published", "authors", "title"]),
                    st.one_of(st.text(max_size=60), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2)),
                    max_size=4).map(json.dumps),
), max_size=6))
def test_jsonl_lines_give_articles_or_failures(lines):
    data = "\n".join(lines)
    items = list(jsonl_articles(data, "batch.jsonl", None, SETTINGS))
    assert len(items) == len([ln for ln in data.split("\n") if ln.strip()])
    for item in items:
        if isinstance(item, Failure):
            assert item.origin.startswith("batch.jsonl:") and str(item.error)
        else:
            assert item.text and item.text == normalize_text(item.text)


@settings(max_examples=60, deadline=None)
@given(st.recursive(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    lambda inner: st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>", st.sampled_from(["p", "div", "article", "script", "b", "table"]), inner)
    | st.builds(lambda a, b: a + b, inner, inner),
    max_leaves=12,
))
def test_html_reader_returns_article_or_input_error(html):
    try:
        article = make_article(html="<html><body>" + html + "</body></html>", origin="page.html")
    except HearsayError as exc:
        assert isinstance(exc, InputError) and str(exc).startswith("page.html:")
        return
    assert article.text == normalize_text(article.text)
