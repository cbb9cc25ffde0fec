"""Per-article entities, issue 12 round 36 (helper ents42): a city and its state of one name.

Round 35 read a state qualified after a town's comma ("White Plains, New York") as the state. Three
readings were left (round 34's dev2019b pairs): the town a state of its own name qualifies ("reporters in
New York, New York" — the first is the city, and the article's plain "New York" after it too), a
member's state ("Jerrold Nadler of New York"), and "Seattle, Washington", where the state's bare name is
the capital's in the gazetteer. Every text is written for the test in the shape of those articles; guards
(marked so) pass on main's code too.
"""

from __future__ import annotations

import pytest

from _entity_probes import find as _find, holders as _holders

CENGIZ = ("Hatice Cengiz addressed reporters in New York, New York, on Thursday. Cengiz traveled to New York "
          "for the meeting which took place this week.")
NADLER = ("Republican committee member Doug Collins of Georgia said on Twitter that nobody is conducting a formal "
          "inquiry. Democratic committee chairman Jerrold Nadler of New York has repeatedly said otherwise.")
SCHUMER = "Senator Chuck Schumer of New York voted against the bill on Tuesday, his office said."
SEATTLE = "Boeing unveiled the jet at its factory near Seattle, Washington, in the United States on Sunday."
STATE_OF = "Officials of the state of Washington met in Olympia on Tuesday."


def test_entities_a_town_named_by_its_state_is_the_city_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CENGIZ)
    (town,) = _holders(ents, CENGIZ, "New York", 0)
    (state,) = _holders(ents, CENGIZ, "New York", 1)
    (later,) = _holders(ents, CENGIZ, "New York", 2)
    assert town.name == "New York City" and later is town
    assert state.name == "New York State" and state is not town


@pytest.mark.parametrize("text", [NADLER, SCHUMER])
def test_entities_a_members_state_after_of_is_the_state_issue12(nlp, settings, text):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    (state,) = _holders(ents, text, "New York")
    assert state.name == "New York State" and state.type == "GPE"


@pytest.mark.parametrize("text", [SEATTLE, STATE_OF])
def test_entities_washington_qualified_as_a_state_is_the_state_issue12(nlp, settings, text):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    (state,) = _holders(ents, text, "Washington")
    assert state.name == "Washington State" and not (state.ids or {}).get("iso3")


MAYOR = "Mayor Bill de Blasio of New York announced the plan on Friday, his office said."
COLLINS = "Republican committee member Doug Collins of Georgia said on Twitter that no inquiry had begun."
CAPITAL = "Officials in Washington said on Monday that talks with Moscow would resume."


def test_entities_a_mayor_of_the_name_stays_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, MAYOR)
    (held,) = _holders(ents, MAYOR, "New York")
    assert held.name == "New York"


def test_entities_a_state_without_namesake_keeps_its_name_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLLINS)
    assert [e.name for e in _holders(ents, COLLINS, "Georgia")] == ["Georgia"]


def test_entities_washington_alone_stays_the_capitals_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CAPITAL)
    assert all(e.name != "Washington State" for e in _holders(ents, CAPITAL, "Washington"))


LODGE = "His initiation took place at Holland Lodge No. 8, which the Grand Lodge of New York had chartered in 1787."
RESIDENT = "Jane Miller of New York won the lottery on Friday, the organisers said."


@pytest.mark.parametrize("text", [LODGE, RESIDENT])
def test_entities_a_name_with_no_members_office_says_nothing_guard_issue12(nlp, settings, text):  # type: ignore[no-untyped-def]
    """"the Grand Lodge of New York" (GUM dev: a lodge NER may call a person) and a resident named
    with no office keep the plain name: only a member's office or party reads the state."""
    ents = _find(nlp, settings, text)
    assert [e.name for e in _holders(ents, text, "New York")] == ["New York"]
