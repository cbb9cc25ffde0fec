"""Casualty counts compared on the story they report (issue 13, round 3): hand-built articles -> expected pairs."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from hearsay.ledger.contradictions import event_frame
from hearsay.ledger.stories import abbreviation_in, date_in_line, dateline, names_in, time_agrees
from hearsay.model import Record, TimeExpr
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record
from .claims_check import saved_pairs as _pairs

DATELINES = [
    ("November 28, 2005", date(2005, 11, 28)),
    ("Novemer 27, 2005", date(2005, 11, 27)),  # misspelt month: its first three letters decide
    ("Last Updated: Monday, 28 November 2005, 02: 24 GMT", date(2005, 11, 28)),
    ("Updated 5 / 5 / 2010 1: 41 PM", date(2010, 5, 5)),
    ("Posted 11 / 27 / 2005 7: 21 AM", date(2005, 11, 27)),
    ("http: / / articles. latimes. com / 2005 / nov / 28 / world / fg - quake28", date(2005, 11, 28)),
    ("http://example.com/news/2010-05-05-greece-strike", date(2010, 5, 5)),
    ("https://example.com/2013/09/26/story.html", date(2013, 9, 26)),
    ("Sunday, November 27 - 2005 at 16: 12", date(2005, 11, 27)),  # r4: a dash between day and year
    ("http: / / www. brooklyneagle. com / articles / guilty - verdict - mother - 12 - 2013 - 04 - 24 - 204500",
     date(2013, 4, 24)),  # r6: a date inside a slug, after a dash
    ("http: / / example. com / blog / 2009 / 02 / chargers _ arrested. html", None),  # a month, no day
    ("04/05/2010", None),  # day/month order ambiguous: not read
    ("Nothing to see here", None),
]


@pytest.mark.parametrize(("line", "expected"), DATELINES)
def test_date_in_line(line: str, expected: date | None) -> None:
    assert date_in_line(line) == expected


def test_dateline_is_a_short_head_line_not_a_date_in_the_body() -> None:
    assert dateline("Quake hits island\nNov 28, 2005\nTen people were killed.") == date(2005, 11, 28)
    body = "Quake hits island\nThe island was last hit on November 3, 2004, when a much smaller quake struck the coast at night."
    assert dateline(body) is None


TIMES = [
    ("XXXX-WXX-7", "Sunday", True),  # no calendar claim
    ("XXXX-XX-XXTNI", "last night", True),
    ("XXXX-XX-XXT13:36Z", "13:36 GMT", True),
    ("PRESENT_REF", "now", True),
    ("PT10S", "just over 10 seconds", True),
    ("PAST_REF", "yesterday", True),
    ("2005-11-27", "November 27, 2005", True),
    ("XXXX-11-27", "Nov 27", True),
    ("2005-11-20", "November 20, 2005", False),
    ("XXXX-02", "In February", False),
    ("2003-12", "in December 2003", False),
    ("2005", "in 2005", False),  # a year: coarser than the story's day
    ("XXXX", "Earlier this year", False),
    ("XXXX-WXX", "last week", False),
    ("PAST_REF", "two years ago", False),
    ("P8D", "the past eight days", False),  # a running total over days
]


@pytest.mark.parametrize(("value", "text", "agrees"), TIMES)
def test_time_agrees_with_a_story_of_28_november_2005(value: str, text: str, agrees: bool) -> None:
    assert time_agrees(value, date(2005, 11, 28), text) is agrees


@pytest.mark.parametrize(("variable", "frame"), [
    ("killed", "killed"), ("injured in Qeshm", "injured"), ("killed [part]", None), ("troops deployed", None), ("arrested", None),
    ("killed [increment]", None), (None, None), ("price (USD)", None),
])
def test_event_frame(variable: str | None, frame: str | None) -> None:
    assert event_frame(variable) == frame


QESHM = {"name": "Qeshm", "type": "GPE"}
IRAN = {"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}}
CHINA = {"name": "China", "type": "GPE", "ids": {"iso3": "CHN"}}


def _quake(body: str, published: str | None, source: str, tolls: list[tuple[str, float]], *, entities: list[dict] | None = None,
           times: list[tuple[str, str]] = ()) -> Record:  # type: ignore[assignment]
    figures = [{"text": t, "value": v, "low": v, "high": v, "quantity": "killed"} for t, v in tolls]
    rec = make_record(body, published, source, entities=entities or [QESHM, IRAN], figures=figures)
    found = [TimeExpr(id=f"t{i}", text=t, start=body.index(t), end=body.index(t) + len(t), type="DATE", value=v)
             for i, (t, v) in enumerate(times, 1)]
    return dataclasses.replace(rec, times=tuple(found))


WIRE = ("Quake on Qeshm\nAn earthquake struck the island of Qeshm in Iran on Sunday, killing 10 people and flattening "
        "mud-brick homes in several villages near the port, officials said.")
EARLY = ("Quake hits Qeshm island\nA strong earthquake struck Qeshm in Iran on Sunday and three people were killed in "
         "villages near the port, officials said, as mud-brick homes collapsed.")


def test_same_story_tolls_conflict_with_the_story_as_reason(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # the same day: a toll that rose by the next day is an update, not a contradiction (round 12, test_claims_r12.py)
    found = _pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", [("10 people", 10)]),
                   _quake(EARLY, "2005-11-28", "daily", [("three people", 3)]))
    assert len(found) == 1
    row = found[0]
    assert row["quantity"] == "killed" and "one story" in row["reason"] and row["confidence"] <= 0.75
    assert row["period"] == "2005-11-28"


def test_a_dateline_dates_an_article_without_a_publication_date(ledger_store) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(ledger_store, _quake(WIRE.replace("\n", "\nNovember 28, 2005\n", 1), None, "wire", [("10 people", 10)]),
                   _quake(EARLY.replace("\n", "\nNov 28, 2005\n", 1), None, "daily", [("three people", 3)]))
    assert len(found) == 1


def test_undated_articles_say_nothing(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(ledger_store, _quake(WIRE, None, "wire", [("10 people", 10)]),
                  _quake(EARLY, "2005-11-27", "daily", [("three people", 3)])) == []


def test_articles_dated_apart_are_other_events(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(ledger_store, _quake(WIRE, "2008-09-10", "wire", [("10 people", 10)]),
                  _quake(EARLY, "2005-11-27", "daily", [("three people", 3)])) == []


def test_a_country_alone_is_not_a_shared_place(ledger_store) -> None:  # type: ignore[no-untyped-def]
    other = EARLY.replace("Qeshm", "Bam")
    assert _pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", [("10 people", 10)]),
                  _quake(other, "2005-11-27", "daily", [("three people", 3)], entities=[{"name": "Bam", "type": "GPE"}, IRAN])) == []


def test_unrelated_words_are_another_story(ledger_store) -> None:  # type: ignore[no-untyped-def]
    other = ("Qeshm ferry\nThree people were killed in Iran when a ferry capsized off Qeshm during a storm, the coastguard "
             "reported, and divers searched the harbour for a missing fisherman.")
    assert _pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", [("10 people", 10)]),
                  _quake(other, "2005-11-27", "daily", [("Three people", 3)])) == []


def test_a_sentence_about_another_time_or_place_is_not_the_story(ledger_store) -> None:  # type: ignore[no-untyped-def]
    past = EARLY + " In February, a quake killed 612 people."
    china = EARLY + " On Saturday, 40 people were killed by a quake in China."
    a = _quake(WIRE, "2005-11-28", "wire", [("10 people", 10)])
    b = _quake(past, "2005-11-27", "daily", [("612 people", 612)], times=[("February", "XXXX-02")])
    c = _quake(china, "2005-11-27", "times", [("40 people", 40)], entities=[QESHM, IRAN, CHINA])
    assert _pairs(ledger_store, a, b, c) == []


def test_an_article_that_disagrees_with_itself_says_nothing(ledger_store) -> None:  # type: ignore[no-untyped-def]
    double = EARLY + " Later, officials said 12 people were killed."
    assert _pairs(ledger_store, _quake(WIRE, "2005-11-28", "wire", [("10 people", 10)]),
                  _quake(double, "2005-11-27", "daily", [("three people", 3), ("12 people", 12)])) == []


def test_tolls_within_rounding_agree(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(ledger_store, _quake(WIRE.replace("10 people", "70 people"), "2005-11-28", "wire", [("70 people", 70)]),
                  _quake(EARLY.replace("three people", "74 people"), "2005-11-27", "daily", [("74 people", 74)])) == []


def test_rounding_windows_that_touch_do_not_overlap(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # "70" stands for 65 up to 75 (not included), "80" for 75 up to 85: no count is both (round 4)
    found = _pairs(ledger_store, _quake(WIRE.replace("10 people", "70 people"), "2005-11-28", "wire", [("70 people", 70)]),
                   _quake(EARLY.replace("three people", "80 people"), "2005-11-27", "daily", [("80 people", 80)]))
    assert len(found) == 1 and "'70 people' [65, 75)" in found[0]["reason"]


def test_arrests_over_the_nights_of_a_story_are_not_compared(ledger_store) -> None:  # type: ignore[no-untyped-def]
    monday = ("Protest in Flatbush\nA vigil in Flatbush turned into a riot on Monday night; one person was arrested, "
              "police said, as crowds marched on the precinct in Flatbush.")
    wednesday = ("Protest in Flatbush\nA vigil in Flatbush turned into a riot again on Wednesday night; 46 people were "
                 "arrested, police said, as crowds marched on the precinct in Flatbush.")
    place = [{"name": "Flatbush", "type": "GPE"}]
    a = make_record(monday, "2013-03-12", "wire", entities=place,
                    figures=[{"text": "one person", "value": 1, "low": 1, "high": 1, "quantity": "arrested"}])
    b = make_record(wednesday, "2013-03-14", "daily", entities=place,
                    figures=[{"text": "46 people", "value": 46, "low": 46, "high": 46, "quantity": "arrested"}])
    assert _pairs(ledger_store, a, b) == []


PHILLY = "Two people were killed at the Kraft Foods plant in Northeast Philadelphia on Thursday, police said."


@pytest.mark.parametrize(("name", "text", "named"), [
    ("NE Phila.", PHILLY, True),  # a headline abbreviation of a place the other article writes in full
    ("Phila.", PHILLY, True),
    ("Phila", PHILLY, False),  # no dot: not an abbreviation
    ("NE Phila.", "Two people were killed at a plant in Northeast Ohio on Thursday.", False),
    ("Kraft Phila.", PHILLY, True),  # the leading word is written in the other article
    ("Bristol Phila.", PHILLY, False),  # the leading word is not
    ("Athens.", "Riots in Athens left 18 injured.", False),  # a whole word, not a longer one
])
def test_abbreviation_in(name: str, text: str, named: bool) -> None:
    assert abbreviation_in(text, name) is named


def test_a_sentence_end_dot_is_not_part_of_a_name() -> None:
    assert names_in("Riots in Athens left 18 injured.", "Athens.") and not names_in("Riots in Athens left 18 injured.", "Athe.")


def test_a_headline_abbreviation_of_the_story_place_is_no_other_place(ledger_store) -> None:  # type: ignore[no-untyped-def]
    headline = ("2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant\nPolice say two people were killed and another "
                "worker wounded in a shooting at the Kraft Foods plant in Northeast Philadelphia on Thursday night.")
    other = ("Kraft plant shooting\nA suspended worker shot dead two colleagues and wounded two others at the Kraft Foods "
             "plant in Northeast Philadelphia on Thursday night, police said.")
    ne = {"name": "Northeast Philadelphia", "type": "GPE"}
    a = make_record(headline, "2010-09-10", "wire", entities=[{"name": "NE Phila", "type": "FAC"}, ne],
                    figures=[{"text": "1 Wounded", "value": 1, "low": 1, "high": 1, "quantity": "wounded"}])
    b = make_record(other, "2010-09-10", "daily", entities=[ne],
                    figures=[{"text": "two others", "value": 2, "low": 2, "high": 2, "quantity": "wounded"}])
    found = _pairs(ledger_store, a, b)
    assert len(found) == 1 and found[0]["quantity"] == "injured"
    # the same headline naming a place the other article never writes is another event
    bristol = make_record(headline.replace("NE Phila.", "Bristol"), "2010-09-10", "times",
                          entities=[{"name": "Bristol", "type": "GPE"}, ne],
                          figures=[{"text": "1 Wounded", "value": 1, "low": 1, "high": 1, "quantity": "wounded"}])
    assert len(_pairs(ledger_store, bristol)) == 1


def _magnitude(body: str, published: str, source: str, written: str, value: float) -> Record:
    return make_record(body, published, source, entities=[QESHM, IRAN],
                       figures=[{"text": written, "value": value, "low": value, "high": value}])


MAG_WIRE = ("Quake on Qeshm\nAn earthquake with a magnitude of 6.1 struck the island of Qeshm in Iran on Sunday, "
            "flattening mud-brick homes in several villages near the port, officials said.")
MAG_EARLY = ("Quake hits Qeshm island\nA strong earthquake with a magnitude of 5.9 struck Qeshm in Iran on Sunday, "
             "officials said, as mud-brick homes collapsed in villages near the port.")


def test_magnitudes_of_one_quake_conflict_beyond_their_last_decimal(ledger_store) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(ledger_store, _magnitude(MAG_WIRE, "2005-11-28", "wire", "6.1", 6.1),
                   _magnitude(MAG_EARLY, "2005-11-27", "daily", "5.9", 5.9))
    assert len(found) == 1 and found[0]["quantity"] == "magnitude"


@pytest.mark.parametrize(("written", "value"), [("6", 6.0), ("6.1", 6.1)])
def test_a_whole_magnitude_may_be_any_tenth_that_rounds_to_it(ledger_store, written: str, value: float) -> None:  # type: ignore[no-untyped-def]
    other = MAG_EARLY.replace("5.9", written)
    assert _pairs(ledger_store, _magnitude(MAG_WIRE, "2005-11-28", "wire", "6.1", 6.1),
                  _magnitude(other, "2005-11-27", "daily", written, value)) == []


def test_an_aftershock_or_an_earlier_quake_is_not_the_story_magnitude(ledger_store) -> None:  # type: ignore[no-untyped-def]
    after = MAG_EARLY.replace("5.9", "6.1") + " Aftershocks with a magnitude of 4.3 followed on Monday."
    earlier = MAG_EARLY.replace("5.9", "6.1") + " In February, a quake with a magnitude of 6.4 hit Zarand."
    a = _magnitude(MAG_WIRE, "2005-11-28", "wire", "6.1", 6.1)
    b = make_record(after, "2005-11-27", "daily", entities=[QESHM, IRAN],
                    figures=[{"text": "6.1", "value": 6.1, "low": 6.1, "high": 6.1},
                             {"text": "4.3", "value": 4.3, "low": 4.3, "high": 4.3}])
    c = dataclasses.replace(make_record(earlier, "2005-11-27", "times", entities=[QESHM, IRAN, {"name": "Zarand", "type": "GPE"}],
                                        figures=[{"text": "6.1", "value": 6.1, "low": 6.1, "high": 6.1},
                                                 {"text": "6.4", "value": 6.4, "low": 6.4, "high": 6.4}]),
                            times=(TimeExpr(id="t1", text="February", start=earlier.index("February"),
                                            end=earlier.index("February") + 8, type="DATE", value="XXXX-02"),))
    assert _pairs(ledger_store, a, b, c) == []


def test_tokenised_magnitudes_are_read_whole_once(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # "5. 9" split by tokenisation: the extractor gives "5" and "9 magnitude"; the story compares 5.9 once
    wire = MAG_WIRE.replace("6.1", "6. 1")
    early = MAG_EARLY.replace("5.9", "5. 9")
    a = make_record(wire, "2005-11-28", "wire", entities=[QESHM, IRAN],
                    figures=[{"text": "6", "value": 6, "low": 6, "high": 6}])
    b = make_record(early, "2005-11-27", "daily", entities=[QESHM, IRAN],
                    figures=[{"text": "5", "value": 5, "low": 5, "high": 5, "quantity": "killed"},
                             {"text": "9 struck", "value": 9, "low": 9, "high": 9, "quantity": "struck"}])
    found = _pairs(ledger_store, a, b)
    assert len(found) == 1 and found[0]["quantity"] == "magnitude" and "'6' read as 6.1 [6.05, 6.15)" in found[0]["reason"]
    same = make_record(early.replace("5. 9", "6. 1"), "2005-11-27", "times", entities=[QESHM, IRAN],
                       figures=[{"text": "6", "value": 6, "low": 6, "high": 6}])
    after = _pairs(ledger_store, same)  # 6.1 agrees with the wire's 6.1 and conflicts with the daily's 5.9
    assert len(after) == 2 and {r["left_document_id"] for r in after} | {r["right_document_id"] for r in after} == {1, 2, 3}
    assert all({r["left_document_id"], r["right_document_id"]} != {1, 3} for r in after)


def test_at_least_a_tokenised_magnitude_stays_open_above(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # "at least 5. 9" is 5.9 or more: no conflict with 6.1; the second half "9" is not read again
    early = MAG_EARLY.replace("a magnitude of 5.9", "a magnitude of at least 5. 9")
    b = make_record(early, "2005-11-27", "daily", entities=[QESHM, IRAN],
                    figures=[{"text": "at least 5", "value": 5, "low": 5, "high": None, "hedge": "at least"},
                             {"text": "9", "value": 9, "low": 9, "high": 9}])
    assert _pairs(ledger_store, _magnitude(MAG_WIRE, "2005-11-28", "wire", "6.1", 6.1), b) == []
    with ledger_store.engine.connect() as conn:
        p = schema.series_points
        rows = conn.execute(select(p.c.low, p.c.high).where(p.c.variable == "magnitude", p.c.document_id == 2)).all()
    assert [tuple(r) for r in rows] == [(5.9, None)]
