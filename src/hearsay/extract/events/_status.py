"""Event status and recoding: negation, future, hypothetical, main-clause preference (issue 15).

An event is ``asserted``, ``negated``, ``future`` or ``hypothetical`` (PLOVER's auxiliary
modes) from its own clause and the trigger it is embedded under; the ``recode`` rows of
``lexicon/plover.tsv`` then say how a future or conditional event is coded (AGREE, THREATEN).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from hearsay.extract.events._rules import Ontology, Rule, lemma_of, load_ontology
from hearsay.model import EventStatus

_FUTURE_AUX = {"will", "shall", "'ll"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ought"}
_IRREALIS_HEADS = {"want", "seek", "try", "hope", "aim", "plan", "intend", "propose", "consider", "wish",
                   "prepare", "prepared", "expect", "attempt", "need", "decide"}
_INTENT_HEADS = {"plan", "intend", "prepare", "prepared", "expect", "decide"}
# nouns whose to-infinitive names an act not (yet) done: promised, planned, demanded, offered
_IRREALIS_NOUNS = {"promise", "pledge", "plan", "offer", "demand", "call", "request", "proposal", "threat", "commitment",
                   "bid", "attempt", "ultimatum", "order", "permission", "right", "readiness", "willingness", "intention",
                   "vow", "appeal", "invitation", "deal", "agreement", "effort", "refusal", "failure"}
# aspectual verbs: their infinitive is the act, so their auxiliaries are its own ("will continue to support"
# is a future support; issue 15 round 11)
_ASPECTUAL = {"continue", "keep", "begin", "start", "resume", "cease", "stop"}
_CONDITION_MARKS = {"if", "unless", "otherwise", "lest"}
# adjectives that make an event noun a possibility, not an act done ("a potential walkout"; round 13)
_POSSIBLE_ADJS = {"potential", "possible", "likely", "probable", "prospective", "eventual", "hypothetical"}
# heads whose infinitive is an act timetabled, not done ("was scheduled to be released"; round 13)
_SCHEDULED_HEADS = {"schedule", "due"}
# dependencies that open a subordinate clause (main-clause preference, issue 15)
_SUBORDINATE_DEPS = {"advcl", "relcl", "acl", "xcomp", "ccomp", "pcomp", "csubj", "csubjpass"}


@dataclass(slots=True)
class Cand:
    """One trigger candidate of a sentence, with its type, status and rule."""

    trigger: Token  # the token whose span is the event's trigger
    anchor: Token  # the token whose arguments are read (verb, adjective or noun)
    rule: Rule
    type: str
    mode: str | None
    noun: Token | None = None  # the event noun of a support verb or a verb's event-noun object
    status: EventStatus = "asserted"
    parent: Cand | None = None
    base_type: str = ""  # the type before recoding ("will extend the curfew": COERCE -> THREATEN)
    recoded: bool = False  # an announced act coded as its announcement (AGREE, THREATEN)


def clause_head(tok: Token) -> Token:
    while tok.pos_ not in {"VERB", "AUX", "ADJ"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _aspect_aux(verb: Token) -> list[Token]:
    """The auxiliaries and negation of an aspectual verb whose infinitive ``verb`` is ("will continue to support")."""
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in _ASPECTUAL:
        return [c for c in verb.head.children if c.dep_ in {"aux", "neg"}]
    return []


def event_status(cand: Cand, by_anchor: dict[int, Cand]) -> EventStatus:
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "ADJ"} else clause_head(cand.anchor)
    if (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.dep_ in _SUBORDINATE_DEPS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "neg"} for c in verb.children)):
        # a verb coordinated in a subordinate clause shares its clause's status: "met ... to discuss
        # relations and reaffirm our commitment" is a purpose, not an act done (issue 15, round 11)
        return event_status(Cand(verb.head, verb.head, cand.rule, cand.type, cand.mode), by_anchor)
    kids = list(verb.children) + (list(verb.head.children) if cand.anchor.pos_ == "ADJ" else []) + _aspect_aux(verb)
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
    if cand.anchor.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _POSSIBLE_ADJS for c in cand.anchor.children):
        return "hypothetical"  # "a potential walkout", "possible sanctions" (issue 15 round 13)
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX | _FUTURE_AUX for c in verb.head.children):
        # "may himself have to pull out", "could be forced to resign": the infinitive of a verb under a
        # modal is as open as that verb (issue 15 round 13)
        return "future" if any(c.lower_ in _FUTURE_AUX for c in verb.head.children) else "hypothetical"
    if (verb.tag_ == "VB" and verb.dep_ in _SUBORDINATE_DEPS and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ == "aux" for c in verb.children)):
        # a bare verb with its own subject in a subordinate clause is a subjunctive or for-to
        # clause ("pushing for the US (to) support", "demanded that Israel withdraw"): not asserted
        return "hypothetical"
    if (verb.dep_ == "acl" and lemma_of(verb.head) in _IRREALIS_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "its promise to release the prisoners", "a plan to withdraw"; "its refusal to pay" did not happen
        return "negated" if lemma_of(verb.head) in {"refusal", "failure"} else "hypothetical"
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return "hypothetical"  # a purpose clause: "resigned to allow elections", "deployed troops to reinforce ..."
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        owner = by_anchor.get(verb.head.head.i)
        if owner is not None and owner.type in load_ontology().embeds and owner.type != cand.type:
            return load_ontology().embeds[owner.type]  # type: ignore[return-value]  # "accused X of reneging"
    if verb.dep_ in {"xcomp", "ccomp", "advcl"}:
        head = verb.head
        owner = by_anchor.get(head.i)
        if owner is not None and owner.type in load_ontology().embeds and owner.type != cand.type:
            return load_ontology().embeds[owner.type]  # type: ignore[return-value]
        if lemma_of(head) in {"fail", "refuse"}:  # "failed to reach agreement": it did not happen
            return "negated"
        if lemma_of(head) in _SCHEDULED_HEADS:
            return "future"  # "was scheduled to be released", "is due to meet" (issue 15 round 13)
        if lemma_of(head) in _IRREALIS_HEADS:
            return "future" if lemma_of(head) in _INTENT_HEADS else "hypothetical"
        if lemma_of(head) == "go" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in head.children):
            return "future"
    return "asserted"


def announced(cand: Cand) -> bool:
    """True when a future/conditional act is its actor's own announced intention (not a report)."""
    verb = cand.anchor if cand.anchor.pos_ == "VERB" else clause_head(cand.anchor)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would"} for c in (*verb.children, *_aspect_aux(verb))):
        return True
    return verb.dep_ in {"xcomp"} and lemma_of(verb.head) in _INTENT_HEADS - {"expect", "decide"}


