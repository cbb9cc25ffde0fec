"""Per-article entities, issue 12 round 16: short forms, roles, split names and headline types.

The oracle linker put most of the remaining cross-document loss in the per-article step: a
person's short form typed an organisation ("Najib", "Bishop"), a title before a name and a comma
not stored as the role, a name NER cut into two place spans ("Valeska" + "Paris"), a headline's
work-of-art label left on the name cut out of it ("Lindsay Lohan"). (Class 5, a work's title after
"sequel" typed a person, was tried and dropped on the dev figures: docs/EVALUATION.md, round 16.)
Sentences written for the test unless noted;
the 1_20ecbplus lines are from ECB+ (CC BY 3.0, ../shared/datasets/ecbplus-entities).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

pytestmark = pytest.mark.model


def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    return find_entities(nlp(text), find_zones(text), settings).freeze()


def _holder(ents, start):  # type: ignore[no-untyped-def]
    return next((e for e in ents if any(m.start == start for m in e.mentions)), None)


# -- 1. short forms ------------------------------------------------------------------------------

def test_entities_given_name_typed_org_joins_the_full_name(nlp, settings):
    text = ("Discussing his concern about the dispute, Malaysia's Prime Minister, Najib Razak said the talks "
            "would go on. Najib said he hoped for calm.")
    ents = _find(nlp, settings, text)
    short = _holder(ents, text.index("Najib said"))
    assert short is not None and short.type == "PERSON" and short.name == "Najib Razak", short


def test_entities_surname_that_is_a_title_word_joins_the_full_name(nlp, settings):
    text = ("Australian Foreign Minister Julie Bishop met her counterpart in Jakarta on Monday. "
            "Bishop said the two countries would work together.")
    ents = _find(nlp, settings, text)
    short = _holder(ents, text.index("Bishop said"))
    assert short is not None and short.type == "PERSON" and short.name == "Julie Bishop", short


def test_entities_the_title_word_after_a_determiner_is_no_surname_guard(nlp, settings):
    text = ("Australian Foreign Minister Julie Bishop met the Bishop of London on Monday. "
            "The Bishop said the two countries would work together.")
    ents = _find(nlp, settings, text)
    later = _holder(ents, text.index("Bishop said"))
    assert later is None or later.name != "Julie Bishop", later


@pytest.mark.parametrize("text, word", [
    # guards: an organisation's leading word stays the organisation; a place one goes to stays a place
    ("Apple Computer unveiled a phone. Steve Jobs spoke. Apple said sales rose.", "Apple said"),
    ("Jordan Peterson spoke in Amman. He later flew to Jordan for a talk.", "Jordan for"),
])
def test_entities_short_form_rule_leaves_organisations_and_places_guard(nlp, settings, text, word):
    ents = _find(nlp, settings, text)
    holder = _holder(ents, text.index(word))
    assert holder is not None and holder.type != "PERSON", holder


# -- 2. roles ------------------------------------------------------------------------------------

def test_entities_title_before_name_and_comma_is_the_role(nlp, settings):
    text = ("Discussing his concern about the dispute, Malaysia's Prime Minister, Najib Razak said the talks "
            "would go on.")
    ents = _find(nlp, settings, text)
    person = _holder(ents, text.index("Najib Razak"))
    assert person is not None and "Malaysia's Prime Minister" in person.roles, person


def test_entities_appositive_title_the_tagger_calls_a_proper_noun_is_the_role(nlp, settings):
    text = "The briefing was led by Jeff Rathke, the State Department Spokesperson. Rathke also asked for restraint."
    ents = _find(nlp, settings, text)
    person = _holder(ents, text.index("Jeff Rathke"))
    assert person is not None and "State Department Spokesperson" in person.roles, person


def test_entities_a_title_before_a_list_of_names_is_no_role_guard(nlp, settings):
    text = "The meeting was attended by the president, John Smith and Mary Jones."
    ents = _find(nlp, settings, text)
    for name in ("John Smith", "Mary Jones"):
        person = _holder(ents, text.index(name))
        assert person is not None and not person.roles, person


# -- 3. headline types ---------------------------------------------------------------------------

ECB_1_20 = (
    "http: / / www. x17online. com / celebrities / lindsay _ lohan / lindsay _ lohan _ checks _ out _ betty _ ford _ in "
    "_ cliffside _ malibu _ 061313. php\n"
    "Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab\n"
    "Posted on Thu Jun 13, 2013 08: 45 AM PDT\n"
    "Lindsay Lohan has checked out of the Betty Ford Treatment Center in Palm Springs after completing a 30 - day "
    "program, but she's not in the clear yet!\n"
    "The Mean Girls star just checked - in to the Cliffside Rehab Center in Malibu, where she will receive extended "
    "treatment, TMZ reports.\n"
)


def test_entities_headline_name_cut_from_a_work_is_a_person_ecb_1_20(nlp, settings):
    ents = _find(nlp, settings, ECB_1_20)
    for at in (ECB_1_20.index("Lindsay Lohan Checks"), ECB_1_20.index("Lindsay Lohan has")):
        person = _holder(ents, at)
        assert person is not None and person.type == "PERSON" and person.name == "Lindsay Lohan", person


def test_entities_person_in_prose_needs_a_pronoun_after_the_subject(nlp):
    from hearsay.extract.entities._headlines import _person_in_prose

    yes = "Lindsay Lohan has checked out of rehab, but she is not in the clear yet."
    no = "Lindsay Lohan has checked out of the charts, and the film is not in cinemas yet."
    assert _person_in_prose(nlp(yes), yes, "Lindsay Lohan")
    assert not _person_in_prose(nlp(no), no, "Lindsay Lohan")


# -- 4. a name split into two places -------------------------------------------------------------

def test_entities_name_split_into_two_places_is_one_person(nlp, settings):
    text = "Valeska Paris, an Australian woman, says she was held for years. Paris claims she was forced to work."
    ents = _find(nlp, settings, text)
    for word in ("Valeska", "Paris claims"):
        person = _holder(ents, text.index(word))
        assert person is not None and person.type == "PERSON" and person.name == "Valeska Paris", person
    assert not any((e.ids or {}).get("iso3") == "FRA" for e in ents)


def test_entities_places_in_a_row_stay_places_guard(nlp, settings):
    text = "Flights from Moscow Paris and Berlin were cancelled on Monday."
    ents = _find(nlp, settings, text)
    paris = _holder(ents, text.index("Paris"))
    assert paris is not None and (paris.ids or {}).get("iso3") == "FRA", paris


# -- property: joining split names keeps every character a candidate covered ---------------------

_ROW = "Valeska Paris Moscow Berlin Jordan Najib Razak Julie Bishop London Amman"


@given(st.lists(st.sampled_from(["GPE", "LOC", "NORP", "ORG", "PERSON"]), min_size=11, max_size=11),
       st.lists(st.booleans(), min_size=11, max_size=11))
@settings_(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_entities_join_split_names_keeps_the_covered_text(nlp, labels, keep):
    """Whatever one-word candidates NER gives a row of names, joining split names only merges two
    neighbours into one span: the characters covered, and the spans' order, stay the same."""
    from hearsay.extract.entities._people import _join_split_names
    from hearsay.extract.entities.gazetteer import load_gazetteer

    doc = nlp(_ROW)
    words = [(t.idx, t.idx + len(t)) for t in doc]
    cands = [(s, e, lab) for (s, e), lab, k in zip(words, labels, keep) if k]
    out = _join_split_names(doc, _ROW, cands, load_gazetteer())
    covered = lambda spans: {i for s, e, _ in spans for i in range(s, e) if not _ROW[i].isspace()}  # noqa: E731
    assert covered(out) == covered(cands)
    assert len(out) <= len(cands) and out == sorted(out)
    assert all(lab == "PERSON" for s, e, lab in out if (s, e, lab) not in cands)


