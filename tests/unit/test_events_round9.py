"""Issue 15 round 9: detention orders, vows of force, and who brings a passive charge.

Sentences marked ECB+ are copied from ECB+ development topics (Cybulska and Vossen 2014, CC BY 3.0);
"gov.uk" from UK Government releases in Dstl's re3d (contains public sector information licensed
under the Open Government Licence v3.0); "EU delegation" from the European Union's delegation to
Syria in re3d (source: the European Union). The others are written for this test. The analysis runs
with the dyad filter off, as the sentence benchmarks do.
"""

from __future__ import annotations

import dataclasses

import pytest


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [(v.type, v.trigger, names.get(v.actor or "")) for v in rec.events]


# -- a passive charge is brought by someone other than the one who reports it ---------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    # ECB+ 19_15ecb (wide3 NONE line)
    "A GREEK police officer has been formally charged with voluntary homicide over the killing of a teenager"
    " that sparked nationwide riots, a court source said.",
    # ECB+ 16_1ecb (wide3 NONE line): a reduced passive ("held ..., charged with")
    "Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested Friday and were being held without bail in"
    " a Los Angeles Police jail, charged with killing Juan Abel Escalante last summer, said Chief of Detectives"
    " Charlie Beck.",
])
def test_speaker_does_not_bring_a_passive_charge(text, settings):
    # round 18: an agentless charge is coded only where it happens in a country ("in a Los Angeles Police jail");
    # the Greek officer's "has been formally charged" is no event (docs/events.md "Issue 15, round 18")
    charged = [e for e in _events(text, settings) if e[1] == "charged"]
    assert all(actor is None for _, _, actor in charged)


@pytest.mark.model
def test_event_noun_under_a_participle_is_not_the_speakers(settings):
    # adapted from an EU delegation line (wide2; the attribution added): "the announced meeting in Astana",
    # inside a phrase "facilitated by other players"
    text = ("In this respect, we would welcome any intermediate step facilitated by other international players,"
            " such as the announced meeting in Astana, if fully inclusive, the UN Security Council said.")
    meetings = [e for e in _events(text, settings) if e[1] == "meeting"]
    assert all(actor != "UN Security Council" for _, _, actor in meetings)


@pytest.mark.model
def test_agentless_passive_request_stays_the_speakers(settings):
    # guard (written): a passive directive is still the reporting speaker's act
    text = "Israel has been asked to withdraw its troops, the United Nations said."
    assert any(t == "REQUEST" and actor == "United Nations" for t, _, actor in _events(text, settings))


# -- an order to stay in custody is a detention, its by-agent the one who orders it ---------------------
@pytest.mark.model
def test_order_to_remain_in_custody_is_coerce_by_the_magistrate(settings):
    # ECB+ 19_15ecb (wide3): the parser hangs "by an Athens magistrate" on the infinitive "remain"
    text = ("Epaminondas Korkoneas, 37, has also been charged with the `` illegal use `` of his service weapon over"
            " the killing of Alexis Grigoropoulos and was ordered to remain in custody by an Athens magistrate.")
    ordered = [e for e in _events(text, settings) if e[1] == "ordered"]
    assert [t for t, _, _ in ordered] == ["COERCE"]
    assert ordered[0][2] is not None  # the magistrate's entity (named after its place), not left empty


@pytest.mark.model
def test_remanded_in_custody_is_coerce(settings):
    text = "The suspect was remanded in custody by the court on Monday."  # written
    assert any(t == "COERCE" and trig == "remanded" for t, trig, _ in _events(text, settings))


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # ECB+ 16_10ecbplus (wide NONE line): moved from a jail, not held in one
    ("Orozco's death sentence will be automatically appealed to the California Supreme Court and he was ordered to"
     " be transferred within 10 days from county jail to San Quentin State Prison, where he will await his appeal"
     " on death row.", "ordered"),
])
def test_order_without_detention_is_not_coerce(text, trigger, settings):
    assert all(t != "COERCE" for t, trig, _ in _events(text, settings) if trig == trigger)


# -- a commitment to use force is a threat, not a promise to cooperate ----------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # gov.uk (wide3): "committed to" + the verb of force
    ("Be in no doubt, we are committed to destroying the terrorist scourge of ISIL that threatens the lives of"
     " people from all communities in both Iraq and Syria.", "committed"),
    ("The government vowed to destroy the rebels.", "vowed"),  # written
    ("The president promised to attack the rebels.", "promised"),  # written
])
def test_commitment_to_force_is_threaten(text, trigger, settings):
    assert [t for t, trig, _ in _events(text, settings) if trig == trigger] == ["THREATEN"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    ("Britain is committed to supporting the Iraqi government.", "committed"),  # written guard
    ("Russia promised to send aid to the refugees.", "promised"),  # written guard
])
def test_commitment_to_cooperate_stays_agree(text, trigger, settings):
    assert [t for t, trig, _ in _events(text, settings) if trig == trigger] == ["AGREE"]


@pytest.mark.model
def test_preposition_of_the_infinitive_is_no_agent(settings):
    # written guard: "stand by" is the infinitive's own preposition, not the agent of "urged"
    text = "Britain was urged to stand by Israel."
    assert all(actor != "Israel" for _, _, actor in _events(text, settings))
