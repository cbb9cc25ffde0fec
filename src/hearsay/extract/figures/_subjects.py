"""Figures: whose figure it is (the subject entity), its place and the programme or owner it belongs to.

Split out of ``amounts.py`` (issue 15, figures round 10).
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.figures._exclusions import _COUNTRY_TYPES, _MODEL_DIGITS, _Lookups
from hearsay.extract.figures._labels import _clause_verb


@functools.lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """Nouns counting people or a group's own formations (``lexicon/member_nouns.txt``)."""
    return frozenset(lexicon.words("member_nouns.txt"))


def counts_members(noun: Token | None) -> bool:
    """True when the counted noun names people or a group's formations, the members a group (NORP) modifier
    counts ("500 Taliban fighters", "26 Somali pirates"); a figure naming no noun counts what it stands for."""
    return noun is None or noun.lower_ in _member_nouns() or noun.lemma_.lower() in _member_nouns()


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def place_adjective(tok: Token, etype: str) -> bool:
    """True when ``tok`` names a place by its adjective ("Palestinian", "British", "Somali"): a demonym of
    ``lexicon/countries.tsv`` or an adjective tagged so, linked as a place (GPE, LOC). It says whose or what kind
    a thing is, as a nationality (NORP) does (issue 13, round 9)."""
    if etype not in _PLACE_TYPES:
        return False
    hit = load_gazetteer().lookup(tok.text)
    return hit is not None and hit.kind == "demonym" or tok.tag_ == "JJ"


@functools.lru_cache(maxsize=1)
def _telling_verbs() -> frozenset[str]:
    """Lemmas of the verbs of saying, writing and believing of ``lexicon/cues.tsv`` that take a complement clause ("say",
    "report", "estimate"; not "see", whose frame is "X sees Y as Z": "A smash - and - grab on a Paris store saw four
    robbers make off" names no teller)."""
    return frozenset(row["lemma"] for row in lexicon.load("cues.tsv")
                     if row["pos"] == "verb" and row["kind"] in ("speech", "writing", "belief")
                     and "clause" in row["frames"].split(","))


_SELF_WORDS = frozenset({"it", "they", "we", "its", "their", "our"})


def _tells_of_itself(clause: Token) -> bool:
    """True when the subject of complement clause ``clause`` is the teller again: "it", "they", "we", or a noun
    that "its"/"their"/"our" owns ("Boeing said it received 35 orders", "Ford said its sales fell 30 percent")."""
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_ in _SELF_WORDS or any(
                c.dep_ == "poss" and c.lower_ in _SELF_WORDS for c in child.children)
    return False


@functools.lru_cache(maxsize=1)
def _state_agents() -> frozenset[str]:
    """The role nouns of a state's government, armed forces and police in ``lexicon/sectors.tsv`` ("navy", "troops",
    "officials", "police", "commandos"): what they do, the state does ("The Indian navy captured 23 pirates")."""
    return frozenset(row["term"].lower() for row in lexicon.load("sectors.tsv")
                     if row["kind"] == "role" and row["sector"] in ("GOV", "MIL", "COP"))


def _group_like(tok: Token, found: str, entities: EntityIndex) -> bool:
    """True when the entity ``found`` at ``tok`` in a clause's subject is a group (NORP), or a place named by its
    adjective before people who are not the state's agents ("Palestinian militants", "Somali pirates"): who acts or
    tells, not what the figure measures, and not the state (round 9). Before a state's forces or officials ("The
    Indian navy captured 23 pirates") the state acts and keeps the figure; before a thing ("Chinese exports rose 5
    percent") the place owns it."""
    etype = entities.entity(found).type
    if etype == "NORP":
        return True
    owner = tok.head
    return place_adjective(tok, etype) and owner is not tok and counts_members(owner) and not (
        owner.lower_ in _state_agents() or owner.lemma_.lower() in _state_agents())


