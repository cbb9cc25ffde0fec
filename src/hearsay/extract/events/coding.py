"""Events: PLOVER-coded political events read off the dependency parse (issue 5).

How the coder works (docs/events.md has the long form):

1. **Triggers.** Verbs, predicative adjectives and event nouns are looked up in the lexicon
   ``lexicon/event_triggers.tsv``; a row's pattern (object lemma, particle, preposition,
   modifier, clausal complement) must hold. A support verb ("launched an incursion") takes
   its type from its event-noun object and is itself the trigger. A noun trigger that is the
   object of a verb trigger belongs to that event ("signed a treaty").
2. **Arguments** come from the trigger's own dependents (:mod:`hearsay.extract.events._args`).
3. **Status.** Negation, future auxiliaries, modals, conditionals and embedding under a
   request, threat, offer or refusal mark the event (``negated``, ``future``,
   ``hypothetical``) instead of asserting it. How such an event is coded is data: the
   ``recode`` rows of ``lexicon/plover.tsv`` (future cooperation and promised concessions are
   AGREE, announced coercion is THREATEN, a sanction only when conditional). Main-clause
   preference: an embedded trigger is a separate event only when asserted (issue 15).
4. **Keeping.** An event needs an actor; AID, COOPERATE and SANCTION need a recipient
   (PLOVER "Requires recipient: Yes"): ``settings.events_require_dyad`` (default true,
   PETRARCH's ``require_dyad``) asks for both; with it off every typed trigger is kept, with
   or without actor and recipient (to score event types alone). Repeats of the same
   type, actor and recipient in one sentence are dropped.
5. **Context.** ``date`` is the TIMEX3 value of a time expression in the trigger's clause,
   else the enclosing statement's date; ``source``/``statement`` come from the innermost
   statement whose content holds the trigger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.config import Settings
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import NO_EVENT, Lexicon, Ontology, Rule, load_lexicon, load_ontology
from hearsay.extract.events._rules import holds as _holds
from hearsay.extract.events._rules import lemma_of as _lemma
from hearsay.extract.events._rules import noun_rule as _noun_rule
from hearsay.extract.events._rules import rule_lemma as _rule_lemma
from hearsay.extract.events._rules import with_of as _with_of
from hearsay.extract.events._status import (
    Cand,
    clause_head,
    dominated,
    event_status,
    recoded,
    refused,
)
from hearsay.extract.events._places import place_country, span_place_country
from hearsay.extract.events.actors import code_actor, dominant_country, role_sector
from hearsay.extract.context import StatementIndex, source_of, statement_at
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.model import Event, Statement, TimeExpr
from hearsay.nlp.text import doc_text

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


# -- candidates ---------------------------------------------------------------------------------
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
    return None


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


# -- arguments --------------------------------------------------------------------------------
_VERB_TARGET_PREPS = {"to", "against", "on", "upon", "with", "into", "toward", "towards", "at"}
_NOUN_TARGET_PREPS = {"to", "against", "on", "upon", "with", "into", "toward", "towards", "at", "for"}


def _resolve(entities: EntityIndex, tok: Token) -> list[ea.Arg]:
    """Resolve an event argument; role nouns ("rebels", "the police") become actors too."""
    return ea.resolve(entities, tok, roles=True)


def _targets_of_verb(verb: Token, entities: EntityIndex, noun: Token | None) -> list[ea.Arg]:
    """Return the recipients of a verb trigger.

    Only named entities count here: a role noun in object position is usually what is
    acted with or handed over ("sent troops to aid Russia"), so role nouns become
    recipients only as passive subjects ("protesters were arrested").
    """
    resolve = ea.resolve
    found: list[ea.Arg] = []
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            found += resolve(entities, child)
    for obj in ea.objects(verb):
        if noun is None or obj.i != noun.i:
            found += resolve(entities, obj)
    for _, pobj in ea.prep_objects(verb, _VERB_TARGET_PREPS):
        if not found:
            found += resolve(entities, pobj)
    if not found and noun is not None:
        for _, pobj in ea.prep_objects(noun, _NOUN_TARGET_PREPS):
            found += resolve(entities, pobj)
    if not found:  # "threatened further action against Russia": the object's own complement
        for obj in ea.objects(verb):
            for _, pobj in ea.prep_objects(obj, _NOUN_TARGET_PREPS - {"for"}):
                found += resolve(entities, pobj)
    if not found:  # "sent 11,000 troops to aid Russia": the purpose clause names the recipient
        for child in verb.children:
            if child.dep_ in {"xcomp", "advcl"} and child.pos_ == "VERB":
                for obj in ea.objects(child):
                    found += resolve(entities, obj)
    if not found and noun is not None:  # "reaffirms its commitment to support the government of Iraq" (round 11)
        for child in noun.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                for obj in ea.objects(child):
                    found += resolve(entities, obj)
    if not found:  # "threatened to deliver blows to the United States": the embedded act's recipient
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                for _, pobj in ea.prep_objects(child, _VERB_TARGET_PREPS - {"at", "into"}):
                    found += resolve(entities, pobj)
    return found


def _reporters(clause: Token) -> list[Token]:
    """Return who reports the obligation in ``clause``: the subject of the reporting verb
    ("X declared that ..."), or the owner or issuer of a message noun ("X's warning that ...",
    "X issued a reminder that ..."). Empty for an unembedded clause (the statement's speaker
    is used instead)."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ in {"VERB", "AUX"}:
        return ea.subjects(head)[0]
    if clause.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN":
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:
            return owners
        if head.dep_ in {"dobj", "obj"} and head.head.pos_ in {"VERB", "AUX"}:
            return ea.subjects(head.head)[0]
    return []


