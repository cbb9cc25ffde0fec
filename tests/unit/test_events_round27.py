"""Issue 15 round 27: actors by mechanism over the wide15-wide17 blind errors (docs/events.md, "Issue 15, round 27").

* a person named with a state office that names no country ("President John Mensah", "John Mensah, the prime
  minister") takes the sentence's country when the sentence names one country only
  (``_role_codes._office_in_sentence``, ``actors.sole_country``);
* a press, media or news release is a document, not a release of captives (``lexicon/event_triggers.tsv``, a NONE
  row ``mod=press|media|medium|news`` before the bare RETREAT row).

Sources: English Wikinews 2020 via vanatteveldt/wikinews (CC BY 2.5) for the events-wide17 line; the other sentences are
written for this test. Guards (cases that must stay as they are, and pass on main's code too) are
marked.
"""

from __future__ import annotations

import dataclasses


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, v.trigger, v.actor_code) for v in rec.events]


def test_events_round27_titled_official_takes_the_sole_country(settings):
    # a title before the name: main coded GOV (no country)
    text = "President John Mensah conceded to the demands of striking teachers in Ghana."
    assert _events(text, settings) == [("CONCEDE", "conceded", "GHAGOV")]


def test_events_round27_official_in_apposition_takes_the_sole_country(settings):
    # the office in apposition after the name: main coded GOV
    text = "John Mensah, the prime minister, conceded to the demands of striking teachers in Ghana."
    assert _events(text, settings) == [("CONCEDE", "conceded", "GHAGOV")]


def test_events_round27_guard_two_countries_give_no_guess(settings):
    # guard (passes on main too): with two countries named the office stays without one
    text = "President John Mensah criticized the talks between Kenya and Uganda."
    assert [e for e in _events(text, settings) if e[0] == "ACCUSE"] == [("ACCUSE", "criticized", "GOV")]


def test_events_round27_guard_office_with_its_country_keeps_it(settings):
    # guard (passes on main too): an office naming its country is coded by it, not by the sentence
    text = "Kenyan President John Mensah conceded to the demands of striking teachers in Ghana."
    assert _events(text, settings) == [("CONCEDE", "conceded", "KENGOV")]


def test_events_round27_press_release_is_no_release(settings):
    # events-wide17 W17-wn2020-034-s4 (gold NONE): main coded RETREAT "release"
    text = ('According to its press release, the NBA was "suspending game play following the conclusion of '
            '[Wednesday\'s] schedule of games until further notice."')
    assert [e for e in _events(text, settings) if e[1] == "release"] == []


def test_events_round27_media_release_with_a_date_is_no_release(settings):
    # written in the shape of events-wide17 W17-wn2020-035-s6 (gold NONE): main coded RETREAT "release" by "media"
    text = "Coles, in its March 8 media release, reported that stores are selling out."
    assert [e for e in _events(text, settings) if e[1] == "release"] == []


def test_events_round27_guard_release_of_captives_stays(settings):
    # guard (passes on main too): a release of captives is still RETREAT
    text = "The rebels completed the release of 20 hostages on Monday."
    assert ("RETREAT", "release", "REB") in _events(text, settings)
