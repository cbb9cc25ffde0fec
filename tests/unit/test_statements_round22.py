"""Issue 14, round 22: the flattened-text gap. A straight quotation mark shaped as an opener (a
space before it, a word after it) after a sentence end re-opens a quotation that ran over
paragraphs; in text that arrived without line breaks the quotation before it stops there
unclosed, as curly and tokenised marks already did (round 13), instead of closing on that mark
and shifting the pairing of every straight mark after it.

The article text is ECB+ 14_1ecbplus (statements-rich11; BBC News via the ECB+ corpus, Cybulska
and Vossen 2014, CC BY 3.0); the rest is written for the test. Tests marked "guard" pass on main
too: they pin what the new rule must leave alone.
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from hearsay.extract.statements._quote_marks import find_quote_spans


# ECB+ 14_1ecbplus, as its paragraphs stand: Goodman's quotation runs over two paragraphs, the
# first left unclosed and the next re-opened, the news convention
_WAITROSE = (
    "Matt Goodman, from the fire service, said: \"It would appear the fire started on the outside of the building. \"\n"
    "\"It then quickly spread to the roof so there is a significant amount of damage to the roof, but thankfully "
    "due to the early actions of the Wellington crew we could get a large weight of response to the scene.\n"
    "\"We've been able to prevent it spreading to other areas of the building, so the main store on the inside "
    "has got a reasonably small amount of smoke damage. \"\n"
    "Engineers were called to switch off the electricity supply to the building.\n"
    "A spokesman for Waitrose said: \"Luckily no - one has been hurt and we are very grateful to the fire service "
    "and police for their prompt and professional help. \"\n"
    "An investigation into the cause of the fire has begun.\n"
)
_FLAT = _WAITROSE.replace("\n", " ")


def _quoted(text: str) -> list[str]:
    return [" ".join(text[q.start:q.end].split()[:3]) for q in find_quote_spans(text)]


def test_statements_straight_mark_reopens_after_sentence_end_when_flattened_issue_14() -> None:
    spans = find_quote_spans(_FLAT)
    assert _quoted(_FLAT) == ["It would appear", "It then quickly", "We've been able", "Luckily no -"]
    assert spans[1].close is None and _FLAT[spans[1].start:spans[1].end].endswith("to the scene.")


def test_statements_flattened_pairing_keeps_narration_out_of_quotes_issue_14() -> None:
    # on main the mark before "We've" closed the second quotation and the one after "damage."
    # opened a new one, so "Engineers were called …" became Goodman's quoted words
    assert not any("Engineers" in _FLAT[q.start:q.end] for q in find_quote_spans(_FLAT))


def test_statements_flattened_continuation_and_spokesman_issue_14(extract) -> None:
    a = extract(_FLAT, "statements")
    by_content = {s.content[:15]: s for s in a.statements}
    assert "We've been able" in by_content
    assert a.entities.entity(by_content["We've been able"].speaker).name == "Matt Goodman"
    assert "Luckily no - on" in by_content
    assert not any(s.content.startswith("Engineers") for s in a.statements)


def test_statements_paragraphs_pair_the_same_guard() -> None:
    # guard: with its line breaks the article pairs as before (each paragraph ends the open quote)
    assert _quoted(_WAITROSE) == ["It would appear", "It then quickly", "We've been able", "Luckily no -"]


def test_statements_closing_mark_after_a_word_still_closes_guard() -> None:
    # guard, written: a closer after a sentence end and another quote opening right after it
    text = 'She said: "It is over." "We won," she added, "and we will win again."'
    assert _quoted(text) == ["It is over.", "We won,", "and we will"]


def test_statements_spaced_closing_mark_still_closes_guard() -> None:
    # guard, written: tokenised copy sets a space before the closer ('… the building. "')
    text = 'He said: "The fire started outside. " Crews came at six. "It spread fast. " he added.'
    assert _quoted(text) == ["The fire started", "It spread fast."]


_WORD = st.sampled_from(["the", "roof", "fell", "crews", "came", "we", "saw", "smoke", "it", "spread"])
_SENTENCE = st.lists(_WORD, min_size=2, max_size=6).map(lambda ws: " ".join(ws).capitalize() + ".")


@given(st.lists(st.tuples(_SENTENCE, _SENTENCE), min_size=1, max_size=4))
def test_statements_closed_quotes_pair_alike_flattened_property(pairs: list[tuple[str, str]]) -> None:
    # property: paragraphs of narration and a closed quotation pair the same with the line breaks
    # as spaces; the rule only ever acts on a quotation left open
    text = "\n".join(f'{a} "{b}" he said.' for a, b in pairs)
    assert _quoted(text) == _quoted(text.replace("\n", " "))


# -- a quotation after a lead-in's colon in flattened text ---------------------------------------

# ECB+ 9_4ecbplus (statements-rich5; a Union of Concerned Scientists release via ECB+, CC BY 3.0),
# flattened: the lead-in and its quoted paragraphs run on one line, and the label rule took the
# lead-in's last noun ("Program") for a transcript label
_GRIFO = (
    "The rule change was just one of several controversial Bush administration actions that undermined the "
    "scientific foundation of the Endangered Species Act, according to the Union of Concerned Scientists (UCS). "
    "In a related story, 1, 300 biologists and three scientific societies representing some 20, 000 scientists sent "
    "separate letters last Friday to the Interior and Commerce departments urging them to overturn the last - minute "
    "Bush rule changes. Below is a statement by Francesca Grifo, director of UCS's Scientific Integrity Program: "
    "\"Several last - minute Bush administration regulatory changes have undermined the scientific foundation of the "
    "Endangered Species Act, and today the Obama administration has begun to repair the damage. The message from tens "
    "of thousands of scientists around the country is clear: These unwarranted changes fundamentally undermine our "
    "ability to protect imperiled plants and animals. \"Today, the Obama administration restored critical checks and "
    "balances to protect our nation's biodiversity. Interior Secretary Salazar's decision is a long - awaited first "
    "step. But there is much more to be done. \""
)


def test_statements_flattened_lead_in_colon_gives_the_statement_its_author_issue_14(extract) -> None:
    a = extract(_GRIFO, "statements")
    assert _speaker_of(a, "Several last") == "Francesca Grifo"


def test_statements_flattened_lead_in_colon_continuation_keeps_the_author_issue_14(extract) -> None:
    a = extract(_GRIFO, "statements")
    assert _speaker_of(a, "restored critical checks") == "Francesca Grifo"


# a body long enough for a text with no line break to count as flattened (is_flat)
_BODY = " The union said the cuts would hit 400 jobs at the plant, and the company said it would talk to staff." * 8


def test_statements_flattened_transcript_labels_stay_labels_guard(extract) -> None:
    # guard, written in the shape of Wikinews 1173's e-mail exchange: a speaker label before a colon
    # holds no cue, so its quotation stays in the label's paragraph and the label rule reads it
    text = ("The following is the exchange as recorded: Senator Ann Lee: \"We will vote against the plan this week.\" "
            "Governor Tom Reid: \"Then we will wait for the next session of the assembly.\"" + _BODY)
    a = extract(text, "statements")
    assert _speaker_of(a, "vote against") == "Ann Lee"
    assert _speaker_of(a, "wait for the next") == "Tom Reid"


def test_statements_flattened_quoted_title_after_a_colon_is_no_statement_guard(extract) -> None:
    # guard, written in the shape of rich7 34_8ecbplus: a colon with no cue before a quoted title
    text = ("Some questioned her ability. An article with the subtitle: \"Do you have to be thin to be fit for the "
            "role of the nation's top doctor? \", was published shortly after the nomination." + _BODY)
    a = extract(text, "statements")
    assert not any("thin to be fit" in s.content for s in a.statements)


def _speaker_of(analysis, content_word: str) -> str | None:
    (s,) = [s for s in analysis.statements if content_word in s.content]
    return analysis.entities.entity(s.speaker).name if s.speaker else None


# -- a headline run into a lede that opens with a number word ------------------------------------

# ECB+ 24_10ecbplus (statements-rich10; i24news via ECB+, CC BY 3.0), flattened: the headline's
# "$2. 5" is a decimal split by tokenisation, no sentence end, and "Four men rammed …" opens the lede
_HEIST = (
    "http: / / www. i24news. tv / en / news / international / europe / 130909 - paris - hit - by - 2 - mn - euro - "
    "jewellery - heist Paris thieves nab $2. 5 million worth of jewellery Robbers crash 4x4 into store, grabbing "
    "jewelry and watches, before setting car ablaze Four men rammed their car into an upmarket jewellery store in "
    "central Paris on Monday, smashing the shop window and making off with a two - million - euro ($2. 6 - million) "
    "booty, a police source said."
)


def test_statements_number_word_opens_the_lede_after_a_headline_issue_14() -> None:
    from hearsay.ingest.normalize import restore_breaks
    lines = restore_breaks(_HEIST + _BODY).split("\n")
    assert lines[1].endswith("before setting car ablaze")
    assert lines[2].startswith("Four men rammed")


def test_statements_lede_after_a_headline_is_its_own_statement_issue_14(extract) -> None:
    a = extract(_HEIST + _BODY, "statements")
    (s,) = [s for s in a.statements if "rammed" in s.content]
    assert s.content.startswith("Four men rammed")


def test_statements_number_word_inside_a_name_opens_nothing_guard() -> None:
    # guard, written: a number word before a capitalised word is part of a name
    from hearsay.ingest.normalize import restore_breaks
    assert "\n" not in restore_breaks("Rescuers found Three Mile Island workers safe on Monday morning." + _BODY)
    assert "\n" not in restore_breaks("Hamilton drove for the Formula One team in the race last year." + _BODY)


# -- a short page on one line ------------------------------------------------------------------

# ECB+ 1_13ecbplus (statements-ecb; ontheredcarpet.com via ECB+, CC BY 3.0), flattened: 763
# characters, under the 800 a text needs to count as flattened by its line-break rate, so the
# address, the headline and the dateline ran into the lede and the headline's "lawyer says"
# took the lede for its content
_LOHAN = (
    "http: / / www. ontheredcarpet. com / Lindsay - Lohan - checks - into - rehab - to - begin - 90 - day - stint - - "
    "lawyer - says / 9087997 Lindsay Lohan checks into rehab to begin 90 - day stint, lawyer says 05 / 02 / 2013 "
    "Lindsay Lohan has checked into a rehab facility to begin a 90 - day court - ordered stint, handed down as part "
    "of a sentence for a 2012 car crash case. However, it remains unclear whether a judge will accept her placement "
    "at the center, whose location was not revealed publicly, the Associated Press reported."
)


def test_statements_short_page_on_one_line_gets_its_top_lines_back_issue_14() -> None:
    from hearsay.ingest.normalize import restore_breaks
    lines = restore_breaks(_LOHAN).split("\n")
    assert lines[1] == "Lindsay Lohan checks into rehab to begin 90 - day stint, lawyer says"
    assert lines[2] == "05 / 02 / 2013" and lines[3].startswith("Lindsay Lohan has checked")


def test_statements_short_page_headline_report_is_not_the_lede_issue_14(extract) -> None:
    a = extract(_LOHAN, "statements")
    assert not any(s.content.startswith("Lindsay Lohan has checked") for s in a.statements)


def test_statements_one_line_paragraph_without_a_page_top_is_left_alone_guard() -> None:
    # guard, written: a short text on one line with no address, dateline or run-on headline
    from hearsay.ingest.normalize import restore_breaks
    text = ("The council said on Monday that the bridge over the river would stay closed until March, because "
            "engineers had found cracks in two of its supports. Residents said the closure had cut the town in two. "
            "Shop owners on the east bank said they had lost most of their trade since the autumn, and the mayor said "
            "she would ask the government for help with the cost of the repairs before the end of the month.")
    assert len(text) >= 400 and restore_breaks(text) == text
