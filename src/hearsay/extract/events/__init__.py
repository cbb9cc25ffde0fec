"""PLOVER-coded events of one article: triggers, arguments, actors and status."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.events._publisher import publisher_country
from hearsay.extract.events.coding import find_events


def _run(doc: Doc, analysis: Analysis) -> None:
    analysis.set_events(find_events(doc, analysis.entities, analysis.statements, analysis.times, analysis.zones,
                                    analysis.settings, publisher=publisher_country(analysis.article.url)))


EXTRACTOR = Extractor(adds="events", version="hearsay.events.v1", reads=("entities", "statements", "times"),
                      run=_run)

__all__ = ["EXTRACTOR", "find_events"]
