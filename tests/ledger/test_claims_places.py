"""Round 5 of issue 13: the place guard's containment and reach rules, and split-decimal magnitudes."""

from __future__ import annotations

from typing import Any

import pytest

from hearsay.extract.figures.decimals import split_magnitudes
from hearsay.ledger.stories import inside_named, reached
from hearsay.ledger.variables import MAGNITUDE, variable_of
from hearsay.model import Figure, Record

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record
from .claims_check import saved_pairs as _pairs

# the words before a place mention in its sentence -> is it a place the event reached?
REACH = [
    ("The quake destroyed 1,500 houses and was felt across the Gulf in the ", True),
    ("Tremors from the quake 60km south west of Bandar Abbas were felt in ", True),
    ("The blast was heard as far away as ", True),
    ("It was felt strongly in Tehran and in ", True),
    ("The tremor shook Oman and the ", True),
    ("Ten people were killed in ", False),
    ("The quake struck ", False),
    ("It was felt in Tehran and killed 30 in ", False),  # a toll after the reach: the place of the toll
    ("Rescuers felt that villagers in ", False),
]


@pytest.mark.parametrize(("before", "expected"), REACH)
def test_a_place_the_event_reached(before: str, expected: bool) -> None:
    assert reached(before) is expected


# other article's text, a place the figure's sentence names -> does it lie inside a place the other names?
INSIDE = [
    ("Offices in Dubai were evacuated.", "Dubai Media City.", True),  # named after the place it lies in
    ("The quake hit Qeshm on Sunday.", "Qeshm Island", True),
    ("Iran said ten died.", "Tehran", True),  # a capital in its country
    ("The UAE said nothing.", "Abu Dhabi", True),  # any of the country's names
    ("Storms in New Jersey.", "New York City", False),  # "New" is no place of its own
    ("The quake hit Qeshm.", "Bam", False),
    ("In France, 30 died.", "Berlin", False),  # a capital of another country
    ("Dubai said.", "Media City", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), INSIDE)
def test_a_place_inside_a_place_the_other_names(text: str, name: str, expected: bool) -> None:
    assert inside_named(text, name) is expected


MAGNITUDES = [
    ("The 6. 1 - magnitude quake struck Qeshm island.", [("6. 1", 6.1)]),
    ("An earthquake registering 6. 1 on the Richter scale hit the island.", [("6. 1", 6.1)]),
    ("It was a magnitude - 5. 9 earthquake.", [("5. 9", 5.9)]),
    ("It had a magnitude of 5. 9.", [("5. 9", 5.9)]),
    ("It hit in 2005. 3 people died.", []),  # a sentence end, no magnitude word
    ("Shares rose 6. 1 percent.", []),
    ("It was 6. 1. 2 magnitude.", []),  # a version-like string, not one decimal
]


@pytest.mark.parametrize(("text", "expected"), MAGNITUDES)
def test_split_decimal_magnitudes(text: str, expected: list[tuple[str, float]]) -> None:
    found = split_magnitudes(text)
    assert [(f.text, f.value) for f in found] == expected
    assert all(variable_of(f, text).measure == MAGNITUDE for f in found)


def test_a_magnitude_another_figure_covers_is_left_to_it() -> None:
    assert split_magnitudes("The 6. 1 - magnitude quake.", [(4, 5)]) == []


QESHM, IRAN, UAE, BAM = ({"name": "Qeshm", "type": "GPE"}, {"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}},
                         {"name": "United Arab Emirates", "type": "GPE", "ids": {"iso3": "ARE"}}, {"name": "Bam", "type": "GPE"})
WIRE = ("Quake on Qeshm\nAn earthquake struck the island of Qeshm in Iran on Sunday, killing 10 people and flattening "
        "mud-brick homes in several villages near the port, officials said.")
DAILY = ("Quake hits Qeshm island\nA strong earthquake struck Qeshm in Iran on Sunday and {toll} in "
         "villages near the port, officials said, as mud-brick homes collapsed{tail}.")


def _quake(text: str, published: str, source: str, toll: tuple[str, float], entities: list[dict[str, Any]]) -> Record:
    return make_record(text, published, source, entities=entities,
                       figures=[{"text": toll[0], "value": toll[1], "low": toll[1], "high": toll[1], "quantity": "killed"}])


def test_a_place_the_quake_was_felt_in_does_not_hide_the_toll(ledger_store) -> None:  # type: ignore[no-untyped-def]
    daily = DAILY.format(toll="three people were killed", tail=" and the tremor was felt across the Gulf in the United Arab Emirates")
    found = _pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", ("10 people", 10), [QESHM, IRAN]),
                   _quake(daily, "2005-11-28", "daily", ("three people", 3), [QESHM, IRAN, UAE]))
    assert len(found) == 1 and found[0]["quantity"] == "killed"


def test_a_toll_in_a_place_the_other_never_names_is_still_another_event(ledger_store) -> None:  # type: ignore[no-untyped-def]
    daily = DAILY.format(toll="three people were killed", tail=", and the quake was felt in Bam")
    bam = _quake(daily, "2005-11-28", "daily", ("three people", 3), [QESHM, IRAN, BAM])
    assert len(_pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", ("10 people", 10), [QESHM, IRAN]), bam)) == 1
    killed_in_bam = DAILY.format(toll="three people were killed in Bam", tail="")
    assert len(_pairs(ledger_store, _quake(killed_in_bam, "2005-11-28", "post", ("three people", 3), [QESHM, IRAN, BAM]))) == 1


# round 5: a magnitude of quakes in general, or right after a sentence about aftershocks, is not the main shock's
OTHER_QUAKES = [
    ("A magnitude 6 quake can cause severe damage.", "6", 6.0, None),
    ("A series of aftershocks have hit the island since Sunday.\nThe university registered a quake measuring 3. 8 on the "
     "Richter scale on Monday.", "3. 8", 3.8, None),
    ("The quake killed ten people.\nThe university registered a quake measuring 5. 8 on the Richter scale.", "5. 8", 5.8,
     MAGNITUDE),
    # in a sentence about aftershocks: the quake they followed is the main shock, the aftershocks' own are not
    ("Aftershocks have hit the island since it was first rocked by a magnitude - 5. 9 earthquake on Sunday.", "5. 9", 5.9,
     MAGNITUDE),
    ("Aftershocks followed the magnitude 7.2 quake.", "7.2", 7.2, MAGNITUDE),
    ("The main temblor was followed by four aftershocks, with magnitudes ranging from 3.6 to 4.3.", "3.6", 3.6, None),
    ("Aftershocks, including a magnitude 5.1 quake on Monday, hit the town.", "5.1", 5.1, None),
]


@pytest.mark.parametrize(("text", "span", "value", "measure"), OTHER_QUAKES)
def test_a_magnitude_of_another_quake(text: str, span: str, value: float, measure: str | None) -> None:
    start = text.index(span)
    found = [f for f in split_magnitudes(text) if f.start == start] or [
        Figure(id="f1", text=span, start=start, end=start + len(span), value=value, low=value, high=value)]
    assert variable_of(found[0], text).measure == measure
