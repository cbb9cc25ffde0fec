"""A description joins the one person its own article gives that role.

An article that writes "Coroner Gary Hargrove said …" and then "The coroner said he believes …",
or "Comedian Ellen DeGeneres will host …" and then "… the comedian added on Twitter", refers to one
person twice. The second phrase is no name (issue 12, rule 1: role words are never keys), so it
stays in its article; but inside its article it is a mention of the person the text gave that
role, by a title before the name, an apposition ("Harlan Boll, a family spokesman") or a role
the entity step recorded. A description is joined only when exactly one named person of the
article carries its head noun, and what else the description says agrees with that person:

- its other words (a modifier, a common-noun possessor: "the police spokesman", "the ship's
  owner") are words of that person's titles or roles;
- a named possessor ("Lindsay Lohan's attorney") is not that person.

A plural or collective head ("officials", "police") describes no one person and never joins. The
join is made in the ledger, at link time, so it is stored with its evidence (rule ``role``) and
re-derived by ``hearsay ledger rebuild``; the description never becomes a key, so nothing joins
through it from another article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from hearsay.extract.entities._vocabulary import person_nouns
from hearsay.lexicon import words as lexicon_lines
from hearsay.ledger.names import clean_name
from hearsay.model import Entity

_DETERMINERS = frozenset("the a an this that his her their its our my your".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"\s(?:of|who|which|that|for|at|in|with)\s|,")
_AGE = frozenset({"year", "years", "old"})  # "the 40-year-old coroner": an age says nothing of the role


@functools.lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, frozenset[str]]:
    """Each role noun of ``lexicon/role_synonyms.txt`` with the words of its line."""
    groups: dict[str, frozenset[str]] = {}
    for line in lexicon_lines("role_synonyms.txt"):
        words = frozenset(line.split())
        for word in words:
            groups[word] = words
    return groups


def same_role(head: str) -> frozenset[str]:
    """The role nouns news copy uses for the same person as ``head`` ("lawyer": attorney,
    counsel), ``head`` included."""
    return _synonym_groups().get(head, frozenset({head}))


def _written_words(phrase: str) -> list[str]:
    """The words of ``phrase`` as written, a possessive's detached "’ s" joined back ("Lohan’ s")."""
    return phrase.replace("’ s", "’s").replace("' s", "'s").split()


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("’", "'"))


def _head(phrase: str) -> str | None:
    """The head noun of a role phrase: the last word before a post-modifier ("star of her own
    talk show" -> star, "director who …" -> director), else the last word."""
    first = _CLAUSE.split(f" {phrase} ", maxsplit=1)[0]
    words = _words(first)
    return words[-1] if words else None


def role_words(person: Entity) -> tuple[set[str], set[str]]:
    """Return ``(heads, words)``: the head nouns of the roles the article gives ``person`` (a
    title written before its name in any mention, its roles, its lower-case aliases) and every
    word of those roles."""
    heads: set[str] = set()
    words: set[str] = set()
    for text in (person.name, *(m.text for m in person.mentions)):
        cleaned = clean_name(text, "PERSON")
        spaced = " ".join(text.split())
        if cleaned and cleaned != spaced and spaced.endswith(cleaned):
            title = _words(spaced[: len(spaced) - len(cleaned)])
            if title:
                heads.add(title[-1])
                words.update(title)
    for phrase in (*person.roles, *(a for a in person.aliases if a[:1].islower())):
        head = _head(phrase)
        if head:
            heads.add(head)
            words.update(_words(phrase))
    return heads, words


def _definite(entity: Entity, words: list[str], text: str | None) -> bool:
    """Whether the description refers back: a possessive ("her spokesman", "the ship's owner") or
    a definite article or demonstrative before its first mention ("The coroner said"). "An
    employee who had followed her in" introduces someone new."""
    if words[0].lower() in _DETERMINERS - {"a", "an"} or any(_POSSESSIVE.search(w) for w in words[:-1]):
        return True
    if text is None or not entity.mentions:
        return False
    first = min(entity.mentions, key=lambda m: m.start)
    before = text[max(0, first.start - 16): first.start].split()
    return bool(before) and before[-1].lower() in {"the", "this", "that"}