def _arguments(cand: Cand, entities: EntityIndex) -> ea.Args:
    anchor = cand.anchor
    actors: list[ea.Arg] = []
    targets: list[ea.Arg] = []
    if cand.rule.pos == "IMPERATIVE":
        # the speaker gives the order (_code_sentence); the addressee is whoever was told ("... told Hamas")
        if anchor.dep_ in {"ccomp", "parataxis"}:
            for tok in anchor.head.children:
                if tok.dep_ in {"dobj", "obj", "dative"}:
                    targets += _resolve(entities, tok)
        return ea.Args([], targets)
    if cand.rule.pos == "MODAL":
        for tok in _reporters(anchor):
            actors += _resolve(entities, tok)
        for tok in anchor.children:
            if tok.dep_ == "nsubj":
                targets += _resolve(entities, tok)
        return ea.Args(actors, targets)  # a self-obligation ("it needs to borrow") is dropped in _code_sentence
    if anchor.pos_ in {"VERB", "ADJ", "AUX"} or _verbal(anchor, load_lexicon()):
        verb = anchor.head if anchor.pos_ == "ADJ" and anchor.dep_ == "acomp" else anchor
        subj, passive = ea.subjects(verb)
        for tok in subj:
            actors += _resolve(entities, tok)
        if passive:
            for tok in ea.passive_patients(verb):
                targets += _resolve(entities, tok)
        else:
            targets = _targets_of_verb(anchor, entities, cand.noun)
        if anchor.dep_ == "acl" and anchor.tag_ == "VBG" and ea.message_sender(anchor.head) is not None:
            # "sent letters to the Interior and Commerce departments urging them": the addressee the
            # participle hangs on is the recipient, the sender the actor (issue 15 round 12)
            targets = _resolve(entities, anchor.head) or targets
        parties = ea.between(entities, cand.noun) if cand.noun is not None else []
    else:
        for child in anchor.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i < anchor.i):
                actors += _resolve(entities, child)
        for _, pobj in ea.prep_objects(anchor, {"by"}):
            actors += _resolve(entities, pobj)
        undergoer = _receiving_verb(anchor)
        if undergoer is not None:  # "the navy drew criticism": the subject is the recipient
            for tok in ea.subjects(undergoer)[0]:
                targets += _resolve(entities, tok)
            for host in (anchor, undergoer):  # "faced criticism from the opposition": whoever it comes from acts
                for _, pobj in ea.prep_objects(host, {"from"}):
                    actors += _resolve(entities, pobj)
        if not actors and any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                              for c in anchor.children):
            # "the refusal of the Federal Reserve to bail out ...", "the decision of the court to ...":
            # the of-phrase of a noun that controls an infinitive is its agent, as a possessor would be
            for _, pobj in ea.prep_objects(anchor, {"of"}):
                actors += _resolve(entities, pobj)
        if not actors and cand.base_type == "RETREAT" and _lemma(anchor) in load_lexicon().classes.get("ofagent", ()):
            # "the resignation of President Nixon", "the withdrawal of Russian troops": an act with no
            # recipient of its own is done by its of-complement (subjective genitive; issue 15 round 12)
            for _, pobj in ea.prep_objects(anchor, {"of"}):
                actors += _resolve(entities, pobj)
        gov = _agentive_verb(anchor) if undergoer is None else None
        if not actors and gov is not None and not ea.between(entities, anchor):
            # "organized a general strike", "staged sit-ins in protest": whoever carries out
            # the noun's event is the subject of the verb that governs it (PETRARCH's verb-phrase rule)
            for tok in ea.subjects(gov)[0]:
                actors += _resolve(entities, tok)
        for _, pobj in ea.prep_objects(anchor, _NOUN_TARGET_PREPS):
            targets += _resolve(entities, pobj)
        if cand.rule.pos == "VERB" and anchor.dep_ == "compound":  # a misparsed verb: its "noun" is the object
            targets += _resolve(entities, anchor.head)
        parties = ea.between(entities, anchor)
    if parties:
        if actors:
            targets = targets or parties
        else:
            return ea.Args(parties[:1], parties[1:2], reciprocal=True)
    if len(actors) > 1 and targets:  # "X and Y, which have provided X's forces": the object is not an actor
        named = {t.entity for t in targets}
        actors = [a for a in actors if a.entity not in named] or actors
    seen = {a.entity for a in actors}
    targets = [t for t in targets if t.entity not in seen]
    if len(actors) >= 2 and not targets and cand.type not in {"ASSAULT"}:
        return ea.Args(actors[:1], actors[1:2], reciprocal=True)
    return ea.Args(actors, targets)




