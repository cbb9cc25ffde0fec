"""Figures of one article: values with their hedges, units, quantities, sources and dates."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.figures.amounts import find_figures


def _run(doc: Doc, analysis: Analysis) -> None:
    figures, rejected = find_figures(doc, analysis.entities, analysis.statements, analysis.times, analysis.zones,
                                     analysis.settings)
    analysis.set_figures(figures)
    analysis.reject(rejected)


EXTRACTOR = Extractor(adds="figures", version="hearsay.figures.v1", reads=("entities", "statements", "times"),
                      run=_run)

__all__ = ["EXTRACTOR", "find_figures"]
