"""Attributed statements of one article: quotes, cues, speakers and relays."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.statements.quotes import find_statements


def _run(doc: Doc, analysis: Analysis) -> None:
    statements, rejected = find_statements(doc, analysis.entities, analysis.times, analysis.zones, analysis.settings)
    analysis.set_statements(statements)
    analysis.reject(rejected)


EXTRACTOR = Extractor(adds="statements", version="hearsay.quotes.v1", reads=("entities", "times"), run=_run)

__all__ = ["EXTRACTOR", "find_statements"]
