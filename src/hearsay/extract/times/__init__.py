"""Time expressions of one article, resolved against its publication date (TIMEX3 values)."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.times.expressions import find_times


def _run(doc: Doc, analysis: Analysis) -> None:
    analysis.set_times(find_times(doc, analysis.article.published, analysis.zones, analysis.settings))


EXTRACTOR = Extractor(adds="times", version="hearsay.dates.v1", reads=(), run=_run)

__all__ = ["EXTRACTOR", "find_times"]
