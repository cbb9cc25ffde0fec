"""Figures: the quantity label from the parse: the counted noun, the verb or qualifier kept, what is measured.

:func:`_quantity` is the entry point. Split out of ``amounts.py`` (issue 15, figures round 10).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.figures._numbers import CURRENCY_WORDS, _TIME_UNITS
from hearsay.extract.figures._reading import _BODY_MOVES, _unit_nouns
from hearsay.extract.figures._exclusions import _in_date
from hearsay.extract.figures._owners import controlled_subject, dimension, named_value, share_at, weight
from hearsay.extract.figures._elided import apposed_noun, casualty_of_number, object_event
from hearsay.extract.figures._counted import _coordinated, _kin_count, _number_is_argument, _through_hedge


_QUOTE_VERBS = {"say", "tell", "report", "state", "claim", "announce", "add", "note"}


@functools.lru_cache(maxsize=1)
def quantity_vocabulary() -> dict[str, str]:
    """Return the counted word -> normalised quantity table (``lexicon/quantities.tsv``)."""
    table = {}
    for row in lexicon.load("quantities.tsv"):
        table[row["word"]] = row["quantity"]
    return table


_CHANGE = re.compile(r"\b(?:increas|decreas|ris|rose|raise|cut|fell|fall|grow|grew|drop|declin|climb|reduc|jump|soar|boost|lift|lower|"
                     r"shrank|shrink|expand|slash|trim|doubl|tripl|halv|chang|move|went|go(?:ne|es)?\b)\w*(?:\s+\w+){0,3}\s+$",
                     re.IGNORECASE)
_IRREGULAR_PARTICIPLES = {"sent", "cut", "built", "held", "made", "sold", "bought", "hit", "lost", "put", "set", "kept", "left",
                          "brought", "taken", "given", "seen", "shot", "spent", "paid", "won", "laid", "hired", "shown", "drawn",
                          "grown", "flown", "thrown", "withdrawn", "stolen", "chosen", "frozen", "struck", "fought", "caught"}


def quantity_key(quantity: str) -> str:
    """Return the series key of a quantity label: what is counted, as a class, without the verb.

    Labels keep the article's words ("troops deployed", "workers", "air defense systems
    provided"); figures are compared across articles on the class ``lexicon/quantities.tsv`` gives
    the counted noun ("troops", "personnel", "weapons and equipment"), so "11,000 troops sent"
    and "12,000 troops" fall in one series while "killed" and "wounded" stay apart.
    """
    vocab = quantity_vocabulary()
    words = quantity.lower().split()
    if len(words) > 1 and vocab.get(words[-1]) in _CASUALTY:
        return vocab[words[-1]]  # "soldiers killed": what happened to them is the quantity
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in _IRREGULAR_PARTICIPLES):
        words = words[:-1]  # the verb the label keeps
    if not words:
        return quantity.lower().strip()
    head = words[-1]
    for form in (head, head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head,
                 head[:-3] + "y" if head.endswith("ies") else head):
        if form in vocab:
            return vocab[form]
    return " ".join(words)


# normalised labels that name what happened to people (a verb or its noun: "deaths" -> killed)
_CASUALTY = {"killed", "wounded", "casualties", "missing", "captured", "arrested", "displaced", "evacuated"}
# counted nouns that say nothing of their own: the verb names the quantity ("30 people were killed")
_GENERIC = {"people", "person", "persons", "individuals", "others", "them", "those", "civilians and soldiers"}
# generic nouns of people: as the subject of an act, the act names them ("three men emptied the store")
_GENERIC_AGENTS = {"man", "woman", "men", "women", "people", "person", "individual"}
# verbs too light to qualify a count ("500 workers are", "had 12 contracts", "said 20 people")
_LIGHT_VERBS = {"be", "have", "say", "tell", "include", "reach", "total", "number", "make", "take", "get", "become",
                "remain", "see", "show", "report", "estimate", "put", "give", "find", "do"} | _QUOTE_VERBS
# verbs that state a stock, not an event: "the plant employs 1,200 workers" counts workers
_STATIVE_VERBS = {"employ", "own", "contain", "house", "comprise", "feature", "involve", "host", "hold", "operate", "use",
                  "serve", "count", "need", "require", "cover", "span", "attract", "draw", "boast", "list"}


@functools.lru_cache(maxsize=1)
def _unrealised() -> frozenset[str]:
    """Modifiers saying an act was tried or stopped, not done (``lexicon/unrealised_modifiers.txt``: "attempted")."""
    return lexicon.words("unrealised_modifiers.txt")


def _noun_label(noun: Token) -> str:
    """Return the counted noun as written, plural kept, with its common-noun compounds ("air defense systems").

    "the number of North Korean troops" names troops, not "number".
    """
    if noun.lemma_.lower() in ("number", "total", "count", "tally"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                if obj is not None:
                    return _noun_label(obj)
    parts = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
             or c.dep_ == "amod" and c.lower_ in _unrealised() and c.i < noun.i
             or _participle_qualifier(c, noun)]
    # round 10: "one count of attempted murder" counts attempts, not murders (``lexicon/unrealised_modifiers.txt``)
    doc = noun.doc
    lo = parts[0].left_edge.i if parts else noun.i
    while parts and lo < parts[0].i and doc[lo].like_num:
        lo += 1  # a number the parser hung on a participle qualifier is the count, not the label ("9,396 seized cars")
    words = doc[lo:noun.i + 1]
    # keep the case of names and model numbers ("A350s"); other words in lower case
    return "".join((t.text if t.pos_ == "PROPN" or any(ch.isdigit() for ch in t.text) else t.lower_) + t.whitespace_
                   for t in words).strip()


# participles that hedge or vouch for a count rather than narrow its noun ("an estimated 20 people", "149 confirmed
# orders": evidential, not a kind of orders) when the parse hangs them there
_HEDGING_PARTICIPLES = frozenset({"estimated", "expected", "projected", "reported", "alleged", "approximated", "combined",
                                  "confirmed", "suspected", "unconfirmed"})


def _participle_qualifier(mod: Token, noun: Token) -> bool:
    """True when ``mod`` is a participle that narrows the counted noun right after a number (round 17).

    "over 1000 featured articles" counts featured articles, "4,183 passing yards" passing yards, "20 stolen cars" stolen
    cars: the qualifier says which of the noun's kind are counted (figures-news guide, rule 2), and a label without it
    is too abstract ("articles"). Only a participle (VBN or VBG) between a number and the noun is kept; a hedging
    participle ("estimated") is no qualifier.
    """
    if mod.dep_ != "amod" or mod.tag_ not in ("VBN", "VBG") or mod.i >= noun.i or mod.lower_ in _HEDGING_PARTICIPLES:
        return False
    doc = noun.doc
    between = doc[mod.i + 1:noun.i]
    if any(t.dep_ != "compound" for t in between):
        return False
    before = doc[mod.i - 1] if mod.i > 0 else None
    # the parser at times hangs the number on the participle ("9,396 seized cars": "9,396" its subject)
    return before is not None and before.like_num and before.head.i in (noun.i, mod.i)


def _argument_dep(tok: Token, verb: Token) -> str | None:
    """Return how ``tok`` (the number or its noun, or a conjunct of it) attaches to ``verb``, or ``None``.

    A hedge parsed as a preposition is read through (round 12): "selling over 7,500,000 units" -> dobj.
    """
    for _ in range(4):
        if _hedged_object(tok, verb):
            return "dobj"
        if tok.head.i == verb.i:
            return tok.dep_
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _hedged_object(tok: Token, verb: Token) -> bool:
    """True when ``tok`` stands as ``verb``'s object behind a hedge parsed as a preposition (:func:`_through_hedge`),
    the verb taking no other object."""
    prep = _through_hedge(tok)
    return prep.i != tok.i and prep.head.i == verb.i and verb.pos_ == "VERB" and not any(
        c.dep_ == "dobj" for c in verb.children)


def _is_argument(tok: Token, verb: Token) -> bool:
    """True when ``tok`` (the number or its noun) is the subject or object of ``verb``."""
    return _argument_dep(tok, verb) in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "acl")


_PARTICIPLES = {"lose": "lost", "cut": "cut", "make": "made", "go": "gone", "fall": "fallen", "rise": "risen", "sell": "sold",
                "buy": "bought", "pay": "paid", "spend": "spent", "take": "taken", "give": "given", "grow": "grown", "win": "won",
                "hold": "held", "leave": "left", "send": "sent", "build": "built", "bring": "brought", "keep": "kept",
                "shed": "shed", "set": "set", "put": "put", "hit": "hit", "cost": "cost", "fly": "flown", "see": "seen",
                "get": "got", "lend": "lent", "run": "run", "throw": "thrown", "draw": "drawn", "steal": "stolen",
                "shoot": "shot", "fight": "fought", "catch": "caught", "strike": "struck", "seek": "sought", "lay": "laid",
                "sink": "sunk", "bear": "borne", "write": "written", "drive": "driven", "eat": "eaten", "feed": "fed",
                "meet": "met", "read": "read", "rebuild": "rebuilt", "teach": "taught", "think": "thought", "wear": "worn",
                # round 17: "broke the record" read "breaked"
                "break": "broken", "choose": "chosen", "freeze": "frozen", "hide": "hidden", "speak": "spoken",
                "tear": "torn", "beat": "beaten", "lead": "led", "find": "found", "forget": "forgotten", "ride": "ridden",
                "shake": "shaken", "swear": "sworn", "bite": "bitten", "sweep": "swept", "weave": "woven"}


def participle(verb: Token) -> str:
    """Return the past participle a label names ``verb`` with: "cut", "closed", "dropped", "lost", "laid off"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    form = _participle(verb)
    return f"{form} {particle}" if particle else form


