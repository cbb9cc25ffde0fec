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
