"""Evidential sources: what a poll, a study, a test or footage shows (issue 14 item 1, round 37).

A finding verb (``show``, ``find``, ``suggest``, ``indicate``, ``reveal``: the ``evidence`` frame of
``lexicon/cues.tsv``) keeps its narrow frames with a person as subject ("he showed the house", "showed
how …" is no finding), but with a body of evidence as its source — a head noun
among the ``source`` rows of ``lexicon/statement_types.tsv`` ("the poll", "tests", "preliminary
investigations", "the footage", "the final numbers"; a noun phrase only for the verbs of the
``evidence_np`` frame, not "find": "a search of the van found a weapon" is a discovery) — what it shows is the statement whatever
the complement's shape: a "that" clause, a bare clause ("the footage shows Horton picking up her
daughter"), or a noun phrase ("tests showed a disk problem", "investigations suggest a new
feature …"). PARC counts such evidential sources; the issue's held-out set found them at recall 0.4.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._cues import CueEntry
from hearsay.extract.statements.types import evidence_source

_NARROW = frozenset({"that", "nopron"})


def evidence_entry(entry: CueEntry, source: Token) -> CueEntry:
    """Return ``entry`` widened for a body-of-evidence ``source``, else ``entry`` unchanged.

    Widened (frame ``evidence``): the ``that`` and ``nopron`` limits lift (``that`` becomes ``bare``:
    a declarative clause with or without "that", never a question clause); ``_contents`` then takes
    no bare clause that stands after the verb's object ("the numbers showed [Klitschko landing
    …]dobj … [thrown]ccomp": a clause after the object is no complement of the finding verb). Frame
    ``evidence_np`` adds ``np``: a noun-phrase object is the content when no clause is found first.
    """
    if "evidence" not in entry.frames or not evidence_source(source):
        return entry
    frames = entry.frames - _NARROW
    if "that" in entry.frames:
        frames |= {"bare"}  # a bare declarative clause too, still no question ("the video showed how many times …")
    if "evidence_np" in entry.frames:
        frames |= {"np"}
    return CueEntry(entry.lemma, entry.pos, entry.kind, frames)


__all__ = ["evidence_entry"]
