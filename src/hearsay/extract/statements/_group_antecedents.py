"""Groups of people no entity stands for, as candidate antecedents of "they" (issue 14, round 46).

The scored antecedent choice (``_antecedent_choice``; Lappin & Leass 1994) only ever saw entities:
names, and the descriptions a cue had already made speakers. A plural common noun phrase that
introduces a group ("Several labour unions were outraged because they consider …", "Protesters'
demands include … They had asked …") was no candidate at all, so "they" went to the previous
speaker, often a newspaper quoted just before (statements-gv2012 dev gv-317265, statements-wn2019
dev wn2019-065). Lappin & Leass count every noun phrase as a candidate; this module supplies the
plural ones that name people, so that the usual salience factors (role, recency, head noun)
decide between them and the entities, not a special case.

A candidate is a plural common noun (NNS) outside quotation marks, of a noun of people or
organisations (``lexicon/group_nouns.txt``, ``person_nouns.txt``, ``titles.txt`` and the person and
organisation rows of ``speaker_nouns.tsv``), that is

- the subject of the main clause of one of the sentences before the pronoun's, or the possessor
  of that subject ("Protesters' demands"): the centres a following sentence's pronoun continues
  (Grosz, Joshi & Weinstein 1995);
- or, in the pronoun's own sentence, the subject of a clause that holds the pronoun's clause
  ("unions were outraged because they …"): the nearest subject up the tree, Hobbs's (1978) first
  proposal, which binding condition B allows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.statements._sources import one_of_people
from hearsay.extract.statements._speaker_lexicon import speaker_nouns

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """Return the lemmas of nouns whose plural names a group of people or organisations that speaks."""
    listed = {noun for noun, (etype, doc) in speaker_nouns().items() if not doc and etype.split("|")[0] in {"PERSON", "ORG"}}
    return lexicon.words("group_nouns.txt") | lexicon.words("person_nouns.txt") | lexicon.words("titles.txt") | listed


def _group_noun(tok: Token) -> bool:
    """True when ``tok`` is a plural common noun of people ("unions", "protesters")."""
    return tok.tag_ == "NNS" and (tok.lemma_.lower() in group_nouns() or tok.lower_ in group_nouns())


def _main_clause_subject(tok: Token) -> bool:
    """True when ``tok`` is the subject of its sentence's main clause (or of a clause conjoined to it)."""
    if tok.dep_ not in _SUBJECTS:
        return False
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


def _holds(clause: Token, tok: Token) -> bool:
    """True when ``tok`` stands inside the subtree of ``clause``'s head verb."""
    return any(a.i == clause.i for a in tok.ancestors)


def _group_phrase(tok: Token, anaphor: Token | None) -> Token | None:
    """Return the group noun that ``tok`` offers as an antecedent of ``anaphor``, else None: a
    main-clause subject or its possessor in an earlier sentence, or a subject whose clause holds
    the anaphor in the anaphor's own sentence."""
    subject = tok.head if tok.dep_ == "poss" and tok.head.dep_ in _SUBJECTS else tok
    if not _group_noun(tok) or one_of_people(subject):
        return None
    if anaphor is not None and tok.sent.start == anaphor.sent.start:
        ok = subject.dep_ in _SUBJECTS and tok.i < anaphor.i and _holds(subject.head, anaphor)
    else:
        ok = _main_clause_subject(subject)
    return tok if ok else None


def group_candidates(sents: Sequence[Span], anaphor: Token | None, in_quote: Sequence[bool],
                     covered: Callable[[Token], bool]) -> list[Token]:
    """Return the plural people nouns in ``sents`` (the sentences before the anaphor's, and its own)
    that may be taken up by the plural pronoun ``anaphor``, nearest last; ``covered`` says whether an
    entity's mention overlaps a noun, its own or a longer one ("Greek unions"): then the entity
    itself is the candidate, and the noun would be a second one for the same referent."""
    out: list[Token] = []
    for sent in sents:
        for tok in sent:
            if anaphor is not None and tok.i >= anaphor.i:
                break
            if in_quote[tok.i] or covered(tok):
                continue
            found = _group_phrase(tok, anaphor)
            if found is not None:
                out.append(found)
    return out


__all__ = ["group_candidates", "group_nouns"]
