"""The content of a noun cue beyond a "that" clause the parser hangs on the noun (issue 14 round 49).

docs/annotation.md rule 1: a nominal cue with a definite source is a statement ("X's claim that
…"). Round 49 profiled every dev miss whose gold cue is a noun; the shapes below are the general
ones among them, each a reading of the parse, not of a sentence:

- *A predicative "that" clause* ("The government's counter-argument was that prorogation is a
  political tool", statements-wn2019b wn2019-116): the noun is the subject of "be" and the clause
  its predicate; the noun's possessor is the source as in "X's claim that …". A hyphenated cue
  ("counter-argument") is three tokens, and the parser hangs the possessor on the first part.
- *The clause hung on the noun's verb* ("agreed with Apple Computer's defence that, while …, the
  music it sells is not", wikinews 40203): the clause starts right after the noun phrase, which is
  the verb's object or the object of its preposition, and its "that" is a complementizer even
  where the parser made it the clause's subject, since the clause has a subject of its own.
- *An intention noun with a to-infinitive* ("Sheriff Lee Baca … made plans to return", statements-ecb
  16_8ecbplus; "Economy students have the intention to do a sit-in", statements-gv2012 gv-318144;
  "Kaczyński … publicly declared intent to impose stricter punishment", statements-rich19
  wn2019-057): a noun of ``intention_nouns.txt`` that is the object of a finite verb of
  ``intention_verbs.txt`` is the subject's intention (rule 9: a definite source's plan or promise
  is a statement, type intention); the golds of three sources annotate these, and leave out a
  decision ("The EU made the decision to ban …", wikinews 87805: not in the list), a plan under a
  request ("asked them to make new tentative plans to …", extra2 115711: the verb is not finite)
  and a plan no verb of the list governs ("imperils the … plan to assemble the planes", extra
  108294).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._speaker_lexicon import given_names

# the roles a relative "that" fills in its clause; a "that" in one of them is the relative pronoun
# unless the clause has another word in the same role (then the parser misread a complementizer)
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "oprd"})
_CLAUSES = frozenset({"acl", "ccomp", "relcl"})


@functools.lru_cache(maxsize=1)
def intention_nouns() -> frozenset[str]:
    """Return the nouns of an intention that take a to-infinitive (``lexicon/intention_nouns.txt``)."""
    return frozenset(lexicon.words("intention_nouns.txt"))


@functools.lru_cache(maxsize=1)
def _intention_verbs() -> frozenset[str]:
    return frozenset(lexicon.words("intention_verbs.txt"))


def _complementizer(that: Token, clause: Token) -> bool:
    """True when ``that`` opens ``clause`` as a complementizer, not as a relative pronoun."""
    if that.lower_ != "that" or that.left_edge.i != clause.left_edge.i:
        return False
    if that.dep_ == "mark":
        return True
    if that.head.i != clause.i or that.dep_ not in _ARGUMENTS:
        return False
    # "the defence that, while …, the music it sells is not": "that" read as a second subject
    return any(c.i != that.i and c.dep_ == that.dep_ for c in clause.children)


def _opens_with_that(clause: Token) -> bool:
    return _complementizer(clause.doc[clause.left_edge.i], clause)


def governing_verb(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is, directly ("rejected the allegation") or through a preposition
    ("agreed with the defence"), else None."""
    if tok.dep_ == "dobj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def hung_clause(tok: Token) -> Token | None:
    """Return the "that" clause of noun ``tok`` that the parser hung on the noun's verb, else None.

    The noun is the verb's object ("rejected the allegation that …") or the object of a
    preposition on it ("agreed with Apple Computer's defence that …"); the clause is a complement
    of that verb that starts right after the noun phrase, opened by a complementizer "that".
    """
    verb = governing_verb(tok)
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.left_edge.i == tok.right_edge.i + 1 and _opens_with_that(c):
            return c
    return None


def predicate_clause(tok: Token) -> Token | None:
    """Return the "that" clause a noun cue is the subject of ("X's view is that …"), else None."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return None
    for c in tok.head.children:
        if c.dep_ == "ccomp" and c.i > tok.head.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def hyphen_parts(tok: Token) -> list[Token]:
    """Return ``tok`` and, when it ends a hyphenated word ("counter-argument"), the word's first part."""
    doc = tok.doc
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return [tok, doc[i - 2]]
    return [tok]


def _to_infinitive(clause: Token) -> bool:
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children)


def intention_infinitive(tok: Token) -> Token | None:
    """Return the to-infinitive of an intention noun that is the object of a finite intention verb.

    "made plans to return …", "have the intention to do …", "declared intent to impose …": the
    infinitive is the noun's (an ``acl``) or the parser's complement of the verb right after the
    noun phrase. None when the noun or its verb is negated ("has no plans to …", "did not make
    plans to …") or the verb is not finite ("asked them to make plans to …").
    """
    if tok.lemma_.lower() not in intention_nouns() or tok.dep_ != "dobj":
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _intention_verbs():
        return None
    if verb.dep_ in {"xcomp", "acl", "relcl", "amod"} or verb.tag_ in {"VBG", "VBN"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children
    ):
        return None  # not a finite clause of its own: "asked them to make plans", "…, making plans to"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in {"no", "any"} and c.dep_ == "det" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in {"acl", "relcl"} and c.left_edge.i == tok.i + 1 and _to_infinitive(c):
            return c
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.left_edge.i == tok.right_edge.i + 1 and _to_infinitive(c):
            return c
    return None


# a possessive pronoun and the subjects it can be bound by
_BINDERS = {"his": ("he",), "her": ("she",), "its": ("it",), "their": ("they",)}


def _agrees(possessive: str, subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in _BINDERS[possessive]
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if possessive in {"his", "her"}:
        if plural or subject.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"}:
            return False
        # "Mary Jones repeated his claim": a given name or title of the other gender in the name
        wanted = "m" if possessive == "his" else "f"
        names = given_names()
        return not any(names.get(t.lower_, wanted) not in {wanted, "any"} for t in subject.subtree if t.i <= subject.i)
    if possessive == "its":
        return not plural and subject.ent_type_ != "PERSON"
    # "their": people or a body ("Police officials repeated their claim", "the company … their")
    return plural or subject.ent_type_ != "PERSON" and subject.tag_ != "NNP" or subject.ent_type_ in {"ORG", "NORP"}


def bound_possessor(poss: Token, subject: Token | None) -> bool:
    """True when possessive pronoun ``poss`` of a noun in the verb's object is bound by its subject.

    "The mayor repeated his claim that …", "Police officials repeated their claim that …": a
    possessive pronoun inside the object refers to the clause's own subject when the two agree in
    number and gender (the default reading; Reinhart 1983's bound-variable possessive), so the
    subject is the claim's holder (statements-rich 28_1ecbplus annotates "He cited … to back up his
    claim that …" to the subject). The caller binds only under a verb by which the subject voices or
    keeps up its own claim (``lexicon/voicing_verbs.txt``); verbs that deny, question or echo take
    someone else's ("The opposition rejected their accusation that …", "questioned his claim") and
    are left to the pronoun resolver.
    """
    low = poss.lower_
    return poss.dep_ == "poss" and low in _BINDERS and subject is not None and subject.i != poss.i and _agrees(low, subject)


__all__ = ["bound_possessor", "hung_clause", "hyphen_parts", "intention_infinitive", "intention_nouns", "predicate_clause"]
