"""Issue 12, round 36: a country-prefixed name and the bare name an article places in that country.

Round 34 joined a country's state body to its bare name ("United States Senate" / a US story's
"Senate"). The rest of the class: a body that is no state body every country has ("United States
National Hurricane Center" / the "National Hurricane Center" of a Florida storm story, dev2019), and an
intergovernmental organisation's organ ("United Nations General Assembly" / the "United Nations (UN)
General Assembly" NER split into "United Nations" and "General Assembly", dev2019b). The sentences are
written for the tests in the shape of those Wikinews articles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hearsay.ledger.names import analyse_name
from ledger._records import links_by_origin, make_record, save_linked


@pytest.mark.parametrize(("name", "form"), [
    ("United States National Hurricane Center", "national hurricane center @usa"),
    ("American Red Cross", "red cross @usa"),
    ("U.S. Surgeon General", "surgeon general @usa"),
])
def test_a_country_prefixed_body_is_also_keyed_in_its_country(name: str, form: str) -> None:
    main = analyse_name(name, "ORG")
    assert main is not None and form in main.place_forms


@pytest.mark.parametrize(("name", "form"), [
    ("United Nations General Assembly", "general assembly @un"), ("UN General Assembly", "general assembly @un"),
    ("U.N. Security Council", "security council @un"),
])
def test_an_intergovernmental_bodys_organ_is_keyed_in_that_body(name: str, form: str) -> None:
    main = analyse_name(name, "ORG")
    assert main is not None and main.place_forms == (form,)


@pytest.mark.parametrize("name", ["United Nations Development Programme", "American Airlines", "New York Times"])
def test_guard_no_organ_and_no_body_keyed_in_a_scope(name: str) -> None:
    main = analyse_name(name, "ORG")
    assert main is not None and not any(" @" in form for form in main.place_forms)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    from hearsay.store import open_store

    opened = open_store(f"sqlite:///{tmp_path / 'ledger.db'}")
    yield opened
    opened.close()


def _prefixed(i: int) -> Any:
    text = (f"Residents of Louisiana and the United States Gulf coast were told to leave on day {i}. According to the "
            "United States National Hurricane Center, Tropical Storm Barry could become a hurricane. Governor "
            "John Bel Edwards declared an emergency.")
    return make_record(text, f"2019-07-{i:02d}", f"barry-{i}",
                       entities=[{"name": "Louisiana", "type": "GPE"}, {"name": "United States", "type": "GPE", "ids": {"iso3": "USA"}},
                                 {"name": "United States National Hurricane Center", "type": "ORG"},
                                 {"name": "John Bel Edwards", "type": "PERSON"}])


def _bare(i: int, region: tuple[str, str]) -> Any:
    text = (f"A tropical depression formed over the Bahamas on day {i}, before heading towards {region[0]}. As of "
            "Monday evening, the National Hurricane Center reported winds of 30 miles per hour.")
    return make_record(text, f"2019-07-{i:02d}", f"depression-{i}",
                       entities=[{"name": "Bahamas", "type": "GPE", "ids": {"iso3": "BHS"}}, {"name": region[0], "type": region[1]},
                                 {"name": "National Hurricane Center", "type": "ORG"}])


@pytest.mark.parametrize("prefixed_first", [True, False])
def test_a_country_prefixed_name_joins_the_bare_name_its_article_places_in_that_country(store: Any, prefixed_first: bool) -> None:
    """The stories share no one; the Florida story names only the Bahamas as a country, and Florida, a
    US state, nearest before the centre: the bare name is placed in the United States, in either order."""
    records = [_prefixed(1), _bare(2, ("Florida", "GPE"))]
    save_linked(store, *(records if prefixed_first else records[::-1]))
    full = links_by_origin(store, "United States National Hurricane Center")["barry-1.txt"]
    bare = links_by_origin(store, "National Hurricane Center")["depression-2.txt"]
    assert full[0] == bare[0]
    later = bare if prefixed_first else full
    assert later[1] == "exact" and later[2].get("key") == "national hurricane center @usa"


def test_guard_a_bare_name_placed_in_another_country_stays_apart(store: Any) -> None:
    """Placed nowhere but the Bahamas (no US state near it), the bare name is not the US centre."""
    save_linked(store, _prefixed(1), _bare(2, ("Nassau Harbour", "LOC")))
    full = links_by_origin(store, "United States National Hurricane Center")["barry-1.txt"]
    bare = links_by_origin(store, "National Hurricane Center")["depression-2.txt"]
    assert full[0] != bare[0]


def test_the_organ_named_after_its_organisation_joins_the_full_name(store: Any) -> None:
    """"the United Nations (UN) General Assembly": NER's "General Assembly" stands right after the UN's
    name, which places it in the UN, not in the Saudi Arabia named after it."""
    first = make_record("Iran will unveil a plan at the United Nations General Assembly later this week, Hassan Rouhani said.",
                        "2019-09-22", "rouhani",
                        entities=[{"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}},
                                  {"name": "United Nations General Assembly", "type": "ORG"},
                                  {"name": "Hassan Rouhani", "type": "PERSON"}])
    second = make_record("Hatice Cengiz traveled to New York for the United Nations (UN) General Assembly which took place "
                         "this week. Jamal Khashoggi was murdered in the Saudi consulate in Istanbul.", "2019-09-29", "cengiz",
                         entities=[{"name": "Hatice Cengiz", "type": "PERSON"}, {"name": "United Nations", "type": "ORG"},
                                   {"name": "General Assembly", "type": "ORG"}, {"name": "Jamal Khashoggi", "type": "PERSON"},
                                   {"name": "Saudi Arabia", "type": "GPE", "mention": "Saudi", "ids": {"iso3": "SAU"}}])
    save_linked(store, first, second)
    full = links_by_origin(store, "United Nations General Assembly")["rouhani.txt"]
    bare = links_by_origin(store, "General Assembly")["cengiz.txt"]
    assert bare[0] == full[0] and bare[2].get("key") == "general assembly @un"


def test_guard_the_un_is_no_countrys_most_named_stand_in(store: Any) -> None:
    """A story that names the UN often, and the United States once, far from its "Senate", still
    places the Senate in the United States: an organisation places an organ only when named near it."""
    text = ("The Senate voted on Tuesday on the bill after a debate that lasted many hours and drew a crowd of lawyers, "
            "students and reporters to the steps of the building for the whole of the long and tiring day.\n"
            "The United States said the United Nations and the United Nations would wait, as the United Nations said.")
    record = make_record(text, "2019-09-22", "senate",
                         entities=[{"name": "Senate", "type": "ORG"}, {"name": "United States", "type": "GPE", "ids": {"iso3": "USA"}},
                                   {"name": "United Nations", "type": "ORG"}])
    save_linked(store, record)
    assert links_by_origin(store, "Senate")["senate.txt"][1] == "new"
    from sqlalchemy import select

    from hearsay.store import schema

    with store.engine.connect() as conn:
        keys = set(conn.execute(select(schema.canonical_keys.c.key)).scalars())
    assert "senate @usa" in keys and "senate @un" not in keys


def test_guard_a_name_cut_before_its_own_place_is_not_placed(store: Any) -> None:
    """"the Medical Assn. of the State of Alabama" (ECB+ dev: NER cut the name at the abbreviation's
    point): the state's association, which the United States its state stands in must not make the
    American Medical Association's."""
    first = make_record("The American Medical Association said on Monday that doctors in the United States would wait.",
                        "2009-07-13", "ama", entities=[{"name": "American Medical Association", "type": "ORG"},
                                                       {"name": "United States", "type": "GPE", "ids": {"iso3": "USA"}}])
    second = make_record("Dr. Regina Benjamin became the first woman president of the Medical Assn. of the State of "
                         "Alabama in 2002.", "2009-07-14", "benjamin",
                         entities=[{"name": "Regina Benjamin", "type": "PERSON"}, {"name": "Medical Assn", "type": "ORG"},
                                   {"name": "Alabama", "type": "GPE"}])
    save_linked(store, first, second)
    assert links_by_origin(store, "Medical Assn")["benjamin.txt"][0] != links_by_origin(store, "American Medical Association")["ama.txt"][0]
