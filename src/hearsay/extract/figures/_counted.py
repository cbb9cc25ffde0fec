"""Figures: the counted noun, the word of the parse a number counts (the head of its quantity label).

:func:`_counted_noun` is the entry point. Split out of ``_labels.py`` in issue 15, figures round 13, when the choice
of the head noun was reworked as one mechanism (the pooled blind label errors of rounds 9-12: "mother of 12", "$100
million worth of crude oil", "789, or about a quarter, of its 3,200 dealers").
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from hearsay import lexicon
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
    """Return the word the figure counts, from the parse: the head the number modifies ("11,000 troops"), the "of"
    noun of a partitive ("thousands of people", "789, or about a quarter, of its 3,200 dealers"), what a "worth" is of
    ("$100 million worth of crude oil"), the noun after an open hedge ("400,000 plus units"), or ``None``."""
    root = ent.root
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        if _in_date(root.head, ent):
            return None
        held = _measure_of(root.head)
        if held is not None:
            return held  # round 13: "$100 million worth of crude oil": the sum is the oil's worth
        if root.head.pos_ == "PROPN" and root.head.ent_type_ == "NORP":
            plural = _plural_after(root.head)
            if plural is not None:
                return plural  # round 13: "26 Somani brigands": a nationality taken for the head of its noun
        kind = _kind_after_name(root.head) if root.head.pos_ == "PROPN" else None
        if kind is not None:
            return kind  # round 14: "28,000 Andy Warhol photographs": a name taken for the head of the plural it qualifies
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
    if not root.like_num:
        return None
    return _mistagged_plural(root) or _detached_partitive(root) or _after_open_hedge(ent) or _apposed_to(root)


def _apposed_to(root: Token) -> Token | None:
    """Return the plural noun a bare count is set beside as an apposition, or ``None`` (round 14).

    "The protesters, 300 in all, were arrested": the count says how many protesters, so it counts them (and takes their
    verb), not the bare "arrested". A singular noun's apposed number is an age or a name ("Nichols, 37,"), left alone.
    """
    head = root.head
    if root.dep_ != "appos" or head.i >= root.i or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    if any(c.dep_ in ("prep", "pobj") for c in root.children if c.lower_ == "of"):
        return None  # "the victims, 12 of them children": a partitive of its own
    if any(c.dep_ == "nummod" for c in head.children) or any(c.dep_ == "conj" and c.like_num for c in root.children):
        return None  # "The two men, 25 and 27,": the noun is counted already, the apposed numbers are each one's age
    return head


# nouns that name only the measure of what their "of" phrase names (round 13): "$100 million worth of crude oil"
# counts no "worth"; the sum is what the oil is worth, so the oil is what the figure measures
_MEASURE_HOLDERS = frozenset({"worth", "value"})


def _measure_of(noun: Token) -> Token | None:
    """Return the "of" noun of a measure-holding noun the number modifies ("$100 million worth of crude oil" -> oil)."""
    if noun.lemma_.lower() not in _MEASURE_HOLDERS and noun.lower_ not in _MEASURE_HOLDERS:
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


def _plural_after(name: Token) -> Token | None:
    """Return the lower-case plural right after a nationality the parser took for the head ("26 Somani brigands")."""
    if name.i + 1 >= len(name.doc):
        return None
    nxt = name.doc[name.i + 1]
    if nxt.is_alpha and nxt.is_lower and nxt.lower_.endswith("s") and (nxt.tag_ in ("NNS", "VBZ")) \
            and nxt.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos") and nxt.lower_ not in ("is", "has", "was", "does"):
        return nxt
    return None


def _kind_after_name(name: Token) -> Token | None:
    """Return the plural common noun a proper name the number hangs on qualifies, or ``None`` (round 14).

    "over 28,000 Andy Warhol photographs": the parser hangs the number on "Warhol", a compound of "photographs"; the
    name says whose photographs, the plural is what is counted. Only a chain of name compounds may stand between, and
    the noun must be a plural after the name ("five Boeing 787 aircraft", "the 747 jumbo" are left as they were).
    """
    tok = name
    for _ in range(4):
        if tok.dep_ != "compound" or tok.head.i <= tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN":
            return tok if tok.tag_ == "NNS" and all(t.pos_ == "PROPN" for t in name.doc[name.i:tok.i]) else None
        if tok.pos_ != "PROPN":
            return None
    return None


def _detached_partitive(root: Token) -> Token | None:
    """Return the "of" noun of a partitive the parser hung elsewhere (round 13): in "wants to eliminate 789, or about
    a quarter, of its 3,200 dealers" the restatement between the count and its "of" made the parser attach "of" to
    the verb; the count is still "of" the dealers. The "of" must follow the number's own phrase (its restatements
    and commas only) and name a plural or counted noun; a bare number with its own "of" is read as before."""
    if root.pos_ != "NUM" or any(c.dep_ == "prep" for c in root.children):
        return None
    doc = root.doc
    i = root.right_edge.i + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or":
        # the restatement the parser may not give the number ("40, or about a tenth, of its 400 stores"): to its comma
        close = next((t.i for t in doc[i + 2:min(len(doc), i + 9)] if t.text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 2:close]):
            return None
        i = close
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "of" or doc[i].dep_ != "prep" or doc[i].head.i == root.i:
        return None
    obj = next((c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or not (obj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in obj.children)):
        return None
    return obj


_OPEN_HEDGES = frozenset({"plus", "+"})


def _after_open_hedge(ent: Span) -> Token | None:
    """Return the plural noun right after "N plus" when the parser left it unattached (round 13): "a 400,000 plus
    units a year blockbuster" (a count inside a noun-phrase modifier) parses "plus" as a conjunction and "units" as
    an object of the clause; the hedge belongs to the number and the noun after it is what is counted."""
    doc = ent.doc
    last = max((t.i for t in ent if t.like_num), default=None)
    if last is None:
        return None
    i = last + 1
    if i >= len(doc) or doc[i].lower_ not in _OPEN_HEDGES:
        return None
    i += 1
    if i < len(doc) and doc[i].tag_ == "NNS" and doc[i].is_alpha:
        return doc[i]
    return None


def _number_is_argument(ent: Span, noun: Token) -> bool:
    """True when the number, not ``noun``, stands in the clause for the count: ``noun`` is the "of" noun of a
    partitive ("six of these aeroplanes", "dozens of protesters", and the detached "789, or about a quarter, of its
    3,200 dealers"), or a
    noun the parser left unattached after "N plus" (round 13), whose own place in the parse is no argument."""
    root = ent.root
    if not (root.like_num or ent.label_ == "CARDINAL"):  # "Dozens of protesters were detained": a vague count too
        return False
    if noun.dep_ == "pobj":
        detached = _detached_partitive(root)
        return noun.head.head.i == root.i or detached is not None and detached.i == noun.i
    after = _after_open_hedge(ent)
    return after is not None and after.i == noun.i and noun.head.i != root.i and root.head.i != noun.i


def _coordinated(noun: Token) -> Token | None:
    """Return the noun coordinated with the counted noun that shares its count (round 13): "12 men and women", "500
    workers and managers": a plural conjunct with no number, determiner or possessor of its own is counted together
    ("Boeing's 787 project manager and vice president" is one person: singular heads are left alone)."""
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i and noun.tag_ == c.tag_ == "NNS" and not any(
                d.dep_ in ("nummod", "det", "poss", "quantmod") or d.like_num for d in c.children):
            cc = next((d for d in noun.children if d.dep_ == "cc" and noun.i < d.i < c.i), None)
            if cc is not None and cc.lower_ in ("and", "or") and all(t.dep_ in ("cc", "amod", "compound") or t.i == cc.i
                                                                     for t in noun.doc[noun.i + 1:c.i]):
                return c
    return None


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


@functools.lru_cache(maxsize=1)
def _kin() -> dict[str, str]:
    """Return relation noun -> whom its "of"-count counts (``lexicon/kin_counts.tsv``: mother -> children)."""
    return {row["word"]: row["counted"] for row in lexicon.load("kin_counts.tsv")}


def _kin_count(ent: Span) -> str | None:
    """Return whom a bare count "of" a relation noun counts (round 13): "the mother of 12", "Brooklyn mom of 12", "a
    father of three" -> children. The count hangs from "of" under the noun and has no noun of its own."""
    root = ent.root
    holder = _kin_holder(root) if root.like_num else None
    if holder is None:
        return None
    return _kin().get(holder.lower_) or _kin().get(holder.lemma_.lower())


def _kin_holder(num: Token) -> Token | None:
    """Return the relation noun whose "of"-count ``num`` is, or ``None``: "the mother of 12" (round 13) and the
    hyphenated compound "mother-of-two" / "father - of - three" (round 14), however the parser attached its parts."""
    doc = num.doc
    if num.dep_ == "pobj" and num.head.lower_ == "of" and not any(c.dep_ == "prep" for c in num.children):
        holder = num.head.head
    elif num.i >= 4 and doc[num.i - 1].text == "-" and doc[num.i - 2].lower_ == "of" and doc[num.i - 3].text == "-":
        holder = doc[num.i - 4]  # "A father-of-three from Leeds": the parser may hang "three" elsewhere
    else:
        return None
    if holder.pos_ != "NOUN" or not (holder.lower_ in _kin() or holder.lemma_.lower() in _kin()):
        return None
    return holder
