"""Look-ups over one document's text: paragraphs (restored in flattened text), which tokens
lie in which quotation, and intervals and offsets indexed by position."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from hearsay.extract.statements._cues import cue_entry
from hearsay.extract.statements._flat_blocks import flat_blocks
from hearsay.extract.statements._quote_marks import QuoteSpan
from hearsay.ingest.normalize import is_flat
from hearsay.nlp.text import doc_text


T = TypeVar("T")


# Text with fewer line breaks than one per FLAT_CHARS characters arrived flattened (scraped
# corpora, CSV exports; ``is_flat``, which ignores the breaks normalisation restored at the top
# of the page): its paragraph structure is restored where the signal is clear.
_SENTENCE_END = frozenset(".?!")


def _restored_paragraphs(text: str, quotes: list[QuoteSpan], lead_in: Callable[[int], bool]) -> list[int]:
    """Offsets of quotation marks that reopen after a sentence end ('… said Reid. “Millions …')
    or open after the colon of a lead-in holding a cue (``lead_in``: 'Below is a statement by X,
    director of Y: "Several …'):
    in flattened news text each such quotation opened a paragraph (or may have: a quotation set
    after "X said:" reads the same in its lead-in's paragraph or in a paragraph of its own)."""
    out: list[int] = []
    for q in quotes:
        i = q.open - 1
        if i < 0 or not text[i].isspace():
            continue
        while i >= 0 and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] == ":":
            if lead_in(i):
                out.append(q.open)
            continue
        if i >= 0 and text[i] in "\"”’'" and i > 0:
            i -= 1  # a closing mark after the sentence end ('… the plan.” “We …')
        if i >= 0 and text[i] in _SENTENCE_END:
            out.append(q.open)
    return out


def _lead_in_clause(doc: Doc, colon: int) -> bool:
    """True when the words before the colon at offset ``colon``, back to the last sentence end or
    colon (quoted words between included: 'called the sentence "dangerous" and "ideological":'), hold a cue of speech or writing ("Below is a statement by X, director of Y:",
    "Mr Gates told the security conference:"): a lead-in. A transcript's speaker label
    ("Secretary of the Air Force James Roche:") or a title's lead ("An article with the
    subtitle:") stays in the quotation's paragraph, where the label rule reads it."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return False
    k = span[0].i - 1
    while k >= 0 and not (doc[k].is_sent_end or doc[k].text in {".", "!", "?", ":"}):
        entry = cue_entry(doc[k])
        if entry is not None and entry.kind in {"speech", "writing"}:
            return True
        k -= 1
    return False


class _Text:
    """Paragraph and quotation look-ups over the document text."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = text = doc_text(doc)
        self.para_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        # paragraph starts where the writer's narration resumes after a block quotation in flattened text
        self.flat_stops: frozenset[int] = frozenset()
        if is_flat(text):
            blocks = flat_blocks(doc, text, quotes, lambda i: _lead_in_clause(doc, i))
            self.flat_stops = frozenset(blocks.stops)
            self.para_starts = sorted(set(self.para_starts) | set(_restored_paragraphs(text, quotes, lambda i: _lead_in_clause(doc, i))) | blocks.starts)
        self.quotes = quotes
        self.quote_opens = {q.open for q in quotes}
        self.in_quote = [False] * len(doc)
        self.quote_of: list[int | None] = [None] * len(doc)
        for qi, q in enumerate(quotes):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if q.start <= t.idx < q.end:
                    self.in_quote[t.i] = True
                    self.quote_of[t.i] = qi

    def para(self, offset: int) -> int:
        return bisect.bisect_right(self.para_starts, offset) - 1

    def para_start(self, offset: int) -> int:
        return self.para_starts[self.para(offset)]

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return [] if span is None else list(span)


class _IntervalIndex:
    """Intervals ``(start, end)`` by position, answering "which overlap ``lo..hi``" in O(log n + k)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._ends = [spans[i][1] for i in self._order]
        self._max_end: list[int] = []  # running maximum of the ends, in start order
        for e in self._ends:
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """Return the indices (into the original list, ascending) of the spans with start < hi and lo < end."""
        found = []
        k = bisect.bisect_left(self._starts, hi) - 1
        while k >= 0 and self._max_end[k] > lo:
            if self._ends[k] > lo:
                found.append(self._order[k])
            k -= 1
        return sorted(found)


class _OffsetIndex(Generic[T]):
    """Items (attribution candidates, time expressions) by a start offset, returned in their
    original order: a bisection instead of a scan per quotation (issue 16)."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self._starts = [start(items[i]) for i in self._order]
        self._items = items

    def between(self, lo: int, hi: int, *, inclusive: bool = False) -> list[T]:
        """Return the items starting in ``lo..hi`` (``hi`` itself only when ``inclusive``), in their original order."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_right(self._starts, hi) if inclusive else bisect.bisect_left(self._starts, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]


def _prev_para(tx: _Text, para: int) -> int | None:
    """Return the nearest non-blank paragraph before ``para``, else None."""
    text = tx.text
    starts = tx.para_starts
    for p in range(para - 1, -1, -1):
        end = starts[p + 1] if p + 1 < len(starts) else len(text)
        if text[starts[p]:end].strip():
            return p
    return None


def _opens_with_quote(tx: _Text, para: int) -> bool:
    """True when paragraph ``para`` starts with a quotation mark that opens a quotation."""
    text = tx.text
    i = tx.para_starts[para]
    while i < len(text) and text[i] in " \t":
        i += 1
    return i in tx.quote_opens
