"""Entities: a name that modifies the noun after it, and what the compound then names (issue 12 round 26).

- A leader's bare surname before a seat of government names the administration, not the person:
  "a stint in the Clinton White House" (merge audit 29: that "Clinton", Bill's, had joined the
  store's only full "Clinton", Hillary). Round 19 read "Obama White House" where NER gave one span;
  NER often splits it ("Clinton" PERSON, "White House" ORG), so the surname and the seat are read
  together here. The compound is an organisation named as the administration ("Clinton
  administration"), the name other articles write.
- A leader's bare surname before an era word names a period, not the person: "the Clinton years",
  "the Bush era", "Bush-era tax cuts" (``lexicon/leaders.tsv``). It is no mention of anyone.
- A name before the common noun of a living thing is the range the species is named after:
  "Sierra Nevada yellow-legged frog", "Rocky Mountain elk" (``lexicon/organism_nouns.txt``; merge
  audits 28 and 29: the range, typed ORG by NER, had joined Sierra Nevada Corporation).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from hearsay import lexicon
from hearsay.extract.entities._vocabulary import _wordlist
from hearsay.extract.entities.gazetteer import Gazetteer, fold

# up to three capitalised words after a name: the seat of government it may modify
_WORDS_AFTER = re.compile(r"[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")
# an era word after a surname: "the Clinton years", "the Bush era", "Bush-era"
_ERA_SPACED = re.compile(r"[ \t]+(?:years|era)\b")
_ERA_HYPHEN = re.compile(r"[-‐](?:era)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def seat_after(text: str, end: int, gaz: Gazetteer) -> int | None:
    """Return where a seat of government the gazetteer knows in two words or more ("White House",
    "Downing Street") ends when it follows ``end`` directly, else ``None``. A possessive on the
    name ("Nixon's White House") never reaches here: the name ends before it and no space follows."""
    match = _WORDS_AFTER.match(text, end)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", text[match.start(1):match.end(1)]))
    for n in range(len(words), 1, -1):
        hit = gaz.lookup(" ".join(w.group() for w in words[:n]))
        if hit is not None and hit.kind == "metonym":
            end = match.start(1) + words[n - 1].end()
            return end - 1 if text[end - 1] == "." else end  # "the Clinton White House." ends a sentence
    return None


@functools.lru_cache(maxsize=1)
def leader_surnames() -> frozenset[str]:
    """The folded last words of the political leaders of ``lexicon/leaders.tsv`` and their aliases."""
    out: set[str] = set()
    for row in lexicon.load("leaders.tsv"):
        for name in [row["name"], *row["aliases"].split("|")]:
            if name.strip():
                out.add(fold(name.split()[-1]))
    return frozenset(out)


def era_after(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is a leader's surname (``lexicon/leaders.tsv``) and an
    era word follows it: "Bush-era", or "the Clinton years" / "the Bush era" with "the" before
    the name (so "Clinton years ago" is no era). A dynasty's or a band's era ("the Safavid era",
    GUM dev) names the dynasty, which stays."""
    if fold(text[start:end]) not in leader_surnames():
        return False
    if _ERA_HYPHEN.match(text, end):
        return True
    return bool(_ERA_SPACED.match(text, end) and _THE_BEFORE.search(text, max(0, start - 8), start))


def administration_of(name: str, gaz: Gazetteer) -> str | None:
    """Return "<surname> administration" when ``name`` is one capitalised word, no place the
    gazetteer knows, then a seat of government it knows in two words or more ("Clinton White
    House", "Obama White House"), else ``None``."""
    words = name.split()
    if len(words) < 3 or not words[0][:1].isupper() or gaz.lookup(words[0]) is not None:
        return None
    hit = gaz.lookup(" ".join(words[1:]))
    if hit is None or hit.kind != "metonym":
        return None
    return f"{words[0]} administration"


@functools.lru_cache(maxsize=1)
def organism_nouns() -> frozenset[str]:
    """The common nouns of living things a species' name ends in (``lexicon/organism_nouns.txt``)."""
    return _wordlist("organism_nouns.txt")


def names_a_range(doc: Doc, start: int, end: int) -> bool:
    """True when the name at ``start:end`` modifies an organism noun within its noun phrase
    ("Sierra Nevada yellow-legged frog", "Rocky Mountain elk"): the name's last token is a
    compound or modifier whose head, after it, is such a noun (singular or plural)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    head = last.head
    if last.dep_ not in {"compound", "amod", "nmod"} or head.i <= last.i or head.i - last.i > 4:
        return False
    if head.pos_ != "NOUN" or head.text[:1].isupper():
        return False
    return head.lemma_.lower() in organism_nouns() or head.lower_ in organism_nouns()


__all__ = ["administration_of", "era_after", "leader_surnames", "names_a_range", "organism_nouns", "seat_after"]
