"""A full name NER typed ORG is a person's when the text calls it by its surname as a person (issue 12).

The ledger audit of ECB+ dev found "Bettie Page", "Peyton Manning", "Lennox Lewis" and "Vishwanand
Subryan" typed ORG while every later "Page", "Manning", "Lewis", "Subryan" was a PERSON: the bare
surnames could not join the full name inside the article (the issue's rule 1: a surname-only
mention joins the full name, PERSON, not ORG), so each article held the person twice and the
ledger could not join the bare surname elsewhere either (the article had kept it apart).

The Manning lines are from ECB+ 29_10ecb (CC BY 3.0, ../shared/datasets/ecbplus-entities); the
others are written for the test.
"""

from __future__ import annotations

from hearsay.pipeline import analyze_text

MANNING = (
    "Peyton Manning completed 29 of 34 passes for 364 yards and three touchdowns as the Colts (11-4) recorded "
    "their sixth come- from-behind win this season.\n"
    "`` We've overcome a lot of obstacles, '' Manning said.\n"
    "Manning then threw a 41-yard touchdown pass to Reggie Wayne before Jaguars kicker Josh Scobee made a 44-yard "
    "field goal to give Jacksonville a 17-7 halftime lead.\n"
    "Manning connected with Dominic Rhodes on a 10-yard scoring pass in the third quarter."
)


def _people(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze_text(text).entities}


def test_the_quarterback_ner_typed_org_is_one_person_with_his_surname() -> None:
    found = _people(MANNING)
    assert found.get("Peyton Manning") == "PERSON"
    assert "Manning" not in found  # the bare surname joined him


def test_majority_of_tags_decides() -> None:
    from hearsay.extract.entities._people import _person_named_org

    words = ["Bettie", "Page"]
    assert _person_named_org("Bettie Page posed.", 0, words, {"page": 3})
    assert not _person_named_org("Bettie Page posed.", 0, words, {"page": 0})  # as often ORG as PERSON
    assert not _person_named_org("Bettie Page posed.", 0, words, {})  # never named alone


def test_guard_organisation_words_titles_and_long_names() -> None:
    from hearsay.extract.entities._people import _person_named_org

    tags = {"page": 2, "bank": 2, "salazar": 2, "lewis": 2}
    assert not _person_named_org("Page Bank grew.", 0, ["Page", "Bank"], tags)  # an organisation's head word
    assert not _person_named_org("The Notorious Bettie Page", 14, ["Notorious", "Bettie", "Page"], tags)
    assert not _person_named_org("Interior Ken Salazar", 0, ["Interior", "Ken", "Salazar"], tags)
    assert not _person_named_org("in The Lennox Lewis", 7, ["Lennox", "Lewis"], tags)  # "the" before it
    assert _person_named_org("Mark J. Lewis said", 0, ["Mark", "J.", "Lewis"], tags)  # a middle initial


def test_guard_a_firm_named_after_its_founder_stays_an_organisation() -> None:
    found = _people("Morgan Stanley cut 400 jobs in London on Tuesday.\n"
                    "Morgan said the cuts would fall mostly on its trading desks.\n"
                    "Morgan Stanley shares rose 2 percent.")
    assert found.get("Morgan Stanley") == "ORG"


def test_guard_a_team_named_after_its_city_stays_a_team() -> None:
    from hearsay.extract.entities._people import _person_named_org
    from hearsay.extract.entities.gazetteer import load_gazetteer

    words = ["Indianapolis", "Colts"]
    # the text names "Indianapolis" alone as a place ("in Indianapolis", GPE)
    assert not _person_named_org("Indianapolis Colts won", 0, words, {"colts": 2, "indianapolis": -1}, load_gazetteer())
    assert not _person_named_org("Jordan Colts won", 0, ["Jordan", "Colts"], {"colts": 2}, load_gazetteer())  # a country


def test_guard_a_surname_named_before_the_full_name_may_be_another_person() -> None:
    """LitBank dev (Vanity Fair): "Miss Pinkerton" (Barbara) long before her sister "Jemima
    Pinkerton"; a full name that comes after the bare surname is not read as introducing it."""
    from hearsay.extract.entities._people import _retype_people
    from hearsay.extract.entities.gazetteer import load_gazetteer

    text = "Pinkerton spoke first. Then Jemima Pinkerton wrote. Pinkerton smiled."
    candidates = [(0, 9, "PERSON"), (28, 44, "ORG"), (52, 61, "PERSON")]
    assert _retype_people(text, candidates, load_gazetteer())[1][2] == "ORG"
    later = "Then Jemima Pinkerton wrote. Pinkerton smiled. Pinkerton left."
    assert _retype_people(later, [(5, 21, "ORG"), (29, 38, "PERSON"), (47, 56, "PERSON")], load_gazetteer())[0][2] == "PERSON"
