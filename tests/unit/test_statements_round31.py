"""Issue 14, round 31: "encourage X to …" is a request of a person, organisation or country (never of
a thing: "the results encouraged investors to …"); a verb of saying whose object is a plan, decision
or demand types the statement by that noun ("have announced plans to pull out": an intention); a
title phrase with no comma ends in the person apposed to it between commas ("National LGBT news source
Daily Xtra's editorial director, Rachel Giese, said").

Texts are from statements-rich16 (English Wikinews 2019 via vanatteveldt/wikinews, CC BY 2.5) or
written for the test. Tests marked "guard" pass on main too: they pin what the new rules must leave
alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _found(analysis, word: str):
    return [s for s in analysis.statements if word in s.content]


# -- "encourage X to …" --------------------------------------------------------------------------

# rich16 wn2019-016 (blind run: both missed)
_MAHAN = (
    "The US has been encouraging allies such as Germany to restrict Mahan's operations. With the US "
    "encouraging commercial entities to cease trading in Iran, German firms have announced plans to pull "
    "out of the Middle Eastern nation.\n"
)


def test_statements_encourage_to_is_a_request_issue_14(extract) -> None:
    a = extract(_MAHAN, "statements")
    for word in ("restrict Mahan's operations", "cease trading in Iran"):
        (st,) = _found(a, word)
        assert st.type == "request"
        assert _speakers_of(a, word) == {"United States"}


def test_statements_a_subject_hung_on_the_auxiliary_still_encourages_issue_14(extract) -> None:
    # rich16 wn2019-016 in its paragraph: the parser hangs "US" on "been", and NER leaves it untyped
    a = extract(
        "Mahan flies to Spain. The US has been encouraging allies such as Germany to restrict the "
        "airline's operations.\n", "statements")
    (st,) = _found(a, "restrict the airline's operations")
    assert st.type == "request"


def test_statements_a_role_noun_encourages_too_issue_14(extract) -> None:
    a = extract("The mayor encouraged residents to stay indoors until the storm passed.\n", "statements")
    (st,) = _found(a, "stay indoors")
    assert st.type == "request"


def test_statements_a_thing_encourages_nobody_issue_14(extract) -> None:
    # guard: a finding that encourages is a cause, not a speaker
    a = extract("The results encouraged investors to buy more shares of the company.\n", "statements")
    assert not a.statements


# -- the announced noun types the statement -----------------------------------------------------

def test_statements_announced_plans_are_an_intention_issue_14(extract) -> None:
    a = extract(_MAHAN, "statements")
    (st,) = _found(a, "pull out")
    assert st.type == "intention"
    assert _speakers_of(a, "pull out") == {"German firms"}


def test_statements_an_announced_decision_is_an_intention_issue_14(extract) -> None:
    a = extract("The union announced its decision to strike on Monday over unpaid wages.\n", "statements")
    (st,) = _found(a, "decision to strike")
    assert st.type == "intention"


def test_statements_a_criticised_decision_stays_an_assertion_issue_14(extract) -> None:
    # guard: a verb of position judges the decision, it announces none
    a = extract("The union criticised the decision to close the plant in the spring.\n", "statements")
    assert all(s.type != "intention" for s in a.statements)


def test_statements_announced_results_stay_an_assertion_issue_14(extract) -> None:
    # guard: an object that names no act
    a = extract("The company announced record profits for the third quarter.\n", "statements")
    (st,) = _found(a, "record profits")
    assert st.type == "assertion"


# -- a title phrase that ends in a name between commas ------------------------------------------

# rich16 wn2019-022 (blind run: the speaker was "National LGBT")
_GIESE = (
    "National LGBT news source Daily Xtra's editorial director, Rachel Giese, said she felt Tuesday's pleas "
    "might provide \"some solace for the families and friends of the victims,\" but would not answer "
    "questions being asked of authorities.\n"
)


def test_statements_a_title_phrase_ends_in_the_apposed_name_issue_14(extract) -> None:
    a = extract(_GIESE, "statements")
    assert _speakers_of(a, "some solace") == {"Rachel Giese"}


def test_statements_a_title_chain_without_commas_stays_issue_14(extract) -> None:
    # guard: round 19's chain ("Colts interim coach Bruce Arians")
    a = extract("Colts interim coach Bruce Arians said the team was ready for the playoffs.\n", "statements")
    assert _speakers_of(a, "ready for the playoffs") == {"Bruce Arians"}