def _title_position(entity: Entity, text: str | None) -> bool:
    """True when a capitalised one-word description stands right before a capitalised word, as a
    title before a name ("Actress Esther Williams Dies at 91"): it joins only the person named
    there (``_titles``). The last word of an office ("Secretary of State Condoleezza Rice") is
    not one."""
    if text is None or len(entity.name.split()) != 1:
        return False
    return any(m.text[:1].isupper() and re.match(r" [A-Z]", text[m.end: m.end + 2])
               and text[max(0, m.start - 4): m.start].lower() not in {" of ", " for"} for m in entity.mentions)


# a description's head noun, its other words, and a named possessor ("Lindsay Lohan" of "Lindsay
# Lohan's attorney")
Description = tuple[str, list[str], str | None]


def described(entity: Entity, text: str | None = None) -> Description | None:
    """Return ``(head, modifiers, named possessor)`` when ``entity`` is a singular, definite
    description of one person ("the coroner", "her spokesman", "Lindsay Lohan's attorney") in
    the article ``text``, else ``None``."""
    words = _written_words(entity.name)
    if not 1 <= len(words) <= 5 or not (_definite(entity, words, text) or _title_position(entity, text)):
        return None
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    if not words:
        return None
    head = words[-1].lower().strip(".,:;")
    if head not in person_nouns() or not head.isalpha():
        return None
    possessor: str | None = None
    modifiers: list[str] = []
    for i, word in enumerate(words[:-1]):
        if _POSSESSIVE.search(word):
            owner = _POSSESSIVE.sub("", " ".join(words[: i + 1]))
            if owner[:1].isupper():
                possessor, modifiers = owner, []  # a named possessor says whose, not which
            else:
                modifiers = [w for w in _words(owner) if w not in _AGE]
            continue
        modifiers.extend(w for w in _words(word) if w not in _AGE)
    return head, [m for m in modifiers if m != head], possessor


def role_holder(entity: Entity, people: Iterable[Entity], text: str,
                found: Description | None = None) -> tuple[Entity, str] | None:
    """Return the one named person of the article ``text`` that the description ``entity``
    describes, with the role word they share, or ``None`` when none or more than one fits
    (``found``: what :func:`described` already read of it)."""
    found = found or described(entity, text)
    if found is None:
        return None
    head, modifiers, possessor = found
    written = _written_words(entity.name)
    title_only = not _definite(entity, written, text)  # "Actress Esther Williams": only the name after it
    fits = []
    for person in people:
        if person.id == entity.id:
            continue
        if title_only and not _titles(entity, person, text):
            continue
        if possessor and (possessor in person.name or person.name in possessor):
            continue  # "Lindsay Lohan's attorney" is not Lindsay Lohan
        if _titles(entity, person, text):
            fits.append(person)  # "Actress Esther Williams": the description is the name's own title
            continue
        heads, words = role_words(person)
        if not heads & same_role(head) or not all(m in words for m in modifiers):
            continue
        if possessor and (owners := _owners(person)) and possessor.split()[-1].casefold() not in owners:
            continue  # "Morrison's lawyer" is not "Mr. Trump's personal lawyer, Rudy Giuliani"
        if not _refers_back(entity, person, head, text):
            continue
        fits.append(person)
    return (fits[0], head) if len(fits) == 1 else None


def _titles(entity: Entity, person: Entity, text: str) -> bool:
    """True when a mention of the description stands right before a mention of the person, with
    only a space between, as a title does ("Actress Esther Williams Dies at 91", a headline NER
    split into a role word and a name)."""
    return any(0 < p.start - d.end <= 2 and not text[d.end:p.start].strip() and d.text[:1].isupper()
               for d in entity.mentions for p in person.mentions)


_INDEFINITE = frozenset("a an another any some no every each one".split())


