"""Per-article entities, issue 12 round 23: acronyms beside their names; a team's city.

1. An acronym is the initials of the one organisation the article names in full also when the
   initials keep a title's leading "the" ("The Hollywood Reporter" ... "THR says") or its function
   words ("Bank of America" ... "BOA").
2. A place's name stands for the article's team of that place before a field position ("at the
   Indianapolis 16 - yard line") and before a season record a score follows ("Indianapolis'
   record rose to 9 - 5").

Lines marked ECB+ are from ECB+ dev topics 6 and 29 (CC BY 3.0, ../shared/datasets/ecbplus-entities;
no check topic); the others are written for the test. Guards (marked so) must stay as they are.
"""

from __future__ import annotations

from hypothesis import example, given, settings as hsettings
from hypothesis import strategies as st

from _entity_probes import find as _find, holders as _holders


def _same(ents, text, a, b, occ_a=0, occ_b=0):  # type: ignore[no-untyped-def]
    left = [e.name for e in _holders(ents, text, a, occ_a)]
    right = [e.name for e in _holders(ents, text, b, occ_b)]
    return bool(left) and left == right


# -- 1. acronyms --------------------------------------------------------------------------------

# ECB+ 6_3ecbplus (CC BY 3.0)
THR = ("Despite currently being the director behind the #1 movie in the world, the future of Gary Ross's "
       "involvement with The Hunger Games franchise remains uncertain.\n"
       "The Hollywood Reporter says Ross is in negotiations with Lionsgate to return as director for the sequel, "
       "Catching Fire - - and the deal likely hinges on money.\n"
       "THR says Ross, a seasoned director, accepted a relatively low $3 million salary for directing (and co - "
       "writing) The Hunger Games, but is asking for a significant raise for Catching Fire.\n")


def test_entities_an_acronym_with_the_leading_the_is_the_title_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, THR)
    assert _same(ents, THR, "Hollywood Reporter", "THR")


# ECB+ 6_4ecbplus (CC BY 3.0)
THR_2 = ("Despite reports last week that said Gary Ross would definitely not be returning to direct The Hunger Games "
         "sequel, Catching Fire, it seems he will be back at the negotiating table with Lionsgate this week.\n"
         "The Hollywood Reporter says Ross is set to meet with Lionsgate officials on Monday to resume negotiations.\n"
         "According to THR, two major sticking points are salary (Ross apparently wants a raise) and schedule.\n")


def test_entities_an_acronym_after_according_to_is_the_title_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, THR_2)
    assert _same(ents, THR_2, "Hollywood Reporter", "THR")


BOA = ("The Bank of America said on Monday it would cut 3,000 jobs in its mortgage unit.\n"
       "BOA said the cuts would be made by the end of the year.\n")


def test_entities_an_acronym_keeping_function_words_is_the_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BOA)
    assert _same(ents, BOA, "Bank of America", "BOA")


def test_entities_a_different_acronym_stays_apart_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: TMZ is not the initials of The Hollywood Reporter
    text = THR + "TMZ reported that Lionsgate had offered Ross more money.\n"
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Hollywood Reporter", "TMZ")


def test_entities_an_acronym_two_names_share_is_neither_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # "the Texas Hospital Review" has the same initials as "The Hollywood Reporter", so THR is
    # neither (main joined it to the Texas Hospital Review, the only name whose initials it was
    # without the "the")
    text = ("The Hollywood Reporter says Ross is in negotiations with Lionsgate.\n"
            "A spokesman for the Texas Hospital Review said it would publish the interview.\n"
            "THR says Ross accepted a relatively low salary.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Hollywood Reporter", "THR")
    assert not _same(ents, text, "Texas Hospital Review", "THR")


def test_entities_a_persons_initials_stay_apart_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: a person's name lends its initials to no acronym
    text = ("Mark Robert Thompson, the transport minister, opened the new station on Monday.\n"
            "The MRT line will carry 200,000 passengers a day, officials said.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Mark Robert Thompson", "MRT")


# -- 2. a team's city -----------------------------------------------------------------------------

# ECB+ 29_12ecbplus (CC BY 3.0)
COLTS = ("On a day when the Kansas City Chiefs rushed for the 3rd - most yards in franchise history and the defense "
         "played well for 55 minutes of the game, the Chiefs lost to the Indianapolis Colts, 20 - 13.\n"
         "By beating the Chiefs, Indianapolis’ record rose to 9 - 5 and they locked up a playoff spot.\n"
         "Towards the end of the first half, Charles made his only mistake of the day by fumbling at the "
         "Indianapolis 16 - yard line, snuffing out another scoring opportunity with the Chiefs behind 10 - 3.\n")


def test_entities_a_city_before_a_yard_line_is_its_team_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLTS)
    assert _same(ents, COLTS, "Indianapolis Colts", "Indianapolis 16")


def test_entities_a_citys_season_record_is_its_teams_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLTS)
    assert _same(ents, COLTS, "Indianapolis Colts", "Indianapolis’ record")


def test_entities_a_citys_record_weather_stays_the_city_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: a record with no score after it is the town's ("record heat"), not the team's
    text = ("On Sunday the Kansas City Chiefs lost to the Indianapolis Colts, 20 - 13.\n"
            "Fans braved Indianapolis’ record cold to watch the game.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Indianapolis Colts", "Indianapolis’ record")


@hsettings(max_examples=6, deadline=None)
@given(st.integers(1, 49), st.sampled_from(["yard line", "yd line", "- yard line"]))
@example(2, "yd line")  # NER read "the Indianapolis 2 yd line" as one facility (session 17)
@example(7, "- yard line")
def test_entities_a_city_before_any_field_position_is_its_team_issue12(nlp, settings, yards, line):  # type: ignore[no-untyped-def]
    text = ("On Sunday the Kansas City Chiefs lost to the Indianapolis Colts, 20 - 13.\n"
            f"Charles fumbled at the Indianapolis {yards} {line} late in the game.\n")
    ents = _find(nlp, settings, text)
    assert _same(ents, text, "Indianapolis Colts", "Indianapolis", 0, 1)


SNEAK = ("Andrew Luck and the Indianapolis Colts beat the Kansas City Chiefs 20 - 13.\n"
         "Luck scored on a quarterback sneak on fourth - and - inches from the Indianapolis 27.\n"
         "The team flew home to Indianapolis.\n")


def test_entities_a_city_before_a_bare_yard_number_is_its_team_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # written for the test after ECB+ 29_1ecbplus ("a quarterback sneak ... from the Indianapolis 27")
    ents = _find(nlp, settings, SNEAK)
    assert _same(ents, SNEAK, "Indianapolis Colts", "Indianapolis 27")


def test_entities_a_city_one_flies_to_stays_the_city_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: no number after it, so "home to Indianapolis" is the city
    ents = _find(nlp, settings, SNEAK)
    assert not _same(ents, SNEAK, "Indianapolis Colts", "Indianapolis.")
