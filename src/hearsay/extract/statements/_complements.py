"""Complements the parser hangs on a cue as an adverbial clause (issue 14 round 36).

An object-control infinitive ("advised residents of her city to make plans", "told reporters to
leave") is often parsed as a purpose clause (``advcl``) of the cue rather than its ``xcomp``; after
a cue of the ``inf`` frame whose object is a person or body, an infinitive right after the object,
with no subject or marker of its own, is what the source asks the object to do.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._sources import _agent, _people_nouns

_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def _addressee(obj: Token) -> bool:
    """True when object ``obj`` names people or a body ("residents", "the government", "them")."""
    if obj.lower_ in _OBJECT_PRONOUNS:
        return True
    return obj.pos_ in {"NOUN", "PROPN"} and (_agent(obj) or obj.ent_type_ in {"NORP", "GPE"} or obj.lemma_.lower() in _people_nouns())


def object_control(tok: Token) -> tuple[int, int] | None:
    """Return the character span "<object> to <verb> …" of a cue with an addressee object and an
    infinitive the parser made an adverbial clause, else None.

    The infinitive's "to" must directly follow the object phrase (a purpose clause after other
    words, "called the meeting on Friday to discuss", is left alone), the object must name people
    or a body (never "called the meeting to discuss"), and the clause has no subject or marker of
    its own ("in order to", "for X to").
    """
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or not _addressee(obj):
        return None
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "advcl" or c.i <= obj.i or c.pos_ not in {"VERB", "AUX"}:
            continue
        to = c.left_edge
        if to.lower_ != "to" or to.dep_ != "aux" or to.i != obj.right_edge.i + 1:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children):
            continue
        end = c.right_edge.i
        while end > c.i and doc[end].is_punct:
            end -= 1
        start = obj.i + 1 if obj.pos_ == "PRON" else obj.left_edge.i
        if start > to.i:
            start = to.i
        return doc[start].idx, doc[end].idx + len(doc[end])
    return None


_ADVERBIAL_MARKS = frozenset({
    "before", "after", "when", "while", "since", "until", "once", "if", "unless", "because", "although", "though", "whereas",
})


def fronted_adverbial(tok: Token, comp: Token) -> bool:
    """True when ``comp``, a "complement" of cue ``tok`` before it, is a fronted adverbial clause
    ("On June 12, minutes before the Oversight Committee voted …, Trump formally claimed the
    documents were …": the parser made "voted" a ``ccomp`` of "claimed"; statements-wn2019
    wn2019-074) and the cue has a complement after it, which is what was said."""
    if comp.i > tok.i or not any(m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS for m in comp.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


__all__ = ["fronted_adverbial", "object_control"]
