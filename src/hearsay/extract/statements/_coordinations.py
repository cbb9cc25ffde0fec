"""Joint sources the parser splits: the whole coordination is the speaker (issue 14 round 48).

The dev golds of every source name a joint source by the whole coordination ("New Orleans and
Jefferson Parish officials", "Center for Biological Diversity and Center for Food Safety",
"opposition parties (PML-N and PTI)"; ``docs/annotation.md`` rule 3). ``_joint_speakers._joint`` reads a
coordination the parser builds on the source itself; the shapes here are the ones it builds
elsewhere, each returned as the first and last token of the whole coordination:

- **a name and a plural noun its own names modify**: "New Orleans and Jefferson Parish officials
  have said": the parser makes the plural the name's conjunct or a second ``nsubj`` of the verb
  (the first with the "and" and no conjunct), and ``_joint`` joins names only;
- **a conjunct inside the first name**: "The Center for Biological Diversity and Center for Food
  Safety requested": the second name, with the same head word, hangs as a conjunct on the last
  word of the first name's complement;
- **a plural noun and the names it lists**: "The opposition parties, PML-N (…) and PTI (…) are
  asking": the plural noun's apposition begins a coordination of names.

Each member keeps its own mention; the group is a per-article entity named by the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _and(tok: Token) -> Token | None:
    """The "and" (``cc``) among ``tok``'s children, else None."""
    return next((c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and"), None)


def _name_and_plural(tok: Token) -> tuple[Token, Token] | None:
    """Return (first, last) of "New Orleans and Jefferson Parish officials": a name, "and", and a
    plural common noun its own names modify (no lexicon check: the parse shape is the evidence), read by the parser either as the name's conjunct
    or as a second subject of the verb; both members are the source. The plural noun's phrase
    begins right after the "and"."""
    if tok.dep_ not in _SUBJECTS:
        return None
    subjects = sorted((c for c in tok.head.children if c.dep_ in _SUBJECTS), key=lambda t: t.i)
    first = subjects[0] if len(subjects) == 2 else tok
    cc = _and(first)
    if first.pos_ != "PROPN" or cc is None:
        return None
    conj = [c for c in first.children if c.dep_ == "conj"]
    if len(subjects) == 2 and not conj and first.right_edge.i == cc.i:
        last = subjects[1]  # the parser's two subjects
    elif len(conj) == 1:
        last = conj[0]
    else:
        return None
    if last.tag_ != "NNS" or last.left_edge.i != cc.i + 1:
        return None
    if not any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < last.i for c in last.children):
        return None  # "Obama and aides": no names of the plural's own
    return first, last


def _conjunct_inside_name(tok: Token) -> tuple[Token, Token] | None:
    """Return (tok, last) when a second name of the same kind hangs as a conjunct on the last word
    of ``tok``'s complement ("Center for Biological Diversity and Center for Food Safety":
    "Center" the conjunct of "Diversity"): a conjunct with the same head word as ``tok`` and a
    complement of its own is a second body, not a word of the first one's name ("Department of
    Health and Human Services" stays one name)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAMES or not any(c.dep_ == "prep" for c in tok.children):
        return None
    for word in tok.subtree:
        if word.i <= tok.i or _and(word) is None:
            continue
        conj = [c for c in word.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.lower_ == tok.lower_
                and any(p.dep_ == "prep" for p in c.children)]
        if len(conj) == 1:
            return tok, conj[0]
    return None


def _listed_members(tok: Token) -> tuple[Token, Token] | None:
    """Return (tok, last) when the plural noun ``tok`` is apposed to a coordination of names
    ("The opposition parties, PML-N (…) and PTI (…)"): the plural noun names the group, the
    names are its members; the span runs to the last member's phrase."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
        return None
    appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not appos:
        return None
    for head in (tok, appos[0]):  # the parser hangs the other names on the noun or on the first name
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > appos[0].i]
        if conj and _and(head) is not None:
            return tok, conj[-1]
    return None


def split_coordination(tok: Token) -> tuple[Token, Token] | None:
    """Return the first and the last token of the whole coordination the source ``tok`` is one
    member of, in a shape the parser did not build as ``tok``'s own conjunct, else None."""
    return _name_and_plural(tok) or _conjunct_inside_name(tok) or _listed_members(tok)


def coordination_span(first: Token, last: Token) -> tuple[int, int]:
    """Return the character span from ``first``'s phrase (without a leading article) to the end
    of ``last``'s phrase, a bracket the last member opened closed with it."""
    doc = first.doc
    left = first.left_edge
    start = doc[left.i + 1] if left.lower_ in {"the", "a", "an"} and left.i < first.i else left
    end = last.right_edge
    words = doc[start.i:end.i + 1]
    if sum(t.text == "(" for t in words) > sum(t.text == ")" for t in words) \
            and end.i + 1 < len(doc) and doc[end.i + 1].text == ")":
        end = doc[end.i + 1]
    return start.idx, end.idx + len(end)


def group_type(first: Token, last: Token) -> str:
    """"ORG" for a group of named bodies and places, "PERSON" when any member is a person or the
    coordination ends in a common noun ("Jefferson Parish officials"): a person's name holds no "and", so such
    a group is never a key across articles (``ledger.names.clean_name``)."""
    words = first.doc[first.left_edge.i:last.right_edge.i + 1]
    if any(t.ent_type_ == "PERSON" for t in words) or last.pos_ == "NOUN":
        return "PERSON"
    return "ORG"


__all__ = ["coordination_span", "group_type", "split_coordination"]
