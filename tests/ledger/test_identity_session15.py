"""Issue 12, session 15: a one-word name NER calls a person, when no person of the store bears it.

ECB+ dev (CC BY 3.0) topic 29 reports Colts games: NER types "Jaguars" a person in one story and a
place in the next, and the store knows the team only as "Jacksonville Jaguars", whose nickname is a
weak *form* (``names._team_form``), not a name, so the one-word retype rule never proposed it.
Topic 1 cites the celebrity site TMZ, which NER calls a person in three articles out of five: once
one such "person" was stored, every later one met it first ("a person bears the word") and the
site itself was never tried. The sentences below are written for the tests after those patterns.
"""

from __future__ import annotations

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import links_by_origin, make_record, save_linked


_save = save_linked  # the names the tests below were written with
_links = links_by_origin


def _team_stories(n: int = 3) -> list[object]:
    return [make_record(f"The Indianapolis Colts beat the Jacksonville Jaguars as Peyton Manning threw to Reggie Wayne (week {d}).",
                        f"2008-12-{d:02d}", f"team{d}",
                        entities=[{"name": "Indianapolis Colts", "type": "ORG"}, {"name": "Jacksonville Jaguars", "type": "ORG"},
                                  {"name": "Peyton Manning", "type": "PERSON"}, {"name": "Reggie Wayne", "type": "PERSON"}])
            for d in range(1, n + 1)]


def _nickname_story(source: str, label: str, *, day: int = 20, with_context: bool = True) -> object:
    if with_context:
        text = "Peyton Manning found Reggie Wayne twice and the Jaguars never recovered."
        entities = [{"name": "Peyton Manning", "type": "PERSON"}, {"name": "Reggie Wayne", "type": "PERSON"},
                    {"name": "Jaguars", "type": label}]
    else:
        text = "The Jaguars of the zoo were fed at noon, a keeper said."
        entities = [{"name": "Jaguars", "type": label}]
    return make_record(text, f"2008-12-{day:02d}", source, entities=entities)


