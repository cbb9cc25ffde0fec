"""Events: PLOVER-coded political events read off the dependency parse (issue 5).

How the coder works (docs/events.md has the long form):

1. **Triggers.** Verbs, predicative adjectives and event nouns are looked up in the lexicon
   ``data/event_triggers.tsv``; a row's pattern (object lemma, particle, preposition,
   modifier, clausal complement) must hold. A support verb ("launched an incursion") takes
   its type from its event-noun object and is itself the trigger. A noun trigger that is the
   object of a verb trigger belongs to that event ("signed a treaty").
2. **Arguments** come from the trigger's own dependents (:mod:`hearsay.extract._event_args`).
3. **Status.** Negation, future auxiliaries, modals, conditionals and embedding under a
   request, threat, offer or refusal mark the event (``negated``, ``future``,
   ``hypothetical``) instead of asserting it. Per the PLOVER manual, future CONSULT, SUPPORT,
   COOPERATE and AID are coded AGREE, and future RETREAT is coded CONCEDE.
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

import functools
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from hearsay.config import Settings
from hearsay.extract import _event_args as ea
from hearsay.extract.actors import code_actor, dominant_country
from hearsay.extract.entities import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.model import Event, EventStatus, Statement, TimeExpr
from hearsay.nlp.text import doc_text

_SKIP_ENTITY_TYPES = {"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ought"}
_IRREALIS_HEADS = {"want", "seek", "try", "hope", "aim", "plan", "intend", "propose", "consider", "wish",
                   "prepare", "prepared", "expect", "attempt", "need", "decide"}
_INTENT_HEADS = {"plan", "intend", "prepare", "prepared", "expect", "decide"}
# event types whose embedded events are not asserted: "urged X to withdraw", "refused to pay"
_EMBEDDING_TYPES = {"REQUEST": "hypothetical", "THREATEN": "hypothetical", "AGREE": "hypothetical",
                    "REJECT": "negated", "CONCEDE": "hypothetical"}
_FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# announced coercive or violent acts are threats (PLOVER manual: THREATEN ~ ASSAULT + hypothetical)
_FUTURE_TO_THREATEN = {"PROTEST", "SANCTION", "COERCE", "ASSAULT"}
_OBLIGATION_AUX = {"must", "should"}
# nouns whose "that"-clause reports what the speaker says someone must do ("a reminder that Iraq must ...")
_OBLIGATION_NOUNS = {"reminder", "warning", "statement", "declaration", "message", "letter", "note", "resolution",
                     "insistence", "demand", "call"}
# cooperative acts whose refusal ("will not accept", "failed to reach agreement") is PLOVER REJECT
_REFUSABLE = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT"}


# -- ontology and lexicon ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Ontology:
    """PLOVER types, modes, contexts and the legacy names of ``data/plover.tsv``."""

    types: dict[str, bool]  # type -> requires a recipient
    modes: dict[str, tuple[str, ...]]
    contexts: tuple[str, ...]
    legacy: dict[str, tuple[str, str | None]]

    def current(self, name: str) -> tuple[str, str | None]:
        """Return ``(type, mode)`` for a current or legacy PLOVER name ("DISAPPROVE" -> ACCUSE)."""
        name = name.strip().upper()
        if name in self.types:
            return name, None
        if name in self.legacy:
            return self.legacy[name]
        raise KeyError(f"not a PLOVER event type: {name!r}")


def _rows(filename: str) -> list[list[str]]:
    raw = resources.files("hearsay.data").joinpath(filename).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Return the packaged PLOVER ontology, parsed once per process."""
    types: dict[str, bool] = {}
    modes: dict[str, list[str]] = {}
    contexts: list[str] = []
    legacy: dict[str, tuple[str, str | None]] = {}
    for row in _rows("plover.tsv"):
        kind = row[0]
        if kind == "type":
            types[row[1]] = row[3] == "yes"
        elif kind == "mode":
            modes.setdefault(row[1], []).append(row[2])
        elif kind == "context":
            contexts.append(row[1])
        elif kind == "legacy":
            legacy[row[1]] = (row[2], (row[3] if len(row) > 3 else "") or None)
    return Ontology(types, {k: tuple(v) for k, v in modes.items()}, tuple(contexts), legacy)


@dataclass(frozen=True, slots=True)
class Rule:
    """One lexicon row: a trigger lemma, its type and mode, and the pattern that must hold."""

    pos: str
    lemma: str
    type: str
    mode: str | None
    pattern: tuple[tuple[str, frozenset[str]], ...] = ()
    line: int = 0

    @property
    def name(self) -> str:
        return f"{self.pos.lower()}:{self.lemma}#{self.line}"


