"""Issue 12, session 9: towns of one name in different regions stay apart (merge audit 18:
"the University of Alabama's Huntsville campus" had joined Huntsville, Texas). Hand-made records
so the linker alone is under test; both backends. Sentences written for the test."""

from __future__ import annotations

from hypothesis import given, strategies as st
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger._regions import conflict, regions, vetoed
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


def _save(store, records):  # type: ignore[no-untyped-def]
    for r in records:
        store.save_linked(r, update_ledger)
    e, el = schema.entities, schema.entity_links
    with store.engine.connect() as conn:
        return {(r.document_id, r.name): r.canonical_id for r in conn.execute(
            select(e.c.document_id, e.c.name, el.c.canonical_id).join(el, el.c.entity_id == e.c.id))}


def _place(town, text, published, source, others=()):  # type: ignore[no-untyped-def]
    return make_record(text, published, source, entities=[{"name": town, "type": "GPE"}, *others])


def test_identity_towns_of_one_name_in_two_states_stay_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    texas = _place("Huntsville", "The inmate was executed in Huntsville, Texas, on Tuesday.", "2010-02-01", "a",
                   [{"name": "Texas", "type": "GPE"}])
    campus = _place("Huntsville", "A professor shot six colleagues at the University of Alabama's Huntsville campus.",
                    "2010-02-13", "b", [{"name": "University of Alabama", "type": "ORG"}])
    links = _save(ledger_store, [texas, campus])
    a, b = (cid for (doc, name), cid in sorted(links.items()) if name == "Huntsville")
    assert a != b, links


def test_identity_a_town_named_beside_its_region_joins_the_town_placed_there(ledger_store) -> None:  # type: ignore[no-untyped-def]
    records = [
        _place("Huntsville", "The inmate was executed in Huntsville, Texas, on Tuesday.", "2010-02-01", "a",
               [{"name": "Texas", "type": "GPE"}]),
        _place("Huntsville", "Engineers in Huntsville, Alabama, tested a rocket engine.", "2010-02-02", "b",
               [{"name": "Alabama", "type": "GPE"}]),
        _place("Huntsville", "Another inmate died in the Texas city Huntsville on Wednesday.", "2010-02-03", "c"),
    ]
    links = _save(ledger_store, records)
    texas, alabama, later = (cid for (doc, name), cid in sorted(links.items()) if name == "Huntsville")
    assert texas != alabama and later == texas, links


