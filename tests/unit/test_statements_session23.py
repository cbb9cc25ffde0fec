"""Statements, issue 14, session 23 (lead): a described person's sex from the description's head noun.

Round 45 gave "her father ate a big breakfast before saying he was tired" its own row, whose speaker
is the description "her father". A later "she said" then weighed "her father" and the daughter alike,
because an entity's sex was read only from given names and titles (statements-rich4 28_10ecb, ECB+).
``_Antecedents._gender`` now also reads a description's lower-case head noun ("father", "widow"), as
``description_candidates`` already did for descriptions no cue had made speakers. Texts written for
the test; the guard passes on the code before the change too.
"""

from __future__ import annotations

from _speaker_probes import speakers_of


def test_statements_she_skips_a_male_description_speaker_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Joan Reed spoke to the Post on Friday. Her father told the paper he was tired of politics.\n\n"
                "“He never liked Washington,” she said.\n", "statements")
    assert speakers_of(a, "never liked Washington") == {"Joan Reed"}


def test_statements_she_skips_a_male_gerund_speaker_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Joan Reed said her father ate a big breakfast before saying he was tired, and went to sleep, "
                "she told the Post.\n\n“He slipped away,” she said.\n", "statements")
    assert speakers_of(a, "He slipped away") == {"Joan Reed"}


def test_statements_he_still_takes_a_male_description_speaker_guard_issue_14(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("Her father said the farm had been sold. He said the buyers would keep the horses.\n", "statements")
    assert any("father" in (name or "").lower() for name in speakers_of(a, "keep the horses"))
