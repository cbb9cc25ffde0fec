"""Role descriptions the parse links to a named person: mentions of that person, never keys.

Issue 12's rule 1: common nouns and role words ("lawyer", "rep", "Mafia boss") are no entities,
but they may be *mentions* of an entity where the article links them to it. The links read here
are the ones the parse makes inside one noun phrase or clause:

- a title phrase written right before the name ("lawyer Mark Heller", "the actress's rep Jack
  Ketsoyan", "Mafia boss Gaetano Lo Presti");
- an apposition on either side ("her spokesman, Harlan Boll"; "Shawn Holley, Lohan's attorney");
- a copula ("Heller is her lawyer").

The description's head must be a common noun (a proper-noun title such as "Surgeon General" may
be an office of its own, which ECB+ and the ledger keep apart) outside every NER name, and the
mention is the head with its modifiers *after* any possessor: "Lindsay Lohan's attorney,
Shawn Holley" gives Holley the mention "attorney", while "Lindsay Lohan" stays Lohan's (round 20).
Nothing here makes a key: the mentions go to :meth:`EntityIndex.add_description`, which the
extractors never look up and which :meth:`EntityIndex.freeze` adds where no other entity's mention
covers them.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from hearsay.extract.entities._vocabulary import person_nouns

_PREMODIFIERS = frozenset({"compound", "nmod", "amod"})
_SKIPPED = frozenset({"det", "poss", "case", "punct", "predet", "nummod", "quantmod", "cc", "conj", "prep", "appos"})


def _common_head(tok: Token, nouns: Collection[str] | None = None) -> bool:
    """True when ``tok`` can head a role description: a common noun of ``nouns`` (by default a
    person's: lexicon/person_nouns.txt, titles, positions) outside any NER name."""
    heads = person_nouns() if nouns is None else nouns
    return (tok.pos_ == "NOUN" and tok.tag_ in {"NN", "NNS"} and not tok.ent_type_
            and (tok.lower_ in heads or tok.lemma_.lower() in heads))


def _head_phrase(head: Token) -> tuple[int, int]:
    """Return the character span of ``head`` with its left modifiers after any determiner or
    possessor ("the 33-year-old actress's rep" -> "rep"; "a suspected Mafia boss" -> "suspected
    Mafia boss")."""
    first = head
    for child in reversed(list(head.lefts)):
        if child.dep_ in _SKIPPED or child.dep_ == "punct":
            break
        if any(t.dep_ in {"poss", "case", "det"} for t in child.subtree):
            break  # "Lindsay Lohan's attorney": the possessor's subtree ends the description
        first = child.left_edge
    return first.idx, head.idx + len(head)


def _adjacent(doc_text: str, end: int, start: int, allowed: str) -> bool:
    return 0 <= end <= start and doc_text[end:start].strip() in allowed and len(doc_text[end:start]) <= 3


def description_spans(ent_root: Token, start: int, end: int, doc_text: str,
                      nouns: Collection[str] | None = None) -> list[tuple[int, int]]:
    """Return the spans of the role descriptions the parse links to the person named at
    ``start..end`` (whose syntactic head is ``ent_root``).

    Args:
        ent_root: the root token of the name's span.
        start, end: the name's character offsets.
        doc_text: the document's text.
        nouns: the common nouns a description may end in; a person's (lexicon/person_nouns.txt)
            unless given. An organisation's are ``lexicon/business_nouns.txt`` ("the U.S. automaker
            GM", "European aircraft manufacturer, Airbus": issue 12 round 28, MEANTIME dev).

    Returns:
        Half-open character spans, each a description of that person.
    """
    heads = person_nouns() if nouns is None else nouns
    found: list[tuple[int, int]] = []
    # a title phrase right before the name: "lawyer Mark Heller", "Mafia boss Gaetano Lo Presti"
    for child in ent_root.lefts:
        if child.dep_ in _PREMODIFIERS and child.idx < start and _common_head(child, heads):
            s, e = _head_phrase(child)
            if _adjacent(doc_text, e, start, ""):
                found.append((s, e))
    # an apposition after the name: "Shawn Holley, Lohan's attorney" (the first only: a second
    # may describe what the first one names, "a spokeswoman for the FBI, the organization that …")
    appos = [c for c in ent_root.rights if c.dep_ == "appos" and c.idx >= end][:1]
    for child in appos:
        if _common_head(child, heads):
            s, e = _head_phrase(child)
            if doc_text[end:s].lstrip().startswith(",") and not any(t.dep_ == "cc" for t in child.children):
                found.append((s, e))
    head = ent_root.head
    # the name in apposition to a description before it: "her spokesman, Harlan Boll"
    if (ent_root.dep_ == "appos" and head.i < ent_root.i and _common_head(head, heads)
            and not any(t.dep_ == "cc" for t in (*head.children, *ent_root.children))):
        s, e = _head_phrase(head)
        if _adjacent(doc_text, e, start, ","):
            found.append((s, e))
    # a copula: "Heller is her lawyer" (the name the subject, one noun attribute)
    if ent_root.dep_ == "nsubj" and head.lemma_ == "be":
        attrs = [c for c in head.rights if c.dep_ == "attr"]
        if len(attrs) == 1 and _common_head(attrs[0], heads) and not any(c.dep_ == "neg" for c in head.children):
            found.append(_head_phrase(attrs[0]))
    return found


__all__ = ["description_spans"]