def unknown_name_subject(verb: Token, entities: EntityIndex) -> bool:
    """True when the subject of ``verb`` is a proper name that no entity holds ("Brent LCOc1 was last at $60.73"): the
    clause is about that thing, so neither a conjoined clause's subject nor the paragraph's running subject is its
    (issue 13, round 11)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PROPN" and not any(
        entities.lookup(t.idx, t.idx + len(t.text)) for t in subj.subtree)


def _mention_top(tok: Token, found: str, entities: EntityIndex) -> Token:
    """Return the token of the mention of ``found`` at ``tok`` whose head lies outside that mention."""
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or entities.lookup(head.idx, head.idx + len(head.text)) != found:
            return tok
        tok = head
    return tok


_INDEX_NOUNS = frozenset({"index", "indices", "indexes", "average", "composite"})


def _kind_of(tok: Token, found: str, entities: EntityIndex) -> bool:
    """True when ``found`` is a product model modifying a common noun ("six AK - 47 rifles", "the Boeing 777
    fleet"): it says which kind of thing, it owns nothing the figure could measure (issue 13, round 11)."""
    if entities.entity(found).type != "PRODUCT":
        return False
    top = _mention_top(tok, found, entities)
    return top.dep_ in ("compound", "nmod", "amod", "nummod") and top.head.pos_ == "NOUN" \
        and top.head.lemma_.lower() not in _INDEX_NOUNS  # "the affiliated Merval 25 index": the name of the index itself


def _named_possession(tok: Token, found: str, entities: EntityIndex) -> str | None:
    """Return the entity named by the noun that ``found`` owns in a clause's subject ("Apple's latest 12.9-inch iPad Pro
    drops to $799": the iPad Pro), else None. The thing named is what the clause is about, its maker or owner only says
    whose it is (issue 13, round 11: a product's price was filed under its maker)."""
    top = _mention_top(tok, found, entities)
    if top.dep_ != "poss" or top.head.i == top.i:
        return None
    owned = entities.lookup(top.head.idx, top.head.idx + len(top.head.text))
    if not owned or owned == found or {entities.entity(found).type, entities.entity(owned).type} <= _PLACE_TYPES:
        return None  # "China's Inner Mongolia": a place inside a place keeps the outer one, as before
    return owned


def _subject(ent: Span, noun: Token | None, entities: EntityIndex) -> str | None:
    """Return the entity the figure is about: a modifier of the counted noun, else the clause subject.

    A group (NORP: nationality, party, religion, militant group) is the subject only when the figure counts the
    group itself or its members (round 8): the counted noun is the group ("thirty-one Republicans", "three
    Americans") or a noun of its members that it modifies ("500 Taliban fighters", "four ISIL tactical units").
    A group modifying another noun ("European markets", "three ISIL-held buildings") or standing in the clause's
    subject, as who acts, tells or is described ("Marine commandos boarded two of the vessels", "The jury - six
    black women, ... one Asian man"), says nothing the figure counts."""
    if noun is not None:
        itself = entities.lookup(noun.idx, noun.idx + len(noun.text))
        if itself and entities.entity(itself).type == "NORP":
            return itself  # "Three Democrats voted with thirty-one Republicans": the group counted
        if ent.root.dep_ == "nummod" and ent.root.head.i == noun.i - 1 and ent.root.head.pos_ == "PROPN":
            # round 13: "26 Somani brigands" parsed with the nationality as the number's head (the counted noun is now
            # the plural after it): the group the parser counted stays the figure's subject, as before that change
            taken = ent.root.head
            found = entities.lookup(taken.idx, taken.idx + len(taken.text))
            if found and entities.entity(found).type == "NORP":
                return found
        for tok in noun.subtree:
            if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head == noun or tok.dep_ == "pobj" and tok.head.head == noun:
                found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                if found and entities.entity(found).type == "NORP" and not counts_members(noun):
                    continue  # "all European markets losing more than 5%": the group only says which markets
                if found and (entities.entity(found).type in _COUNTRY_TYPES or tok.dep_ == "poss"):
                    return found
    own = entities.lookup(ent.start_char, ent.end_char)  # a name over the figure's own words is the figure itself
    verb = _clause_verb(ent.root)
    first = -1 if verb is None else verb.i
    while verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (ent.start <= child.i < ent.end):
                for tok in child.subtree:
                    found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                    if found and found == own:
                        continue  # "The two jurors, who did not give their names": NER's name holding the figure's own number
                    if found and _group_like(tok, found, entities):
                        continue  # the group acts, tells or is described; a count of it was found above
                        # (round 9: "Palestinian militants fired 20 rockets" is no count of Palestine)
                    if found and _kind_of(tok, found, entities):
                        continue  # round 11: "six AK - 47 rifles, 12 magazines ... were found": a model says which rifles
                    if found:
                        return _named_possession(tok, found, entities) or found
        if verb.i == first and unknown_name_subject(verb, entities):
            return None  # round 11: "U.S. crude fell ... and Brent LCOc1 was last at $60.73": its own subject, unlinked
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _telling_verbs() and not _tells_of_itself(verb):
            break  # round 9: the subject of "said" over the figure's clause is who tells it, not what it measures
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return None


_WHERE_PREPS = frozenset({"in", "at", "off", "near", "on", "across", "along", "outside", "inside", "into", "throughout"})


def _clause_place(ent: Span, entities: EntityIndex) -> str | None:
    """Return a place (GPE, LOC) named inside the figure's own clause, in the object of its verb or a locative
    phrase ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people,
    Iranian media said": Iran), climbing as :func:`_subject` does and stopping below a teller (issue 13, round 10).
    A toll or a quake's magnitude is about where the event struck; the teller's nationality is not that place, but
    the clause often names it outside its subject. A place adjective ("Iranian") says whose, not where."""
    verb = _clause_verb(ent.root)
    while verb is not None:
        for child in verb.children:
            if child.dep_ not in ("dobj", "prep", "npadvmod") or ent.start <= child.i < ent.end:
                continue
            if child.dep_ == "prep" and child.lower_ not in _WHERE_PREPS:
                continue
            for tok in child.subtree:
                if ent.start <= tok.i < ent.end:
                    continue
                found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                if found and entities.entity(found).type in _PLACE_TYPES and not place_adjective(tok, entities.entity(found).type):
                    return found
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _telling_verbs():
            break  # the teller's clause is not where the event struck
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def _located_place(head: Token, ent: Span, entities: EntityIndex, skip: str | None) -> str | None:
    """Return the first place (GPE, LOC; not a place adjective) inside a locative phrase hanging on ``head`` or,
    below it, on a noun of ``head``'s own phrase, other than ``skip``."""
    for prep in head.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE_PREPS or ent.start <= prep.i < ent.end:
            continue
        if prep.head.i != head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in prep.head.children):
            continue  # a locative of a clause below ``head`` with its own subject is that clause's
        for tok in prep.subtree:
            found = entities.lookup(tok.idx, tok.idx + len(tok.text))
            if found and found != skip and entities.entity(found).type in _PLACE_TYPES \
                    and not place_adjective(tok, entities.entity(found).type):
                return found
    return None


