"""The news sources that report a clause: "…, ABC of Australia reported", "According to CNN, …".

A source's own country is where the report comes from, not the country of the party whose act it
reports, so a role actor's country guessed from the sentence ("the government", "police") leaves the
source's words out (issue 15, round 26: wide16 "the government allegedly criticized …, ABC of Australia
reported" was coded AUS).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from hearsay import lexicon

Ranges = tuple[tuple[int, int], ...]


@functools.cache
def report_verbs() -> frozenset[str]:
    """The verbs of ``lexicon/cues.tsv`` that take a complement clause ("say", "report", "allege");
    the one list the events rules share (reporting sources, reported clauses, reporting subjects)."""
    return frozenset(r["lemma"] for r in lexicon.load("cues.tsv") if r["pos"] == "verb" and "clause" in r["frames"])


def _extent(tok: Token) -> tuple[int, int]:
    """Return the character range of ``tok``'s subtree."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def source_ranges(head: Token) -> Ranges:
    """Return the character ranges of the sources reporting the clause ``head`` stands in.

    A source is the subject of a reporting verb whose complement clause holds ``head`` ("the government
    criticized …, ABC of Australia reported"), the subject of a reporting parataxis of that clause, or the
    object of "according to" attached to a clause above ``head``; a source that holds ``head`` itself, or
    a word of ``head``'s lemma (the institution speaking of itself: "Italian police sources" of police), is
    never returned.

    Returns:
        ``(start, end)`` character offsets, possibly empty.
    """
    reports = report_verbs()
    found: list[Token] = []
    clauses = [t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}]
    for clause in clauses:
        verbs = []
        if clause.dep_ in {"ccomp", "parataxis"} and clause.head.lemma_.lower() in reports:
            verbs.append(clause.head)
        verbs += [c for c in clause.children if c.dep_ in {"ccomp", "parataxis"} and c.lemma_.lower() in reports]
        for verb in verbs:
            found += [s for s in verb.children if s.dep_ == "nsubj"]
        found += [c for c in clause.children if c.dep_ == "prep" and c.lemma_.lower() == "accord"]
    own = head.lemma_.lower()
    # "…, Italian police sources have said" of an act by police: the institution speaks of itself, so its
    # country is the actor's (wide9 26_13ecb-s0)
    return tuple(_extent(s) for s in found
                 if not s.left_edge.i <= head.i <= s.right_edge.i and all(t.lemma_.lower() != own for t in s.subtree))


def outside(ranges: Ranges, start: int) -> bool:
    """True when offset ``start`` lies in none of ``ranges``."""
    return not any(s <= start < e for s, e in ranges)


__all__ = ["Ranges", "outside", "report_verbs", "source_ranges"]