_OBLIGATION_RULE = Rule("MODAL", "must", "REQUEST", None, (), 0)


@dataclass(slots=True)
class Lexicon:
    """Trigger rules by (pos, lemma) and mode cues by lemma."""

    rules: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)
    cues: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the packaged trigger lexicon (``data/event_triggers.tsv``)."""
    lex = Lexicon()
    for n, row in enumerate(_rows("event_triggers.tsv"), start=1):
        row = row + [""] * (5 - len(row))
        pos, lemma, type_, mode, pattern = (c.strip() for c in row[:5])
        if pos == "CUE":
            lex.cues.setdefault(lemma, []).append((type_, mode))
            continue
        conds = []
        for part in filter(None, (p.strip() for p in pattern.split(";"))):
            key, _, values = part.partition("=")
            conds.append((key, frozenset(v for v in values.split("|") if v)))
        lex.rules.setdefault((pos, lemma), []).append(Rule(pos, lemma, type_, mode or None, tuple(conds), n))
    return lex


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _surface_stems(word: str) -> list[str]:
    """Return base-form guesses for an inflected word ("staged" -> stage, "halted" -> halt)."""
    out = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + repl
            out.append(stem)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2]:  # "stopped" -> stop
                out.append(stem[:-1])
    return out


def _rule_lemma(tok: Token, pos: str, lex: Lexicon) -> str:
    """Return the lemma under which ``lex`` knows ``tok`` as ``pos``.

    spaCy's lemmatiser misses some inflections ("staged" -> "stag"), so when the lemma has
    no rows the surface form's plausible stems are tried before giving up.
    """
    lemma = _lemma(tok)
    if (pos, lemma) in lex.rules:
        return lemma
    for stem in _surface_stems(tok.lower_):
        if (pos, stem) in lex.rules:
            return stem
    return lemma


def _holds(rule: Rule, tok: Token, lex: Lexicon, entities: EntityIndex) -> bool:
    objs = ea.objects(tok) or (ea.passive_patients(tok) if tok.pos_ == "VERB" else [])
    for key, values in rule.pattern:
        if key == "obj":
            if not values:
                if objs:
                    return False
            elif "*event" in values:
                if not any(_noun_rule(o, lex) for o in objs):
                    return False
            elif "*entity" in values:
                if not any(ea.resolve(entities, o) for o in objs):
                    return False
            elif "*any" in values:
                if not objs:
                    return False
            elif not any(_lemma(o) in values or o.lower_ in values for o in objs):
                return False
        elif key == "prep" and not any(c.dep_ in {"prep", "dative"} and c.lower_ in values for c in tok.children):
            return False
        elif key == "prt" and not any(c.dep_ == "prt" and c.lower_ in values for c in tok.children):
            return False
        elif key == "mod" and not any(c.dep_ in {"compound", "amod", "nmod"} and _lemma(c) in values for c in tok.children):
            return False
        elif key == "comp" and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
            return False
        elif key == "clause" and not any(c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} for c in tok.children):
            return False
    return True


def _noun_rule(tok: Token, lex: Lexicon, entities: EntityIndex | None = None) -> Rule | None:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    for rule in lex.rules.get(("NOUN", _rule_lemma(tok, "NOUN", lex)), []):
        if all(k != "mod" or any(c.dep_ in {"compound", "amod", "nmod"} and _lemma(c) in v for c in tok.children)
               for k, v in rule.pattern):
            return rule
    return None


# -- candidates ---------------------------------------------------------------------------------
@dataclass(slots=True)
class _Cand:
    trigger: Token  # the token whose span is the event's trigger
    anchor: Token  # the token whose arguments are read (verb, adjective or noun)
    rule: Rule
    type: str
    mode: str | None
    noun: Token | None = None  # the event noun of a support verb or a verb's event-noun object
    status: EventStatus = "asserted"
    parent: _Cand | None = None


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


def _halt_candidate(tok: Token, lex: Lexicon) -> _Cand | None:
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
                return _Cand(tok, tok, rule, rule.type, rule.mode, noun=noun)
    return None


def _candidate(tok: Token, lex: Lexicon, entities: EntityIndex) -> _Cand | None:
    lemma = _lemma(tok)
    if (tok.pos_ in {"VERB", "AUX"} and (tok.dep_ == "ccomp" and tok.head.pos_ == "VERB"
                                         or tok.dep_ in {"acl", "ccomp"} and tok.head.pos_ == "NOUN"
                                         and _lemma(tok.head) in _OBLIGATION_NOUNS)
            and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in tok.children)
            and any(c.dep_ == "nsubj" for c in tok.children)):
        # "X declared that China must drop barriers": a reported obligation is a demand on its subject
        aux = next(c for c in tok.children if c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX)
        return _Cand(aux, tok, _OBLIGATION_RULE, "REQUEST", None)
    if tok.pos_ == "VERB" and tok.dep_ not in {"amod", "compound"}:
        halted = _halt_candidate(tok, lex)
        if halted is not None:
            return halted
        # a support verb with an event-noun object takes the noun's type even when the verb
        # has a type of its own ("imposed sanctions" is SANCTION, "imposed martial law" COERCE)
        for rule in lex.rules.get(("LIGHT", _rule_lemma(tok, "LIGHT", lex)), []):
            for obj in ea.objects(tok):
                # the object or its noun compound ("launched a mediation effort")
                for noun in (obj, *(c for c in obj.children if c.dep_ == "compound")):
                    noun_rule = _noun_rule(noun, lex)
                    if noun_rule is not None:
                        return _Cand(tok, tok, rule, noun_rule.type, noun_rule.mode, noun=obj)
        for rule in lex.rules.get(("VERB", _rule_lemma(tok, "VERB", lex)), []):
            if _holds(rule, tok, lex, entities):
                return _Cand(tok, tok, rule, rule.type, rule.mode)
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "amod", "ROOT", "conj"}:
        for rule in lex.rules.get(("ADJ", lemma), []):
            if _holds(rule, tok, lex, entities):
                return _Cand(tok, tok, rule, rule.type, rule.mode)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound":
        eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
        if eid is not None and entities.get(eid).type in _SKIP_ENTITY_TYPES:
            return None  # "Asia-Pacific Economic Cooperation", "the Korean War"
        noun_rule = _noun_rule(tok, lex)
        if noun_rule is not None:
            trigger = tok
            for child in tok.children:  # "the recently signed treaty": the participle is the trigger
                if child.dep_ in {"amod", "acl"} and child.tag_ == "VBN" and ("VERB", _lemma(child)) in lex.rules:
                    trigger = child
            return _Cand(trigger, tok, noun_rule, noun_rule.type, noun_rule.mode)
    return None


def _candidates(sent: Span, lex: Lexicon, entities: EntityIndex) -> list[_Cand]:
    cands = [c for c in (_candidate(t, lex, entities) for t in sent) if c is not None]
    by_anchor = {c.anchor.i: c for c in cands}
    kept = []
    for c in cands:
        head = c.anchor.head
        if c.anchor.pos_ in {"NOUN", "PROPN"}:
            # an event noun that is a verb trigger's object (or prepositional object) belongs to it
            gov = head.head if c.anchor.dep_ == "pobj" and head.dep_ == "prep" else head
            if c.anchor.dep_ in {"dobj", "pobj", "attr", "nsubjpass"} and gov.i in by_anchor and gov.i != c.anchor.i:
                owner = by_anchor[gov.i]
                if owner.noun is None:
                    owner.noun = c.anchor
                continue
            if any(o.noun is not None and o.noun.i == c.anchor.i for o in cands if o is not c):
                continue
        kept.append(c)
    return kept


# -- status ---------------------------------------------------------------------------------------
def _clause_head(tok: Token) -> Token:
    while tok.pos_ not in {"VERB", "AUX", "ADJ"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _status(cand: _Cand, by_anchor: dict[int, _Cand]) -> EventStatus:
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "ADJ"} else _clause_head(cand.anchor)
    kids = list(verb.children) + (list(verb.head.children) if cand.anchor.pos_ == "ADJ" else [])
    if cand.anchor.pos_ == "ADJ":
        kids += list(cand.anchor.head.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "neg" or c.lower_ == "no" for c in cand.anchor.children):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in kids):
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in kids):
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids):
        return "future"
    if verb.dep_ in {"xcomp", "ccomp", "advcl"}:
        head = verb.head
        owner = by_anchor.get(head.i)
        if owner is not None and owner.type in _EMBEDDING_TYPES and owner.type != cand.type:
            return _EMBEDDING_TYPES[owner.type]  # type: ignore[return-value]
        if _lemma(head) in {"fail", "refuse"}:  # "failed to reach agreement": it did not happen
            return "negated"
        if _lemma(head) in _IRREALIS_HEADS:
            return "future" if _lemma(head) in _INTENT_HEADS else "hypothetical"
        if _lemma(head) == "go" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in head.children):
            return "future"
    return "asserted"


def _announced(cand: _Cand) -> bool:
    """True when a future/conditional act is its actor's own announced intention (not a report)."""
    verb = cand.anchor if cand.anchor.pos_ == "VERB" else _clause_head(cand.anchor)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would"} for c in verb.children):
        return True
    return verb.dep_ in {"xcomp"} and _lemma(verb.head) in _INTENT_HEADS - {"expect"}


