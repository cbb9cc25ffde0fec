"""Issue 12, session 15: "the Obama administration" names the body the person leads.

ECB+ dev topic 9 (CC BY 3.0, ../shared/datasets/ecbplus-entities) chains "the Bush administration"
and "the Obama administration" apart from the presidents, and "The Obama administration today
revoked …" is the administration's act, as "The Obama administration said" is its statement
(issue 14, round 27, left to the entity step). NER tags only the surname; the mention of the
person stays, and the body is named as well, an organisation. Texts: ECB+ 9_10ecb and a wire copy
of topic 9, shortened; the guards are written for the test.
"""

from __future__ import annotations

from _entity_probes import find, holders

OBAMA = ("The Obama administration today revoked an eleventh-hour Bush-era rule that undermined protections for plants "
         "and animals listed as threatened or endangered under the Endangered Species Act.\n"
         "President Barack Obama announced plans Tuesday to resume full scientific reviews.\n")

BUSH = ("These changes, which were completed in a relatively short time, were described at the time by the Bush "
        "administration as minor.\n")


def _types(ents, text, word):  # type: ignore[no-untyped-def]
    return {(e.name, e.type) for e in holders(ents, text, word)}


def test_the_leaders_administration_is_an_organisation(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    ents = find(nlp, settings, OBAMA)
    assert ("Obama administration", "ORG") in _types(ents, OBAMA, "Obama administration")
    # the person is still a mention of his own where his name stands alone
    assert any(e.type == "PERSON" for e in holders(ents, OBAMA, "Barack Obama"))
    ents = find(nlp, settings, BUSH)
    assert ("Bush administration", "ORG") in _types(ents, BUSH, "Bush administration")


def test_the_statement_of_an_administration_is_its_own(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text("The Obama administration said on Tuesday it would appeal the ruling. Obama was in Chicago.")
    names = {e.id: e.name for e in record.entities}
    assert [names.get(s.speaker) for s in record.statements] == ["Obama administration"]


def test_no_body_where_the_word_is_something_else(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    """Guards: a verb ("campaigned"), a compound ("team-mate") and a possessive ("Obama's
    administration", whose mention of Obama is the person's) name no body."""
    for text, word in [("Barack Obama campaigned in Ohio on Monday.", "Obama"),
                       ("Lewis Hamilton team-mate Valtteri Bottas finished second.", "Hamilton"),
                       ("Barack Obama's administration appealed the ruling.", "Obama")]:
        ents = find(nlp, settings, text)
        assert all(e.type == "PERSON" for e in holders(ents, text, word)), text


# ECB+ 7_1ecbplus (CC BY 3.0), shortened: a brother named by his given name alone, twice
BROTHERS = ("Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday night.\n"
            "Klitschko extended the domination of the heavyweight ranks he shares with his older brother, Vitali.\n"
            "Vitali was in his brother's corner as usual, and acted as cheerleader in the third round.\n")


def test_a_kin_given_name_no_full_name_holds_is_one_person(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    """ "his older brother, Vitali" marks another of the family; with no full name of the article
    holding the word, it and the next sentence's "Vitali" are one person, not two."""
    ents = find(nlp, settings, BROTHERS)
    first, second = holders(ents, BROTHERS, "Vitali", 0), holders(ents, BROTHERS, "Vitali", 1)
    assert len(first) == 1 and first == second
    assert all("Wladimir" not in e.name for e in first)


def test_a_kin_word_of_a_full_name_stays_apart(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    """Guard: "the younger Bush" beside George W. Bush's full name is another of the family."""
    text = ("George W. Bush met reporters on Monday.\nHis father, the elder Bush, stayed at home in Houston.\n"
            "George W. Bush said the meeting went well.\n")
    ents = find(nlp, settings, text)
    assert all(e.name != "George W. Bush" for e in holders(ents, text, "Bush", 1))
