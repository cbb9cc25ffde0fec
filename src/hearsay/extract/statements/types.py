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


def _evidence_source(tok: Token | None) -> bool:
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.lemma_.lower() in _evidence_sources() or tok.lower_ in _evidence_sources():
        return True
    # "a BBC poll", "the Pew survey data": a compound whose head is the source noun was seen;
    # the noun itself heading a compound ("poll results") counts too
    return any(c.dep_ == "compound" and c.lemma_.lower() in _evidence_sources() for c in tok.children)


def statement_type(cand: Candidate | None) -> StatementType:
    """Return the type of the statement found through candidate ``cand`` (None: no cue of its own)."""
    if cand is None:
        return "assertion"
    kind: StatementType = "assertion"
    if cand.entry is not None:
        table = _table()
        entry = cand.entry
        kind = table.get((entry.lemma, entry.pos, cand.rule), table.get((entry.lemma, entry.pos, "*"), "assertion"))
    if kind in {"assertion", "belief"} and _evidence_source(cand.source):
        return "evidence"
    return kind


__all__ = ["statement_type"]
