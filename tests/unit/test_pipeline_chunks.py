"""Texts longer than the chunk size are parsed in pieces with exact offsets (issues 2, 8)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from hearsay.pipeline import analyze
from hearsay.ingest.readers import make_article
from hearsay.nlp.parser import _chunks, parse_texts
from hearsay.record import to_dict, validate


@given(st.text(min_size=0, max_size=3000), st.integers(20, 400))
def test_pipeline_chunks_rejoin_to_the_text(text, size):
    pieces = _chunks(text, size)
    assert "".join(pieces) == text
    assert all(pieces) or text == ""
    assert all(len(p) <= size for p in pieces)


@pytest.mark.model
def test_pipeline_chunked_parse_keeps_offsets(settings, founding_record):
    small = dataclasses.replace(settings, chunk_chars=600)
    text = founding_record.article.text
    doc = next(parse_texts([text], small))
    assert doc.text == text
    record = analyze(make_article(text=text, origin="x", published=founding_record.article.published), small)
    validate(to_dict(record))  # every span's offsets still point at its text
    whole = {(e.name, len(e.mentions)) for e in founding_record.entities}
    chunked = {(e.name, len(e.mentions)) for e in record.entities}
    assert len(whole & chunked) >= 0.8 * len(whole)


@pytest.mark.model
@hsettings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_pipeline_any_unicode_gives_valid_offsets(settings, text):
    try:
        article = make_article(text=text, origin="fuzz")
    except Exception as exc:  # only the documented error for empty text is allowed
        assert "empty text" in str(exc)
        return
    validate(to_dict(analyze(article, settings)))


# -- issue 16 / issue 19 item 4: bounded tokenizer cost, text read once, chunk tensors dropped ----

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister said: “We will not give up.” Prices rose 3.5% in May, according to https://example.org/a/b?c=d.",
    "x" * 999 + " end.",  # just under the long-run threshold: the ordinary tokenizer
    "He wrote: " + "ab" * 600 + ".",
])
def test_guarded_tokenizer_leaves_ordinary_text_token_for_token(settings, nlp, text):
    from hearsay.nlp.parser import GuardedTokenizer

    assert isinstance(nlp.tokenizer, GuardedTokenizer)
    guarded = [(t.text, t.whitespace_) for t in nlp.tokenizer(text)]
    plain = [(t.text, t.whitespace_) for t in nlp.tokenizer.inner(text)]
    assert guarded == plain or len(text.split()[-1]) >= 1000


@pytest.mark.model
@pytest.mark.parametrize("text", ['"' * 5000, 'Before. ' + '"' * 3001 + ' after "quoted" words.', "a," * 3000 + "\n" + "“" * 2500])
def test_guarded_tokenizer_cuts_long_runs_and_keeps_the_text(settings, nlp, text):
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= 1000
    runs = [t for t in doc if set(t.text) <= {'"', "“"}]
    assert runs  # the marks are still tokens


@pytest.mark.model
def test_long_text_parse_reads_text_once_and_drops_chunk_tensors(settings):
    from hearsay.nlp.text import doc_text

    small = dataclasses.replace(settings, chunk_chars=300)
    text = "\n".join(f"Officials said {i} convoys crossed the border on Monday." for i in range(40))
    doc = next(parse_texts([text], small))
    assert doc_text(doc) == doc.text == text
    assert doc.tensor.size == 0
    assert doc_text(doc) is doc_text(doc)


class _Stderr:
    def __init__(self, tty: bool) -> None:
        self.tty, self.written = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> int:
        self.written += s
        return len(s)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_long_parse_progress_shows_on_a_terminal_only(monkeypatch, tty):
    import sys

    from hearsay.nlp.parser import _progress

    err = _Stderr(tty)
    monkeypatch.setattr(sys, "stderr", err)
    _progress(200_000, 1_000_000)
    _progress(1_000_000, 1_000_000)
    if tty:
        assert err.written == "\rparsing: 200,000/1,000,000 characters\rparsing: 1,000,000/1,000,000 characters\n"
    else:
        assert err.written == ""


def test_chunk_size_leaves_prose_alone_and_cuts_token_dense_text():
    from hearsay.nlp.parser import _chunk_size

    prose = "The minister said on Monday that the talks would resume in Geneva next month. " * 2500  # 197,500 chars
    assert _chunk_size(prose, 200_000) is None
    assert _chunk_size(prose * 2, 200_000) == 200_000
    ones = "1 " * 200_000  # 200,000 tokens in 400,000 characters
    assert _chunk_size(ones, 200_000) == 100_000  # 50,000 tokens a piece
    assert _chunk_size("1," * 30_000, 200_000) == 50_000  # 60,000 tokens in 60,000 characters
