"""Entities: a country's name or demonym nested in a longer proper name (issue 12, round 29).

The gazetteer scan finds every capitalised alias, including those inside a longer name NER
found. Two readings of such an alias are wrong, as the identity-wikinews annotators read them
(session 18, wn2020-063/076/089):

- a place named with a demonym and a proper noun ("British Columbia", "the Indian Ocean", "the
  Irish Sea") is a place of its own, never the country the demonym belongs to
  (:func:`demonym_place`);
- a capital that a longer organisation's name holds after "of" ("the University of Athens") and a
  country's name joined by a hyphen ("Agence France-Presse") are words of that name, not the
  country (:func:`names_country`). A country's own name after "of" ("the Government of India",
  "the Linguistic Society of America") and a name the country's name or demonym opens ("the
  Russian Security Council", "United States Supreme Court") still name the country as well (the
  founding article's convention; GUM annotates the nested name so); two demonyms in a row ("the
  British American Drama Academy", "the Chinese American Museum") name neither state;
- a place's name and a person's full name NER ran into one span ("Senator from Vermont Bernie
  Sanders") are the place and the person (:func:`person_after_place`).

It imports only the gazetteer, ``_vocabulary.py`` and ``_headlines.py``; ``_candidates.py`` reads it.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from hearsay.extract.entities.gazetteer import Gazetteer, fold
from hearsay.extract.entities._headlines import _title_case_line
from hearsay.extract.entities._vocabulary import _given_names, _wordlist, positions, titles

# "of" (and "the") closing the text before an alias inside a name: "Voice of America", "Bank of the
# United States"
_OF_BEFORE = re.compile(r"(?<![\w'’-])of\s+(?:the\s+)?$", re.I)
_WORD = re.compile(r"[\w'’.]+")


@functools.lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Words of a state institution's name (``lexicon/institution_words.txt``) and the titles and
    positions of its offices (``titles.txt``, ``positions.txt``): "Government of India", "Supreme
    Court of Canada", "Minister of Defence of Russia"."""
    return _wordlist("institution_words.txt") | titles() | positions()


