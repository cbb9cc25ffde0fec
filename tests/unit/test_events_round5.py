"""Issue 15 round 5: actor countries from cities, states and regions, and parse-level actor classes.

Sentences marked ECB+ are copied from ECB+ development topics (Cybulska and Vossen 2014, CC BY
3.0); the others are written for this test. The analysis runs through the library with the dyad
filter off, as the sentence-level benchmark does.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.extract.events._places import load_places, place_country

_ROWS = [(r["name"], r["iso3"]) for r in lexicon.load("places.tsv")]


def test_events_places_table_never_shadows_the_country_gazetteer():
    # a capital or country name belongs to countries.tsv (Georgia is a country, Cairo a capital)
    clashes = [name for name, _ in _ROWS if load_gazetteer().lookup(name) is not None]
    assert clashes == []
    assert all(iso3 in load_gazetteer().countries for _, iso3 in _ROWS)


@given(st.sampled_from(_ROWS), st.sampled_from(["{}", "the {}", "{}'s", "  {} ", "{}, "]))
def test_events_place_country_reads_every_row_in_any_typography(row, form):
    name, iso3 = row
    assert place_country(form.format(name)) == iso3


@pytest.mark.parametrize(("name", "iso3"), [
    ("Brooklyn, New York", "USA"),   # the part after the comma
    ("Thessaloniki", "GRC"),
    ("the state of Michigan", "USA"),  # an administrative-unit word before "of"
    ("Kursk Oblast", "RUS"),         # an administrative-unit word after the name
    ("Georgia", None),               # a country (and a US state): never from this table
    ("Springfield", None),           # not in the table: no guess
])
def test_events_place_country_forms(name, iso3):
    assert load_places()  # the table loads
    assert place_country(name) == iso3


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    ents = {e.id: e for e in rec.entities}
    return [(v.type, v.trigger, ents[v.actor].name if v.actor else None, (v.actor_code or "")[:3]) for v in rec.events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "iso3"), [
    # ECB+ 19_10ecbplus: a role noun with a borough in its sentence
    ("Yesterday, the police explained that officers shot and killed a 16 - year - old Kimani Gray in Brooklyn"
     " because he allegedly pointed a gun at the cops.", "shot", "USA"),
    # ECB+ 32_10ecbplus: the police of a sentence naming an English district
    ("Police have this morning charged him and he will appear before Furness District Magistrates.", "charged", "GBR"),
    # the role's own place wins over another country the sentence names
    ("Police in Manchester arrested two Syrian men on Friday.", "arrested", "GBR"),
    # a region as the actor itself
    ("Ontario banned the protests.", "banned", "CAN"),
])
def test_events_role_actor_country_from_place(settings, text, trigger, iso3):
    got = {t: code for _type, t, _actor, code in _events(text, settings)}
    assert got.get(trigger) == iso3


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # ECB+ 22_11ecbplus: an attack with no named perpetrator in a city (unidentified armed forces)
    ("In a sad and surprising reversal of gender roles, a disgruntled woman opened fire at a Kraft factory in"
     " Philadelphia last night, killing two workers and wounding two others.", "killing"),
    # ECB+ 22_11ecbplus: the state attacked in is where it happens, not the victims' country
    ("Two years ago, a female college student committed a shooting at a Louisiana college.", "committed"),
])
def test_events_unattributed_attack_country_from_place(settings, text, trigger):
    got = {t: code for _type, t, _actor, code in _events(text, settings)}
    assert got.get(trigger) == "USA"
