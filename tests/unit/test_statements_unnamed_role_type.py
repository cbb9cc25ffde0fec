"""An unnamed speaker described by a person noun is a person (merge audit 20, issue 12/14).

"… died in a medical prison on Monday morning, said a spokesman for the facility. The cause of his
death was unknown, the spokesman said." The description the lexicon types PERSON
(`lexicon/speaker_nouns.tsv`: spokesman, official, lawyer …) was stored as an organisation, so "the
spokesman" could not find it and went to the only person of the article: the dead man was made the
speaker of his own cause of death, and his entity page held "the spokesman" (ECB+ 26_4ecbplus,
found by both annotators of merge audit 20). Text adapted from that article (CC BY 3.0).
"""

from __future__ import annotations

import pytest

TEXT = ("Mafia boss Vincent Gigante died in a medical prison in Springfield, Missouri, on Monday morning, "
        "said a spokesman for the facility.\n"
        "The cause of his death was unknown, although he had had heart disease, the spokesman said.\n")


def _speaker_of(analysis, word: str):  # type: ignore[no-untyped-def]
    found = [s for s in analysis.statements if word in s.content]
    assert len(found) == 1, [s.content for s in analysis.statements]
    return analysis.entities.entity(found[0].speaker)


def test_statements_the_spokesman_is_the_spokesman_not_the_dead_man(extract) -> None:
    analysis = extract(TEXT, "statements")
    later = _speaker_of(analysis, "cause")
    first = _speaker_of(analysis, "died")
    assert "Gigante" not in later.name
    assert (later.name, later.type) == (first.name, "PERSON") == ("spokesman for the facility", "PERSON")


@pytest.mark.parametrize("noun", ["spokesman", "official", "lawyer"])
def test_statements_an_unnamed_person_noun_is_a_person(extract, noun) -> None:
    text = f"The plant will close in March, said a {noun} for the company.\n"
    analysis = extract(text, "statements")
    assert _speaker_of(analysis, "plant").type == "PERSON"


def test_statements_an_unnamed_organisation_noun_stays_an_organisation(extract) -> None:
    # guard: a noun the lexicon types ORG ("a lender") is still an organisation
    analysis = extract("The loan was repaid in full, a lender said on Monday.\n", "statements")
    assert _speaker_of(analysis, "loan").type == "ORG"
