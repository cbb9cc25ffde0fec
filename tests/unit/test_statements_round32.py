"""Issue 14, round 32: a titled speaker is the person the title phrase ends in, when the parser split
the name from the title's head: the name hung on the title's complement ("US Ambassador to Germany
Richard Grenell alleged …") or apposed to a role the parser coordinated with the subject ("said
University of California, San Diego's chancellor, Pradeep Khosla").

Texts are from statements-rich16 / rich17 (English Wikinews 2019 via vanatteveldt/wikinews, CC BY
2.5) or written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


# -- the name hung on the title's complement -----------------------------------------------------

# rich16 wn2019-016 (blind run: speaker "US Ambassador")
_GRENELL = (
    "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had \"contributed to "
    "incredible human suffering, violence, and political instability felt across the world,\" by "
    "supporting Syrian President Bashar al-Assad.\n"
)


def test_statements_title_complement_before_a_name_gives_the_name_issue_14(extract) -> None:
    a = extract(_GRENELL, "statements")
    assert _speakers_of(a, "incredible human suffering") == {"Richard Grenell"}


def test_statements_a_name_right_after_the_preposition_is_no_title_holder_issue_14(extract) -> None:
    # guard: "an adviser to Mike Pompeo" is the adviser, never Pompeo (the name is the complement)
    a = extract("An adviser to Mike Pompeo said the talks had failed.\n", "statements")
    assert "Mike Pompeo" not in _speakers_of(a, "the talks had failed")


# -- the name apposed to a role coordinated with the subject -------------------------------------

# rich17 wn2019-029 (blind run: speaker "University of California")
_KHOSLA = (
    "\"Walter was the most brilliant scientist I have ever known,\" said University of California, San "
    "Diego's chancellor, Pradeep Khosla.\n"
)


def test_statements_role_coordinated_with_the_subject_gives_the_apposed_name_issue_14(extract) -> None:
    a = extract(_KHOSLA, "statements")
    assert _speakers_of(a, "most brilliant scientist") == {"Pradeep Khosla"}


def test_statements_role_apposed_to_the_subject_gives_the_apposed_name_issue_14(extract) -> None:
    # the same title phrase, parsed with the role apposed to the organisation instead of coordinated
    a = extract("\"We are pleased,\" said Stanford University, Palo Alto's president, Marc Tessier-Lavigne.\n",
                "statements")
    assert _speakers_of(a, "We are pleased") == {"Marc Tessier-Lavigne"}


def test_statements_a_real_coordination_is_left_alone_issue_14(extract) -> None:
    # guard: "Acme and its chairman, John Smith," is a coordination with "and": no title phrase
    a = extract("Acme Corp and its chairman, John Smith, said the merger would go ahead.\n", "statements")
    assert "John Smith" not in _speakers_of(a, "the merger would go ahead")


def test_statements_an_apposed_organisation_after_a_non_role_noun_is_left_alone_issue_14(extract) -> None:
    # guard: "Google's rival" is no person's role, so the apposed "Samsung Electronics" is not a
    # name after a title; Apple speaks
    a = extract("Apple, Google's rival, Samsung Electronics, said sales were weak.\n", "statements")
    assert "Samsung Electronics" not in _speakers_of(a, "sales were weak")