def _struck_place(ent: Span, subject: str, entities: EntityIndex) -> str | None:
    """Return the place where a toll was inflicted when its subject came from the inflicting side: the figure is the
    object of an active verb ("killed more than 20 militants") and ``subject`` is named in that verb's subject ("A
    series of precision U.S. airstrikes against al-Qaida operatives this week in northwestern Syria's Idlib province
    killed ...", "Israeli airstrikes on Gaza killed 20 people"), while a locative phrase of the subject or of the verb
    names a place (Syria, Gaza). Who strikes is not where the toll fell (issue 13, round 11); without a located place
    the subject stays."""
    verb = _clause_verb(ent.root)
    if verb is None or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i <= ent.root.i <= c.right_edge.i), None)
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or agent is None:
        return None
    in_agent = any(entities.lookup(t.idx, t.idx + len(t.text)) == subject for t in agent.subtree)
    if not in_agent:
        return None
    return _located_place(agent, ent, entities, subject) or _located_place(verb, ent, entities, subject)


_SETTING_PREPS = frozenset({"in", "at", "inside", "within", "under", "into"})


def _setting_measure(ent: Span, unit: str | None, noun: Token | None) -> Token | None:
    """Return the noun a unit figure describes when that noun is the setting of the clause, a locative object
    ("get audible in that 38 dBa office environment": the room's noise, not the laptop's), else None (round 10).
    Money and percentages are left to :func:`_measured`; a magnitude describes its quake, an event."""
    if unit is not None and (unit == "%" or unit.isupper() and len(unit) == 3):
        return None
    # the measure word: the noun right after the number ("38 dBa office"), else the unit inside the figure
    root = noun if noun is not None and noun.i == ent.end else ent.root if unit is not None else None
    if root is None:
        return None
    if root.dep_ not in ("compound", "amod", "nmod", "nummod") or root.head.pos_ != "NOUN" or root.head.i <= root.i \
            or root.head.i < ent.end:
        return None
    head = root.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPS and head.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return head
    return None