def _participle(verb: Token) -> str:
    if verb.tag_ == "VBN":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in _PARTICIPLES:
        return _PARTICIPLES[lemma]
    if verb.tag_ == "VBD" and verb.lower_.endswith("ed"):
        return verb.lower_
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if len(lemma) <= 4 and re.fullmatch(r"[^aeiou]+[aeiou][bdgmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # "drop" -> "dropped", "plan" -> "planned"
    return lemma + "ed"


# nouns that are no measured thing of their own (a sum "in the fourth quarter", "of the company")
_NOT_MEASURED = {"quarter", "year", "month", "week", "day", "period", "time", "half", "session", "case", "total", "sum",
                 "amount", "figure", "number", "mark", "dollar", "dollars", "cent", "cents",
                 "pound", "pounds", "euro", "euros", "percent", "company", "way", "part", "fact"}
_MOVE_ADVERBS = {"up", "down", "higher", "lower", "off"}
_STAT_UNITS = {"yd", "points"}  # units whose noun is a sports statistic ("364 yards", "10 points down"; round 6)
_TAKING_PARTICLES = {"off", "away"}  # "made off with", "got away with": a light verb so joined names a taking
# verbs that set their subject against a bare number: the subject is what is counted
_COMPARED = {"exceed", "top", "surpass", "pass", "reach", "hit", "total", "number", "near", "approach", "equal", "outnumber"}
# nouns a duration "of" only spans, no measured thing ("after a period of two years", "at the age of 30 years")
# verbs of a change that take no object: a bare amount after them is how much their subject moved
_RISE_FALL = {"rise", "fall", "grow", "drop", "decline", "climb", "jump", "soar", "slip", "dip", "surge", "plunge", "tumble",
              "shrink", "sink", "slide", "edge", "rebound", "increase", "decrease"}
_LENGTH_UNITS = {"km", "mi", "nmi", "m", "yd", "ft"}
_DIRECTIONS = {"away", "off", "offshore", "inland", "from", "north", "south", "east", "west", "northeast", "northwest",
               "southeast", "southwest", "northwards", "southwards", "eastwards", "westwards", "outside", "beyond"}
# verbs of a sale: a sum "for" or "at" which something changes hands is its price
_EXCHANGE_VERBS = {"buy", "purchase", "sell", "acquire", "order", "offer", "lease", "rent", "retail", "price", "list", "trade",
                   "market", "auction", "sale", "be"}
# nouns of a change a count is "of" ("a loss of 3,700 jobs", "cuts of 500 staff")
_CHANGE_NOUNS = {"loss", "losses", "cut", "cuts", "reduction", "increase", "rise", "fall", "drop", "addition", "creation",
                 "elimination", "sale", "sales", "purchase", "order", "orders", "delivery", "deliveries", "closure", "closures"}
# What a company earns, pays out or loses per item (issue 13 round 13): a sum per share that such a noun owns is that
# measure per share, not the share's price.
_PER_ITEM_MEASURES = frozenset({"profit", "earnings", "earning", "loss", "income", "revenue", "dividend", "payout", "sale"})


def _earned_per_item(root: Token) -> Token | None:
    """The earnings noun a sum per item belongs to: the subject of the verb the sum completes ("Ford's profits equate
    to 26 cents per share", "its earnings were 40 cents per share") or the noun an "of" phrase of the sum hangs from
    ("a loss of 12 cents per share"); None when the sum belongs to no such noun ("sold for $1.99 per episode")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        owner: Token | None = head.head
    else:
        verb = head.head if root.dep_ == "pobj" and head.dep_ == "prep" else head if root.dep_ in ("attr", "dobj") else None
        owner = None if verb is None or verb.pos_ not in ("VERB", "AUX") else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if owner is None or owner.lemma_.lower() not in _PER_ITEM_MEASURES and owner.lower_ not in _PER_ITEM_MEASURES:
        return None
    return owner


def _measured(ent: Span, noun: Token | None) -> str | None:
    """Return what a sum of money or a percentage measures, from the parse around it (issue 15).

    The noun the amount modifies ("a $60,000 fine", "$20,000 cash payment"), the noun an "in"
    phrase of the amount names ("$13.4 billion in federal loans"), the noun an "of" phrase hangs
    from ("a total loss of $8.6 billion"), else the clause: a light verb's subject ("revenue made
    up $7.1 billion" -> revenue), or the verb's participle with a common-noun subject ("shares
    increased by 5 percent" -> shares increased; "GM reported losing US$4.8 billion" -> lost).
    ``None`` when the parse names nothing ("money" and "percent" are no measured thing).
    """
    root = ent.root
    if root.dep_ == "nummod" and root.head.lemma_.lower() in _unit_nouns():
        root = root.head  # "a value of 9936.94 points": read around the unit noun
    if noun is not None and noun.i >= ent.end and noun.lemma_.lower() not in _NOT_MEASURED and noun.ent_type_ in ("", "MONEY") \
            and noun.lemma_.lower() not in _unit_nouns():
        share_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == root.i
        acting = root.head
        if share_of and root.dep_ in ("dobj", "nsubjpass") and acting.pos_ == "VERB" \
                and acting.lemma_.lower() not in _LIGHT_VERBS | _STATIVE_VERBS:
            return f"{_noun_label(noun)} {participle(acting)}"  # round 6: "recovered 80 percent of the haul" -> haul recovered
        return _noun_label(noun)
    per = next((o for c in root.children if c.dep_ == "prep" and c.lower_ == "per"
                for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if ent.label_ == "MONEY" and per is not None and per.lemma_.lower() + "s" not in _TIME_UNITS:
        earned = _earned_per_item(root)
        if earned is not None:  # issue 13 round 13: "Ford's profits equate to 26 cents per share" is no price
            return f"{_noun_label(earned)} per {per.lower_}"
        return f"price per {per.lower_}"  # round 6: "for $1.99 per episode": a sum per item is its price
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i >= ent.end and head.lemma_.lower() not in _NOT_MEASURED:
        return _noun_label(head)
    percentage = any(t.lower_ in ("%", "percent", "pct") for t in ent)
    if root.dep_ in ("compound", "amod", "nmod") and not percentage and root.lemma_.lower() not in _unit_nouns():
        valued = named_value(ent, head)
        if valued is not None:
            return valued  # round 18: "the SGD1.75-billion Terminal 3" -> Terminal 3 value, not the clause verb
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ == ""), None)
            if obj is not None and obj.lemma_.lower() not in _NOT_MEASURED:
                return _noun_label(obj)  # "$13.4 billion in federal loans"
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in _NOT_MEASURED:
        return _noun_label(head.head)  # "a total loss of $8.6 billion", "profit of $11 billion"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED for c in head.head.children):
        return _noun_label(head.head)  # "sales figures of $152 billion": the compound names what the figures are (round 5)
    at = ent.start - 1  # round 10: the word before the amount, past any of its own signs and digits ("£1. 2m")
    while at >= max(0, ent.start - 4) and (ent.doc[at].like_num or ent.doc[at].is_currency or ent.doc[at].text in (".", ",")):
        at -= 1
    before = ent.doc[at] if at >= 0 else None
    if before is not None and before.lower_ == "worth" and head.i != before.i:
        owner = _worth_owner(before)  # round 10: "a diamond necklace worth £1. 2m stolen": the spaced amount's own parse
        if owner is not None:         # lost its tie to "worth"; the word before it still says whose worth it is
            return _noun_label(owner)
    # round 17: "2 million euros": a currency word the tagger left out of the amount stands where the amount would
    said = head if root.dep_ == "nummod" and head.lemma_.lower() in CURRENCY_WORDS and head.head.lower_ == "worth" else root
    if said.head.lower_ == "worth" and said.dep_ in ("npadvmod", "pobj", "dobj"):
        owner = _worth_owner(said.head)
        if owner is not None:
            return _noun_label(owner)  # "jewellery worth €103 million", "the order, which is believed to be worth $15 billion"
        if ent.label_ == "MONEY" or said is not root:
            # round 17: what "worth" takes is a value, whatever the parse lost of its owner ("watches estimated to be
            # worth 2 million euros" parsed as a clause of "After"; "VSMPO-Avisma, which Boeing estimates to be worth
            # $18 million" hung on a name): "value" names the measured amount, as "price" does for "at $199"
            return "value"
    appos = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end
                  and any(t.text == "(" for t in root.doc[ent.end:c.i]) and c.is_alpha and c.lemma_.lower() not in _unit_nouns()
                  and not any(d.dep_ in ("det", "poss") for d in c.children) and c.lemma_.lower() not in _NOT_MEASURED), None)
    if ent.label_ == "MONEY" and appos is not None:
        return _noun_label(appos)  # "a €2 million ($2.6 million) booty": the bracket split the amount from its noun (round 5)
    if ent.label_ == "MONEY" and root.dep_ == "pobj" and (head.lower_ == "at" and (head.head.pos_ in ("ADJ", "AUX") or head.head.lemma_.lower() in _EXCHANGE_VERBS)
                                or head.lower_ == "for" and (head.head.lemma_.lower() in _EXCHANGE_VERBS
                                                             or head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in _CHANGE_NOUNS)):
        return "price"  # "available at $199", "to purchase 20 jets for 9.9 billion yuan", "sold at $5"
    level_of = _object_level(root)
    if level_of is not None:
        return _noun_label(level_of)  # round 17: "held the previous record at 4,051 yards", "put the damage at $2m"
    share = share_at(ent, _NOT_MEASURED) if percentage else None
    if share is not None:
        return share  # round 18: "with Wal-Mart at 15 percent" -> Wal-Mart share, not "held"
    tok = head if root.dep_ == "pobj" else root
    if root.dep_ == "pobj" and tok.dep_ == "prep":
        tok = tok.head  # "increased by 5 percent", "fallen by 100.12 points"
    while ent.start <= tok.i < ent.end and tok.pos_ in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head  # round 6: "stole £88m": the tagger took the scale suffix "m" for a verb; the clause's verb is "stole"
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in _MOVE_ADVERBS:
        changed = _clause_verb(head.head)  # round 6: "its share rose to 17%, up from 14%": the earlier level, not the move
        subject = None if changed is None or not _CHANGE.match(changed.lower_ + " ") else next(
            (c for c in changed.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED), None)
        if subject is not None:
            return _noun_label(subject)
    for t in (tok, tok.head):
        if (t.pos_ in ("ADV", "ADJ") or t.tag_ == "RP" and t.dep_ == "advmod") and t.lower_ in _MOVE_ADVERBS:
            return t.lower_  # "was down 3.76%", "6.62% lower", "10 points down" (round 6: "down" tagged a particle)
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    if verb is None:
        return None
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "closed down 6.4 percent, or 486.18 points": the move governs both
    if verb.lemma_.lower() in _LIGHT_VERBS and any(c.dep_ == "prt" and c.lower_ in _TAKING_PARTICLES for c in verb.children):
        return participle(verb)  # round 6: "made off with 2m euros": a phrasal verb of taking, not the light "make"
    move = None if verb.lemma_.lower() in _LIGHT_VERBS else next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in _MOVE_ADVERBS
                 and c.i < first.left_edge.i and not any(t.is_punct for t in ent.doc[c.i + 1:first.left_edge.i])), None)
    if move is not None and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "to"):
        return move.lower_  # "the Nikkei closed down 6.4 percent": the move, not the closing (round 5)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                    and not (ent.start <= c.i < ent.end) and c.lemma_.lower() not in _NOT_MEASURED), None)
    if subject is None and _CHANGE.match(verb.lower_ + " "):
        subject = controlled_subject(verb)  # round 18: ", having boosted from $5.8 billion": the main clause's subject
        if subject is not None and (ent.start <= subject.i < ent.end or subject.lemma_.lower() in _NOT_MEASURED):
            subject = None
    if verb.pos_ == "AUX" or verb.lemma_.lower() in _LIGHT_VERBS:
        return _noun_label(subject) if subject is not None else None
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "to" and _CHANGE.match(verb.lower_ + " "):
        changed = _changed_object(verb, ent)
        if changed is not None:
            return _noun_label(changed)  # round 14: "to decrease IE6 users to less than one percent": the object's new level
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "to" and _CHANGE.match(verb.lower_ + " ") and subject is not None:
        return _noun_label(subject)  # "cut by $200 to $399", "rose 5% to $3 billion": the new level, not the change
    return f"{_noun_label(subject)} {participle(verb)}" if subject is not None else participle(verb)


def _object_level(root: Token) -> Token | None:
    """Return the object whose level an amount "at" states: "held the previous record at 4,051 yards" -> record, "put the
    damage at $2 million" -> damage, "set the limit at 80 percent" -> limit; ``None`` otherwise (round 17).

    A verb with a common-noun object and an "at" phrase of an amount is a small clause: the amount is what the object
    stands at, so the object is what is measured, not the verb ("held", "put") that main named. A sale's verb keeps
    its price ("sold the house at $5m"), and a verb of moving keeps its move ("the index closed the day at 8,000").
    """
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _EXCHANGE_VERBS | _SESSION_VERBS | _RISE_FALL:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i
                 and c.lemma_.lower() not in _NOT_MEASURED and c.lemma_.lower() not in _unit_nouns()), None)


def _statistic_held(noun: Token, unit: str | None) -> str | None:
    """Return a sports statistic's own label when a verb that acts on an object of its own holds it "with" ("set an NFL
    rookie record with 4,183 passing yards" -> passing yards); ``None`` otherwise (round 17).

    Round 12 read this for a statistic the tagger took whole ("leaves him with 3,907 yards" -> yards); a counted noun
    found apart from the number went to the clause verb and its subject ("luck set"). The verb acts on its object
    (the record), and the yards are the statistic that did it.
    """
    if unit not in _STAT_UNITS or noun.lemma_.lower() not in _unit_nouns() or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return _noun_label(noun)


def _changed_object(verb: Token, ent: Span) -> Token | None:
    """Return the common-noun object a transitive change verb brings "to" the amount, or ``None`` (round 14).

    "to decrease IE6 users to less than one percent", "cut its workforce by 10% to 3,000": the subject of such a verb is
    its agent, the object is what changes, so the level reached is the object's. An intransitive change ("shares rose
    5% to $3 billion") has no object and keeps its subject (round 4).
    """
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < ent.start
                 and c.lemma_.lower() not in _NOT_MEASURED | _unit_nouns()), None)


def _ordered(root: Token) -> Token | None:
    """Return the change noun a count is "for": "an order for 20 jets", "won an order ... for 60 jets" (round 5)."""
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return None
    head = root.head.head
    if head.pos_ == "NOUN":
        return head if head.lemma_.lower() in _CHANGE_NOUNS else None
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHANGE_NOUNS and c.i < root.i), None)
    return None


def _worth_owner(worth: Token) -> Token | None:
    """Return the noun that is worth an amount: "jewellery worth €103 million" -> jewellery (round 5).

    "worth" modifies its noun directly, or is the complement of "be" (through "believed to be")
    whose subject is the noun, or a relative pronoun standing for the noun the clause modifies.
    """
    if worth.dep_ == "amod" and worth.head.pos_ in ("NOUN", "PROPN"):
        return worth.head if worth.head.pos_ == "NOUN" else None
    if worth.dep_ in ("advmod", "npadvmod", "prep") and worth.i > 0:
        # round 14: "Thieves stole jewellery worth £1m": the parser hangs "worth" on the verb; the noun right before
        # it, an argument of that verb, is what is worth the sum
        owner = worth.doc[worth.i - 1]
        if owner.pos_ == "NOUN" and owner.head.i == worth.head.i and owner.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            return owner
        return None
    if worth.dep_ != "acomp":
        return None
    verb = worth.head
    pronoun = False
    for step in range(3):
        pronoun = pronoun or any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children)
        if pronoun and verb.dep_ == "relcl":
            # round 17: "a painting, which experts believe to be worth $2 million": the relative pronoun the verb of
            # believing raised is what is worth the sum; the believers ("experts") are not
            return verb.head if verb.head.pos_ == "NOUN" else None
        raised = next((c for c in verb.children if c.dep_ == "dobj"), None) if step else None
        if raised is not None and raised.pos_ == "NOUN":
            return raised  # "analysts estimate the deal to be worth $5bn" parsed with the deal as the object
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "NOUN":
                return subject
            if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                return verb.head
            return None
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
            return verb.head  # round 17: "a painting estimated to be worth $5m": a reduced relative's noun
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _modified_label(unit_tok: Token) -> str:
    """Return the noun a hyphenated measure qualifies, without the measure: "a 45-yard field goal" -> field goal."""
    head = unit_tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    end = _chain_end(head)
    if end is not None:
        head = end  # round 17: "a 73 - yard game winning drive" measures the drive, not the game
    words = [t for t in unit_tok.doc[unit_tok.i + 1:head.i + 1] if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    return " ".join(t.lower_ for t in words) or _noun_label(head)


def _chain_end(first: Token) -> Token | None:
    """Return the noun a chain of compounds ends in when a participle or adjective compound breaks it ("game winning
    drive": the parser hangs "game" on "winning", "winning" on "drive"), or ``None`` when ``first`` ends no such chain
    (round 17).

    A measure before such a chain qualifies the chain's last noun, the thing the phrase names; the first compound only
    narrows it. Up to three words on, each a compound of the next, the last a common noun.
    """
    tok = first
    for _ in range(3):
        if tok.dep_ != "compound" or tok.head.i <= tok.i or tok.head.i - tok.i > 2:
            break
        tok = tok.head
    if tok.i == first.i or tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return None
    return tok


def _relative_act(noun: Token) -> Token | None:
    """The act a relative clause gives a generic agent ("four men who were trying to climb" -> climb; round 9): the
    clause's verb, through the verbs of trying and wanting to the act tried; None for a light or stative verb."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    while verb is not None:
        then = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if then is None:
            break
        verb = then
    return None if verb is None or verb.lemma_.lower() in _LIGHT_VERBS | _STATIVE_VERBS else verb


def _how_far(ent: Span) -> bool:
    """True when a length is how far apart two things are: a direction word follows it, after any bracketed
    conversion ("13 nautical miles (about 24km) from the cargo ship"; round 9), or it is a "within N of" bound
    ("within 80m of their destination")."""
    doc = ent.doc
    after = ent.end
    if after < len(doc) and doc[after].text == "(":
        close = next((t.i for t in doc[after + 1:min(len(doc), after + 10)] if t.text == ")"), None)
        after = close + 1 if close is not None else after
    if after >= len(doc):
        return False
    within = ent[0].lower_ == "within" or ent.start > 0 and doc[ent.start - 1].lower_ == "within"
    return doc[after].lower_ in _DIRECTIONS or within and doc[after].lower_ == "of"


# light verbs that a particle makes an act of their own: "gave up 409 yards" (conceded), "took over 12 stores", "put up $5m"
_PHRASAL_LIGHT = frozenset({"give", "take", "put", "get"})


def _phrasal_light(verb: Token) -> bool:
    """True for a light verb that a particle makes a verb of its own ("gave up", "took over"; round 10)."""
    return verb.lemma_.lower() in _PHRASAL_LIGHT and any(c.dep_ == "prt" for c in verb.children)


def _acting(verb: Token) -> bool:
    """True when ``verb`` names an act that qualifies its object's count: not a light or stative verb, unless a
    particle makes a light verb a phrasal verb of its own ("gave up 409 yards" -> yards given up; round 10)."""
    return verb.lemma_.lower() not in _LIGHT_VERBS | _STATIVE_VERBS or _phrasal_light(verb)


_GAP_LABELS = {"behind": "delay", "late": "delay", "ahead": "advance", "early": "advance"}


def _schedule_gap(ent: Span) -> str | None:
    """Return what a length of time measures when the parse names it (round 10): "18 months behind schedule",
    "two years late" -> delay; "up to two years in prison" -> prison, the place the time is spent, though the
    parse hangs "in prison" on the verb ("can face an unlimited fine or up to two years in prison")."""
    doc = ent.doc
    unit_tok = next((t for t in reversed(ent) if t.lower_ in _TIME_UNITS), None)
    if unit_tok is None:
        return None
    if unit_tok.dep_ == "npadvmod" and unit_tok.head.lower_ in _GAP_LABELS:
        return _GAP_LABELS[unit_tok.head.lower_]
    after = doc[unit_tok.i + 1] if unit_tok.i + 1 < len(doc) else None
    places = [after] if after is not None and after.lower_ == "in" and after.dep_ == "prep" and after.head.i != unit_tok.i else []
    if unit_tok.dep_ == "dobj":  # round 12: "faces up to 75 years to life in prison": an "in" phrase the verb takes
        places += [c for c in unit_tok.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > unit_tok.i]
    for prep in places:  # after its object says where that object's time is spent
        place = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ == ""), None)
        if place is not None and place.lemma_.lower() in _CONFINEMENT:
            return _noun_label(place)
    return None


