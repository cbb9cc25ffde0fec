"""Issue 13, round 9: a number written in words, hyphenated to a noun that modifies another noun, is no count.

Sentences marked ECB+ (CC BY 3.0) are quoted from its dev part (article ids in the comments); the guards are written
for the test. Each expected kind was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest

from hearsay.ledger.variables import variable_of
from hearsay.model import Figure


def fig(text: str, span: str, quantity: str | None, *, value: float | None = None, unit: str | None = None) -> Figure:
    start = text.index(span)
    return Figure(id="f1", text=span, start=start, end=start + len(span), value=value, low=value, high=value,
                  quantity=quantity, unit=unit)


SUKANYA = ("Patrol vessel INS Sukanya was escorting the five merchant vessels through the Internationally Recognised "
           "Transit Corridor in the Gulf of Aden on Thursday morning when the warship's crew noticed the five - boat "
           "pirate formation approaching the cargo ship group.")


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit"), [
    (SUKANYA, "five - boat", "boat noticed", 5, None),  # ECB+ 12_4ecbplus: the formation's kind, not a count of boats
    ("The sophomore center from Iowa came off the bench and dunked to start a traditional three - point play.",
     "three - point", "play", 3, "points"),  # ECB+ 31_4ecbplus: a kind of play
])
def test_round9_number_word_compound_is_no_count(text, span, quantity, value, unit) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value, unit=unit), text)
    assert v.kind == "not a count: a compound modifier"
    assert not v.comparable


@pytest.mark.parametrize(("text", "span", "quantity", "value"), [
    ("Twenty - five people were killed in the blast.", "Twenty - five people", "killed", 25),  # one number in words
    ("The quake left two - thirds of the homes damaged.", "two - thirds", "homes damaged", 0.67),  # a fraction
    ("The five - year - old girl was found safe.", "five - year - old", "age", 5),  # an age
])
def test_round9_number_word_guards(text, span, quantity, value) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value), text)
    assert v.kind != "not a count: a compound modifier"