def _receiving_verb(noun: Token) -> Token | None:
    """Return the verb whose subject undergoes ``noun`` ("drew criticism", "came under fire"), if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "under":
        head = head.head
        if _lemma(head) != "come":
            return None
    elif noun.dep_ not in {"dobj", "obj"} or _lemma(head) == "come":
        return None
    if head.pos_ != "VERB" or _lemma(head) not in lexicon.words("receiving.txt"):
        return None
    return head


def _agentive_verb(noun: Token) -> Token | None:
    """Return the verb whose object (or in/during complement) ``noun`` is, if it carries the event out."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "during", "through"}:
        head = head.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None
    if head.pos_ != "VERB" or _lemma(head) in lexicon.words("not_agentive.txt") or head.i == noun.i:
        return None
    return head


def _mode(cand: Cand, args: ea.Args, lex: Lexicon) -> str | None:
    if cand.mode:
        return cand.mode
    words = [t for t in cand.anchor.subtree if t.dep_ not in {"ccomp"}]
    words += [a.head for a in args.actors] + [c for a in args.actors for c in a.head.children]
    if cand.noun is not None:
        words += list(cand.noun.subtree)
    for tok in words:
        for type_, mode in lex.cues.get(_lemma(tok), []) + lex.cues.get(tok.lower_, []):
            if type_ in {cand.type, "*"}:
                return mode
    return None


