"""Issue 14, round 47 (session 23, helper stmt51): a mandative bare clause after a verb of
requesting or ordering is a request of the verb's source ("ordered the defendant remain in
custody", "requested prisoners be given access to lawyers", "insisted that the plan be approved").

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rule
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _rows(analysis, words: str) -> list:
    return [s for s in analysis.statements if words in s.content]


# -- order: a bare clause, with its subject parsed as the verb's object or marked by "that" ---------

def test_statements_ordered_object_bare_clause_is_a_request_issue_14(extract) -> None:
    a = extract("The hearing lasted an hour.\nJudge Anne Moore ordered the defendant remain in custody "
                "until his next court appearance.\n", "statements")
    rows = _rows(a, "the defendant remain in custody")
    assert rows and rows[0].content.startswith("the defendant remain in custody")
    assert {s.type for s in rows} == {"request"}
    assert _speakers_of(a, "remain in custody") == {"Anne Moore"}


def test_statements_ordered_that_bare_clause_issue_14(extract) -> None:
    a = extract("The case drew wide interest.\nThe judge ordered that the files be released to the press.\n",
                "statements")
    rows = _rows(a, "the files be released to the press")
    assert rows and {s.type for s in rows} == {"request"}


def test_statements_order_with_an_infinitive_or_an_object_only_is_left_guard_issue_14(extract) -> None:
    # guard (passes on main too): "ordered X to …" is no row in the golds (rich13 "ordered Lopez to
    # shoot"), nor is an order of goods; and an indicative clause is no mandative
    a = extract("The strike ended in May.\nThe court ordered the company to pay damages to the workers. "
                "The airline ordered twelve new aircraft from Boeing. The mayor ordered that the bridge "
                "was closed.\n", "statements")
    assert not [s for s in a.statements if s.cue and s.cue.lower().startswith("order")]


# -- request: the cue read as an adjective of the clause's subject ---------------------------------

def test_statements_requested_bare_passive_clause_issue_14(extract) -> None:
    # the parser reads "requested" as an adjective of "prisoners", the subject of "be given"
    a = extract("The report was published on Monday.\nAmnesty International requested prisoners be given "
                "access to lawyers.\n", "statements")
    rows = _rows(a, "prisoners be given access to lawyers")
    assert rows and rows[0].content.startswith("prisoners be given")
    assert {s.type for s in rows} == {"request"}
    assert _speakers_of(a, "access to lawyers") == {"Amnesty International"}


def test_statements_requested_bare_clause_keeps_its_subject_issue_14(extract) -> None:
    a = extract("The campaign began in 2012.\nThe Center for Marine Conservation and Friends of the Earth "
                "requested sea turtles be given new protections from the state government.\n", "statements")
    assert [s for s in a.statements if s.content.startswith("sea turtles be given new protections")]


# -- insist, propose: a mandative clause is a request, an indicative one an assertion ---------------

def test_statements_insisted_mandative_clause_is_a_request_issue_14(extract) -> None:
    a = extract("The vote was delayed.\nThe board insisted that the plan be approved before May.\n", "statements")
    rows = _rows(a, "the plan be approved before May")
    assert rows and {s.type for s in rows} == {"request"}


def test_statements_insisted_indicative_clause_stays_an_assertion_guard_issue_14(extract) -> None:
    # guard (passes on main too): "insist" with an indicative clause asserts (annotation.md rule 7)
    a = extract("The tests ended on Friday.\nResidents insisted that the water was safe to drink.\n",
                "statements")
    rows = _rows(a, "the water was safe to drink")
    assert rows and {s.type for s in rows} == {"assertion"}
