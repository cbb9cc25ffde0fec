"""Per-article entities, issue 12 round 35 (helper ents41): a maker's name with its model designation
is the model, not the maker.

NER gives "Boeing" of "a Boeing 737" to an organisation and "737" to a product of its own (or to no
entity: "the FTSE 100"); linked as it stands, the maker's mention joins the company across articles
(round 34's profile: dev 2020, MEANTIME, ECB+). ``_qualified.model_after`` keeps the designation in the
name. Every text is written for the test; guards (marked so) pass on main's code too.
"""

from __future__ import annotations

import pytest

from _entity_probes import find as _find, holders as _holders

JET = "The airline flew a Boeing 737 from Jakarta to Bali on Monday, officials said."
A380 = "Singapore Airlines said the Airbus A380 landed at Heathrow after a nine-hour flight."
TANKER = "The Air Force picked the Vickers VC-10 aircraft to refuel its fighters, the ministry said."
INDEX = "The FTSE 100 dropped 40 points in London on Tuesday as banks fell."
DREAMLINER = "The Boeing 787 Dreamliner is three years late, the company told investors."


@pytest.mark.parametrize(("text", "word", "name"), [
    (JET, "Boeing", "Boeing 737"), (A380, "Airbus", "Airbus A380"), (TANKER, "Vickers", "Vickers VC-10"),
    (INDEX, "FTSE", "FTSE 100"), (DREAMLINER, "Boeing", "Boeing 787 Dreamliner"),
])
def test_entities_maker_with_designation_is_the_model_issue12(nlp, settings, text, word, name):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    (held,) = _holders(ents, text, word)
    assert held.name == name
    assert not any(e.name == word for e in ents)  # no mention of the maker left


def test_entities_model_is_a_product_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, A380)
    (held,) = _holders(ents, A380, "Airbus")
    assert held.type == "PRODUCT"


YEAR = "Microsoft 2008 shipped late, but Microsoft said sales were strong."
COUNT = "The carrier bought Boeing 100 planes in a deal worth billions."
SCORE = "Evansville beat Butler 101 - 99 in overtime on Saturday."
MAKER = "Boeing said on Friday that it would cut 2,500 jobs in Seattle."


@pytest.mark.parametrize(("text", "word"), [(YEAR, "Microsoft"), (COUNT, "Boeing"), (MAKER, "Boeing")])
def test_entities_name_before_a_year_count_or_amount_stays_guard_issue12(nlp, settings, text, word):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    held = _holders(ents, text, word)
    assert [e.name for e in held] == [word]


def test_entities_score_after_a_team_is_no_model_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SCORE)
    assert not any("101" in e.name or "99" in e.name for e in ents)


# A state the text qualifies as the state, apart from its city of one name (``_qualified.qualified_state``).
PLAINS = "A water main broke in White Plains, New York, on Monday. White Plains lies north of New York City."
ROCHESTER = "She was born in Rochester, New York, and moved to New York City in 1990."
MAYOR = "Mayor Bill de Blasio of New York City spoke on Friday. Reporters in New York, New York, heard him."
STATE_OF = "The mayor of New York City met officials of the state of New York on Tuesday."


@pytest.mark.parametrize(("text", "occurrence"), [(PLAINS, 0), (ROCHESTER, 0), (MAYOR, 2), (STATE_OF, 1)])
def test_entities_state_after_a_town_is_the_state_not_the_city_issue12(nlp, settings, text, occurrence):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    (state,) = _holders(ents, text, "New York", occurrence)
    (city,) = _holders(ents, text, "New York City")
    assert state.name == "New York State" and state.type == "GPE"
    assert state is not city and city.name == "New York City"


LIST = "Flights go to Chicago, New York and Boston from next week, the airline said."
STATES = "Voters in Texas, New York and Ohio went to the polls on Tuesday."
BARE = "He flew to New York City and stayed in New York for a week."
OHIO = "She lives in Columbus, Ohio, with her two dogs."


@pytest.mark.parametrize(("text", "name"), [(LIST, "New York"), (STATES, "New York"), (BARE, "New York City")])
def test_entities_unqualified_or_listed_state_stays_guard_issue12(nlp, settings, text, name):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, text)
    (held,) = _holders(ents, text, "New York", text.count("New York") - 1)
    assert held.name == name


def test_entities_state_without_a_namesake_city_keeps_its_name_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, OHIO)
    (held,) = _holders(ents, OHIO, "Ohio")
    assert held.name == "Ohio"


def _canonicals(tmp_path, settings, texts):  # type: ignore[no-untyped-def]
    """Analyse and link ``texts`` into one store; return (article, entity name) -> canonical id."""
    import datetime
    import sqlite3

    from hearsay.ingest.readers import make_article
    from hearsay.ledger import update_ledger
    from hearsay.pipeline import analyze
    from hearsay.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'ledger.db'}")
    for i, text in enumerate(texts):
        article = make_article(text=text, origin=f"story-{i}.txt", published=datetime.date(2020, 1, i + 1), meta={})
        store.save_linked(analyze(article, settings), update_ledger)
    store.close()
    con = sqlite3.connect(tmp_path / "ledger.db")
    rows = con.execute("select d.origin, e.name, l.canonical_id from entities e join entity_links l on l.entity_id = e.id"
                       " join documents d on d.id = e.document_id").fetchall()
    con.close()
    return {(origin, name): cid for origin, name, cid in rows}


def test_ledger_model_and_state_stay_apart_from_maker_and_city_issue12(tmp_path, settings):  # type: ignore[no-untyped-def]
    """Across articles the model stays apart from its maker and the state from its city, while the
    city's own mentions still join (the readings above, through the ledger)."""
    links = _canonicals(tmp_path, settings, [
        "Boeing said on Friday that it would cut jobs in Seattle, the company said.",
        "The airline flew a Boeing 737 from Jakarta to Bali on Monday, officials said.",
        ROCHESTER,
        "The mayor of New York City, Bill de Blasio, spoke to reporters on Monday.",
    ])
    assert ("story-1.txt", "Boeing") not in links
    assert links[("story-1.txt", "Boeing 737")] != links[("story-0.txt", "Boeing")]
    assert links[("story-2.txt", "New York State")] != links[("story-3.txt", "New York City")]
    assert links[("story-2.txt", "New York City")] == links[("story-3.txt", "New York City")]
