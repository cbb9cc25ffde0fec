"""Issue 15 round 20: event types on new text (docs/events.md, "Issue 15, round 20").

Mechanisms pooled from the wrong or missed types of the blind first runs (events-wide8 … wide12):

* an attack named only as kept from happening ("foils attack", "repulsed an attack", "prevented pirates from
  attacking") coded ASSAULT over the capture beside it;
* verbs and phrasal verbs the lexicon lacked: pulling a gun on someone, pulling a driver over, nabbing and
  apprehending, taking into custody; raiders and brigands as people captured (an arrest, not an assault).

Sources: ECB+ (CC BY 3.0) for the events-wide9 … wide12 lines (texts copied as the corpus spaces them);
plover-gsr (CC BY-SA 4.0) for the dev-tune record marked so; the others are written for this test. Guards
(cases that must stay as they are) are marked.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [{"type": v.type, "trigger": v.trigger, "actor": names.get(v.actor or ""), "code": v.actor_code or "",
             "mode": v.mode} for v in rec.events]


# -- an attack kept from happening is no attack -------------------------------------------------------------

@pytest.mark.parametrize("text, attack, act", [
    # ECB+ 12_3ecbplus (events-wide12): a headline
    ("Indian Navy foils attack in Gulf of Aden, nabs 26 pirates", "attack", "nabs"),
    # ECB+ 12_3ecb (events-wide12)
    ("Striking another blow against the pirates infesting the waters off the Horn of Africa, an Indian Navy warship "
     "not only repulsed an attack on a merchant vessel in the Gulf of Aden, but nabbed 23 Somali and Yemeni sea "
     "brigands.", "attack", "nabbed"),
    # ECB+ 12_1ecb (events-wide10): the attack in a from-phrase
    ("The Indian Navy on Saturday prevented pirates from attacking a merchant vessel flying an Ethiopian flag in the "
     "Gulf of Aden and took 23 into custody.", "attacking", "took"),
    # ECB+ 12_3ecbplus (events-wide12)
    ("Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi - boat attack by sea brigands on merchant "
     "vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti - "
     "piracy operation since September.", "attack", "apprehending"),
])
def test_events_thwarted_attack_is_not_coded_and_the_capture_is(text, attack, act, settings):
    evs = _events(text, settings)
    assert not any(e["type"] == "ASSAULT" and e["trigger"] == attack for e in evs)
    first = evs[0]
    assert (first["type"], first["trigger"], first["mode"]) == ("COERCE", act, "arrest")


@pytest.mark.parametrize("text, attack", [
    ("A foiled attack on the embassy worried diplomats.", "attack"),
    ("The attack on the convoy was repulsed by the army.", "attack"),
    ("Troops stopped the rebels from attacking the town.", "attacking"),
])
def test_events_thwarted_attack_written_cases(text, attack, settings):
    assert not any(e["type"] == "ASSAULT" and e["trigger"] == attack for e in _events(text, settings))


@pytest.mark.parametrize("text, trigger", [
    # guard: an attack done
    ("Rebels attacked the embassy on Monday.", "attacked"),
    # guard: repelling forces is still coded by its own row
    ("The army repelled the rebels near the town.", "repelled"),
    # guard (plover-gsr dev-tune ASSAULT-0014): a thwarted attempt to act keeps the act, as plover-gsr codes it
    ("An attempt to assassinate deputy governor of the Tyumen region, Oleg Chemezov, was thwarted in "
     "Khanty-Mansiysk (Siberia), the city's police reported.", "assassinate"),
])
def test_events_attacks_done_or_attempted_stay_coded(text, trigger, settings):
    assert any(e["type"] == "ASSAULT" and e["trigger"] == trigger for e in _events(text, settings))


@hsettings(max_examples=8, deadline=None)
@given(st.sampled_from(["foiled", "thwarted", "repulsed", "repelled", "averted", "prevented", "frustrated",
                        "forestalled"]))
def test_events_any_thwarting_verb_stops_its_attack_noun(verb):
    from hearsay.config import load_settings

    evs = _events(f"Police {verb} an attack on the embassy on Monday.", load_settings({"store": False}, environ={}))
    assert not any(e["type"] == "ASSAULT" and e["trigger"] == "attack" for e in evs)


# -- verbs and phrasal verbs the lexicon lacked ---------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, type_", [
    # ECB+ 3_1ecbplus (events-wide9)
    ("A convicted sex offender sentenced to life in prison pulled a gun on two guards during a prison transfer "
     "Monday and held them hostage temporarily before fleeing on foot in one of the guard's uniforms,", "pulled",
     "ASSAULT"),
    # ECB+ 3_5ecbplus (events-wide11): a headline
    ("Texas convict Arcade Joseph Comeaux Jr., riding in wheelchair, pulls gun on guards, escapes on foot", "pulls",
     "ASSAULT"),
    # ECB+ 21_2ecb (events-wide11): a police stop
    ("Police pulled the 36-year-old driver over a few blocks away, the station reported.", "pulled", "COERCE"),
    # ECB+ 21_12ecb (events-wide9)
    ("Police pulled him over a few blocks away and say they had to Taser him to get him out of the car.", "pulled",
     "COERCE"),
    # ECB+ 12_2ecb (events-wide11): capturing raiders is an arrest, not an assault
    ("Indian naval forces came to the rescue of a merchant vessel under attack by pirates in the Gulf of Aden on "
     "Saturday, capturing 23 of the raiders, India said.", "capturing", "COERCE"),
])
def test_events_phrasal_and_missing_verbs(text, trigger, type_, settings):
    assert any(e["type"] == type_ and e["trigger"] == trigger for e in _events(text, settings))


def test_events_capturing_raiders_is_not_an_assault(settings):
    text = ("Indian naval forces came to the rescue of a merchant vessel under attack by pirates in the Gulf of Aden "
            "on Saturday, capturing 23 of the raiders, India said.")
    assert not any(e["trigger"] == "capturing" and e["type"] == "ASSAULT" for e in _events(text, settings))


@pytest.mark.parametrize("text, trigger, type_", [
    # guards: a driver pulling over, a blanket pulled over, troops pulling out, a town captured
    ("The driver pulled over and waited.", "pulled", None),
    ("He pulled the blanket over his head.", "pulled", None),
    ("The army pulled out of the town on Monday.", "pulled", "RETREAT"),
    ("The rebels captured the town on Monday.", "captured", "ASSAULT"),
])
def test_events_phrasal_verb_guards(text, trigger, type_, settings):
    got = [e["type"] for e in _events(text, settings) if e["trigger"] == trigger]
    assert got == ([type_] if type_ else [])


# -- a title-case headline's present-tense verb read as a plural noun -----------------------------------------

@pytest.mark.parametrize("text, trigger", [
    # ECB+ 16_5ecbplus (events-wide10)
    ("Gunman Kills L. A. Deputy on Gang Duty", "Kills"),
    # ECB+ 22_2ecbplus (events-wide11)
    ("Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police", "Kills"),
    # ECB+ 22_11ecbplus (events-wide)
    ("Female Employee Yvonne Hiller Kills Two In Kraft Shooting", "Kills"),
    ("Army Shells Rebel Positions Near Border", "Shells"),
])
def test_events_title_case_headline_verb(text, trigger, settings):
    assert any(e["type"] == "ASSAULT" and e["trigger"] == trigger for e in _events(text, settings))


@pytest.mark.parametrize("text, trigger", [
    # guard, ECB+ 27_10ecb (events-wide7, NONE): the verb with any other object is no event, as in running text
    ("Microsoft Releases Critical Patch For IE Zero Day Flaw", "Releases"),
    # guard: not a title-case headline
    ("The army shells were found near the border on Monday.", "shells"),
])
def test_events_title_case_headline_verb_guards(text, trigger, settings):
    assert not any(e["trigger"] == trigger for e in _events(text, settings))


# -- charges filed, a shooting by a party, a distress call ---------------------------------------------------

@pytest.mark.parametrize("text, trigger, type_", [
    # ECB+ 21_3ecb (events-wide12): charges filed against the man are the asserted act, not the relative clause's
    ("The Hennepin County Attorney filed criminal charges Friday against the man who they say hit and killed a woman "
     "walking out of a store.", "filed", "ACCUSE"),
    # ECB+ 19_7ecb (events-wide12): a shooting with its by-agent
    ("The shooting of a 15-year-old boy by police unleashed a wave of unrest by thousands of students and anarchists "
     "across the country.", "shooting", "ASSAULT"),
    ("Prosecutors brought charges against the former minister on Monday.", "brought", "ACCUSE"),
])
def test_events_charges_and_shootings_by_a_party(text, trigger, type_, settings):
    first = _events(text, settings)[0]
    assert (first["type"], first["trigger"]) == (type_, trigger)


@pytest.mark.parametrize("text", [
    # ECB+ 12_4ecb (events-wide12)
    "An Indian navy ship, the INS Mysore, was escorting merchant ships in waters off Somalia's coast Saturday when it "
    "received a distress call from seamen on board the MV Gibe, who said they were being fired on by two boats that "
    "were approaching fast.",
    # ECB+ 12_1ecb (events-wide10)
    "Responding to a distress call by MV Gibe, INS Mysore on anti-piracy patrol in the area, swung into action against "
    "the pirates in two boats, a Defence Ministry release said.",
])
def test_events_distress_call_is_no_request(text, settings):
    assert not any(e["type"] == "REQUEST" for e in _events(text, settings))


@pytest.mark.parametrize("text, trigger, type_", [
    # guards: an agentless shooting, a call for talks, a fee charged, a motion filed
    ("The fatal shooting of his former boss shocked the city.", "shooting", None),
    ("The minister renewed his call for talks with the rebels.", "call", "REQUEST"),
    ("The bank charges a fee for every transfer.", "charges", None),
    ("Prosecutors filed a motion on Monday.", "filed", None),
])
def test_events_charges_shootings_calls_guards(text, trigger, type_, settings):
    got = [e["type"] for e in _events(text, settings) if e["trigger"] == trigger]
    assert got == ([type_] if type_ else [])


# -- actors of the misparsed headlines and participles of the new types; juries -------------------------------

@pytest.mark.parametrize("text, trigger, code", [
    # ECB+ 12_3ecbplus (events-wide12): a headline's second predicate parsed as the root over the first
    ("Indian Navy foils attack in Gulf of Aden, nabs 26 pirates", "nabs", "IND"),
    # ECB+ 12_3ecbplus (events-wide12): "Navy patrolling …" parsed as a clausal subject
    ("Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi - boat attack by sea brigands on merchant "
     "vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti - "
     "piracy operation since September.", "apprehending", "IND"),
    # ECB+ 13_14ecbplus (events-wide12): a jury acts for the court
    ("A 57 - year - old Wasilla woman has been indicted by a federal grand jury on charges she defrauded the state of "
     "Alaska and lied to the U. S. Department of Agriculture during the operation of the now - defunct Matanuska "
     "Creamery.", "indicted", "USAJUD"),
])
def test_events_actor_of_headline_predicates_participles_and_juries(text, trigger, code, settings):
    ev = next(e for e in _events(text, settings) if e["trigger"] == trigger)
    assert ev["actor"] is not None and ev["code"].startswith(code)


@pytest.mark.parametrize("text, trigger, actor", [
    # guards: a reporting verb with its own subject after the comma; a plain subject
    ("Rebels attacked the town on Monday, officials said.", "attacked", "Rebels"),
    ("The army patrolling the border arrested two smugglers.", "arrested", "army"),
])
def test_events_actor_guards_round20(text, trigger, actor, settings):
    ev = next(e for e in _events(text, settings) if e["trigger"] == trigger)
    assert ev["actor"] == actor
