"""Figures: whose share, size or value an amount states when the clause verb is no part of it (issue 15, round 18).

Round 17's Left/next: the quantity-label mechanism most frequent across the figures dev sets is the clause verb
named instead of what a share, size or value belongs to ("Wal-Mart at 15 percent" -> held, "described as 6 feet
tall" -> described, "the SGD1.75-billion Terminal 3" -> opened, "having boosted from $5.8 billion" -> boosted with
no subject). Each function here reads one parse relation that names the owner instead; each returns ``None`` when
the relation is absent, so :mod:`._labels` falls back to what it did before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# a length that modifies a dimension adjective measures that dimension ("6 feet tall" is a height)
_DIMENSIONS = {"tall": "height", "high": "height", "long": "length", "wide": "width", "broad": "width",
               "deep": "depth", "thick": "thickness"}
# names whose percentage "at" is no share: places and times ("in London at 5 percent", "in May at 3 percent")
_NO_SHARE_TYPES = {"GPE", "LOC", "FAC", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
# prepositions of the absolute construction that puts a name beside its level ("with Wal-Mart at 15 percent",
# "followed by Best Buy at 13 percent")
_BESIDE = {"with", "by"}


_WEIGHTS = {"lb", "kg", "t", "ton", "g"}


def weight(unit_tok: Token, unit: str) -> str | None:
    """Return "weight" for a weight unit a verb of weighing takes ("weighing approximately 200 pounds", "weighs 90 kg");
    ``None`` otherwise (round 18: main found no label)."""
    if unit in _WEIGHTS and unit_tok.head.lemma_.lower() == "weigh" and unit_tok.dep_ in ("dobj", "npadvmod", "attr"):
        return "weight"
    return None


def dimension(unit_tok: Token) -> str | None:
    """Return the dimension a length measures when it modifies a dimension adjective ("a 6 - feet tall" -> height,
    "10 metres long" -> length); ``None`` otherwise.

    The parse makes the length an ``npadvmod`` of the adjective; main read the clause verb instead ("Described as a
    6 - feet tall" -> described). The adjective, not the verb, names what is measured (guide, rule 1).
    """
    head = unit_tok.head
    # the tagger calls "long" an adverb now and then ("a wall 24 metres long", the same parse otherwise): the
    # dimension word the length modifies decides, whichever of the two tags it got (a CI property drew n = 24)
    if unit_tok.dep_ != "npadvmod" or head.pos_ not in ("ADJ", "ADV") or head.i <= unit_tok.i:
        return None
    return _DIMENSIONS.get(head.lower_)


def _name_text(name: Token) -> str:
    """Return a name as written: its entity's words, or its coordination ("Amazon.com and Target")."""
    doc = name.doc
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    ents = [e for e in doc.ents if e.start <= first.i < e.end]
    if ents:
        start = ents[0].start
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == first.i:
        start -= 1
    end = name.i + 1
    ends = [e for e in doc.ents if e.start <= name.i < e.end]
    if ends:
        end = max(end, ends[0].end)
    return doc[start:end].text


def share_at(ent: Span, not_measured: set[str] | frozenset[str]) -> str | None:
    """Return whose level a percentage "at" states when a name or noun stands right before the "at": "with Wal-Mart
    at 15 percent" -> Wal-Mart share, "followed by Best Buy at 13 percent" -> Best Buy share, "Amazon.com and Target
    at 6 percent each" -> Amazon.com and Target share, "with unemployment at 5 percent" -> unemployment; ``None``
    otherwise.

    The "X at N percent" phrase is a small clause of a nominal and its level; the parse hangs the "at" on the clause
    verb, and main named that verb ("held", "followed"). A name's percentage is its share (of the market, the vote);
    a common noun's is its own level. The noun must be a nominal the clause puts beside its level: the object of
    "with" or "by", a copula's attribute or subject, or a conjunct of one; a verb's direct object is round 17's
    :func:`._labels._object_level`. Places and dates are no owners ("in London at 5 percent").
    """
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or not ent.start - 3 <= prep.i < ent.start or prep.i == 0:
        return None
    name = ent.doc[prep.i - 1]
    if name.pos_ not in ("PROPN", "NOUN") or name.ent_type_ in _NO_SHARE_TYPES or name.like_num:
        return None
    base = name
    while base.dep_ in ("conj", "compound") and base.head.i != base.i and base.head.i <= name.i:
        base = base.head  # "Amazon.com and Target", "Wal - Mart" tagged as a chain
    if not (base.dep_ == "pobj" and base.head.lower_ in _BESIDE or base.dep_ in ("attr", "nsubj")):
        return None
    if name.pos_ == "NOUN":
        if name.lemma_.lower() in not_measured or name.tag_ not in ("NN", "NNS"):
            return None
        return name.lower_
    return f"{_name_text(name)} share"


def named_value(ent: Span, head: Token) -> str | None:
    """Return the value of a named thing a sum of money modifies: "the SGD1.75-billion Terminal 3" -> Terminal 3
    value; ``None`` otherwise.

    A sum before a name is what the named thing cost or is worth, as before a common noun ("a $60,000 fine"); main
    read only common nouns there and fell back to the clause verb ("will open" -> opened). The parse may hang the
    sum on the name's last word, a number ("Terminal 3"), with the name's proper nouns as its compounds.
    """
    if head.i < ent.end or head.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY"):
        return None
    propn = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= ent.end]
    if head.pos_ == "PROPN":
        start = min([c.i for c in propn] + [head.i])
    elif head.pos_ == "NUM" and propn and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        start = min(c.i for c in propn)
    else:
        return None
    if start != ent.end and not all(t.is_punct or t.dep_ == "compound" for t in ent.doc[ent.end:start]):
        return None
    return f"{ent.doc[start:head.i + 1].text} value"


def controlled_subject(verb: Token) -> Token | None:
    """Return the subject a participial clause of change shares with its main clause: "revenue made up $7.1 billion,
    having boosted from $5.8 billion" -> revenue; ``None`` when the clause has its own subject or is no such clause.

    A participial adverbial clause has no subject of its own; its understood subject is the main clause's
    (subject control). Main found no subject and named the participle alone ("boosted").
    """
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    main = verb.head
    return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
