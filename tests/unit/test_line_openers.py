"""Issue 14 and 12, session 21 (lead): a line's first word is never a sentence of its own.

Under a heading with no full stop ("Protests in Panama"), the small parser sometimes ended a sentence
right after the next line's first word ("Maria | Lopez reported that …"): NER then missed the name and
the statement lost its speaker (Global Voices, statements-gv2012 dev: "Uniradioinforma [es] reports
that …"). ``hearsay_paragraphs`` now forbids a sentence start on the second token of a line when the
first is a word and nothing but a space lies between them.

Texts are written for the test. The guards pass on the session's starting code too.
"""

from __future__ import annotations

import spacy
from hypothesis import given
from hypothesis import strategies as st

from _speaker_probes import speakers_of as _speakers_of
from hearsay.nlp.components import mark_paragraph_starts

HEADED = "Protests in Panama\nMaria Lopez reported that the march became quite forceful.\n"
ONE_WORD_SENTENCE = "Protests in Panama\nYes. The march became quite forceful, Maria Lopez said.\n"


def test_name_opening_the_line_under_a_heading_stays_whole_issue_14(extract, nlp) -> None:
    doc = nlp(HEADED)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Maria Lopez"]
    a = extract(HEADED, "statements")
    assert _speakers_of(a, "the march became quite forceful") == {"Maria Lopez"}


def test_one_word_sentence_with_its_full_stop_keeps_its_boundary_guard(nlp) -> None:
    # guard: "Yes." is a sentence of its own; the rule never joins across punctuation
    doc = nlp(ONE_WORD_SENTENCE)
    assert [s.text.strip() for s in doc.sents][1] == "Yes."


_WORD = st.text(alphabet="abcXYZ", min_size=1, max_size=5)
_LINE = st.lists(st.one_of(_WORD, st.sampled_from([".", ",", "!"])), min_size=1, max_size=5)


@given(st.lists(_LINE, min_size=1, max_size=4))
def test_only_a_word_run_on_from_a_line_opener_is_held_together(lines: list[list[str]]) -> None:
    doc = mark_paragraph_starts(spacy.blank("en")("\n".join(" ".join(line) for line in lines)))
    starts = {t.i for t in doc if not t.is_space and (t.i == 0 or "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_)}
    for i in starts:
        if i > 0:
            assert doc[i].is_sent_start is True
        held = (i + 1 < len(doc) and doc[i].text[0].isalnum() and doc[i + 1].text[0].isalnum()
                and "\n" not in doc[i].whitespace_)
        if held:
            assert doc[i + 1].is_sent_start is False
    for t in doc:
        if t.is_sent_start is False:
            assert t.i - 1 in starts  # nothing else is forbidden
