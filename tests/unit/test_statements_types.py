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
    # a person indicating something asserts it; a document indicating it is evidence
    ("An analyst, Maria Lopez, indicated that the merger would fail.\n", "merger", "assertion"),
    ("The survey indicated that most farmers oppose the tax.\n", "farmers", "evidence"),
    ("Unemployment rose to 7 percent, according to figures released by the agency.\n", "Unemployment", "evidence"),
    # to-infinitive complements: intentions and requests
    ("Qantas plans to start flights to Perth in April.\n", "Perth", "intention"),
    ("The union urged the government to raise wages for nurses.\n", "wages", "request"),
    ("Kirk Kerkorian has called on the company to halve its dividend.\n", "dividend", "request"),
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


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Qantas plans to start flights to Perth in April.\n", "Qantas", "start flights to Perth in April"),
    ("The union urged the government to raise wages for nurses.\n", "union", "raise wages for nurses"),
    # the infinitive's own subject belongs to the content
    ("Roger Penske wants Jill Lajdziak to head the company.\n", "Roger Penske", "Jill Lajdziak to head the company"),
])
def test_to_infinitive_content_and_source(extract, text, speaker, content) -> None:
    found = {(s.speaker_text, s.content) for s in extract(text, "statements").statements}
    assert any(content == c and speaker in (sp or "") for sp, c in found), found


@pytest.mark.parametrize("text", [
    "The company did not want to comment on the report.\n",     # negated
    "The firm declined to say whether it plans to sell.\n",       # declined, and no content of two words
])
def test_to_infinitive_negated_is_not_a_statement(extract, text) -> None:
    assert all(s.rule != "indirect_inf" for s in extract(text, "statements").statements)


def test_a_question_phrase_is_no_source(extract) -> None:
    text = "It is not yet clear how many people will want to watch the films on their phones.\n"
    assert extract(text, "statements").statements == ()


def test_the_company_never_resolves_to_a_country_named_by_an_adjective(extract) -> None:
    analysis = extract("A Dutch insurer reported a loss on Monday. The company said that profits would recover next year.\n", "statements")
    names = {e.id: e.type for e in analysis.entities.freeze()}
    found = [s for s in analysis.statements if "profits" in s.content]
    assert found and all(names.get(s.speaker or "") != "GPE" for s in found)


@pytest.mark.parametrize(("text", "speaker"), [
    # a document's possessor is its source: a possessive pronoun resolves like a subject pronoun
    ("NPD Group, a research firm, published figures on Monday. Their projections showed that Apple held 19 percent of the market.\n",
     "NPD Group"),
    ("Apple Corps' latest suit, filed in September 2003, claims that the computer company violated the agreement.\n", "Apple Corps"),
])
def test_a_documents_owner_is_its_speaker(extract, text, speaker) -> None:
    analysis = extract(text, "statements")
    names = {e.id: e.name for e in analysis.entities.freeze()}
    assert {names.get(s.speaker or "") for s in analysis.statements} == {speaker}