_CONFINEMENT = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "exile", "hospital"})


def _time_allowed(ent: Span) -> str | None:
    """Return "time to <verb>" when a length of time is given for an act an infinitive names (round 11): "The Air
    Force has 60 days to respond", "were given 30 days to leave the country" -> time to respond, time to leave."""
    unit_tok = next((t for t in reversed(ent) if t.lower_ in _TIME_UNITS), None)
    if unit_tok is None:
        return None
    act = next((c for c in unit_tok.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.i > unit_tok.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return f"time to {act.lower_}" if act is not None else None


def _possessed_length(ent: Span) -> str | None:
    """Return the noun a length of time is the measure of when the length possesses it (round 19): "30 days' worth of
    treatment" -> treatment (the "of" object of a "worth"), "ten years' experience" -> experience."""
    unit_tok = next((t for t in reversed(ent) if t.lower_ in _TIME_UNITS), None)
    if unit_tok is None or unit_tok.dep_ != "poss" or unit_tok.head.pos_ != "NOUN":
        return None
    owned = unit_tok.head
    if owned.lower_ == "worth":
        prep = next((c for c in owned.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owned = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), owned) if prep is not None else owned
    return None if owned.lower_ == "worth" else _noun_label(owned)


def _quantity(ent: Span, noun: Token | None, unit: str | None, sentence: Span) -> str | None:
    """Return what the figure counts, keeping the verb or qualifier and the plural (issue 15).

    "11,000 troops were deployed" -> "troops deployed"; "500 workers" -> "workers"; "30 people
    were killed" and "1,000 were killed" -> "killed" (``lexicon/quantities.tsv`` names casualty
    verbs and nouns: "deaths" -> killed); "cut from 500 by about 80" -> the verb's subject;
    "GM plans to cut 30,000 jobs" -> "jobs cut"; "a 35-yard interception return" -> the thing the
    measure qualifies; money and percentages -> what they measure (:func:`_measured`), else
    "money" / "percent".
    """
    vocab = quantity_vocabulary()
    kin = _kin_count(ent) if noun is None and unit is None else None
    if kin is not None:
        return kin  # round 13: "the mother of 12 was arrested" counts her children, not arrests
    scored = _points_scored(noun if noun is not None and noun.i >= ent.end else ent.root, unit)
    if scored is not None:
        return scored  # round 15: "scored 30 points" -> points scored, "finished with 25 points" -> points
    if unit in _TIME_UNITS:
        late = _schedule_gap(ent) or _time_allowed(ent) or _possessed_length(ent)
        if late is not None:
            return late
    unit_tok = noun if noun is not None and noun.lemma_.lower() in _unit_nouns() else ent.root
    if unit in _LENGTH_UNITS and unit_tok.dep_ in ("dobj", "npadvmod") and unit_tok.head.pos_ == "VERB" \
            and unit_tok.head.lemma_.lower() in _RISE_FALL | _BODY_MOVES:
        # round 11: "the man fell about 600m": the move is the label, not "man fallen"; round 12: the verb the length
        # measures comes before the words after it ("falling 150 meters from a ridge" is a fall, not a distance)
        return participle(unit_tok.head)
    measured_dimension = (dimension(unit_tok) or weight(unit_tok, unit)) if unit is not None else None
    if measured_dimension is not None:
        return measured_dimension  # round 18: "described as a 6 - feet tall" -> height, not the clause verb
    if unit in _LENGTH_UNITS and _how_far(ent):
        return "distance"  # "150 nautical miles west of Aden", "some 13 miles away": how far, not what moved
    stat = ent.doc[ent.end] if unit in _STAT_UNITS and ent.end < len(ent.doc) else None
    if stat is not None and stat.tag_ == "VBG" and ent[-1].lemma_.lower() in _unit_nouns():
        return f"{ent[-1].lower_} {stat.lower_}"  # round 9: "4,051 yards passing", "150 yards rushing": the statistic
    if unit == "%" or ent.label_ == "PERCENT":
        return _measured(ent, noun) or "percent"
    if unit and unit.isupper() and len(unit) == 3:
        return _measured(ent, noun) or "money"
    verb = _clause_verb(ent.root)
    arg = noun if noun is not None else ent.root
    if verb is not None and _argument_dep(arg, verb) in ("nsubj", "nsubjpass", "dobj"):
        state = next((vocab[o.lemma_.lower()] for p in verb.children if p.dep_ == "prep" and p.lower_ in ("under", "in", "into")
                      for o in p.children if o.dep_ == "pobj" and vocab.get(o.lemma_.lower()) in _CASUALTY), None)
        if state is not None:  # "two gang members are under arrest", "took 23 into custody"
            return state if noun is None or noun.lower_ in _GENERIC else f"{_noun_label(noun)} {state}"
    if verb is not None and (noun is None or noun.lower_ in _GENERIC or vocab.get(noun.lemma_.lower()) in _CASUALTY):
        if vocab.get(verb.lemma_.lower()) in _CASUALTY and _is_argument(noun if noun is not None else ent.root, verb):
            return vocab[verb.lemma_.lower()]  # "the blast killed 30 people", "30 people were killed"
        # "as many as 1,000 were believed to have been killed" -> killed
        for tok in [verb, *verb.subtree]:
            label = vocab.get(tok.lemma_.lower())
            if tok.pos_ in ("VERB", "ADJ") and label in _CASUALTY:
                if ent.root.dep_ in ("nsubj", "nsubjpass") or (noun is not None and noun.dep_ in ("nsubj", "nsubjpass")):
                    return label
                if noun is not None and noun.dep_ == "dobj" and tok.dep_ == "oprd" and tok.head.i == noun.head.i:
                    return label  # "the incident that left four people dead": a resultative names the casualty
    if noun is not None and unit is not None and noun.lemma_.lower() in _unit_nouns() and noun.dep_ in ("compound", "amod", "nmod") \
            and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return _modified_label(noun)  # "a 35-yard interception return": the return measures 35 yards
    if noun is not None:
        label = vocab.get(noun.lemma_.lower()) or vocab.get(noun.lower_)
        if label in _CASUALTY:
            return label
        text = _noun_label(noun)
        joined = _coordinated(noun) if unit is None else None
        if joined is not None:  # round 13: "12 men and women": the conjunct with no count of its own shares the count
            text = f"{text} {noun.doc[joined.i - 1].lower_ if noun.doc[joined.i - 1].dep_ == 'cc' else 'and'} {_noun_label(joined)}"
        if noun.lemma_.lower() in _unit_nouns() and unit is not None and not (
                verb is not None and noun.head.i == verb.i and noun.dep_ in ("dobj", "nsubjpass")):  # "scored 17 points"
            for unit_tok in (noun, *noun.conjuncts):  # "8GB and 16GB of memory capacity" -> memory capacity
                obj = next((o for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
                if obj is not None and obj.lemma_.lower() not in _NOT_MEASURED:
                    return _noun_label(obj)
            return _statistic_held(noun, unit) or _measured(ent, None) or text  # "fallen by 100.12 points" -> fallen;
            # "a value of 9936.94 points" -> value; round 17: "set a record with 4,183 passing yards" -> passing yards
        reduced = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
        if reduced is not None and vocab.get(reduced.lemma_.lower()) in _CASUALTY:
            return f"{text} {vocab[reduced.lemma_.lower()]}"  # round 10: "Two climbers killed in Mt Cook falls": the toll, not the clause verb
        reached = _level_reached(noun)
        if reached is not None:
            return reached  # round 6: "total sales improved to 142,285 units": the level the sales reached
        # "purchased six of these aeroplanes": the number, not its "of" noun, is the verb's argument
        arg = ent.root if _number_is_argument(ent, noun) else noun  # round 13: "789, or about a quarter, of its dealers"
        if verb is not None and verb.pos_ == "VERB" and _acting(verb) and (
                noun.dep_ != "pobj" or arg is not noun and arg.head.i == verb.i or _hedged_object(noun, verb)):
            dep = _argument_dep(arg, verb)  # (an "of" noun is what a measure is of: "suffered 40 months of delays")
            if dep == "conj":  # "9,000 jobs will be cut in the U.S., 2,000 jobs in Canada": a gapped conjunct shares the role
                dep = next((c.dep_ for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.i < arg.i), None)
            if dep in ("nsubjpass", "dobj") or dep in ("nsubj", "acl") and verb.tag_ == "VBN" or dep == "nsubj" and not any(
                    c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children):
                return f"{text} {participle(verb)}"  # "troops deployed", "jobs cut", "people carried", "jobs gone"
            if dep == "nsubj" and noun.lemma_.lower() in _GENERIC_AGENTS:
                return f"{text} {participle(verb)}"  # "Four men rammed their car": a generic agent is named by its act (round 5)
            if dep == "nsubj" and _subset_of_counted(noun):
                return f"{text} {participle(verb)}"  # round 15: "Six shells of them hit the area": the act names the subset
        acl = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
        if acl is not None and acl.lemma_.lower() not in _LIGHT_VERBS:
            return f"{text} {acl.lower_}"  # "400 jobs cut", "155 planes ordered"
        act = _relative_act(noun) if noun.lemma_.lower() in _GENERIC_AGENTS else None
        if act is not None:
            return f"{text} {participle(act)}"  # round 9: "one of four men who were trying to climb" -> men climbed
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _CHANGE_NOUNS:
            return f"{text} {noun.head.head.lower_}"  # "a loss of 3,700 jobs" -> jobs loss
        change = _ordered(ent.root) or _ordered(noun)
        if change is not None:
            return f"{text} {change.lower_}"  # "an order for 2 of Airbus' A380s", "won an order ... for up to 60 jets" (round 5)
        of = ent.root if arg is not noun else noun.head if noun.dep_ == "appos" else None
        if of is not None and of.dep_ == "pobj" and of.head.lower_ == "of" and of.head.head.lemma_.lower() in _CHANGE_NOUNS:
            return f"{text} {of.head.head.lower_}"  # "the closure of ten of its plants", "cuts of 21% (168,000 units)"
        return text
    root = ent.root
    if unit is not None and root.lemma_.lower() in _unit_nouns() and root.dep_ in ("compound", "amod", "nmod") \
            and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return _modified_label(root)  # "a 35-yard interception return"
    if (ent.label_ == "QUANTITY" or unit is not None and root.lemma_.lower() in _unit_nouns()) and root.pos_ in ("NOUN", "PROPN"):
        # "40 months of delays" -> delays; "16GB of memory capacity" -> memory capacity
        for prep in root.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep.lower_ == "of" else None
            if obj is not None and obj.lemma_.lower() not in _unit_nouns():  # round 17: "a tenth of a square meter": the
                return _noun_label(obj)  # unit is read into the amount, and a bare unit is no label (guide, rule 1)
        if unit in (None, root.lemma_.lower()) and ent.label_ == "QUANTITY" and root.tag_ == "NNS" \
                and root.lemma_.lower() not in _unit_nouns() and any(c.dep_ == "nummod" and ent.start <= c.i < ent.end for c in root.children):
            return _noun_label(root)  # round 18: "(52-3, 46 knockouts)": the tagger took the counted noun into a QUANTITY
    if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and root.head.lower_ == "of":
        return _noun_label(root.head.head)  # "a range of up to 4km" -> range
    linking = root.head if root.dep_ == "pobj" else None
    if root.dep_ == "dobj" and ent.start > 0 and ent.doc[ent.start - 1].head.i == root.head.i:
        linking = ent.doc[ent.start - 1]  # round 9: "threw for 205 yards" parsed with "for" left hanging and the yards as object
    if unit is not None and linking is not None and linking.lower_ in ("for", "over", "across") and linking.head.pos_ in ("NOUN", "VERB"):
        measured = linking.head  # "28 passes for 329 yards" -> passes; "ran for two yards" -> run
        if measured.pos_ == "NOUN":
            return _noun_label(measured)
        if unit in _STAT_UNITS and measured.pos_ == "VERB":
            return f"{root.lower_} {participle(measured)}"  # round 6: "threw for 364 yards" -> yards thrown: the statistic
        if measured.lemma_.lower() not in _LIGHT_VERBS:
            return participle(measured)
    if unit in _STAT_UNITS and root.dep_ == "dobj" and verb is not None and root.head.i == verb.i and _phrasal_light(verb):
        return f"{root.lower_} {participle(verb)}"  # round 10: "gave up 409 yards" -> yards given up: the statistic
    measure_of = verb if verb is not None and root.head.i == verb.i and root.dep_ in ("dobj", "npadvmod") \
        and root.lemma_.lower() in _unit_nouns() else None
    if measure_of is not None and unit == "yd" and measure_of.pos_ == "VERB":
        # round 11: a sports statistic measured by its verb: "had 226 yards on 22 carries" -> yards (a light verb
        # adds nothing); "went 73 yards in 13 plays" -> yards gone, as "gave up 409 yards" -> yards given up
        if measure_of.lemma_.lower() in _LIGHT_VERBS:
            return root.lower_
        if measure_of.lemma_.lower() not in _RISE_FALL:
            return f"{root.lower_} {participle(measure_of)}"
    if unit in _STAT_UNITS and root.lemma_.lower() in _unit_nouns() and root.dep_ == "pobj" and root.head.lower_ == "with" \
            and any(c.dep_ == "dobj" for c in root.head.head.children):
        # round 12: "leaves him with 3,907 yards": the verb acts on its own object ("him"), and the statistic is what
        # that object holds, as "had 226 yards" (round 11); "finishing with 105 yards" has no object and keeps its verb
        return root.lower_
    if unit is not None and root.lemma_.lower() in _unit_nouns():
        measured_thing = _measured(ent, None)  # "fallen by 100.12 points", "has a value of 9936.94 points"
        if measured_thing is not None:
            return measured_thing
    # "jobless claims rose 15,000 (last week)": a bare change of an intransitive verb measures its subject,
    # as "rose by 15,000" does; the parse may hang the number on the date that follows it
    moved = root.head if root.dep_ == "nummod" and _in_date(root.head, ent) else root
    glued = [ent.doc[ent.end]] if ent.end < len(ent.doc) and ent.doc[ent.end - 1].whitespace_ == "" else []  # "2000|ft"
    if unit in _LENGTH_UNITS and verb is not None and verb.lemma_.lower() in _RISE_FALL and moved.dep_ == "prep" \
            and any(t.dep_ in ("dobj", "npadvmod") and t.head.i == verb.i for t in [*ent, *glued]):
        return participle(verb)  # round 10: "fell around 2000ft": the hedge took the root, the length hangs on the verb
    if verb is not None and verb.lemma_.lower() in _RISE_FALL and moved.dep_ in ("dobj", "npadvmod") and moved.head.i == verb.i:
        if unit in _LENGTH_UNITS:
            return participle(verb)  # round 9: "fell about 2, 000ft": a length moved is how far, named by the move
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            return _noun_label(subject)
    if root.dep_ == "pobj" and verb is not None and root.head.head.i == verb.i:  # "cut from 500 by about 80"
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                return _noun_label(child)
    acl = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
    if acl is not None and acl.lemma_.lower() not in _LIGHT_VERBS:
        return acl.lower_  # "sales to exceed the 250 required to break even"
    # "deliveries reached 450 last year": the parse hangs the number on the date, the date on the verb
    place = root.head if root.dep_ == "nummod" and _in_date(root.head, ent) and root.head.dep_ == "npadvmod" else root
    if (place.dep_ in ("dobj", "attr") or place is not root) and verb is not None and place.head.i == verb.i \
            and verb.lemma_.lower() in _COMPARED:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            return _noun_label(subject)  # "sales will exceed 700", "deliveries reached 450"
    for tok in sentence:  # "The casualties have been significant ... 1,000"
        label = vocab.get(tok.lemma_.lower())
        if label is not None and tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.i not in range(ent.start, ent.end) \
                and tok.dep_ not in ("compound", "amod"):  # "the death sentence" names no deaths
            return label if label in _CASUALTY or tok.pos_ != "NOUN" else tok.lower_
    return None


def bare_count_label(ent: Span) -> str | None:
    """Return the label of a bare count whose noun is elided, read from the phrase it heads (round 20, ``_elided``).

    "Hundreds dead" -> killed; "his 58th victory, 51 by KO" -> victory; "we're now pouring around ten a night" ->
    poured. The caller tries it last, when nothing else labelled a count with no noun and no unit.
    """
    return (casualty_of_number(ent, quantity_vocabulary(), _CASUALTY) or apposed_noun(ent, _NOT_MEASURED, _noun_label)
            or object_event(ent, _clause_verb(ent.root), _LIGHT_VERBS | _STATIVE_VERBS | _COMPARED | _RISE_FALL, participle))


# verbs of a market move or a session: "points" after them are an index's move, named by the move ("fell 232 points")
_SESSION_VERBS = {"lose", "gain", "shed", "add", "close", "end", "open", "trade", "start", "stand", "recover",
                  "regain", "erase", "pare", "extend", "move", "go", "come", "rally"}


def _points_scored(root: Token, unit: str | None) -> str | None:
    """Return the label of points a player or team scored: the object of an act that is no market move ("scored 30
    points" -> points scored) or held "with" by a verb ("finished with 25 points", "led all scorers with 28 points"
    -> points); ``None`` otherwise (round 15).

    Points are what is counted, as rebounds and goals are (figures-news guide, rule 1); main read them as an index's
    move and named the verb alone ("scored"). A move of an index keeps the move ("the Dow fell 232 points" -> fallen):
    verbs of rising, falling, gaining, losing, closing or trading are left to :func:`_measured`.
    """
    if unit != "points" or root.lemma_.lower() != "point" or root.lower_ != "points":
        return None
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        verb = root.head.head
        return root.lower_ if verb.pos_ == "VERB" and _scoring(verb) else None
    if root.dep_ in ("dobj", "npadvmod") and root.head.pos_ == "VERB" and _scoring(root.head):  # the parser reads
        # a score as it reads a move, as a measure phrase ("scored 30 points": npadvmod)
        if root.head.lemma_.lower() in _LIGHT_VERBS:
            return root.lower_  # "had 18 points": a light verb adds nothing (as "had 226 yards", round 11)
        return f"{root.lower_} {participle(root.head)}"
    return None


def _scoring(verb: Token) -> bool:
    """True when ``verb`` is no verb of a market move or session (:data:`_SESSION_VERBS`, :data:`_RISE_FALL`,
    :data:`_CHANGE`), has no move adverb, and its subject is no index or market noun."""
    lemma = verb.lemma_.lower()
    if lemma in _SESSION_VERBS | _RISE_FALL or _CHANGE.match(verb.lower_ + " "):
        return False
    if any(c.lower_ in _MOVE_ADVERBS and c.dep_ in ("advmod", "prt") for c in verb.children):
        return False
    return not (lemma in _LIGHT_VERBS and not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in verb.children))


def _subset_of_counted(noun: Token) -> bool:
    """True when the counted noun is picked out "of" a group already named: a pronoun or a definite or possessed noun
    ("Six shells of them", "12 soldiers of the battalion", "three planes of its fleet"; round 15).

    A count so picked out is a part of a larger count, and what tells the part apart is its own act: "36 shells" were
    fired, "six shells of them hit the area". Only the subset's act is taken: a plain agent ("500 firefighters tackled
    the blaze") keeps its noun, as its participle would read as passive ("firefighters tackled").
    """
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ == "PRON" and obj.lower_ in ("them", "those", "these"):
                return True
            if obj.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in obj.children):
                return True
    return False


def _clause_verb(tok: Token) -> Token | None:
    """Return the nearest verb (or auxiliary) at or above ``tok`` in the parse, within five steps."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


_LEVEL_VERBS = {"rise", "fall", "grow", "drop", "decline", "climb", "jump", "soar", "slip", "dip", "surge", "plunge",
                "tumble", "improve", "increase", "decrease", "shrink", "expand", "sink", "slump", "recover", "rebound"}


def _level_reached(noun: Token) -> str | None:
    """Return the subject whose level a count "to" an intransitive change verb is ("sales improved to 142,285 units")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lemma_.lower() not in _LEVEL_VERBS:
        return None
    verb = noun.head.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED), None)
    return _noun_label(subject) if subject is not None else None