def test_entities_an_office_ner_called_a_person_lends_no_surname_guard(nlp, settings):
    text = ("Genesee County Sheriff said on Monday that the road was closed. "
            "Sheriff Robert Pickell said more would be known later.")
    ents = _find(nlp, settings, text)
    holder = _holder(ents, text.index("Sheriff Robert"))
    assert holder is None or holder.name != "Genesee County Sheriff", holder


ECB_29_5 = (  # ECB+ dev 29_5ecbplus (CC BY 3.0), opening and one later line
    "http: / / www. huffingtonpost. com / 2012 / 12 / 23 / colts - chiefs - 20 - 13 - clinch - playoffs _ n _ 2356644. html\n"
    "Colts Beat Chiefs 20 - 13 To Clinch Playoff Berth\n"
    "12 / 23 / 12 06: 03 PM ET EST\n"
    "The expectations placed upon Andrew Luck almost seemed unfair.\n"
    '"Would we have done it without him? " Colts interim coach Bruce Arians asked.\n'
    "Reggie Wayne is expected to rejoin the Colts this week.\n"
    "Darius Butler returned an interception 32 yards for the Colts' other touchdown, helping them join the 2008 "
    "Miami Dolphins as the only teams to win at least 10 games after losing 14 or more the previous season.\n"
    "In the second quarter, the Colts moved into Vinatieri's range.\n"
)


def test_entities_an_organisation_named_twice_is_no_short_form_guard(nlp, settings):
    """The team NER calls an organisation elsewhere is not the first word of a headline span it
    called a person ("Colts Beat"): found on ECB+ dev after round 16's first short-form rule (a guard: this
    excerpt does not reproduce the whole article's join, which the dev run measures)."""
    ents = _find(nlp, settings, ECB_29_5)
    holder = _holder(ents, ECB_29_5.index("Colts' other"))
    assert holder is None or holder.type == "ORG", holder
