"""Ages of named people (issue 13 round 5: extract/figures/ages.py), compared within one story."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from hearsay.extract.figures.ages import Person, find_ages
from hearsay.ledger.contradictions import event_frame
from hearsay.ledger.variables import variable_of
from hearsay.model import Record

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record, mention
from .claims_check import saved_pairs as _pairs

# sentence, the person's name as written, expected (figure text, age)
AGES = [
    ("Robert Buckley, 32, fell about 2,000 feet while climbing.", "Robert Buckley", [("32", 32)]),
    ("On Saturday, 32 - year - old Englishman Robert Buckley fell.", "Robert Buckley", [("32 - year - old", 32)]),
    ("The climber, 31-year-old Robert Buckley of the UK, slipped.", "Robert Buckley", [("31-year-old", 31)]),
    ("Police named him as John Smith (45) on Monday.", "John Smith", [("45", 45)]),
    ("The suspect, John Smith, aged 45, was arrested.", "John Smith", [("45", 45)]),
    ("Mary Jones, 7. She was found safe.", "Mary Jones", [("7", 7)]),
    # not an age of the named person
    ("A 32-year-old British climber fell, Robert Buckley said.", "Robert Buckley", []),  # words and a comma apart
    ("The victims were Ann Lee, 2, 4 and 5 of the list.", "Ann Lee", []),  # a list of numbers
    ("John Smith, 1990, was the year.", "John Smith", []),  # not an age
    ("John Smith, 130, is too old.", "John Smith", []),  # above any age
    ("John Smith, 45.5 percent of the vote.", "John Smith", []),  # a decimal
    ("a 45-year-old, John Smith, was held.", "John Smith", []),  # the age names nobody
    ("He is charged with raping a 15-year-old girl. Daniel Villa posted bail.", "Daniel Villa", []),  # another sentence
    ("The 52-year-old Dr. Ann Lee said.", "Ann Lee", [("52-year-old", 52)]),  # a title's dot ends no sentence
]


@pytest.mark.parametrize(("text", "name", "expected"), AGES)
def test_ages_next_to_a_named_person(text: str, name: str, expected: list[tuple[str, int]]) -> None:
    found = find_ages(text, [Person("e1", name, (mention(text, name),))])
    assert [(f.text, f.value) for f in found] == expected
    assert all(f.subject == "e1" and f.quantity == f"age of {name}" and f.unit == "years" for f in found)
    for f in found:
        var = variable_of(f, text)
        assert var.comparable and var.label == f"age of {name.lower()} (years)"
        assert event_frame(var.label) == var.label


def test_a_pronoun_is_no_name() -> None:
    text = "He, 32, fell."
    assert find_ages(text, [Person("e1", "Robert Buckley", (mention(text, "He"),))]) == []


def test_a_span_already_taken_is_left_alone() -> None:
    text = "Robert Buckley, 32, fell."
    assert find_ages(text, [Person("e1", "Robert Buckley", (mention(text, "Robert Buckley"),))], [(16, 18)]) == []


PEAK = {"name": "Mount Sefton", "type": "LOC"}
STORY = ("Climber dies in fall on Mount Sefton\n{age} fell about 600 metres to his death on Mount Sefton on Saturday "
         "while climbing to a hut with two companions, police said, the second death in the national park in two days.")


def _climber(age_text: str, name: str, published: str, source: str, extra: list[dict[str, Any]] = ()) -> Record:  # type: ignore[assignment]
    text = STORY.format(age=age_text)
    person = {"name": name, "type": "PERSON"}
    rec = make_record(text, published, source, entities=[PEAK, person, *extra])
    people = [Person(e.id, e.name, e.mentions) for e in rec.entities if e.type == "PERSON"]
    ages = tuple(dataclasses.replace(f, id=f"f{i}") for i, f in enumerate(find_ages(text, people), 1))
    return dataclasses.replace(rec, figures=ages)


def test_two_ages_of_one_person_in_one_story_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(ledger_store, _climber("Robert Buckley, 32,", "Robert Buckley", "2013-09-16", "wire"),
                   _climber("A 31-year-old Robert Buckley", "Robert Buckley", "2013-09-15", "daily"))
    assert len(found) == 1
    row = found[0]
    assert row["quantity"] == "age of robert buckley (years)" and "one story" in row["reason"]
    assert "one year apart" in row["reason"] and row["confidence"] <= 0.65


def test_ages_years_apart_are_surer(ledger_store) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(ledger_store, _climber("Robert Buckley, 32,", "Robert Buckley", "2013-09-16", "wire"),
                   _climber("A 36-year-old Robert Buckley", "Robert Buckley", "2013-09-15", "daily"))
    assert len(found) == 1 and "one year apart" not in found[0]["reason"]


def test_the_same_age_or_another_person_says_nothing(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(ledger_store, _climber("Robert Buckley, 32,", "Robert Buckley", "2013-09-16", "wire"),
                  _climber("A 32-year-old Robert Buckley", "Robert Buckley", "2013-09-15", "daily"),
                  _climber("Duncan Rait, 36,", "Duncan Rait", "2013-09-15", "post")) == []


def test_ages_of_other_stories_are_not_compared(ledger_store) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(ledger_store, _climber("Robert Buckley, 32,", "Robert Buckley", "2013-09-16", "wire"),
                  _climber("A 31-year-old Robert Buckley", "Robert Buckley", "2014-09-15", "daily")) == []


def test_a_place_only_one_article_names_does_not_hide_an_age(ledger_store) -> None:  # type: ignore[no-untyped-def]
    home = {"name": "Christchurch", "type": "GPE"}
    found = _pairs(ledger_store,
                   _climber("Robert Buckley, 32,", "Robert Buckley", "2013-09-16", "wire"),
                   _climber("Robert Buckley of Christchurch, 31,", "Robert Buckley", "2013-09-15", "daily", [home]))
    assert found == []  # "of Christchurch" stands between the name and the age: no age is read
    found = _pairs(ledger_store, _climber("Robert Buckley, 31, of Christchurch", "Robert Buckley", "2013-09-15", "post", [home]))
    assert len(found) == 1  # the age is the person's wherever they live