def conditional(cand: Cand) -> bool:
    """True when the trigger's clause carries an if/unless/otherwise condition."""
    verb = cand.anchor if cand.anchor.pos_ == "VERB" else clause_head(cand.anchor)
    for tok in (verb, *(c for c in verb.children if c.dep_ in {"advcl", "conj"})):
        if any(c.dep_ in {"mark", "advmod", "prep"} and c.lower_ in _CONDITION_MARKS for c in tok.children):
            return True
    return False


def recoded(cand: Cand, onto: Ontology) -> str | None:
    """Return the type a non-asserted event is coded as (``recode`` rows of ``lexicon/plover.tsv``), else None."""
    if cand.status not in {"future", "hypothetical"} or cand.type not in onto.recode:
        return None
    when, new = onto.recode[cand.type]
    own = announced(cand)
    if when == "intent":
        hit = cand.status == "future" or own
    elif when == "announced":
        hit = own
    else:  # conditional
        hit = own and conditional(cand)
    return new if hit else None


def dominated(cand: Cand, by_anchor: dict[int, Cand]) -> bool:
    """True when ``cand`` sits in a clause subordinate to another trigger's clause.

    Main-clause preference (issue 15): "promised to free prisoners", "urged Iraq to withdraw",
    "threatened to ban candidates" are one event each, the main verb's; the embedded act is a
    separate event only when it is asserted ("X, which attacked Y, ...").
    """
    tok = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else clause_head(cand.anchor)
    crossed = False
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        crossed = crossed or tok.dep_ in _SUBORDINATE_DEPS
        tok = tok.head
        owner = by_anchor.get(tok.i)
        if crossed and owner is not None and owner is not cand:
            return True
    return False


def refused(cand: Cand) -> bool:
    """True when a negated cooperative act is a refusal: "will not accept", "failed to reach".

    A refusal is the actor's own stance (future or modal negation, or "fail"/"refuse" to),
    which PLOVER codes REJECT; a plain past negation ("did not sign") stays negated.
    """
    if cand.type not in load_ontology().refusable or cand.rule.pos == "HALT":
        return False
    verb = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX", "ADJ"} else clause_head(cand.anchor)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "can", "could", "wo", "ca"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and lemma_of(verb.head) == "fail"


__all__ = ["Cand", "announced", "clause_head", "conditional", "dominated", "event_status", "recoded", "refused"]
