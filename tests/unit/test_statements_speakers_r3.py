"""Speakers, round 3 (issue 14): headline colon quotes and the author of a document."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from hearsay.extract.statements._quote_marks import find_quote_spans


def _speakers(analysis, content_word: str) -> set[str]:
    return {analysis.entities.entity(s.speaker).name if s.speaker else "" for s in analysis.statements
            if content_word in s.content}


@pytest.mark.parametrize(("text", "content_word", "speaker"), [
    # headline colon quotes, whatever the quotation marks and however the surname is tagged
    ("Putin: “We will respond to any attack”\nThe Russian president spoke on Monday in Moscow.\n", "respond", "Putin"),
    ("Putin: 'We will respond to any attack'\nThe Russian president spoke on Monday in Moscow.\n", "respond", "Putin"),
    ('Merkel: "Europe must stand together"\nThe German chancellor spoke in Berlin on Friday.\n', "Europe", "Merkel"),
    # a document's author: the by/from phrase, not a place named as a modifier
    ("Sales rose 5 percent in March, according to figures released April 3 by NPD Group, a market research firm.\n",
     "Sales", "NPD Group"),
    ("The plant will close in May, a statement from the Acme Corporation said on Monday.\n", "plant", "Acme Corporation"),
    ("A Texas inmate escaped from a prison van near Houston, according to a Texas prison statement Monday.\n",
     "inmate", "Texas prison statement"),
    # a participle after a comma belongs to the reporting clause, not to the reported one
    ("Mayor Ann Lee said prices would rise next year, adding that taxes would stay the same.\n", "taxes", "Ann Lee"),
    ("Senator Tom Hart said he was “shocked”, releasing a statement saying “This decision is a disgrace.”\n",
     "disgrace", "Tom Hart"),
    # a place that describes another noun of the phrase is not the speaker; one that names it is
    ("A group of Ohio farmers released a letter saying “We cannot survive another drought.”\n", "drought",
     "group of Ohio farmers"),
    ("The government of Russia said the talks would resume in May.\n", "talks", "Russia"),
    # pronouns after a copular sentence go to its subject, with gender agreement
    ("Tom Hart met Ann Lee on Monday. Lee is the mayor of Springfield. She said the budget was balanced.\n",
     "budget", "Ann Lee"),
])
def test_speaker_table(extract, text, content_word, speaker) -> None:
    assert _speakers(extract(text, "statements"), content_word) == {speaker}


@pytest.mark.parametrize("text", [
    "Exclusive: “We will never sell the club”\nThe owner spoke to reporters on Monday.\n",
    "Watch: 'I thought I was going to die'\nA survivor describes the flood.\n",
])
def test_section_tag_is_no_speaker(extract, text) -> None:
    assert not [s for s in extract(text, "statements").statements if s.speaker and s.rule == "speaker_label"]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Putin: 'We will respond'\n", "We will respond"),
    ("Lee: 'Our countries' ties are strong'\n", "Our countries' ties are strong"),
    # an apostrophe that follows no colon opens nothing
    ("The players' union said 'no' on Monday.\n", None),
])
def test_straight_single_quote_after_colon(text, quoted) -> None:
    got = [text[q.start:q.end] for q in find_quote_spans(text)]
    assert got == ([quoted] if quoted else [])


@pytest.mark.parametrize(("text", "content", "speaker", "type_"), [
    # told/advised X to …: a request with the to-infinitive as content
    ("Police at first told workers to stay in their offices but later evacuated the building.\n",
     "stay in their offices", "Police", "request"),
    ("Microsoft's Dustin Childs advised concerned users to set their security settings to high.\n",
     "set their security settings to high", "Dustin Childs", "request"),
    # a request reported inside someone's statement is part of that statement, not a relay
    ("Bill Adgate said police told the group to stay put until officers allowed them to leave.\n",
     "police told the group to stay put until officers allowed them to leave", "Bill Adgate", "assertion"),
])
def test_request_frames(extract, text, content, speaker, type_) -> None:
    analysis = extract(text, "statements")
    got = [(s.content, analysis.entities.entity(s.speaker).name if s.speaker else "", s.type) for s in analysis.statements]
    assert got == [(content, speaker, type_)]


@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab :'\n\"“”’‘.", max_size=60))
@example("'b: :”a'")  # a line wholly in single marks: round 19's crosshead quote (found in round 34)
def test_quote_spans_stay_ordered_and_inside(text) -> None:
    spans = find_quote_spans(text)
    prev_end = 0
    for q in spans:
        assert prev_end <= q.open < q.start <= q.end <= len(text)
        if text[q.open] == "'":  # a colon quote never runs over a line break
            assert "\n" not in text[q.start:q.end]
            line_start = q.open == 0 or text[q.open - 1] == "\n"  # or a crosshead line of its own (_single_line)
            assert line_start or text[q.open - 1] == ":" or text[max(0, q.open - 2):q.open] == ": "
        prev_end = q.outer_end
