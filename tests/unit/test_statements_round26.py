"""Issue 14, round 26: a name inside a speaker phrase's prepositional complement is not the speaker
("Friends of Kathryn Jenkin", "residents at the village of Gavarzin", "an attorney for Lindsay
Lohan"); "According to X, S has … and has decided to …" is S's, relayed by X.

Texts are from statements-rich13 32_4ecbplus, statements-rich10 20_2ecbplus and statements-rich2
1_3ecbplus (ECB+ corpus, Cybulska and Vossen 2014, CC BY 3.0), from wikinews-statements 143480
(Wikinews, CC BY 2.5), the founding article, or written for the test. Tests marked "guard" pass on
main too: they pin what the new rules must leave alone.
"""

from __future__ import annotations

from hypothesis import given, settings as hyp_settings, strategies as st

from _speaker_probes import speakers_of as _speakers_of, via_of as _via_of


# -- a name in the speaker phrase's prepositional complement ----------------------------------------

# ECB+ 32_4ecbplus (rich13, blind run, stored flattened): the friends' description went to Kathryn
_JENKIN = (
    "John Jenkin, 23, was remanded in his absence by Barrow magistrates. Friends of Kathryn Jenkin, known "
    "as Katie, have described her as a \"bright and much - liked student. \" Miss Jenkin was a student at the "
    "University of South Wales in Cardiff.\n"
)


def test_statements_friends_of_a_named_person_are_not_that_person_issue_14(extract) -> None:
    a = extract(_JENKIN, "statements")
    (speaker,) = _speakers_of(a, "much - liked student")
    assert speaker is not None and speaker.startswith("Friends of Kathryn Jenkin")
    assert not speaker.endswith(",")  # the phrase runs into ", known as Katie,": not into its comma


# ECB+ 20_2ecbplus (rich10): the residents' complaint, and their "they", went to the village
_GAVARZIN = (
    "He said relief workers had completed the shipment of urgent needs to all affected villages.\n"
    "But residents at the village of Gavarzin complained that relief operations were slow.\n"
    "Speaking to IRNA, they said they had not received aid almost a day after the quake.\n"
)


def test_statements_residents_at_a_named_village_are_not_the_village_issue_14(extract) -> None:
    a = extract(_GAVARZIN, "statements")
    assert _speakers_of(a, "relief operations were slow") == {"residents at the village of Gavarzin"}


def test_statements_their_pronoun_follows_them_not_the_village_issue_14(extract) -> None:
    a = extract(_GAVARZIN, "statements")
    assert _speakers_of(a, "not received aid") == {"residents at the village of Gavarzin"}


# Wikinews 143480 (CC BY 2.5): "Politicians in Germany" were made Germany
_GERMANY = (
    "A day before the announcement, GM said it was cancelling a deal to sell Opel to Magna.\n"
    "Politicians in Germany expressed disappointment at GM's cancellation of the Magna deal, which the "
    "country's government had favoured.\n"
)


def test_statements_politicians_in_a_country_are_not_the_country_issue_14(extract) -> None:
    a = extract(_GERMANY, "statements")
    assert _speakers_of(a, "disappointment") == {"Politicians in Germany"}


# written for the test: the round-11 possessor rule ("Lindsay Lohan's attorney") for an of/for phrase
def test_statements_an_attorney_for_a_named_person_is_not_that_person_issue_14(extract) -> None:
    a = extract("An attorney for Lindsay Lohan said the actress had checked into a rehab facility.\n", "statements")
    assert _speakers_of(a, "rehab facility") == {"attorney for Lindsay Lohan"}


def test_statements_the_mayor_of_a_city_is_not_the_city_issue_14(extract) -> None:
    a = extract("The mayor of Chicago said the city would appeal.\n", "statements")
    assert _speakers_of(a, "would appeal") == {"mayor of Chicago"}


_ROLES = ["Friends", "Neighbours", "Relatives", "Colleagues", "Lawyers"]
_PEOPLE = ["Kathryn Jenkin", "Maria Lopez", "David Okafor", "Helen Schmidt"]


@hyp_settings(max_examples=12, deadline=None)
@given(st.sampled_from(_ROLES), st.sampled_from(_PEOPLE))
def test_property_people_described_through_a_name_are_never_that_name_issue_14(extract, role, person) -> None:
    a = extract(f"{person} was taken to hospital on Friday. {role} of {person} said the family was shocked.\n",
                "statements")
    assert _speakers_of(a, "family was shocked") == {f"{role} of {person}"}


