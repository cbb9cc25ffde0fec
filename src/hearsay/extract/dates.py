"""Dates and times: TIMEX3 values against the publication date (first version)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.zones import Zones
from hearsay.model import TimeExpr


def find_times(doc: Doc, anchor: date | None, zones: Zones, settings: Settings) -> list[TimeExpr]:
    """Return the date and time expressions of ``doc`` normalised to TIMEX3."""
    return []


__all__ = ["find_times"]
