"""Countries of sub-national places: states, provinces, regions and major news cities.

The country gazetteer knows countries, their capitals and seats of government; it does not know
that Philadelphia, Michigan or Thessaloniki lie in a country. ``lexicon/places.tsv`` (hand-written
from general knowledge, issue 15 round 5) maps such places to their ISO3 country, so that an
actor named by a common noun near one ("protesters in Thessaloniki", "officers ... in Brooklyn")
gets that country when the text names no country (docs/events.md, "Issue 15, round 5").
A name the country gazetteer knows is never read from this table.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.entities._places import shared_country_names
from hearsay.extract.entities.gazetteer import fold, load_gazetteer
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.entities.mentions import admin_units

# named-entity labels a place name can carry; the place inside an organisation's name counts only
# after "of" ("the University of Alabama"), never as its first word ("the New York Times")
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP", ""}
_LONGEST = 4  # words in the longest name of the table ("Rio de Janeiro", "Barrow-in-Furness" is one)


@functools.lru_cache(maxsize=1)
def load_places() -> dict[str, str]:
    """Return ``lexicon/places.tsv`` as folded place name -> ISO3 (names the gazetteer knows left out)."""
    gaz = load_gazetteer()
    return {fold(row["name"]): row["iso3"] for row in lexicon.load("places.tsv") if gaz.lookup(row["name"]) is None}


def place_country(name: str) -> str | None:
    """Return the country of a sub-national place name, else ``None``.

    Tries the whole name, then the part after its last comma ("Brooklyn, New York"), then the
    name without a leading "city of" or a trailing administrative-unit word ("Kursk Oblast").
    """
    places = load_places()
    key = fold(name)
    tries = [key, key.rsplit(",", 1)[-1].strip()]
    words = key.split()
    if len(words) > 1 and words[-1] in admin_units():
        tries.append(" ".join(words[:-1]))
    if len(words) > 2 and words[1] == "of" and words[0] in admin_units():
        tries.append(" ".join(words[2:]))
    for k in tries:
        if k in places:
            return places[k]
    return None


def shared_name_country(entities: EntityIndex, name: str) -> str | None:
    """Return the country of the sub-national place a country's name stands for in this article, else
    ``None``: "Georgia" where the entity step read it as the US state (its entity is the place
    ``name:georgia``, no country; ``lexicon/shared_country_names.tsv``) is in the USA, as
    ``places.tsv`` puts every other US state. Where the article reads it as the country (entity
    ``gpe:GEO``) this gives nothing and the country stands (issue 15 round 16)."""
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    key = " ".join(words)
    iso3 = shared_country_names().get(key)
    if iso3 is None:
        return None
    eid = entities.by_key("name:" + key)
    return iso3 if eid is not None and entities.entity(eid).type in {"GPE", "LOC"} else None


def _usable(tok: Token) -> bool:
    if tok.ent_type_ in _PLACE_LABELS:
        return tok.pos_ == "PROPN" or tok.ent_type_ != ""
    if tok.ent_type_ == "ORG":  # "the University of Alabama": the place after "of" inside the name
        if any(t.lower_ == "of" and t.ent_type_ == "ORG" for t in tok.doc[max(tok.i - 3, tok.sent.start):tok.i]):
            return True
        # a one-word "organisation" that is a city's name ("The protesters in Thessaloniki", tagged ORG;
        # a club named by its city is of the same country): issue 15 round 6
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.ent_iob_ == "B" and tok.pos_ == "PROPN" and (after is None or after.ent_iob_ != "I")
    return False


def span_place_country(span: Span) -> str | None:
    """Return the country of the first sub-national place named in ``span`` (longest name first)."""
    i, end = span.start, span.end
    doc = span.doc
    while i < end:
        if _usable(doc[i]) and doc[i].text[:1].isupper():
            for n in range(min(_LONGEST, end - i), 0, -1):
                words = doc[i:i + n]
                if not all(_usable(t) for t in words):
                    continue
                hit = place_country(words.text)
                if hit is not None:
                    return hit
        i += 1
    return None


def phrase_place_country(head: Token) -> str | None:
    """Return the country of a place named in the noun phrase of ``head``: the head, a proper-noun
    modifier ("Brooklyn teen") or the object of its in/from/of/at complement ("protesters in
    Thessaloniki", "a woman ... at the University of Alabama")."""
    for tok in (head, *(c for c in head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < head.i)):
        if tok is not head or tok.pos_ == "PROPN":
            hit = span_place_country(tok.doc[tok.left_edge.i:tok.i + 1] if tok is not head else tok.doc[tok.i:tok.i + 1])
            if hit is not None:
                return hit
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "from", "of", "at"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = span_place_country(pobj.doc[pobj.left_edge.i:pobj.right_edge.i + 1])
                    if hit is not None:
                        return hit
    return None


__all__ = ["load_places", "phrase_place_country", "place_country", "shared_name_country", "span_place_country"]