# guard, written for the test: an organ of the state speaks for the state named in its phrase
def test_statements_the_government_of_a_country_is_that_country_guard(extract) -> None:
    a = extract("The government of Iraq said the border would reopen on Monday.\n", "statements")
    assert _speakers_of(a, "border would reopen") == {"Iraq"}


# guard, written for the test: a title chain that ends in a name is that name
def test_statements_a_title_chain_ending_in_a_name_guard(extract) -> None:
    a = extract("Toyota Motor Sales USA chairman Jim Press said sales would recover next year.\n", "statements")
    assert _speakers_of(a, "sales would recover") == {"Jim Press"}


# -- "According to X, S has … and has decided to …" -------------------------------------------------

# ECB+ 1_3ecbplus (rich2): gold corrected this round to the relayed-source convention; main gave TMZ
_TMZ = (
    "Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre\n"
    "The actress has left the Betty Ford Centre and gone to Malibu's Cliffside resort.\n"
    "According to a report from TMZ published this week (June 13), the Mean Girls actress has had enough "
    "of the Palm Springs rehab centre and has decided to spend the rest of her court - ordered stay in a "
    "rehab centre in Malibu, named the Cliffside.\n"
)


def test_statements_according_to_a_conjoined_decision_is_the_subjects_issue_14(extract) -> None:
    a = extract(_TMZ, "statements")
    assert "TMZ" not in _speakers_of(a, "has had enough")


def test_statements_according_to_a_conjoined_decision_relays_the_outlet_issue_14(extract) -> None:
    a = extract(_TMZ, "statements")
    assert _via_of(a, "has had enough") == {"TMZ"}


# guard (rich12 6_9ecbplus, round 17's rule): the decision verb itself under "according to"
def test_statements_according_to_a_decision_stays_the_subjects_guard(extract) -> None:
    a = extract("Ross, who has wowed film fans, has officially decided not to return, according to The Playlist.\n",
                "statements")
    assert _speakers_of(a, "not to return") == {"Ross"}
    assert _via_of(a, "not to return") == {"Playlist"} or _via_of(a, "not to return") == {"The Playlist"}


# guard, written for the test: a conjoined verb that is no cue leaves the outlet the speaker
def test_statements_according_to_with_no_conjoined_cue_guard(extract) -> None:
    a = extract("According to the BBC, the ship left port on Monday and reached Aden on Friday.\n", "statements")
    assert _speakers_of(a, "reached Aden") == {"BBC"}


# guard: the founding article's relayed statement and its pronoun speakers stay
def test_statements_founding_tass_and_he_guard(founding_record) -> None:
    names = {e.id: e.name for e in founding_record.entities}
    tass = [s for s in founding_record.statements if "liberation of our land" in s.content]
    assert tass and all(names[s.speaker] == "Sergey Shoigu" for s in tass)
    assert all("Tass" in {names[v] for v in s.via} for s in tass)
    # "He also noted the recently signed treaty …": the pronoun is Shoigu
    treaty = [s for s in founding_record.statements if "recently signed treaty" in s.content]
    assert treaty and {names[s.speaker] for s in treaty} == {"Sergey Shoigu"}


# -- a restrictive clause names an unnamed speaker ---------------------------------------------------

# ECB+ 19_11ecb (rich7): "The officer who fired the shot says …" was named "officer", cut
_OFFICER = "The officer who fired the shot says he killed the boy accidentally in self-defence due to a bullet ricochet.\n"


def test_statements_a_restrictive_clause_stays_in_an_unnamed_speakers_name_issue_14(extract) -> None:
    a = extract(_OFFICER, "statements")
    assert _speakers_of(a, "killed the boy") == {"officer who fired the shot"}


# guard, written for the test: a cue verb's relative clause is a statement, not part of a name
def test_statements_a_relative_clause_with_a_cue_is_not_a_name_guard(extract) -> None:
    a = extract("A witness who said she saw the crash told police the driver was speeding.\n", "statements")
    assert all(not (n or "").startswith("witness who said") for n in _speakers_of(a, "was speeding"))


# guard, written for the test: a non-restrictive clause (after a comma) is not part of the name
def test_statements_a_non_restrictive_clause_is_not_a_name_guard(extract) -> None:
    a = extract("Officials, who met on Monday, said the talks had stalled.\n", "statements")
    assert _speakers_of(a, "talks had stalled") == {"Officials"}
