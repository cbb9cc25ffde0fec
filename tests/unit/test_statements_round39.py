"""Issue 14, round 39 (docs/annotation.md rule 9): a definite source's promise, pledge or vow is an
intention with a "that" clause or a noun phrase as well as a to-infinitive, but not as a participle
hung on another clause; "demand" takes a noun phrase from a subject that can speak; a "that" clause
after a cue is its content before a clause the parser hung on the cue from before it.

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _rows(analysis, word: str) -> list:
    return [s for s in analysis.statements if word in s.content]


# -- promise, pledge, vow -----------------------------------------------------------------------------

def test_statements_promised_that_clause_is_an_intention_issue_14(extract) -> None:
    a = extract("Talks between Boeing and Aeroflot resumed in May. Boeing promised that technical "
                "assistance would be provided to the airline.\n", "statements")
    rows = _rows(a, "technical assistance would be provided")
    assert rows and {s.type for s in rows} == {"intention"}
    assert _speakers_of(a, "technical assistance") == {"Boeing"}


def test_statements_headline_promises_a_noun_phrase_issue_14(extract) -> None:
    a = extract("Polish leader Jan Nowak promises tougher penalties for tax fraud\nMonday, May 13, 2019\n"
                "Jan Nowak spoke at a rally in Warsaw on Sunday.\n", "statements")
    rows = _rows(a, "tougher penalties for tax fraud")
    assert rows and {s.type for s in rows} == {"intention"}
    assert _speakers_of(a, "tougher penalties") == {"Jan Nowak"}


def test_statements_vowed_that_clause_is_an_intention_issue_14(extract) -> None:
    a = extract("Mayor Anna Berg visited the flooded district on Friday. Berg vowed that every family "
                "would be rehoused by March.\n", "statements")
    rows = _rows(a, "every family would be rehoused")
    assert rows and {s.type for s in rows} == {"intention"}


def test_statements_promising_as_a_participle_adjunct_is_no_statement_guard_issue_14(extract) -> None:
    # guard (passes on main, whose "promise" has no clause frame): the founding article's "…,
    # promising that a monument would be erected" closes another report and is no row of its own
    a = extract("General Kim Sung praised the soldiers in a speech on Monday, promising that a monument "
                "would be erected in the capital.\n", "statements")
    assert not _rows(a, "a monument would be erected")


# -- demand with a noun phrase ------------------------------------------------------------------------

def test_statements_demands_a_noun_phrase_is_a_request_issue_14(extract) -> None:
    a = extract("Fiancée of murdered journalist demands justice at the United Nations\nMonday, September 23, 2019\n"
                "She spoke to reporters in New York.\n", "statements")
    rows = _rows(a, "justice")
    assert rows and {s.type for s in rows} == {"request"}


def test_statements_people_demand_a_noun_phrase_issue_14(extract) -> None:
    a = extract("Thousands marched through the capital on Saturday. People demand the resignation of "
                "the finance minister.\n", "statements")
    rows = _rows(a, "the resignation of the finance minister")
    assert rows and {s.type for s in rows} == {"request"}


def test_statements_a_body_that_demanded_a_noun_phrase_issue_14(extract) -> None:
    a = extract("The decision was welcomed by the Federal Service for Financial Markets, which demanded "
                "the suspension of the shares.\n", "statements")
    assert _rows(a, "the suspension of the shares")


def test_statements_a_need_that_demands_a_noun_phrase_is_no_request_guard_issue_14(extract) -> None:
    # guard (passes on main): a subject that cannot speak demands nothing said
    a = extract("The crisis demanded his immediate attention. Consumers were demanding smaller cars.\n", "statements")
    assert not _rows(a, "his immediate attention")
    assert not _rows(a, "smaller cars")


def test_statements_a_demand_inside_a_report_stays_the_reporters_guard_issue_14(extract) -> None:
    # guard (passes on main): the demand is part of what Boeing says, as a request in the
    # to-infinitive frame is (round 9), so the report keeps its own row and speaker
    a = extract("Boeing said airlines demand better fuel economy from new planes.\n", "statements")
    assert _speakers_of(a, "airlines demand better fuel economy") == {"Boeing"}
    assert not [s for s in a.statements if s.content == "better fuel economy from new planes"]


# -- a "that" clause after the cue --------------------------------------------------------------------

def test_statements_that_clause_after_the_cue_wins_over_a_fronted_one_issue_14(extract) -> None:
    # the parser hangs the fronted "Ere …" clause on "told" as a second complement (LitBank dev's
    # "Ere young Linwood left the quadroon that evening, he promised her that …")
    a = extract("Henry Morgan loved Clara. Ere young Morgan left the cottage that evening , he told her "
                "that he would become her husband .\n", "statements")
    assert _rows(a, "he would become her husband")
    assert not _rows(a, "left the cottage")


# -- a headline verb the parser read as a noun --------------------------------------------------------

def test_statements_headline_requests_read_as_a_noun_issue_14(extract) -> None:
    # the parser reads "requests" as a compound noun and "rerun" as the root (no finite verb)
    a = extract("Government Ethics Office requests rerun of state lottery bid\nJuly 2, 2008\n"
                "The office published its findings on Tuesday.\n", "statements")
    rows = _rows(a, "rerun of state lottery bid")
    assert rows and {s.type for s in rows} == {"request"}
    assert _speakers_of(a, "rerun of state lottery bid") == {"Government Ethics Office"}


def test_statements_headline_rules_with_a_clause_read_as_a_noun_issue_14(extract) -> None:
    a = extract("Greek court rules worship of ancient deities is legal\n"
                "A court in Athens decided the case on Friday.\n", "statements")
    assert _rows(a, "worship of ancient deities is legal")


def test_statements_headline_plural_noun_before_a_verb_stays_a_noun_guard_issue_14(extract) -> None:
    # guard (passes on main): "reports" has no object of its own and the line has a verb
    a = extract("Police reports show a rise in burglaries\nThe figures were published on Monday.\n", "statements")
    assert not [s for s in a.statements if s.cue == "reports"]
