"""Issue 14, round 43 (block quotations in flattened text): scraped corpora deliver web news with
every line break made a space, and the block-quotation rules of round 41 read paragraphs. The
breaks are restored where the text shows them (``_flat_blocks``): before a handle's or a transcript's
label, after a colon lead-in, where an original turns into its translation and where the writer's
narration resumes.

Texts are written for the test, on one line and long enough for ``is_flat`` to judge them
flattened. Tests marked "guard" pass on main too: they pin what the new rules must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of

from hearsay.ingest.normalize import is_flat


def _flat(text: str) -> str:
    assert "\n" not in text and is_flat(text), "a test text must be judged flattened"
    return text


def _with(analysis, word: str) -> list:
    return [s for s in analysis.statements if word in s.content]


_TRANSLATED = _flat(
    "Unions across the country protested against the new holiday, which moved the day off from "
    "Tuesday to Monday without warning. The newspaper El Diario writes: Un comunicado de la Presidencia "
    "señala que la oportunidad es propicia para el descanso de todos los trabajadores del país. A press "
    "release from the Presidency points out that the opportunity is a good one for all the workers of "
    "the country to rest. Thousands of workers marched through the capital on Tuesday morning and the "
    "police closed the main avenue for several hours."
)


def test_statements_flat_translation_is_the_lead_ins_block_issue_14(extract) -> None:
    # main finds no block in flattened text: the translation is the nested report of the
    # Presidency ("points out"), not the paper's quotation
    a = extract(_TRANSLATED, "statements")
    assert _speakers_of(a, "the opportunity is a good one") == {"El Diario"}


def test_statements_flat_original_is_the_lead_ins_block_issue_14(extract) -> None:
    a = extract(_TRANSLATED, "statements")
    assert _speakers_of(a, "Un comunicado de la Presidencia") == {"El Diario"}


def test_statements_flat_block_ends_before_the_narration_guard(extract) -> None:
    # guard (passes on main, which finds no block): the march after the translation is the
    # writer's narration, no part of the paper's block
    a = extract(_TRANSLATED, "statements")
    assert not _with(a, "Thousands of workers marched")


_TWEETS = _flat(
    "The court's verdict divided the country, and many people reacted on Twitter within minutes of "
    "the ruling on Thursday afternoon. Some called it a triumph of justice for the whole nation. "
    "@hamza101: Gilani is not just in contempt of court, he has lost the trust of the people! "
    "@alihzinsaf: A convict cannot lead the country and should resign today #Gilani "
    "The opposition parties have not yet decided whether they will take part in the next session "
    "of parliament, which opens in June."
)


def test_statements_flat_handle_opens_a_turn_issue_14(extract) -> None:
    # main reads the handles in flattened text as nothing: the tweets are no statements
    a = extract(_TWEETS, "statements")
    assert _speakers_of(a, "lost the trust of the people") == {"@hamza101"}
    assert _speakers_of(a, "should resign today") == {"@alihzinsaf"}


def test_statements_flat_turn_does_not_swallow_the_next_turn_issue_14(extract) -> None:
    a = extract(_TWEETS, "statements")
    turn = _with(a, "lost the trust of the people")
    assert turn and all("resign today" not in s.content for s in turn)


_LEAD_IN = _flat(
    "The mayor's plan to close the old market drew criticism from traders and residents all week, and "
    "the council postponed its vote until June. Maria Lopez, a trader at the market for twenty years, "
    "writes: The market is the heart of this town. Closing it would be a crime against its people! "
    "The council was founded in 1902 and governs a city of about two hundred thousand inhabitants. "
    "Its members are elected every four years in a single round of voting."
)


def test_statements_flat_colon_lead_in_runs_over_its_voice_issue_14(extract) -> None:
    # main reads the first sentence after "writes:" as the cue's clause and stops there; the
    # exclamation after it is her voice too (a block in flattened text runs on over such sentences)
    a = extract(_LEAD_IN, "statements")
    assert _speakers_of(a, "Closing it would be a crime") == {"Maria Lopez"}


def test_statements_flat_lead_in_block_stops_at_third_person_narration_guard(extract) -> None:
    # guard (passes on main, which finds no block): the council's history is the writer's
    a = extract(_LEAD_IN, "statements")
    assert not _with(a, "founded in 1902")


_INTERVIEW = _flat(
    "We spoke to the editor of a new online sports paper about the future of journalism in the "
    "islands and the role of the internet. Global Voices (GV): What exactly is Wired868 and who is "
    "it for? Lasana Liburd (LL): Wired868 is a smart and fully online newspaper that covers sport "
    "and politics for readers at home and abroad. GV: How many readers does the site have today? "
    "LL: The site has had nearly two million visits in its first three months online."
)


def test_statements_flat_interview_labels_open_turns_issue_14(extract) -> None:
    # main reads no labels in flattened text
    a = extract(_INTERVIEW, "statements")
    assert _speakers_of(a, "How many readers") == {"Global Voices"}
    assert _speakers_of(a, "nearly two million visits") == {"Lasana Liburd"}


def test_statements_flat_breaks_only_in_flattened_text_guard(nlp) -> None:
    # guard (passes on main): text with its line breaks gets no restored break at a lead-in colon
    from hearsay.extract.statements._layout import _Text
    from hearsay.extract.statements._quote_marks import find_quote_spans

    text = _LEAD_IN.replace(" The council was", "\nThe council was")
    text = text + "\n" + text.replace("\n", " ") + "\nIts members met.\nThey voted.\n"
    assert not is_flat(text)
    doc = nlp(text)
    tx = _Text(doc, find_quote_spans(text))
    assert tx.para_starts == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    assert not getattr(tx, "flat_stops", frozenset())
