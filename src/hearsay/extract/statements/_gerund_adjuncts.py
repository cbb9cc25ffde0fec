"""The source of a cue gerund under a preposition of manner or time: "in blaming Iran for the
attack", "by saying they forgave him", "before saying he was tired" (issue 14 round 45).

A cue in the "-ing" form that is the object of a preposition (the parser's ``pcomp``) has no
subject of its own; the preposition hangs on the verb (or on the predicate adjective) of the
clause whose subject performs it: "The United States was more forceful in blaming Iran for the
attack" (statements-wn2019b wn2019-115), "the parents tried to have Waseem released by saying they
forgave him" (wn2019-122), "Joan Felt said her father ate a big breakfast before saying he was
tired" (statements-rich4 28_10ecb, ECB+), "Maroni has reacted by proposing …" (statements-rich8,
GUM). ``source_of`` reads a ``pcomp`` only under "as" ("quoted X as saying"), so these cues had
no source and were lost.

Only the prepositions that keep the clause's subject as the doer are read: "by", "in", "before",
"after", "upon", "on", "while", "when". "for" and "of" are left out: their gerund's doer is
often the object ("praised X for saying", "accused X of lying"), and "without" negates. A gerund
under a verb that is a cue itself is the means of that statement ("estimate the population by
observing …"), and a cue of direct speech only ("by pleading guilty") has no content here.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._cues import cue_entry
from hearsay.extract.statements._sources import source_of

_SUBJECT_PREPS = frozenset({"by", "in", "before", "after", "upon", "on", "while", "when"})
_CAUSATIVES = frozenset({"have", "get", "make"})


def _host(prep: Token) -> Token | None:
    """Return the verb whose subject performs the gerund under ``prep``, else None."""
    host = prep.head
    if host.pos_ == "ADJ" and host.dep_ in {"acomp", "amod"} and host.head.pos_ in {"VERB", "AUX"}:
        host = host.head  # "was more forceful in blaming …": the adjective's copula
    if host.pos_ not in {"VERB", "AUX"} or host.i == prep.i:
        return None
    # "tried to have Waseem released by saying …": the passive participle of a causative's small
    # clause is done to its subject; the causer acts ("have", "get", "make" and the verbs above)
    while (host.tag_ == "VBN" and host.dep_ in {"ccomp", "xcomp"} and host.head.lemma_.lower() in _CAUSATIVES
           and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in host.children)):
        host = host.head
    return host


def adjunct_gerund_source(tok: Token) -> Token | None:
    """Return the source of cue gerund ``tok`` under a preposition of manner or time, else None.

    Args:
        tok: a cue verb with no source of its own.
    Returns:
        The source head of the clause the preposition hangs on ("The United States" for "… was
        more forceful in blaming Iran …"), or None when ``tok`` is no such gerund, the
        preposition is none of the subject-keeping ones, or that clause has no source.
    """
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.i == 0:
        return None
    entry = cue_entry(tok)
    if entry is None or not entry.frames - {"quote"}:
        return None  # "by pleading guilty": a verb of direct speech only says nothing of its own here
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in _SUBJECT_PREPS or prep.i != tok.i - 1:
        return None
    host = _host(prep)
    if host is None or cue_entry(host) is not None:
        # "estimate the population by observing the area …": the gerund is how the host cue's
        # own statement was reached, not a statement of its own (statements-rich16 wn2019-024)
        return None
    return source_of(host)


__all__ = ["adjunct_gerund_source"]
