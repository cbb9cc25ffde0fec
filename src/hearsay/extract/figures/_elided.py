"""Figures: the label of a bare count whose counted noun is elided (issue 15, figures round 20).

A number may head its own noun phrase when the noun it counts is understood ("Hundreds dead", "58th victory, 51 by
KO", "we're now pouring around ten a night"): English noun-phrase ellipsis after a numeral. The pooled label errors of
the blind first runs (rounds 14-20) and of the figures dev sets (docs/EVALUATION.md, round 20) show these bare counts
left with no label at all; the phrase the number heads still says what is counted, in one of three ways the parse
shows directly:

- a casualty adjective that modifies the number itself names the toll ("Hundreds dead", "Two injured"), as
  ``lexicon/quantities.tsv`` names it for a noun ("30 dead people");
- a common noun the number stands in apposition to is what it counts, when words follow the number
  ("his 58th victory, 51 by KO"; "a gang member, 20," is an age);
- an event verb the number is the direct object of names it, as for a generic noun ("sold 500 units" -> sold): the
  guide's rule 2 (README "Quantity label"), the event is the label when the noun says nothing; light, stative,
  comparing and saying verbs add nothing and give no label.

Each reading is only tried when the number has no noun and no unit and nothing else labelled it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from spacy.tokens import Span, Token

# modifiers that carry a predicate on the number itself: "Hundreds dead" (amod), "Two missing" (acl)
_PREDICATE_DEPS = frozenset({"amod", "acl", "acomp", "oprd"})


def casualty_of_number(ent: Span, vocab: Mapping[str, str], casualty: Collection[str]) -> str | None:
    """Return the casualty label of an adjective that modifies the bare number ("Hundreds dead" -> killed), else None."""
    root = ent.root
    for child in root.children:
        if child.dep_ in _PREDICATE_DEPS and child.i >= ent.end and child.pos_ in ("ADJ", "VERB"):
            label = vocab.get(child.lemma_.lower()) or vocab.get(child.lower_)
            if label in casualty:
                return label
    return None


def apposed_noun(ent: Span, not_measured: Collection[str], label_of: Callable[[Token], str]) -> str | None:
    """Return the common noun a bare number is in apposition to ("his 58th victory, 51 by KO" -> victory), else None."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN" or not head.is_alpha \
            or head.lemma_.lower() in not_measured:
        return None
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].is_punct:
        return None  # "a gang member, 20,": a bare number in apposition with nothing after it is an age or a value
    if ent.start >= 2 and doc[ent.start - 1].is_punct and doc[ent.start - 2].pos_ == "PROPN":
        return None  # "Andrew Lopez, 20 was found guilty": a number after "Name," is an age (the guide's "Nichols, 37")
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return None  # "in May, 12" or "the price, $20": a date or amount is no counted thing
    return label_of(head)


def object_event(ent: Span, verb: Token | None, no_event: Collection[str], participle: Callable[[Token], str]) -> str | None:
    """Return the participle of the event verb whose direct object the bare number is ("pouring around ten" -> poured)."""
    root = ent.root
    if verb is None or verb.pos_ != "VERB" or root.dep_ != "dobj" or root.head.i != verb.i:
        return None
    if verb.lemma_.lower() in no_event:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "bought six of them": a partitive names its own noun (handled by the counted-noun rules)
    return participle(verb)
