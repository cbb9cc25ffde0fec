"""Issue 15 round 23: actor codes and false events from events-wide14's blind run pooled with the earlier sets
(docs/events.md, "Issue 15, round 23").

* a non-governmental body named by its kind ("a human rights group", "the Association of African Jurists", "the
  Third World Water Forum") is coded NGO, not the country the sentence is about;
* a disease or a storm that kills is no attack (it has no agent).

Sources: plover-gsr dev-tune (CC BY-SA 4.0) for the two CAMEO-manual sentences; article-extraction-benchmark (MIT)
for the events-wide14 line; the others are written for this test. Guards (cases that must stay as they are) are
marked.
"""

from __future__ import annotations

import pytest

from _event_probes import events as _events
from _event_probes import of as _of


# -- a body named by its kind is an NGO -------------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, trigger", [
    # plover-gsr PLOVER-GSR01-INVESTIGATE-0009 (dev-tune): the target's country (Libyans) was the actor's
    ("Members of the Association of African Jurists, a body linked to the Organization of African Unity, investigated "
     "welfare of nearly 2,000 Libyans, some of whom have been held as long as seven years.", "ACCUSE", "investigated"),
    # plover-gsr PLOVER-GSR01-DEMAND-0011 (dev-tune): "the US" the forum speaks of was the forum's country
    ("The Third World Water Forum concluded on Saturday that the US and other developed nations must allocate greater "
     "financial resources to help with the battle against the global water and sanitation crisis.", "REQUEST", "must"),
    ("A human rights group in Cairo condemned the arrests of Egyptian journalists on Monday.", "ACCUSE", "condemned"),
    # plover-gsr PLOVER-GSR01-DISAPPROVE-0016 (dev-tune): the parser hangs the group on the clause before it as an
    # apposition, whose "Croatian" is the report's subject matter, not the group's home
    ("Croatian authorities are failing to uphold the property rights of Croatian Serb refugees, a human rights group "
     "protested here Wednesday.", "ACCUSE", "protested"),
])
def test_events_round23_body_named_by_kind_is_ngo(text, etype, trigger, settings):
    assert _of(_events(text, settings), etype, trigger)["code"] == "NGO"


@pytest.mark.parametrize("text, etype, trigger, code", [
    # guards: a known NGO stays one; a state's rights official is the state's; police stay police
    ("Amnesty International condemned the arrests.", "ACCUSE", "condemned", "NGO"),
    ("Chinese police arrested a rights lawyer in Beijing.", "COERCE", "arrested", "CHN"),
    # a group that names its own country keeps it
    ("A Russian rights group condemned the arrests.", "ACCUSE", "condemned", "RUS"),
])
def test_events_round23_ngo_guards(text, etype, trigger, code, settings):
    assert _of(_events(text, settings), etype, trigger)["code"][:3] == code


# -- a hazard that kills is no attack ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # article-extraction-benchmark page 432362af0be4 (MIT; events-wide14, coded NONE)
    "Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people in Europe "
    "alone in the 14th Century.",
    "An earthquake in Turkey killed 300 people on Monday.",
    "The storm killed 12 people in Florida.",
])
def test_events_round23_hazard_kills_no_attack(text, settings):
    assert not [e for e in _events(text, settings) if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # guards: an armed party that kills, even in a storm, is an attack
    "Rebels killed 12 soldiers in an ambush.",
    "Gunmen killed a police officer during the storm.",
])
def test_events_round23_killing_by_party_stays_attack(text, settings):
    assert _of(_events(text, settings), "ASSAULT", "killed")
