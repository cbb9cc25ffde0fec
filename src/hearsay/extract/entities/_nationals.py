"""Entities: a person described by nationality ("the Ukrainian champion", "the American's chin").

A definite description whose head is a demonym used as a noun, or a person noun (``lexicon/
person_nouns.txt``) a demonym modifies, is one person, never a mention of the country. It is a
mention of the person the article ties to that nationality: the one person whose name the demonym
modifies, alone or through a person noun ("American Tony Thompson", "American challenger Tony
Thompson", "Australian climber Duncan Rait"). With no such person, or two, it stays unlinked
(issue 12 round 21, ECB+ dev topics 2 and 7).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import Gazetteer
from hearsay.extract.entities._vocabulary import _wordlist
from hearsay.nlp.text import doc_text

# how far up the parse a demonym may sit below the name it describes: "American [challenger]
# [Tony] Thompson", through a person noun and the name's compound
_TIE_HOPS = 3
_THROUGH = frozenset({"amod", "compound", "nmod"})


@functools.lru_cache(maxsize=1)
def _sector_roles() -> frozenset[str]:
    """The role nouns that give an actor a sector (``lexicon/sectors.tsv``: president, minister,
    soldier, judge, journalist ...): "the French president" is the state's office, which the event
    coder reads as France's government, so its demonym stays the country."""
    return frozenset(row["term"].lower() for row in lexicon.load("sectors.tsv") if row["kind"] == "role")


@functools.lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """The common nouns of ``lexicon/person_nouns.txt`` itself: not the titles the role descriptions
    also take ("state" of "Secretary of State": "the German state" is a place)."""
    return _wordlist("person_nouns.txt")


def _person_noun(tok: Token) -> bool:
    words = _person_words()
    return tok.tag_ in {"NN", "NNS"} and (tok.lower_ in words or tok.lemma_.lower() in words)


