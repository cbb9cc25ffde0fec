"""Issue 15 round 4: event classes the events-wide dev set exposed (benchmarks/data/events-news).

Sentences marked ECB+ are copied from ECB+ development topics (Cybulska and Vossen 2014, CC BY
3.0), those marked MEANTIME from the NewsReader MEANTIME corpus ((c) 2015 FBK, VUA, UPV/EHU,
CC BY 4.0); the others are written for this test. The analysis runs through the library with the
dyad filter off, as the sentence-level benchmark does.
"""

from __future__ import annotations

import dataclasses

import pytest

pytestmark = pytest.mark.model


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    ents = {e.id: e for e in rec.entities}

    def names(eid, code):
        ent = ents.get(eid) if eid else None
        out = {ent.name, ent.ids.get("iso3")} if ent is not None else set()
        return (out | ({code[:3]} if code else set())) - {None}

    return [(v.type, v.trigger, names(v.actor, v.actor_code), v.mode) for v in rec.events]


# what is released decides the event: a statement, figures or a product are published, not
# handed back (PLOVER RETREAT is returning or releasing persons or property)
PUBLISHED = [
    "Palin released a statement after the fire.",  # ECB+ 13_10ecb (first clause)
    "The ministry released its annual report on Tuesday.",
    "Apple released a new version of its music software.",
    ("Five years after its launch , Apple Computer 's iTunes downloadable music service in February passed"
     " Wal - Mart to become the No. 1 music seller in the United States , according to figures released"
     " April 3 by NPD Group , a market research firm ."),  # MEANTIME 103623
    "The army delayed the release of the report.",
]


@pytest.mark.parametrize("text", PUBLISHED, ids=[t[:40] for t in PUBLISHED])
def test_events_releasing_a_publication_is_no_retreat(settings, text):
    evs = _events(text, settings)
    assert not [e for e in evs if e[0] == "RETREAT"], evs


RELEASED_PEOPLE = [
    ("The rebels released 20 hostages on Monday.", "released"),
    ("The hostages released on Monday were flown home.", "released"),
    ("Israel agreed to the release of 50 prisoners.", None),
]


@pytest.mark.parametrize(("text", "trigger"), RELEASED_PEOPLE, ids=[t[0][:40] for t in RELEASED_PEOPLE])
def test_events_releasing_people_stays_retreat(settings, text, trigger):
    evs = _events(text, settings)
    assert any(t == "RETREAT" or (trigger is None and t == "AGREE") for t, _, _, _ in evs), evs


# (sentence, type, trigger, actor): signing a contract is signing an agreement (SUPPORT, as
# docs/events.md codes signing); offering an apology is the apology itself (SUPPORT, CAMEO 055),
# not an offer of future cooperation; committing a shooting or murder is the assault
CODED = [
    ("AirTanker Ltd. , an EADS-led consortium , have signed a 27-year contract with the Defense Ministry"
     " to supply 14 new Airbus A330-200 passenger airliner converted for the task .",
     "SUPPORT", "signed", "AirTanker Ltd."),  # MEANTIME 102977
    ("Palin released a statement after the fire and offered an apology to the assistant pastor.",
     "SUPPORT", "offered", "Palin"),  # ECB+ 13_10ecb, shortened
    ("Two years ago, a female college student committed a shooting at a Louisiana college.",
     "ASSAULT", "committed", None),  # ECB+ 22_11ecbplus
    ("Rebels committed a massacre in the village of Beni.", "ASSAULT", "committed", None),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "actor"), CODED, ids=[c[0][:40] for c in CODED])
def test_events_contract_apology_and_committed_crimes(settings, text, type_, trigger, actor):
    evs = _events(text, settings)
    assert any(t == type_ and tr == trigger and (actor is None or actor in a) for t, tr, a, _ in evs), evs


def test_events_offer_of_talks_stays_agree(settings):
    evs = _events("Russia offered talks to Ukraine on Monday.", settings)
    assert any(t == "AGREE" and tr == "offered" for t, tr, _, _ in evs), evs


# a formal charge needs no "with": a person charged is accused (ACCUSE allege, CAMEO 112);
# calling someone a traitor or a predator is disapproval (ACCUSE disapprove, CAMEO 111)
# (sentence, mode, trigger)
ACCUSED = [
    ("Police have this morning charged him and he will appear before Furness District Magistrates.",
     "allege", "charged"),  # ECB+ 32_10ecbplus
    ("Prosecutors charged Smith on Friday.", "allege", "charged"),
    ('After the sentencing, Stirling called Orozco a "predator. "', "disapprove", "called"),  # ECB+ 16_10ecbplus
    ("The minister called the opposition leader a traitor.", "disapprove", "called"),
]


@pytest.mark.parametrize(("text", "mode", "trigger"), ACCUSED, ids=[a[0][:40] for a in ACCUSED])
def test_events_charging_a_person_and_calling_names_are_accuse(settings, text, mode, trigger):
    evs = _events(text, settings)
    assert any(t == "ACCUSE" and tr == trigger and m == mode for t, tr, _, m in evs), evs


@pytest.mark.parametrize("text", ["The hotel charged guests a fee.", "The minister called the opposition leader a friend.",
                                  "The company charged $5 for delivery."])
def test_events_charging_a_fee_or_a_friendly_label_is_no_accuse(settings, text):
    evs = _events(text, settings)
    assert not [e for e in evs if e[0] == "ACCUSE"], evs
