"""Events: PLOVER-coded political events (first version)."""

from __future__ import annotations

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.entities import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.model import Event, Statement, TimeExpr


def find_events(
    doc: Doc, entities: EntityIndex, statements: list[Statement], times: list[TimeExpr], zones: Zones, settings: Settings
) -> list[Event]:
    """Return the PLOVER events coded from ``doc``."""
    return []


__all__ = ["find_events"]