def demonym_place(doc: Doc, text: str, start: int, end: int, inner: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """True when the place's name at ``start:end`` opens with a demonym the gazetteer knows and
    goes on in capitalised proper nouns (with "of", "the", "and" between them): "British Columbia",
    "the Indian Ocean", "the Irish Sea", "the Swiss Alps", "the American Museum of Natural History"
    name a place or a building of their own, not the United Kingdom, India, Ireland or
    Switzerland (identity-wikinews wn2020-076: "Kamloops, British Columbia" had given "British").
    Not a title or position after the demonym ("Russian President" is the country's office), not
    a second alias in the name, and not in a title-case line, where a headline's words run on
    into a name ("Russian Troops Enter Kyiv")."""
    if len(inner) != 1 or inner[0][0] != start or inner[0][1] >= end:
        return False
    hit = gaz.lookup(text[inner[0][0]:inner[0][1]])
    if hit is None or hit.kind != "demonym" or _title_case_line(text, start):
        return False
    span = doc.char_span(inner[0][1], end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_space and t.lower_ not in {"of", "the", "and"}]
    last = span[-1]
    if (last.head.i > last.i and last.head.text[:1].islower() and last.dep_ in {"compound", "amod"}
            and last.lower_ not in _wordlist("place_heads.txt")):
        return False  # "the Indian Naval destroyer": a modifier, not a place ("the Indian Ocean island" is)
    return bool(words) and words[-1].i == span[-1].i and all(
        t.text[:1].isupper() and t.tag_ in {"NNP", "NNPS"} and t.lower_.rstrip(".") not in titles() | positions()
        for t in words)


def _demonym(text: str, alias: tuple[int, int], gaz: Gazetteer) -> bool:
    hit = gaz.lookup(text[alias[0]:alias[1]])
    return hit is not None and hit.kind == "demonym"


def names_country(text: str, start: int, alias: tuple[int, int], inner: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """True when the alias at ``alias`` inside the organisation's name that opens at ``start``
    names the country as well as the name does. False for an alias joined by a hyphen to a
    capitalised word after it that is no alias ("Agence France-Presse": the news agency, not
    France, identity-wikinews wn2020-063; "Air France-KLM"; but "the US-China talks" and "the
    Korea-US Free Trade Agreement" name the countries); for a capital after "of" where the words
    before "of" are not all a state institution's, a title or a position ("the University of
    Athens": the city at most, never Greece); and for either of two demonyms in a row ("the
    British American Drama Academy", "the Chinese American Museum"): together they name a people
    or a tie of two states, not one state. A country's own name after "of" stays the country's
    ("the Democratic Party of Turkmenistan", "the Linguistic Society of America", "Voice of
    America"), as GUM annotates nested names."""
    s, e = alias
    others = [a for a in inner if a != alias]
    if _demonym(text, alias, gaz) and any(_demonym(text, o, gaz) and (o[0] == e + 1 or o[1] == s - 1) and
                                           text[min(e, o[1]):max(s, o[0])] == " " for o in others):
        return False  # "British American", "Chinese American": one compound nationality, neither state
    after = re.match(r"[-‐–]([A-Z][\w'’]*)", text[e:])
    if after is not None and not any(o[0] == e + 1 for o in others):
        return False
    of = _OF_BEFORE.search(text, start, s)
    if of is None:
        return True
    head = [w.lower().rstrip(".") for w in _WORD.findall(text[start:of.start()]) if w.lower() != "the"]
    if not head or all(w in _state_words() for w in head):
        return True  # "the Government of India", "the Supreme Court of Canada"
    hit = gaz.lookup(text[s:e])
    # "the University of Athens": the city at most, never Greece; a country's own name after "of" is
    # the country's, as GUM annotates it ("the Linguistic Society of America"; round 29)
    return hit is None or hit.kind not in {"capital", "metonym"}


_WORDS = re.compile(r"\S+")


def person_after_place(text: str, start: int, end: int, people: set[str], places: frozenset[str] | set[str],
                       gaz: Gazetteer) -> int | None:
    """Return where a person's full name begins inside the span ``start:end`` that NER gave
    another label, after a place's name, or None. "United States Senator from Vermont Bernie
    Sanders endorsed ..." gave the organisation "Vermont Bernie Sanders" (identity-wikinews
    wn2020-049), which then kept "Sanders" apart. The name is two words or more that NER calls a
    person elsewhere in the article (``people``, folded), or a known given name and a family name
    NER calls a person alone elsewhere ("Sanders ended his bid"), and
    every word before it is a place's: one the gazetteer knows as a country or capital, one of
    ``places`` (folded: ``lexicon/places.tsv`` and the article's place spans)."""
    if fold(text[start:end]) in people:
        return None  # NER calls the whole span a person elsewhere
    words = list(_WORDS.finditer(text, start, end))
    for i in range(1, len(words) - 1):
        begin = words[i].start()
        name = fold(text[begin:end])
        if name not in people and not (len(words) - i == 2 and words[i].group().lower() in _given_names()
                                       and name.split()[-1] in people):
            continue
        prefix = text[start:words[i - 1].end()]
        hit = gaz.lookup(prefix)
        if hit is not None and hit.kind in {"name", "capital"} or fold(prefix) in places:
            return begin
        return None
    return None


def org_before_country(doc: Doc, text: str, candidates: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Join an organisation's name and the country's name NER cut from its end into one name.

    "Governor Alexander Pimentel told CNN Philippines the towns damaged were …" gave the
    organisation "CNN" and the country (identity-wikinews dev2019, wn2019-072), so the national
    channel joined CNN in other articles. The organisation's span is followed by a space and a
    place span that is a country's name the gazetteer knows (not a demonym or a capital), and the
    parse makes the organisation's last word a compound of the country's last word, which ends the
    phrase: the country names the organisation's branch ("CNN Philippines", "Amnesty International
    Australia"). The country stays a mention of its own inside the longer name, as in any name a
    country's name is part of (:func:`names_country`). Not in a title-case line.
    """
    by_start = {s: (e, label) for s, e, label in candidates if label in {"GPE", "LOC"}}
    out = list(candidates)
    for start, end, label in candidates:
        if label != "ORG" or end + 1 not in by_start or text[end:end + 1] != " ":
            continue
        c_end = by_start[end + 1][0]
        hit = gaz.lookup(text[end + 1:c_end])
        if hit is None or hit.kind != "name" or _title_case_line(text, start):
            continue
        org, country = doc.char_span(start, end), doc.char_span(end + 1, c_end)
        if org is None or country is None:
            continue
        last, head = org[-1], country[-1]
        if last.dep_ != "compound" or last.head.i != head.i or head.dep_ == "compound":
            continue
        out.remove((start, end, label))
        out.append((start, c_end, "ORG"))
    return sorted(set(out)) if out != candidates else candidates
