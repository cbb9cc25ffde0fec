"""Statements, issue 14, session 22 (lead): a figure reported is a report made, not one owed.

Round 44 made the object of "report" that holds a number a statement ("USGS reported 5.8"). A tax
form's instruction "Mary must report all four dividend payments" then became one, as would "will
report" and "to report": ``_contents._done_report`` keeps the frame to a finite or perfect verb with
no modal. Texts written for the test; the guard passes on round 44's code too.
"""

from __future__ import annotations


def _rows(analysis, words: str) -> list:  # type: ignore[no-untyped-def]
    return [s for s in analysis.statements if words in s.content]


def test_statements_owed_report_of_a_figure_is_no_statement_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Dividends are taxed at the source. Mary must report all four dividend payments on "
                "line 9. The firm will report 12 new stores next week.\n", "statements")
    assert not _rows(a, "dividend payments")
    assert not _rows(a, "12 new stores")


def test_statements_figure_reported_stays_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("The earthquake struck at noon. The USGS reported 5.8 on Tuesday, and the bank has "
                "reported 3 billion dollars in profit.\n", "statements")
    assert _rows(a, "5.8")
    assert _rows(a, "3 billion dollars")
