"""Issue 15 round 10: acts of things rather than parties, dates, modifiers and meeting needs.

Sentences marked MEANTIME are copied from English Wikinews articles in the NewsReader MEANTIME corpus
((c) 2015 FBK, VUA, UPV/EHU; CC BY 4.0); "gov.uk" from UK Government releases in Dstl's re3d (contains
public sector information licensed under the Open Government Licence v3.0); "State Department" from
US State Department releases in re3d (US Government work, public domain). The others are written for
this test. The analysis runs with the dyad filter off, as the sentence benchmarks do.
"""

from __future__ import annotations

import dataclasses

import pytest


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [(v.type, v.trigger, names.get(v.actor or "")) for v in rec.events]


# -- helping and allowing are a party's acts, not a thing's ---------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # MEANTIME 123881 (wide4 NONE line)
    ("Fiat is a supplier of smaller fuel-efficient vehicles , and the merger will help Chrysler to be viable in"
     " the North American market .", "help"),
    # gov.uk (wide4 NONE line)
    ("Although long overdue, these supplies will help relieve the suffering of 40,000 civilians besieged within"
     " the city.", "help"),
    # State Department (wide2 NONE line)
    ("Such a solution will allow all parties to focus on the shared threat posed by Da\u2019esh and other"
     " terrorists.", "allow"),
])
def test_a_thing_that_helps_or_allows_codes_no_event(text, trigger, settings):
    assert not [e for e in _events(text, settings) if e[1] == trigger]


@pytest.mark.model
@pytest.mark.parametrize(("text", "type_"), [
    # guards (written): a party that helps or allows still acts
    ("The United States helped Iraq rebuild its power plants.", "AID"),
    ("The government allowed the refugees to cross the border.", "CONCEDE"),
])
def test_a_party_that_helps_or_allows_still_acts(text, type_, settings):
    assert any(t == type_ for t, _, _ in _events(text, settings))


# -- a month is no march -----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # MEANTIME 123881 (wide4 NONE line)
    "As a result of this announcement Chrysler 's auto sales volume in Canada dropped 23 % compared to March of 2008 .",
    # ECB+ 16_10ecbplus (wide NONE line; ECB+, CC BY 3.0)
    "Orozco was convicted March 20 of first - degree murder for the slaying of Ortiz, a 15 - year veteran and"
    " member of the anti - gang detail at the Sheriff's Lakewood Station.",
])
def test_an_event_noun_inside_a_date_codes_nothing(text, settings):
    assert not [e for e in _events(text, settings) if e[1] == "March"]


@pytest.mark.model
def test_a_march_in_march_is_still_a_protest(settings):
    # guard (written): the march itself is no date
    text = "Thousands of students held a march in Athens on 3 March."
    assert [t for t, _, _ in _events(text, settings)] == ["PROTEST"]  # "held a march", not a second for the month


# -- meeting a need is no meeting ------------------------------------------------------------------------
@pytest.mark.model
def test_meeting_needs_is_no_meeting(settings):
    # State Department (wide4 NONE line)
    text = ("As part of our steadfast commitment to empower the Syrian opposition, this assistance will support local"
            " and provincial councils, civil society activists, emergency first responders, and others to meet the"
            " needs of the Syrian people.")
    assert not [e for e in _events(text, settings) if e[1] == "meet"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # guards (written): meeting a party is still a meeting
    "The foreign minister met the Iraqi prime minister in Baghdad on Tuesday.",
    "The rebels met the needs of nobody, but their leaders met government negotiators in Geneva.",
])
def test_meeting_a_party_is_still_a_meeting(text, settings):
    assert any(trig == "met" and t in {"CONSULT", "AGREE"} for t, trig, _ in _events(text, settings))


# -- a party requiring another to act demands it ---------------------------------------------------------
@pytest.mark.model
def test_a_party_requiring_another_to_act_is_a_request(settings):
    # MEANTIME 120554 (wide4)
    text = ("The two companies have received $ 13.4 billion in federal loans to keep them operating , but Congress"
            " required them to produce viability plans to demonstrate they were making significant cost cuts and"
            " labor concessions in return for the money .")
    assert any(t == "REQUEST" and trig == "required" and actor == "Congress" for t, trig, actor in _events(text, settings))


