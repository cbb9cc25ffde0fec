"""Find the few tokens a figures pass needs without a Python loop over every token (issue 15, round 8).

Iterating a ``Doc`` builds one ``Token`` object per token; the passes that look for hyphens, signed
numbers, cardinal tags or index names want a handful of tokens out of hundreds, so they read one
attribute column with ``Doc.to_array`` and select the rows in numpy. Each function returns a
superset or the exact set of what its caller's own test accepts, so the callers keep their tests
and their output does not change.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc


def _rows(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    if not len(doc):
        return []
    column = doc.to_array(attr)
    wanted = numpy.fromiter((get_string_id(v) for v in values), dtype=numpy.uint64)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(column, wanted))]


def with_orth(doc: Doc, texts: Iterable[str]) -> list[int]:
    """Return the indices of the tokens whose text is one of ``texts``, in order."""
    return _rows(doc, "ORTH", texts)


def with_lower(doc: Doc, words: Iterable[str]) -> list[int]:
    """Return the indices of the tokens whose lower-cased text is one of ``words``, in order."""
    return _rows(doc, "LOWER", words)


def with_tag(doc: Doc, tags: Iterable[str]) -> list[int]:
    """Return the indices of the tokens with one of the fine-grained ``tags``, in order."""
    return _rows(doc, "TAG", tags)


def starting_at(doc: Doc, offsets: Iterable[int]) -> list[int]:
    """Return the indices of the tokens whose first character is at one of ``offsets``, in order."""
    wanted = numpy.fromiter(offsets, dtype=numpy.uint64)
    if not len(doc) or not len(wanted):
        return []
    return [int(i) for i in numpy.flatnonzero(numpy.isin(doc.to_array("IDX").astype(numpy.uint64), wanted))]
