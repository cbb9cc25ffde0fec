"""Issue 14 and 12, session 20 (lead): a one-word speaker the tagger read as a common noun is still
the name it spells. "Trump characterized the call …" at the start of a sentence is tagged NN; the
speaker finder then made a new entity "Trump" beside the article's "Donald Trump", so the statement
and the entity page split one person in two (identity-wikinews dev2019b, wn2019-118).

Texts are written for the test in the shape of statements-wn2019 dev2 (English Wikinews 2019).
The guard passes on the session's starting code too: it pins what the rule must leave alone.
"""

from __future__ import annotations

from _speaker_probes import speakers_of as _speakers_of

TEXT = (
    "US Speaker of the House Nancy Pelosi announced on Tuesday an inquiry into President Donald Trump. "
    "The inquiry follows a whistleblower complaint about a July phone call between Trump and Ukrainian "
    "President Volodymyr Zelensky. Trump is alleged to have asked Zelensky to investigate Joe Biden. "
    "Joe Biden is a leading candidate for the Democratic nomination for the 2020 presidential election. "
    "Trump characterized the call with Zelensky as \"perfectly fine and routine.\"\n"
)


def test_statements_capitalised_speaker_tagged_noun_is_the_named_person_issue_14(extract, nlp) -> None:
    doc = nlp(TEXT)
    last = [t for t in doc if t.text == "Trump"][-1]
    assert last.pos_ != "PROPN"  # the shape under test: the tagger reads this "Trump" as a noun
    a = extract(TEXT, "statements")
    assert _speakers_of(a, "perfectly fine and routine") == {"Donald Trump"}
    trumps = [e for e in a.entities.ids() if "trump" in a.entities.entity(e).name.lower()]
    assert len(trumps) == 1


def test_statements_capitalised_common_noun_speaker_stays_new_guard_issue_14(extract) -> None:
    # guard: a sentence-initial plural no entity is named by keeps its own speaker
    text = (
        "Donald Trump spoke to reporters on Monday. Officials said the call had been routine and that "
        "nothing improper had been discussed.\n"
    )
    a = extract(text, "statements")
    assert _speakers_of(a, "nothing improper") == {"Officials"}


# -- a zero-"that" clause folded into the cue's object ---------------------------------------------

def test_statements_clause_folded_into_object_under_participle_is_content_issue_14(extract) -> None:
    # wn2019-120's shape: the parser hangs "marked" under "allowing", inside the object of "said"
    text = (
        "The New South Wales parliament passed the bill on Thursday. Member of parliament (MP) Kevin "
        "Conolly said a law allowing the termination of a life marked a \"sad day for NSW\".\n"
    )
    a = extract(text, "statements")
    assert _speakers_of(a, "sad day for NSW") == {"Kevin Conolly"}
    found = [s for s in a.statements if "sad day for NSW" in s.content]
    assert found[0].content.startswith("a law allowing")


def test_statements_relative_clause_in_object_is_no_content_guard_issue_14(extract) -> None:
    # guard: a relative clause on the object of "said" ("said a prayer that moved …") reports nothing
    a = extract("At the funeral the pastor said a prayer that moved the crowd to tears.\n", "statements")
    assert not a.statements


# -- joint sources: countries joined with countries, a name with "other" of its kind ---------------

def _speaker_texts(analysis, content_word: str) -> set[str]:
    found = [s for s in analysis.statements if content_word in s.content]
    assert found, content_word
    return {m.text for s in found for m in analysis.entities.entity(s.speaker).mentions}


def test_statements_two_countries_joined_speak_as_one_group_issue_14(extract) -> None:
    text = (
        "Drones struck two oil facilities on Saturday. Both Saudi Arabia and the United States have alleged "
        "Iranian involvement in the attack.\n"
    )
    a = extract(text, "statements")
    assert any("Saudi Arabia and the United States" in t for t in _speaker_texts(a, "Iranian involvement"))


def test_statements_name_and_other_agencies_speak_as_one_group_issue_14(extract) -> None:
    text = (
        "The journalist was killed in the consulate last year. The CIA and other intelligence agencies "
        "reportedly believe the crown prince ordered the killing.\n"
    )
    a = extract(text, "statements")
    assert _speaker_texts(a, "ordered the killing") == {"CIA and other intelligence agencies"}


def test_statements_minister_and_country_stay_apart_guard_issue_14(extract) -> None:
    # guard: a person joined with a country is no joint speaker ("the minister and Britain")
    text = "Foreign Minister Ivan Petrov and Britain agreed that the talks should resume in March.\n"
    a = extract(text, "statements")
    for s in a.statements:
        assert "Britain" not in a.entities.entity(s.speaker).name
