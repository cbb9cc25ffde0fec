"""Issue 14, round 30: a report does not reach back over a semicolon ("…; around 50 gallons of
diesel fuel, officials said, spilled and ignited"); a quotation inside a cue's own clause is that
cue's ("tweeted the response “required all hands on deck.”"); two quotations of one cue joined by
"and" are two statements; a quotation after an aside between dashes resumes the cue before the
aside; a "he"/"she" may take up a person description no entity stood for ("Timmons' 16 year-old
best friend took the stand … He said"); "characterised X as “…”" is a naming cue.

Texts are from statements-rich15 (English Wikinews 2019 via vanatteveldt/wikinews, CC BY 2.5),
statements-rich14 1_12ecbplus and 33_2ecb (ECB+ corpus, Cybulska and Vossen 2014, CC BY 3.0),
LitBank (The Prisoner of Zenda, public domain), or written for the test. Tests marked "guard" pass
on main too: they pin what the new rules must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _contents(analysis) -> list[str]:
    return [s.content for s in analysis.statements]


# -- a semicolon closes the clause a later cue could report ----------------------------------------

# rich15 wn2019-004 (blind run): the parser hung the clause before the semicolon on "said"
_DIESEL = (
    "One semi truck and a car broke through the center guardrail before colliding with other vehicles; "
    "around 50 gallons of diesel fuel, officials said, spilled and ignited.\n"
)


def test_statements_a_report_does_not_reach_back_over_a_semicolon_issue_14(extract) -> None:
    a = extract(_DIESEL, "statements")
    assert not any("guardrail" in c for c in _contents(a))
    assert _speakers_of(a, "spilled and ignited") == {"officials"}


def test_statements_a_cue_after_a_semicolon_keeps_its_that_clause_issue_14(extract) -> None:
    # rich15 wn2019-004: "notes" had two complements, the clause before the semicolon first
    a = extract(
        "It is presently unable to operate due to a shutdown of much of the Federal government in a budget "
        "dispute; however, its website notes that its operations center is still accepting accident "
        "notifications.\n", "statements")
    assert not any("unable to operate" in c for c in _contents(a))
    assert any(c.startswith("its operations center is still accepting") for c in _contents(a))


def test_statements_a_semicolon_inside_a_quotation_is_the_speakers_issue_14(extract) -> None:
    # guard: the speaker's own semicolon, inside the marks, splits nothing
    a = extract("“We are ready; we have trained for months,” the coach said.\n", "statements")
    assert _speakers_of(a, "We are ready") == {"coach"}


def test_statements_an_indirect_report_before_a_semicolon_stays_issue_14(extract) -> None:
    # guard: a cue before the semicolon reports its own clause as before
    a = extract("Police said the road was closed; drivers were told to wait.\n", "statements")
    assert any(c.startswith("the road was closed") for c in _contents(a))


# -- a quotation inside a cue's own clause ---------------------------------------------------------

# rich15 wn2019-004 (blind run): the quotation went to "Authorities", one character nearer
_SHERIFF = (
    "DeVita narrowly avoided being caught up in the accident. The Alachua Sheriff's Office tweeted the "
    "response \"required all hands on deck.\" Authorities stated the road was damaged by the fire's "
    "ferocity.\n"
)


def test_statements_a_quotation_in_the_cues_object_is_the_cues_issue_14(extract) -> None:
    a = extract(_SHERIFF, "statements")
    assert _speakers_of(a, "all hands on deck") == {"Alachua Sheriff's Office"}
    assert _speakers_of(a, "road was damaged") == {"Authorities"}


# -- two quotations of one cue -----------------------------------------------------------------------

# rich15 wn2019-007 (blind run): one mixed statement whose only own word was "and"
_SCHUMER = (
    "The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president once "
    "again: don't hold hundreds of thousands of federal workers hostage\" and \"So we told the president "
    "we needed the government open. He resisted.\"\n"
)


def test_statements_two_quotations_joined_by_and_are_two_statements_issue_14(extract) -> None:
    a = extract(_SCHUMER, "statements")
    found = [s for s in a.statements if "plea" in s.content or "resisted" in s.content]
    assert len(found) == 2
    assert {s.kind for s in found} == {"direct"}
    assert not any("plea" in s.content and "resisted" in s.content for s in found)
    assert _speakers_of(a, "resisted") == {"Chuck Schumer"}


def test_statements_a_quotation_and_own_words_stay_one_mixed_statement_issue_14(extract) -> None:
    # guard: words of the reporter's between the quotations make one mixed statement
    a = extract("Smith said the plan was “unworkable” and would “cost thousands of jobs”.\n", "statements")
    found = [s for s in a.statements if "unworkable" in s.content]
    assert len(found) == 1 and found[0].kind == "mixed" and "cost thousands" in found[0].content


# -- a quotation after an aside between dashes -----------------------------------------------------

# rich14 1_12ecbplus (round 28's blind miss)
_WHITE = (
    "Prosecutor Terry White told The Post a couple hours after a court hearing — where Lohan’ s lawyer "
    "Mark Heller said she was “ensconced in the bosom” of Morningside Recovery in Newport Beach — “I hear "
    "she’ s on her way to LAX and getting on a flight back to New York.”\n"
)


def test_statements_a_quotation_after_a_dashed_aside_resumes_its_cue_issue_14(extract) -> None:
    a = extract(_WHITE, "statements")
    assert _speakers_of(a, "on her way to LAX") == {"Terry White"}
    assert _speakers_of(a, "ensconced") == {"Mark Heller"}


# -- a pronoun takes up a person description ------------------------------------------------------

# rich14 33_2ecb (round 28's blind run: "He" went unresolved)
_FRIEND = (
    "The Albany County Sheriff's Department arrested one gentleman who refused to leave the courtroom "
    "after being asked to.\n"
    "The man claimed someone had pushed and shoved him inside.\n"
    "Once the trial resumed, Timmons' 16 year-old best friend took the stand and talked about the community "
    "gun described in a police statement.\n"
    "He said the .32-caliber gun was nicknamed `` Shaq '' referencing the Shaquille O'Neal's jersey number.\n"
)


def test_statements_he_takes_up_a_new_person_description_issue_14(extract) -> None:
    a = extract(_FRIEND, "statements")
    assert _speakers_of(a, "nicknamed") == {"Timmons' 16 year-old best friend"}


def test_statements_she_takes_up_an_indefinite_description_issue_14(extract) -> None:
    a = extract("Police were called to the house on Monday. A neighbour heard the shots.\n"
                "She said the door had been open all night.\n", "statements")
    assert _speakers_of(a, "door had been open") == {"neighbour"}


def test_statements_a_description_of_the_other_sex_is_no_antecedent_issue_14(extract) -> None:
    # guard: "mother" is female, so "He" stays with the man named before
    a = extract("John Smith opened the door of the farmhouse. His mother stood outside in the rain.\n"
                "He said the house had been cold for weeks.\n", "statements")
    assert _speakers_of(a, "house had been cold") == {"John Smith"}


def test_statements_a_first_person_possessor_names_no_new_person_issue_14(extract) -> None:
    # guard: LitBank dev (The Prisoner of Zenda): the narrator's relative is a character named before
    a = extract("“ I wish they did n’t crop out , ” said Rose , still flushed .\n"
                "“ I rather like them myself , ” said I , and , rising , I bowed to the portrait of Countess Amelia .\n"
                "My brother ’s wife uttered an exclamation of impatience .\n"
                "“ I wish you ’d take that picture away , Robert , ” said she .\n", "statements")
    assert _speakers_of(a, "picture away") == {"Rose"}


def test_statements_a_named_subject_still_wins_over_an_object_description_issue_14(extract) -> None:
    # guard: a description that is no subject is no candidate
    a = extract("Mayor Tom Brown met a reporter on Friday.\nHe said the budget would be cut.\n", "statements")
    assert _speakers_of(a, "budget would be cut") == {"Tom Brown"}


# -- "characterised as" ----------------------------------------------------------------------------

def test_statements_characterised_as_a_quoted_word_is_a_naming_cue_issue_14(extract) -> None:
    # rich15 wn2019-003 (blind miss)
    a = extract("President Andrzej Duda said the fire was an \"appalling tragedy\". Duda also characterised "
                "the deaths as \"crushing\" and wrote \"May God protect their parents and loved ones.\"\n",
                "statements")
    assert _speakers_of(a, "crushing") == {"Andrzej Duda"}
