"""Per-article entities, issue 12 round 27: an office named alone, and family names with a particle.

1. An office named without its holder's name ("the Prime Minister", "the caretaker Prime Minister",
   "the company's chief executive", "the US President-elect") is a description of the one person
   the article names in that office, by a title before the name, an apposition or a copula; with
   two holders, or none, it names no one (``_offices``).
2. A family name keeps its particle: "Robin van der Berg" is not cut to "van der Berg", the family
   name with its particle ("Dela Vega") joins the full name, and a full name NER missed with a
   lower-case particle ("Arnel dela Vega") is found where NER gives its family name elsewhere.

Every text is written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

ABHISIT = ("Prime Minister Abhisit Vejjajiva said on Monday that the protests must end. The Prime Minister added "
           "that the army would stay in barracks. Later the caretaker Prime Minister met the king.\n")
ELECT = "The US President-elect has asked Dr Sanjay Gupta to serve. Barack Obama, the president-elect, praised him.\n"
COMPANY = ("John Smith, the company's chief executive, resigned on Friday. The chief executive said he was tired "
           "of the board.\n")
TWO_PRESIDENTS = ("President Barack Obama named Regina Benjamin, the president of the Alabama medical association, "
                  "as surgeon general. The president praised her work.\n")
MINISTERS = ("Greek Prime Minister George Papandreou spoke on Tuesday. The foreign minister said nothing. "
             "The presidents of France and Chile met, and a president of a club came.\n")
DELA_VEGA = "Police arrested Arnel dela Vega on Monday in Manila. Dela Vega, 34, denied the charge. Vega said he was innocent.\n"
VAN_DER_BERG = ("The striker Robin van der Berg scored twice. Van der Berg later said the win mattered. "
                "van der Berg thanked the fans.\n")
TWO_BERGS = "Robin van der Berg and Anna van der Berg arrived on Sunday. Robin van der Berg spoke first.\n"
STREETS = "Fans gathered at the Stade de Suisse in Bern. She lives on Rue de Castiglione in Paris.\n"


def _names(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return [e.name for e in _holders(ents, text, word, occurrence)]


def test_entities_bare_office_is_its_one_holder_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, ABHISIT)
    assert _names(ents, ABHISIT, "Prime Minister added") == ["Abhisit Vejjajiva"]
    assert _names(ents, ABHISIT, "caretaker Prime Minister") == ["Abhisit Vejjajiva"]
    assert not any(e.name in {"Prime Minister", "caretaker Prime Minister"} for e in ents)


def test_entities_office_after_place_is_its_holder_named_by_apposition_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # "President-elect" (three tokens to the parser) after the country, held by an apposition
    ents = _find(nlp, settings, ELECT)
    assert "Barack Obama" in _names(ents, ELECT, "President-elect")
    assert _names(ents, ELECT, "US") == ["United States"]


def test_entities_possessed_office_is_its_holder_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COMPANY)
    assert _names(ents, COMPANY, "chief executive said") == ["John Smith"]


def test_entities_office_with_two_holders_names_no_one_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): Obama and Benjamin are both presidents, so "The president" is neither
    ents = _find(nlp, settings, TWO_PRESIDENTS)
    assert _holders(ents, TWO_PRESIDENTS, "president praised") == []


def test_entities_other_office_plural_or_indefinite_names_no_one_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): a foreign minister is no prime minister; "the presidents of …" and
    # "a president" point back to nobody
    ents = _find(nlp, settings, MINISTERS)
    assert _holders(ents, MINISTERS, "foreign minister") == []
    assert _holders(ents, MINISTERS, "presidents") == []
    assert _holders(ents, MINISTERS, "president of a club") == []


def test_entities_full_name_with_lower_case_particle_is_found_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, DELA_VEGA)
    people = [e for e in ents if e.type == "PERSON"]
    assert [e.name for e in people] == ["Arnel dela Vega"]
    assert {m.text for m in people[0].mentions} == {"Arnel dela Vega", "Dela Vega", "Vega"}


def test_entities_full_name_is_not_cut_to_its_particle_surname_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, VAN_DER_BERG)
    assert _names(ents, VAN_DER_BERG, "Robin") == ["Robin van der Berg"]
    assert _names(ents, VAN_DER_BERG, "Van der Berg") == ["Robin van der Berg"]
    assert _names(ents, VAN_DER_BERG, "van der Berg thanked") == ["Robin van der Berg"]


def test_entities_two_people_sharing_a_particle_surname_stay_apart_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): the particle rule must not join two people of one family name
    ents = _find(nlp, settings, TWO_BERGS)
    robin, anna = _names(ents, TWO_BERGS, "Robin"), _names(ents, TWO_BERGS, "Anna")
    assert robin == ["Robin van der Berg"] and anna == ["Anna van der Berg"]


def test_entities_particle_inside_a_place_name_stays_the_place_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "Stade de Suisse", "Rue de Castiglione" are no people
    ents = _find(nlp, settings, STREETS)
    assert all(e.type != "PERSON" for e in _holders(ents, STREETS, "Suisse"))
    assert all(e.type != "PERSON" for e in _holders(ents, STREETS, "Castiglione"))


EXCLUSIONS = ("The crime was made for it, said Dist. Atty. Steve Cooley. Sheriff Lee Baca agreed. Sheriff's deputies "
              "fanned out. President Barack Obama nominated Regina Benjamin as the country's new surgeon general, "
              "and the late Sen. Henry Jackson was honoured.\n")


def test_entities_office_for_another_holder_or_before_a_name_names_no_one_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too; these failed in the rule's first cut on ECB+ dev): a title before a
    # name, an office's possessive ("Sheriff's deputies") and "the new surgeon general" are no bare office
    ents = _find(nlp, settings, EXCLUSIONS)
    assert all(e.name != "Steve Cooley" for e in _holders(ents, EXCLUSIONS, "Atty"))
    assert all(e.name != "Lee Baca" for e in _holders(ents, EXCLUSIONS, "Sheriff's"))
    assert _holders(ents, EXCLUSIONS, "surgeon general") == []
    assert all(e.name != "Henry Jackson" for e in _holders(ents, EXCLUSIONS, "late Sen"))


def test_entities_office_inside_a_place_name_is_skipped_not_an_error_issue12(nlp):  # type: ignore[no-untyped-def]
    # statements dev crashed on d39ad7e3: a place's span over the office's own words left no word
    # to start the mention at (StopIteration inside the analysis generator)
    from hearsay.extract.entities._offices import bare_offices

    text = "The Greek President spoke on Monday.\n"
    doc = nlp(text)
    place = (text.index("Greek"), text.index(" spoke"), "GPE")
    assert bare_offices(doc, text, [place], set()) == []
