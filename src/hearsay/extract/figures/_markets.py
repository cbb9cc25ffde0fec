"""Stock-index moves and levels read from the article around them (issue 15, figures round 7).

A market report names its index once ("the Dow Jones Industrial Average has recovered ...") and
then goes on with "it", "the index" or "the market": "After going to down 100, it climbed to 12 up
then three down"; "The capitulation came when we breached 8,000". Those bare numbers are index
points although their own sentence names no index, so the article's first proper index name is the
context, and the number's position in its clause says whether it is a move or a level.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.extract.figures import _scan

# "index", "average", "composite" also name a consumer price index or a batting average: only a proper
# index name ("Dow", "FTSE", "Nikkei", ...) makes the article a market report
_GENERIC = frozenset({"index", "indices", "indexes", "average", "composite"})
_MOVES = frozenset({"up", "down"})
_LEVEL_PREPS = frozenset({"to", "at", "of", "below", "above"})
_LEVEL_VERBS = frozenset({"breach", "cross", "top", "pass", "break", "hit"})  # "we breached 8,000"
# a clause whose subject is one of these (or a pronoun) still speaks of the index named before
_MARKET_NOUNS = frozenset({"index", "market", "stock", "share", "average", "exchange", "bourse"})


def first_index_name(doc: Doc) -> int | None:
    """Return the token index of the article's first proper stock-index name, or None."""
    names = lexicon.words("stock_indices.txt") - _GENERIC
    return next((i for i in _scan.with_lower(doc, names) if doc[i].text[:1].isupper()), None)  # round 8: no loop over every token


def _number(ent: Span) -> Token | None:
    return next((t for t in reversed(ent) if t.like_num or re.fullmatch(r"[-−+]\d[\d,]*(?:\.\d+)?", t.text)), None)


def _market_clause(num: Token) -> bool:
    """True when the clause of ``num`` has no subject, or a pronoun or market noun as its subject."""
    verb = num
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.pos_ == "PRON" or s.lemma_.lower() in _MARKET_NOUNS or s.pos_ == "PROPN" for s in subjects)


def index_move(ent: Span, first: int | None, signed: bool = False) -> str | None:
    """Return "up" or "down" for a bare number written beside that move adverb in a market report.

    "down 100", "to 12 up", "three down": the article named an index at or before the sentence,
    the adverb touches the number and the clause speaks of the market (its subject, if any, is a
    pronoun, a name or a market noun), so the number is a move in index points. ``signed``: the
    number carries its own sign ("to -36"), which is the move.
    """
    num = _number(ent)
    if first is None or num is None or first >= ent.sent.end or not _market_clause(num):
        return None
    if signed:
        return "down" if num.text[:1] in "-−" else "up"
    doc = ent.doc
    for tok in (doc[ent.end] if ent.end < len(doc) else None, doc[ent.start - 1] if ent.start > ent.sent.start else None):
        if tok is not None and tok.lower_ in _MOVES and tok.pos_ in ("ADV", "ADP", "PART") and tok.sent.start == ent.sent.start:
            return tok.lower_
    return None


def context_level(ent: Span, first: int | None) -> bool:
    """True when a bare number of 100 or more is an index level named by an earlier sentence.

    The number reads as a level ("to below 9,000", "closing at 8,579.19", "we breached 8,000"),
    the article named an index before its sentence and the clause speaks of the market.
    """
    num = _number(ent)
    if first is None or num is None or first >= ent.sent.end or not _market_clause(num):
        return False
    text = re.search(r"\d[\d,]*(?:\.\d+)?", num.text)
    if text is None or float(text.group(0).replace(",", "")) < 100:
        return False
    return num.dep_ == "pobj" and num.head.lower_ in _LEVEL_PREPS or (
        num.dep_ == "dobj" and num.head.lemma_.lower() in _LEVEL_VERBS)
