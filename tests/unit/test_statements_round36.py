"""Issue 14, round 36 (news as it comes, statements-wn2019 dev): a report of the speaker's own plan
is one statement ("reiterated he plans on leaving …, even if …"), an infinitive
the parser made a purpose clause after an addressee ("advised residents to …"), a passive for-to
clause ("called for the bill to be dropped"), people who report someone else's words keep their own
row ("According to investigators, Z said …"), and a quotation after a colon whose verb is no cue
("Governor Edwards addressed the public: “…”").

Texts are from statements-wn2019 dev (English Wikinews 2019 via vanatteveldt/wikinews, CC BY 2.5) or
written for the test. Tests marked "guard" pass on main too: they pin what the new rules must leave
alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of
from _speaker_probes import via_of as _via_of


def _types_of(analysis, content_word: str) -> set[str | None]:
    found = [s for s in analysis.statements if content_word in s.content]
    assert found, content_word
    return {s.type for s in found}


# -- a report of one's own plan (docs/annotation.md rule 7) ----------------------------------------

def test_statements_reiterated_he_plans_on_is_one_statement_of_the_speaker_issue_14(extract) -> None:
    # wn2019-077: before, a second row of the inner "plans" gave "he" to the other candidate
    text = (
        "Boris Johnson and Jeremy Hunt are the last two candidates. Hunt reiterated he plans on leaving the "
        "European Union even if no agreement has been reached.\n"
    )
    a = extract(text, "statements")
    found = [s for s in a.statements if "leaving the European Union" in s.content]
    assert len(found) == 1
    assert _speakers_of(a, "leaving the European Union") == {"Jeremy Hunt"}


def test_statements_reiterated_another_s_plan_keeps_the_report_guard_issue_14(extract) -> None:
    # guard: someone else's plan is the reporter's statement, whose content holds it
    a = extract("Hunt reiterated Johnson plans on leaving the European Union even if no deal is reached.\n", "statements")
    assert _speakers_of(a, "Johnson plans") == {"Hunt"}


# -- infinitives and for-to clauses after a request cue ---------------------------------------------

def test_statements_advised_residents_to_is_a_request_issue_14(extract) -> None:
    # wn2019-071: the parser made "to make plans" a purpose clause of "advised"
    text = "The mayor of New Orleans, LaToya Cantrell, advised residents of her city to make plans and shelter in place.\n"
    a = extract(text, "statements")
    assert _speakers_of(a, "shelter in place") == {"LaToya Cantrell"}
    assert _types_of(a, "shelter in place") == {"request"}


def test_statements_called_for_the_bill_to_be_dropped_issue_14(extract) -> None:
    # wn2019-065: a passive for-to clause ("the bill" is its nsubjpass)
    a = extract("Legal and religious groups have also called for the bill to be dropped.\n", "statements")
    assert _types_of(a, "the bill to be dropped") == {"request"}


def test_statements_called_the_meeting_to_discuss_is_no_request_guard_issue_14(extract) -> None:
    # guard: an object that names no people is no addressee; the infinitive is a purpose clause
    a = extract("The chairman called the meeting to discuss the budget.\n", "statements")
    assert not [s for s in a.statements if "discuss the budget" in s.content]


# -- people who report someone else's words ---------------------------------------------------------

_INVESTIGATORS = (
    "According to investigators, Zhukovskyy said he had over-corrected after being cut off by another "
    "driver, and he was not cited for the incident.\n"
)


def test_statements_according_to_investigators_keeps_their_row_issue_14(extract) -> None:
    # wn2019-067: two rows, the investigators' (the whole clause) and Zhukovskyy's via them
    a = extract(_INVESTIGATORS, "statements")
    assert _speakers_of(a, "Zhukovskyy said") == {"investigators"}
    assert _via_of(a, "over-corrected") >= {"investigators"}
    assert any(s.content.startswith("he had over-corrected") for s in a.statements)


def test_statements_according_to_an_outlet_only_relays_guard_issue_14(extract) -> None:
    # guard: an outlet merely relays (rule 7), no row of its own
    a = extract("According to CNN, Senator Smith said he would vote against the bill.\n", "statements")
    assert not [s for s in a.statements if "Smith said" in s.content]


# -- a quotation after a colon whose verb is no cue -------------------------------------------------

_EDWARDS = (
    "Louisiana declares state of emergency as Tropical Storm Barry approaches U.S. coast\n"
    "Friday, July 12, 2019\n"
    "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of emergency for the "
    "state on Thursday, with Tropical Storm Barry approaching the coast.\n"
    "Governor John Bel Edwards addressed the public: \"No one should take this storm lightly. As we know all "
    "too well in Louisiana, low intensity does not necessarily mean low impact.\" He said he has arranged for "
    "3000 of the National Guard to be available and has search and rescue teams at the ready and has "
    "requested U.S. President Donald Trump declare a state of emergency in Lousiana on the federal level.\n"
)


def test_statements_addressed_the_public_colon_quotation_issue_14(extract) -> None:
    # wn2019-071 (missed on main)
    a = extract(_EDWARDS, "statements")
    assert _speakers_of(a, "take this storm lightly") == {"John Bel Edwards"}


def test_statements_colon_after_a_thing_introduces_nothing_guard_issue_14(extract) -> None:
    # guard: the subject of the clause before the colon is no speaker
    a = extract("The storm reached the coast on Friday: \"Waves are high here.\"\n", "statements")
    assert not [s for s in a.statements if s.cue == "reached"]


# -- a name apposed between commas before a subjectless cue -----------------------------------------

_MSALLEM = (
    "Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of Human Rights, "
    "Jamel Msallem, said, \"We are for the freedom to dress, but today with the current situation we find "
    "justifications for this decision\".\n"
)


def test_statements_name_apposed_before_a_subjectless_said_issue_14(extract) -> None:
    # wn2019-069: before, round 35's fronted-phrase rule took "Defence of Human Rights"
    a = extract(_MSALLEM, "statements")
    assert _speakers_of(a, "freedom to dress") == {"Jamel Msallem"}


# wn2019-070: the dash splits the bank's name, and the parser makes "Export" the subject
_ORAMAH = (
    "African Export–Import Bank president Okey Oramah said the use of third-party currencies \"costs Africa "
    "between $5 and $7 billion,\" further saying, \"Beyond that, it also reduces trade because Africa has a "
    "scarcity of foreign exchange.\"\n"
)


def test_statements_organisation_title_person_subject_is_the_person_issue_14(extract) -> None:
    a = extract(_ORAMAH, "statements")
    assert _speakers_of(a, "third-party currencies") == {"Okey Oramah"}


def test_statements_participle_with_an_adverb_after_a_closing_quote_issue_14(extract) -> None:
    # "…,” further saying, “…”": the participle shares the reporting clause's subject
    a = extract(_ORAMAH, "statements")
    assert _speakers_of(a, "reduces trade") == {"Okey Oramah"}


def test_statements_organisation_apposed_after_a_comma_keeps_its_subject_guard_issue_14(extract) -> None:
    # guard: with a comma the apposition describes the subject; the organisation stays the speaker
    a = extract("Acme Corporation, the employer of John Smith, said the plant would close.\n", "statements")
    assert _speakers_of(a, "the plant would close") == {"Acme Corporation"}


# -- an evaluated object and the relative clause after it --------------------------------------------

_KUPEC = (
    "Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply criticized the "
    "House's decision, which Ross has referred to as \"gamesmanship\" and a \"stunt\".\n"
)


def test_statements_criticized_object_stops_before_its_relative_clause_issue_14(extract) -> None:
    # wn2019-074: before, the content ran on into Ross's words
    a = extract(_KUPEC, "statements")
    assert any(s.content == "the House's decision" for s in a.statements)


def test_statements_referred_to_as_a_quoted_fragment_is_its_subject_s_issue_14(extract) -> None:
    a = extract(_KUPEC, "statements")
    assert _speakers_of(a, "gamesmanship") == {"Ross"}


def test_statements_referred_to_without_quotation_is_no_statement_guard_issue_14(extract) -> None:
    # guard: "refer" has only the fragment frame
    a = extract("The minister referred to the report in his speech on Monday.\n", "statements")
    assert not [s for s in a.statements if s.cue == "referred"]


# -- "according to X" opening a conjunct ------------------------------------------------------------

def test_statements_according_to_after_but_attributes_the_conjunct_issue_14(extract) -> None:
    # wn2019-064: before, the phrase took the clause before "but"
    text = (
        "Vanderbilt was married to director Sidney Lumet and author Wyatt Cooper; but, according to her memoirs, "
        "also had some degree of romantic involvement with Errol Flynn.\n"
    )
    a = extract(text, "statements")
    found = [s for s in a.statements if s.cue and s.cue.lower() == "according to"]
    assert found and found[0].content.startswith("also had some degree")


def test_statements_according_to_after_a_clause_keeps_the_clause_guard_issue_14(extract) -> None:
    # guard: a sentence-final phrase attributes the clause before it
    a = extract("Sales rose five percent last year, according to analysts.\n", "statements")
    assert _speakers_of(a, "Sales rose") == {"analysts"}


# -- a fronted adverbial clause the parser made the cue's complement ---------------------------------

def test_statements_fronted_before_clause_is_no_content_issue_14(extract) -> None:
    # wn2019-074: before, the content was the "minutes before …" clause
    text = (
        "On June 12, minutes before the Oversight Committee voted to refer them to the full House to be held in "
        "contempt, Trump formally claimed the documents were subject to executive privilege.\n"
    )
    a = extract(text, "statements")
    found = [s for s in a.statements if s.cue == "claimed"]
    assert [s.content for s in found] == ["the documents were subject to executive privilege"]
