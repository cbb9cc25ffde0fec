"""Figures: the counted noun, the word of the parse a number counts (the head of its quantity label).

:func:`_counted_noun` is the entry point. Split out of ``_labels.py`` in issue 15, figures round 13, when the choice
of the head noun was reworked as one mechanism (the pooled blind label errors of rounds 9-12: "mother of 12", "$100
million worth of crude oil", "789, or about a quarter, of its 3,200 dealers").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from hearsay.extract.figures._exclusions import _in_date


# hedge words the parser may take for a preposition heading the count: "selling over 7,500,000 units" parses
# "units" as the object of "over", so the verb that makes the count ("sold") would not see it as its object
_HEDGE_PREPOSITIONS = frozenset({"over", "around", "about", "nearly", "almost", "approximately", "roughly", "some"})


def _through_hedge(tok: Token) -> Token:
    """Return the hedge preposition in place of ``tok`` when ``tok`` is its object and the number follows the hedge
    at once ("sold over 7,500,000 units", "destroyed around 300 homes"; round 12), else ``tok``: the hedge is part
    of the figure, not a phrase of the verb, so the count stands in the hedge's place as the verb's object."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _HEDGE_PREPOSITIONS or prep.i + 1 >= len(tok.doc):
        return tok
    return prep if tok.doc[prep.i + 1].like_num and prep.i < tok.i else tok


def _counted_noun(ent: Span) -> Token | None:
    root = ent.root
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        if _in_date(root.head, ent):
            return None
        if root.head.pos_ == "PROPN":  # "six new A350 XWB (Extra Wide Body) aircraft": the bracket splits the name from its noun
            kind = next((c for c in root.head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.head.i
                         and root.doc[root.head.i + 1].text == "(" and root.doc[c.i - 1].text == ")"), None)
            if kind is not None:
                return kind
        return root.head
    head = root.head
    if root.like_num and head.dep_ == "amod" and root.i == head.i - 1 and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # "149 confirmed orders" with the number hung on "confirmed"
    if root.like_num and head.pos_ == "NOUN" and root.i < head.i <= root.i + 3 and root.dep_ not in ("pobj", "appos") and all(
            t.dep_ in ("amod", "compound") and t.head.i == head.i for t in root.doc[root.i + 1:head.i]):
        return head  # "149 confirmed orders" parsed with the number as the subject of its own noun
    # "25,000 to 30,000 positions", "seven AK-47 rifles": the number hangs from another number
    if root.dep_ in ("quantmod", "compound", "nummod") and head.pos_ == "NUM" and head.i > root.i and head.dep_ == "nummod" \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        return head.head
    if root.dep_ == "prep" and root.lower_ in _HEDGE_PREPOSITIONS and ent.start == root.i:
        # round 12: "over 7,500,000 units" drawn with the hedge as its root: the hedge's object is the counted noun
        obj = next((c for c in root.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.i >= ent.end - 1), None)
        if obj is not None and _through_hedge(obj).i == root.i:
            return obj
    for child in root.children:  # "thousands of people", "1,000 of them"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
                if obj.dep_ == "pobj" and obj.like_num and _mistagged_plural(obj) is not None:
                    return _mistagged_plural(obj)  # "completed 29 of 34 passes"
    return _mistagged_plural(root) if root.like_num else None


def _mistagged_plural(num: Token) -> Token | None:
    """Return the word after ``num`` when the tagger took a plural noun for a verb: "29 of 34 passes for
    364 yards" parses "passes" as VBZ, yet a verb is never a clause's object and never follows a bare
    number as its own argument."""
    doc = num.doc
    if num.i + 1 >= len(doc):
        return None
    nxt = doc[num.i + 1]
    if nxt.tag_ == "VBZ" and nxt.dep_ in ("dobj", "pobj") and nxt.lower_.endswith("s") and nxt.lower_ not in ("is", "has", "was", "does"):
        return nxt
    return None
