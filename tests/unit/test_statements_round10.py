"""Issue 14 round 10: two of the classes round 9 left, each a rule over the parse or a lexicon row.

- ``decide`` with a "that" clause is the subject's belief (a conclusion reached), a row of
  ``lexicon/cues.tsv`` (frame ``clause,that``); "decided to …" stays no statement;
- "X let Y know that …" is X telling Y: ``know`` under a causative ``let`` with a "that" clause
  is a speech cue whose source is the subject of ``let`` ("let me know if …" is no statement).

Texts marked rich2 are from benchmarks/data/statements-rich2/ (ECB+ corpus, Cybulska and Vossen
2014, NewsReader project, CC BY 3.0).
"""

from __future__ import annotations


def _found(analysis) -> list[tuple[str | None, str, str]]:
    def name(eid: str | None) -> str | None:
        return analysis.entities.entity(eid).name if eid else None

    return [(name(s.speaker), s.type, s.content) for s in analysis.statements]


def test_decided_that_is_a_belief_rich2(extract) -> None:
    # rich2 1_3ecbplus (the gold's belief, speaker Lindsay Lohan)
    text = ("Lindsay Lohan is in rehab again. One place Lindsay is finding this particularly difficult though "
            "is at the Betty Ford Centre, where the actress has just finished 30 days' worth of treatment and "
            "has decided that the renowned facilities there won't be enough to keep her around for her court - "
            "ordered 90 - day stay in rehab, so she's gone elsewhere.")
    found = _found(extract(text, "statements"))
    assert any(t == "belief" and c.startswith("the renowned facilities there won't be enough") for _, t, c in found)


def test_decided_to_is_no_statement(extract) -> None:
    text = "The council decided to close the library on Sundays."
    assert _found(extract(text, "statements")) == []


def test_let_fans_know_that_is_speech_rich2(extract) -> None:
    # rich2 6_2ecb (gold speaker Stephenie Meyer); the subject is found up "went on to praise … and to let"
    text = ("Stephenie Meyer has welcomed the new director. After bidding a fond farewell to `` Twilight '' "
            "director Catherine Hardwicke, Meyer went on to praise Weitz and to let fans know that `` torches "
            "and pitchforks are not going to be necessary. ''")
    found = _found(extract(text, "statements"))
    assert any(s is not None and "Meyer" in s and "torches and pitchforks" in c for s, _, c in found)


def test_let_know_with_a_that_clause_only(extract) -> None:
    # "let me know if …" asks for information; it reports nothing
    text = "The minister said nothing more. \"Let me know if you need anything,\" the clerk told him later."
    found = _found(extract(text, "statements"))
    assert not any(c.startswith("you need anything") for _, _, c in found)


def test_quoted_name_before_its_noun_is_no_quote_rich3(extract) -> None:
    # rich3 6_4ecbplus: a campaign's name in quotation marks, then "campaign"; "show" is near it
    text = ("Fans are rallying behind director Gary Ross. Some launched the \"Gary Ross Is Boss\" campaign "
            "to show support, a petition has been circulating Twitter.")
    found = _found(extract(text, "statements"))
    assert not any("Gary Ross Is Boss" in c for _, _, c in found)


def test_quoted_clause_after_a_cue_stays_a_quote(extract) -> None:
    # the guard: a quotation that is no premodifier keeps its speaker
    text = "Lionsgate said on Monday: \"Gary Ross is the boss of this film.\""
    found = _found(extract(text, "statements"))
    assert any("Gary Ross is the boss" in c and s == "Lionsgate" for s, _, c in found)


def test_a_role_named_in_the_next_sentence_rich3(extract) -> None:
    # rich3 1_2ecb (gold speaker Jack Ketsoyan for all three statements)
    text = ("A publicist says Tara Reid has checked herself into rehab.\n"
            "Jack Ketsoyan said Friday that the `` American Pie '' star went to the Promises Treatment Center.\n")
    found = _found(extract(text, "statements"))
    assert any(s == "Jack Ketsoyan" and c.startswith("Tara Reid has checked") for s, _, c in found)


def test_a_role_stays_unnamed_when_the_next_sentence_reports_nothing(extract) -> None:
    text = ("A publicist says Tara Reid has checked herself into rehab.\n"
            "Jack Ketsoyan visited the Promises Treatment Center on Friday.\n")
    found = _found(extract(text, "statements"))
    assert not any(s == "Jack Ketsoyan" for s, _, _ in found)


def test_a_described_role_is_not_named_by_the_next_speaker_rich(extract) -> None:
    # rich 33_1ecbplus: "a man who claims …" is described; the judge who speaks next is someone else
    text = ("The trial is scheduled to resume Monday, with testimony from a man who claims Lopez's brother "
            "threatened to kill him; he is reportedly scared to take the stand.\n"
            "\"The man is petrified, \" Judge Vincent DelGiudice said.\n")
    found = _found(extract(text, "statements"))
    assert not any(s is not None and "DelGiudice" in s and c.startswith("Lopez's brother") for s, _, c in found)
