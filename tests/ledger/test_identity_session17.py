"""Issue 12, session 17: an acronym an article never spells out meets the spelt-out name elsewhere.

ECB+ dev (CC BY 3.0) topic 4 cites the trade paper as "The Hollywood Reporter" in some stories and
only as "THR" in others; topic 6 writes "the Academy of Motion Picture Arts and Sciences" in one
story and "AMPAS" in another. An acronym joined its spelt-out name only when one article wrote
both. A spelt-out organisation name now offers its initials ("thr" with its leading "The",
"ampas") as a weak ``initials`` key: it meets only a name written in capitals, and joins only on
``CONTEXT_MIN`` of rare shared context, as a one-word weak key does. In a store of under 100
articles an entity of three articles weighs 0.76 (``_Context.weight``), so the stories below
share two such names. The sentences are written for the tests after those patterns.
"""

from __future__ import annotations

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import links_by_origin, make_record, save_linked

_SHARED = [{"name": "Lindsay Lohan", "type": "PERSON"}, {"name": "Mark Heller", "type": "PERSON"}]


def _stories(source: str, paper: str) -> list[object]:
    """Three stories: the first two cite ``paper`` beside Lindsay Lohan and Mark Heller, the third
    names the two alone (each an entity of three articles once a late article names them too)."""
    out = []
    for d in (1, 2):
        out.append(make_record(f"Lindsay Lohan will leave rehab, her lawyer Mark Heller told {paper} (day {d}).",
                               f"2013-05-{d:02d}", f"{source}{d}", entities=[*_SHARED, {"name": paper, "type": "ORG"}]))
    out.append(make_record("Lindsay Lohan thanked her lawyer Mark Heller.", "2013-05-03", f"{source}3", entities=_SHARED))
    return out


