"""The events extractor on a table of sentence -> expected result, run alone (issue 11; see the ``extract`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _names(analysis) -> dict[str, str]:
    return {e.id: e.name for e in analysis.entities.freeze()}


@pytest.mark.parametrize(("text", "type_", "actor", "target"), [
    ("Russia attacked Ukraine on Sunday.\n", "ASSAULT", "Russia", "Ukraine"),
    ("Germany sent weapons to Ukraine.\n", "AID", "Germany", "Ukraine"),
    ("Iran threatened Israel with retaliation.\n", "THREATEN", "Iran", "Israel"),
    ("Vladimir Putin met Kim Jong Un in Pyongyang.\n", "CONSULT", "Vladimir Putin", "Kim Jong Un"),
])
def test_events_table(extract, text, type_, actor, target) -> None:
    analysis = extract(text, "events", published=PUBLISHED)
    names = _names(analysis)
    found = {(e.type, names.get(e.actor or ""), names.get(e.target or "")) for e in analysis.events}
    assert (type_, actor, target) in found
