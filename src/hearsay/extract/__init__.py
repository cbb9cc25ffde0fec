"""Extractors: the steps that turn one parsed article into the parts of its record.

Each package (entities, times, statements, figures, events) exposes one :class:`Extractor`
with the same shape, ``run(doc, analysis) -> None``: it reads the parts earlier steps added to
the shared :class:`~hearsay.extract.context.Analysis` and adds its own. ``EXTRACTORS`` is the
order they run in; each step declares what it reads, and a test checks the order honours it.
"""

from __future__ import annotations

from hearsay.extract import entities, events, figures, statements, times
from hearsay.extract.context import Analysis, Extractor

EXTRACTORS: tuple[Extractor, ...] = (
    entities.EXTRACTOR,
    times.EXTRACTOR,
    statements.EXTRACTOR,
    figures.EXTRACTOR,
    events.EXTRACTOR,
)

__all__ = ["EXTRACTORS", "Analysis", "Extractor"]
