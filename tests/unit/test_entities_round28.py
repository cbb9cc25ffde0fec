"""Per-article entities, issue 12 round 28: a parenthesis NER never closes; an organisation without its
trade or legal form; a business noun describing an organisation.

1. A name NER ran into a parenthesis it never closes ("iPhones Software Development Kit (SDK")
   ends before it, so the acronym after it joins the name (``_edges._before_open_parenthesis``).
2. An organisation called by its name without its trade or legal form ("China Eastern" of China
   Eastern Airlines; "Valley Dairy", which NER may call a place, of Valley Dairy Inc.) is that
   organisation in the article; never a name the gazetteer knows ("Qatar" of Qatar Airways), a
   person's name, nor a title word (``_institutions.trade_short_forms``).
3. A business noun (``lexicon/business_nouns.txt``) the parse links to an organisation's name, as
   round 20's role words are linked to a person's ("the U.S. automaker GM", "European aircraft
   manufacturer, Airbus"), is a description of the organisation: a mention, never a key.

Every text is written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

KIT = "The iPhones Software Development Kit (SDK) lets developers write apps. The SDK is free, Apple said.\n"
AIRLINE = ("China Eastern Airlines agreed on Monday to buy 20 jets. China Eastern will pay for them in cash, "
           "a spokesman said.\n")
AUTOMAKER = ("Shares of U.S. automaker GM fell on Monday. The American computer company Apple said it would sell "
             "more iPods.\n")
APPOSED = "European aircraft manufacturer, Airbus, delayed its new jet again on Monday.\n"
COUNTRY = "Qatar Airways ordered ten jets on Monday. Qatar is a small state on the Gulf.\n"


def _names(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return sorted(e.name for e in _holders(ents, text, word, occurrence))


def test_entities_name_ends_before_a_parenthesis_it_never_closes_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._edges import _trim

    text = "the iPhones Software Development Kit (SDK lets"
    start = text.index("iPhones")
    end = text.index(" lets")
    assert text[slice(*_trim(text, start, end))] == "iPhones Software Development Kit"


def test_entities_acronym_after_an_unclosed_parenthesis_joins_the_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, KIT)
    kit = [e for e in ents if e.name == "iPhones Software Development Kit"]
    assert len(kit) == 1
    assert {m.text for m in kit[0].mentions} == {"iPhones Software Development Kit", "SDK"}


def test_entities_closed_parenthesis_inside_a_name_is_kept_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): a nickname in parentheses inside the span stays
    from hearsay.extract.entities._edges import _trim

    text = "said Kimani (Kiki) Gray on"
    start, end = text.index("Kimani"), text.index(" on")
    assert _trim(text, start, end) == (start, end)


def test_entities_organisation_without_its_trade_word_is_the_organisation_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, AIRLINE)
    # "China" inside the name also names the country, as it does inside the full name
    assert "China Eastern Airlines" in _names(ents, AIRLINE, "Eastern will")
    assert all(e.name != "China Eastern" for e in ents)


def test_entities_trade_short_form_of_any_label_issue12(nlp):  # type: ignore[no-untyped-def]
    # NER called the short name a place (MEANTIME dev: "AirTran" GPE beside "AirTran Airways"); the
    # plan maps it to the organisation's key whatever its label
    from hearsay.extract.entities._institutions import trade_short_forms
    from hearsay.extract.entities.gazetteer import load_gazetteer

    text = "Valley Dairy Inc. closed. Valley Dairy had 40 workers. General Motors Corp. said so.\n"
    full = (text.index("Valley Dairy Inc."), text.index(" closed"), "ORG")
    short = (text.index("Valley Dairy had"), text.index(" had"), "GPE")
    gm = (text.index("General"), text.index(" said"), "ORG")
    general = (text.index("General"), text.index(" Motors"), "PERSON")
    found = trade_short_forms(text, [full, short, gm, general], load_gazetteer())
    assert found == {"valley dairy": "name:valley dairy inc"}


def test_entities_country_named_in_an_airline_stays_the_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): "Qatar" is a name the gazetteer knows, so never the airline
    ents = _find(nlp, settings, COUNTRY)
    assert _names(ents, COUNTRY, "Qatar is") == ["Qatar"]


def test_entities_business_noun_before_an_organisation_is_its_description_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, AUTOMAKER)
    gm = [e for e in ents if e.name == "GM"]
    assert gm and "U.S. automaker" in {m.text for m in gm[0].mentions}
    assert "Apple" in _names(ents, AUTOMAKER, "computer company")
    # the country keeps its own mention inside the description
    assert "United States" in _names(ents, AUTOMAKER, "U.S.")


def test_entities_organisation_apposed_to_a_business_noun_before_it_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, APPOSED)
    assert "Airbus" in _names(ents, APPOSED, "manufacturer")


def test_entities_person_noun_before_an_organisation_is_no_description_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): an organisation takes business nouns only; a person's role word
    # before a company's name describes nobody ("lawyer" is no firm)
    text = "The lawyer Kraft Foods hired said little.\n"
    ents = _find(nlp, settings, text)
    assert all(e.type != "ORG" for e in _holders(ents, text, "lawyer"))
