"""Issue 15 round 18: false events and the issue's remaining classes (docs/events.md, "Issue 15, round 18").

Mechanisms from the blind first runs of events-wide9 and events-wide10:

* an arrest, charge, accusation or trial whose trigger names no agent and whose actor is unknown is no
  event ("Gomes was arrested", "a man accused of", "after his arrest", "the trial of"), unless it happens
  in a country ("was arrested in Lebanon", which plover-gsr codes with Lebanon as the source);
* a claim whose clause's subject is a pronoun bound by the claimer reports the claimer's own act
  ("the Indian Navy claims they have captured 23 pirates"), not an allegation;
* arson and confrontation idioms ("set fire to", "set … on fire", "torched", "took on" a party);
* killed "in" a crash or accident is a road death, no attack.

Sources: ECB+ (CC BY 3.0) for the events-wide9/wide10 lines (texts copied as the corpus spaces them);
plover-gsr ((c) 2016 Open Event Data Alliance, CC BY-SA 4.0; two dev-tune records) for the guards of
arrests and investigations in a country; the others are written for this test. Guards (cases that must
stay as they are) are marked.
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


# -- agentless police and judicial acts -------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    # ECB+ 32_1ecb (events-wide9, NONE): an agentless passive
    ("Gomes was arrested at a Philip Street apartment yesterday where Mendes lives, Miliote said.", "arrested"),
    # ECB+ 32_2ecb (events-wide9, NONE): an agentless passive accusation
    ("A man with a long history of domestic violence has been accused of stabbing his mother and a former "
     "girlfriend to death and leaving their bodies in an apartment for several days.", "accused"),
    # ECB+ 32_3ecbplus (events-wide10, NONE): a participle on its patient
    ("A provisional trial date has been set in the case of a son accused of killing his mother, sister and pet "
     "dog.", "accused"),
    # ECB+ 26_1ecb (events-wide10, NONE): a participle on its patient, and a noun with no agent
    ("Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has apparently hanged "
     "himself with his belt in prison.", "seized"),
    ("Lo Presti, 52, head of Mafia clans in the Porta Nuova area of Palermo, was found dead in Pagliarelli "
     "prison only hours after his arrest.", "arrest"),
    # ECB+ 33_2ecb (events-wide9, NONE): a trial with no one trying
    ("Testimony in the murder trial of an Albany teen accused in the shooting death of young Kathina Thomas "
     "continued for the second day on Wednesday.", "trial"),
])
def test_events_agentless_arrest_charge_or_trial_is_no_event(text, trigger, settings):
    assert trigger not in {e["trigger"] for e in _events(text, settings)}


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police arrested the opposition leader.", "arrested", "Police"),                # guard: an active verb
    ("The opposition leader was arrested by police in Harare.", "arrested", "police"),  # guard: a by-agent
    ("Israel accused Iran of arming Hezbollah.", "accused", "Israel"),               # guard: an accuser
])
def test_events_arrest_with_an_agent_stays(text, trigger, actor, settings):
    events = [e for e in _events(text, settings) if e["trigger"] == trigger]
    assert events and events[0]["actor"] == actor


@pytest.mark.parametrize("text, trigger, type_", [
    # guard: plover-gsr dev-tune PLOVER-GSR01-DISAPPROVE-0009, coded with Lebanon as the arrester
    ("A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel, according to "
     "the Canadian Press.", "arrested", "COERCE"),
    # guard: plover-gsr dev-tune PLOVER-GSR01-INVESTIGATE-0006, coded with Italy as the investigator
    ("A US national has been put under investigation in Italy for her possible role in rioting during a G8 "
     "summit in Genoa last month, Ansa news agency reported.", "investigation", "ACCUSE"),
])
def test_events_agentless_arrest_in_a_country_stays(text, trigger, type_, settings):
    assert (trigger, type_) in {(e["trigger"], e["type"]) for e in _events(text, settings)}


def test_events_agentless_process_needs_a_process_mode(settings):
    """Guard: the rule is for arrests, charges and trials only; an agentless killing keeps its event."""
    assert "ASSAULT" in {e["type"] for e in _events("Five soldiers were killed in an attack on a checkpoint.", settings)}


# -- a claim of one's own act -----------------------------------------------------------------------

def test_events_claim_of_own_capture_is_the_capture(settings):
    # ECB+ 12_15ecb (events-wide9, gold COERCE by the Indian Navy)
    events = _events("MSNBC is reporting that the Indian Navy claims they have captured 23 pirates in the Gulf of Aden.",
                     settings)
    assert [e["type"] for e in events] == ["COERCE"]
    assert events[0]["actor"] == "Indian Navy" and events[0]["code"].startswith("IND")


def test_events_claim_of_own_attack_is_the_attack(settings):
    events = _events("The rebels claimed they had shot down a government helicopter.", settings)
    assert "ACCUSE" not in {e["type"] for e in events} and "ASSAULT" in {e["type"] for e in events}


@pytest.mark.parametrize("text", [
    "Israel claims that Hamas fired rockets at Sderot.",                                  # guard
    "Apple Corps claims that Apple Computer's iTunes Music Store violates an agreement.",  # guard (round 10)
])
def test_events_claim_that_another_party_acted_stays_an_allegation(text, settings):
    assert _events(text, settings)[0]["type"] == "ACCUSE"


@given(pronoun=st.sampled_from(["they", "it", "we", "he", "she"]))
@hsettings(max_examples=5, deadline=None)
def test_events_own_act_reads_any_bound_pronoun(pronoun):
    """Property: a complement clause whose subject is a personal pronoun is the claimer's own act (a
    hand-built parse: the rule reads dependency labels only)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from hearsay.extract.events._rules import _own_act

    words = ["The", "army", "claims", pronoun, "captured", "pirates"]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 4, 2, 4],
              deps=["det", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"])
    assert _own_act(doc[4])
    other = Doc(Vocab(), words=["The", "army", "claims", "rebels", "captured", "pirates"], heads=[1, 2, 2, 4, 2, 4],
                deps=["det", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"])
    assert not _own_act(other[4])  # guard: another party's act


# -- arson and confrontation idioms -----------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # ECB+ 8_5ecbplus (events-wide9, gold ASSAULT by the rioters)
    ("Three people have died after rioters in Greece set fire to a bank in Athens during a nationwide strike "
     "against huge spending cuts aimed at rescuing the country's economy.", "rioters"),
    ("Protesters set the embassy on fire.", "Protesters"),
    ("Militants torched a police station in Kandahar.", "Militants"),
    ("The army took on the Taliban in Helmand.", "army"),
])
def test_events_arson_and_confrontation_idioms_are_assault(text, actor, settings):
    events = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert events and events[0]["actor"] == actor


@pytest.mark.parametrize("text", [
    "The minister took on the role of mediator.",   # guard: no party taken on
    "The company took on new debt.",                # guard
    "The government set a deadline for the talks.",  # guard: "set" without fire
])
def test_events_take_on_and_set_without_a_party_or_fire_are_no_attack(text, settings):
    assert "ASSAULT" not in {e["type"] for e in _events(text, settings)}


# -- road deaths ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # ECB+ 21_13ecbplus (events-wide10, NONE)
    "A 59 - year - old woman was killed in a hit - and - run crash while visiting a former neighbor.",
    "Two cyclists were killed in a collision with a lorry.",
])
def test_events_killed_in_a_crash_is_no_attack(text, settings):
    assert "ASSAULT" not in {e["type"] for e in _events(text, settings)}


def test_events_killed_in_an_ambush_stays_an_attack(settings):
    """Guard: an 'in' phrase that is no accident."""
    assert "ASSAULT" in {e["type"] for e in _events("Rebels killed 12 soldiers in an ambush in Kandahar.", settings)}
