"""Figures: hedged numbers as intervals, with what they count (first version)."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.entities import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.model import Figure, Rejection, Statement, TimeExpr


def find_figures(
    doc: Doc, entities: EntityIndex, statements: list[Statement], times: list[TimeExpr], zones: Zones, settings: Settings
) -> tuple[list[Figure], list[Rejection]]:
    """Return the figures claimed in ``doc`` and the numbers rejected as non-claims."""
    return [], []


__all__ = ["find_figures"]
