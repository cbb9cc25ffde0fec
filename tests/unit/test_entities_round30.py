"""Per-article entities, issue 12 round 30: people named with two family names; person names NER
typed an organisation; a country's name NER cut from an organisation's; territories in the gazetteer.

1. A two-word name the missed-name step found is extended over the second family name the parse
   joins to it ("Ricardo Montalvo Nevares, the island's governor, …"): one entity, not the two-word
   name and, from the statements step, the three-word name at the same offset
   (``_family_names.second_family_names``; identity-wikinews dev2019 wn2019-078).
2. A given name and family names NER typed ORG are a person's when a role is apposed to them or
   they are three words long (``_family_names.people_typed_org``; wn2019-078/079).
3. The first of two family names alone is the person named in full
   (``_family_names.first_family_name``).
4. An organisation's name and a country's name NER cut from its end ("CNN Kenya") are one name;
   the bare parent name stays the parent (``_nested.org_before_country``; wn2019-072).
5. A territory with its own ISO code is a gazetteer row ("Puerto Rican" is Puerto Rico; wn2019-079).

Every text is written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

GOVERNOR = ("Monday, May 4, 2020\n\n\nRicardo Montalvo Nevares, the island's governor, announced his resignation "
            "shortly before midnight on Wednesday in a video. Montalvo said he is to leave office next month. "
            "Protesters called for Montalvo's resignation.")
SECRETARY = "Elena Ruiz Ocampo, the Secretary of Justice for the island, will take over. Ruiz said she agreed."
THREE_WORDS = ("Monday, May 4, 2020\n\n\nRicardo Sotomayor Garced, the island's governor, announced his resignation "
               "shortly before midnight on Wednesday in a video. Sotomayor said he is to leave office next month. "
               "Protesters called for Sotomayor's resignation.")
SHORT_FORM = ("Miguel Soto Quiñones, the island's governor, announced his resignation on Wednesday night. Soto said "
              "he is to leave office next month. Protesters called for Soto's resignation after the leak.")
ORG_FIRM = "Shares of Morgan Stanley fell on Monday. Morgan Stanley said the results were weak."
BRANCH = "Flooding closed roads across the north, the governor told CNN Kenya. CNN reported the damage in March."
TERRITORY = "Puerto Rican officials met in Puerto Rico on Monday."


def _names(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return sorted(e.name for e in _holders(ents, text, word, occurrence))


def test_entities_second_family_name_makes_one_entity_issue12(settings):  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text(GOVERNOR, settings)
    at = GOVERNOR.index("Ricardo")
    holders = [e for e in record.entities if any(m.start <= at < m.end for m in e.mentions)]
    assert [e.name for e in holders] == ["Ricardo Montalvo Nevares"]
    assert sum(m.text == "Montalvo" for m in holders[0].mentions) == 2


def test_entities_role_apposed_name_typed_org_is_a_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SECRETARY)
    (person,) = _holders(ents, SECRETARY, "Elena")
    assert (person.name, person.type) == ("Elena Ruiz Ocampo", "PERSON")
    assert _names(ents, SECRETARY, "Ruiz", 1) == ["Elena Ruiz Ocampo"]


def test_entities_given_and_two_family_names_typed_org_are_a_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, THREE_WORDS)
    (person,) = _holders(ents, THREE_WORDS, "Ricardo")
    assert (person.name, person.type) == ("Ricardo Sotomayor Garced", "PERSON")
    assert _names(ents, THREE_WORDS, "Sotomayor", 1) == ["Ricardo Sotomayor Garced"]
    assert _names(ents, THREE_WORDS, "Sotomayor", 2) == ["Ricardo Sotomayor Garced"]


def test_entities_first_family_name_alone_joins_the_full_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SHORT_FORM)
    assert _names(ents, SHORT_FORM, "Soto", 1) == ["Miguel Soto Quiñones"]
    assert _names(ents, SHORT_FORM, "Soto", 2) == ["Miguel Soto Quiñones"]
    assert [e.name for e in ents if e.type == "PERSON"] == ["Miguel Soto Quiñones"]


def test_entities_first_family_name_reading():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._family_names import first_family_name

    assert first_family_name(["montalvo"], ["ricardo", "montalvo", "nevares"])
    assert first_family_name(["ricardo", "montalvo"], ["ricardo", "montalvo", "nevares"])
    assert not first_family_name(["jessica"], ["sarah", "jessica", "parker"])  # a given name in the middle
    assert not first_family_name(["j."], ["mark", "j.", "heller"])  # an initial
    assert not first_family_name(["smith"], ["john", "smith", "jr."])  # the last word is no family name
    assert not first_family_name(["comeaux"], ["joseph", "comeaux", "jr:"])  # nor is it with a colon (ECB+ 3_3ecbplus)
    assert not first_family_name(["chao"], ["rulan", "chao", "pian"])  # no known given name first


def test_entities_firm_named_for_a_founder_stays_an_organisation_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: passes on main too (two words and no person's role, title or pronoun)
    ents = _find(nlp, settings, ORG_FIRM)
    assert [(e.name, e.type) for e in _holders(ents, ORG_FIRM, "Morgan")] == [("Morgan Stanley", "ORG")]


def test_entities_country_cut_from_an_organisation_is_its_branch_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BRANCH)
    assert "CNN Kenya" in _names(ents, BRANCH, "CNN")
    assert _names(ents, BRANCH, "CNN", 1) == ["CNN"]  # the bare parent name stays the parent


def test_entities_territory_demonym_is_the_territory_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, TERRITORY)
    (place,) = _holders(ents, TERRITORY, "Puerto Rican")
    assert place.name == "Puerto Rico" and place.ids.get("iso3") == "PRI"
    assert _holders(ents, TERRITORY, "Puerto Rico")[0].id == place.id
