"""Issue 12, session 13: a description joins the one person its own article gives that role; a
company is never the place it is named after; a name cut inside a hyphenated word is no key.

ECB+ dev (CC BY 3.0) writes "Coroner Gary Hargrove said" and then "The coroner said he believes Mr.
LaRue died Saturday" (28_4ecbplus), "Comedian Ellen DeGeneres will make her second appearance …"
and then "the comedian added on Twitter" (2_8ecbplus). The description was a canonical entity of
its own (rule ``local``), so the gold person lost those mentions. The sentences below are written
for the tests after those patterns.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger._roles import described, role_holder
from hearsay.model import Entity, Mention
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record


def _save(store, *records):  # type: ignore[no-untyped-def]
    for r in records:
        store.save_linked(r, update_ledger)


def _links(store) -> dict[str, tuple[str, int, dict[str, str]]]:  # type: ignore[no-untyped-def]
    e, el = schema.entities, schema.entity_links
    with store.engine.connect() as conn:
        rows = conn.execute(select(e.c.name, el.c.rule, el.c.canonical_id, el.c.evidence).join(el, el.c.entity_id == e.c.id)).all()
    return {r.name: (r.rule, r.canonical_id, json.loads(r.evidence)) for r in rows}


CORONER = ("His body was found on Tuesday by a maid, Coroner Gary Hargrove said. The coroner said he believes the man "
           "died on Saturday.")


def test_a_definite_description_joins_the_person_titled_so(ledger_store) -> None:  # type: ignore[no-untyped-def]
    record = make_record(CORONER, "2004-07-28", "a", entities=[
        {"name": "Gary Hargrove", "type": "PERSON", "mention": "Coroner Gary Hargrove"},
        {"name": "coroner", "type": "PERSON"}])
    _save(ledger_store, record)
    links = _links(ledger_store)
    assert links["coroner"][0] == "role"
    assert links["coroner"][1] == links["Gary Hargrove"][1]
    assert links["coroner"][2] == {"role": "coroner", "person": "Gary Hargrove"}
    with ledger_store.engine.connect() as conn:
        keys = {r.key for r in conn.execute(select(schema.canonical_keys.c.key))}
        person = conn.execute(select(schema.canonical_entities).where(schema.canonical_entities.c.name == "Gary Hargrove")).one()
    assert "coroner" not in keys  # a description is never a key: no other article can join through it
    assert "coroner" not in json.loads(person.aliases) and "coroner" in json.loads(person.roles)


def test_the_description_never_reaches_another_article(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: another article's "the coroner" (another county's) stays in its article."""
    first = make_record(CORONER, "2004-07-28", "a", entities=[
        {"name": "Gary Hargrove", "type": "PERSON", "mention": "Coroner Gary Hargrove"},
        {"name": "coroner", "type": "PERSON"}])
    other = make_record("The coroner said the climber died of cold.", "2004-08-02", "b",
                        entities=[{"name": "coroner", "type": "PERSON"}])
    _save(ledger_store, first, other)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(e.c.name, el.c.rule, el.c.canonical_id).join(el, el.c.entity_id == e.c.id)
                            .order_by(el.c.document_id)).all()
    (_, _, hargrove), (_, role_rule, joined), (_, rule, alone) = rows
    assert role_rule == "role" and joined == hargrove
    assert rule == "local" and alone != hargrove


def _entity(local: str, name: str, text: str, mention: str | None = None, roles: tuple[str, ...] = (),
            aliases: tuple[str, ...] = ()) -> Entity:
    written = mention or name
    start = text.index(written)
    return Entity(local, name, "PERSON", aliases=aliases, roles=roles, mentions=(Mention(start, start + len(written), written),))


def test_an_indefinite_description_introduces_someone_new() -> None:
    """Guard (ECB+ 22_2ecbplus): "an employee who had followed her in" is not Hiller, "a 15-year
    employee"."""
    text = "Hiller, a 15-year employee, fired at an employee who had followed her in."
    hiller = _entity("e1", "Yvonne Hiller", text, mention="Hiller", roles=("15-year employee",))
    someone = Entity("e2", "employee", "PERSON", mentions=(Mention(text.index("employee who"), text.index("employee who") + 8, "employee"),))
    assert described(someone, text) is None
    assert role_holder(someone, [hiller], text) is None


def test_two_people_of_that_role_leave_the_description_alone() -> None:
    text = "Judge Ann Cole and Judge Tom Bell disagreed. The judge said the trial would go on."
    cole = _entity("e1", "Ann Cole", text, mention="Judge Ann Cole")
    bell = _entity("e2", "Tom Bell", text, mention="Judge Tom Bell")
    judge = _entity("e3", "judge", text)
    assert role_holder(judge, [cole, bell], text) is None
    assert role_holder(judge, [cole], text) == (cole, "judge")


