"""Issue 15 round 13: actors, from the pooled actor errors of the blind first runs (events-wide4..6) and of
every events dev set. An actor with no country of its own no longer takes the country of another party of
its own event; a recipient its verb states is not looked for in another clause; a group the named entity
tagger typed as a person is coded as a group. Then the status of possible and timetabled acts.

Sentences marked "ECB+" are copied from the ECB+ corpus (Cybulska and Vossen 2014, CC BY 3.0); "gov.uk"
from UK Government releases in Dstl's re3d (Open Government Licence v3.0); "plover-gsr" from the PLOVER
gold-standard records ((c) 2016 Open Event Data Alliance, CC BY-SA 4.0). The others are written for this
test. The analysis runs with the dyad filter off, as the sentence benchmarks do. Guards (cases that must
stay as they are) are marked.
"""

from __future__ import annotations

import dataclasses

import pytest


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [{"type": v.type, "trigger": v.trigger, "actor": names.get(v.actor or ""), "code": v.actor_code or "",
             "target": names.get(v.target or ""), "status": v.status} for v in rec.events]


def _first(text, settings, type_):
    got = [e for e in _events(text, settings) if e["type"] == type_]
    assert got, f"no {type_} event in {text!r}"
    return got[0]


# -- an actor's guessed country is not another party's own -------------------------------------------------
@pytest.mark.model
def test_a_state_organ_meeting_a_foreign_minister_is_not_of_the_ministers_country(settings):
    # written after gov.uk (events-wide2): the Foreign Secretary met Russia's minister; London is where
    got = _first("The Foreign Secretary met Russian Foreign Minister Sergei Lavrov in London.", settings, "CONSULT")
    assert got["target"] == "Sergei Lavrov" and got["code"] == "GBRGOV"


@pytest.mark.model
def test_a_reciprocal_partner_does_not_give_the_other_party_its_country(settings):
    # gov.uk (events-wide5, blind error): "UK-France" names both; France is Hollande's own
    text = "The Prime Minister and President Hollande met on 3 March for the 2016 UK-France Summit at Amiens in France."
    assert _first(text, settings, "CONSULT")["code"] == "GBRGOV"


@pytest.mark.model
def test_an_organisation_threatening_countries_is_not_of_either(settings):
    # plover-gsr THREATEN-0021 (gold IMG): neither coordinated recipient is the network's country
    text = ("Osama bin Laden's al-Qaeda terror network has threatened to deliver devastating blows to the United States"
            " and Israel, a Saudi-owned weekly reports.")
    assert _first(text, settings, "THREATEN")["code"][:3] not in {"USA", "ISR"}


@pytest.mark.model
def test_a_ministry_welcoming_a_foreign_governments_decision_is_not_that_government(settings):
    got = _first("The ministry welcomed the decision of the Iraqi government.", settings, "SUPPORT")
    assert got["code"] == "GOV"


@pytest.mark.model
def test_guard_a_domestic_act_keeps_the_recipients_country(settings):
    # guard: COERCE is domestic (plover.tsv): police arresting Ugandans are Ugandan police
    assert _first("Police arrested Ugandan opposition candidates.", settings, "COERCE")["code"] == "UGACOP"


@pytest.mark.model
def test_guard_a_party_boycotting_a_countrys_elections_is_of_that_country(settings):
    # guard (round 11's dropped rule lost this reading): a party acts where it lives
    got = _first("The opposition party said it would boycott Kenya's elections.", settings, "THREATEN")
    assert got["code"].startswith("KEN")


@pytest.mark.model
def test_guard_a_recipients_guessed_country_is_not_its_own(settings):
    # guard, ECB+ 19_12ecb (events-news): the youths' country is itself a guess from the sentence
    text = ("Riot police fired teargas at youths throwing molotov cocktails outside parliament last night, as a general"
            " strike paralysed Greece and raised pressure on a fragile Government reeling from four days of riots"
            " sparked by the police shooting.")
    got = [e for e in _events(text, settings) if e["trigger"] == "fired"]
    assert got and got[0]["code"] == "GRCCOP"


@pytest.mark.model
def test_guard_a_city_a_victim_is_named_in_is_not_the_victims_own_country(settings):
    # guard, ECB+ 19_10ecbplus (events-news, gold USA): "in Brooklyn" says where, not whose; a first
    # version read the victim's stored code and left the officers without a country
    text = ("Yesterday, the police explained that officers shot and killed a 16 - year - old Kimani Gray in Brooklyn"
            " because he allegedly pointed a gun at the cops.")
    assert _first(text, settings, "ASSAULT")["code"].startswith("USA")


@pytest.mark.model
def test_guard_a_navy_rescuing_its_own_nationals_keeps_their_country(settings):
    # guard, ECB+ 12_12ecb (events-news): aid and rescue are often for one's own people
    text = ("The Navy rushed its stealth frigate INS Tabar, which was already deployed nearby to Gulf of Aden on"
            " November 2 and since then it rescued an Indian vessel MV Jag Arnav and a Saudi cargo ship on November 11"
            " from pirates.")
    assert _first(text, settings, "AID")["code"] == "INDMIL"


