"""Per-article entities, issue 12 round 26: names inside compounds, and a name after a family noun.

1. A bare surname before a seat of government names the administration ("the Clinton White
   House"), and before an era word a period ("the Clinton years", "Bush-era"): no mention of the
   person (``_compounds``; merge audit 29 found Bill's "Clinton White House" in Hillary Clinton).
2. A name before an organism noun is the range the species is named after ("Sierra Nevada
   yellow-legged frog"), not the company NER took it for (merge audits 28 and 29).
3. A name after a family noun that is the subject of its clause is no relative ("to speak with
   his mother, Montalvo was put through"; GUM dev news_defector).

The line marked ECB+ is from ECB+ dev 9_3ecb (CC BY 3.0, ../shared/datasets/ecbplus-entities; no
check topic); the others are written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders


CLINTON_SEAT = ("She had a stint in the Clinton White House in 1997. Hillary Clinton said the rules were unfair. "
                "Clinton later ran for president.\n")
CLINTON_ERA = ("Bill Clinton was there. The economy grew during the Clinton years, and the Clinton era ended in 2001. "
               "Clinton spoke. Bush-era tax cuts expired.\n")
NIXON = "Nixon's White House was different. Richard Nixon resigned in 1974.\n"

# ECB+ 9_3ecb (CC BY 3.0)
FROG = ("In the last eight years, there has been a slowdown in adding new plants and animals, building a backlog of "
        "hundreds of species waiting for scientific review and approval, including California's furry Pacific fisher "
        "and Sierra Nevada yellow-legged frog.\n")
SIERRA_CORP = "The Sierra Nevada Corporation said on Monday it had won the contract.\n"


def _names(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return [e.name for e in _holders(ents, text, word, occurrence)]


def test_entities_surname_before_seat_of_government_is_the_administration_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CLINTON_SEAT)
    assert _names(ents, CLINTON_SEAT, "Clinton White House") == ["Clinton administration"]
    hillary = next(e for e in ents if e.name == "Hillary Clinton")
    first = CLINTON_SEAT.index("Clinton")
    assert all(m.start != first for m in hillary.mentions)


def test_entities_surname_before_era_word_is_no_person_mention_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CLINTON_ERA)
    assert _holders(ents, CLINTON_ERA, "Clinton years") == []
    assert _holders(ents, CLINTON_ERA, "Clinton era") == []
    assert _holders(ents, CLINTON_ERA, "Bush-era") == []
    assert _names(ents, CLINTON_ERA, "Clinton spoke") == ["Bill Clinton"]


def test_entities_possessive_before_seat_keeps_the_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "Nixon's White House" is read by round 19's seat rule, not this one
    ents = _find(nlp, settings, NIXON)
    assert "Richard Nixon" in _names(ents, NIXON, "Nixon")


def test_entities_name_before_organism_noun_is_a_place_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, FROG)
    assert [e.type for e in _holders(ents, FROG, "Sierra Nevada")] == ["LOC"]


def test_entities_company_name_with_legal_form_stays_an_organisation_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too)
    ents = _find(nlp, settings, SIERRA_CORP)
    assert [e.type for e in _holders(ents, SIERRA_CORP, "Sierra Nevada")] == ["ORG"]


def test_entities_compound_helpers_read_the_text_issue12() -> None:
    from hearsay.extract.entities._compounds import administration_of, era_after, seat_after
    from hearsay.extract.entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = "the Clinton White House said"
    assert text[:seat_after(text, len("the Clinton"), gaz)] == "the Clinton White House"
    text = "a stint in the Clinton White House."
    assert text[:seat_after(text, len("a stint in the Clinton"), gaz)] == "a stint in the Clinton White House"
    assert administration_of("Clinton White House", gaz) == "Clinton administration"
    assert administration_of("White House", gaz) is None
    assert era_after("the Clinton years", 4, 11)
    assert not era_after("Clinton years ago", 0, 7)  # no "the": no era



SAFAVID = "The old mosque dates from the Saffavid era, when the city was the capital of Persia.\n"


def test_entities_dynasty_before_era_word_stays_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "the Saffavid era" (as GUM dev voyage_isfahan spells it; the line is
    # written for the test) names the dynasty, no leader of lexicon/leaders.tsv, and keeps its mention
    # (the first era rule, for any surname, dropped it)
    ents = _find(nlp, settings, SAFAVID)
    assert _names(ents, SAFAVID, "Saffavid") == ["Saffavid"]




# after GUM dev news_defector (Wikinews, CC BY 2.5; shortened and reworded for the test)
MONTALVO = ("Daniel Montalvo, 19, was arrested on Friday. After calling the organization by phone to attempt to speak "
            "with his mother, Montalvo was instead put through to an attorney.\n")
LARUE = "Fred LaRue died. He leaves a son, LaRue, who lives in Texas.\n"


def test_entities_subject_after_a_family_noun_is_no_kin_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # "his mother, Montalvo was put through": the subject of the main clause, not the mother
    ents = _find(nlp, settings, MONTALVO)
    assert _names(ents, MONTALVO, "Montalvo was") == ["Daniel Montalvo"]


def test_entities_name_in_apposition_to_a_family_noun_stays_kin_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "a son, LaRue" is another of the family than Fred LaRue
    ents = _find(nlp, settings, LARUE)
    assert _names(ents, LARUE, "LaRue", 1) == ["LaRue"]
