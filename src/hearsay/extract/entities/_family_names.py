"""Entities: people named with two family names, and names NER typed an organisation (issue 12, round 30).

Spanish and Portuguese names carry two family names, the father's and the mother's ("Ricardo
Rosselló Nevares", "Wanda Vázquez Garced"), and the news shortens them to the first ("Rosselló",
"Vázquez"), where an English name is shortened to its last word. Three readings follow, each from
the parse and the lexicons, never a list of names (identity-wikinews dev2019, wn2019-078/079):

- a full name a step found as two words is three when the parse makes the two words compounds of a
  capitalised proper noun right after them ("Ricardo Rosselló Nevares, Puerto Rico's governor":
  the missed-name step had added "Ricardo Rosselló", and the statements step later "Ricardo
  Rosselló Nevares" at the same offset, two entities of one person; :func:`second_family_names`);
- a name NER typed an organisation is a person's when it is a known given name and family-name
  words only, and the text gives it a person's role, a title or a pronoun, or is three such words
  long ("Wanda Vázquez Garced, the Secretary of Justice"; :func:`people_typed_org`);
- the first of two family names alone is that person (:func:`first_family_name`).

It imports only the gazetteer, ``_vocabulary.py`` and ``_headlines.py``; ``mentions.py`` and
``_people.py`` read it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Doc, Token

from hearsay.extract.entities.gazetteer import Gazetteer
from hearsay.extract.entities._headlines import _Ordinary, _person_in_prose, _title_case_line
from hearsay.extract.entities._vocabulary import (
    _COMPANY_WORDS,
    _MONTHS_DAYS,
    _PART_WORDS,
    GENERATIONAL_SUFFIXES,
    SURNAME_PARTICLES,
    _given_names,
    _wordlist,
    admin_units,
    legal_forms,
    person_nouns,
    positions,
    titles,
)

# a word of a name: capitalised, then lower-case letters (accents too), a hyphen or apostrophe inside
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)?")
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
# a title or position right before the name ("Secretary of Justice Wanda Vázquez Garced")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


@functools.lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words no person's family name is in this reading: an organisation's, facility's, place's or
    institution's head, a legal form, a title, a position, an administrative unit, a month or day."""
    return (_wordlist("organisation_heads.txt") | _wordlist("facility_heads.txt") | _wordlist("place_heads.txt")
            | _wordlist("institution_words.txt") | legal_forms() | titles() | positions() | admin_units()
            | person_nouns() | _COMPANY_WORDS | _PART_WORDS | _MONTHS_DAYS | GENERATIONAL_SUFFIXES)