# -- a recipient the verb states is not taken from another clause ------------------------------------------
@pytest.mark.model
def test_a_stated_unnamed_recipient_is_not_replaced_by_an_adverbial_clauses_object(settings):
    # ECB+ 19_12ecb (events-news): Greece is paralysed by the strike, not fired at
    text = ("Riot police fired teargas at youths throwing molotov cocktails outside parliament last night, as a general"
            " strike paralysed Greece and raised pressure on a fragile Government reeling from four days of riots"
            " sparked by the police shooting.")
    got = [e for e in _events(text, settings) if e["trigger"] == "fired"]
    assert got and got[0]["target"] != "Greece"


@pytest.mark.model
def test_guard_a_verb_with_no_stated_recipient_still_reads_the_adverbial_clause(settings):
    # guard, ECB+ 8_1ecbplus (events-news, gold target "Greek bank"): nothing states whom "killed" hit
    got = _first("Three killed as rioters bomb Greek bank", settings, "ASSAULT")
    assert got["target"] == "Greece"


# -- a group typed as a person --------------------------------------------------------------------------------
@pytest.mark.model
def test_a_group_typed_as_a_person_takes_the_sentences_place(settings):
    # ECB+ 19_14ecb (events-news, gold GRC): "Business owners" is tagged PERSON
    text = ("Business owners have accused the police of failing to protect their property as rioters rampaged through"
            " some of Athens' best known shopping areas.")
    assert _first(text, settings, "ACCUSE")["code"] == "GRC"


@pytest.mark.model
def test_elders_typed_as_a_person_take_the_sentences_country(settings):
    # plover-gsr DEMAND-0017 (gold NGA)
    text = ("Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from"
            " Hausa politicians in the next government.")
    assert _first(text, settings, "REQUEST")["code"] == "NGACVL"


@pytest.mark.model
def test_an_administration_typed_as_a_person_takes_its_citys_country(settings):
    # plover-gsr REJECT-0014 (gold TUR)
    text = ("Ankara's Cankaya district administration has denied land allocation for the construction of an Alewite"
            " temple, Cemevi, in the district.")
    assert _first(text, settings, "REJECT")["code"] == "TURGOV"


@pytest.mark.model
def test_guard_a_persons_name_takes_no_country_from_the_sentence(settings):
    # guard: a person's name has a proper-noun head; a city named elsewhere is not theirs
    got = _first("John Smith accused the police of failing to protect property in Athens.", settings, "ACCUSE")
    assert got["actor"] == "John Smith" and got["code"] == ""


# -- status of possible and timetabled acts --------------------------------------------------------------------
@pytest.mark.model
def test_a_potential_walkout_is_hypothetical(settings):
    # ECB+ 2_11ecb (events-wide6, round 12's leftover)
    text = ("The Academy Awards' February 22 date puts it directly in the path of a potential walkout by Screen Actors"
            " Guild members who vote next month on whether to give union leaders permission to call a strike in"
            " stalemated contract talks with major studios.")
    got = [e for e in _events(text, settings) if e["trigger"] == "walkout"]
    assert got and got[0]["status"] == "hypothetical"


@pytest.mark.model
def test_an_infinitive_under_a_modal_verb_is_hypothetical(settings):
    # ECB+ 2_11ecb (events-wide6, round 12's leftover)
    text = ("But this time around, the Oscars are on the firing line and Australian actor Jackman, star of the ``"
            " X-Men '' movies as well as Broadway stage shows, may himself have to pull out.")
    got = [e for e in _events(text, settings) if e["trigger"] == "pull"]
    assert got and got[0]["status"] == "hypothetical"


@pytest.mark.model
def test_a_scheduled_release_is_future(settings):
    # ECB+ 4_10ecb (events-wide6, round 12's leftover)
    got = [e for e in _events("She was scheduled to be released December 2, but suffered a heart attack.", settings)
           if e["trigger"] == "released"]
    assert got and got[0]["status"] == "future"


@pytest.mark.model
def test_a_meeting_one_is_due_to_hold_is_an_intent_to_meet(settings):
    # a future meeting is AGREE (plover.tsv recode CONSULT intent), as "will meet" already is
    got = _first("The minister is due to meet his Chinese counterpart on Friday.", settings, "AGREE")
    assert got["trigger"] == "meet"


@pytest.mark.model
def test_guard_an_obligation_without_a_modal_stays_asserted(settings):
    # guard: "had to withdraw" happened
    got = _first("The army had to withdraw from the town.", settings, "RETREAT")
    assert got["status"] == "asserted"


# -- the subject of a copula predicate --------------------------------------------------------------------------
@pytest.mark.model
def test_a_participle_predicated_by_a_copula_takes_the_copulas_subject(settings):
    # gov.uk (events-wide7, found after its blind run): "is" is the root, "committed" its acomp
    text = ("The UK, as part of the Global Coalition, is committed to continuing to provide the government of Iraq with"
            " military, humanitarian and stabilisation support.")
    got = _first(text, settings, "AGREE")
    assert got["actor"] == "United Kingdom" and got["code"].startswith("GBR")