# -- context: date, statement, source ---------------------------------------------------------------
def _date(cand: Cand, times: Sequence[TimeExpr], sent: Span, statement: Statement | None) -> str | None:
    clause = clause_head(cand.anchor)
    for t in times:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if clause_head(span.root.head if span.root.dep_ != "ROOT" else span.root).i == clause.i:
            return t.value
    return statement.date if statement is not None else None






def _speaker_acts(cand: Cand) -> bool:
    """True when an actor-less event inside a statement is the speaker's own act: a reported
    obligation or order, or a verbal act whose subject is "I"/"we" or missing ("'We demand ...'"),
    or an agentless passive one."""
    if cand.rule.pos in {"MODAL", "IMPERATIVE"}:
        return True
    if cand.type not in load_ontology().verbal:
        return False
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else clause_head(cand.anchor)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _reduced_passive(verb):
        if verb.i != cand.anchor.i:
            return False  # "was put under investigation": the noun's act is not the speaker's
        if cand.mode == "allege":
            # "X has been charged with homicide, a court source said": a passive accusation reports a
            # charge someone else brought; the speaker's own would be active ("we accuse") (round 9)
            return False
        # "Israel has been asked to withdraw, the UN said": an agentless passive act is the speaker's
        return not any(c.dep_ == "agent" for c in verb.children)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return not subj or subj[0].lower_ in {"i", "we"}


def _committed_force(cand: Cand, by_anchor: dict[int, Cand]) -> Cand | None:
    """Return the AGREE trigger that commits its actor to the force ``cand`` names, else None.

    "we are committed to destroying ISIL", "vowed to crush the rebels", "pledged to attack": an
    ASSAULT verb that is the infinitive (``xcomp``) of an asserted AGREE verb, or the verb of its
    "to" phrase (``pcomp``), states an intent to use force, which PLOVER codes THREATEN (CAMEO 138),
    not a promise to cooperate. Issue 15, round 9.
    """
    if cand.base_type != "ASSAULT" or cand.rule.pos != "VERB" or cand.anchor.pos_ != "VERB":
        return None
    verb = cand.anchor
    if verb.dep_ == "xcomp":
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "to":
        head = verb.head.head
    else:
        return None
    owner = by_anchor.get(head.i)
    if owner is None or owner.type != "AGREE" or owner.base_type != "AGREE" or owner.status != "asserted":
        return None
    return owner


def _reduced_passive(verb: Token) -> bool:
    """True for a past participle heading a subjectless modifier clause, a passive without "be"
    ("were held in jail, charged with killing X": ``advcl``/``acl`` VBN with no subject or "have")."""
    return (verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}
            and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children))


# nouns that name the stopping of an act: "cessation of hostilities" is no act of hostility
_STOP_NOUNS = {"cessation", "halt", "end", "stop", "suspension", "cease", "ending", "stopping", "termination"}


def _stopped(cand: Cand) -> bool:
    """True when an event noun is the of/to-object of a noun naming its stopping ("cessation of hostilities",
    "an end to the fighting"): the sentence names the act's end, not the act."""
    noun = cand.anchor
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"pobj", "compound"}:
        return False
    prep = noun.head
    if noun.dep_ == "compound":
        return False
    return prep.lower_ in {"of", "to"} and _lemma(prep.head) in _STOP_NOUNS


# verbs whose to-infinitive names an act only wished or proposed (not planned: plans recode as intents)
_WISH_HEADS = {"hope", "want", "wish", "aim", "seek", "propose"}


# adverbs of habit: with a simple present they make a clause generic ("airframers normally supply
# technical assistance to investigations"), which names no occurrence PLOVER could code (issue 15, round 11)
_HABITUAL = {"normally", "usually", "typically", "generally", "routinely", "customarily", "traditionally", "ordinarily"}


def _habitual(cand: Cand) -> bool:
    """True when the trigger's clause is a simple present with an adverb of habit."""
    verb = cand.anchor if cand.anchor.pos_ == "VERB" else clause_head(cand.anchor)
    return verb.tag_ in {"VBP", "VBZ"} and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children)


