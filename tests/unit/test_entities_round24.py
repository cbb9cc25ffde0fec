"""Per-article entities, issue 12 round 24: a team the article names only by its nickname; a
ship's name without its prefix.

1. A place that begins the name of a major-league team (``lexicon/league_teams.tsv``) stands, in a
   team context, for the team the article calls by its nickname alone ("the Colts" ...
   "Indianapolis (10 - 5) clinched"), though the article never writes "Indianapolis Colts"; the
   team then takes its full name.
2. A ship's name written without its prefix is the ship the article names with it ("INS Sukanya"
   ... "Sukanya successfully intercepted").

Lines marked ECB+ are from ECB+ dev topics 12 and 29 (CC BY 3.0, ../shared/datasets/ecbplus-entities; no
check topic); the others are written for the test. Guards (marked so) must stay as they are.
"""

from __future__ import annotations

from collections import Counter

from _entity_probes import find as _find, holders as _holders


def _same(ents, text, a, b, occ_a=0, occ_b=0):  # type: ignore[no-untyped-def]
    left = [e.name for e in _holders(ents, text, a, occ_a)]
    right = [e.name for e in _holders(ents, text, b, occ_b)]
    return bool(left) and left == right


# ECB+ 29_10ecbplus (CC BY 3.0)
COLTS = ("Indianapolis lost a 10 - point halftime lead at Kansas City, but responded down the stretch with a touchdown "
         "with 4: 08 to go to earn a 10th victory and a playoff berth with a 20 - 13 victory.\n"
         "It was not pretty, but add it up after 60 minutes and the Colts will be wearing their white jerseys at least "
         "one more time this season.\n"
         "A Reggie Wayne seven - yard touchdown reception with just more than four minutes remaining gave the Colts a "
         "20 - 13 lead at Kansas City, and the defense made it hold up as the 10th win for Indianapolis (10 - 5) "
         "clinched a playoff berth.\n"
         "The Colts jumped out to a 13 - 3 halftime lead thanks to cornerback Darius Butler returning an interception "
         "32 yards for a touchdown early in the first quarter.\n")


def test_entities_a_teams_city_joins_its_nickname_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLTS)
    assert _same(ents, COLTS, "Colts", "Indianapolis (10")


def test_entities_a_teams_city_as_subject_joins_its_nickname_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COLTS)
    assert _same(ents, COLTS, "Colts", "Indianapolis lost")


def test_entities_a_city_one_is_in_stays_the_city_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: ECB+ 29_1ecbplus's "in Indianapolis" is the town, not the team
    text = ("Being the heir to Peyton Manning in Indianapolis is heady stuff for a rookie.\n"
            "Luck's touchdown pass gave the Colts a 20 - 13 victory.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Colts", "Indianapolis")


def test_entities_another_teams_city_stays_apart_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: Denver is no city of the Colts, whatever the context
    text = ("Luck's touchdown pass gave the Colts a 20 - 13 victory on Sunday.\n"
            "Denver (12 - 3) clinched the top seed with a win over Cleveland.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Colts", "Denver")


def test_entities_a_city_of_two_nicknames_joins_neither_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: New York begins the names of the Giants and of the Jets, both named in the article
    text = ("The Giants beat the Eagles on Sunday, and the Jets lost to the Dolphins.\n"
            "New York (9 - 6) clinched a playoff berth with the win.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "Giants", "New York")
    assert not _same(ents, text, "Jets", "New York")


def test_entities_a_nickname_picks_its_leagues_city_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # "Cardinals" names teams of two places (Arizona in the NFL, St. Louis in MLB): the one the article names
    text = ("The Cardinals won their fifth straight game on Sunday.\n"
            "St. Louis (10 - 5) clinched a playoff berth with the victory.\n")
    ents = _find(nlp, settings, text)
    assert _same(ents, text, "Cardinals", "St. Louis")


def test_lexicon_league_teams_has_every_team_issue12():  # type: ignore[no-untyped-def]
    from hearsay import lexicon

    rows = list(lexicon.load("league_teams.tsv"))
    assert Counter(row["league"] for row in rows) == {"NFL": 32, "NBA": 30, "MLB": 30, "NHL": 32}
    assert len({(row["league"], row["place"], row["nickname"]) for row in rows}) == len(rows)
    assert all(row["place"] and row["nickname"] for row in rows)


def test_entities_a_team_named_by_nickname_and_city_takes_its_full_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # the name other articles write in full ("Indianapolis Colts"), so the ledger can join them
    ents = _find(nlp, settings, COLTS)
    assert [e.name for e in _holders(ents, COLTS, "Colts")] == ["Indianapolis Colts"]


def test_entities_a_nickname_without_its_city_keeps_its_name_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: with no city of the team in the article, "the Colts" stays "Colts"
    text = ("It was not pretty, but the Colts will be wearing their white jerseys at least one more time.\n"
            "The Colts jumped out to a 13 - 3 halftime lead thanks to cornerback Darius Butler.\n")
    ents = _find(nlp, settings, text)
    assert [e.name for e in _holders(ents, text, "Colts")] in (["Colts"], [])


# -- 2. a ship's name without its prefix ------------------------------------------------------------

# ECB+ 12_8ecbplus (CC BY 3.0)
SUKANYA = ("Patrol vessel INS Sukanya was escorting the five merchant vessels through the Internationally Recognised "
           "Transit Corridor in the Gulf of Aden Thursday morning when the warship's crew noticed the five - boat "
           "pirate formation approaching the cargo ship group.\n"
           "\"While two of the skiffs and its crew managed to get away, Sukanya successfully intercepted the remaining "
           "three skiffs and carried out well - practiced and professionally executed boarding - and - search action.\n")


def test_entities_a_ships_name_without_its_prefix_is_the_ship_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SUKANYA)
    assert _same(ents, SUKANYA, "INS Sukanya", "Sukanya successfully")


def test_entities_a_ship_named_after_a_city_leaves_the_city_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: "Belfast" is a town the article also names; HMS Belfast does not take it
    text = ("The cruiser HMS Belfast was moored on the Thames on Monday.\n"
            "Thousands of visitors from Belfast came to see the ship.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "HMS Belfast", "Belfast", 0, 1)


def test_entities_a_ship_named_like_a_person_leaves_the_person_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: "Cole" ends the name of a person the article writes in full
    text = ("The destroyer USS Cole docked in Norfolk on Monday.\n"
            "Kenneth Cole, the ship's former captain, greeted the crew. Cole said he was proud of them.\n")
    ents = _find(nlp, settings, text)
    assert not _same(ents, text, "USS Cole", "Cole said")


def test_entities_a_nickname_whose_city_never_acts_as_the_team_keeps_its_name_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: "in St. Louis" is the city; the article's "Cardinals" (the church's) take no team name
    text = ("The Cardinals met in Rome on Monday to discuss the synod.\n"
            "Archbishop Robert Carlson, who lives in St. Louis, attended the meeting.\n")
    ents = _find(nlp, settings, text)
    assert "St. Louis Cardinals" not in [e.name for e in ents]
