"""Issue 12, session 16: a name that already matches a stored one closely needs less shared context.

ECB+ dev (CC BY 3.0) topic 1 names the rehab clinic "Morningside Recovery", typed an organisation in
most stories and a facility in one; topic 34 says "Gupta" three times beside "Obama" and "CNN" in a
story that never writes Sanjay Gupta's full name. Each shared a little under ``CONTEXT_MIN`` (1.0)
with the entity it is: the same full name under another type, or a surname with one well-attested
bearer, is half the evidence by itself, so ``NAME_CONTEXT_MIN`` (0.7) of rare shared context now
joins them. A bare word the lexicon lists as a given name ("a son, Mark") still needs the full
``CONTEXT_MIN``: it is more often someone's first name than a surname. In a store of under 100
articles an entity of three articles weighs 1 - log10(3) / 2 = 0.76 (``_Context.weight``), which is
what the stories below share. The sentences are written for the tests after those patterns.
"""

from __future__ import annotations

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import links_by_origin, make_record, save_linked


def _clinic_stories() -> list[object]:
    return [make_record(f"Lindsay Lohan entered Morningside Recovery, her lawyer Mark Heller said (day {d}).",
                        f"2013-05-{d:02d}", f"clinic{d}",
                        entities=[{"name": "Lindsay Lohan", "type": "PERSON"}, {"name": "Morningside Recovery", "type": "ORG"},
                                  {"name": "Mark Heller", "type": "PERSON"}])
            for d in (1, 2)] + [
        make_record("Lindsay Lohan is at the Betty Ford Center in Rancho Mirage.", "2013-05-03", "other",
                    entities=[{"name": "Lindsay Lohan", "type": "PERSON"}, {"name": "Betty Ford Center", "type": "ORG"}])]


def test_the_same_full_name_under_another_type_joins_on_one_rare_shared_name(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"Morningside Recovery" typed a facility shares only Mark Heller (three articles, 0.76) with the
    clinic's stories: enough for the same full name under another type, which the old bar of 1.0
    kept apart."""
    late = make_record("Mark Heller said the actress would stay at Morningside Recovery for 90 days.", "2013-05-20", "late",
                       entities=[{"name": "Mark Heller", "type": "PERSON"}, {"name": "Morningside Recovery", "type": "FAC"}])
    save_linked(ledger_store, *_clinic_stories(), late)
    clinic = links_by_origin(ledger_store, "Morningside Recovery")["clinic1.txt"][0]
    cid, rule, evidence = links_by_origin(ledger_store, "Morningside Recovery")["late.txt"]
    assert cid == clinic
    assert rule == "context" and evidence["match"] == "retype"
    assert 0.7 <= float(evidence["context"]) < 1.0  # type: ignore[arg-type]


def test_the_same_name_under_another_type_sharing_nothing_stays_apart(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: with no shared entity the facility of that name is not the clinic."""
    late = make_record("The Morningside Recovery building on the hill was sold at auction.", "2013-05-20", "late",
                       entities=[{"name": "Morningside Recovery", "type": "FAC"}])
    save_linked(ledger_store, *_clinic_stories(), late)
    clinic = links_by_origin(ledger_store, "Morningside Recovery")["clinic1.txt"][0]
    assert links_by_origin(ledger_store, "Morningside Recovery")["late.txt"][0] != clinic


def _stories(source: str, month: str, template: str, names: list[dict[str, str]], shared: dict[str, str],
             clause: str) -> list[object]:
    """Three stories naming ``names``; the first two also name ``shared`` (``template`` takes the
    day and ``clause``, empty in the third): with a late article naming it too, ``shared`` is an
    entity of three articles, 0.76 of context."""
    out = []
    for d in (1, 2, 3):
        extra = [shared] if d < 3 else []
        out.append(make_record(template.format(day=d, clause=clause if d < 3 else ""), f"{month}-{d:02d}", f"{source}{d}",
                               entities=names + extra))
    return out


def _doctor_stories() -> list[object]:
    return _stories("doctor", "2009-01", "Sanjay Gupta{clause} may be the next surgeon general (day {day}).",
                    [{"name": "Sanjay Gupta", "type": "PERSON"}], {"name": "CNN", "type": "ORG"}, ", the CNN correspondent,")


def test_a_bare_surname_joins_its_one_bearer_on_one_rare_shared_name(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """"Gupta" (no full name in the article) shares CNN (0.76) with Sanjay Gupta's stories, the store's
    only full name of that surname, in three articles: joined; before, 1.0 was needed."""
    late = make_record("CNN confirmed that Gupta had accepted; Gupta will leave the network.", "2009-01-20", "late",
                       entities=[{"name": "CNN", "type": "ORG"}, {"name": "Gupta", "type": "PERSON"}])
    save_linked(ledger_store, *_doctor_stories(), late)
    doctor = links_by_origin(ledger_store, "Sanjay Gupta")["doctor1.txt"][0]
    cid, rule, evidence = links_by_origin(ledger_store, "Gupta")["late.txt"]
    assert cid == doctor
    assert rule == "context" and evidence["match"] == "surname"


def test_a_bare_given_name_still_needs_the_full_context(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard: "a son, Mark" sharing one rare name (0.76) with the stories of the producer Laurence
    Mark is not that producer: a word the lexicon lists as a given name needs ``CONTEXT_MIN``."""
    stories = _stories("producer", "2009-01", "Laurence Mark will produce the Oscars{clause} (day {day}).",
                       [{"name": "Laurence Mark", "type": "PERSON"}], {"name": "Los Angeles", "type": "GPE"}, " in Los Angeles")
    late = make_record("He died in Los Angeles. The couple had a daughter, Joan, and a son, Mark.", "2009-01-20", "late",
                       entities=[{"name": "Los Angeles", "type": "GPE"}, {"name": "Mark", "type": "PERSON"}])
    save_linked(ledger_store, *stories, late)
    producer = links_by_origin(ledger_store, "Laurence Mark")["producer1.txt"][0]
    assert links_by_origin(ledger_store, "Mark")["late.txt"][0] != producer


def test_a_one_word_nickname_form_still_needs_the_full_context(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """Guard (merge audit 30): "Nittany Lions" offers the nickname form "lions", which another
    article's "Lions" (the Detroit Lions) holds as its name. One rare shared name (0.76) is not
    enough for a key of one word: many teams share a nickname, so the bar stays ``CONTEXT_MIN``."""
    stories = _stories("nfl", "2012-10", "Jonathan Scott started six games with the Lions{clause} (week {day}).",
                       [{"name": "Jonathan Scott", "type": "PERSON"}, {"name": "Lions", "type": "ORG"}],
                       {"name": "Minnesota", "type": "GPE"}, " in Minnesota")
    late = make_record("The Nittany Lions beat Minnesota on Saturday.", "2012-10-20", "college",
                       entities=[{"name": "Nittany Lions", "type": "ORG"}, {"name": "Minnesota", "type": "GPE"}])
    save_linked(ledger_store, *stories, late)
    nfl = links_by_origin(ledger_store, "Lions")["nfl1.txt"][0]
    assert links_by_origin(ledger_store, "Nittany Lions")["college.txt"][0] != nfl