def test_identity_a_town_and_its_own_country_agree_guard(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # guard: "Huntsville, Texas" and "Huntsville" beside "United States" are one town, and a
    # town no article placed joins as before
    records = [
        _place("Huntsville", "The inmate was executed in Huntsville, Texas, on Tuesday.", "2010-02-01", "a",
               [{"name": "Texas", "type": "GPE"}]),
        _place("Huntsville", "A second execution in Huntsville drew protests across the United States.", "2010-02-02", "b"),
        _place("Huntsville", "Huntsville prepared for another execution on Friday.", "2010-02-03", "c"),
    ]
    links = _save(ledger_store, records)
    ids = {cid for (doc, name), cid in links.items() if name == "Huntsville"}
    assert len(ids) == 1, links


_TABLE = sorted(regions())


@given(st.sampled_from(_TABLE), st.sampled_from(_TABLE))
def test_regions_conflict_is_symmetric_and_never_with_itself(a: str, b: str) -> None:
    assert conflict(a, b) == conflict(b, a)
    assert not conflict(a, a)
    if regions()[a][0] == regions()[b][0] and (regions()[a][1] or regions()[b][1]):
        assert not conflict(a, b)  # a region and its own country agree


@given(st.sets(st.sampled_from(_TABLE), max_size=3), st.sets(st.sampled_from(_TABLE), max_size=3))
def test_regions_no_evidence_no_veto(placed: set[str], named: set[str]) -> None:
    if not placed or not named:
        assert not vetoed(placed, named)
    if placed & named:
        assert not vetoed(placed, named)


def test_regions_examples() -> None:
    assert conflict("texas", "alabama") and conflict("england", "alabama") and conflict("england", "scotland")
    assert not conflict("texas", "united states") and not conflict("england", "united kingdom")


def test_regions_ap_abbreviations_after_a_comma(ledger_store) -> None:  # type: ignore[no-untyped-def]
    records = [
        _place("Huntsville", "The inmate was executed in Huntsville, Texas, on Tuesday.", "2010-02-01", "a",
               [{"name": "Texas", "type": "GPE"}]),
        _place("Huntsville", "Engineers in Huntsville, Ala., tested a rocket engine.", "2010-02-02", "b"),
    ]
    links = _save(ledger_store, records)
    texas, alabama = (cid for (doc, name), cid in sorted(links.items()) if name == "Huntsville")
    assert texas != alabama, links


def test_regions_an_abbreviated_state_is_never_the_country_of_that_name() -> None:
    from hearsay.ledger._regions import _abbreviated

    key, iso3 = _abbreviated()["Ga."]
    assert iso3 == "USA" and conflict(key, "georgia") and not conflict(key, "united states")
    assert _abbreviated()["Ala."] == ("alabama", "USA")


def test_regions_a_list_of_places_qualifies_none_of_them(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # the open corpus (a basketball obituary): teams by city are a list, not "San Antonio, New York"
    records = [
        _place("San Antonio", "He also played with San Antonio, New York, Atlanta and New Jersey.", "2010-02-01", "a"),
        _place("San Antonio", "The inmate was born in San Antonio, Texas, in 1970.", "2010-02-02", "b"),
    ]
    links = _save(ledger_store, records)
    ids = {cid for (doc, name), cid in links.items() if name == "San Antonio"}
    assert len(ids) == 1, links


def test_regions_a_list_of_cities_places_none_of_them(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # the open corpus (an airline's routes): "New York" beside Dubai in a list is no region of Dubai
    records = [
        _place("Dubai", "The plane landed in Dubai, United Arab Emirates, on Monday.", "2010-02-01", "a"),
        _place("Dubai", "The airline flies to New York, Boston, Dubai and Orlando.", "2010-02-02", "b"),
    ]
    links = _save(ledger_store, records)
    ids = {cid for (doc, name), cid in links.items() if name == "Dubai"}
    assert len(ids) == 1, links


def test_regions_the_state_georgia_written_out_or_abbreviated_agree(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # "Atlanta, Georgia" in an article that reads Georgia as the state, and "Atlanta, Ga.", are one
    # town; the entity step's reading is the Georgia entity without the country's code
    state = {"name": "Georgia", "type": "GPE"}
    records = [
        _place("Atlanta", "Storms hit Atlanta, Georgia, on Monday.", "2010-02-01", "a", [state]),
        _place("Atlanta", "Police in Atlanta, Ga., arrested two men.", "2010-02-02", "b"),
    ]
    links = _save(ledger_store, records)
    ids = {cid for (doc, name), cid in links.items() if name == "Atlanta"}
    assert len(ids) == 1, links


def test_regions_an_acronym_modifying_a_noun_is_no_qualifier() -> None:
    from hearsay.ledger._regions import qualifiers

    from ._records import make_record

    text = "Trade talks in Europe, US officials said, went well. Fans in Birmingham, Alabama cheered."
    record = make_record(text, "2010-02-01", "a", entities=[{"name": "Europe", "type": "LOC"}, {"name": "Birmingham", "type": "GPE"}])
    europe, birmingham = record.entities
    assert qualifiers(record, europe) == set()
    assert qualifiers(record, birmingham) == {"alabama"}


def test_regions_a_coordinated_region_or_a_currency_is_not_beside_the_place() -> None:
    from hearsay.ledger._regions import named_near, qualifiers

    from ._records import make_record

    text = "They would meet either Tennessee or Baltimore. The plane costs more from Europe, US$200,000."
    record = make_record(text, "2010-02-01", "a", entities=[{"name": "Baltimore", "type": "GPE"}, {"name": "Europe", "type": "LOC"}])
    baltimore, europe = record.entities
    assert named_near(record, baltimore) == set() and qualifiers(record, europe) == set()


def test_regions_a_town_ner_typed_as_an_organisation_is_vetoed_too(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # merge audit 18, open corpus: the prison town was first typed ORG, a later article's
    # "Huntsville, Texas" joined it on shared context, and the campus article's ORG-typed
    # "Huntsville" then joined it by exact name
    comeaux, stiles = {"name": "Arcade Comeaux", "type": "PERSON"}, {"name": "Stiles Unit", "type": "FAC"}
    records = [
        make_record("Huntsville prison officials said Arcade Comeaux had a gun on the way to the Stiles Unit.", "2010-02-01", "a",
                    entities=[{"name": "Huntsville", "type": "ORG"}, comeaux, stiles]),
        _place("Huntsville", "Arcade Comeaux escaped on the way from Huntsville, Texas, to the Stiles Unit.", "2010-02-02", "b",
               [comeaux, stiles]),
        make_record("She taught at the University of Alabama's Huntsville campus.", "2010-02-03", "c",
                    entities=[{"name": "Huntsville", "type": "ORG"}]),
    ]
    links = _save(ledger_store, records)
    prison, texas, campus = (cid for (doc, name), cid in sorted(links.items()) if name == "Huntsville")
    assert prison == texas, links  # the place joined the organisation-typed town on shared context
    assert campus != texas, links