# titles of company officers: one leaving the post is a corporate appointment, which PLOVER does not code
# (events-wide4 and -wide codes it NONE; issue 15 round 11)
_COMPANY_TITLES = {"executive", "ceo", "cfo", "coo", "executives"}


def _corporate_post(cand: Cand) -> bool:
    """True when the subject of a retreat is named by a company officer's title ("Chief Executive Robert Nardelli")."""
    verb = cand.anchor if cand.anchor.pos_ == "VERB" else clause_head(cand.anchor)
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        words = [subj, *(t for t in subj.subtree if t.dep_ in {"compound", "appos", "amod"} and t.i < subj.i + 4)]
        if any(w.lower_ in _COMPANY_TITLES for w in words):
            return True
    return False


def _wished(cand: Cand) -> bool:
    """True when the trigger's clause is the to-infinitive of a wish ("we hope to agree")."""
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else clause_head(cand.anchor)
    return verb.dep_ == "xcomp" and _lemma(verb.head) in _WISH_HEADS


def _possible(cand: Cand) -> bool:
    """True when the trigger's clause carries a modal of possibility ("can contribute", "may attack")."""
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else clause_head(cand.anchor)
    return any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might", "can"} for c in verb.children)


def _question(sent: Span) -> str | None:
    """Return "polar" for a yes/no question (it opens with an auxiliary: "Does hosting a Syrian Government
    website constitute a sanctions violation?"), "open" for another direct question, else None. A polar
    question asserts none of its acts; an open one ("What action has the State Department taken to
    investigate?") presupposes its asserted act but not the acts it asks about (issue 15 round 8)."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?":
        return None
    first = next((t for t in words if not t.is_punct), words[0])
    return "polar" if first.pos_ == "AUX" or first.tag_ == "MD" else "open"


# nouns that report, show or answer an act: "reports of continued air strikes", "in response to the attack"
_ACCOUNT_NOUNS = {"report", "reports", "news", "account", "footage", "image", "images", "video", "videos", "picture",
                  "pictures", "response", "reaction", "aftermath", "wake", "memory", "anniversary", "investigation",
                  "outcome", "outcomes",  # round 10: "awaiting the outcome of several meetings"
                  # round 12: "facing the prospect of arrest": a possible act, not one done
                  "prospect", "prospects", "possibility", "risk", "likelihood", "chance", "spectre", "specter"}


def _described(cand: Cand, args: ea.Args) -> bool:
    """True when an event noun with neither actor nor recipient is talked about rather than reported as
    done: the subject of "be" ("the attack was a horrific act of terror"), the object of a verb that
    reports, perceives, answers or suffers it ("responds to the attack", ``not_agentive.txt``), or the
    of/to-object of a noun that reports or answers it ("reports of continued air strikes"). PLOVER codes
    who did what to whom; with no party the sentence is about the act (issue 15 round 8)."""
    if cand.rule.pos != "NOUN" or args.actors or args.targets:
        return False
    noun = cand.anchor
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return _lemma(head) == "be"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in {"of", "to"} and head.head.lower_ in _ACCOUNT_NOUNS:
            return True
        if head.lower_ == "to" and _lemma(head.head) == "lead" and not any(t.lower_ == "by" for t in noun.subtree):
            return True  # "information leading to the arrest": a consequence named, not an act done (round 10)
        head = head.head  # "responds to the attack"
    elif noun.dep_ not in {"dobj", "obj"}:
        return False
    return head.pos_ == "VERB" and _lemma(head) in lexicon.words("not_agentive.txt")


# -- assembly -----------------------------------------------------------------------------------------
def _code_sentence(sent: Span, entities: EntityIndex, lex: Lexicon, onto: Ontology, require_dyad: bool,
                   speaker_at: SpeakerAt | None = None) -> list[tuple[Cand, ea.Args, str | None]]:
    cands = _candidates(sent, lex, entities, speaker_at)
    by_anchor = {c.anchor.i: c for c in cands}
    out: list[tuple[Cand, ea.Args, str | None]] = []
    for cand in cands:
        cand.base_type = cand.type
        cand.status = "asserted" if cand.rule.pos in {"MODAL", "IMPERATIVE"} else event_status(cand, by_anchor)
        if cand.status == "negated" and refused(cand):
            cand.type, cand.mode, cand.status = "REJECT", None, "asserted"
        new_type = recoded(cand, onto)
        if new_type is not None:  # "will allow" -> AGREE, "will extend the curfew" -> THREATEN
            cand.type, cand.mode, cand.status, cand.recoded = new_type, None, "asserted", True
    forced: dict[int, Cand] = {}  # a vow of force's trigger -> the force it vows
    for cand in cands:
        owner = _committed_force(cand, by_anchor)
        if owner is not None:  # "we are committed to destroying ISIL": a vow of force is a threat (round 9)
            owner.type, owner.mode = "THREATEN", "violence"
            forced[owner.anchor.i] = cand
    asked = _question(sent)
    for cand in cands:
        if asked == "polar" or asked == "open" and cand.status != "asserted":
            continue  # "Does hosting a website constitute a violation?": a question asserts no act (round 8)
        if _stopped(cand):
            continue  # "cessation of hostilities", "an end to the violence": the act named is what stops
        if _habitual(cand):
            continue  # "airframers normally supply technical assistance": a habit, no event (round 11)
        if cand.base_type == "RETREAT" and _corporate_post(cand):
            continue  # "Chrysler Chief Executive Robert Nardelli will step down": a company post, not a political retreat
        if cand.status == "hypothetical" and not cand.recoded and (_wished(cand) or _possible(cand)):
            continue  # "we hope to agree", "the agreement can contribute": wished or possible, not done (round 7)
        if (cand.status != "asserted" or cand.recoded) and dominated(cand, by_anchor):
            # main-clause preference: "promised to free", "urged X to withdraw", "warned it would impose sanctions"
            continue
        args = _arguments(cand, entities)
        if not args.actors and speaker_at is not None and _speaker_acts(cand):
            speaker = speaker_at(cand.trigger.idx)
            if speaker is not None:  # the speaker of a reported demand is its actor (issue 15)
                args = ea.Args([speaker], args.targets)
        if _described(cand, args):
            continue  # "the attack was a horrific act of terror", "reports of air strikes": an act talked about (round 8)
        if cand.anchor.i in forced and not args.targets:
            # the threatened are those the vowed force is aimed at: "committed to destroying ISIL" (round 10)
            args = ea.Args(args.actors, _arguments(forced[cand.anchor.i], entities).targets, args.reciprocal)
        if cand.rule.pos == "MODAL":
            if cand.anchor.head.i in by_anchor and cand.anchor.head.i != cand.anchor.i:
                continue  # "agree that disputes should be resolved", "demanded that X must": the governing trigger codes it
            own = {a.entity for a in args.actors}
            if any(t.entity in own for t in args.targets):
                continue  # "the government said it needs to borrow": its own resolve, not a demand
        # a purpose clause of the same type is the same event ("sent troops to aid Russia")
        head = cand.anchor.head
        owner = by_anchor.get(head.i) if cand.anchor.dep_ in {"xcomp", "advcl", "conj"} else None
        if owner is not None and owner.type == cand.type and cand.anchor.dep_ != "conj":
            continue
        # PETRARCH's require_dyad: an article event needs an actor and, where PLOVER requires
        # one or the setting asks for a dyad, a recipient; with the setting off every typed
        # trigger is kept, so event types can be scored on their own (petrarch2's fictional actors)
        if require_dyad and (not args.actors or not args.targets):
            continue
        out.append((cand, args, _mode(cand, args, lex)))
    return out


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    cand: Cand
    mode: str | None
    actor: str | None
    target: str | None
    actor_code: str | None
    target_code: str | None
    sent: Span
    rule: str
    place: str | None


def _codes(entities: EntityIndex, arg: ea.Arg, sent: Span, domestic: str | None = None) -> tuple[str | None, str | None]:
    """Return ``(iso3, sector)`` of one event argument.

    An organisation or group with no country of its own ("the Homeland Union", "Hutu
    rebels") is read as domestic to the country the sentence is about. A state official
    (a person with a government, military, police or judicial role) with no country of
    their own takes ``domestic``, the country of a domestic act (see :func:`_domestic`).
    Both guesses are kept on the event only, never stored on the entity.
    """
    iso3, sector = code_actor(entities, arg.entity, arg.head)
    kind = entities.entity(arg.entity).type
    if iso3 is None and kind in {"ORG", "NORP"}:
        iso3 = dominant_country(entities, sent)
    elif iso3 is None and kind == "PERSON" and sector in _STATE_SECTORS:
        iso3 = domestic
    if iso3 is None and kind == "PERSON" and entities.lookup(arg.head.idx, arg.head.idx + len(arg.head.text)) != arg.entity \
            and role_sector(arg.head) is not None:
        # "the Federal Minister for Interior, <name>": a person named in apposition to a role noun
        # is read as the role would be, the country named most in the sentence
        iso3 = dominant_country(entities, sent)
    return iso3, sector


_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}


def _domestic(entities: EntityIndex, cand: Cand, place: str | None, target: ea.Arg | None) -> str | None:
    """Return the country of a domestic act: where it happens ("declared a state of siege in
    Haiti"), or for coercion, whose people it targets ("banned Ugandan opposition candidates")."""
    if cand.base_type not in load_ontology().domestic:
        return None
    for eid in (place, target.entity if target is not None and cand.base_type == "COERCE" else None):
        if eid is not None and not eid.startswith(ea.PENDING):
            iso3 = _place_iso3(entities, eid) if eid == place else entities.entity(eid).ids.get("iso3")
            if iso3:
                return iso3
    return None


def _place_iso3(entities: EntityIndex, eid: str) -> str | None:
    """Return the country of an event's place: its own code, else the country of a city, state or
    region (``lexicon/places.tsv``: "opened fire at a factory in Philadelphia" -> USA)."""
    draft = entities.entity(eid)
    return draft.ids.get("iso3") or place_country(draft.name)


def _unattributed(entities: EntityIndex, place: str | None, sent: Span, target: ea.Arg | None) -> str | None:
    """Return "<ISO3>UAF" for an attack with no named perpetrator: unidentified armed forces of the
    country it happens in (the place, else the country the sentence names most, leaving out the
    victims' own country: "three US servicemen were killed outside the Iraqi city of Basra" -> IRQ)."""
    if place is not None and not place.startswith(ea.PENDING):
        iso3 = _place_iso3(entities, place)
        if iso3:
            return iso3 + "UAF"
    victims = entities.entity(target.entity).ids.get("iso3") if target is not None and not target.entity.startswith(ea.PENDING) else None
    if victims and target is not None and place_country(entities.entity(target.entity).name) is not None:
        victims = None  # the target is a city or region attacked ("at a Louisiana college"): where it happens
    counts: dict[str, int] = {}
    for _start, _end, eid in entities.mentions_in(sent.start_char, sent.end_char):
        draft = entities.entity(eid)
        iso3 = draft.ids.get("iso3")
        if iso3 and iso3 != victims and draft.type in {"GPE", "NORP", "LOC"} and not draft.key.startswith("role:"):
            counts[iso3] = counts.get(iso3, 0) + 1
    if not counts:  # no country named: a city, state or region the sentence names
        iso3 = span_place_country(sent)
        return iso3 + "UAF" if iso3 and iso3 != victims else None
    return max(counts, key=lambda c: counts[c]) + "UAF"  # first named wins a tie (dicts keep order)


def _role_code(codes: tuple[str | None, str | None]) -> str | None:
    """Return the CAMEO-style code of one event role: country + sector ("PRKMIL"), IGO/NGO alone."""
    iso3, sector = codes
    code = (iso3 or "") + (sector if sector and sector != iso3 else "")
    return code or None


def find_events(
    doc: Doc, entities: EntityIndex, statements: Sequence[Statement], times: Sequence[TimeExpr], zones: Zones, settings: Settings
) -> list[Event]:
    """Return the PLOVER events coded from ``doc``, in text order, with ids ``v1``...

    Args:
        doc: the parsed article.
        entities: the document's entities; actor codes (``iso3``, ``sector``) are added to
            the entities that take part in events.
        statements: attributed statements, for ``source``, ``statement`` and the fallback date.
        times: normalised time expressions, for ``date``.
        zones: page furniture; events in biographies, credits and headings are not coded.
        settings: ``settings.events_require_dyad`` (default true) drops events without an
            actor or a recipient; false keeps every typed trigger.

    Returns:
        One :class:`Event` per actor of each kept trigger (compound actors make one event each).
    """
    lex, onto = load_lexicon(), load_ontology()
    require_dyad = settings.events_require_dyad
    by_offset = StatementIndex(statements)  # one index for every look-up below (issue 16: no scan per event)
    found: list[_Found] = []

    def speaker_at(offset: int) -> ea.Arg | None:
        statement = statement_at(by_offset, offset)
        if statement is None or statement.speaker is None or statement.speaker_start is None or statement.speaker_end is None:
            return None
        span = doc.char_span(statement.speaker_start, statement.speaker_end, alignment_mode="expand")
        return ea.Arg(statement.speaker, span.root) if span is not None else None

    for sent in doc.sents:
        if not zones.is_story(sent.start_char, sent.end_char) or zones.kind_at(sent.start_char, sent.end_char) == "heading":
            continue
        seen: set[tuple[str, str | None, str | None]] = set()
        for cand, args, mode in _code_sentence(sent, entities, lex, onto, require_dyad, speaker_at):
            target = ea.materialize(entities, args.targets[0]) if args.targets else None
            actors: list[ea.Arg | None] = [ea.materialize(entities, a) for a in (args.actors[:1] if args.reciprocal else args.actors)] or [None]
            target_code = _role_code(_codes(entities, target, sent)) if target else None
            for actor in actors:
                key = (cand.type, actor.entity if actor else None, target.entity if target else None)
                if key in seen:
                    continue
                seen.add(key)
                place = ea.place_of(entities, [cand.anchor, *([cand.noun] if cand.noun is not None else []), cand.anchor.head],
                                    {*(a.entity for a in args.actors), *(t.entity for t in args.targets)})
                domestic = _domestic(entities, cand, place, target)
                actor_code = _role_code(_codes(entities, actor, sent, domestic)) if actor else None
                if actor is None and cand.base_type in onto.unattributed:
                    actor_code = _unattributed(entities, place, sent, target)
                rule = cand.rule.name + ("+reciprocal" if args.reciprocal else "")
                found.append(_Found(cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text), cand, mode,
                                    actor.entity if actor else None, target.entity if target else None,
                                    actor_code, target_code, sent, rule, place))
    found.sort(key=lambda f: (f.start, f.end))
    events = []
    for n, f in enumerate(found, start=1):
        start, end, cand, sent = f.start, f.end, f.cand, f.sent
        statement = statement_at(by_offset, start)
        events.append(Event(
            id=f"v{n}", type=cand.type, trigger=doc_text(doc)[start:end], start=start, end=end, mode=f.mode,
            actor=f.actor, target=f.target, actor_code=f.actor_code, target_code=f.target_code,
            date=_date(cand, times, sent, statement), location=f.place,
            source=source_of(statement), status=cand.status, sentence_start=sent.start_char,
            sentence_end=sent.end_char, statement=statement.id if statement else None, rule=f.rule,
        ))
    return events


__all__ = ["Lexicon", "Ontology", "Rule", "find_events", "load_lexicon", "load_ontology"]
