"""Statement finder on hand-written sentences: cues, speakers, relays, rejections (issue 3)."""

from datetime import date

import pytest

from hearsay.analysis import analyze_text


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
