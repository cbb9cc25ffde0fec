"""Issue 14 round 15: speaker classes the seventh blind set (statements-rich7, picked for speakers)
showed, and the speaker resolver's duplicate entity for a name the NER missed.

Texts marked rich7 are shortened from benchmarks/data/statements-rich7/: the ECB+ corpus (Cybulska
and Vossen 2014, NewsReader project, CC BY 3.0) or re3d (Dstl) UK Government part (GOV.UK; contains
public sector information licensed under the Open Government Licence v3.0).
"""

from __future__ import annotations

from hearsay.extract.statements._quote_marks import find_quote_spans


# rich7 22_2ecbplus: a straight opener closed by the Penn Treebank closer ('') in tokenised copy
VANORE = ("She walked inside, firing a shot at an employee who had yelled, \"Hide, she's got a gun! '' Vanore said. "
          "That shot missed. Officers freed seven people who had locked themselves in an office, said Vanore.\n")


def test_a_straight_opener_closes_at_two_apostrophes_rich7() -> None:
    spans = find_quote_spans(VANORE)
    assert [VANORE[q.start:q.end] for q in spans] == ["Hide, she's got a gun! "]


def test_a_straight_opener_closed_by_apostrophes_leaves_the_rest_to_its_cues_rich7(extract, spoken) -> None:
    # a later straight quotation must not pair with the first opener across the statements between
    text = "Lt. Frank Vanore spoke on Friday. " + VANORE + "\"I heard the gunfire, and I ran, '' Andy Ryan said.\n"
    found = spoken(extract(text, "statements"))
    assert ("Frank Vanore", "said", "Officers freed seven people who had locked themselves in an office") in found


def test_three_apostrophes_close_a_nested_single_quote_then_the_quotation_rich7() -> None:
    text = "\"As I was running they were yelling, 'Oh, my God, there's three people shot! ''' \"This is sad, '' he said.\n"
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans][0] == "As I was running they were yelling, 'Oh, my God, there's three people shot! '"


def test_apostrophes_inside_words_or_after_numbers_close_nothing_guard() -> None:
    # guard: a 5'' screen and rock 'n' roll are no closers; the straight quotation closes at its own mark
    text = "He said \"the 5'' screen plays rock 'n'' roll all day\" on Friday.\n"
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["the 5'' screen plays rock 'n'' roll all day"]


# rich7 1_14ecb: a tokenised quotation over three lines, one sentence a line
REID = ("Tara Reid spoke about her image.\n"
        "`` Trust me, my body is tired.\nI partied hard.\nBut I think it was that the people I partied with were not the "
        "best people. '' she told Us Weekly.\n")


def test_a_tokenised_quotation_runs_on_over_lines_to_its_closer_rich7() -> None:
    spans = find_quote_spans(REID)
    assert len(spans) == 1
    words = REID[spans[0].start:spans[0].end].strip()
    assert words.startswith("Trust me") and words.endswith("best people.")


def test_the_first_person_of_a_run_on_quotation_is_the_quoted_speaker_rich7(extract, spoken) -> None:
    found = spoken(extract(REID, "statements"))
    assert {s for s, _, c in found if "partied" in c} == {"Tara Reid"}


def test_a_tokenised_opener_with_no_closer_stays_to_its_line_guard() -> None:
    # guard: a blank line or another opener stops the run-on, as before
    text = "`` We are done.\n\nNext story here. ''\n"
    spans = find_quote_spans(text)
    assert [text[q.start:q.end].strip() for q in spans] == ["We are done."]


# rich7 22_2ecbplus: "the company" after a news agency was told something
KRAFT = ("A worker opened fire at the Kraft Foods plant in Philadelphia on Thursday. "
         "\"I heard the gunfire, and I ran,\" Andy Ryan told The Associated Press. "
         "\"This is a sad day for all of us,\" the company said in a statement.\n")


def test_the_company_is_never_the_outlet_a_speaker_told_rich7(extract, spoken) -> None:
    found = spoken(extract(KRAFT, "statements"))
    assert [s for s, _, c in found if c.startswith("This is a sad day")] == ["Kraft Foods"]


def test_the_company_after_a_named_company_subject_guard(extract, spoken) -> None:
    # guard: the subject organisation stays the company's antecedent
    text = "Acme Corp cut 200 jobs on Monday. The company said the plant would close in May.\n"
    assert [s for s, _, _ in spoken(extract(text, "statements"))] == ["Acme Corp"]


# rich7 14_6ecb: a pronoun subject of the clause "Police said" reports
POLICE = ("Residents were sent to Banstead Baptist Church after the blaze broke out. "
          "Police said they wanted to thank residents and local businesses for their patience.\n")


def test_a_pronoun_subject_of_a_reported_clause_is_the_reporter_rich7(extract, spoken) -> None:
    found = spoken(extract(POLICE, "statements"))
    assert [s for s, _, c in found if "patience" in c] == ["Police"]


def test_a_pronoun_that_disagrees_with_the_reporter_is_left_to_the_search_guard(extract, spoken) -> None:
    # guard: "she" reporting about "he" — Mary Smith never denied anything herself
    text = "John Brown was arrested on Monday. Mary Smith said he denied the charges.\n"
    found = spoken(extract(text, "statements"))
    assert [s for s, cue, _ in found if cue == "denied"] in ([], ["John Brown"])


