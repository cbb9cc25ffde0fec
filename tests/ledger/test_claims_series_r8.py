"""Issue 13, round 8: more numbers that measure nothing a series could hold.

Sentences marked ECB+ (CC BY 3.0) are quoted from its dev part (article ids in the comments); the guards are written
for the test. Each expected kind was worked out by reading the sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hearsay.ledger.variables import variable_of
from hearsay.model import Figure


def fig(text: str, span: str, quantity: str | None, *, value: float | None = None, unit: str | None = None,
        last: bool = False) -> Figure:
    start = text.rindex(span) if last else text.index(span)
    return Figure(id="f1", text=span, start=start, end=start + len(span), value=value, low=value, high=value,
                  quantity=quantity, unit=unit)


MANNING = ("Luckily for KC fans, the final indignities of the season will end next week when the free agent QB that "
           "infamously spurned the Chiefs, Peyton Manning, leads his 12 - 3 Broncos against KC in what may be Romeo "
           "Crennel and Scott Pioli’ s last games with the Chiefs.")
DAVIES = 'Davies wrote that "over $76 million (in 2006 dollars) was spent on the projects.'


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit", "why"), [
    # the seconds of a game clock split by the tokeniser (ECB+ 31_4ecbplus, 31_10ecbplus)
    ("McDermott's history - making point came at the foul line, when he sank a free throw with 4: 43 left in the first "
     "half.", "43", "left", 43, None, "clock time"),
    ("McDermott had 10 points in the first 7 ½ minutes, then broke the record when he made the first of two free throws "
     "with 4: 43 left in the half.", "43", "left", 43, None, "clock time"),
    # the year whose dollars an amount is counted in (ECB+ 13_5ecbplus)
    (DAVIES, "2006 dollars", "spent", 2006, "USD", "a price base"),
    # a win-loss record before a team, both halves (ECB+ 29_12ecbplus)
    (MANNING, "12", "Broncos leaded", 12, None, "a win-loss record"),
    (MANNING, "3 Broncos", "Broncos leaded", 3, None, "a win-loss record"),
    # written from sample 4's false points (so sample 4 no longer measures these two): a set phrase (ECB+ 29_9ecbplus)
    # and the upper end of a range of versions (ECB+ 27_5ecbplus)
    ("The defense forced a three - and - out and Kansas City was driving again before settling for Succop's tying 47 - "
     "yard field goal.", "three - and - out", "out driven", 3, None, "a compound modifier"),
    ("The software manufacturer said that the bug, related to the browser's memory, could affect all versions of IE6 to 10 "
     "as hackers could set up websites to exploit the vulnerability.", "10", "bug", 10, None, "a model number or name"),
    # written from sample 5's false points (sample 6 measures them): a decimal whose point the tokeniser split off
    # (ECB+ 19_6ecbplus, 21_12ecbplus) and a house number (ECB+ 21_2ecb)
    ('According to the officers involved in the shooting, the teenager adjusted his belt "suspiciously, " and after they '
     'exited their vehicle to investigate, he pointed a. 357 caliber revolver at them.', "357 caliber", "caliber", 357, None,
     "a number fragment"),
    ("The driver was taken to the 112th Precinct, where police documented that he allegedly had a blood alcohol content "
     "of. 09 percent – above New York’ s legal limit.", "09 percent", "driver", 9, "%", "a number fragment"),
    ("The woman was walking in a crosswalk outside the Sam's Club at 200 W. American Blvd. around 7 p.m. when she was "
     "hit, the station reported.", "200 W. American Blvd", "blvd", 200, None, "a street address"),
])
def test_round8_not_counts(text, span, quantity, value, unit, why) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value, unit=unit), text)
    assert v.kind == f"not a count: {why}"
    assert not v.comparable


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit"), [
    (DAVIES, "over $76 million", "spent", 76e6, "USD"),  # the amount itself stays
    ("The Broncos signed 12 players in 2013 dollars terms.", "12 players", "players signed", 12, None),
    ("At 10: 30 on Monday the fire had destroyed 43 homes.", "43 homes", "homes destroyed", 43, None),
    ("The team bought 3 Broncos buses last year.", "3 Broncos buses", "buses bought", 3, None),
    ("Prices rose from 6 to 10 percent.", "10 percent", "prices rose", 10, "%"),
    ("He said. 200 people came to the rally.", "200 people", "people", 200, None),  # a full stop after a verb ends a sentence
    ("The plant on Main Street employs 200 workers.", "200 workers", "workers", 200, None),
])
def test_round8_guards(text, span, quantity, value, unit) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value, unit=unit), text).comparable


@given(st.integers(1, 19), st.integers(10, 59), st.sampled_from(["left", "remaining", "to play", "in the half"]))
def test_clock_seconds_are_never_counts(minutes: int, seconds: int, tail: str) -> None:
    text = f"He scored with {minutes}: {seconds} {tail}."
    assert variable_of(fig(text, f"{seconds}", "left", value=seconds, last=True), text).kind == "not a count: clock time"


@given(st.integers(0, 16), st.integers(0, 16), st.sampled_from(["Broncos", "Jets", "Colts", "Chiefs"]),
       st.sampled_from(["the", "his", "their"]))
def test_win_loss_records_are_never_counts(wins: int, losses: int, team: str, det: str) -> None:
    text = f"Manning leads {det} {wins} - {losses} {team} against KC."
    assert variable_of(fig(text, f"{wins}", "leads", value=wins), text).kind == "not a count: a win-loss record"


APPLE = ("Apple CEO Steve Jobs also announced that the price of Apple's iPhone, currently only on sale in the US, will be cut "
         "by $200 to $399.")  # MEANTIME 78899 (CC BY 2.5), from sample 5's false points


@pytest.mark.parametrize(("span", "value", "measure"), [
    ("$399", 399, "level"),  # the price it was cut to
    ("$200", 200, "price cut"),  # guard: the cut itself stays the cut
])
def test_level_a_cut_reached(span: str, value: float, measure: str) -> None:
    assert variable_of(fig(APPLE, span, "price cut", value=value, unit="USD"), APPLE).measure == measure


def test_a_cut_of_things_is_no_level() -> None:
    text = "Ford will cut 30,000 jobs to restructure its business."
    assert variable_of(fig(text, "30,000 jobs", "jobs cut", value=30000), text).measure == "jobs cut"
