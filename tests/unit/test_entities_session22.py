"""Per-article entities, issue 12, session 22 (lead): a pair of nationalities that names a
relation between two countries mentions both.

Round 33 made a hyphenated pair of nationalities no mention of either country, for people of a
double origin ("Cuban-American women", "an Iraqi-British architect"). The same pair before a noun of
a relation or an event noun ("Israeli-Palestinian talks", "Russian-Ukrainian fighting") names both
countries, whose parties conflict and event analysts need: ``_nationals.pair_names_people`` tells
the two readings apart by that noun (``lexicon/relation_nouns.txt`` and the event nouns of
``lexicon/event_triggers.tsv``).

Every text is written for the test. Guards (marked so) pass on round 33's code too.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

TALKS = "Israeli-Palestinian talks resumed in Cairo on Monday after a pause of two months."
WAR = "Russian-Ukrainian fighting killed 20 soldiers on Tuesday, the ministry said."
WOMEN = "Six African-American women sued the company in Atlanta on Friday."
ARCHITECT = "An Iraqi-British architect designed the new tower in Dubai."
NOUN = "Many Cuban-Americans voted for the senator in Florida last year."


def test_entities_pair_before_a_relation_mentions_both_countries_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, TALKS)
    (israel,) = _holders(ents, TALKS, "Israeli")
    (palestine,) = _holders(ents, TALKS, "Palestinian")
    assert (israel.name, palestine.name) == ("Israel", "Palestine")
    ents = _find(nlp, settings, WAR)
    assert {e.name for e in _holders(ents, WAR, "Russian") + _holders(ents, WAR, "Ukrainian")} == {"Russia", "Ukraine"}


def test_entities_pair_naming_people_stays_no_country_guard_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    for text in (WOMEN, NOUN, ARCHITECT):
        ents = _find(nlp, settings, text)
        assert not any(e.name in {"United States", "Cuba", "Iraq", "United Kingdom"} for e in ents), text
