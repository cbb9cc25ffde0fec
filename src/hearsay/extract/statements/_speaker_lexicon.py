"""Word lists of speaker resolution (lexicon/pronouns.tsv, speaker_nouns.tsv, given_names_*.txt,
spokesperson_nouns.txt, titles.txt) and the entity types a speaker or the organisation a
spokesperson speaks for may have."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from hearsay import lexicon


_SPEAKER_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(frozen=True, slots=True)
class PronounInfo:
    """Number, gender and animacy of a pronoun."""

    number: str
    gender: str
    animacy: str


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, PronounInfo]:
    """Return the pronoun table (lexicon/pronouns.tsv)."""
    return {r["pronoun"]: PronounInfo(r["number"], r["gender"], r["animacy"]) for r in lexicon.load("pronouns.tsv")
            if r["speaker"] == "yes"}


@functools.lru_cache(maxsize=1)
def _possessives() -> dict[str, PronounInfo]:
    """Possessive pronouns (``his``, ``its``, ``their`` …): the owner of a document is its source."""
    return {r["pronoun"]: PronounInfo(r["number"], r["gender"], r["animacy"]) for r in lexicon.load("pronouns.tsv")
            if r["pronoun"] in {"his", "her", "its", "their"}}


@functools.lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, tuple[str, bool]]:
    """Return description nouns: lemma -> (entity type, is a document)."""
    return {r["noun"]: (r["type"], r["document"] == "doc") for r in lexicon.load("speaker_nouns.tsv")}


@functools.lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Return given names and titles with their grammatical gender (data/given_names_*.txt): m or f."""
    out: dict[str, str] = {}
    for fname, gender in (("given_names_male.txt", "m"), ("given_names_female.txt", "f")):
        for word in sorted(lexicon.words(fname)):
            out[word] = "any" if out.get(word, gender) != gender else gender
    return out


_ORG_TYPES = ("ORG", "GPE", "FAC")  # what a spokesperson speaks for, best first ("the White House" is often a FAC)
_ROLE_PREPS = frozenset({"for", "of", "at"})


@functools.lru_cache(maxsize=1)
def _spokesperson_nouns() -> frozenset[str]:
    return lexicon.words("spokesperson_nouns.txt")


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return lexicon.words("titles.txt")


def _is_title(tok: Token) -> bool:
    """True when ``tok`` is a title or rank (lexicon/titles.txt: CEO, CFO, senator …), whatever its tag."""
    return tok.lower_ in _titles()


def _is_spokesperson(tok: Token) -> bool:
    """True when ``tok`` is a spokesperson role noun (lexicon/spokesperson_nouns.txt), alone or
    with the compound before it ("press secretary")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = _spokesperson_nouns()
    if tok.lower_ in words:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_} {tok.lower_}" in words for c in tok.lefts)
