"""Per-article entities, issue 12 round 21: headline run-ons, nicknames, nationality descriptions.

1. A title-case headline's NER span is cut before its first verb by the parse when the words before
   it are a name by the article's own evidence, and cut to the name the prose gives inside it.
2. A nickname joins the full name the same article gives: a quoted or bracketed nickname with the
   family name, and a blend of the first letters of the given and the family name ("LiLo").
3. A definite description by nationality ("the Ukrainian champion", "the American's chin") is one
   person, never the country: a mention of the person the article ties to that demonym, else of
   no one.

Lines marked ECB+ are from ECB+ dev topics 1, 6, 7, 16 and 29 (CC BY 3.0,
../shared/datasets/ecbplus-entities; no check topic); the others are written for the test.
Guards (marked so) must stay as they are.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from _entity_probes import find as _find, holders as _holders, mention_at as _mention_at


# -- 1. headline run-ons -------------------------------------------------------------------------

# ECB+ 1_6ecbplus (CC BY 3.0)
LOHAN_HEADLINE = ("Lindsay Lohan Checks Into Rehab at Betty Ford Center\n"
                  "Fri., May. 3, 2013 11: 45 AM PDT\n"
                  "Early Friday morning, around 1: 30 a. m., the 26 - year - old actress checked into Betty Ford "
                  "Center in Rancho Mirage, Calif, and is now receiving treatment.\n")
# ECB+ 29_5ecbplus (CC BY 3.0), shortened
COLTS_HEADLINE = ("Colts Beat Chiefs 20 - 13 To Clinch Playoff Berth\n"
                  "12 / 23 / 12 06: 03 PM ET EST\n"
                  "Now, after guiding the Colts back to the playoffs, it's safe to say Luck exceeded just about all "
                  "of them.\n"
                  "The Colts won their ninth game on Sunday.\n")
# ECB+ 6_2ecbplus (CC BY 3.0), shortened
GAMES_HEADLINE = ("Director Gary Ross Still in Negotiations for HUNGER GAMES Sequel, CATCHING FIRE; Release Date May "
                  "Be in Jeopardy\n"
                  "Posted 1 year, 160 days ago\n"
                  "As I said many times in my review, Gary Ross' direction was the strongest element of The Hunger "
                  "Games.\n")


def test_entities_a_headline_name_stops_before_its_verb_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, LOHAN_HEADLINE)
    assert _mention_at(ents, LOHAN_HEADLINE, "Lindsay") == ["Lindsay Lohan"]
    assert [e.type for e in _holders(ents, LOHAN_HEADLINE, "Lindsay")] == ["PERSON"]


def test_entities_a_headline_team_stops_before_its_verb_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLTS_HEADLINE)
    assert _mention_at(ents, COLTS_HEADLINE, "Colts") == ["Colts"]  # not "Colts Beat Chiefs"


def test_entities_a_headline_span_is_cut_to_the_name_inside_it_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, GAMES_HEADLINE)
    assert _mention_at(ents, GAMES_HEADLINE, "HUNGER") == ["HUNGER GAMES"]
    assert _holders(ents, GAMES_HEADLINE, "HUNGER") == _holders(ents, GAMES_HEADLINE, "Hunger Games")


@pytest.mark.parametrize("text", [
    "General Motors Posts Record Loss In Fourth Quarter\nDetroit\nGeneral Motors said on Tuesday it lost $9 billion.\n",
    "Johnson Controls Posts Higher Quarterly Profit\nJohnson Controls said on Friday its profit rose by a tenth.\n",
    "Bruno Mars Wins Top Award At Grammys\nThe singer Bruno Mars thanked his mother on Sunday.\n",
])
def test_entities_a_headline_name_the_prose_gives_whole_stays_whole_guard(nlp, settings, text):  # type: ignore[no-untyped-def]
    name = " ".join(text.split()[:2])
    ents = _find(nlp, settings, text)
    assert _mention_at(ents, text, name) == [name]


# -- 2. nicknames ----------------------------------------------------------------------------------

# ECB+ 1_4ecbplus (CC BY 3.0), shortened
LILO = ("Lindsay Lohan Checks Into Rehab, Checks Out Two Minutes Later\n"
        "May 2, 2013\n"
        "That's exactly what LiLo's lawyer Mark Heller did in court this morning.\n"
        "The NYDN says that LiLo eventually made it to Morningside Recovery in Newport Beach, but two minutes after "
        "she walked through the door, she walked back through it and left.\n")
# ECB+ 16_6ecbplus (CC BY 3.0), shortened
JERRY = ("Deputy's killer gets death sentence\n"
         "The gang member shot Jerry Ortiz outside a Hawaiian Gardens building in 2005.\n"
         "April 04, 2007\n"
         'Deputy Luis Gerardo "Jerry" Ortiz, 35, was shot outside a Hawaiian Gardens apartment building while '
         "investigating Jose Luis Orozco in connection with another shooting.\n"
         "Sheriff's Deputy Timothy Brennan, who had been Ortiz's partner for a year, called the verdict "
         "bittersweet.\n")
# ECB+ 16_1ecbplus (CC BY 3.0), shortened
JERRY_BRACKETS = ("District Attorney Steve Cooley announced today that capital murder charges were filed against a "
                  "Hawaiian Gardens gang member accused of gunning down Deputy Luis Gerardo (Jerry) Ortiz a month "
                  "ago.\n"
                  "\u201cDeputy Ortiz was killed while investigating a shooting in which the defendant was a "
                  "suspect,\u201d Cooley said at a news conference.\n")


def test_entities_a_blend_of_given_and_family_name_is_the_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, LILO)
    held = _holders(ents, LILO, "LiLo")
    assert [e.name for e in held] == ["Lindsay Lohan"]
    assert held == _holders(ents, LILO, "LiLo", 1) == _holders(ents, LILO, "Lindsay")


def test_entities_a_hyphenated_blend_is_the_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    text = "Alex Rodriguez hit two home runs on Sunday for New York.\nA-Rod said later that the team had played well.\n"
    ents = _find(nlp, settings, text)
    assert [e.name for e in _holders(ents, text, "A-Rod")] == ["Alex Rodriguez"]


def test_entities_a_quoted_nickname_with_the_family_name_is_the_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JERRY)
    full = _holders(ents, JERRY, "Luis Gerardo")
    assert len(full) == 1
    assert _holders(ents, JERRY, "Jerry Ortiz") == full
    assert _holders(ents, JERRY, "Ortiz's") == full


def test_entities_a_bracketed_nickname_is_inside_the_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, JERRY_BRACKETS)
    full = _holders(ents, JERRY_BRACKETS, "Luis Gerardo")
    assert len(full) == 1
    assert _holders(ents, JERRY_BRACKETS, "Ortiz was") == full


def test_entities_a_blend_two_people_fit_stays_apart_guard(nlp, settings):  # type: ignore[no-untyped-def]
    text = ("Lisa Lopez and Linda Lowe met the mayor on Monday.\n"
            "LiLo, a new band, played at the party that night.\n")
    ents = _find(nlp, settings, text)
    assert not any(e.name in {"Lisa Lopez", "Linda Lowe"} for e in _holders(ents, text, "LiLo"))


@pytest.mark.parametrize(("text", "word", "name"), [
    ("The National Basketball Association fined Pat Riley on Monday. The NBA said he had been warned.\n", "NBA",
     "National Basketball Association"),
    ("Fred LaRue, a Nixon aide, died on Saturday. LaRue was 75.\n", "LaRue was", "Fred LaRue"),
])
def test_entities_acronyms_and_surnames_are_no_blends_guard(nlp, settings, text, word, name):  # type: ignore[no-untyped-def]
    assert [e.name for e in _holders(_find(nlp, settings, text), text, word)] == [name]


@hsettings(max_examples=40, deadline=None)
@given(st.sampled_from(["Lindsay", "Jennifer", "Alex", "Michael", "Paris"]),
       st.sampled_from(["Lohan", "Lopez", "Rodriguez", "Jordan", "Hilton"]),
       st.integers(1, 2), st.integers(2, 3), st.sampled_from(["", "-", "."]))
def test_entities_a_blend_of_the_names_first_letters_fits_only_that_name_property(given_name, family, n1, n2, joint):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._nicknames import _blend_of

    blend = given_name[:n1] + joint + family[:n2].capitalize()
    assert _blend_of(blend, given_name, family)
    assert not _blend_of(family, given_name, family)  # the family name itself is no blend of it
    assert not _blend_of(blend.upper(), given_name, family)  # no acronym in capitals


# -- 3. nationality descriptions --------------------------------------------------------------------

# ECB+ 7_8ecbplus (CC BY 3.0), shortened
THOMPSON = ("Wladimir Klitschko retained his WBA, IBF and WBO heavyweight title belts by stopping American "
            "challenger Tony Thompson in the sixth round.\n"
            "Thompson last met Wladimir Klitschko in 2008, when the American's challenge was ended in the 11th "
            "round.\n")
# ECB+ 7_3ecbplus (CC BY 3.0), shortened: no demonym ties a person here
UNTIED = ("Klitschko put Thompson on the canvas with a big right hand near the end of the fifth round, and the "
          "40 - year - old American southpaw never recovered.\n"
          "The Ukrainian champion dropped Thompson again in the sixth.\n")


def test_entities_the_demonym_as_a_noun_is_the_person_the_article_ties_to_it_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, THOMPSON)
    assert [e.name for e in _holders(ents, THOMPSON, "American's")] == ["Tony Thompson"]


def test_entities_a_person_noun_with_a_demonym_is_the_tied_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    text = ("Ukrainian Wladimir Klitschko beat Tony Thompson in Bern on Saturday.\n"
            "The Ukrainian champion dropped Thompson again in the sixth round.\n")
    ents = _find(nlp, settings, text)
    assert [e.name for e in _holders(ents, text, "Ukrainian champion")] == ["Wladimir Klitschko"]
    assert _mention_at(ents, text, "Ukrainian champion") == ["Ukrainian champion"]


def test_entities_an_untied_description_by_nationality_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, UNTIED)
    assert _holders(ents, UNTIED, "American") == []
    assert _holders(ents, UNTIED, "Ukrainian") == []


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Russian officials said on Monday that the talks would go on.\n", "Russian", "Russia"),
    ("He said the plan would help the American economy recover.\n", "American", "United States"),
    ("The Americans protested against the decision on Friday.\n", "Americans", "United States"),
    # Wikinews 143480 (CC BY 2.5): "state" is a title word ("Secretary of State"), no person noun
    ("\u201cIt is completely unacceptable,\u201d said German economy minister Rainer Bruederle.\nThe premier of "
     "the German state of North Rhine-Westphalia remarked that it was bad.\n", "German state", "Germany"),
    # an office with an actor sector stands for the state (the event coder's France)
    ("The French president said on Monday that the talks must go on.\n", "French", "France"),
])
def test_entities_a_demonym_of_a_people_or_a_thing_stays_the_country_guard(nlp, settings, text, word, country):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    assert [e.name for e in _holders(ents, text, word)] == [country]
