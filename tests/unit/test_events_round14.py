"""Issue 15 round 14: a document-level country for named officials. An official named in the event's
sentence with no country takes the country the same article gives that person elsewhere, read off the
article's own entity mentions (a title, a role with an of-country, a role noun in apposition), never from
a table of office holders.

Every text is written for this test (two-sentence articles in the shape of the Wikinews lines of
events-wide8). The analysis runs with the dyad filter off, as the sentence benchmarks do. Guards (cases
that must stay as they are) are marked.
"""

from __future__ import annotations

import dataclasses

import pytest


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [{"type": v.type, "trigger": v.trigger, "actor": names.get(v.actor or ""), "code": v.actor_code or ""}
            for v in rec.events]


def _first(text, settings, type_):
    got = [e for e in _events(text, settings) if e["type"] == type_]
    assert got, f"no {type_} event in {text!r}"
    return got[0]


@pytest.mark.model
def test_an_official_named_by_a_possessive_title_keeps_the_country_in_a_later_sentence(settings):
    # "Najib" alone (the tagger types it ORG) is the one person of the article whose name holds it
    text = ("Malaysia's Prime Minister, Najib Razak, spoke on Monday.\n"
            "Najib met Indonesian President Joko Widodo in Jakarta.")
    assert _first(text, settings, "CONSULT")["code"] == "MYSGOV"


@pytest.mark.model
def test_an_official_named_with_an_of_country_keeps_it_under_the_surname(settings):
    text = ("Foreign Minister Julie Bishop of Australia arrived on Monday.\n"
            "Bishop condemned the attack on the embassy.")
    assert _first(text, settings, "ACCUSE")["code"] == "AUSGOV"


@pytest.mark.model
def test_an_official_with_an_appositive_title_elsewhere_takes_its_country(settings):
    text = ("Najib Razak, Malaysia's Prime Minister, spoke on Monday.\n"
            "Najib Razak urged Indonesia to rescue the migrants.")
    assert _first(text, settings, "REQUEST")["code"] == "MYSGOV"


@pytest.mark.model
def test_guard_a_title_with_its_country_still_codes_the_surname(settings):
    # guard: worked before this round through the person's stored role
    text = ("U.S. Secretary of State John Kerry arrived in Geneva on Monday.\n"
            "Kerry urged Russia to withdraw its troops from Crimea.")
    assert _first(text, settings, "REQUEST")["code"] == "USAGOV"


@pytest.mark.model
def test_guard_two_persons_sharing_the_surname_give_no_country(settings):
    # guard: "Smith" could be either; the article does not say which
    text = ("U.S. Senator John Smith arrived in Paris on Monday, as did British Foreign Minister Jane Smith.\n"
            "Smith urged Russia to withdraw its troops.")
    assert _first(text, settings, "REQUEST")["code"][:3] not in {"USA", "GBR"}


@pytest.mark.model
def test_guard_a_private_person_from_a_place_is_no_official(settings):
    # guard: the boy's town is where he lives, not a state he serves
    text = ("Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school.\n"
            "Mohamed urged the school to apologise.")
    assert not _first(text, settings, "REQUEST")["code"].startswith("USA")


# -- a person's title naming a national institution -----------------------------------------------------------
@pytest.mark.model
def test_a_spokesman_in_apposition_takes_the_country_of_the_institution_named(settings):
    # in the shape of a Wikinews line of events-wide8 (the tagger reads the appositive as one ORG name)
    text = 'Jeff Rathke, the State Department Spokesperson, said, "We urge the governments of the region to act quickly".'
    assert _first(text, settings, "REQUEST")["code"] == "USAGOV"


@pytest.mark.model
def test_a_spokesman_for_a_national_institution_takes_its_country(settings):
    text = "Jeff Rathke, a spokesman for the Federal Reserve, urged the banks to lend."
    assert _first(text, settings, "REQUEST")["code"] == "USAGOV"


@pytest.mark.model
def test_guard_a_lower_case_word_is_no_institution(settings):
    # guard: "fed" the verb is not the Fed
    text = "Jeff Rathke, a man who fed the poor, urged the police to investigate."
    assert not _first(text, settings, "REQUEST")["code"].startswith("USA")


# -- things that provide or appeal are no parties (wide8's blind NONE lines) ---------------------------------------
@pytest.mark.model
def test_software_that_provides_protection_gives_no_aid(settings):
    text = "The company says that the latest versions of its browser provide the user with enhanced protection."
    assert not [e for e in _events(text, settings) if e["type"] == "AID"]


@pytest.mark.model
def test_topics_that_appeal_to_advertisers_make_no_request(settings):
    text = "This business model worked for producing content on topics that appeal to advertisers."
    assert not [e for e in _events(text, settings) if e["type"] == "REQUEST"]


@pytest.mark.model
def test_guard_a_state_providing_aid_and_a_government_appealing_still_act(settings):
    # guard: a party subject keeps both rows
    assert _first("Japan provided emergency aid to the flood victims in Pakistan.", settings, "AID")["actor"] == "Japan"
    assert _first("Iraq appealed to the United Nations for help.", settings, "REQUEST")["actor"] == "Iraq"