def _given(word: str) -> bool:
    """True when ``word`` is a known given name, its accents aside ("Lucía" as "Lucia")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return word.lower() in _given_names() or bare in _given_names()


def _family_word(word: str, gaz: Gazetteer) -> bool:
    """True when ``word`` may be a family name: a capitalised word of letters, not in capitals, in no
    lexicon of organisations, places, titles or dates, and no name the gazetteer knows."""
    return (_NAME_WORD.fullmatch(word) is not None and word[:1].isupper() and not word.isupper()
            and word.lower() not in _not_name_words() and word.lower() not in SURNAME_PARTICLES
            and gaz.lookup(word) is None)


def first_family_name(words: list[str], tokens: list[str]) -> bool:
    """True when the person's name ``words`` (lower-cased) ends in the first of the two family names
    of the full name ``tokens``: a known given name and two family names, the middle one no given
    name ("Rosselló", "Ricardo Rosselló" of "Ricardo Rosselló Nevares"; "Rodham" of "Hillary Rodham
    Clinton"). A middle word that is a given name ("Sarah Jessica Parker") is no family name, and
    a name whose first word is no known given name may be ordered otherwise: "Chao" beside "Rulan
    Chao Pian" is her father (GUM dev bio_chao)."""
    if len(tokens) != 3 or not 1 <= len(words) < 3 or words[-1] != tokens[1]:
        return False
    middle = tokens[1]
    return (_given(tokens[0]) and not _given(middle) and middle not in SURNAME_PARTICLES
            and _NAME_WORD.fullmatch(middle) is not None and _NAME_WORD.fullmatch(tokens[2]) is not None
            and tokens[2].rstrip(".") not in GENERATIONAL_SUFFIXES and (len(words) == 1 or words == tokens[:2]))


def second_family_names(doc: Doc, text: str, candidates: list[tuple[int, int, str]],
                        gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Extend a two-word person's name over the second family name right after it.

    "Ricardo Rosselló Nevares, Puerto Rico's governor, announced …": NER missed the name, the
    missed-name step found "Ricardo Rosselló" from the later "Rosselló", and the statements step
    then added the whole name as a second entity at the same offset (identity-wikinews dev2019,
    wn2019-078). The two words are a known given name and a family name; the parse makes the last
    a compound of the capitalised proper noun after it, which ends the phrase (no compound itself),
    is no candidate of its own, no sentence's first word, in no lexicon of organisations, places,
    titles or dates, no gazetteer name, and a word the article never writes in lower case.
    """
    ordinary: _Ordinary | None = None
    starts = {s for s, _, _ in candidates}
    out: list[tuple[int, int, str]] = []
    changed = False
    for start, end, label in candidates:
        words = text[start:end].split()
        nxt = _next_token(doc, end) if label == "PERSON" and len(words) == 2 and text[end:end + 1] == " " else None
        if (nxt is None or not _given(words[0]) or not _family_word(words[1], gaz)
                or not _family_word(nxt.text, gaz) or nxt.idx in starts or nxt.is_sent_start
                or nxt.tag_ != "NNP" or nxt.dep_ == "compound" or _given(nxt.text)
                or _title_case_line(text, start)):
            out.append((start, end, label))
            continue
        last = doc[nxt.i - 1]
        if not (last.dep_ == "compound" and last.head.i == nxt.i and last.idx + len(last.text) == end):
            out.append((start, end, label))
            continue
        ordinary = ordinary or _Ordinary(doc, text)
        if ordinary(nxt.text):
            out.append((start, end, label))
            continue
        out.append((start, nxt.idx + len(nxt.text), label))
        changed = True
    return sorted(set(out)) if changed else candidates


def given_name_before(doc: Doc, text: str, candidates: list[tuple[int, int, str]],
                      gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Extend a two-family-name person's name over the given name NER left out before it.

    "Carmen Yulín Cruz, the mayor of … San Juan, said …": NER found "Yulín Cruz" and gave "Carmen"
    to nothing, so the person was named by her family names alone (identity-wikinews dev2019,
    wn2019-079; issue 12 round 32). The name is two words, neither a known given name and both
    possible family names (:func:`_family_word`); the word right before it, one space away, is a
    capitalised known given name the parse tags a proper noun, a word of letters only (no "Ms.":
    ECB+ dev), in no candidate, no title, and a word the article never writes in lower case ("Will",
    "May" as verbs). A two-word name that opens with
    a given name ("Maria Cruz") has its given name already, and round 27's steps read one-word names.
    """
    starts = {s for s, _, _ in candidates}
    ends = {e for _, e, _ in candidates}
    ordinary: _Ordinary | None = None
    out: list[tuple[int, int, str]] = []
    changed = False
    for start, end, label in candidates:
        words = text[start:end].split()
        span = doc.char_span(start, end, alignment_mode="expand") if label == "PERSON" and len(words) == 2 else None
        prev = doc[span.start - 1] if span is not None and span.start > 0 else None
        if (prev is None or prev.idx + len(prev.text) != start - 1 or text[start - 1] != " "
                or any(_given(w) for w in words) or not all(_family_word(w, gaz) for w in words)
                or not _given(prev.text) or not prev.text.isalpha() or prev.tag_ != "NNP"
                or not prev.text[:1].isupper() or prev.text.isupper()
                or prev.idx in starts or prev.idx + len(prev.text) in ends or prev.lower_ in titles()
                or _title_case_line(text, start)):
            out.append((start, end, label))
            continue
        ordinary = ordinary or _Ordinary(doc, text)
        if ordinary(prev.text):
            out.append((start, end, label))
            continue
        out.append((prev.idx, end, label))
        changed = True
    return sorted(set(out)) if changed else candidates


def given_before_family_names(words: list[str], inner: list[str]) -> bool:
    """True when the person's name ``words`` (lower-cased) is a known given name before the two
    words ``inner``, neither a known given name: "Carmen Yulín Cruz" is the full name of "Yulín
    Cruz", not a neighbour's word run into it as "Howard" of "Howard Tony Blair" is (round 32)."""
    return len(words) == 3 and words[1:] == inner and _given(words[0]) and not any(_given(w) for w in inner)


def _next_token(doc: Doc, end: int) -> Token | None:
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
    return None if span is None or span[0].idx != end + 1 else span[0]


def people_typed_org(doc: Doc, text: str, candidates: list[tuple[int, int, str]],
                     gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Type as a person a name NER called an organisation that is a given name and family names only.

    "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice": NER typed the
    name ORG, so it stayed apart from the person other articles name (identity-wikinews dev2019,
    wn2019-078/079). The name's first word is a known given name, every other word could be a family
    name (:func:`_family_word`), no "the" stands before it, and the text says it is a person: it is
    three words long (a given name and two family names; no organisation's name is only that), or
    a person's role or title is apposed to it ("…, the Secretary of Justice"), or a title stands
    right before it, or a personal pronoun follows it as subject (:func:`_person_in_prose`). Firms
    named after a founder ("Charles Schwab", then "Schwab") have two words and no such evidence.
    """
    out: list[tuple[int, int, str]] = []
    changed = False
    for start, end, label in candidates:
        words = text[start:end].split()
        if (label == "ORG" and 2 <= len(words) <= 3 and _given(words[0])
                and _NAME_WORD.fullmatch(words[0]) is not None
                and all(_family_word(w, gaz) for w in words[1:])
                and not _THE_BEFORE.search(text, max(0, start - 5), start) and not _title_case_line(text, start)
                and (len(words) == 3 or _role_apposed(doc, start, end) or _titled(text, start)
                     or _person_in_prose(doc, text, text[start:end]))):
            label, changed = "PERSON", True
        out.append((start, end, label))
    return out if changed else candidates


def _titled(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1)[:1].isupper() and before.group(1).lower() in titles()


def _role_apposed(doc: Doc, start: int, end: int) -> bool:
    """True when a noun apposed to the name, or the name apposed to a noun, is a person's role or
    title ("Wanda Vázquez Garced, the Secretary of Justice"; "the governor, Ricardo Rosselló Nevares")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    roles = titles() | person_nouns()
    return any(n.lower_ in roles or n.lemma_.lower() in roles for n in nouns if not start <= n.idx < end)


__all__ = ["first_family_name", "given_before_family_names", "given_name_before", "people_typed_org", "second_family_names"]