# rich7 re3d uk-government 7148F3D0…: a statement set after "… said:" without quotation marks
HAMMOND = ("Philip Hammond welcomes the agreement.\nThe Foreign Secretary Philip Hammond said:\n"
           "I very much welcome the agreement on 2 December between the two governments.\n"
           "Iraq faces significant challenges. I welcome the important steps taken in recent weeks.\n"
           "I hope that all Iraqi leaders will follow this constructive approach.\n")


def test_first_person_after_an_unquoted_lead_in_is_the_speaker_not_the_writer_rich7(extract, spoken) -> None:
    found = spoken(extract(HAMMOND, "statements"))
    assert {s for s, cue, _ in found if cue in {"welcome", "hope"}} == {"Philip Hammond"}


def test_first_person_with_no_lead_in_stays_the_writer_guard(extract, spoken) -> None:
    # guard: an op-ed's "I" outside quotation marks is the writer, as before
    text = "The budget was published on Monday.\nI hope that all leaders will follow this constructive approach.\n"
    assert [s for s, cue, _ in spoken(extract(text, "statements")) if cue == "hope"] == ["the writer"]


# the brief's example: a surname the NER missed as a speaker is the person already named
def test_a_one_word_speaker_is_the_entity_the_article_already_has(extract) -> None:
    text = ("French President Hollande met German Chancellor Angela Merkel in Berlin on Monday to discuss the euro "
            "crisis. Hollande said the talks went well.\n")
    a = extract(text, "statements")
    names = [a.entities.entity(e).name for e in a.entities.ids()]
    assert names.count("Hollande") == 1
    (st,) = a.statements
    assert a.entities.entity(st.speaker).name == "Hollande"


def test_a_surname_two_people_share_stays_apart_guard(extract) -> None:
    # guard: two people of one surname: the bare surname is neither of them
    text = ("Francois Hollande and Thomas Hollande met in Paris on Monday to discuss the euro crisis. "
            "Hollande said the talks went well.\n")
    a = extract(text, "statements")
    (st,) = a.statements
    assert a.entities.entity(st.speaker).name not in {"Francois Hollande", "Thomas Hollande"}


def test_first_person_after_a_colon_lead_in_in_flattened_text_is_the_speaker_rich7(extract, spoken) -> None:
    # the same statement as it arrives flattened: no line break sets it off, the colon still does
    text = HAMMOND.replace("\n", " ").strip() + "\n"
    found = spoken(extract(text, "statements"))
    assert {s for s, cue, _ in found if cue in {"welcome", "hope"}} == {"Philip Hammond"}


def test_first_person_after_a_quotation_that_follows_the_colon_is_the_writer_guard(extract, spoken) -> None:
    # guard: once a quotation has closed the speaker's words, an unquoted "I" is the writer again
    text = ("Philip Hammond said: “We welcome the agreement.” I hope that all Iraqi leaders will follow this "
            "constructive approach.\n")
    assert [s for s, cue, _ in spoken(extract(text, "statements")) if cue == "hope"] == ["the writer"]


# rich7 13_3ecb: a trailing ", X reported" the parser hangs under the opening "said"
def test_a_trailing_report_relays_the_opening_speaker_rich7(extract) -> None:
    text = ("The church burned on Friday. Central Mat-Su Fire Department Chief James Steele said the department was "
            "`` treating it as suspicious and as potential arson at this point '' but did not elaborate, The Anchorage "
            "Daily News reported.\n")
    a = extract(text, "statements")
    (st,) = a.statements
    assert a.entities.entity(st.speaker).name == "James Steele"
    assert [a.entities.entity(v).name for v in st.via] == ["Anchorage Daily News"]


def test_a_trailing_report_of_its_own_words_stays_the_reporters_guard(extract, spoken) -> None:
    # guards: a report with no speaker inside stays the newspaper's; a relayed speaker stays as before
    text = "The church burned. Firefighters were on the scene until 5 a.m., the Anchorage Daily News reported.\n"
    assert [s for s, _, _ in spoken(extract(text, "statements"))] == ["Anchorage Daily News"]
    text = "Peskov said the talks would resume on Monday, Tass reported.\n"
    assert [s for s, _, _ in spoken(extract(text, "statements"))] == ["Peskov"]


# rich7 12_9ecb: "called for X to …" that the parser reads as a for-to adverbial clause
def test_a_for_to_clause_after_call_for_is_the_request_rich7(extract, spoken) -> None:
    text = ("Mr Gates, speaking at a security conference in Bahrain, also called for shipping companies to do more "
            "to protect their vessels.\n")
    found = spoken(extract(text, "statements"))
    assert [(s, c) for s, cue, c in found if cue == "called"] == [
        ("Mr Gates", "shipping companies to do more to protect their vessels")]


def test_call_for_a_noun_stays_the_noun_guard(extract, spoken) -> None:
    # guard: the plain prepositional object, as before
    assert [c for _, _, c in spoken(extract("The union called for calm on Monday.\n", "statements"))] == ["calm"]
