"""The PLOVER event coder on hand-written sentences and the founding article (issue 5)."""

from __future__ import annotations

import dataclasses

import pytest

pytestmark = pytest.mark.model


def _record(text, settings, dyad=True):
    from hearsay.pipeline import analyze
    from hearsay.ingest.readers import make_article

    s = dataclasses.replace(settings, events_require_dyad=dyad)
    return analyze(make_article(text=text, origin="<test>"), s)


def _triples(rec):
    names = {e.id: e.name for e in rec.entities}
    return [(v.type, names.get(v.actor), names.get(v.target), v.status) for v in rec.events]


def test_events_founding_article_gives_the_annotated_events(founding_record, founding_gold):
    names = {e.id: e for e in founding_record.entities}
    text = founding_record.article.text

    def same(eid, name):
        e = names.get(eid)
        return e is not None and (e.name == name or name in e.aliases)

    for g in founding_gold["events"]:
        hits = [v for v in founding_record.events if v.type == g["type"] and same(v.actor, g["actor"]) and same(v.target, g["target"])]
        assert hits, g
    triggers = {v.trigger for v in founding_record.events}
    assert {"sent", "provided", "aided", "signed", "launched", "dislodge"} <= triggers
    for n, v in enumerate(founding_record.events, start=1):
        assert v.id == f"v{n}" and text[v.start:v.end] == v.trigger
        assert v.sentence_start <= v.start < v.end <= v.sentence_end


def test_events_founding_assaults_are_placed_in_kursk(founding_record):
    names = {e.id: e.name for e in founding_record.entities}
    assaults = [v for v in founding_record.events if v.type == "ASSAULT"]
    assert assaults and all(names.get(v.location) == "Kursk Oblast" for v in assaults)


def test_events_demonym_modifier_gives_the_country_actor(settings):
    rec = _record("North Korean troops attacked Ukraine on Monday.", settings)
    assert _triples(rec) == [("ASSAULT", "North Korea", "Ukraine", "asserted")]


def test_events_negation_is_marked_not_asserted(settings):
    rec = _record("Russia did not attack Ukraine.", settings)
    assert _triples(rec) == [("ASSAULT", "Russia", "Ukraine", "negated")]


def test_events_future_aid_is_coded_agree(settings):
    rec = _record("Germany will send weapons to Ukraine.", settings)
    assert [t[0] for t in _triples(rec)] == ["AGREE"]


def test_events_compound_subject_without_object_is_reciprocal(settings):
    rec = _record("France and Germany signed a treaty in Paris.", settings)
    assert _triples(rec)[:1] == [("SUPPORT", "France", "Germany", "asserted")]
    assert "reciprocal" in rec.events[0].rule


def test_events_actor_comes_from_the_trigger_not_the_sentence(settings):
    rec = _record("After talks in Moscow, Iran condemned Israel.", settings)
    assert ("ACCUSE", "Iran", "Israel", "asserted") in _triples(rec)
    assert all(t[1] != "Russia" for t in _triples(rec) if t[0] == "ACCUSE")


def test_events_without_recipient_are_dropped_only_under_require_dyad(settings):
    assert _record("Russian forces attacked overnight.", settings).events == ()
    loose = _record("Russian forces attacked overnight.", settings, dyad=False)
    assert _triples(loose) == [("ASSAULT", "Russia", None, "asserted")]


def test_events_actor_entities_get_country_and_sector_codes(settings):
    rec = _record("Russian President Vladimir Putin praised Serbia.", settings)
    putin = next(e for e in rec.entities if e.name == "Vladimir Putin")
    assert putin.ids.get("iso3") == "RUS" and putin.ids.get("sector") == "GOV"


def test_events_role_noun_subject_becomes_a_coded_actor(settings):
    rec = _record("In Chile, students occupied the ministry of education on Friday.", settings, dyad=False)
    ev = next(v for v in rec.events if v.type == "COERCE")
    actor = next(e for e in rec.entities if e.id == ev.actor)
    assert actor.name == "students" and actor.ids == {"iso3": "CHL", "sector": "EDU"}
    assert ev.actor_code == "CHLEDU"


def test_events_role_entity_is_not_created_for_a_dropped_event(settings):
    rec = _record("In Chile, students marched on Friday.", settings)  # no recipient: dropped under the dyad
    assert rec.events == () and all(e.name != "students" for e in rec.entities)


def test_events_role_codes_fill_actor_and_target_code(settings):
    rec = _record("North Korean troops attacked Ukraine on Monday.", settings)
    assert (rec.events[0].actor_code, rec.events[0].target_code) == ("PRKMIL", "UKR")


def test_events_actorless_events_are_kept_without_the_dyad(settings):
    loose = _record("Heavy fighting continued overnight.", settings, dyad=False)
    assert any(v.type == "ASSAULT" and v.actor is None for v in loose.events)
    assert _record("Heavy fighting continued overnight.", settings).events == ()


@pytest.mark.parametrize(("text", "type_"), [
    ("Canada suspended military aid to Peru.", "SANCTION"),  # PLOVER: reducing cooperation
    ("Spain cancelled the planned talks with Morocco.", "SANCTION"),
    ("Greek police prevented the demonstration in Athens.", "COERCE"),
    ("Japan imposed sanctions on Iran.", "SANCTION"),
])
def test_events_stopping_or_imposing_takes_the_type_of_the_event_noun(settings, text, type_):
    assert type_ in [v.type for v in _record(text, settings, dyad=False).events]


def test_events_refusing_a_cooperative_act_is_reject(settings):
    rec = _record("Jordan will not accept refugees from Syria.", settings, dyad=False)
    assert [(v.type, v.status) for v in rec.events][:1] == [("REJECT", "asserted")]
