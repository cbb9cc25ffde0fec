"""Entities: the word lists and closed word classes several grouping steps share.

Titles, administrative units, given names, team positions and degree abbreviations from ``lexicon/``,
and the NER labels kept. Split out of ``mentions.py`` (behaviour unchanged).
"""

from __future__ import annotations

import functools

from hearsay import lexicon


# compass words that open a region's name ("Southern California", "North America"), never a person's
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western".split())

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW"}


def _wordlist(name: str) -> frozenset[str]:
    return lexicon.words(name)


@functools.lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """The trades a company's name states after its own name ("Kraft Foods", "Ford Motor";
    lexicon/trade_words.txt)."""
    return _wordlist("trade_words.txt")


@functools.lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Legal-form words after a company's own name ("Inc", "Co.", "Holdings"; lexicon/legal_forms.txt)."""
    return _wordlist("legal_forms.txt")


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Return the title and honorific words (lexicon/titles.txt)."""
    return _wordlist("titles.txt")


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Return the common nouns that denote a person by role, kin or trade (lexicon/person_nouns.txt,
    with the titles and positions)."""
    return _wordlist("person_nouns.txt") | titles() | positions()


@functools.lru_cache(maxsize=1)
def admin_units() -> frozenset[str]:
    """Return the administrative-unit words (lexicon/admin_units.txt)."""
    return _wordlist("admin_units.txt")


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return _wordlist("given_names_male.txt") | _wordlist("given_names_female.txt")


@functools.lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Return the abbreviated team positions written before a name (lexicon/positions.txt)."""
    return _wordlist("positions.txt")


@functools.lru_cache(maxsize=1)
def degree_abbreviations() -> frozenset[str]:
    """Return the abbreviations of academic degrees (lexicon/degree_abbreviations.txt)."""
    return _wordlist("degree_abbreviations.txt")


# words that end a product model's name after the product line's ("AirPods Pro", "Pro Max")
_MODEL_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "XL", "SE"})
_MONTHS_DAYS = frozenset("january february march april may june july august september october november december "
                         "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight".split())


# last words of a name for something an organisation runs, awards or holds rather than the
# organisation itself: "the Academy" is not the Academy Awards, "McAfee" not McAfee Avert Labs,
# "VOA" not the "VOA Extremism Watch Desk", "iPhone" not the "iPhone Developer Program" (mention audit 1)
_PART_WORDS = frozenset("awards award prize prizes medal labs lab laboratory laboratories research division unit "
                        "foundation festival games cup trophy championship championships ceremony conference summit "
                        "studios pictures records institute museum desk bureau program programme".split())


# generational suffixes after a family name (Arcade Joseph Comeaux Jr.), also used by the ledger
GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# the lower-case words a family name may open with ("Arnel dela Vega", "Robin van der Berg", "Bill
# de Blasio", "Mohammed bin Salman"): the family name keeps them, and the family name with its
# particle is never a full name of its own (issue 12 round 27)
SURNAME_PARTICLES = frozenset("van von der den de del della dela di da du le la bin ibn al el ter ten dos das".split())


_FUNCTION_WORDS = frozenset("a an the of in into on onto at to for from by with as after over out up off and or but "
                            "vs vs. amid against about before under".split())


# last words of a company's name, which no person's name ends in
_COMPANY_WORDS = frozenset("corporation corp company co inc incorporated ltd limited llc plc group holdings bank "
                           "motors airlines partners associates industries enterprises".split())
_SURNAME_LABELS = {"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