@pytest.mark.model
def test_a_law_that_requires_is_no_request(settings):
    # guard (written): a law is no party
    text = "The new law requires companies to publish their accounts every year."
    assert not [e for e in _events(text, settings) if e[0] == "REQUEST"]


# -- bringing parties together is hosting a meeting ---------------------------------------------------
@pytest.mark.model
def test_bringing_leaders_together_is_a_meeting(settings):
    # gov.uk (wide4): an announced meeting is AGREE (the CONSULT intent recode)
    text = ("In February we will bring together world leaders in London to identify long-term solutions to help"
            " address the needs of those affected by the crisis.")
    assert any(t in {"CONSULT", "AGREE"} and trig == "bring" for t, trig, _ in _events(text, settings))


@pytest.mark.model
def test_bringing_things_back_is_no_meeting(settings):
    # guard (written): "bring" without "together" keeps no CONSULT
    text = "The soldiers brought the wounded back to the base."
    assert not [e for e in _events(text, settings) if e[0] == "CONSULT"]


# -- a commitment to act, the infinitive parsed as a clause ------------------------------------------
@pytest.mark.model
def test_committed_to_an_infinitive_is_agree(settings):
    # MEANTIME 129865 (wide4): one AGREE, not the SUPPORT of the infinitive
    text = "We are fully committed to support the extension of the search with a significant contribution ."
    types = [t for t, _, _ in _events(text, settings)]
    assert types and types[0] == "AGREE"


# -- a vow of force threatens those the force is aimed at (round 9's leftover) -------------------------
@pytest.mark.model
def test_a_vow_of_force_carries_its_target(settings):
    # gov.uk (wide3): the THREATEN of "committed" has ISIL, the object of "destroying", as its recipient
    text = ("Be in no doubt, we are committed to destroying the terrorist scourge of ISIL that threatens the lives of"
            " all Iraqis.")
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    vow = [v for v in rec.events if v.trigger == "committed"]
    assert vow and vow[0].type == "THREATEN" and names.get(vow[0].target or "") == "ISIL"


# -- an actor-less act named as what came of it is talked about (round 9's leftover) --------------------
@pytest.mark.model
def test_the_outcome_of_meetings_is_no_meeting(settings):
    # MEANTIME 114719 (wide4 NONE line)
    text = "Investors are awaiting the outcome of several meetings that will be held this weekend ."
    assert not [e for e in _events(text, settings) if e[1] == "meetings"]


@pytest.mark.model
def test_the_outcome_of_a_meeting_between_parties_is_still_a_meeting(settings):
    # guard (written): with its parties named the meeting is coded
    text = "Markets awaited the outcome of the meeting between Vladimir Putin and Recep Tayyip Erdogan in Sochi."
    assert any(t == "CONSULT" and trig == "meeting" for t, trig, _ in _events(text, settings))


# -- a warning of what may happen is a prediction, no threat --------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # MEANTIME 62929 (wide4 NONE line)
    "Airbus has warned there could be additional charges to come .",
    # MEANTIME 121134 (wide3 NONE line)
    "The company has warned that it might run out of money by March if more aid was not given.",
])
def test_a_warning_of_what_may_happen_is_no_threat(text, settings):
    assert not [e for e in _events(text, settings) if e[0] == "THREATEN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # guards (written): a warning of the warner's own act is a threat
    "North Korea warned that it would attack the United States.",
    "The army warned the protesters that it would open fire if they did not disperse.",
])
def test_a_warning_of_ones_own_act_is_a_threat(text, settings):
    assert any(t == "THREATEN" and trig == "warned" for t, trig, _ in _events(text, settings))


# -- "should" under a forecast is a likelihood, no demand ------------------------------------------------
@pytest.mark.model
def test_should_under_a_forecast_is_no_request(settings):
    # MEANTIME 125796 (wide4 NONE line)
    text = "Chrysler administrators expect that the bankruptcy should take a couple of months ."
    assert not [e for e in _events(text, settings) if e[0] == "REQUEST"]


@pytest.mark.model
def test_should_under_a_declaration_is_still_a_request(settings):
    # guard (written): a declared obligation is a demand
    text = "The minister declared that Syria should withdraw its troops."
    assert any(t == "REQUEST" for t, _, _ in _events(text, settings))


