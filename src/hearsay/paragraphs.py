"""Paragraphs of a stored text: in hearsay a line break ends a paragraph, a heading or a credit line.

Readers keep one paragraph per line when they normalise text (``hearsay.ingest.normalize``), so
every part of hearsay that needs "the paragraph around this span" asks here instead of
searching for line breaks itself.
"""

from __future__ import annotations


def paragraph_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Return ``(start, end)`` of the paragraph holding ``text[start:end]`` (end excludes its line break).

    A span that runs over a line break gets the paragraph of its start through that of its end.
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start if end is None else max(start, end))
    return lo, len(text) if hi < 0 else hi


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph holding more than white space, in order."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


__all__ = ["paragraph_at", "paragraphs"]
