"""Entities: names NER typed a person, a place or a work that are an institution or a product.

Two general signs in the name or the article say so (issue 12, round 25):

- **An institution's head word ends the name** ("Surrey Police", "New York Police", "Central
  Mat-Su Fire Department", "Vancouver police"): NER calls such names a person, a place or a
  work. A name whose last word is a state institution's head (``_territorial_heads``: police,
  department, council, office, agency …) and whose other words are all capitalised names ("a
  Surrey", "New York") is the institution; the ledger's in-article join of "police" to its
  holder, and other articles' organisation of that name, then find it. Not a person's name
  ("Robert Service": a given name first), nor a name the gazetteer knows, nor a lower-case
  modifier ("her office", "sheriff's department": descriptions).
- **The article writes its initials as an acronym** ("Internet Explorer" … "IE", which NER
  calls an organisation): only organisations lend initials (round 23's guard), so a product
  NER called a person kept its acronym apart. A name of two or more capitalised words whose
  initials are a bare acronym of the article, the first word no given name (people's initials,
  "JFK", "MLK", are the given name's: ``given_names_*.txt``), and no possessive or title in it,
  is the organisation or product it names, and lends those initials. An acronym the article only
  writes as "the CW." (after "the", ending its phrase) is an organisation's own name and lends
  nothing.
"""

from __future__ import annotations

import re

from hearsay.extract.entities.gazetteer import Gazetteer, fold
from hearsay.extract.entities._institutions import _territorial_heads
from hearsay.extract.entities._vocabulary import _FUNCTION_WORDS, _given_names, titles

_RETYPED = frozenset({"PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART"})
_WORD = re.compile(r"[A-Z][A-Za-z\-.]*")
# an acronym written as a word of its own ("IE bug", "the IE patch"), never a word of a sentence in capitals
_BARE_WORD = re.compile(r"(?<![A-Za-z\-])[A-Z][A-Z&]{1,5}(?![A-Za-z\-])")
# "on the CW.", "the FBI,": an acronym after "the" that ends its phrase is an organisation's own name
# (a network, an agency), not a product's initials, which news writes without an article ("IE bug",
# "users of IE"); such a use lends no initials (GUM dev: "Cry Wolf", a film NER called a person,
# beside "the CW")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OWN_NAME = re.compile(r"\s*(?:[.,;:)'\"”’]|$)", re.M)


def _named_words(words: list[str]) -> bool:
    """True when every word is a capitalised name word, or a function word inside the name ("Fish
    and Wildlife"); no possessive."""
    return bool(words) and all((_WORD.fullmatch(w) or i and w in _FUNCTION_WORDS) and not w.endswith(("'s", "’s"))
                               for i, w in enumerate(words))


def _institution(words: list[str], label: str, gaz: Gazetteer, name: str) -> bool:
    """True when ``words`` name a state institution of a place: a capitalised place or demonym,
    then an institution's head word ("Surrey Police", "Vancouver police"); a name NER called a
    person must not open with a given name ("Robert Service")."""
    return (words[-1].lower() in _territorial_heads() and _named_words(words[:-1])
            and not (label == "PERSON" and words[0].lower() in _given_names()) and words[0].lower() not in titles()
            and gaz.lookup(name) is None)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).upper()


def retype_named_bodies(text: str, candidates: list[tuple[int, int, str]],
                        gaz: Gazetteer) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """Return ``candidates`` with the names NER typed a person, place or work that name an
    institution or a product (see the module's docstring) typed ``ORG``.

    Args:
        text: the article's text.
        candidates: ``(start, end, label)`` of each name NER found.
        gaz: the gazetteer (a name it knows keeps its type).

    Returns:
        The candidates in the same order, some relabelled, and the initials each product lends
        (acronym -> the grouping key of its name), for the acronym's uses to join it.
    """
    people = {text[s:e].strip() for s, e, label in candidates if label == "PERSON"}
    written = {m.group() for m in _BARE_WORD.finditer(text) if not _OWN_NAME.match(text, m.end())
               or not _THE_BEFORE.search(text, max(0, m.start() - 4), m.start())} - people
    out = []
    lent: dict[str, str] = {}
    for start, end, label in candidates:
        name = text[start:end]
        words = name.split()
        if label in _RETYPED and len(words) >= 2:
            if _institution(words, label, gaz, name):
                label = "ORG"
            elif (label == "PERSON" and _named_words(words) and words[0].lower() not in _given_names()
                  and words[0].lower() not in titles() and _initials(words) in written
                  and len(_initials(words)) == len(words) and gaz.lookup(_initials(words)) is None):
                label = "ORG"  # "Internet Explorer" beside "IE": a product, not a person
                lent.setdefault(_initials(words), "name:" + fold(name))
        out.append((start, end, label))
    return out, lent


__all__ = ["retype_named_bodies"]
