"""Issue 14, round 48 (session 23, helper stmt52): a joint source the parser splits is the whole
coordination ("New Orleans and Jefferson Parish officials", "The Center for Biological Diversity
and Center for Food Safety", "The opposition parties, PML-N and PTI"), as every dev gold names it
(docs/annotation.md rule 3).

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rule
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _speaker_texts(analysis, content_word: str) -> set[str | None]:
    found = [s for s in analysis.statements if content_word in s.content]
    assert found, content_word
    return {s.speaker_text for s in found}


# -- a name and a plural noun its own names modify ----------------------------------------------------

def test_statements_place_and_county_officials_are_one_source_issue_14(extract) -> None:
    # the parser makes "officials" the conjunct of "Orleans": main gave "New Orleans" alone
    a = extract("The river rose again overnight.\nNew Orleans and St. Bernard Parish officials have said the "
                "pumps are working.\n", "statements")
    assert _speakers_of(a, "pumps are working") == {"New Orleans and St. Bernard Parish officials"}


def test_statements_joint_officials_group_is_a_person_group_and_members_keep_mentions_issue_14(extract) -> None:
    a = extract("The river rose again overnight.\nNew Orleans and Jefferson Parish officials said the water "
                "was receding.\n", "statements")
    row = next(s for s in a.statements if "water was receding" in s.content)
    group = a.entities.entity(row.speaker)
    # a person group: a person's name holds no "and", so the ledger never keys it (issue 12)
    assert group.type == "PERSON" and group.name == "New Orleans and Jefferson Parish officials"
    # each member keeps its own mention: "New Orleans" still answers for itself
    start = a.article.text.index("New Orleans and")
    members = [e for e in a.entities.ids() if e != row.speaker
               and any(m.start == start for m in a.entities.entity(e).mentions)]
    assert [a.entities.entity(e).name for e in members] == ["New Orleans"]


# -- a second name hung inside the first name ----------------------------------------------------------

def test_statements_second_center_inside_the_first_name_issue_14(extract) -> None:
    a = extract("Monarch numbers fell again.\nThe Center for Biological Diversity and Center for Food Safety "
                "requested monarch butterflies be given protections in 2014.\n", "statements")
    assert _speaker_texts(a, "monarch butterflies be given") == {"Center for Biological Diversity and Center for Food Safety"}


# -- a plural noun apposed to the names it lists -------------------------------------------------------

def test_statements_plural_noun_with_listed_names_is_the_group_issue_14(extract) -> None:
    a = extract("The count ended on Sunday.\nThe opposition parties, Labour and the Liberal Democrats, said the "
                "vote was rigged.\n", "statements")
    assert _speaker_texts(a, "vote was rigged") == {"opposition parties, Labour and the Liberal Democrats"}


def test_statements_unions_with_listed_names_issue_14(extract) -> None:
    a = extract("Talks broke down on Friday.\nThe unions, Unite and GMB, said the strike would go ahead.\n",
                "statements")
    assert _speaker_texts(a, "strike would go ahead") == {"unions, Unite and GMB"}


# -- guards ------------------------------------------------------------------------------------------

def test_statements_one_name_with_and_stays_one_name_guard_issue_14(extract) -> None:
    # guard: "Health and Human Services" is one department's name, not two bodies
    a = extract("The rule was published on Monday.\nThe Department of Health and Human Services said the rule "
                "would take effect in May.\n", "statements")
    assert _speaker_texts(a, "take effect in May") == {"Department of Health and Human Services"}


def test_statements_name_and_plain_plural_or_person_left_guard_issue_14(extract) -> None:
    # guard: a plural with no names of its own, and a person with a description, are left to the
    # older rules ("Obama and aides", "John Smith and his wife")
    a = extract("The vote was close.\nJohn Smith and his wife said they were happy with the result.\n",
                "statements")
    assert _speakers_of(a, "happy with the result") == {"John Smith"}
    b = extract("The storm passed.\nTexas and Louisiana officials said the storm had weakened overnight.\n",
                "statements")
    assert _speaker_texts(b, "storm had weakened") == {"Texas and Louisiana officials"}
