"""Issue 14, round 38 (news as it comes, statements-wn2019 part 2 dev): "confess to" with a noun or
gerund object states that object ("Waseem confessed to killing his sister"), and a subject pronoun
never takes up the one it speaks to in its own sentence ("Speaking to Martin Smith of PBS, he said
…", "In an interview with Dawn, she said …").

Texts are written for the test. Tests marked "guard" pass on main too: they pin what the new rules
must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of


def _contents(analysis) -> list[str]:
    return [s.content for s in analysis.statements]


# -- "confess to" + noun or gerund ------------------------------------------------------------------

def test_statements_confessed_to_a_gerund_is_the_content_issue_14(extract) -> None:
    a = extract("John Doe was sentenced on Friday. Doe confessed to stealing the car from his neighbour.\n", "statements")
    assert "stealing the car from his neighbour" in _contents(a)
    assert _speakers_of(a, "stealing the car") == {"John Doe"}


def test_statements_confessed_to_a_noun_phrase_issue_14(extract) -> None:
    a = extract("Police arrested Mary Stone on Monday. Stone later confessed to the robbery of the bank.\n", "statements")
    assert _speakers_of(a, "the robbery of the bank") == {"Mary Stone"}


def test_statements_i_confess_that_in_narration_is_no_statement_issue_14(extract) -> None:
    # "confess" is listed with the prep:to frame only: the first-person formula of fiction ("I
    # confess that …", a LitBank dev spurious with a clause frame) no longer reaches the structural
    # "that"-clause rule of unlisted verbs (main finds it)
    a = extract("I confess that I once or twice raised the cup to my lips.\n", "statements")
    assert not [c for c in _contents(a) if "raised the cup" in c]


# -- the one spoken to is not the speaker -----------------------------------------------------------

def test_statements_speaking_to_an_interviewer_he_said_issue_14(extract) -> None:
    a = extract("Crown Prince Ahmed Rahman accepted responsibility for the murder, the broadcaster revealed. "
                "Speaking to Martin Smith of PBS, he said, “It happened under my watch.”\n", "statements")
    names = _speakers_of(a, "It happened under my watch")
    assert len(names) == 1 and "Ahmed Rahman" in (names.pop() or "")  # the prince, not "Martin Smith"


def test_statements_in_an_interview_with_someone_she_said_issue_14(extract) -> None:
    a = extract("Singer Laura Vance spoke to reporters on Monday. Her fans gathered outside. "
                "In an interview with Jordan Reyes, she said her manager had cheated her.\n", "statements")
    assert _speakers_of(a, "her manager had cheated her") == {"Laura Vance"}  # main: Jordan Reyes


def test_statements_pronoun_after_an_interview_sentence_keeps_its_centre_guard_issue_14(extract) -> None:
    # guard (passes on main): a later sentence with no interview in it still takes up the subject
    a = extract("Laura Vance met Anna Berg on Monday. She said the plan had failed.\n", "statements")
    assert _speakers_of(a, "the plan had failed") == {"Laura Vance"}