def _refused(cand: _Cand) -> bool:
    """True when a negated cooperative act is a refusal: "will not accept", "failed to reach".

    A refusal is the actor's own stance (future or modal negation, or "fail"/"refuse" to),
    which PLOVER codes REJECT; a plain past negation ("did not sign") stays negated.
    """
    if cand.type not in _REFUSABLE or cand.rule.pos == "HALT":
        return False
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else _clause_head(cand.anchor)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "can", "could", "wo", "ca"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) == "fail"


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
    if not found:  # "threatened to deliver blows to the United States": the embedded act's recipient
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                for _, pobj in ea.prep_objects(child, _VERB_TARGET_PREPS - {"at", "into"}):
                    found += resolve(entities, pobj)
    return found


def _arguments(cand: _Cand, entities: EntityIndex) -> ea.Args:
    anchor = cand.anchor
    actors: list[ea.Arg] = []
    targets: list[ea.Arg] = []
    if cand.rule.pos == "MODAL":
        for tok in ea.subjects(anchor.head)[0]:
            actors += _resolve(entities, tok)
        for tok in anchor.children:
            if tok.dep_ == "nsubj":
                targets += _resolve(entities, tok)
        return ea.Args(actors, [t for t in targets if t.entity not in {a.entity for a in actors}])
    if anchor.pos_ in {"VERB", "ADJ", "AUX"}:
        verb = anchor.head if anchor.pos_ == "ADJ" and anchor.dep_ == "acomp" else anchor
        subj, passive = ea.subjects(verb)
        for tok in subj:
            actors += _resolve(entities, tok)
        if passive:
            for tok in ea.passive_patients(verb):
                targets += _resolve(entities, tok)
        else:
            targets = _targets_of_verb(anchor, entities, cand.noun)
        parties = ea.between(entities, cand.noun) if cand.noun is not None else []
    else:
        for child in anchor.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i < anchor.i):
                actors += _resolve(entities, child)
        for _, pobj in ea.prep_objects(anchor, {"by"}):
            actors += _resolve(entities, pobj)
        gov = _governing_verb(anchor)
        if not actors and gov is not None and not ea.between(entities, anchor):
            # "organized a general strike", "staged sit-ins in protest": whoever carries out
            # the noun's event is the subject of the verb that governs it (PETRARCH's verb-phrase rule)
            for tok in ea.subjects(gov)[0]:
                actors += _resolve(entities, tok)
        for _, pobj in ea.prep_objects(anchor, _NOUN_TARGET_PREPS):
            targets += _resolve(entities, pobj)
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


