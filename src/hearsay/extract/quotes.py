"""Statements: direct, indirect and mixed speech with resolved speakers (first version)."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.entities import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.model import Rejection, Statement, TimeExpr


def find_statements(
    doc: Doc, entities: EntityIndex, times: list[TimeExpr], zones: Zones, settings: Settings
) -> tuple[list[Statement], list[Rejection]]:
    """Return the statements of ``doc`` and the quote-like spans rejected as non-statements."""
    return [], []


__all__ = ["find_statements"]
