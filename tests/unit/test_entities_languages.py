"""A demonym that names a language is no mention of the country (issue 12, session 10).

The small NER model tags "French" in "speaks French" NORP, as it tags "French" in "French
troops"; the entity step then made every language a mention of its country, so "translated into
Russian" sat on Russia's page, and GUM's gold (French_language, Greek_language ...) counted every
such mention as a wrong cross-article link. The parse says which is which: a bare singular
demonym noun that is the object of a verb of speaking, reading, writing or learning, or of
"in"/"into"/"from", is the language. Modifiers, peoples and predicates stay the country, as the
founding article's gold wants ("Russian", "North Korean", "Ukrainians" are the country's aliases).

Sentences written for the test, except the ones marked GUM (Wikipedia biographies and Wikivoyage
guides in GUM dev, text CC BY-SA 3.0, benchmarks/data/gum-entities/LICENSE.md).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _country_mentions(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    ents = find_entities(nlp(text), find_zones(text), settings).freeze()
    return {m.text for e in ents if (e.ids or {}).get("iso3") for m in e.mentions}


@pytest.mark.parametrize(("text", "language"), [
    ("She speaks fluent Russian and reads Greek at home.", "Russian"),
    ("The book was translated into Japanese last year.", "Japanese"),
    ("He spoke French, Japanese and Chinese fluently.", "Chinese"),
    ("Classes at the school are taught in English and French.", "French"),
    ("A statement in Russian said the talks had ended.", "Russian"),
    # GUM dev, bio_fillmore and bio_gordon
    ("He listened to coded Russian conversations on short-wave radio and taught himself Japanese.", "Japanese"),
    ("His remains were reinterred at Azov in 1877, with an inscription in German.", "German"),
    # GUM dev, voyage_sydfynske
    ("A comprehensive guidebook with excellent maps is available in Danish only.", "Danish"),
])
def test_entities_a_language_is_not_its_country(nlp, settings, text, language):
    assert language not in _country_mentions(nlp, settings, text)


@pytest.mark.parametrize(("text", "demonym"), [
    # guards: a modifier, a people, a coordinated modifier, a predicate stay the country
    ("Russian officials said the talks had ended.", "Russian"),
    ("North Korean troops fought in Kursk, the Russian defence ministry said.", "North Korean"),
    ("American and British troops landed on Monday.", "British"),
    ("Russians said the talks failed.", "Russians"),
    ("The French government said on Monday that Chinese officials had met Japanese diplomats.", "Japanese"),
    ("He told Russian TV that the war would end.", "Russian"),
])
def test_entities_a_demonym_modifier_or_people_stays_the_country(nlp, settings, text, demonym):
    assert demonym in _country_mentions(nlp, settings, text)