def test_a_named_possessor_is_not_the_role_holder() -> None:
    """"Lindsay Lohan's attorney" is her lawyer, never Lohan; it is the attorney the article names."""
    text = "Attorney Mark Heller spoke for Lindsay Lohan. Lindsay Lohan's attorney said she was in rehab."
    lohan = _entity("e1", "Lindsay Lohan", text, roles=("attorney",))  # a wrong role must still not make her her own lawyer
    heller = _entity("e2", "Mark Heller", text, mention="Attorney Mark Heller")
    lawyer = _entity("e3", "Lindsay Lohan's attorney", text)
    assert role_holder(lawyer, [lohan], text) is None
    assert role_holder(lawyer, [lohan, heller], text) == (heller, "attorney")


def test_the_description_s_other_words_must_be_the_person_s() -> None:
    """"The police spokesman" is not a fire service spokesman; a kin word joins by apposition."""
    text = "Fire service spokesman Jo Hart arrived. The police spokesman said two men were held."
    hart = _entity("e1", "Jo Hart", text, mention="Fire service spokesman Jo Hart")
    spokesman = _entity("e2", "police spokesman", text)
    assert role_holder(spokesman, [hart], text) is None
    kin = "John Banky, Ben's older brother, spoke briefly. He played any instrument, said his brother."
    john = _entity("e1", "John Banky", kin, roles=("Ben's older brother",))
    brother = _entity("e2", "his brother", kin)
    assert role_holder(brother, [john], kin) == (john, "brother")


def test_plural_and_collective_descriptions_describe_no_one() -> None:
    text = "Sheriff Robert Pickell spoke. The officials said the police would stay."
    pickell = _entity("e1", "Robert Pickell", text, mention="Sheriff Robert Pickell")
    for word in ("officials", "police"):
        assert described(_entity("e2", word, text), text) is None
    assert role_holder(_entity("e2", "officials", text), [pickell], text) is None


def _firm_and_range(ledger_store, range_type: str):  # type: ignore[no-untyped-def]
    shared = [{"name": "California", "type": "GPE"}, {"name": "Sacramento", "type": "GPE"}, {"name": "Fresno", "type": "GPE"}]
    firm = make_record("Sierra Nevada Corporation of Sparks won a contract; California, Sacramento and Fresno cheered.",
                       "2019-03-01", "firm", entities=[{"name": "Sierra Nevada Corporation", "type": "ORG"}, *shared])
    snow = make_record("Snow closed roads in the Sierra Nevada; California, Sacramento and Fresno saw storms.",
                       "2019-03-02", "range", entities=[{"name": "Sierra Nevada", "type": range_type}, *shared])
    _save(ledger_store, firm, snow)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        return dict(conn.execute(select(e.c.name, el.c.canonical_id).join(el, el.c.entity_id == e.c.id)
                                 .where(e.c.name.like("Sierra%"))).all())


