"""Statements, issue 14, round 46 (session 23, stmt50): speakers.

- A plural noun phrase of people that no entity stands for ("Several labour unions", "Protesters'")
  is a candidate antecedent of a later "they", scored like any other (``_group_antecedents``).
- The possessor of a subject that is itself no candidate is the previous sentence's centre
  ("Protesters' demands include …. They …"; ``_antecedent_choice.previous_centre``).
- A plural of people before a "from/in/of" phrase is a description, not a titled name ("Lawmakers
  in Congress"; ``_phrases._titled_name``).

Texts written for the tests in the shape of the dev rows (statements-gv2012 gv-317265,
statements-wn2019 wn2019-065); the guards pass on the code before the round too.
"""

from __future__ import annotations


def _row(analysis, words: str):  # type: ignore[no-untyped-def]
    rows = [s for s in analysis.statements if words in s.content]
    assert rows, [s.content for s in analysis.statements]
    return rows[0]


def _name(analysis, eid: str | None) -> str:  # type: ignore[no-untyped-def]
    return analysis.entities.entity(eid).name if eid is not None else ""


def test_statements_they_takes_up_group_subject_of_its_sentence_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("The newspaper El Siglo wrote that the change would help tourism. Several labour unions "
                "were outraged because they said the holiday belonged to the workers.\n", "statements")
    st = _row(a, "belonged to the workers")
    assert "labour unions" in _name(a, st.speaker).lower()


def test_statements_they_takes_up_possessor_of_previous_subject_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("The BBC reported that the march had been peaceful. Protesters' demands include the release "
                "of everyone arrested. They had asked the chief executive to resign from her post.\n", "statements")
    st = _row(a, "resign from her post")
    assert _name(a, st.speaker).lower().startswith("protesters")


def test_statements_they_still_takes_up_named_organisation_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Acme Corp said on Monday that its profits rose by a tenth. They said the plant in Ohio "
                "would stay open.\n", "statements")
    st = _row(a, "would stay open")
    assert _name(a, st.speaker) == "Acme Corp"


def test_statements_they_after_reporter_subject_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Police said they found the car near the river.\n", "statements")
    st = _row(a, "found the car")
    assert st.speaker_text == "Police"


def test_statements_lawmakers_in_body_is_no_titled_name_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Lawmakers in Congress said the bill would fail.\n", "statements")
    st = _row(a, "the bill would fail")
    assert _name(a, st.speaker) != "Lawmakers in Congress"
    assert not any(a.entities.entity(e).name == "Lawmakers in Congress" for e in a.entities.ids())


def test_statements_titled_blog_name_stays_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Notes from the Cuban Exile Quarter provides some background, explaining that the day "
                "matters to exiles.\n", "statements")
    st = _row(a, "the day matters")
    assert _name(a, st.speaker) == "Notes from the Cuban Exile Quarter"


def test_statements_they_takes_up_group_over_place_of_adjunct_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Two journalists were arrested in Cairo on Sunday. They said police had beaten them.\n", "statements")
    st = _row(a, "police had beaten them")
    assert "journalists" in _name(a, st.speaker).lower()
