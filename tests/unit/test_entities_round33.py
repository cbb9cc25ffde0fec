"""Per-article entities, issue 12 round 33: handles, languages and pairs of nationalities.

1. A social-media handle in brackets right after a name, or whose letters spell one name the
   article gave before it, is a mention of that name's owner (``_handles.handle_owners``; gvdev
   gv-317265 "@Staisy09", gv-317709 "@FelipeCalderon"). A handle that spells no name keeps its own.
2. A demonym followed by "language" ("Portuguese language pages", "the Spanish-language press") is
   the language, no mention of the country (``_nationals.language_named``; gvdev gv-317278).
3. A demonym joined by a hyphen to another demonym or a combining form ("Cuban-American",
   "Afro-Brazilian") is no mention of either country (``_nationals.nationality_compound``; gvdev
   gv-317820); "pro-Russian" stays the country.
4. "in both French and Bambara": the parse's determiner "both" does not make the first language a
   people (``_places._language``; gvdev gv-318164).
5. A country's name written with "&" for "and" is the country ("Trinidad & Tobago";
   ``gazetteer.Gazetteer.lookup``; gvdev gv-317237).

Every text is written for the test. Guards (marked so) pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

BRACKETED = "Workers marched on Tuesday. The blogger Ines Duarte (@ines_d09) considers the march a success."
SPELT = ("President Felipe Calderón spoke in Veracruz on Monday. Reporters asked @FelipeCalderon to "
         "explain the decision.")
UNTIED = "President Felipe Calderón spoke on Monday. The account @agenda507 shared the speech."
LANGUAGE = ("The library opened a reading room on Monday. Most of its Portuguese language books came "
            "from Lisbon, and the Spanish-language press covered the opening.")
COMPOUND = ("The Coalition of Cuban-American Women met in Miami on Friday. Afro-Brazilian groups "
            "joined them, and Cuban officials sent a letter.")
PREFIX = "Pro-Russian rebels met American diplomats in Geneva on Tuesday."
BOTH = "She teaches in both French and Wolof at the school in Dakar, which opened in 2010."


def test_entities_handle_in_brackets_is_its_owner_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BRACKETED)
    (handle,) = _holders(ents, BRACKETED, "@ines_d09")  # NER: a person of its own
    (person,) = _holders(ents, BRACKETED, "Ines Duarte")
    assert handle is person
    assert (person.name, person.type) == ("Ines Duarte", "PERSON")


def test_entities_handle_spelling_a_name_is_its_owner_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SPELT)
    (handle,) = _holders(ents, SPELT, "@FelipeCalderon")
    (person,) = _holders(ents, SPELT, "Felipe Calderón")
    assert handle is person
    assert (person.name, person.type) == ("Felipe Calderón", "PERSON")


def test_entities_handle_spelling_no_name_stays_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, UNTIED)
    handles = _holders(ents, UNTIED, "@agenda507")
    (person,) = _holders(ents, UNTIED, "Felipe Calderón")
    assert person not in handles


def test_entities_handle_owners_readings_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._handles import _letters, handle_owners, is_handle

    assert _letters("Felipe Calderón") == "felipecalderon"
    assert _letters("@Javier_Duarte2") == "javierduarte"
    assert is_handle("@Staisy09") and not is_handle("@ two words") and not is_handle("Staisy")
    text = "Ana Ruiz (@anar) and Luis Gil wrote. @LuisGil agreed; @AnaRuiz too; @nobody11 did not."
    ana, luis = (0, 8), (text.index("Luis Gil"), text.index("Luis Gil") + 8)
    cands = [(*ana, "PERSON"), (*luis, "PERSON")]
    cands += [(text.index(h), text.index(h) + len(h), "ORG") for h in ("@anar", "@LuisGil", "@AnaRuiz", "@nobody11")]
    owners = handle_owners(text, cands)
    assert owners[(text.index("@anar"), text.index("@anar") + 5)] == ana  # brackets, whatever the letters
    assert owners[(text.index("@LuisGil"), text.index("@LuisGil") + 8)] == luis
    assert owners[(text.index("@AnaRuiz"), text.index("@AnaRuiz") + 8)] == ana
    assert (text.index("@nobody11"), text.index("@nobody11") + 9) not in owners


def test_entities_demonym_before_language_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, LANGUAGE)
    assert not any(e.name in {"Portugal", "Spain"} for e in ents)
    assert _holders(ents, LANGUAGE, "Portuguese") == []
    assert _holders(ents, LANGUAGE, "Spanish") == []


def test_entities_language_named_readings_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._nationals import language_named

    text = "Portuguese language pages; the Spanish-language press; French languages; German troops; Dutch languid"
    assert language_named(text, 0, 10)
    assert language_named(text, text.index("Spanish"), text.index("Spanish") + 7)
    assert language_named(text, text.index("French"), text.index("French") + 6)
    assert not language_named(text, text.index("German"), text.index("German") + 6)
    assert not language_named(text, text.index("Dutch"), text.index("Dutch") + 5)  # a word only starting so


def test_entities_pair_of_nationalities_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, COMPOUND)
    assert not any(e.name in {"United States", "Brazil"} for e in ents)
    assert _holders(ents, COMPOUND, "American") == []
    assert _holders(ents, COMPOUND, "Brazilian") == []
    # the demonym alone ("Cuban officials") is still the country
    (cuba,) = _holders(ents, COMPOUND, "Cuban", 1)
    assert cuba.name == "Cuba"
    assert all(m.text != "Cuban" or m.start > COMPOUND.index("Women") for m in cuba.mentions)


def test_entities_prefixed_demonym_stays_the_country_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, PREFIX)
    (russia,) = _holders(ents, PREFIX, "Russian")
    (usa,) = _holders(ents, PREFIX, "American")
    assert (russia.name, usa.name) == ("Russia", "United States")


def test_entities_nationality_compound_readings_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._nationals import nationality_compound
    from hearsay.extract.entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()

    def reads(text: str, word: str) -> bool:
        at = text.index(word)
        return nationality_compound(text, at, at + len(word), gaz)

    assert reads("Cuban-American women", "Cuban") and reads("Cuban-American women", "American")
    assert reads("African-American voters", "American")  # a continent's demonym
    assert reads("the Sino-Japanese war", "Japanese")  # a combining form
    assert not reads("pro-Russian rebels", "Russian")
    assert not reads("anti-American protests", "American")
    assert not reads("Russian troops", "Russian")
    assert not reads("US-Mexican border", "Mexican")  # a country's short name is no demonym


def test_entities_both_opens_two_languages_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, BOTH)
    assert not any(e.name == "France" for e in ents)


def test_entities_ampersand_country_is_the_country_issue12():  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    hit = gaz.lookup("Trinidad & Tobago")
    assert hit is not None and hit.country.name == "Trinidad and Tobago"
    hit = gaz.lookup("the Antigua & Barbuda")
    assert hit is not None and hit.country.name == "Antigua and Barbuda"
    assert gaz.lookup("AT&T") is None  # no spaces: a name of its own
