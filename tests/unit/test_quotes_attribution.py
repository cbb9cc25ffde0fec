"""Statement finder on hand-written sentences: cues, speakers, relays, rejections (issue 3)."""

from datetime import date

import pytest

from hearsay.pipeline import analyze_text


@pytest.fixture(scope="module")
def analyse(nlp, settings):
    def run(text: str):
        rec = analyze_text(text, settings, published=date(2024, 3, 1))
        names = {e.id: e.name for e in rec.entities}
        return rec, names

    return run


def test_quotes_indirect_that_clause(analyse):
    rec, names = analyse("The minister of trade, John Carter, said that exports would rise next year.\n")
    (st,) = rec.statements
    assert st.kind == "indirect"
    assert st.content == "exports would rise next year"
    assert names[st.speaker] == "John Carter"


def test_quotes_pronoun_speaker_resolves_to_person(analyse):
    rec, names = analyse("Maria Lopez opened the plant on Monday.\nShe said that the factory would hire 300 workers.\n")
    (st,) = rec.statements
    assert names[st.speaker] == "Maria Lopez"
    assert st.speaker_text == "She"


def test_quotes_negated_cue_is_not_a_statement(analyse):
    rec, _ = analyse("The company did not say whether the plant would close.\n")
    assert rec.statements == ()


def test_quotes_bare_paragraph_continues_previous_speaker(analyse):
    rec, names = analyse("“We will build the bridge,” said Mayor Tom Hale.\n“It will open in two years.”\n")
    assert [names[s.speaker] for s in rec.statements] == ["Tom Hale", "Tom Hale"]
    assert rec.statements[1].cue is None


def test_quotes_relay_goes_to_via(analyse):
    rec, names = analyse("“The talks failed,” Ahmed Karimi told reporters, the news agency Reuters reported.\n")
    (st,) = rec.statements
    assert names[st.speaker] == "Ahmed Karimi"
    assert [names[v] for v in st.via] == ["Reuters"]


def test_quotes_scare_quote_is_rejected(analyse):
    rec, _ = analyse("According to Anna Berg, the so-called “experts” were wrong about the weather.\n")
    assert any(r.kind == "quote" and r.text == "experts" for r in rec.rejected)
    assert all("experts" != s.content for s in rec.statements)


def test_quotes_prepositional_content(analyse):
    rec, names = analyse("Analyst Jane Moss points to the rise in bond prices as the cause.\n")
    (st,) = rec.statements
    assert st.content.startswith("the rise in bond prices")
    assert names[st.speaker] == "Jane Moss"


def test_quotes_according_to_inside_relative_clause(analyse):
    rec, names = analyse(
        "According to the Associated Press, claims rose 15,000 to 444,000, which, according to The New York Times is near a high.\n"
    )
    by_content = {s.content: names[s.speaker] for s in rec.statements}
    assert by_content["claims rose 15,000 to 444,000"] == "Associated Press"
    assert by_content["is near a high"] == "New York Times"


def test_quotes_parenthetical_cue_takes_the_rest_of_the_clause(analyse):
    rec, names = analyse("Steve Jobs spoke on Monday.\nThis 'switch', he said, would happen beginning next year.\n")
    assert any(s.content == "would happen beginning next year" and names[s.speaker] == "Steve Jobs" for s in rec.statements)


def test_quotes_relative_clause_source_is_the_noun(analyse):
    rec, _ = analyse("The results surprised most analysts, who had forecast that the company would lose money.\n")
    (st,) = rec.statements
    assert st.content == "the company would lose money"
    assert "analysts" in st.speaker_text


def test_quotes_she_does_not_resolve_to_a_man(analyse):
    rec, names = analyse("Mary Blake met John Carter in Paris.\nJohn Carter left early.\nShe said that the talks went well.\n")
    (st,) = rec.statements
    assert names[st.speaker] == "Mary Blake"


def test_quotes_split_off_inverted_cue(analyse):
    rec, names = analyse("“This is a necessary step. We must act now.” said Stephen Harper, the prime minister.\n")
    (st,) = rec.statements
    assert st.kind == "direct" and names[st.speaker] == "Stephen Harper"


def test_quotes_dialogue_turns_alternate(analyse):
    text = "“Where are you going?” asked Tom Reed.\n“To the river,” said Ann Hale.\n“Why?”\n“To fish.”\n"
    rec, names = analyse(text)
    assert [names[s.speaker] for s in rec.statements] == ["Tom Reed", "Ann Hale", "Tom Reed", "Ann Hale"]


def test_quotes_news_monologues_continue_not_alternate(analyse):
    text = ("“We will not let the industry vanish. It is an emblem of the American spirit and of its success,” said Barack Obama.\n"
            "“This is a regrettable but necessary step to protect the economy of the whole country,” said Stephen Harper.\n"
            "“These companies must ultimately stand on their own, not as wards of the state.”\n")
    rec, names = analyse(text)
    assert names[rec.statements[-1].speaker] == "Stephen Harper"


def test_quotes_prepositional_content_after_an_object(analyse):
    rec, names = analyse("The carmaker Chrysler has asked the government for an additional $5 billion in aid.\n")
    (st,) = rec.statements
    assert st.content.startswith("an additional $5 billion")
    assert names[st.speaker] == "Chrysler"
