"""Mandative bare clauses after a verb of requesting or ordering (issue 14 round 47).

"The court ordered the accused remain in custody", "the President insists that the budget include
funding for the wall", "The centre requested monarch butterflies be given protection": a verb of
the ``mandative`` frame (cues.tsv) with a clause whose verb is in the bare (subjunctive) form, its subject often
parsed as the cue's object, is a request of the cue's source (docs/annotation.md rule 7's mandative
complement). The parser reads the clause two ways, both handled here:

- a complement clause (``ccomp``), with or without "that", whose subject may be the cue's object
  ("ordered [the accused]dobj remain(ccomp)");
- the cue read as an adjective (``amod``) of the clause's subject, keeping its own subject, the
  source ("[The Center]nsubj requested(amod) [butterflies]nsubjpass be given(ROOT) …").

Only a bare form counts: "ordered that the plant closes" (indicative) or "ordered them to leave"
(an infinitive, which the golds leave out for ``order``: rich13 "ordered Lopez to shoot") give no
content here.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a modal other than "should" makes the clause a statement of its own, not a bare mandative
_MANDATIVE_MODALS = frozenset({"should"})


def _base_form(tok: Token) -> bool:
    """True when ``tok`` is a bare verb form: tagged VB or VBP and written as its lemma ("be",
    "remain"; never "remains", "was")."""
    return tok.lower_ == tok.lemma_.lower() and tok.tag_ in {"VB", "VBP"}


def bare_clause(verb: Token) -> bool:
    """True when clause ``verb`` is a mandative bare clause: its first verb form is a bare one
    ("remain", "be given", "not be"), or "should", and it has no "to" (an infinitive) and no
    other modal or tensed auxiliary ("will remain", "was given", "has left")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if any(a.lower_ == "to" for a in auxes):
        return False
    first = auxes[0] if auxes else verb
    if first.tag_ == "MD":
        return first.lower_ in _MANDATIVE_MODALS
    return _base_form(first)


def _span(toks: list[Token]) -> tuple[int, int] | None:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if sum(1 for t in toks if not t.is_punct) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _after(tok: Token, root: Token) -> list[Token]:
    """Return the tokens of ``root``'s subtree after cue ``tok``, cut at the first ";" after the root."""
    out = []
    for t in root.subtree:
        if t.i <= tok.i:
            continue
        if t.i > root.i and t.text == ";":
            break
        out.append(t)
    return out


def _object_subject(tok: Token, verb: Token) -> Token | None:
    """Return the cue's object that ends right before bare clause ``verb`` with no subject of its own."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < verb.i), None)
    if obj is None or obj.right_edge.i + 1 != verb.left_edge.i:
        return None
    return obj


def mandative_clause(tok: Token) -> tuple[tuple[int, int], int] | None:
    """Return the character span of the bare clause cue ``tok`` asks for and the character offset
    of the clause's subject head, else None.

    The span holds the clause's subject (its own, or the cue's object the parser took it for) and
    the clause, without "that", up to a semicolon.
    """
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and bare_clause(c):
            subject = next((g for g in c.children if g.dep_ in _SUBJECTS), None) or _object_subject(tok, c)
            if subject is None:
                continue
            toks = _after(tok, c) + (list(subject.subtree) if subject.head.i == tok.i else [])
            span = _span(toks)
            return (span, subject.idx) if span is not None else None
    if tok.dep_ == "amod":
        verb = amod_clause(tok)
        if verb is not None:
            span = _span(_after(tok, verb))
            return (span, tok.head.idx) if span is not None else None
    return None


def amod_clause(tok: Token) -> Token | None:
    """Return the bare verb whose subject cue ``tok`` was read as an adjective of, else None.

    "[The Center]nsubj requested(amod) monarch [butterflies]nsubjpass be given(ROOT) …": the cue,
    tagged as a finite verb and with a subject of its own before it, modifies the noun after it,
    and that noun is the passive or active subject of a bare verb after it.
    """
    if tok.dep_ != "amod" or tok.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None
    noun = tok.head
    if noun.i < tok.i or noun.dep_ not in _SUBJECTS:
        return None
    verb = noun.head
    if verb.i < noun.i or not bare_clause(verb):
        return None
    return verb


__all__ = ["amod_clause", "bare_clause", "mandative_clause"]
