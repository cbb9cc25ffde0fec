"""Entities: a person's nicknames in the article that names them in full.

Two forms join the full name (issue 12 round 21, ECB+ dev topics 1 and 16):

- a quoted or bracketed nickname between the given and the family name, used later with the family
  name: Luis Gerardo "Jerry" Ortiz ... "Jerry Ortiz" (:func:`nickname_aliases`);
- a blend of the first letters of the given name and of the family name, written as one word with a
  capital inside, or joined by a hyphen or a full stop: "LiLo" for Lindsay Lohan, "J.Lo" for Jennifer
  Lopez, "A-Rod" for Alex Rodriguez (:func:`blend_nicknames`).

Both need the full name in the same article and exactly one full name that fits; a blend must be
written with a capital inside it (no acronym in capitals, no ordinary word) and is never itself a word
of a full name ("LaRue" of Fred LaRue, "DeGeneres").
"""

from __future__ import annotations

import re

from hearsay.extract.entities.gazetteer import fold
from hearsay.extract.entities._vocabulary import _given_names

# a quoted or bracketed nickname between a given name and a family name
NICKNAME = re.compile(r"(?<=\w)\s+(?:``|[\"'‘“(])((?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:''|[\"'’”)]),?(?=\s+[A-Z])")
# a blend: a capitalised start, then (after an optional hyphen or full stop) a capitalised rest
_BLEND = re.compile(r"^([A-Z][a-z]{0,3})(?:[-.]\s?)?([A-Z][a-z]{1,5})$")
# a given name and a family name written in the text (the full name of a blend NER may have missed,
# as in a headline)
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")


def nickname_aliases(text: str, spans: list[tuple[int, int]]) -> dict[str, tuple[str, ...]]:
    """Return each nickname-and-family-name form (folded words) with the full name's words it is
    another form of, from the names in ``spans`` written with a quoted or bracketed nickname
    (Luis Gerardo "Jerry" Ortiz → "jerry ortiz": luis gerardo ortiz). The full name's words are
    the span's without the nickname; a nickname beginning with "the" ("The Chin") is no given name
    and gives no alias."""
    out: dict[str, tuple[str, ...]] = {}
    for start, end in spans:
        found = NICKNAME.search(text, start, end)
        if found is None or found.group(1).lower().startswith("the "):
            continue
        bare = (text[start:found.start()] + text[found.end():end]).split()
        full = tuple(w.strip(".,").lower() for w in bare)
        if len(full) < 2:
            continue
        alias = tuple(fold(found.group(1)).split()) + full[-1:]
        if alias != full:
            out[" ".join(alias)] = full
    return out


def _blend_of(word: str, given: str, family: str) -> bool:
    """True when ``word`` is a blend of the first letters of ``given`` and of ``family``."""
    found = _BLEND.match(word)
    if found is None:
        return False
    head, rest = found.group(1).lower(), found.group(2).lower()
    family = family.lower()
    return (given.lower().startswith(head) and family.startswith(rest) and len(rest) < len(family)
            and word.lower() not in {given.lower(), family})


def blend_nicknames(text: str, candidates: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """Return the candidates with each blend nickname typed a person, and each blend (folded) with the
    full name (folded) it is made from.

    The full names are the article's person candidates of two words and the pairs of a known given
    name and a capitalised word anywhere in the text; a full name NER missed (a headline's "Lindsay
    Lohan Checks Into Rehab" in ECB+ dev 1_4ecbplus, which calls her "LiLo" throughout) becomes a
    person candidate where no candidate covers it. A blend two full names fit is left alone.
    """
    words_of_names = {w.lower() for s, e, label in candidates if label == "PERSON" and len(text[s:e].split()) > 1
                      for w in text[s:e].split()}
    fulls: dict[str, list[tuple[int, int]]] = {}
    for s, e, label in candidates:
        parts = text[s:e].split()
        if label == "PERSON" and len(parts) == 2 and all(p[:1].isupper() for p in parts):
            fulls.setdefault(fold(text[s:e]), [])
    for found in _FULL_NAME.finditer(text):
        if found.group(1).lower() in _given_names():
            fulls.setdefault(fold(found.group(0)), []).append(found.span())
    blends: dict[str, str] = {}
    for s, e, _ in candidates:
        word = text[s:e].strip()
        if fold(word) in blends or word.lower() in words_of_names or not _BLEND.match(word):
            continue
        fits = [full for full in fulls if _blend_of(word, *full.split())]
        if len(fits) == 1:
            blends[fold(word)] = fits[0]
    if not blends:
        return candidates, {}
    out = [(s, e, "PERSON" if fold(text[s:e]) in blends else label) for s, e, label in candidates]
    for full in set(blends.values()):
        for s, e in fulls[full]:
            if not any(cs < e and s < ce for cs, ce, _ in out):
                out.append((s, e, "PERSON"))
    return sorted(out), blends