# -- a party causing destruction uses force ---------------------------------------------------------------
@pytest.mark.model
def test_a_party_causing_destruction_is_an_assault(settings):
    # gov.uk (wide4)
    text = ("Assad has been utterly dependent on foreign militias and Russian air support, and has caused destruction"
            " on a tragic scale including further atrocities against the Syrian people.")
    assert any(t == "ASSAULT" and trig == "caused" and actor == "Assad" for t, trig, actor in _events(text, settings))


@pytest.mark.model
def test_a_storm_causing_destruction_is_no_assault(settings):
    # guard (written): a storm is no party
    assert not [e for e in _events("The storm caused destruction across the island.", settings) if e[0] == "ASSAULT"]


# -- a claim that a party did a hostile act is an allegation ------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # MEANTIME 37313 (wide4)
    "Apple Corps claims that Apple Computer 's iTunes Music Store violates an agreement reached between the two"
    " companies in 1991 , which barred Apple Computer from using the \" Apple \" brand in certain uses in the music"
    " business .",
    # written
    "Russia claimed that Ukrainian forces attacked a convoy near Kursk.",
])
def test_a_claim_of_a_hostile_act_is_an_accusation(text, settings):
    assert any(t == "ACCUSE" and trig in {"claims", "claimed"} for t, trig, _ in _events(text, settings))


@pytest.mark.model
def test_a_claim_of_growth_is_no_accusation(settings):
    # guard (written): claiming what is no hostile act alleges nothing
    assert not [e for e in _events("The company claims that its sales will grow next year.", settings) if e[0] == "ACCUSE"]


# -- an event noun modifying a noun phrase names a kind, not an act -------------------------------------
@pytest.mark.model
def test_an_event_noun_as_a_modifier_codes_nothing(settings):
    # State Department (wide4 NONE line): "emergency first responders" are people, not a state of emergency
    text = ("As part of our steadfast commitment to empower the Syrian opposition, this assistance will support local"
            " and provincial councils, civil society activists, emergency first responders, and others to meet the"
            " needs of the Syrian people.")
    assert not [e for e in _events(text, settings) if e[1] == "emergency"]


@pytest.mark.model
def test_a_state_of_emergency_is_still_declared(settings):
    # guard (written)
    text = "The government declared a state of emergency in the capital."
    assert any(t == "COERCE" for t, _, _ in _events(text, settings))


# -- the toll of an accident is no attack -------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # MEANTIME 129865 (wide4 NONE line)
    "The Airbus A330 jetliner crashed into the Atlantic Ocean in June , killing all 228 people on board .",
    # written
    "A bus collided with a lorry near Lahore, killing 14 passengers.",
])
def test_an_accident_killing_people_is_no_assault(text, settings):
    assert not [e for e in _events(text, settings) if e[0] == "ASSAULT"]


@pytest.mark.model
def test_a_bomb_killing_people_is_still_an_attack(settings):
    # guard (written): an explosion's toll stays an (unattributed) attack
    assert any(t == "ASSAULT" for t, _, _ in _events("A bomb exploded in the market, killing 12 people.", settings))


# -- an actor-less act that something leads to is a consequence named (round 9's leftover class) ----------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # ECB+ 8_3ecb (wide3 NONE line; ECB+, CC BY 3.0)
    "The FBI and ATF offered a $35,000 reward for information leading to the arrest and conviction of the person"
    " or persons responsible for the explosion and deaths, Oregon State Police said.",
    # ECB+ (news NONE line)
    "Federal authorities said Saturday that they were offering a $35,000 reward for information leading to an"
    " arrest and conviction in the case.",
])
def test_an_arrest_that_information_leads_to_is_no_arrest(text, settings):
    assert not [e for e in _events(text, settings) if e[1] == "arrest"]


@pytest.mark.model
def test_an_arrest_by_police_that_something_leads_to_is_still_an_arrest(settings):
    # guard (written): with its agent named the arrest is coded
    text = "The protest led to the arrest of 20 students by riot police in Athens."
    assert any(t == "COERCE" and trig == "arrest" for t, trig, _ in _events(text, settings))
