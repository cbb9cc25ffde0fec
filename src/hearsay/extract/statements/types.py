"""What a statement is: assertion, belief, intention, evidence or request (issue 14).

Decided by the cue and the structure around it, through ``lexicon/statement_types.tsv``:

- the cue's row (lemma, part of speech, and the frame its content came from, ``*`` for any);
  a cue with no row is an assertion;
- an assertion or belief whose source is a body of evidence (the table's ``source`` rows: "the
  poll", "the data", "a study", "a report") is *evidence*: "the study says …" reports what the
  study shows, not what someone asserts; a press statement, release or letter stays its
  organisation's assertion;
- "according to X" and statements without a cue of their own (a continuation paragraph, a
  speaker label) are assertions, evidence when X is such a source.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.errors import ConfigError
from hearsay.extract.statements._attribution import Candidate
from hearsay.model import STATEMENT_TYPES, StatementType


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str, str], StatementType]:
    out: dict[tuple[str, str, str], StatementType] = {}
    for row in lexicon.load("statement_types.tsv"):
        kind = row["type"]
        if kind not in STATEMENT_TYPES:
            raise ConfigError(f"statement_types.tsv:{row.line}: unknown type {kind!r}")
        out[(row["lemma"], row["pos"], row["frame"])] = kind
    return out


@functools.lru_cache(maxsize=1)
def _evidence_sources() -> frozenset[str]:
    # not every document: a press statement, release or letter is its organisation's assertion
    return frozenset(lemma for (lemma, pos, _), _t in _table().items() if pos == "source")


def evidence_source(tok: Token | None) -> bool:
    """True when ``tok`` heads a body of evidence: a ``source`` noun of statement_types.tsv, or a compound with one."""
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.pos_ == "PROPN" and tok.ent_type_ in {"ORG", "PERSON"}:
        return False  # "the US Geological Survey put …": a body named as such asserts; it is no survey (round 37)
    if tok.lemma_.lower() in _evidence_sources() or tok.lower_ in _evidence_sources():
        return True
    # "a BBC poll", "the Pew survey data": a compound whose head is the source noun was seen;
    # the noun itself heading a compound ("poll results") counts too
    return any(c.dep_ == "compound" and c.lemma_.lower() in _evidence_sources() for c in tok.children)


def _announced_act(cand: Candidate) -> StatementType | None:
    """Return the type an announced noun gives its statement ("announced plans to pull out": an
    intention), else None.

    A verb of saying or writing whose noun-phrase object is the content reports what that noun
    names: a plan, decision or promise of the source's own is an intention, a demand or request a
    request, as the noun is when it is the cue itself ("their plan to …"; statement_types.tsv).
    Verbs of position are left out: "criticised the decision to close" judges someone's act, it
    announces none (issue 14 round 31, statements-rich16 wn2019-016).
    """
    entry = cand.entry
    if entry is None or cand.rule != "np" or entry.kind not in {"speech", "writing"} or cand.content is None:
        return None
    table = _table()
    for obj in cand.cue_token.children:
        if obj.dep_ == "dobj" and obj.idx >= cand.content[0] and obj.idx < cand.content[1]:
            kind = table.get((obj.lemma_.lower(), "noun", "*"))
            if kind in {"intention", "request"}:
                return kind
    return None


@functools.lru_cache(maxsize=1)
def intention_lemmas() -> frozenset[str]:
    """Return the verb lemmas the table types intention in any frame ("plan", "intend", "promise")."""
    return frozenset(lemma for (lemma, pos, _), kind in _table().items() if pos == "verb" and kind == "intention")


def statement_type(cand: Candidate | None) -> StatementType:
    """Return the type of the statement found through candidate ``cand`` (None: no cue of its own)."""
    if cand is None:
        return "assertion"
    kind: StatementType = "assertion"
    if cand.entry is not None:
        table = _table()
        entry = cand.entry
        kind = table.get((entry.lemma, entry.pos, cand.rule), table.get((entry.lemma, entry.pos, "*"), "assertion"))
        if kind == "assertion":
            kind = _announced_act(cand) or kind
    if kind in {"assertion", "belief"} and evidence_source(cand.source):
        return "evidence"
    return kind


__all__ = ["evidence_source", "intention_lemmas", "statement_type"]
