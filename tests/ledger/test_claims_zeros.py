"""Negated tolls read as zero figures (issue 13 round 4: extract/figures/zeros.py) and compared on their story."""

from __future__ import annotations

import pytest

from hearsay.extract.figures.zeros import zero_counts
from hearsay.ledger.variables import variable_of

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record
from .claims_check import saved_pairs as _pairs

ZEROS = [
    ("One person is believed to have been arrested, and no injuries were reported.", [("no injuries", "injured")]),
    ("One person has been arrested, though no injuries have been reported.", [("no injuries", "injured")]),
    ("No one was killed in the blast, police said.", [("No one", "killed")]),
    ("Nobody was seriously injured, the fire brigade said.", [("Nobody", "injured")]),
    ("There were no immediate injuries.", [("no immediate injuries", "injured")]),
    ("No deaths were reported after the storm.", [("No deaths", "killed")]),
    # not a zero toll
    ("Police said no more than three people were injured.", []),
    ("It is unclear if no one was hurt.", []),
    ("Was no one hurt?", []),
    ("There were no reports of injuries.", []),  # a statement about reports, left alone
    ("No injuries on the team this season, the coach said.", []),
    ("No one was arrested.", []),  # not a toll
]


@pytest.mark.parametrize(("text", "expected"), ZEROS)
def test_negated_tolls_are_zero_counts(text: str, expected: list[tuple[str, str]]) -> None:
    found = zero_counts(text)
    assert [(f.text, variable_of(f, text).measure) for f in found] == expected
    assert all(f.value == 0 and f.low == 0 and f.high == 0 for f in found)


def test_a_span_the_number_reader_took_is_left_alone() -> None:
    text = "No one was killed."
    assert zero_counts(text, [(0, 6)]) == []


QUEENS = {"name": "Flatbush", "type": "GPE"}
NIGHT = ("Vigil turns violent in Flatbush\nA vigil for a teenager shot by police in Flatbush turned violent on Monday night "
         "as protesters threw bottles at officers outside the precinct; {toll}, police said.")


def test_no_injuries_conflicts_with_three_injured_on_one_story(ledger_store) -> None:  # type: ignore[no-untyped-def]
    none_text = NIGHT.format(toll="no injuries were reported")
    three_text = NIGHT.format(toll="three people were injured")
    zero = zero_counts(none_text)[0]
    a = make_record(none_text, "2013-03-12", "wire", entities=[QUEENS],
                    figures=[{"text": zero.text, "value": 0, "low": 0, "high": 0, "quantity": zero.quantity}])
    b = make_record(three_text, "2013-03-12", "daily", entities=[QUEENS],
                    figures=[{"text": "three people", "value": 3, "low": 3, "high": 3, "quantity": "people"}])
    found = _pairs(ledger_store, a, b)
    assert len(found) == 1 and found[0]["quantity"] == "injured" and "'no injuries' [0, 0]" in found[0]["reason"]


def test_a_zero_elsewhere_does_not_make_the_article_disagree_with_itself(ledger_store) -> None:  # type: ignore[no-untyped-def]
    qeshm, iran, dubai = {"name": "Qeshm", "type": "GPE"}, {"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}}, \
        {"name": "Dubai", "type": "GPE"}
    wire = ("Quake on Qeshm\nAn earthquake struck the island of Qeshm in Iran on Sunday and 80 people were injured, "
            "officials said, as mud-brick homes collapsed in villages near the port. There were no reported injuries in Dubai.")
    daily = ("Quake hits Qeshm island\nA strong earthquake struck Qeshm in Iran on Sunday and 50 people were injured in "
             "villages near the port, officials said, as mud-brick homes collapsed.")
    zero = zero_counts(wire)[0]
    a = make_record(wire, "2005-11-28", "wire", entities=[qeshm, iran, dubai],
                    figures=[{"text": "80 people", "value": 80, "low": 80, "high": 80, "quantity": "people"},
                             {"text": zero.text, "value": 0, "low": 0, "high": 0, "quantity": zero.quantity}])
    b = make_record(daily, "2005-11-28", "daily", entities=[qeshm, iran],
                    figures=[{"text": "50 people", "value": 50, "low": 50, "high": 50, "quantity": "people"}])
    found = _pairs(ledger_store, a, b)
    assert [(r["quantity"], "'80 people'" in r["reason"]) for r in found] == [("injured", True)]  # not Dubai's zero
