"""Issue 15 round 28: types by mechanism over the wide15-wide18 blind errors (docs/events.md, "Issue 15, round 28").

* an accident that kills ("a traffic collision which killed …") is no attack (``lexicon/event_triggers.tsv``, a NONE
  row ``subj=crash|accident|collision|…`` before the bare ASSAULT row);
* unsealing charges or an indictment is ACCUSE ``allege``; entering into an agreement is SUPPORT, as signing one;
  attacking a decision, a law, a legal step or an inquiry is criticism (ACCUSE ``disapprove``) (lexicon rows);
* a release whose of-complement names neither a party nor a vessel frees no one (``_rules._noun_holds``: ``of=*party``,
  ``of=*any``);
* talks with no one in them (a CONSULT event with neither actor nor counterpart, and no member named by the noun's
  possessor or of-complement) are no event (``_nonevents._lone_talks``).

Sources: English Wikinews 2019 via vanatteveldt/wikinews (CC BY 2.5) for the events-wide18 lines; the other sentences
are written for this test. Guards (cases that must stay as they are, and pass on main's code too) are marked.
"""

from __future__ import annotations

import dataclasses


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, v.trigger, v.mode, v.actor_code) for v in rec.events]


def test_events_round28_collision_that_kills_is_no_attack(settings):
    # events-wide18 W18-wn2019-r04-s1 (gold NONE): main coded ASSAULT "killed"
    text = ("Sacoolas, who has immunity as a diplomat's wife, was involved in a traffic collision which killed "
            "motorcyclist Harry Dunn on August 27.")
    assert [e for e in _events(text, settings) if e[0] == "ASSAULT"] == []


def test_events_round28_crash_as_subject_is_no_attack(settings):
    # written: an accident noun as the verb's own subject; main coded ASSAULT
    text = "A bus crash killed four tourists near the border on Monday."
    assert [e for e in _events(text, settings) if e[0] == "ASSAULT"] == []


def test_events_round28_guard_gunman_still_kills(settings):
    # guard (passes on main too): a person who kills is still an attacker
    text = "A gunman killed four tourists near the border on Monday."
    assert [e[0] for e in _events(text, settings)] == ["ASSAULT"]


def test_events_round28_unsealed_charges_are_an_accusation(settings):
    # events-wide18 W18-wn2019-r12-s8 (gold ACCUSE allege, USA): main found no event
    text = ("Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice "
            "unsealed further charges against him.")
    assert ("ACCUSE", "unsealed", "allege", "USA") in _events(text, settings)


def test_events_round28_entered_into_an_agreement_is_support(settings):
    # events-wide18 W18-wn2019-r10-s0 (gold SUPPORT, SYR): main coded only the after-clause's ASSAULT
    text = ("Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement "
            "with the government of Syria after Turkey began a military offensive into north-eastern Syria on Wednesday.")
    assert [e for e in _events(text, settings) if e[0] == "SUPPORT"] == [("SUPPORT", "entered", None, "SYRMIL")]


def test_events_round28_guard_entering_a_town_is_no_agreement(settings):
    # guard (passes on main too): entering a place is no agreement
    text = "Government troops entered the town of Kidal on Monday."
    assert [e for e in _events(text, settings) if e[0] == "SUPPORT"] == []


def test_events_round28_attacking_a_subpoena_is_criticism(settings):
    # events-wide18 W18-wn2019-r03-s18 (gold ACCUSE, USA): main coded ASSAULT "attacking"
    text = ('Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: "The Radical '
            'Left Democrats have failed on all fronts."')
    assert ("ACCUSE", "attacking", "disapprove", "USAGOV") in _events(text, settings)


def test_events_round28_guard_attacking_a_convoy_is_force(settings):
    # guard (passes on main too): attacking a convoy stays ASSAULT
    text = "Rebels attacked a government convoy near Kidal on Monday."
    assert [e[0] for e in _events(text, settings)] == ["ASSAULT"]


def test_events_round28_release_of_animals_frees_no_one(settings):
    # events-wide18 W18-wn2019-r14-s0 (gold NONE): main coded RETREAT "release"
    text = ("On Wednesday, more than 100 members, reportedly, of the Northern Arapaho Tribe turned out to watch the "
            "release of ten buffalo for the Wind River Reservation in Wyoming in the western United States.")
    assert [e for e in _events(text, settings) if e[1] == "release"] == []


def test_events_round28_guard_release_of_a_named_person_stays(settings):
    # guard (passes on main too): a release of a named person by a party is RETREAT
    text = "The release of Gilad Shalit by Hamas came on Monday."
    assert [e[:2] for e in _events(text, settings)] == [("RETREAT", "release")]


def test_events_round28_negotiations_with_no_one_are_no_talks(settings):
    # events-wide18 W18-wn2019-r23-s6 (gold NONE): main coded CONSULT "negotiations"
    text = ("While not naming any other bidders, Maróth said the Hungarian bid won after lengthy negotiations, out of "
            "mulitple competing offers.")
    assert [e for e in _events(text, settings) if e[0] == "CONSULT"] == []


def test_events_round28_a_body_meeting_alone_is_no_talks(settings):
    # written in the shape of events-wide15 W15-wn2020-008-s17 (gold NONE): main coded CONSULT "met"
    text = "When the royal council met, they chose a new chairman."
    assert [e for e in _events(text, settings) if e[0] == "CONSULT"] == []


def test_events_round28_guard_meeting_of_a_named_group_stays(settings):
    # guard (passes on main too): the noun's of-complement names its members
    text = "The last meeting of the Small Group took place in Washington, D.C. on July 21, 2016."
    assert [e[:2] for e in _events(text, settings)] == [("CONSULT", "meeting")]


def test_events_round28_guard_talks_with_a_party_stay(settings):
    # guard (passes on main too): talks with a named counterpart keep their event
    text = "Kenya held talks with Uganda on Monday."
    assert [e[0] for e in _events(text, settings) if e[0] == "CONSULT"] == ["CONSULT"]
