"""Figures of one article: values with their hedges, units, quantities, sources and dates."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from hearsay.extract.context import Analysis, Extractor
from hearsay.extract.figures.ages import Person, find_ages
from hearsay.extract.figures.amounts import find_figures
from hearsay.extract.figures.decimals import split_magnitudes
from hearsay.extract.figures.zeros import zero_counts


def _run(doc: Doc, analysis: Analysis) -> None:
    figures, rejected = find_figures(doc, analysis.entities, analysis.statements, analysis.times, analysis.zones,
                                     analysis.settings)
    zeros = zero_counts(doc.text, [(f.start, f.end) for f in figures])  # "no injuries were reported" (issue 13)
    people = [Person(i, v.name, v.mentions) for i in analysis.entities.ids() if (v := analysis.entities.entity(i)).type == "PERSON"]
    ages = find_ages(doc.text, people, [(f.start, f.end) for f in zeros])  # "Robert Buckley, 32," (issue 13)
    if ages:  # the age reading replaces the bare number read at the same place ("32" read as a count)
        figures = [f for f in figures if not any(a.start <= f.start and f.end <= a.end for a in ages)]
    magnitudes = split_magnitudes(doc.text, [(f.start, f.end) for f in [*figures, *zeros, *ages]])  # "6. 1 - magnitude"
    if zeros or ages or magnitudes:
        merged = sorted([*figures, *zeros, *ages, *magnitudes], key=lambda f: (f.start, f.end))
        figures = [dataclasses.replace(f, id=f"f{i}") for i, f in enumerate(merged, 1)]
    analysis.set_figures(figures)
    analysis.reject(rejected)


EXTRACTOR = Extractor(adds="figures", version="hearsay.figures.v1", reads=("entities", "statements", "times"),
                      run=_run)

__all__ = ["EXTRACTOR", "find_figures"]
