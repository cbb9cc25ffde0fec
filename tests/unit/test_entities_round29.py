"""Per-article entities, issue 12 round 29: a country's name or demonym nested in a longer proper
name; a person's name NER ran into a place's.

1. A place named with a demonym and proper nouns ("British Columbia", "the Indian Ocean") is a place
   of its own, not the demonym's country (``_nested.demonym_place``).
2. A capital inside an organisation's name after "of" ("the University of Athens") or a country's
   name before a hyphen ("Agence France-Presse") is a word of that name, not the country; a
   country's own name after "of" ("the Government of India", "the Linguistic Society of America")
   and a name the country opens ("the Russian Security Council") still name it
   (``_nested.names_country``).
3. A place's name and a person's full name NER ran into one span of another label ("Senator from
   Vermont Bernie Sanders") are the place and the person (``_nested.person_after_place``).
4. A demonym that opens an organisation's name NER cut to the demonym ("the British American
   Drama Academy (BADA)") gives the whole name, which its acronym then joins
   (``_candidates._demonym_opens_name``); two demonyms in a row ("British American") name neither
   country.

Every text is written for the test (identity-wikinews dev showed each class). Guards (marked so)
pass on main's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

PROVINCE = "A mother called the police in Kamloops, British Columbia, on Sunday morning after the find.\n"
OCEAN = "The cargo ship sank in the Indian Ocean on Tuesday, the coast guard said.\n"
AGENCIES = ("He was president of the Linguistic Society of America and taught at the University of Athens. He "
            "also wrote for Agence France-Presse for ten years.\n")
STATES = ("The Government of India rejected the plan on Monday. The Russian Security Council met on Tuesday, "
          "French officials said nothing, the Democratic Party of Turkmenistan won, and the Linguistic Society of "
          "America met.\n")
SENATOR = ("Bernie Sanders endorses Joe Biden\n\nOn Monday, United States Senator from Vermont Bernie Sanders "
           "endorsed Joe Biden for president. The move came after Sanders ended his own bid.\n")
SENATOR_BODY = ("On Monday, United States Senator from Vermont Bernie Sanders endorsed Joe Biden for president. "
                "The move came after Sanders ended his own bid.\n")
FEDERATION = ("She was not ready to talk about the Iranian Federation then. She refused to play for the Iranian "
              "Federation in 2016.\n")
ACADEMY = ("Boseman was born in South Carolina. He attended the British American Drama Academy (BADA) during "
           "his studies. BADA later honoured him.\n")


def _names(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return sorted(e.name for e in _holders(ents, text, word, occurrence))


def test_entities_demonym_opening_a_place_name_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, PROVINCE)
    assert _names(ents, PROVINCE, "British") == ["British Columbia"]
    assert "United Kingdom" not in {e.name for e in ents}


def test_entities_demonym_opening_a_sea_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, OCEAN)
    assert _names(ents, OCEAN, "Indian") == ["Indian Ocean"]
    assert "India" not in {e.name for e in ents}


def test_entities_capital_after_of_in_a_name_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, AGENCIES)
    assert _names(ents, AGENCIES, "Athens") == ["University of Athens"]  # a capital: the city at most
    assert "Greece" not in {e.name for e in ents}


def test_entities_country_before_a_hyphen_in_a_name_is_no_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, AGENCIES)
    assert _names(ents, AGENCIES, "France") == ["Agence France-Presse"]
    assert "France" not in {e.name for e in ents}


def test_entities_state_body_still_names_its_country_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard (passes on main too): a state institution's "of India" and an opening demonym stay the country
    ents = _find(nlp, settings, STATES)
    assert "India" in _names(ents, STATES, "India")
    assert "Russia" in _names(ents, STATES, "Russian")
    assert _names(ents, STATES, "French") == ["France"]
    assert "Turkmenistan" in _names(ents, STATES, "Turkmenistan")  # a country's own name after "of"
    assert "United States" in _names(ents, STATES, "America")


def test_entities_person_run_into_a_place_is_cut_out_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SENATOR)
    sanders = _holders(ents, SENATOR, "Sanders ended")
    assert [e.name for e in sanders] == ["Bernie Sanders"]
    assert {m.text for m in sanders[0].mentions} >= {"Bernie Sanders", "Sanders"}
    assert _names(ents, SENATOR, "Vermont") == ["Vermont"]
    assert _holders(ents, SENATOR, "Bernie Sanders", 1) == sanders


def test_entities_person_run_into_a_place_by_given_name_and_surname_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # no full name elsewhere: a known given name before the family name NER calls a person alone
    ents = _find(nlp, settings, SENATOR_BODY)
    sanders = _holders(ents, SENATOR_BODY, "Sanders ended")
    assert [e.name for e in sanders] == ["Bernie Sanders"]
    assert _holders(ents, SENATOR_BODY, "Bernie Sanders") == sanders
    assert _names(ents, SENATOR_BODY, "Vermont") == ["Vermont"]


def test_entities_demonym_opening_an_organisation_place_span_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # NER calls "the Iranian Federation" a place: an organisation's head ends it, so it is the
    # organisation (and, its demonym opening it, Iran too), never a place or a person of its own
    ents = _find(nlp, settings, FEDERATION)
    assert "Iran" in _names(ents, FEDERATION, "Iranian")
    assert [(e.name, e.type) for e in _holders(ents, FEDERATION, "Federation")] == [("Iranian Federation", "ORG")]


def test_entities_demonym_opening_a_cut_name_gives_the_name_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, ACADEMY)
    academy = [e for e in ents if e.name == "British American Drama Academy"]
    assert len(academy) == 1
    assert [m.text for m in academy[0].mentions].count("BADA") == 2
    # two demonyms in a row name neither state ("British American")
    assert _names(ents, ACADEMY, "British") == ["British American Drama Academy"]
    assert not {"United Kingdom", "United States"} & {e.name for e in ents}