# verbs that report, perceive or suffer an event rather than carry it out
_NOT_AGENTIVE = {"say", "report", "describe", "fear", "witness", "survive", "see", "watch", "recall", "mark",
                 "follow", "cover", "hear", "expect", "predict", "face", "suffer", "escape", "flee", "cause",
                 "prompt", "spark", "trigger", "provoke", "end", "investigate", "denounce", "condemn", "protest",
                 "criticize", "blame", "deny", "confirm", "announce", "claim", "reveal", "discuss", "support", "note",
                 "mention", "cite", "remember", "welcome", "hail", "praise", "oppose", "reject", "call", "urge"}


def _governing_verb(noun: Token) -> Token | None:
    """Return the verb whose object (or in/during complement) ``noun`` is, if it carries the event out."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "during", "through"}:
        head = head.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None
    if head.pos_ != "VERB" or _lemma(head) in _NOT_AGENTIVE or head.i == noun.i:
        return None
    return head


def _mode(cand: _Cand, args: ea.Args, lex: Lexicon) -> str | None:
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
def _date(cand: _Cand, times: list[TimeExpr], sent: Span, statement: Statement | None) -> str | None:
    clause = _clause_head(cand.anchor)
    for t in times:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if _clause_head(span.root.head if span.root.dep_ != "ROOT" else span.root).i == clause.i:
            return t.value
    return statement.date if statement is not None else None


def _statement(start: int, statements: list[Statement]) -> Statement | None:
    inside = [s for s in statements if s.start <= start < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


def _source(statement: Statement | None) -> str | None:
    if statement is None:
        return None
    return statement.speaker or (statement.via[0] if statement.via else None)


# -- assembly -----------------------------------------------------------------------------------------
def _code_sentence(sent: Span, entities: EntityIndex, lex: Lexicon, onto: Ontology, require_dyad: bool) -> list[tuple[_Cand, ea.Args, str | None]]:
    cands = _candidates(sent, lex, entities)
    by_anchor = {c.anchor.i: c for c in cands}
    out: list[tuple[_Cand, ea.Args, str | None]] = []
    for cand in cands:
        cand.status = "asserted" if cand.rule.pos == "MODAL" else _status(cand, by_anchor)
        if cand.status in {"future", "hypothetical"} and cand.type in _FUTURE_TO_THREATEN and _announced(cand):
            cand.type, cand.mode, cand.status = "THREATEN", None, "asserted"
        if cand.status == "negated" and _refused(cand):
            cand.type, cand.mode, cand.status = "REJECT", None, "asserted"
        elif cand.status == "future" and cand.type in _FUTURE_TO_AGREE:
            cand.type, cand.mode, cand.status = "AGREE", None, "asserted"  # PLOVER manual, AGREE
        elif cand.status == "future" and cand.type == "RETREAT":
            cand.type, cand.status = "CONCEDE", "asserted"  # PLOVER manual, CONCEDE
        args = _arguments(cand, entities)
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
    cand: _Cand
    mode: str | None
    actor: str | None
    target: str | None
    actor_code: str | None
    target_code: str | None
    sent: Span
    rule: str
    place: str | None


def _codes(entities: EntityIndex, arg: ea.Arg, sent: Span) -> tuple[str | None, str | None]:
    """Return ``(iso3, sector)`` of one event argument.

    An organisation or group with no country of its own ("the Homeland Union", "Hutu
    rebels") is read as domestic to the country the sentence is about; the guess is kept
    on the event only, never stored on the entity. People get no such guess.
    """
    iso3, sector = code_actor(entities, arg.entity, arg.head)
    if iso3 is None and entities.get(arg.entity).type in {"ORG", "NORP"}:
        iso3 = dominant_country(entities, sent)
    return iso3, sector


def _role_code(codes: tuple[str | None, str | None]) -> str | None:
    """Return the CAMEO-style code of one event role: country + sector ("PRKMIL"), IGO/NGO alone."""
    iso3, sector = codes
    code = (iso3 or "") + (sector if sector and sector != iso3 else "")
    return code or None


def find_events(
    doc: Doc, entities: EntityIndex, statements: list[Statement], times: list[TimeExpr], zones: Zones, settings: Settings
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
    found: list[_Found] = []
    for sent in doc.sents:
        if not zones.is_story(sent.start_char, sent.end_char) or zones.kind_at(sent.start_char, sent.end_char) == "heading":
            continue
        seen: set[tuple[str, str | None, str | None]] = set()
        for cand, args, mode in _code_sentence(sent, entities, lex, onto, require_dyad):
            target = ea.materialize(entities, args.targets[0]) if args.targets else None
            actors: list[ea.Arg | None] = [ea.materialize(entities, a) for a in (args.actors[:1] if args.reciprocal else args.actors)] or [None]
            target_code = _role_code(_codes(entities, target, sent)) if target else None
            for actor in actors:
                key = (cand.type, actor.entity if actor else None, target.entity if target else None)
                if key in seen:
                    continue
                seen.add(key)
                actor_code = _role_code(_codes(entities, actor, sent)) if actor else None
                place = ea.place_of(entities, [cand.anchor, *([cand.noun] if cand.noun is not None else []), cand.anchor.head],
                                    {*(a.entity for a in args.actors), *(t.entity for t in args.targets)})
                rule = cand.rule.name + ("+reciprocal" if args.reciprocal else "")
                found.append(_Found(cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text), cand, mode,
                                    actor.entity if actor else None, target.entity if target else None,
                                    actor_code, target_code, sent, rule, place))
    found.sort(key=lambda f: (f.start, f.end))
    events = []
    for n, f in enumerate(found, start=1):
        start, end, cand, sent = f.start, f.end, f.cand, f.sent
        statement = _statement(start, statements)
        events.append(Event(
            id=f"v{n}", type=cand.type, trigger=doc_text(doc)[start:end], start=start, end=end, mode=f.mode,
            actor=f.actor, target=f.target, actor_code=f.actor_code, target_code=f.target_code,
            date=_date(cand, times, sent, statement), location=f.place,
            source=_source(statement), status=cand.status, sentence_start=sent.start_char,
            sentence_end=sent.end_char, statement=statement.id if statement else None, rule=f.rule,
        ))
    return events


__all__ = ["Lexicon", "Ontology", "Rule", "find_events", "load_lexicon", "load_ontology"]
