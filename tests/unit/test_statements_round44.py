"""Issue 14, round 44: small clauses of judging verbs ("rules X unlawful", "considers X a symbol",
"found X to be Y", "calls this a redundant activity") and figures a source reports ("USGS
reported 5.8").

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _rows(analysis, words: str) -> list:
    return [s for s in analysis.statements if words in s.content]


# -- small clauses ------------------------------------------------------------------------------------

def test_statements_headline_rules_object_adjective_issue_14(extract) -> None:
    a = extract("High Court rules closure of the harbour unlawful\nTuesday, March 3, 2020\n"
                "The judges gave their reasons in a long summary.\n", "statements")
    assert _rows(a, "closure of the harbour unlawful")
    assert _speakers_of(a, "closure of the harbour") == {"High Court"}


def test_statements_found_object_to_be_predicate_issue_14(extract) -> None:
    a = extract("The tribunal heard the case in June. The tribunal found the dismissal to be unfair "
                "to the workers.\n", "statements")
    assert _rows(a, "the dismissal to be unfair")


def test_statements_found_guilty_is_no_statement_guard_issue_14(extract) -> None:
    # guard (passes on main too): a verdict ("found X guilty") and a discovery ("found the man
    # dead") are no view stated; find takes only the infinitival small clause
    a = extract("A jury found Marco Testa guilty of fraud in 1997. Police found the driver dead "
                "in his car.\n", "statements")
    assert not _rows(a, "guilty")
    assert not _rows(a, "dead")


def test_statements_consider_object_to_be_is_a_belief_issue_14(extract) -> None:
    a = extract("The Transport Workers Union held a rally on Friday. The union considers the holiday to be "
                "a symbol of workers' rights.\n", "statements")
    rows = _rows(a, "the holiday to be a symbol")
    assert rows and {s.type for s in rows} == {"belief"}
    assert _speakers_of(a, "the holiday to be") == {"Transport Workers Union"}


def test_statements_deemed_object_predicate_issue_14(extract) -> None:
    a = extract("The board of Acme Corp met on Monday. The board deemed the offer inadequate.\n", "statements")
    rows = _rows(a, "the offer inadequate")
    assert rows and {s.type for s in rows} == {"belief"}


def test_statements_calls_object_noun_predicate_issue_14(extract) -> None:
    a = extract("Blogger Imran Khalid writes about the campaign. Imran calls the march a redundant "
                "activity.\n", "statements")
    assert _rows(a, "the march a redundant activity")
    assert _speakers_of(a, "redundant activity") == {"Imran"}


def test_statements_call_with_a_name_or_plain_object_guard_issue_14(extract) -> None:
    # guard (passes on main too): a name given and a plain object are no small clause, and
    # "considering" a possibility states no view
    a = extract("The farmers called the new calf Daisy. The mayor called the meeting on Friday. "
                "Airlines are considering the possibility of fleet expansions.\n", "statements")
    assert not _rows(a, "Daisy")
    assert not _rows(a, "the meeting")
    assert not _rows(a, "fleet expansions")


# -- a reported figure --------------------------------------------------------------------------------

def test_statements_reported_a_figure_issue_14(extract) -> None:
    a = extract("The earthquake struck on Sunday. The first estimate of its magnitude was 5.5; the "
                "United States Geological Survey reported 5.8.\n", "statements")
    assert [s for s in a.statements if s.content == "5.8"]
    assert _speakers_of(a, "5.8") == {"United States Geological Survey"}


def test_statements_reported_a_loss_with_an_amount_issue_14(extract) -> None:
    a = extract("Ford lost $1.6 billion in 2005, and the company recently reported a second quarter "
                "loss of $254 million.\n", "statements")
    assert _rows(a, "a second quarter loss of $254 million")


def test_statements_reported_an_event_or_date_is_no_statement_guard_issue_14(extract) -> None:
    # guard (passes on main too): an object with no number, or only a date, reports no figure
    a = extract("A driver reported the crash to police. The company reported its 2019 results on "
                "Friday.\n", "statements")
    assert not _rows(a, "the crash")
    assert not _rows(a, "2019 results")


def test_statements_first_report_stops_at_a_semicolon_issue_14(extract) -> None:
    # the parser coordinates the second report with the first one's clause: the first content
    # must stop at the semicolon and the second source keep its figure
    a = extract("The magnitude was 5.5. Phivolcs reported the earthquake's magnitude was 5.5; "
                "United States Geological Survey (USGS) reported 5.8.\n", "statements")
    first = _rows(a, "magnitude was 5.5")
    assert first and all("Geological" not in s.content for s in first)
    assert _speakers_of(a, "5.8") == {"United States Geological Survey"}


# -- issued warnings, rulings and texts that settle a point --------------------------------------------

def test_statements_issued_warnings_against_issue_14(extract) -> None:
    a = extract("Thousands planned to gather near the base. The Air Force issued warnings against "
                "attempts to enter the restricted zone.\n", "statements")
    assert _rows(a, "against attempts to enter the restricted zone")
    assert _speakers_of(a, "against attempts") == {"Air Force"}


def test_statements_issued_statement_without_content_guard_issue_14(extract) -> None:
    # guard (passes on main too): a warning or statement with no content of its own is no row
    a = extract("The ministry issued a warning on Monday. The ministry issued a statement in the "
                "afternoon.\n", "statements")
    assert not a.statements


def test_statements_court_determined_object_is_clause_subject_issue_14(extract) -> None:
    a = extract("Zhukovskyy was arrested in June. The court determined Zhukovskyy's driving history "
                "rendered him a danger to the public.\n", "statements")
    assert _rows(a, "Zhukovskyy's driving history rendered him a danger")


def test_statements_constitution_stipulates_a_clause_issue_14(extract) -> None:
    a = extract("The governor resigned on Friday. The Puerto Rican constitution stipulates the "
                "secretary of state succeeds to the governorship.\n", "statements")
    assert _rows(a, "the secretary of state succeeds to the governorship")


def test_statements_determine_whether_is_no_statement_guard_issue_14(extract) -> None:
    # guard (passes on main too, where determine is no cue): a question clause is nothing settled
    a = extract("Investigators from the NTSB are trying to determine whether the pilot was tired.\n", "statements")
    assert not _rows(a, "the pilot was tired")
