"""Issue 14, round 49 (session 24, helper stmt53): nominal cues with a definite source
(docs/annotation.md rule 1, rule 9 for intentions; ``_noun_complements.py``).

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of


def _rows(analysis, content_word: str):
    return [s for s in analysis.statements if content_word in s.content]


# -- a cue verb of direct speech only does not hold its object's statement ---------------------------

def test_statements_repeated_their_claim_is_the_subjects_claim_issue_14(extract) -> None:
    # "repeat" introduces quotations only, so main dropped the noun's row as nested in the verb's
    a = extract("Clashes went on overnight in the capital.\nPolice officials repeated their claim that the "
                "protesters had started the fire.\n", "statements")
    assert speakers_of(a, "protesters had started the fire") == {"Police officials"}


def test_statements_possessive_bound_by_named_subject_issue_14(extract) -> None:
    a = extract("The inquiry into the crash opened on Monday.\nTransport minister Anna Kowalski repeated her "
                "claim that the pilots had ignored the warnings.\n", "statements")
    assert speakers_of(a, "pilots had ignored the warnings") == {"Anna Kowalski"}


def test_statements_stressed_his_view_stays_one_statement_guard_issue_14(extract) -> None:
    # guard: "stress" takes a noun phrase, so its own statement holds the noun's
    a = extract("The union met after the vote.\nMark Reilly stressed his view that the process would be quick.\n",
                "statements")
    rows = _rows(a, "process would be quick")
    assert [r.cue for r in rows] == ["stressed"]


def test_statements_rejected_their_accusation_is_not_the_subjects_guard_issue_14(extract) -> None:
    # guard: a rejected accusation is someone else's; its pronoun has no antecedent here
    a = extract("The count ended late on Sunday.\nThe opposition rejected their accusation that the vote had "
                "been rigged.\n", "statements")
    assert not _rows(a, "vote had been rigged")


def test_statements_questioned_his_claim_is_not_the_subjects_guard_issue_14(extract) -> None:
    # guard: a questioned claim is someone else's; "his" is resolved back to John Smith, not bound
    a = extract("John Smith testified on Monday.\nSenator Mary Collins questioned his claim that the funds had "
                "been returned.\n", "statements")
    assert speakers_of(a, "funds had been returned") == {"John Smith"}


def test_statements_possessive_of_the_other_gender_is_not_bound_issue_14(extract) -> None:
    # main gave no row ("repeat" swallowed it); "his" cannot be bound by Mary Collins: John Smith
    a = extract("John Smith testified on Monday.\nSenator Mary Collins repeated his claim that the funds had "
                "been returned.\n", "statements")
    assert speakers_of(a, "funds had been returned") == {"John Smith"}


# -- a noun cue as the subject of "be" with a "that" clause ------------------------------------------

def test_statements_possessed_argument_was_that_clause_issue_14(extract) -> None:
    a = extract("The appeal was heard in London.\nPfizer's counter-argument was that the trial data had been "
                "incomplete.\n", "statements")
    assert speakers_of(a, "trial data had been incomplete") == {"Pfizer"}


def test_statements_sourceless_argument_was_that_clause_gives_nothing_guard_issue_14(extract) -> None:
    # guard: no possessor, no source (rule 5)
    a = extract("The appeal was heard in London.\nThe argument was that the trial data had been incomplete.\n",
                "statements")
    assert not _rows(a, "trial data had been incomplete")


# -- a version is a noun cue --------------------------------------------------------------------------

def test_statements_disputed_the_prosecutions_version_issue_14(extract) -> None:
    a = extract("The trial resumed in Baghdad.\nHe also disputed the prosecution's version that he was arrested "
                "at the border in March.\n", "statements")
    rows = _rows(a, "arrested at the border")
    assert rows and {r.cue for r in rows} == {"version"} and {r.speaker_text for r in rows} == {"prosecution"}


def test_statements_comments_that_clause_is_a_noun_cue_issue_14(extract) -> None:
    a = extract("The strike entered its third day.\nLabour minister Petra Lind's comments that the strike was "
                "illegal angered the unions.\n", "statements")
    assert speakers_of(a, "strike was illegal") == {"Petra Lind"}


def test_statements_their_demand_that_is_a_request_issue_14(extract) -> None:
    a = extract("Crowds filled the square again.\nThe protesters repeated their demand that the president "
                "resign.\n", "statements")
    rows = _rows(a, "president resign")
    assert rows and {r.type for r in rows} == {"request"} and {r.cue for r in rows} == {"demand"}


# -- an intention noun with a to-infinitive under a verb of intention ----------------------------------

def test_statements_made_plans_to_is_an_intention_issue_14(extract) -> None:
    a = extract("Floods closed the main road.\nGovernor Maria Santos, who was abroad at a conference, made plans "
                "to return to the state immediately.\n", "statements")
    rows = _rows(a, "return to the state")
    assert rows and {r.type for r in rows} == {"intention"}
    assert speakers_of(a, "return to the state") == {"Maria Santos"}


def test_statements_declared_intent_to_is_an_intention_issue_14(extract) -> None:
    a = extract("Parliament met on Sunday.\nPrime Minister Jan Novak publicly declared intent to impose stricter "
                "limits on lobbying.\n", "statements")
    assert speakers_of(a, "impose stricter limits") == {"Jan Novak"}


def test_statements_have_the_intention_to_is_an_intention_issue_14(extract) -> None:
    a = extract("Fees rose again this year.\nOn May 9, the student unions have the intention to hold a sit-in in "
                "front of the ministry.\n", "statements")
    rows = _rows(a, "hold a sit-in")
    assert rows and {r.type for r in rows} == {"intention"} and {r.cue for r in rows} == {"intention"}


def test_statements_decisions_negated_and_requested_plans_are_no_intention_guard_issue_14(extract) -> None:
    # guard: a decision is an act (wikinews 87805), "no plans" is negated, and plans someone is asked to
    # make are not yet anyone's
    a = extract("Airlines braced for the ruling.\nThe EU made the decision to ban the carrier from its airspace.\n"
                "The company has no plans to close the plant.\nThe minister asked officials to make plans to "
                "cut the deficit.\n", "statements")
    assert not [s for s in a.statements if s.cue in {"decision", "plans"}]
