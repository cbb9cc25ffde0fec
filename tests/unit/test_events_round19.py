"""Issue 15 round 19: actors by mechanism (docs/events.md, "Issue 15, round 19").

Mechanisms pooled from the blind first runs (events-wide8 … wide11) and the dev sets:

* the agent of an agentless arrest or attack named by the operation it happened in: the operation's own
  by-phrase ("arrested in a massive sweep by Italian police"), and an operation counted by "one of"
  ("arrested yesterday in one of Sicily's biggest police operations"), where the operation's compound
  role noun acts and its possessor is only where.

Sources: ECB+ (CC BY 3.0) for the events-wide10/wide11 lines (texts copied as the corpus spaces them);
the others are written for this test. Guards (cases that must stay as they are) are marked.
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
             "target": names.get(v.target or ""), "rule": v.rule} for v in rec.events]


def _by_trigger(text, trigger, settings):
    return next(e for e in _events(text, settings) if e["trigger"] == trigger)


# -- the agent named by the operation an agentless act happened in ---------------------------------------

@pytest.mark.parametrize("text, trigger, code", [
    # ECB+ 26_3ecb (events-wide11): the operation's own by-phrase
    ("An alleged mafia boss who was arrested in a massive sweep by Italian police hanged himself in a prison "
     "cell within hours of being detained.", "arrested", "ITA"),
    # ECB+ 26_2ecb (events-wide10): an operation counted by "one of"; the compound acts, the possessor is where
    ("One of the key suspected Mafia bosses arrested yesterday in one of Sicily's biggest police operations "
     "hanged himself in his prison cell, police sources said.", "arrested", "ITA"),
    ("Three men were arrested in a raid by French police on Tuesday.", "arrested", "FRA"),
])
def test_events_operation_names_the_agent_of_an_agentless_act(text, trigger, code, settings):
    ev = _by_trigger(text, trigger, settings)
    assert ev["actor"] is not None and ev["code"].startswith(code)


def test_events_operation_possessor_is_not_a_second_actor(settings):
    # "Sicily's … police operations": the police arrested him, Sicily did not arrest the police
    ev = _by_trigger("One of the key suspected Mafia bosses arrested yesterday in one of Sicily's biggest police "
                     "operations hanged himself in his prison cell, police sources said.", "arrested", settings)
    assert ev["actor"] == "police" and "reciprocal" not in ev["rule"]


@pytest.mark.parametrize("text, trigger, actor", [
    # guard: a compound role noun alone (round 6)
    ("A man was arrested in a police raid on Monday.", "arrested", "police"),
    # guard: a possessor alone (round 6)
    ("He was arrested in Italy's crackdown on the Mafia.", "arrested", "Italy"),
])
def test_events_operation_compound_or_possessor_still_acts(text, trigger, actor, settings):
    assert _by_trigger(text, trigger, settings)["actor"] == actor


@pytest.mark.parametrize("text, trigger", [
    # guard: "by" naming no party is no agent
    ("A man was arrested in a raid by night on Monday.", "arrested"),
])
def test_events_operation_by_phrase_without_a_party_is_no_agent(text, trigger, settings):
    assert _by_trigger(text, trigger, settings)["actor"] is None


def test_events_counted_noun_is_the_operation_on_a_parse():
    # a hand-built parse: "in one of the raids" counts the raids; "in one" alone is itself
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from hearsay.extract.events._args import _counted

    words = ["in", "one", "of", "the", "raids"]
    doc = Doc(English().vocab, words=words, heads=[0, 0, 1, 4, 2], deps=["ROOT", "pobj", "prep", "det", "pobj"])
    assert _counted(doc[1]).text == "raids"
    assert _counted(doc[4]).text == "raids"


@hsettings(max_examples=30, deadline=None)
@given(st.sampled_from(["one", "some", "many", "several", "each", "any", "another", "two", "three", "few"]),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_events_counted_noun_property(count, noun):
    # any counting word with an of-phrase stands for the noun it counts; a noun without one stands for itself
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from hearsay.extract.events._args import _counted

    doc = Doc(English().vocab, words=[count, "of", noun], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    assert _counted(doc[0]).i == 2
    alone = Doc(English().vocab, words=[count], heads=[0], deps=["ROOT"])
    assert _counted(alone[0]).i == 0


# -- role nouns the blind sets' actors use ---------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor, code", [
    # ECB+ 8_2ecbplus (events-news): labour role noun, placed by the sentence's city
    ("After rallying in two separate demonstrations in central Athens, unionists marched on parliament where a "
     "vote on the measures will be held Thursday.", "rallying", "unionists", "GRCLAB"),
    ("Two cops arrested a man in Brooklyn on Monday.", "arrested", "cops", "COP"),
])
def test_events_colloquial_and_labour_role_nouns_act(text, trigger, actor, code, settings):
    ev = _by_trigger(text, trigger, settings)
    assert ev["actor"] == actor and code in ev["code"]


# -- a reduced passive relative's by-agent -----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, code", [
    # ECB+ 19_5ecb (events-wide11)
    ("Violence reignited in Athens following vigils for the teenager killed by police a week ago", "killed",
     "GRCCOP"),
    ("Mourners gathered for the three villagers killed by Syrian troops on Friday.", "killed", "SYRMIL"),
])
def test_events_reduced_relative_by_agent_acts(text, trigger, code, settings):
    ev = _by_trigger(text, trigger, settings)
    assert ev["actor"] is not None and ev["code"] == code


def test_events_reduced_relative_by_a_thing_is_no_agent(settings):
    # guard: "by a car" names no party
    evs = [e for e in _events("Mourners gathered for the boy killed by a car on Friday.", settings)
           if e["trigger"] == "killed"]
    assert all(e["actor"] is None for e in evs)


# -- a private person doing a physical act is coded where the sentence places it ----------------------------

@pytest.mark.parametrize("text, trigger, code", [
    # ECB+ 3_4ecbplus (events-wide11)
    ("During the escape, Arcade Joseph Comeaux, Jr. allegedly produced a weapon and fired upon two correctional "
     "officers, took them hostage and forced them to drive to Baytown, Texas, where he restrained the officers "
     "in the back of the van, took their firearms and one of their uniforms.", "fired", "USA"),
    ("Karl Berger attacked two police officers outside a bar in Munich, Germany on Saturday.", "attacked", "DEU"),
])
def test_events_private_person_physical_act_is_placed(text, trigger, code, settings):
    assert _by_trigger(text, trigger, settings)["code"].startswith(code)


@pytest.mark.parametrize("text, trigger", [
    # guard: a statement's topic is not its speaker's country
    ("Karl Berger condemned the barrel bomb attacks in Syria on Saturday.", "condemned"),
    ("Karl Berger welcomed the agreement between Iraq and the Kurdistan Regional Government.", "welcomed"),
])
def test_events_private_person_verbal_act_is_not_placed(text, trigger, settings):
    assert _by_trigger(text, trigger, settings)["code"][:3] not in {"SYR", "IRQ"}


# -- a demonym inside the actor's own mention; a newspaper acts ------------------------------------------

def test_events_demonym_inside_the_actors_mention_gives_its_country(settings):
    # plover-gsr PLOVER-GSR01-THREATEN-0004 (dev-tune; (c) 2016 Open Event Data Alliance, CC BY-SA 4.0): the
    # tagger makes "French minister" one person, and Germany, named twice elsewhere, was guessed
    text = ("A French minister threatened today to impose import restrictions against German goods today as the "
            "leaders of the two countries sought to ease tensions in Franco-German relations.")
    assert _by_trigger(text, "threatened", settings)["code"].startswith("FRA")


@pytest.mark.parametrize("text, trigger, code", [
    # guards: a demonym the tagger keeps apart, and a country named in the phrase, still decide
    ("A French minister threatened to impose import restrictions against German goods.", "threatened", "FRA"),
    ("American troops attacked Iraqi positions near Basra on Monday.", "attacked", "USA"),
])
def test_events_demonym_guards(text, trigger, code, settings):
    assert _by_trigger(text, trigger, settings)["code"].startswith(code)


def test_events_newspaper_is_a_media_actor(settings):
    # plover-gsr PLOVER-GSR01-REJECT-0032 (dev-tune; CC BY-SA 4.0): "based in" places the newspaper
    text = ("A newspaper based in Christian east Beirut has violated a ban by General Michel Aoun and described "
            "his rival Elias Hrawi as president.")
    ev = _by_trigger(text, "violated", settings)
    assert ev["actor"] == "newspaper" and ev["code"] == "LBNMED"


# -- a by-agent hung on the noun that measures an event noun ---------------------------------------------

@pytest.mark.parametrize("text, trigger, actor", [
    # ECB+ 19_3ecb (events-wide10): the parser hangs "by angry youths" on "days"
    ("Greece calm after 8 days of riots by angry youths", "riots", "angry youths"),
    # guard: here the parser hangs "by militants" on "attacks" itself, which decided before this round
    ("A wave of attacks by militants hit the north of the country last week.", "attacks", "militants"),
])
def test_events_measure_noun_by_agent_acts(text, trigger, actor, settings):
    assert _by_trigger(text, trigger, settings)["actor"] == actor


def test_events_measure_noun_by_a_thing_is_no_agent(settings):
    # guard: "by phone" names no party
    evs = [e for e in _events("Two days of talks by phone ended without a deal.", settings) if e["trigger"] == "talks"]
    assert all(e["actor"] is None for e in evs)
