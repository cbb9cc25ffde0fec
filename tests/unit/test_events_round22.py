"""Issue 15 round 22: types and actors from events-wide13's blind run pooled with the earlier sets (docs/events.md,
"Issue 15, round 22").

* a passive's by-agent the parser hung inside the verb's own prepositional phrase ("was banned from conducting
  public worship at archeological sites by the Greek Ministry of Culture");
* the act an agentless accusation alleges ("is accused of fatally shooting Banky"), with its doer;
* "charge" with a clause ("Authorities charged it was a brazen act") is an accusation;
* a closing report the parser hung on its own subject ("…, a human rights group protested here Wednesday");
* a newspaper or magazine attacking is criticism, not force.

Sources: GUM's Wikinews (CC BY 2.5) for the events-wide13 lines; ECB+ (CC BY 3.0) for the events-wide11 lines
(copied as the corpus spaces them); plover-gsr dev-tune (CC BY-SA 4.0) for the two CAMEO-manual sentences; the
others are written for this test. Guards (cases that must stay as they are) are marked.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from _event_probes import events as _events
from _event_probes import of as _of


# -- a by-agent hung inside the passive verb's own phrase ----------------------------------------------------

def test_events_by_agent_inside_the_from_phrase_is_the_actor(settings):
    # GUM news_worship (Wikinews, CC BY 2.5; events-wide13): "by" hangs on "sites", inside "from conducting …"
    evs = _events("Prior to the ruling, the religion was banned from conducting public worship at archeological "
                  "sites by the Greek Ministry of Culture.", settings)
    assert _of(evs, "COERCE", "banned")["code"].startswith("GRC")


def test_events_by_agent_on_the_gerund_of_an_accusation_is_the_accuser(settings):
    # plover-gsr dev-tune DISAPPROVE-0004 (CC BY-SA 4.0) without its parenthetical ("much of it believed to have
    # been embezzled", where round 17's stranded agent finds the by-phrase): "by" hangs on the gerund "misusing"
    evs = _events("Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million in "
                  "public funds by current Haitian government officials.", settings)
    assert _of(evs, "ACCUSE", "accused")["code"].startswith("HTI")


@pytest.mark.parametrize("text", [
    "He was banned from travelling by road.",               # guard: a means, no party
    "The man was arrested at his house by the river.",      # guard: a place, no party
])
def test_events_by_phrase_of_no_party_is_no_agent(settings, text):
    evs = _events(text, settings)
    assert all(e["actor"] is None for e in evs)


# -- the act an agentless accusation alleges ----------------------------------------------------------------

def test_events_agentless_accusation_keeps_the_act_alleged(settings):
    # ECB+ 18_16ecb (CC BY 3.0; events-wide11): no accuser is named, so the shooting is coded, by Kirkpatrick
    evs = _events("Constable Tim Fanning says Eric Allen Kirkpatrick, who had recently been fired from his job in "
                  "Vancouver, is accused of fatally shooting Benjamin David Banky.", settings)
    assert _of(evs, "ASSAULT", "shooting")["actor"] == "Eric Allen Kirkpatrick"


def test_events_gerund_under_a_passive_is_done_by_its_subject(settings):
    evs = _events("Witnesses said Greek police were accused of beating protesters.", settings)
    assert _of(evs, "ASSAULT", "beating")["code"].startswith("GRC")


def test_events_unreported_agentless_accusation_stays_uncoded(settings):
    # guard, ECB+ 22_1ecb (CC BY 3.0; events-wide9, gold NONE "agentless accusation"): no source reports it
    evs = _events("Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton "
                  "ice cream store in 1967.", settings)
    assert not any(e["type"] == "ASSAULT" for e in evs)


def test_events_reason_for_an_arrest_is_not_done_by_the_arrested(settings):
    # guard, plover-gsr dev-tune DISAPPROVE-0009 (CC BY-SA 4.0): "arrested for collaborating" gives the police's
    # reason; the missionary is not made the collaborator
    evs = _events("A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel, "
                  "according to the Canadian Press.", settings)
    assert all(e["actor"] is None for e in evs if e["trigger"] == "collaborating")


def test_events_accusation_with_an_accuser_keeps_the_act_under_it(settings):
    # guard: "accused by Iran of attacking": the accusation is the event, the attack only alleged under it
    evs = _events("The rebels were accused by Iran of attacking the convoy.", settings)
    assert _of(evs, "ACCUSE", "accused")["code"].startswith("IRN")
    assert not any(e["type"] == "ASSAULT" for e in evs)


# -- "charge" with a clause -----------------------------------------------------------------------------------

def test_events_charging_that_is_an_accusation(settings):
    # ECB+ 26_3ecbplus (CC BY 3.0; events-wide11)
    evs = _events("Authorities charged it was a brazen act to avoid the law - although it wasn't until 1997 that a "
                  "jury agreed, and it took another six years for Gigante to concede his subterfuge.", settings)
    assert _of(evs, "ACCUSE", "charged")["actor"] == "Authorities"


@pytest.mark.parametrize("text", [
    "The bank will charge customers a fee for the transfer.",      # guard: billing
    "The unit is charged with securing the capital.",              # guard: a task
])
def test_events_charge_without_a_clause_stays(settings, text):
    assert not any(e["type"] == "ACCUSE" for e in _events(text, settings))


# -- a closing report hung on its subject ---------------------------------------------------------------------

def test_events_closing_protest_report_is_a_verbal_protest(settings):
    # plover-gsr dev-tune DISAPPROVE-0016 (CC BY-SA 4.0): "group" an apposition, "protested" its participle
    evs = _events("Croatian authorities are failing to uphold the property rights of Croatian Serb refugees, a human "
                  "rights group protested here Wednesday.", settings)
    assert [e["type"] for e in evs if e["trigger"] == "protested"] == ["ACCUSE"]


def _parsed(text):
    from hearsay.config import Settings
    from hearsay.nlp.parser import parse_texts

    return next(iter(parse_texts([text], Settings())))


def test_events_trailing_report_reads_only_a_closing_report():
    from hearsay.extract.events._args import trailing_report

    doc = _parsed("U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity, a human rights "
                  "organization charged on Saturday.")
    assert [t.text for t in doc if trailing_report(t)] == ["charged"]
    # guards: a reduced relative of a verb that reports nothing, and one with its own agent
    for text in ("Police found the car, a vehicle stolen last week.",
                 "He read out the statement, a text protested by the opposition."):
        assert not any(trailing_report(t) for t in _parsed(text))


# -- a publication's attack -----------------------------------------------------------------------------------

def test_events_magazine_attacking_people_is_criticism(settings):
    # GUM news_defector (Wikinews, CC BY 2.5; events-wide13)
    evs = _events("Montalvo had read an article in the Scientology propaganda publication Freedom Magazine, which "
                  "attacked high-ranking defectors from the organization including Tom Devocht and Mark Rathbun.",
                  settings)
    assert [e["type"] for e in evs if e["trigger"] == "attacked"] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Rebels attacked the newspaper offices.",    # guard: the newspaper is the target
    "The magazine was attacked by gunmen.",      # guard: a passive, gunmen attack
])
def test_events_attack_on_a_publication_stays_an_assault(settings, text):
    assert any(e["type"] == "ASSAULT" for e in _events(text, settings))


@hsettings(max_examples=6, deadline=None)
@given(st.sampled_from(["newspaper", "magazine", "tabloid", "weekly"]),
       st.sampled_from(["the opposition leader", "the minister", "the president"]))
def test_events_any_publication_attacking_is_criticism(settings, paper, target):
    evs = _events(f"The state {paper} attacked {target} on Monday.", settings)
    assert [e["type"] for e in evs if e["trigger"] == "attacked"] == ["ACCUSE"]
