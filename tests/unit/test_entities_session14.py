"""Issue 12, session 14 (merge audit 27, both annotators): the county in "a Waitrose supermarket in
Surrey" had become a mention of "Surrey Police" in two ECB+ articles, by two paths of the per-article
step: NER typed both names a person, and a lone first word joined the "full name" it starts
(14_1ecb); NER typed the force an organisation, and "in Surrey" read as the institution's short
form, a place one is in (14_4ecb). A public body named after the territory it serves is no one's
full name, and its first part alone is the territory.

Texts: ECB+ dev topic 14 (CC BY 3.0, ../shared/datasets/ecbplus-entities), shortened; the guards
are written for the test.
"""

from __future__ import annotations

from _entity_probes import find, holders


def _names(ents, text, word):  # type: ignore[no-untyped-def]
    return sorted(e.name for e in holders(ents, text, word))


PERSON_TYPED = ("Fire and police units are still at the scene of a fire which gutted a Waitrose supermarket in Surrey.\n"
                "Surrey Police said firefighters, along with two fire tenders, and police officers would remain at the "
                "scene until Monday.\n")

ORG_TYPED = ("A Waitrose supermarket in Surrey has been destroyed in a fire.\n"
             "People living near the store on High Street in Banstead were made to leave their homes, police said.\n"
             "A Surrey Police spokeswoman said: \"The fire has progressed rapidly through the store.\"\n")


def test_the_territory_is_not_the_police_force_it_names(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    for text in (PERSON_TYPED, ORG_TYPED):
        ents = find(nlp, settings, text)
        county = holders(ents, text, "Surrey")
        assert county and all("Police" not in e.name for e in county), text
        force = holders(ents, text, "Surrey Police")
        assert force and all(not any(m.text == "Surrey" for m in e.mentions) for e in force), text


def test_a_given_name_and_a_facility_short_form_still_join(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    """Guard: a lone given name joins the full name it starts; a clinic's first part after "into"
    or "at" is still the clinic (its head is a facility's, not a public body's)."""
    text = ("Peter Guest described the building as a total loss.\nPeter said no one had been injured.\n"
            "She checked into the Betty Ford Center on Monday.\nHer stay at Betty Ford will last 90 days.\n")
    ents = find(nlp, settings, text)
    assert _names(ents, text, "Peter said") == ["Peter Guest"]
    assert _names(ents, text, "Betty Ford will") == _names(ents, text, "Betty Ford Center")