def tied_person(doc: Doc, start: int, end: int, people: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the person's name span (one of ``people``) that the demonym at ``start..end``
    modifies, directly or through a person noun ("American Tony Thompson", "American challenger
    Tony Thompson"), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    for _ in range(_TIE_HOPS):
        if tok.dep_ not in _THROUGH or tok.head.i == tok.i:
            return None
        tok = tok.head
        for s, e in people:
            if s <= tok.idx < e:
                return (s, e)
        if tok.pos_ != "PROPN" and not _person_noun(tok):
            return None
    return None


def description(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Return the character span of the definite description of one person that the demonym at
    ``start..end`` makes or opens, or None.

    - the demonym as a singular noun after "the", or a possessor ("the Ukrainian emerged", "the
      American's chin"): the demonym;
    - the demonym modifying a singular person noun after "the" that no name follows ("The
      Ukrainian champion dropped Thompson", "the 40-year-old American southpaw"): the demonym to
      the noun. "Ukrainian champion Wladimir Klitschko" is the tie, not a description; "American
      officials" (a plural), "an American jeweler" (no "the") and an office or force with an actor
      sector ("the French president", "the Israeli soldier") stay as they were.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    if tok.tag_ in {"NNS", "NNPS"} or tok.lower_.endswith("s") and not tok.lower_.endswith("ss"):
        return None
    if _definite(tok) and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}:
        return (tok.idx, tok.idx + len(tok.text))
    head = tok.head
    while tok.dep_ == "amod" and head.dep_ == "compound" and head.tag_ == "NN" and head.head.i > head.i:
        head = head.head  # "the Ukrainian world champion"
    if (tok.dep_ == "amod" and head.i > tok.i and head.tag_ == "NN" and _person_noun(head) and _definite(head)
            and head.dep_ not in {"compound", "appos"}
            and not {head.lower_, head.lemma_.lower()} & _sector_roles()):
        return (tok.idx, head.idx + len(head.text))
    return None


def _definite(tok: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in tok.children)


@functools.lru_cache(maxsize=1)
def _continent_demonyms() -> dict[str, str]:
    """The demonyms of ``lexicon/continents.tsv`` (lower case) with the continent each names."""
    return {demonym.lower(): row["name"] for row in lexicon.load("continents.tsv")
            for demonym in row["demonyms"].split("|") if demonym}


def continent_of(text: str) -> str | None:
    """Return the continent a demonym names ("African" → "Africa"), or None.

    A continent's demonym is a mention of the continent, as a country's demonym is of the country
    (issue 12 round 31; the identity-wikinews labels give "African" the referent Africa). Only
    demonyms that name one continent are listed: "European" names Europe or the European Union.
    """
    return _continent_demonyms().get(text.strip().lower())


def prefixed_continent(text: str) -> str | None:
    """Return the continent a prefixed demonym or name stands for ("pan-African", "intra-African",
    "intra-Africa" → "Africa"), or None.

    A country's demonym after a prefix ("pro-Russian", "anti-American") is found by the gazetteer's
    scan of the text, which cuts at the hyphen; a continent is in no gazetteer, so NER's span of the
    whole word stayed a name of its own (identity-wikinews dev2019 wn2019-070, issue 12 round 32).
    The prefix is one of the Latin and Greek prefixes news writes before a demonym (``_PREFIXED``),
    capitalised only at a sentence's start ("Intra-African trade"): "Euro-African" or "Afro-Asian"
    join two places and are left alone.
    """
    match = _PREFIXED.match(text.strip())
    if match is None:
        return None
    rest = match.group(1)
    names = {row["name"].lower(): row["name"] for row in lexicon.load("continents.tsv")}
    return continent_of(rest) or names.get(rest.lower())


# "pan-African", "intra-African", "anti-African": a prefix, a hyphen and a capitalised demonym or name
_PREFIXED = re.compile(r"(?:[Pp]an|[Pp]ro|[Aa]nti|[Ii]ntra|[Ii]nter|[Tt]rans|[Nn]on)-([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


# "Portuguese language pages", "the Spanish-language press", "French-language media": the demonym
# names the language the noun after it is in
_LANGUAGE_AFTER = re.compile(r"(?:[ \t]|[ \t]?[-‐][ \t]?)languages?\b", re.I)


def language_named(text: str, start: int, end: int) -> bool:
    """True when the demonym at ``start..end`` is followed by the word "language" ("Portuguese
    language pages", "Spanish-language press"): it names the language, not its country or people.

    :func:`_places._language` reads a bare demonym by its role in the parse ("speaks French");
    here the noun "language" says it (identity labels gvdev gv-317278: "[All links lead to
    Portuguese language pages …]", referent Portuguese language; issue 12 round 33).
    """
    return _LANGUAGE_AFTER.match(text, end) is not None


# the Latin and Greek combining forms of a nationality written before a hyphen and a demonym:
# "Afro-Brazilian", "Sino-Japanese", "Anglo-Irish", "Indo-Fijian"
_COMBINING_FORMS = frozenset({"afro", "anglo", "sino", "franco", "indo", "russo", "italo", "greco", "luso",
                              "hispano", "judeo", "austro"})
_HYPHENS = "-‐"
# a hyphenated word's part before or after the demonym: letters only, as "Cuban" of "Cuban-American"
_PART_BEFORE = re.compile(r"([A-Za-z]+)[-‐]$")
_PART_AFTER = re.compile(r"[-‐]([A-Z][a-z]+)")


def nationality_compound(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """True when the demonym at ``start..end`` is one half of a hyphenated pair of nationalities:
    another demonym (a country's or a continent's) or a combining form joined to it by a hyphen
    ("Cuban-American", "African-American", "Afro-Brazilian", "Sino-Japanese").

    Such a word names an origin and a nationality together, or two peoples at once, and is a
    mention of neither country: the gazetteer's scan of the text cut it at the hyphen, so "the
    Coalition of Cuban-American Women" was a mention of the United States and of Cuba (identity
    labels gvdev gv-317820; issue 12 round 33). A prefix that is no nationality ("pro-Russian",
    "anti-American") leaves the demonym the country, as before.
    """
    before = _PART_BEFORE.search(text, max(0, start - 20), start)
    after = _PART_AFTER.match(text, end)
    for part in (before.group(1) if before else None, after.group(1) if after else None):
        if part is None:
            continue
        if part.lower() in _COMBINING_FORMS or continent_of(part) is not None:
            return True
        hit = gaz.lookup(part)
        if hit is not None and hit.kind == "demonym":
            return True
    return False


# combining forms that name a descent, never one party of a relation ("Afro-Brazilian")
_DESCENT_FORMS = frozenset({"afro"})


@functools.lru_cache(maxsize=1)
def _relation_nouns() -> frozenset[str]:
    """Nouns of a relation between two parties: ``lexicon/relation_nouns.txt`` and the event nouns
    of ``lexicon/event_triggers.tsv`` ("talks", "summit", "clash", "treaty")."""
    return lexicon.words("relation_nouns.txt") | lexicon.event_nouns()


def pair_names_people(doc: Doc, start: int, end: int) -> bool:
    """True when the hyphenated pair of nationalities holding the demonym at ``start..end`` names
    people of a double origin or a kind of thing ("Cuban-American women", "Cuban-Americans", "an
    Iraqi-British architect", "Afro-Brazilian groups", "a German-British comedy"), False when it
    names a relation between both countries: the noun it describes is a noun of a relation or an
    event noun ("Israeli-Palestinian talks", "Russian-Ukrainian fighting", "the Sino-Japanese war",
    ``lexicon/relation_nouns.txt``). A relation mentions each country, as conflict and event analysts
    need both parties (lead, session 22, after round 33's :func:`nationality_compound`).
    """
    text = doc_text(doc)
    before = _PART_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _DESCENT_FORMS:
        return True  # "Afro-Brazilian groups": a descent, never a relation of two countries
    after = _PART_AFTER.match(text, end)
    last = end + len(after.group(0)) if after else end
    span = doc.char_span(start, last, alignment_mode="expand")
    if span is None:
        return True
    tok = span[-1]
    while tok.dep_ in {"amod", "compound", "nmod", "punct", "npadvmod"} and tok.head.i > tok.i:
        tok = tok.head
    if tok.i < span.end:
        return True  # "Cuban-Americans": the pair is the noun, a people
    nouns = _relation_nouns()
    return tok.lemma_.lower() not in nouns and tok.lower_ not in nouns
