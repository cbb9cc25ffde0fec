"""Events: trigger candidates of one sentence, read off the lexicon and the parse.

Verbs, predicative adjectives and event nouns of ``lexicon/event_triggers.tsv`` whose pattern holds;
support verbs that take their event noun's type; halting verbs; reported obligations and quoted
orders (REQUEST). Split out of ``coding.py`` (step 1 of its docstring); rules in ``docs/events.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import NO_EVENT, Lexicon, Rule, _surface_stems, load_ontology
from hearsay.extract.events._rules import holds as _holds
from hearsay.extract.events._rules import lemma_of as _lemma
from hearsay.extract.events._rules import noun_rule as _noun_rule
from hearsay.extract.events._rules import rule_lemma as _rule_lemma
from hearsay.extract.events._rules import with_of as _with_of
from hearsay.extract.events._status import Cand


_SKIP_ENTITY_TYPES = {"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
# prepositions whose object is a circumstance of the event, not its argument
_ADJUNCT_PREPS = {"during", "after", "before", "amid", "amidst", "despite", "following", "since", "until", "throughout",
                  "because", "besides", "like", "unlike"}
_OBLIGATION_AUX = {"must", "should"}
# nouns whose "that"-clause reports what the speaker says someone must do ("a reminder that Iraq must ...")
_OBLIGATION_NOUNS = {"reminder", "warning", "statement", "declaration", "message", "letter", "note", "resolution",
                     "insistence", "demand", "call"}


_OBLIGATION_RULE = Rule("MODAL", "must", "REQUEST", None, (), 0)
# the speaker of the attributed statement holding a character offset, as an event argument
SpeakerAt = Callable[[int], "ea.Arg | None"]


def _event_objects(verb: Token) -> list[Token]:
    """Return the nouns that may name the event a verb acts on: its objects, their noun
    compounds ("the aid program") and partitive/of complements ("part of the aid program",
    "a suspension of air links")."""
    out: list[Token] = []
    for obj in ea.objects(verb) + ea.passive_patients(verb):
        out.append(obj)
        out += [c for c in obj.children if c.dep_ == "compound"]
        for _, pobj in ea.prep_objects(obj, {"of"}):
            out.append(pobj)
            out += [c for c in pobj.children if c.dep_ == "compound"]
    return out


def _halt_candidate(tok: Token, lex: Lexicon) -> Cand | None:
    """Code a verb that ends, cancels or blocks another event by the event it stops.

    PLOVER SANCTION is the reduction of existing cooperative relations (manual, SANCTION;
    CAMEO 161-166: halt negotiations, mediation, aid), so "suspended military aid",
    "ended mediation efforts", "cancelled a visit" are SANCTION; stopping a protest
    ("prevented the demonstration", "banned the rally") is COERCE. HALT rows list the
    stopping verbs and, in ``types=``, the types of event noun each one turns.
    """
    rules = lex.rules.get(("HALT", _rule_lemma(tok, "HALT", lex)), [])
    if not rules:
        return None
    for noun in _event_objects(tok):
        noun_rule = _noun_rule(noun, lex)
        if noun_rule is None:
            continue
        for rule in rules:
            types = dict(rule.pattern).get("types", frozenset())
            if noun_rule.type in types:
                return Cand(tok, tok, rule, rule.type, rule.mode, noun=noun)
    return None


# verbs of forecasting: "should" in their clause says what is likely, not what someone must do
_EXPECTING = frozenset({"expect", "predict", "anticipate", "forecast", "estimate", "project", "reckon"})


def _obligation(tok: Token, reported: bool) -> Token | None:
    """Return the cue of a reported obligation headed by ``tok`` ("China must drop barriers"), else None.

    A clause saying what someone must, should, needs to or has to do is a demand on its subject
    when it is reported: the complement of a reporting verb or message noun ("declared that ...",
    "a reminder that ..."), or the content of an attributed statement ("..., Kerry said"). A
    passive or existential obligation ("a ceasefire must be declared") is a demand with no named
    recipient. "We must ..." is the speaker's own resolve, not a demand.
    """
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subj or subj[0].lower_ in {"i", "we"}:
        return None
    if tok.dep_ == "ccomp" and _lemma(tok.head) in _EXPECTING:
        return None  # "administrators expect that the bankruptcy should take months": a forecast (round 10)
    embedded = (tok.dep_ == "ccomp" and tok.head.pos_ == "VERB"
                or tok.dep_ in {"acl", "ccomp"} and tok.head.pos_ == "NOUN" and _lemma(tok.head) in _OBLIGATION_NOUNS)
    if not (embedded or reported):
        return None
    aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX), None)
    if aux is not None:
        return aux
    if _lemma(tok) in {"need", "have"} and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                               for c in tok.children):
        return tok  # "Iran needs to stop enrichment", "Israel has to withdraw"
    return None


def _imperative(tok: Token) -> bool:
    """True for a main-clause imperative ("Release the hostages now"): a bare verb with no subject or auxiliary."""
    if tok.tag_ != "VB" or tok.dep_ not in {"ROOT", "conj", "ccomp", "parataxis"} or (tok.dep_ == "conj" and tok.head.dep_ != "ROOT"):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"} for c in tok.children)


def _candidate(tok: Token, lex: Lexicon, entities: EntityIndex, reported: bool = False) -> Cand | None:
    cand = _typed_candidate(tok, lex, entities, reported)
    if cand is not None and reported and cand.anchor.i == tok.i and tok.pos_ == "VERB" and _imperative(tok):
        # a quoted order ("'Release the hostages,' the minister told Hamas") is the speaker's demand
        rule = Rule("IMPERATIVE", cand.rule.lemma, "REQUEST", None, (), cand.rule.line)
        return Cand(tok, tok, rule, "REQUEST", load_ontology().requested.get(cand.type))
    return cand


def _typed_candidate(tok: Token, lex: Lexicon, entities: EntityIndex, reported: bool) -> Cand | None:
    lemma = _lemma(tok)
    cue = _obligation(tok, reported)
    if cue is not None:
        # "X declared that China must drop barriers": a reported obligation is a demand on its subject
        return Cand(cue, tok, _OBLIGATION_RULE, "REQUEST", None)
    if _verbal(tok, lex) and (tok.dep_ not in {"amod", "compound"} or ea.finite_modifier(tok)) and not _hyphenated(tok):
        halted = _halt_candidate(tok, lex)
        if halted is not None:
            return halted
        # a support verb with an event-noun object takes the noun's type even when the verb
        # has a type of its own ("imposed sanctions" is SANCTION, "imposed martial law" COERCE)
        for rule in lex.rules.get(("LIGHT", _rule_lemma(tok, "LIGHT", lex)), []):
            for obj in ea.objects(tok):
                # the object, its noun compound ("launched a mediation effort") or its
                # of-complement ("declared a state of emergency")
                for noun in (obj, *(c for c in obj.children if c.dep_ == "compound"), *_with_of([obj])[1:]):
                    noun_rule = _noun_rule(noun, lex)
                    if noun_rule is not None:
                        return Cand(tok, tok, rule, noun_rule.type, noun_rule.mode, noun=obj)
        for rule in lex.rules.get(("VERB", _rule_lemma(tok, "VERB", lex)), []):
            if _holds(rule, tok, lex, entities):
                return None if rule.type == NO_EVENT else Cand(tok, tok, rule, rule.type, rule.mode)
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "amod", "ROOT", "conj"}:
        for rule in lex.rules.get(("ADJ", lemma), []):
            if _holds(rule, tok, lex, entities):
                return Cand(tok, tok, rule, rule.type, rule.mode)
    if _misparsed_verb(tok, lex):
        for rule in lex.rules.get(("VERB", tok.lower_), []):
            if not rule.pattern:
                return Cand(tok, tok, rule, rule.type, rule.mode)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound":
        eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
        if eid is not None and entities.entity(eid).type in _SKIP_ENTITY_TYPES:
            return None  # "Asia-Pacific Economic Cooperation", "the Korean War"
        noun_rule = _noun_rule(tok, lex)
        if noun_rule is not None:
            trigger = tok
            for child in tok.children:  # "the recently signed treaty": the participle is the trigger
                if child.dep_ in {"amod", "acl"} and child.tag_ == "VBN" and ("VERB", _lemma(child)) in lex.rules:
                    trigger = child
            return Cand(trigger, tok, noun_rule, noun_rule.type, noun_rule.mode)
    stem = _headline_verb(tok, lex)
    if stem is not None:
        for rule in lex.rules.get(("VERB", stem), []):
            if rule.type == NO_EVENT and ("obj", frozenset({"*any"})) in rule.pattern:
                return None  # the verb with any other object is no event ("Microsoft Releases Critical Patch")
            if not rule.pattern:
                return Cand(tok, tok, rule, rule.type, rule.mode)
    return None


# parts of speech that can open a verb's object ("Kills 2 Women", "Kills L. A. Deputy", "Kills His Wife")
_OBJECT_STARTS = {"DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON"}


def _title_case(sent: Span) -> bool:
    """True for a headline written in title case: four in five of its words of four letters or more capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and 5 * sum(t.text[0].isupper() for t in words) >= 4 * len(words)