def test_a_company_is_not_the_range_it_is_named_after(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 24 (both annotators): the Sierra Nevada range, typed LOC, joined "Sierra Nevada
    Corporation" on shared Californian context. A name written with a legal form is a company;
    a place or person of its bare name never joins it across types."""
    ids = _firm_and_range(ledger_store, "LOC")
    assert ids["Sierra Nevada"] != ids["Sierra Nevada Corporation"]


def test_a_name_typed_otherwise_still_joins_an_unincorporated_organisation(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: the retype join itself stays when no legal form is written: a dairy NER types ORG in
    one story and FAC in the next joins on shared context as before."""
    shared = [{"name": "California", "type": "GPE"}, {"name": "Sacramento", "type": "GPE"}, {"name": "Fresno", "type": "GPE"}]
    one = make_record("Mat Maid Dairy closed; California, Sacramento and Fresno mourned.", "2019-03-01", "one",
                      entities=[{"name": "Mat Maid Dairy", "type": "ORG"}, *shared])
    two = make_record("Mat Maid Dairy reopened; California, Sacramento and Fresno cheered.", "2019-03-02", "two",
                      entities=[{"name": "Mat Maid Dairy", "type": "FAC"}, *shared])
    _save(ledger_store, one, two)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        ids = {r[0] for r in conn.execute(select(el.c.canonical_id).join(e, el.c.entity_id == e.c.id).where(e.c.name == "Mat Maid Dairy"))}
    assert len(ids) == 1


def test_another_owner_s_lawyer_is_not_the_role_holder() -> None:
    """Open corpus (a news page of the article-extraction benchmark): "Mr. Trump's personal lawyer,
    Rudy Giuliani" … "Morrison's lawyer said the question was outside the scope" joined Giuliani."""
    text = "Volker worked with Mr. Trump's personal lawyer, Rudy Giuliani. Later Morrison's lawyer said no."
    giuliani = _entity("e1", "Rudy Giuliani", text, roles=("Mr. Trump's personal lawyer",))
    lawyer = _entity("e2", "Morrison's lawyer", text)
    assert role_holder(lawyer, [giuliani], text) is None
    own = "Volker worked with Mr. Trump's personal lawyer, Rudy Giuliani. Later Trump's lawyer said no."
    assert role_holder(_entity("e2", "Trump's lawyer", own), [_entity("e1", "Rudy Giuliani", own, roles=("Mr. Trump's personal lawyer",))],
                       own) is not None


def test_a_description_before_someone_else_is_named_is_not_them() -> None:
    """Open corpus: "His doctor referred him to an urgent respiratory care clinic and sought out
    advice from one of the study authors, Owen Dempsey, a chest doctor" — the patient's doctor is
    not Dempsey. A description refers back, or stands right before the name it describes."""
    text = ("His doctor referred him to a clinic and sought advice from one of the authors, Owen Dempsey, "
            "a chest doctor.")
    dempsey = _entity("e1", "Owen Dempsey", text, roles=("chest doctor",))
    doctor = _entity("e2", "His doctor", text)
    assert role_holder(doctor, [dempsey], text) is None
    earlier = ("At first, his doctor assumed it was bronchitis. By December he could not walk. His doctor sought advice "
               "from one of the authors, Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.")
    dempsey = _entity("e1", "Owen Dempsey", earlier, roles=("chest doctor at the Aberdeen Royal Infirmary",), aliases=("chest doctor",))
    assert role_holder(_entity("e2", "his doctor", earlier), [dempsey], earlier) is None  # introduced as new: "a chest doctor"
    lead = "She died at 91, her spokesman said. She slept well, spokesman Harlan Boll said."
    titled = _entity("e1", "Harlan Boll", lead, mention="spokesman Harlan Boll")
    assert role_holder(_entity("e2", "her spokesman", lead), [titled], lead) == (titled, "spokesman")  # a lead's description, named later
    beside = "The man died at 91, her spokesman Harlan Boll said."
    boll = _entity("e1", "Harlan Boll", beside, roles=("spokesman",))
    assert role_holder(_entity("e2", "her spokesman", beside), [boll], beside) == (boll, "spokesman")


def _legislator(day: int, given: str) -> object:
    text = f"Pro-Beijing veteran Wong Kwok-{given} of FTU spoke on day {day}; Wong Kwok-{given} won."
    return make_record(text, f"2016-09-0{day}", f"hk-{day}", entities=[{"name": "Wong Kwok-", "type": "PERSON"}])


def test_a_name_cut_at_a_hyphen_joins_no_other_article(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 25 (both annotators, GUM news_election): NER cut "Wong Kwok-kin" to "Wong
    Kwok-", whose key is Wong Kwok-hing's cut "Wong Kwok", and joined two legislators."""
    _save(ledger_store, _legislator(1, "hing"), _legislator(2, "kin"))
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(el.c.rule, el.c.canonical_id).join(e, el.c.entity_id == e.c.id)).all()
    assert len(rows) == 2 and len({r.canonical_id for r in rows}) == 2 and {r.rule for r in rows} == {"local"}


def test_a_whole_hyphenated_name_and_a_spaced_hyphen_still_join(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: the whole name "Wong Kwok-hing", "Mat - Maid" (ECB+ writes hyphens spaced) and a name
    before a hyphenated modifier ("Delhi-based": ECB+ dev has "Ukraine-born", "Peyton
    Manning-led") are names as before."""
    one = make_record("Wong Kwok-hing of FTU lost; Mat - Maid closed; a Delhi-based firm.", "2016-09-01", "x",
                      entities=[{"name": "Wong Kwok-hing", "type": "PERSON"}, {"name": "Mat - Maid", "type": "ORG"},
                                {"name": "Delhi", "type": "GPE"}])
    two = make_record("Wong Kwok-hing spoke; Mat - Maid reopened; a Delhi-based bank.", "2016-09-02", "y",
                      entities=[{"name": "Wong Kwok-hing", "type": "PERSON"}, {"name": "Mat - Maid", "type": "ORG"},
                                {"name": "Delhi", "type": "GPE"}])
    _save(ledger_store, one, two)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(e.c.name, el.c.canonical_id).join(el, el.c.entity_id == e.c.id)).all()
    by_name: dict[str, set[int]] = {}
    for name, cid in rows:
        by_name.setdefault(name, set()).add(cid)
    assert all(len(ids) == 1 for ids in by_name.values()) and len(by_name) == 3


def test_a_place_cut_from_its_compass_word_is_not_the_place(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 25 (both annotators, ECB+ 21_13ecbplus): "Richmond Hill" cut from "South Richmond
    Hill resident" joined Richmond Hill, another neighbourhood; "North American" is no American."""
    queens = [{"name": "Queens", "type": "GPE"}, {"name": "117th Street", "type": "FAC"}]
    hill = make_record("A car hit a house on 117th Street in Richmond Hill, Queens.", "2013-07-01", "a",
                       entities=[{"name": "Richmond Hill", "type": "GPE"}, *queens])
    south = make_record("“It was loud,” said South Richmond Hill resident Suri Ram of the crash on 117th Street, Queens.",
                        "2013-07-02", "b", entities=[{"name": "Richmond Hill", "type": "LOC"}, *queens])
    continent = make_record("The North American market grew.", "2013-07-03", "c",
                            entities=[{"name": "United States", "type": "NORP", "mention": "American", "ids": {"iso3": "USA"}}])
    _save(ledger_store, hill, south, continent)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(e.c.name, el.c.rule, el.c.canonical_id, el.c.document_id).join(el, el.c.entity_id == e.c.id)
                            .where(e.c.name.in_(["Richmond Hill", "United States"])).order_by(el.c.document_id)).all()
    (_, _, first, _), (_, rule, second, _), (_, usa_rule, _, _) = rows
    assert first != second and rule == "local" and usa_rule == "local"


def test_a_place_named_with_its_compass_word_still_joins(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: "South Korea" written whole, and a place after a lower-case compass word ("the south
    Bronx"), are names as before."""
    one = make_record("South Korea and the south Bronx were named.", "2013-07-01", "a",
                      entities=[{"name": "South Korea", "type": "GPE"}, {"name": "Bronx", "type": "GPE"}])
    two = make_record("South Korea and the south Bronx again.", "2013-07-02", "b",
                      entities=[{"name": "South Korea", "type": "GPE"}, {"name": "Bronx", "type": "GPE"}])
    _save(ledger_store, one, two)
    e, el = schema.entities, schema.entity_links
    with ledger_store.engine.connect() as conn:
        rows = conn.execute(select(e.c.name, el.c.canonical_id).join(el, el.c.entity_id == e.c.id)).all()
    assert {name: len({c for n, c in rows if n == name}) for name, _ in rows} == {"South Korea": 1, "Bronx": 1}


def test_a_name_two_full_names_shorten_to_is_chosen_by_context(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Merge audit 25 (both annotators, GUM interview_chomsky): "George Bush" (the father, with James
    Baker and Gorbachev) joined George W. Bush by exact name, because an earlier article's
    "George Bush" had joined the son. With George H. W. Bush in the store the name is a short
    form of both: the context decides, and with too little it stays apart."""
    species = [{"name": "Dirk Kempthorne", "type": "PERSON"}, {"name": "Endangered Species Act", "type": "LAW"},
               {"name": "Interior Department", "type": "ORG"}]
    son = [make_record(f"George W. Bush and Dirk Kempthorne changed the Endangered Species Act rules at the Interior "
                       f"Department on day {d}.", f"2008-12-0{d}", f"son{d}", entities=[{"name": "George W. Bush", "type": "PERSON"}, *species])
           for d in (1, 2, 3)]
    short = make_record("George Bush and Dirk Kempthorne defended the Endangered Species Act rules at the Interior Department.",
                        "2008-12-05", "short", entities=[{"name": "George Bush", "type": "PERSON"}, *species])
    father = make_record("George H. W. Bush met Mikhail Gorbachev in Malta.", "1989-12-03", "father",
                         entities=[{"name": "George H. W. Bush", "type": "PERSON"}, {"name": "Mikhail Gorbachev", "type": "PERSON"}])
    nato = make_record("George Bush and James Baker told Mikhail Gorbachev NATO would not expand.", "2010-01-01", "nato",
                       entities=[{"name": "George Bush", "type": "PERSON"}, {"name": "James Baker", "type": "PERSON"},
                                 {"name": "Mikhail Gorbachev", "type": "PERSON"}])
    _save(ledger_store, *son, short, father, nato)
    e, el, d = schema.entities, schema.entity_links, schema.documents
    with ledger_store.engine.connect() as conn:
        rows = dict(conn.execute(select(d.c.origin, el.c.canonical_id).join(el, el.c.document_id == d.c.id)
                                 .join(e, el.c.entity_id == e.c.id).where(e.c.name.like("George%"))).all())
    assert rows["short.txt"] == rows["son1.txt"]  # the son's own story still joins him, on its context
    assert rows["nato.txt"] != rows["son1.txt"]