def test_an_acronym_joins_the_spelt_out_name_with_its_leading_article(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"THR" (never spelt out in its article) shares Lohan and Heller (1.52) with the stories of The
    Hollywood Reporter, whose initials with "The" are T-H-R: joined, as a weak initials match."""
    late = make_record("Lindsay Lohan is fine, Mark Heller told THR on Monday.", "2013-05-20", "late",
                       entities=[*_SHARED, {"name": "THR", "type": "ORG"}])
    save_linked(ledger_store, *_stories("paper", "The Hollywood Reporter"), late)
    paper = links_by_origin(ledger_store, "The Hollywood Reporter")["paper1.txt"][0]
    cid, rule, evidence = links_by_origin(ledger_store, "THR")["late.txt"]
    assert cid == paper
    assert rule == "context" and evidence["match"] == "initials" and evidence["key"] == "thr"


def test_a_spelt_out_name_joins_the_stored_acronym(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """The other order: the stories say only "AMPAS"; a late article spells out the Academy of Motion
    Picture Arts and Sciences beside the same two names and joins them through its initials."""
    late = make_record("Lindsay Lohan and Mark Heller met the Academy of Motion Picture Arts and Sciences.", "2013-05-20", "late",
                       entities=[*_SHARED, {"name": "Academy of Motion Picture Arts and Sciences", "type": "ORG"}])
    save_linked(ledger_store, *_stories("academy", "AMPAS"), late)
    academy = links_by_origin(ledger_store, "AMPAS")["academy1.txt"][0]
    cid, rule, evidence = links_by_origin(ledger_store, "Academy of Motion Picture Arts and Sciences")["late.txt"]
    assert cid == academy
    assert rule == "context" and evidence["match"] == "initials"


def test_an_acronym_sharing_nothing_stays_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: three letters name many bodies; "THR" beside no shared name is not the paper."""
    late = make_record("THR, the regional rail operator, cut fares on Monday.", "2013-05-20", "late",
                       entities=[{"name": "THR", "type": "ORG"}])
    save_linked(ledger_store, *_stories("paper", "The Hollywood Reporter"), late)
    paper = links_by_origin(ledger_store, "The Hollywood Reporter")["paper1.txt"][0]
    assert links_by_origin(ledger_store, "THR")["late.txt"][0] != paper


def test_initials_never_meet_a_word_written_in_lower_case(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: the band "Amp" shares the same two names with the stories, and its key "amp" equals the
    initials of the Association of Music Producers; a name not written in capitals is no acronym,
    so the two stay apart."""
    late = make_record("Lindsay Lohan and Mark Heller joined the Association of Music Producers.", "2013-05-20", "late",
                       entities=[*_SHARED, {"name": "Association of Music Producers", "type": "ORG"}])
    save_linked(ledger_store, *_stories("band", "Amp"), late)
    band = links_by_origin(ledger_store, "Amp")["band1.txt"][0]
    assert links_by_origin(ledger_store, "Association of Music Producers")["late.txt"][0] != band


def _film_stories(title: str, first_type: str) -> list[object]:
    """Three stories of ``title`` typed ``first_type`` beside its director and studio, then one more
    where NER types it a person: the same full name under another type, joined on that context."""
    names = [{"name": "Chris Weitz", "type": "PERSON"}, {"name": "Summit Entertainment", "type": "ORG"}]
    out = [make_record(f"{title} opens Friday, Chris Weitz and Summit Entertainment said (day {d}).", f"2009-11-{d:02d}",
                       f"film{d}", entities=[*names, {"name": title, "type": first_type}]) for d in (1, 2, 3)]
    out.append(make_record(f"Chris Weitz of Summit Entertainment said {title} broke records.", "2009-11-04", "film4",
                           entities=[*names, {"name": title, "type": "PERSON"}]))
    return out


def test_a_bare_word_never_joins_a_film_one_article_typed_a_person(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 32: "New Moon" (the film, first stored as a place) was typed a person in one story
    and so offered the "surname" "moon"; the Earth's "Moon", typed a person in a story sharing the
    film's context, joined it. A bare surname needs a bearer the store knows as a person (or whose
    name opens with a given name): it stays apart."""
    late = make_record("Chris Weitz and Summit Entertainment filmed the Moon rising.", "2009-11-20", "late",
                       entities=[{"name": "Chris Weitz", "type": "PERSON"}, {"name": "Summit Entertainment", "type": "ORG"},
                                 {"name": "Moon", "type": "PERSON"}])
    save_linked(ledger_store, *_film_stories("New Moon", "GPE"), late)
    film = links_by_origin(ledger_store, "New Moon")["film1.txt"][0]
    assert links_by_origin(ledger_store, "New Moon")["film4.txt"][0] == film  # the retyped title did join
    assert links_by_origin(ledger_store, "Moon")["late.txt"][0] != film


def test_a_bare_surname_still_joins_a_person_ner_typed_an_organisation(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: a singer the store first met typed an organisation ("Britney Spears", ORG) is still a
    person by her given name, and a bare "Spears" sharing her stories' context joins her."""
    late = make_record("Chris Weitz and Summit Entertainment signed Spears on Monday.", "2009-11-20", "late",
                       entities=[{"name": "Chris Weitz", "type": "PERSON"}, {"name": "Summit Entertainment", "type": "ORG"},
                                 {"name": "Spears", "type": "PERSON"}])
    save_linked(ledger_store, *_film_stories("Britney Spears", "ORG"), late)
    singer = links_by_origin(ledger_store, "Britney Spears")["film1.txt"][0]
    cid = links_by_origin(ledger_store, "Spears")["late.txt"][0]
    assert cid == singer


def test_a_ship_named_without_its_prefix_still_joins_the_ship(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard (the audit store's INS Mysore and MV Gibe, which the first cut of the bearer rule cut
    loose): a ship first stored as an organisation is called by its name without the prefix
    (round 24), and a bare "Mysore" typed a person sharing its stories' context still joins it."""
    late = make_record("Chris Weitz and Summit Entertainment filmed aboard Mysore.", "2009-11-20", "late",
                       entities=[{"name": "Chris Weitz", "type": "PERSON"}, {"name": "Summit Entertainment", "type": "ORG"},
                                 {"name": "Mysore", "type": "PERSON"}])
    save_linked(ledger_store, *_film_stories("INS Mysore", "ORG"), late)
    ship = links_by_origin(ledger_store, "INS Mysore")["film1.txt"][0]
    assert links_by_origin(ledger_store, "Mysore")["late.txt"][0] == ship


def _secretary_stories() -> list[object]:
    names = [{"name": "Hillary Clinton", "type": "PERSON"}, {"name": "NATO", "type": "ORG"}, {"name": "Russia", "type": "GPE"}]
    return [make_record(f"Hillary Clinton met NATO ministers on Russia (day {d}).", f"2010-03-{d:02d}", f"state{d}", entities=names)
            for d in (1, 2, 3)]


def test_a_pronoun_after_a_bare_surname_rules_out_a_bearer_of_the_other_gender(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 32: "Clinton came into office, what did he do?" (an interview on NATO and Russia)
    joined Hillary Clinton, the store's well-attested Clinton, on shared context. The subject
    pronoun a few words on, with no other name or person noun between, says "he": she is ruled out
    as the article's title "Mr" would rule her out."""
    late = make_record("NATO grew toward Russia. Clinton came into office, what did he do?", "2010-03-20", "late",
                       entities=[{"name": "NATO", "type": "ORG"}, {"name": "Russia", "type": "GPE"},
                                 {"name": "Clinton", "type": "PERSON"}])
    save_linked(ledger_store, *_secretary_stories(), late)
    hillary = links_by_origin(ledger_store, "Hillary Clinton")["state1.txt"][0]
    assert links_by_origin(ledger_store, "Clinton")["late.txt"][0] != hillary


def test_a_pronoun_after_another_name_says_nothing_of_the_surname(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: in "Clinton told Putin he would wait" the pronoun may be Putin's: the bare surname still
    joins Hillary Clinton on the shared context."""
    late = make_record("NATO grew toward Russia. Clinton told Putin he would wait.", "2010-03-20", "late",
                       entities=[{"name": "NATO", "type": "ORG"}, {"name": "Russia", "type": "GPE"},
                                 {"name": "Clinton", "type": "PERSON"}, {"name": "Putin", "type": "PERSON"}])
    save_linked(ledger_store, *_secretary_stories(), late)
    hillary = links_by_origin(ledger_store, "Hillary Clinton")["state1.txt"][0]
    assert links_by_origin(ledger_store, "Clinton")["late.txt"][0] == hillary