def _headline_verb(tok: Token, lex: Lexicon) -> str | None:
    """Return the verb lemma of a present-tense headline verb the tagger read as a plural noun in a title-case
    headline ("Gunman Kills L. A. Deputy on Gang Duty", "Suspended Worker Kills 2 Women in Kraft Factory
    Shooting": "Kills" a proper-noun compound), else None. Only a capitalised "-s" word between a capitalised
    noun (its subject) and a word that can open its object, whose stem has verb rows (issue 15 round 20: wide10,
    wide11 blind runs; round 17 read such nouns' subjects for event nouns only)."""
    if tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ not in {"NNS", "NNPS", "NNP"} or not tok.text[:1].isupper():
        return None
    if not tok.lower_.endswith("s") or tok.i + 1 >= len(tok.doc) or tok.i == tok.sent.start:
        return None
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if before.pos_ not in {"NOUN", "PROPN"} or not before.text[:1].isupper() or after.pos_ not in _OBJECT_STARTS:
        return None
    if not _title_case(tok.sent):
        return None
    return next((stem for stem in _surface_stems(tok.lower_) if ("VERB", stem) in lex.rules), None)


def _hyphenated(tok: Token) -> bool:
    """True for a verb inside a hyphenated noun modifier ("meet-and-greet signings"): a word, not an act
    (issue 15 round 12)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in {"amod", "compound", "nmod"} and nxt is not None and nxt.text == "-" and tok.head.pos_ == "NOUN"


def _verbal(tok: Token, lex: Lexicon) -> bool:
    """True for a verb, or a word of the ``verbonly`` class (urge, condemn, accuse …) tagged as a noun
    but parsed with a subject of its own ("The Members of the Security Council urge the Prime
    Minister-designate … to work": "urge" a noun root with nsubj, dobj and xcomp; issue 15 round 6)."""
    return tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and tok.lower_ in lex.classes.get("verbonly", ())
                                  and any(c.dep_ == "nsubj" for c in tok.children))


