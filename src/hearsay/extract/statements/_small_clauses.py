"""Small clauses of judging verbs: "rules X unlawful", "considers X a symbol", "found X to be Y"
(issue 14 round 44).

A verb of judging or naming (``consider``, ``deem``, ``rule``, ``declare``, ``call``, ``brand`` …: the
``small`` frame of ``lexicon/cues.tsv``) states a view of its object through a predicate that has no
finite verb of its own: "The court rules prorogation of parliament unlawful", "they consider the
date to be a symbol of their rights", "Imran calls this a redundant activity", "calling the
situation ugly". The view is the statement and its content runs from the object to the end of the
predicate. The parser gives the predicate four shapes, all read here:

- a clausal complement with its own subject and no finite verb ("considered [the deal]nsubj
  [acceptable]ccomp", "found [the prorogation]nsubj [to be unlawful]ccomp");
- an object and its predicate (``oprd``: "deemed the offer inadequate", "calls this a … activity");
- an object and a second noun phrase the parser left as a second object or a bare-noun adverbial
  ("considering the system a kind of racial court", "branded the plan a disgrace");
- an object and an adjective hung on the verb right after it ("rules prorogation of parliament
  unlawful").

``small_to`` (``find``) takes the infinitival shape only: "found the prorogation to be unlawful"
reports a finding, while "a jury found Gigante guilty" is a verdict the golds do not annotate and
"police found the man dead" a discovery. A proper name as the predicate is a name given, not a
view ("called the dog Rex"), a personal pronoun as the object is a person called names ("called me
a poor lost lamb", LitBank), and a quoted predicate is left to the fragment frame ("called it
“a textbook case”").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PREDICATE_POS = frozenset({"NOUN", "ADJ", "NUM"})


def _span(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or any(t.is_quote and t.tag_ != "POS" for t in toks):
        return None  # a quoted predicate is the fragment frame's ("called it “a textbook case”")
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _infinitival(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" and a.i < clause.i for a in clause.children)


def _clausal(tok: Token, to_only: bool) -> tuple[int, int] | None:
    """The complement with a subject and no finite verb ("considered the deal acceptable")."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.i < tok.i or c.tag_ in _FINITE:
            continue
        subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.i < c.i), None)
        if subj is None or subj.left_edge.i != tok.i + 1 or subj.tag_ in {"WDT", "WP"}:
            continue
        if any(a.dep_ in {"aux", "auxpass"} and a.tag_ in _FINITE for a in c.children):
            continue  # "found it could rule …": a finite clause, the clause frames' business
        if any(m.dep_ == "mark" for m in c.children):
            continue
        infinitive = _infinitival(c)
        if to_only and not infinitive:
            continue
        if not infinitive and c.pos_ not in _PREDICATE_POS and c.tag_ != "VB":
            continue  # "considers it madness": the tagger's VB for a bare noun predicate is kept
        return _span(tok.doc, subj.left_edge.i, c.right_edge.i)
    return None


def _closes_clause(adj: Token) -> bool:
    """True when adjective ``adj`` ends its sentence or line: a predicate the parser hung on the verb
    ("rules prorogation of parliament unlawful"), not a manner adverbial read as an adjective
    ("calling her name loud and clear for years")."""
    doc, end = adj.doc, adj.right_edge.i + 1
    return end >= adj.sent.end or doc[end].is_punct or doc[end].is_space


def _predicate(tok: Token, obj: Token) -> Token | None:
    """The predicate of object ``obj`` hung on verb ``tok`` right after the object, else None."""
    nxt = obj.right_edge.i + 1
    for c in tok.children:
        if c.i != nxt and c.left_edge.i != nxt:
            continue
        if c.dep_ == "oprd" or (c.dep_ in {"dobj", "npadvmod"} and c.pos_ == "NOUN"):
            return c
        if c.dep_ in {"advmod", "acomp", "amod"} and c.pos_ == "ADJ" and c.i == nxt and _closes_clause(c):
            return c  # "rules prorogation of parliament unlawful" (the headline's adjective on the verb)
    return None


def small_clause(tok: Token, to_only: bool = False) -> tuple[int, int] | None:
    """Return the character span "<object> (to be) <predicate>" of judging verb ``tok``, else None.

    Args:
        tok: a cue of the ``small`` or ``small_to`` frame.
        to_only: take only the infinitival shape ("found X to be Y").
    Returns:
        The span from the object's first token to the predicate's last, or None when the verb has
        no small clause (a plain object, a finite clause, a proper-name or quoted predicate).
    """
    clausal = _clausal(tok, to_only)
    if clausal is not None or to_only:
        return clausal
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.left_edge.i != tok.i + 1:
        return None
    if obj.tag_ == "PRP" and obj.lower_ != "it":
        return None  # "called me a poor lost lamb", "called themselves sovereigns": calling names, a person addressed
    pred = _predicate(tok, obj)
    if pred is None or pred.pos_ == "PROPN" or pred.ent_type_ in {"PERSON", "ORG", "GPE", "DATE", "TIME"}:
        return None  # "called the dog Rex": a name given
    if pred.pos_ not in _PREDICATE_POS and pred.tag_ != "VB":
        return None
    return _span(tok.doc, obj.left_edge.i, pred.right_edge.i)


__all__ = ["small_clause"]
