"""Issue 14, round 33: a speaker who "goes on" speaking ("Dittmar went on to add, “…”", "she went on:
“…”") and a nominal cue whose content follows "to the effect (that)" ("the palace issued a
statement to the effect the king considered …").

Texts are from statements-rich17 (English Wikinews 2019 via vanatteveldt/wikinews, CC BY 2.5) or
written for the test. Tests marked "guard" pass on main too: they pin what the new rules must leave
alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


# -- "go on" as a cue of direct speech ------------------------------------------------------------

# rich17 wn2019-027 (blind run: the second quotation missed)
_DITTMAR = (
    "According to Rutgers University political scholar Kelly Dittmar, \"Women hold fewer than 30 percent of "
    "state legislative seats across the country.\" Dittmar went on to add, \"If we want to see parity, it "
    "means that we also need to increase the number of Republican women.\"\n"
)


def test_statements_went_on_to_add_gives_the_subject_a_quotation_issue_14(extract) -> None:
    a = extract(_DITTMAR, "statements")
    assert _speakers_of(a, "we want to see parity") == {"Kelly Dittmar"}


def test_statements_went_on_with_a_colon_introduces_the_quotation_issue_14(extract) -> None:
    a = extract("Mary Smith smiled. She went on: \"It is the eve of the feast.\"\n", "statements")
    assert _speakers_of(a, "the eve of the feast") == {"Mary Smith"}


def test_statements_went_on_after_a_pause_introduces_the_quotation_issue_14(extract) -> None:
    # the subject sits on the first conjunct ("She paused, and then went on, “…”")
    a = extract("Mary Smith looked at him. She paused, and then went on, \"And after all, why should I not go?\"\n",
                "statements")
    assert _speakers_of(a, "why should I not go") == {"Mary Smith"}


def test_statements_talks_that_went_on_are_no_speaker_issue_14(extract) -> None:
    # guard (passes on main, which has no "go on" cue): only a speaker goes on speaking
    a = extract("The talks went on for hours, \"a marathon,\" one diplomat called them.\n", "statements")
    assert not [s for s in a.statements if s.speaker and a.entities.entity(s.speaker).name == "talks"]


def test_statements_went_on_without_a_quotation_is_no_statement_issue_14(extract) -> None:
    # guard: the quote frame only; "went on to win" reports no words
    a = extract("Jane Doe went on to win the election in 2012.\n", "statements")
    assert not a.statements


# -- "a statement to the effect (that) …" -----------------------------------------------------------

# rich17 wn2019-030 (blind run: missed)
_PALACE = (
    "Disqualifying the princess for candidacy, the palace issued a statement to the effect the king "
    "considered it inappropriate for royals to run for elected office.\n"
)


def test_statements_statement_to_the_effect_gives_its_clause_issue_14(extract) -> None:
    a = extract(_PALACE, "statements")
    assert _speakers_of(a, "the king considered it inappropriate") == {"palace"}


def test_statements_statement_to_the_effect_that_gives_its_clause_issue_14(extract) -> None:
    a = extract("The company issued a statement to the effect that it would appeal the ruling.\n", "statements")
    assert [s.content for s in a.statements] == ["it would appeal the ruling"]


def test_statements_statement_to_the_press_is_no_content_issue_14(extract) -> None:
    # guard: "to the press" is the addressee, not an "effect" complement
    a = extract("The company issued a statement to the press on Monday.\n", "statements")
    assert not a.statements


# -- a participle of a speech verb read as a noun between two quotations -------------------------

# rich17 wn2019-027 (blind run: the second quotation missed)
_SPEARMAN = (
    "State Senator Patricia Ann Spearman remarked, \"It's been a long, hard fight. I'm starting to see some of "
    "the fruits of not just my labor, but the labor of so many other people whose names I don't know,\" "
    "further remarking, \"Women in Nevada have said, 'It's time to do away with the patriarchy that that holds "
    "people down. It's just time to do away with it.'\"\n"
)


def test_statements_participle_between_quotations_continues_the_speaker_issue_14(extract) -> None:
    a = extract(_SPEARMAN, "statements")
    assert _speakers_of(a, "Women in Nevada") == {"Patricia Ann Spearman"}


def test_statements_an_ing_noun_between_quotations_is_no_cue_issue_14(extract) -> None:
    # guard: "building" is no speech verb's participle
    a = extract("\"We will stay,\" the mayor said of the \"building,\" \"it is ours.\"\n", "statements")
    assert not [s for s in a.statements if s.cue == "building"]


# -- an insider speaks for themself (docs/annotation.md rule 8) ------------------------------------

# rich16 wn2019-017 (blind run: speaker "source")
_SOURCE = (
    "A source within the central Interior Ministry reportedly said, \"I have been told not to make the death "
    "toll figures public.\"\n"
)


def test_statements_source_within_a_ministry_is_named_by_the_whole_phrase_issue_14(extract) -> None:
    a = extract(_SOURCE, "statements")
    assert _speakers_of(a, "death toll figures") == {"source within the central Interior Ministry"}


def test_statements_officials_inside_a_company_are_no_company_issue_14(extract) -> None:
    a = extract("Officials inside Acme Corp said the merger was dead.\n", "statements")
    assert _speakers_of(a, "the merger was dead") == {"Officials inside Acme Corp"}


def test_statements_officials_at_a_company_stay_the_company_issue_14(extract) -> None:
    # guard: "at" is no insider's preposition; the resolver's reading is unchanged
    a = extract("Officials at Acme Corp said the merger was dead.\n", "statements")
    assert _speakers_of(a, "the merger was dead") == {"Acme Corp"}