def _misparsed_verb(tok: Token, lex: Lexicon) -> bool:
    """True for a verb the parser read as a noun compound after its subject ("Police allege Eric
    Allen Kirkpatrick ... opened fire": "allege" a compound of the name): a word of the
    ``verbonly`` class, tagged as a base-form noun, with a noun compound before it."""
    return (tok.dep_ == "compound" and tok.tag_ == "NN" and tok.lower_ in lex.classes.get("verbonly", ())
            and any(c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ in {"NOUN", "PROPN"} for c in tok.children))


def _governor(noun: Token) -> Token:
    """Return the word a noun argument belongs to: its verb, across prepositions ("pulled out of
    the talks") and an object's of-complement ("lifted the state of emergency")."""
    head = noun.head
    if noun.dep_ != "pobj":
        return head
    if head.lower_ in _ADJUNCT_PREPS:  # "threw stones during demonstrations": two events
        return noun
    of = head.lower_ == "of"
    while head.dep_ in {"prep", "prt", "agent"} and head.head.i != head.i:
        head = head.head
    if of and head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "obj", "nsubjpass", "attr"}:
        return head.head
    return head


def _candidates(sent: Span, lex: Lexicon, entities: EntityIndex, speaker_at: SpeakerAt | None = None) -> list[Cand]:
    cands = [c for c in (_candidate(t, lex, entities, speaker_at is not None and speaker_at(t.idx) is not None)
                         for t in sent) if c is not None]
    by_anchor = {c.anchor.i: c for c in cands}
    kept = []
    for c in cands:
        if c.anchor.pos_ in {"NOUN", "PROPN"}:
            # an event noun that is a verb trigger's object (or prepositional object) belongs to it
            gov = _governor(c.anchor)
            if c.anchor.dep_ in {"dobj", "pobj", "attr", "nsubjpass"} and gov.i in by_anchor and gov.i != c.anchor.i:
                owner = by_anchor[gov.i]
                if owner.noun is None:
                    owner.noun = c.anchor
                continue
            if any(o.noun is not None and o.noun.i == c.anchor.i for o in cands if o is not c):
                continue
        kept.append(c)
    return kept
