"""Issue 15, round 2: actors whose country the sentence does not name.

Every sentence is written for this test (no dataset text). A well-known figure is coded by the
country of ``lexicon/leaders.tsv``; an ethnic group by the country it lives in (CAMEO). The
event's own actor code is read, as the PLOVER benchmark reads it.
"""

from __future__ import annotations

import dataclasses

import pytest

pytestmark = pytest.mark.model


def _actor_codes(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, (v.actor_code or "")[:3]) for v in rec.events]


CASES = [
    ("Putin threatened to cut gas supplies to Ukraine.", "THREATEN", "RUS"),
    ("Angela Merkel met Emmanuel Macron in Paris on Monday.", "CONSULT", "DEU"),
    ("The Bush administration imposed sanctions on Iran.", "SANCTION", "USA"),
    ("President Mugabe accused Britain of plotting against him.", "ACCUSE", "ZWE"),
    ("François Mitterrand welcomed the Spanish king.", None, "FRA"),
    ("Ethnic Hungarians in Romania demanded more autonomy.", "REQUEST", "ROU"),
]


@pytest.mark.parametrize(("text", "type_", "code"), CASES)
def test_known_actor_country(settings, text, type_, code):
    events = _actor_codes(text, settings)
    assert any((type_ is None or t == type_) and c == code for t, c in events), events


def test_an_unknown_person_gets_no_guessed_country(settings):
    from hearsay.extract.events.actors import load_sectors

    sectors = set(load_sectors().roles.values())
    events = _actor_codes("Jane Doe threatened to sue the council.", settings)
    assert events and all(c == "" or c in sectors for _, c in events), events


def test_a_shared_first_name_is_not_a_leader(settings):
    from hearsay.extract.events.actors import load_figures

    figures = load_figures()
    assert "putin" in figures and figures["putin"][0] == "RUS"
    assert "sharon" not in figures and "carter" not in figures  # common given names / surnames stay out
    assert figures["francois mitterrand"] == figures["françois mitterrand".replace("ç", "c")]


def _events_with_actor(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, v.actor, v.actor_code) for v in rec.events]


def test_unattributed_attack_is_coded_to_the_country_it_happens_in(settings):
    events = _events_with_actor("Two French soldiers were killed by a roadside bomb in Afghanistan.", settings)
    assert ("ASSAULT", None, "AFGUAF") in events, events


def test_unattributed_attack_never_takes_the_victims_country(settings):
    events = _events_with_actor("Four Italian tourists were wounded in an attack near the Egyptian town of Luxor.", settings)
    codes = [c for t, a, c in events if t == "ASSAULT" and a is None]
    assert codes and all(c != "ITAUAF" for c in codes), events


def test_a_named_attacker_keeps_its_own_code(settings):
    events = _events_with_actor("Rebels killed two soldiers in Colombia.", settings)
    assert all(not (c or "").endswith("UAF") for t, a, c in events if t == "ASSAULT"), events
