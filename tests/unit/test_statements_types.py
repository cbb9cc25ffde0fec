"""What a statement is (issue 14): cue and structure -> assertion, belief, intention, evidence, request."""

from __future__ import annotations

import pytest

from hearsay.model import STATEMENT_TYPES


@pytest.mark.parametrize(("text", "content_word", "expected"), [
    ("Prime Minister John Smith said that the economy would grow next year.\n", "economy", "assertion"),
    ("Mary Jones believes that the plan will fail.\n", "plan", "belief"),
    ("The minister is concerned that prices will rise.\n", "prices", "belief"),
    ("Farmers fear that the drought will last all summer.\n", "drought", "belief"),
    ("“We will rebuild the bridge,” the mayor promised.\n", "bridge", "intention"),
    ("“We will never give up the fight,” vowed Ana Costa.\n", "fight", "intention"),
    ("Police called for calm after the riots.\n", "calm", "request"),
    ("“Will you resign?” the reporter asked.\n", "resign", "request"),
    ("A Gallup poll shows that most voters oppose the war.\n", "voters", "evidence"),
    ("The study found that smoking causes cancer.\n", "smoking", "evidence"),
    # a document's "says" reports what the document shows: evidence, not someone's assertion
    ("The report says that emissions rose by 5 percent.\n", "emissions", "evidence"),
    ("Unemployment rose to 7 percent, according to government data.\n", "Unemployment", "evidence"),
    ("Unemployment rose to 7 percent, according to Maria Lopez.\n", "Unemployment", "assertion"),
    # "called it X" names something: an assertion, unlike "called for X"
    ("John Carter called the plan “a disgrace to the city”.\n", "disgrace", "assertion"),
])
def test_statement_type_table(extract, text, content_word, expected) -> None:
    found = [s for s in extract(text, "statements").statements if content_word in s.content]
    assert found, text
    assert {s.type for s in found} == {expected}


def test_statement_type_is_set_on_every_statement_of_the_founding_article(founding_record) -> None:
    assert founding_record.statements
    assert all(s.type in STATEMENT_TYPES for s in founding_record.statements)


def test_statement_type_table_names_only_known_types_and_parts_of_speech() -> None:
    from hearsay import lexicon

    rows = list(lexicon.load("statement_types.tsv"))
    assert rows and {r["type"] for r in rows} <= set(STATEMENT_TYPES)
    assert {r["pos"] for r in rows} <= {"verb", "noun", "adj", "source"}
    keys = [(r["lemma"], r["pos"], r["frame"]) for r in rows]
    assert len(keys) == len(set(keys))  # one decision per cue and frame
