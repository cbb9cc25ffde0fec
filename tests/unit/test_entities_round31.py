"""Per-article entities, issue 12 round 31: a continent's demonym; a party's members named as a group.

1. A demonym that names one continent ("African leaders") is a mention of the continent, as a
   country's demonym is of the country (``_nationals.continent_of``, ``lexicon/continents.tsv``;
   identity-wikinews dev2019 wn2019-069/070). "European" (Europe or the European Union) is not listed.
2. The plural or adjective of a party the article names ("Democrats", "Democratic" beside "the
   Democratic Party") is the party (``_parties.party_members``; dev2019b wn2019-113). Only within
   the article: a group name alone stays as it was.

Every text is written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

CONTINENT = ("African leaders met in Addis Ababa on Monday to discuss trade. The talks are meant to open "
             "markets across Africa by next year.")
CONTINENT_NAMED_FIRST = ("Trade across Africa grew last year. African leaders met in Addis Ababa on Monday to "
                         "discuss it.")
CONTINENT_ALONE = "Several African leaders arrived in Addis Ababa on Monday for the trade talks."
EUROPEAN = "European regulators fined the firm on Monday. The fine is the largest in Europe this year."
PARTY = ("The Democratic Party won the vote in the state senate on Tuesday. Democrats said the bill would "
         "pass the house next week, and Democratic lawmakers praised the governor.")
PARTY_LATER = ("Democrats said the bill would pass the house next week. The Democratic Party won the vote in "
               "the state senate on Tuesday.")
GROUP_ALONE = "Democrats said the bill would pass the house next week, and Republicans said it would not."


def test_entities_continent_demonym_is_the_continent_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CONTINENT)
    (demonym,) = _holders(ents, CONTINENT, "African")
    (continent,) = _holders(ents, CONTINENT, "Africa", 1)
    assert demonym is continent
    assert (continent.name, continent.type) == ("Africa", "LOC")


def test_entities_continent_named_first_keeps_its_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, CONTINENT_NAMED_FIRST)
    (continent,) = _holders(ents, CONTINENT_NAMED_FIRST, "Africa")
    assert _holders(ents, CONTINENT_NAMED_FIRST, "African") == [continent]
    assert continent.name == "Africa"  # not the longer "African"


def test_entities_continent_demonym_names_the_continent_alone_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # across articles the demonym joins the continent by name, as "French" joins France
    ents = _find(nlp, settings, CONTINENT_ALONE)
    assert [e.name for e in _holders(ents, CONTINENT_ALONE, "African")] == ["Africa"]


def test_entities_continent_demonyms_table_leaves_european_out_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._nationals import continent_of

    assert continent_of("Africans") == "Africa"
    assert continent_of("South American") == "South America"
    assert continent_of("European") is None  # Europe or the European Union


def test_entities_european_stays_apart_from_europe_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "European" is not read as Europe
    ents = _find(nlp, settings, EUROPEAN)
    assert all(e.name != "Europe" for e in _holders(ents, EUROPEAN, "European"))


def test_entities_party_group_names_are_the_party_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, PARTY)
    (party,) = _holders(ents, PARTY, "Democratic Party")
    assert (party.name, party.type) == ("Democratic Party", "ORG")
    assert _holders(ents, PARTY, "Democrats") == [party]
    assert _holders(ents, PARTY, "Democratic lawmakers") == [party]


def test_entities_party_named_after_its_members_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, PARTY_LATER)
    (party,) = _holders(ents, PARTY_LATER, "Democratic Party")
    assert _holders(ents, PARTY_LATER, "Democrats") == [party]


def test_entities_party_member_forms_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._parties import _member_forms

    assert _member_forms("Democratic") == {"democratic", "democratics", "democrat", "democrats"}
    assert _member_forms("Liberal Democratic") >= {"liberal democrats"}
    assert _member_forms("Green") == {"green", "greens"}


def test_entities_group_name_without_its_party_stays_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): no party named, so "Democrats" is not made a party by name alone
    ents = _find(nlp, settings, GROUP_ALONE)
    assert all(e.name != "Democratic Party" for e in ents)
