"""Issue 14, round 34: a complement clause whose subject the parser took for the cue's object and
whose verb it hung on the cue itself ("Judge Gray Miller ruled [the male-only draft] violated …"),
"according to reports" as an indefinite source, and the part of a document as its speaker ("Part
of the judge's statement reads “…”").

Texts are from statements-rich18 (English Wikinews 2019 via vanatteveldt/wikinews, CC BY 2.5) or
written for the test. Tests marked "guard" pass on main too: they pin what the new rules must leave
alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


# -- the object the parser took from the complement clause -------------------------------------------

# rich18 wn2019-038 (blind run: both rulings missed)
_MILLER = (
    "In response to a lawsuit by the men's rights group National Coalition for Men, U.S. District Judge "
    "Gray Miller ruled the male-only draft violated the Due Process Clause of the United States "
    "Constitution.\n"
)
_TEXAS = (
    "On Friday, a federal judge in Texas ruled the United States federal government's practice of "
    "registering men but not women for the draft, or military conscription, is unconstitutional.\n"
)


def test_statements_object_and_verb_hung_on_the_cue_are_its_clause_issue_14(extract) -> None:
    a = extract(_MILLER, "statements")
    found = [s for s in a.statements if s.cue == "ruled"]
    assert [s.content for s in found] == [
        "the male-only draft violated the Due Process Clause of the United States Constitution"]
    assert _speakers_of(a, "male-only draft") == {"Gray Miller"}


def test_statements_object_with_an_aside_and_a_conjoined_verb_is_the_clause_issue_14(extract) -> None:
    # the comma that closes "…, or military conscription," stands between the object and "is"
    a = extract(_TEXAS, "statements")
    found = [s for s in a.statements if s.cue == "ruled"]
    assert len(found) == 1
    assert found[0].content.startswith("the United States federal government's practice")
    assert found[0].content.endswith("is unconstitutional")


def test_statements_verb_after_a_comma_the_object_did_not_open_is_no_clause_issue_14(extract) -> None:
    # guard (passes on main): "praised the team, said …" is a second verb of the same subject
    a = extract("The mayor praised the team, said it was a great season and left.\n", "statements")
    assert not [s for s in a.statements if s.content.startswith("the team, said")]
    assert _speakers_of(a, "a great season") == {"mayor"}


def test_statements_verb_joined_by_and_is_no_clause_of_the_object_issue_14(extract) -> None:
    # guard (passes on main): a conjunct after "and" keeps its own reading
    a = extract("Judge Jane Roe ruled the motion moot and dismissed the case on Monday.\n", "statements")
    assert not [s for s in a.statements if "dismissed the case" in s.content]


# -- "according to reports" ------------------------------------------------------------------------

# rich18 wn2019-042 (blind run: a spurious statement of "reports")
_REPORTS = (
    "Brenton also allegedly released an anti-Muslim document online. Social media have been struggling to "
    "censor the alleged gunman's videos of the murder, according to reports.\n"
)


def _sources(a) -> set[str]:
    return {a.entities.entity(s.speaker).name for s in a.statements if s.speaker}


def test_statements_according_to_bare_reports_is_no_statement_issue_14(extract) -> None:
    a = extract(_REPORTS, "statements")
    assert not [s for s in a.statements if "censor" in s.content]


def test_statements_according_to_various_reports_is_no_statement_issue_14(extract) -> None:
    a = extract("According to various reports, the actress checked into a clinic on Friday.\n", "statements")
    assert not [s for s in a.statements if "checked into a clinic" in s.content]


def test_statements_according_to_reports_of_a_named_outlet_stays_issue_14(extract) -> None:
    # guard (passes on main): whose reports they are makes them a source
    a = extract("According to reports in an Atlanta newspaper, the man fled the state.\n", "statements")
    assert [s for s in a.statements if "fled the state" in s.content]


def test_statements_according_to_media_reports_stays_issue_14(extract) -> None:
    # guard (passes on main): "local media reports" (statements-ecb 23_5ecbplus annotates the media)
    a = extract("Two climbers died, according to local media reports.\n", "statements")
    assert [s for s in a.statements if "climbers died" in s.content]


# -- part of a document ----------------------------------------------------------------------------

# rich18 wn2019-038 (blind run: the speaker was "Part of the judge's statement")
_PART = (
    "U.S. District Judge Gray Miller ruled on Friday. Part of the judge's statement reads \"the average "
    "woman could conceivably be better suited physically for some of today's combat positions.\"\n"
)


def test_statements_part_of_a_document_speaks_as_the_document_issue_14(extract) -> None:
    a = extract(_PART, "statements")
    (name,) = _speakers_of(a, "the average woman")
    assert name is not None and "statement" not in name and "Part" not in name
    assert "judge" in name.lower() or name == "Gray Miller"


def test_statements_possessor_of_a_document_is_its_author_issue_14(extract) -> None:
    a = extract("Jane Roe chairs the inquiry. The chairwoman's report reads \"the company was negligent.\"\n",
                "statements")
    (name,) = _speakers_of(a, "the company was negligent")
    assert name is not None and "report" not in name


# -- a purpose or result "so" clause is no content -------------------------------------------------

# rich18 wn2019-036 (blind run: spurious, "declared" with the purpose clause as content)
_DECLARED = (
    "On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of "
    "emergency United States President Donald Trump declared last Friday so he could fund a wall on the "
    "U.S.-Mexican border.\n"
)
# statements-ecb 27_1ecbplus (spurious on main: the result clause after an interrupting cue)
_USABILITY = (
    "Microsoft engineer Dustin Childs recommended changing settings. But doing this \"may affect "
    "usability\", he said, so users should add sites they trust to the IE trusted sites zone.\n"
)


def test_statements_purpose_clause_is_no_content_issue_14(extract) -> None:
    a = extract(_DECLARED, "statements")
    assert not [s for s in a.statements if s.content.startswith("so he could")]


def test_statements_result_clause_after_an_interrupting_cue_is_no_content_issue_14(extract) -> None:
    a = extract(_USABILITY, "statements")
    assert not [s for s in a.statements if "users should add" in s.content]
    assert _speakers_of(a, "may affect usability") == {"Dustin Childs"}


def test_statements_so_far_opens_a_reported_clause_issue_14(extract) -> None:
    # guard (passes on main): "so far" is a degree phrase inside the reported clause
    a = extract("John Smith said so far only the walls had collapsed.\n", "statements")
    assert _speakers_of(a, "only the walls had collapsed") == {"John Smith"}


def test_statements_so_inside_a_quotation_is_the_speakers_issue_14(extract) -> None:
    # guard (passes on main): statements-rich15 wn2019-007's quotation opens with "So"
    a = extract("John Smith said, \"So we told the president we needed the government open.\"\n", "statements")
    assert _speakers_of(a, "we told the president") == {"John Smith"}


# -- "one of the victims" ---------------------------------------------------------------------------

# rich18 wn2019-039 (blind run: the victim's own row missed; "one" was no source)
_VICTIM = (
    "One of the victims said the men thought they were \"nothing but a toy to play with\".\n"
)


def test_statements_one_of_a_plural_person_noun_is_a_source_issue_14(extract) -> None:
    a = extract(_VICTIM, "statements")
    outer = [s for s in a.statements if s.content.startswith("the men thought")]
    assert [a.entities.entity(s.speaker).name for s in outer] == ["One of the victims"]
    assert _speakers_of(a, "nothing but a toy") >= {"men"}


def test_statements_one_of_the_reasons_is_no_source_issue_14(extract) -> None:
    # guard (passes on main): "one of" a non-person plural names no speaker
    a = extract("One of the reasons, the report said, was the cost of the project.\n", "statements")
    names = {a.entities.entity(s.speaker).name for s in a.statements if s.speaker}
    assert not [n for n in names if n.lower().startswith("one")]


# -- "according to X" inside what a colon introduces ------------------------------------------------

# rich18 wn2019-036 (blind run: the clause before the colon was taken)
_JAZEERA = (
    "Trump's state of emergency appears to allow him to pull funding for the border wall from other places: "
    "potentially, according to Al Jazeera, US$3.6 billion from a Pentagon construction budget, $2.5 billion "
    "from anti-drug programs, and $601 million from a forfeiture fund within the U.S. Treasury Department.\n"
)


def test_statements_according_to_after_a_colon_attributes_what_follows_it_issue_14(extract) -> None:
    a = extract(_JAZEERA, "statements")
    found = [s for s in a.statements if s.cue == "according to"]
    assert len(found) == 1
    assert found[0].content.startswith("US$3.6 billion") and "from other places" not in found[0].content


def test_statements_according_to_closing_a_clause_takes_it_issue_14(extract) -> None:
    # guard (passes on main): with no colon the clause before the cue is the content
    a = extract("Sales at the firm fell sharply last year, according to Reuters.\n", "statements")
    assert [s.content for s in a.statements if s.cue == "according to"] == ["Sales at the firm fell sharply last year"]