def institution_head(entity: Entity, text: str) -> str | None:
    """Return the head word of a one-word description of an institution ("police", "the navy",
    "Bank" in a headline), or ``None``: a person noun (the person rule's), a phrase of several
    words, or one written after an indefinite determiner ("a bank", "another court") names no
    particular institution."""
    words = [w for w in entity.name.split() if w.lower() not in _DETERMINERS]
    if len(words) != 1 or not words[0].isalpha() or not entity.mentions:
        return None
    head = words[0].lower()
    if head in person_nouns() or head.endswith("s") and head[:-1] in person_nouns():
        return None  # a person noun, or its plural ("scientists now say"): people, not a body
    for mention in entity.mentions:
        before = text[max(0, mention.start - 12): mention.start].split()
        if before and before[-1].lower() in _INDEFINITE:
            return None
        if _NAME_GOES_ON.match(text, mention.end) or _GENERIC_PAIR.match(text, mention.end):
            return None
    return head


# after the head word, a longer name goes on ("Committee to Re-Elect the President", "Bank of
# America") or the word is one of two modifiers of a common noun ("Bank and financial stocks"):
# no mention of the one institution of that head (merge audit 28, both annotators)
_NAME_GOES_ON = re.compile(r"[ \t]+(?:to|of|for)[ \t]+(?:the[ \t]+)?[A-Z]")
_GENERIC_PAIR = re.compile(r"[ \t]+(?:and|or)[ \t]+[a-z]")


def institution_holder(head: str, organisations: Iterable[tuple[Entity, int]]) -> Entity | None:
    """Return the one named organisation of the article whose name ends in ``head`` ("police":
    "Surrey Police", "the navy": "Indian Navy"), or ``None`` when none or two different ones do
    (``organisations``: each named organisation with its canonical entity)."""
    fits: dict[int, Entity] = {}
    for organisation, canonical in organisations:
        cleaned = clean_name(organisation.name, organisation.type)
        if not cleaned or not cleaned[:1].isupper():
            continue  # a description NER took for an organisation ("group of Swiss scientists") is no name
        if len(cleaned.split()) >= 2 and cleaned.split()[-1].casefold() == head:
            fits.setdefault(canonical, organisation)
    return next(iter(fits.values())) if len(fits) == 1 else None


def _owners(person: Entity) -> set[str]:
    """The named possessors in the roles the article gives ``person`` ("Trump" of "Mr. Trump's
    personal lawyer")."""
    found = set()
    for phrase in (*person.roles, *(m.text for m in person.mentions)):
        for word in _written_words(phrase):
            if _POSSESSIVE.search(word) and word[:1].isupper():
                found.add(_POSSESSIVE.sub("", word).casefold())
    return found


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")


def _refers_back(entity: Entity, person: Entity, head: str, text: str) -> bool:
    """Whether the description can be the person: it comes after the person is named, right
    before the name ("her spokesman Harlan Boll", "The suspect, Michael Webb"), or in an earlier
    sentence when the name comes with the role as a title or a possessive, as something known (a
    lead's "her spokesman said" named later as "spokesman Harlan Boll"). In one sentence a
    description and a name further on are two participants ("His doctor referred him to a clinic
    and sought advice from … Owen Dempsey"), and a person the text introduces as new ("Owen
    Dempsey, a chest doctor") is not the one an earlier "his doctor" meant."""
    if not entity.mentions or not person.mentions:
        return False
    first = min(entity.mentions, key=lambda m: m.start)
    named = min(person.mentions, key=lambda m: m.start)
    if named.start < first.start or 0 <= named.start - first.end <= 3:
        return True
    return bool(_SENTENCE_END.search(text, first.end, named.start)) and not _introduced(person, head, text)


def _introduced(person: Entity, head: str, text: str) -> bool:
    """True when the role ``head`` is given to ``person`` only by an indefinite phrase ("a chest
    doctor at the Aberdeen Royal Infirmary"): no title before the name carries it."""
    for mention in person.mentions:
        cleaned = clean_name(mention.text, "PERSON")
        spaced = " ".join(mention.text.split())
        if cleaned and cleaned != spaced and head in _words(spaced[: len(spaced) - len(cleaned)]):
            return False  # "spokesman Harlan Boll": a title
    phrases = [p for p in (*person.roles, *person.aliases) if _head(p) == head]
    if not phrases:
        return False
    for phrase in phrases:
        for found in re.finditer(re.escape(phrase), text):
            before = text[max(0, found.start() - 12): found.start()].split()
            if not before or before[-1].lower() not in {"a", "an"}:
                return False
    return True


__all__ = ["Description", "described", "institution_head", "institution_holder", "role_holder", "role_words", "same_role"]
