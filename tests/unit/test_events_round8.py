"""Issue 15 round 8: acts talked about rather than done, urging, praise and endorsement.

Sentences marked ECB+ are copied from ECB+ development topics (Cybulska and Vossen 2014, CC BY 3.0);
"MEANTIME" from English Wikinews as carried in the NewsReader MEANTIME corpus ((c) 2015 FBK, VUA,
UPV/EHU; CC BY 4.0); "gov.uk" from UK Government releases in Dstl's re3d (contains public sector
information licensed under the Open Government Licence v3.0); "US State Dept" from US State
Department releases in re3d (US Government work, public domain). The others are written for this
test. The analysis runs with the dyad filter off, as the sentence benchmarks do.
"""

from __future__ import annotations

import dataclasses

import pytest




# -- an act talked about, with no party, codes nothing ------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # gov.uk (wide2 NONE lines): the subject of "be"; the object of "respond to"
    ("The attack was a horrific act of terror against innocent people in the early hours of Sunday morning in"
     " Karrada, Baghdad.", "attack"),
    ("Minister for the Middle East, Tobias Ellwood, responds to the attack in the Karrada district of Baghdad",
     "attack"),
    # EU delegation to Syria (wide2 NONE line; source: the European Union): the of-object of "reports"
    ("Reports of continued air strikes and fighting in Wadi Barada are a matter of concern.", "strikes"),
    # US State Dept (wide2 NONE line)
    ("This attack is yet another sign of Daesh’s cowardice and contempt for human life and their attempt to sow"
     " sectarian discord among the people of Iraq.", "attack"),
])
def test_described_act_is_no_event(text, trigger, event_triggers):
    assert all(t != trigger for _, t in event_triggers(text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 8_10ecbplus (news): a bare noun that is the subject of a happening stays
    ("Clashes between demonstrators and plice are continueing.", ("ASSAULT", "Clashes")),
    # US State Dept (wide2): a meeting that took place
    ("The last meeting of the Small Group took place in Washington, D.C. on July 21, 2016, at the Ministerial"
     " level.", ("CONSULT", "meeting")),
    # an act with a party keeps its event when talked about
    ("Russia's attack on Ukraine was a violation of international law.", ("ASSAULT", "attack")),
])
def test_act_done_or_with_party_still_coded(text, expected, event_triggers):
    assert expected in event_triggers(text)


# -- encouraging a party to act is urging it (REQUEST) -------------------------------------------------
@pytest.mark.model
def test_encouraging_a_party_to_act_is_request(event_triggers):
    # MEANTIME 113267 (wide3)
    text = "The Central Bank is encouraging the nations top banks to provide the money to smaller lenders."
    assert ("REQUEST", "encouraging") in event_triggers(text)


@pytest.mark.model
def test_encouraging_by_a_thing_is_no_request(event_triggers):
    # US State Dept (wide2 NONE line): an offer that makes something likelier is no appeal
    text = ("Department of State expects this reward offer will encourage individuals to come forward with"
            " information regarding persons or entities engaged in the production of oil.")
    assert all(t != "encourage" for _, t in event_triggers(text))


# -- praise and endorsement are SUPPORT -----------------------------------------------------------------
@pytest.mark.model
def test_calling_someone_a_hero_is_support(event_triggers):
    # ECB+ 22_12ecbplus (wide3)
    text = ('Police called the mechanic a hero who "did a phenomenal job" in alerting employees to evacuate the'
            " building and directing officers to where Hiller was.")
    assert ("SUPPORT", "called") in event_triggers(text)


@pytest.mark.model
def test_calling_someone_a_traitor_stays_accuse(event_triggers):
    assert ("ACCUSE", "called") in event_triggers("The president called the opposition leader a traitor.")


@pytest.mark.model
def test_agreeing_with_a_defence_is_support(event_triggers):
    # MEANTIME 40203 (wide3): a judge endorsing a party's position, not a promise to act
    text = ("Mr Justice Anthony Mann agreed with Apple Computer's defence that, while the iTunes Music Store is"
            " branded, the music it sells is not.")
    events = event_triggers(text)
    assert ("SUPPORT", "agreed") in events and ("AGREE", "agreed") not in events


@pytest.mark.model
def test_agreeing_with_a_party_to_act_stays_agree(event_triggers):
    assert ("AGREE", "agreed") in event_triggers("Israel agreed with the Palestinians to resume peace talks in May.")


# -- offers: a reward is no offer to a party; a thing "offers" nothing ----------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # ECB+ 8_3ecb (wide3 NONE line)
    "The FBI and ATF offered a $35,000 reward for information leading to the arrest and conviction of the person or"
    " persons responsible for the explosion and deaths, Oregon State Police said.",
    # MEANTIME 106653 (wide3 NONE line): an inanimate subject "offers" in the sense of "affords"
    "One important difference is that the plastic composite used for the fuselage of the 787 would not offer as"
    " significant a weight saving on a smaller aircraft.",
])
def test_reward_or_thing_offering_is_no_event(text, event_triggers):
    assert all(t not in {"offered", "offer"} for _, t in event_triggers(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Putin offered to negotiate with the rebels.",
    "Iraq was offered aid by the United States.",
])
def test_party_offering_stays_agree(text, event_triggers):
    assert any(t in {"AGREE"} for t, _ in event_triggers(text))


# -- questions ------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # US State Dept (wide3 NONE lines): a yes/no question asserts nothing; an open one not the act asked about
    "Does hosting a Syrian Government website constitute a sanctions violation?",
    "What action has the State Department taken to investigate these reports?",
    "Will Iran attack Israel?",
])
def test_question_asserts_no_act(text, event_triggers):
    assert event_triggers(text) == []


@pytest.mark.model
def test_open_question_keeps_its_presupposed_act(event_triggers):
    assert ("ASSAULT", "invade") in event_triggers("Why did Russia invade Ukraine?")


@pytest.mark.model
def test_press_release_released_is_no_event(event_triggers):
    # MEANTIME 113330 (wide3 NONE line): the participle's noun is published text (@published)
    text = "The US Treasury described the government's bail-out plan in a press release released earlier today."
    assert all(t != "released" for _, t in event_triggers(text))


# -- a reduced passive relative takes the agent a preposition names ------------------------------------
def _actors(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return {(v.type, v.trigger): names.get(v.actor) if v.actor else None for v in rec.events}


@pytest.mark.model
def test_reduced_relative_takes_operation_agent(settings):
    # ECB+ 26_11ecb (wide3): "arrested ... in a Sicilian police raid", a participle modifying its patient
    text = ("A key suspected Mafia boss arrested Tuesday in a Sicilian police raid has been found dead, hanging in"
            " his Pagliarelli prison cell in in Palermo.")
    assert _actors(text, settings).get(("COERCE", "arrested")) == "police"


@pytest.mark.model
def test_reduced_relative_without_agent_has_none(settings):
    # ECB+ 16_1ecb-style guard: no preposition names an agent
    text = "A man arrested in a house on Friday was released on bail."
    assert _actors(text, settings).get(("COERCE", "arrested")) is None
