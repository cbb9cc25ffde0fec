"""Issue 14, round 27: a body named by its place speaks, not the place ("Surrey police"); a
description noun capitalised only by opening the sentence is no name ("Groups representing
Uzbeks"); a past-tense verb listed after the reported clause continues it ("Witnesses say Hiller
had complained …, claimed …").

Texts are from statements-rich12 14_9ecb and 22_7ecbplus and statements-rich11 11_9ecb (ECB+
corpus, Cybulska and Vossen 2014, CC BY 3.0), the founding article, or written for the test. Tests
marked "guard" pass on main too: they pin what the new rules must leave alone.
"""

from __future__ import annotations

from hypothesis import given, settings as hyp_settings, strategies as st

from _speaker_probes import speakers_of as _speakers_of


# -- a body named by its place -------------------------------------------------------------------

# ECB+ 14_9ecb (rich12): NER typed "Surrey" a person, and the police statement went to it
_SURREY = (
    "A supermarket in Surrey has been completely destroyed after a fire broke out on Friday night.\n"
    "A statement from Surrey police said the blaze at the Waitrose store on the High Street in Banstead "
    "was being treated as \"potentially suspicious\".\n"
)


def test_statements_a_statement_from_surrey_police_is_the_polices_issue_14(extract) -> None:
    a = extract(_SURREY, "statements")
    assert _speakers_of(a, "potentially suspicious") == {"Surrey police"}


def test_statements_a_states_police_are_not_the_state_issue_14(extract) -> None:
    a = extract("A fire broke out in a warehouse in Ohio on Friday. Ohio police said the blaze was being "
                "treated as suspicious.\n", "statements")
    assert _speakers_of(a, "treated as suspicious") == {"Ohio police"}


def test_statements_a_statement_from_a_states_police_is_the_polices_issue_14(extract) -> None:
    a = extract("A statement from Texas police said the suspect had been arrested.\n", "statements")
    assert _speakers_of(a, "suspect had been arrested") == {"Texas police"}


@hyp_settings(max_examples=6)
@given(st.sampled_from(["Ohio", "Texas", "Florida", "Georgia", "Arizona", "Nevada"]))
def test_property_a_statement_from_a_places_police_is_never_the_place_issue_14(extract, place) -> None:
    a = extract(f"A statement from {place} police said the suspect had been arrested.\n", "statements")
    assert place not in _speakers_of(a, "suspect had been arrested")


def test_statements_the_government_of_a_country_stays_that_country_guard(extract) -> None:
    # an organ of the state speaks for it ("ORG|GPE" nouns): not a body named by its place
    a = extract("The Iraqi government said the border would reopen on Monday.\n", "statements")
    assert _speakers_of(a, "border would reopen") == {"Iraq"}


# -- a description noun NER took for a name at the start of a sentence --------------------------

# ECB+ 11_9ecb (rich11): "Groups" was an organisation's name
_GROUPS = (
    "Groups representing Uzbeks, the nation's largest minority, complained that there was not a single "
    "Uzbek name on the ballots.\n"
)


def test_statements_groups_opening_a_sentence_are_a_description_issue_14(extract) -> None:
    a = extract(_GROUPS, "statements")
    assert _speakers_of(a, "single Uzbek name") == {"Groups representing Uzbeks"}


def test_statements_a_name_opening_a_sentence_stays_a_name_guard(extract) -> None:
    a = extract("Reuters said the ship had been seized off the coast.\n", "statements")
    assert _speakers_of(a, "ship had been seized") == {"Reuters"}


# -- a past-tense verb listed after the reported clause -------------------------------------------

# ECB+ 22_7ecbplus (rich12): the parser hangs "claimed" on "say", and the claim went to the witnesses
_HILLER = (
    "Witnesses say defendant Yvonne Hiller had long complained of abuse by fellow employees, claimed they "
    "were poisoning her by spraying her with chemicals including deer urine.\n"
)


def test_statements_a_listed_claim_is_the_reported_subjects_issue_14(extract) -> None:
    a = extract(_HILLER, "statements")
    assert _speakers_of(a, "poisoning her") == {"Yvonne Hiller"}


def test_statements_the_witnesses_keep_their_own_statement_guard(extract) -> None:
    a = extract(_HILLER, "statements")
    assert _speakers_of(a, "complained of abuse") == {"Witnesses"}


def test_statements_a_claim_after_a_past_reporting_verb_stays_its_subjects_guard(extract) -> None:
    # the reporting verb in the past tense: "claimed" may well be the investigators' own
    a = extract("Investigators said the pilot had reported a fault, claimed the controllers ignored him.\n",
                "statements")
    assert _speakers_of(a, "pilot had reported") == {"Investigators"}


# guard: the founding article's relayed statement and its pronoun speakers stay
def test_statements_founding_tass_and_he_stay_guard(founding_record) -> None:
    names = {e.id: e.name for e in founding_record.entities}
    tass = [s for s in founding_record.statements if "liberation of our land" in s.content]
    assert tass and all(names[s.speaker] == "Sergey Shoigu" for s in tass)
    assert all("Tass" in {names[v] for v in s.via} for s in tass)
    treaty = [s for s in founding_record.statements if "recently signed treaty" in s.content]
    assert treaty and {names[s.speaker] for s in treaty} == {"Sergey Shoigu"}
