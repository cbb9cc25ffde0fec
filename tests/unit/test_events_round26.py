"""Issue 15 round 26: actors by mechanism over the wide13-wide16 blind errors (docs/events.md, "Issue 15, round 26").

* a reporting source's words are no guess for the country of the party it reports on: "the government …, ABC of
  Australia reported" is a government with no country in the line, not Australia's (``_sources.source_ranges``);
* a common noun that is no party and no person, owned by a party, acts as its possessor: "The Australian medical
  mission's fifth rotation is to remain … to help" is the Australian mission's help (``_args._party_possessor``).

Sources: English Wikinews 2020 via vanatteveldt/wikinews (CC BY 2.5) for the events-wide15 and events-wide16 lines; the guards are
written for this test. Guards (cases that must stay as they are, and pass on main's code too) are marked.
"""

from __future__ import annotations

import dataclasses


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, v.trigger, v.actor_code) for v in rec.events]


def test_events_round26_reporting_source_country_is_not_the_actors(settings):
    # events-wide16 W16-wn2020-025-s4 (gold ACCUSE, actor "the government" with no code): main coded AUSGOV
    text = ("In the announcement on television, the government allegedly criticized Hosni's creation of new cities in "
            "the desert which were not economically feasible, ABC of Australia reported.")
    assert _events(text, settings) == [("ACCUSE", "criticized", "GOV")]


def test_events_round26_source_of_an_according_to_phrase_is_skipped(settings):
    # written: the source of "according to" is left out as a reporting verb's subject is
    text = "According to a newspaper in Uganda, the government criticized the plan."
    assert ("ACCUSE", "criticized", "GOV") in _events(text, settings)


def test_events_round26_guard_country_outside_the_source_still_counts(settings):
    # guard (passes on main too): a country named in the reported clause still codes the actor
    text = "In Kenya, the government criticized the plan, a Ugandan newspaper reported."
    assert ("ACCUSE", "criticized", "KENGOV") in _events(text, settings)


def test_events_round26_party_possessor_acts_for_its_part(settings):
    # events-wide15 W15-wn2020-001-s11 (gold AID, actor AUS): main found the help with no actor
    text = ("The Australian medical mission's fifth rotation is to remain on the islands until January 4 to help "
            "facilitate the transition.")
    assert ("AID", "help", "AUS") in _events(text, settings)


def test_events_round26_party_possessor_written(settings):
    # written: a unit of an army named by its possessor
    text = "The Australian army's fifth rotation is to remain on the islands to help the villagers."
    assert ("AID", "help", "AUSMIL") in _events(text, settings)


def test_events_round26_guard_person_noun_is_not_its_possessor(settings):
    # guard (passes on main too): a person noun owned by a party keeps its own reading
    text = "The Iraqi president's wife criticized the plan."
    assert [e[:2] for e in _events(text, settings)] == [("ACCUSE", "criticized")]


def test_events_round26_guard_institution_speaking_of_itself(settings):
    # guard (passes on main too; the first form of the rule failed it, wide9 26_13ecb-s0): police sources
    # reporting a police act give the police their country
    text = "A suspected gang boss was arrested in a police raid in the port, Italian police sources have said."
    assert ("COERCE", "arrested", "ITACOP") in _events(text, settings)
