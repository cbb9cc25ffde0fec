"""Entities of one article: names found by the parser and the gazetteer, joined into entities."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.entities.mentions import find_entities


def _run(doc: Doc, analysis: Analysis) -> None:
    analysis.set_entities(find_entities(doc, analysis.zones, analysis.settings))


EXTRACTOR = Extractor(adds="entities", version="hearsay.entities.v1", reads=(), run=_run)

__all__ = ["EXTRACTOR", "find_entities"]