def _owner_of(noun: Token, entities: EntityIndex, measure: Token | None) -> str | None:
    """The entity naming or owning ``noun`` ("Apple's office", "the Apple office"), else None; the figure's own
    measure word ("30GB edition") is none."""
    for tok in noun.children:
        if tok.dep_ in ("poss", "compound") and tok.i < noun.i and not tok.like_num \
                and not (measure is not None and tok.i <= measure.i):
            found = entities.lookup(tok.idx, tok.idx + len(tok.text))
            if found:
                return found
    return None


_MODEL_PREPS = frozenset({"for", "of"})


def _names_model(tok: Token, entities: EntityIndex, look: _Lookups | None = None) -> bool:
    """True when ``tok`` names a product model: letters and digits in one word ("777-200LR", "A380s"), a name with
    a model number ("787 Dreamliner"), an entity linked as a product, or (round 11) a bare model number with its
    article ("for the 787") that the article names as a model elsewhere ("Boeing 787", "787 Dreamliner")."""
    text = tok.text
    if look is not None and _MODEL_DIGITS.fullmatch(text) and any(c.dep_ == "det" for c in tok.children) \
            and look.names_a_model(text):
        return True
    if any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text):
        return True
    if tok.pos_ == "PROPN" and tok.tag_ != "NNPS" and any(c.dep_ == "nummod" and c.like_num and c.i == tok.i - 1 for c in tok.children):
        return True  # "the 787 Dreamliner" ("18 777s", "50 787s" count the aircraft bought)
    found = entities.lookup(tok.idx, tok.idx + len(tok.text))
    return bool(found) and entities.entity(found or "").type == "PRODUCT"


def _programme_figure(ent: Span, noun: Token | None, entities: EntityIndex, look: _Lookups | None = None) -> bool:
    """True when the figure's clause ties it to one product model by "for"/"of"/"on" ("Boeing has received five
    orders from two customers for the 777-200LR"): it counts the programme's orders or customers, which the company
    owns, not the company's own (issue 13, round 10)."""
    verb = _clause_verb(ent.root)
    holders: list[Token] = []
    tok: Token | None = noun if noun is not None else ent.root
    while tok is not None and (verb is None or tok.i != verb.i):
        holders.append(tok)
        tok = tok.head if tok.head.i != tok.i else None
        if len(holders) > 6:
            break
    if verb is not None:
        holders.append(verb)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _MODEL_PREPS or prep.lower_ == "of" and holder.i in (ent.root.i, getattr(noun, "i", -1)):
                continue  # "14 of the new 787 Dreamliner": the partitive "of" names what the figure counts
            for o in prep.children:
                if o.dep_ != "pobj" or ent.start <= o.i < ent.end or noun is not None and o.i == noun.i or o.tag_ in ("NNS", "NNPS") \
                        and any(c.dep_ == "nummod" for c in o.children):
                    continue  # the figure itself, or aircraft counted ("orders for 18 777s")
                if _names_model(o, entities, look):
                    return True
    return False