def test_a_team_nickname_typed_a_person_joins_the_team(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """The team is stored under its full name; its nickname is only a weak form. A later article's
    "Jaguars" typed PERSON shares the team's players and joins it as a retype."""
    _save(ledger_store, *_team_stories(), _nickname_story("nick", "PERSON"))
    team = _links(ledger_store, "Jacksonville Jaguars")["team1.txt"][0]
    cid, rule, evidence = _links(ledger_store, "Jaguars")["nick.txt"]
    assert cid == team
    assert rule == "context" and evidence["match"] == "retype"


def test_a_team_nickname_typed_a_place_joins_the_team(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """The same with NER's place type (a specific one-word name: the ``_candidates`` retype branch)."""
    _save(ledger_store, *_team_stories(), _nickname_story("nick", "GPE"))
    team = _links(ledger_store, "Jacksonville Jaguars")["team1.txt"][0]
    assert _links(ledger_store, "Jaguars")["nick.txt"][0] == team


def test_an_unrelated_nickname_story_stays_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: the word alone is no proof; an article sharing nothing with the team's stories
    (the zoo's jaguars) is not joined to it."""
    _save(ledger_store, *_team_stories(), _nickname_story("zoo", "PERSON", with_context=False))
    team = _links(ledger_store, "Jacksonville Jaguars")["team1.txt"][0]
    assert _links(ledger_store, "Jaguars")["zoo.txt"][0] != team


def _site_stories(n: int = 3) -> list[object]:
    return [make_record(f"TMZ reported that Lindsay Lohan left the Betty Ford Center with Michael Lohan (day {d}).",
                        f"2013-05-{d:02d}", f"site{d}",
                        entities=[{"name": "TMZ", "type": "ORG"}, {"name": "Lindsay Lohan", "type": "PERSON"},
                                  {"name": "Betty Ford Center", "type": "ORG"}, {"name": "Michael Lohan", "type": "PERSON"}])
            for d in range(1, n + 1)]


def test_an_earlier_bare_person_does_not_hide_the_organisation(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """An article that typed "TMZ" a person before anything else was stored started a one-word
    "person" of its own. No full name ends in the word, so no person bears it: a later such
    article still meets the organisation, tried first, and joins it on the shared context."""
    early = make_record("TMZ posted a photograph from the beach.", "2013-04-01", "early",
                        entities=[{"name": "TMZ", "type": "PERSON"}])
    late = make_record("TMZ said Lindsay Lohan had checked out of the Betty Ford Center, Michael Lohan confirmed.", "2013-05-20",
                       "late", entities=[{"name": "TMZ", "type": "PERSON"}, {"name": "Lindsay Lohan", "type": "PERSON"},
                                         {"name": "Betty Ford Center", "type": "ORG"}, {"name": "Michael Lohan", "type": "PERSON"}])
    _save(ledger_store, early, *_site_stories(), late)
    links = _links(ledger_store, "TMZ")
    site = links["site1.txt"][0]
    assert links["late.txt"][0] == site
    assert links["late.txt"][2]["match"] == "retype"
    assert links["early.txt"][0] != site  # shares nothing: left alone


def test_a_word_a_person_bears_keeps_the_surname_rule(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: where a full name of the store ends in the word ("Tom Bradley"), a one-word "Bradley"
    typed PERSON is judged by the surname rule only, never joined to the university of that name."""
    people = [make_record(f"Mayor Tom Bradley spoke in Los Angeles about the Olympics (day {d}).", f"1984-07-{d:02d}", f"mayor{d}",
                          entities=[{"name": "Tom Bradley", "type": "PERSON"}, {"name": "Los Angeles", "type": "GPE"}])
              for d in range(1, 4)]
    school = [make_record(f"Bradley beat Creighton as Doug McDermott scored 30 (game {d}).", f"2013-03-{d:02d}", f"game{d}",
                          entities=[{"name": "Bradley", "type": "ORG"}, {"name": "Creighton", "type": "ORG"},
                                    {"name": "Doug McDermott", "type": "PERSON"}])
              for d in range(1, 4)]
    late = make_record("Bradley lost again to Creighton, Doug McDermott said.", "2013-03-20", "late",
                       entities=[{"name": "Bradley", "type": "PERSON"}, {"name": "Creighton", "type": "ORG"},
                                 {"name": "Doug McDermott", "type": "PERSON"}])
    _save(ledger_store, *people, *school, late)
    university = _links(ledger_store, "Bradley")["game1.txt"][0]
    assert _links(ledger_store, "Bradley")["late.txt"][0] != university


# -- merge audit 28 (both annotators): what the head-word and nickname joins must not take ------------

def test_a_head_word_modifying_a_common_noun_is_no_institution(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """ "Bank and financial stocks are among the gainers" speaks of bank stocks, not of the one bank
    the article names (aeb-65408257dbe4 in the audit corpus: ICICI Bank)."""
    text = "Shares of ICICI Bank rose 2 per cent, traders said.\nBank and financial stocks are among the major contributors."
    record = make_record(text, "2019-05-02", "stocks", entities=[{"name": "ICICI Bank", "type": "ORG"}, {"name": "Bank", "type": "ORG"}])
    _save(ledger_store, record)
    bank = _links(ledger_store, "ICICI Bank")["stocks.txt"][0]
    assert _links(ledger_store, "Bank")["stocks.txt"][0] != bank


def test_a_head_word_that_opens_a_longer_name_is_no_institution(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """ "the Committee to Re-Elect the President" is another body than the Democratic National
    Committee the story also names (ECB+ 28_5ecbplus, CC BY 3.0, shortened)."""
    text = ("Burglars broke into the Democratic National Committee offices at the Watergate.\n"
            "LaRue was an aide at the Committee to Re-Elect the President.")
    record = make_record(text, "2004-07-20", "creep", entities=[{"name": "Democratic National Committee", "type": "ORG"},
                                                                  {"name": "Committee", "type": "ORG"}])
    _save(ledger_store, record)
    dnc = _links(ledger_store, "Democratic National Committee")["creep.txt"][0]
    assert _links(ledger_store, "Committee")["creep.txt"][0] != dnc


def test_people_in_the_plural_are_no_named_body(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """ "scientists now say" is scientists at large, not the "group of Swiss scientists" NER took for
    an organisation (a description, no name)."""
    text = "A group of Swiss scientists studied the receptors.\nWhatever their history, scientists now say the receptors matter."
    record = make_record(text, "2019-05-02", "science", entities=[{"name": "group of Swiss scientists", "type": "ORG"},
                                                                    {"name": "scientists", "type": "PERSON", "mention": "scientists now"}])
    _save(ledger_store, record)
    group = _links(ledger_store, "group of Swiss scientists")["science.txt"][0]
    assert _links(ledger_store, "scientists")["science.txt"][0] != group


def test_a_nickname_after_another_place_is_that_places_team(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """ "The 1961 Dallas Texans" (ECB+ 29_12ecbplus; NER's "Dallas" and "Texans" apart) are not the
    Houston Texans whose nickname form the store holds; "the Texans" with the same context still are
    (guard), and a plural after any other capitalised word is no team of a place (guard below)."""
    houston = [make_record(f"The Houston Texans beat the Indianapolis Colts as Andrew Luck threw to Reggie Wayne (week {d}).",
                           f"2012-12-{d:02d}", f"texans{d}",
                           entities=[{"name": "Houston Texans", "type": "ORG"}, {"name": "Indianapolis Colts", "type": "ORG"},
                                     {"name": "Andrew Luck", "type": "PERSON"}, {"name": "Reggie Wayne", "type": "PERSON"}])
               for d in range(1, 4)]
    history = make_record("Andrew Luck and Reggie Wayne matched a record set by the 1961 Dallas Texans.", "2012-12-20", "history",
                          entities=[{"name": "Andrew Luck", "type": "PERSON"}, {"name": "Reggie Wayne", "type": "PERSON"},
                                    {"name": "Dallas", "type": "GPE"}, {"name": "Texans", "type": "ORG"}])
    game = make_record("Andrew Luck found Reggie Wayne twice and the Texans never recovered.", "2012-12-21", "game",
                       entities=[{"name": "Andrew Luck", "type": "PERSON"}, {"name": "Reggie Wayne", "type": "PERSON"},
                                 {"name": "Texans", "type": "ORG"}])
    _save(ledger_store, *houston, game, history)
    team = _links(ledger_store, "Houston Texans")["texans1.txt"][0]
    links = _links(ledger_store, "Texans")
    assert links["history.txt"][0] != team
    assert links["game.txt"][0] == team


def test_a_plural_after_a_word_that_is_no_place_keeps_its_links(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard (MEANTIME dev): "Airbus parent EADS", "Real Housewives" — a plural-looking name after a
    capitalised word that is no place of the article is linked as before."""
    first = make_record("Airbus parent company EADS said deliveries rose.", "2007-01-02", "eads1",
                        entities=[{"name": "Airbus", "type": "ORG"}, {"name": "EADS", "type": "ORG"}])
    second = make_record("Shares of Airbus owner EADS fell.", "2007-01-03", "eads2",
                         entities=[{"name": "Airbus", "type": "ORG"}, {"name": "EADS", "type": "ORG"}])
    _save(ledger_store, first, second)
    links = _links(ledger_store, "EADS")
    assert links["eads1.txt"][0] == links["eads2.txt"][0]
