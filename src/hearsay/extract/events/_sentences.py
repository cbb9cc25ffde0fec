"""Events: coding one sentence, its candidates' status, recoding, filters, arguments and mode.

Split out of ``coding.py`` (steps 3 and 4 of its docstring); rules in ``docs/events.md``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import Lexicon, Ontology
from hearsay.extract.events._rules import lemma_of as _lemma
from hearsay.extract.events._status import Cand, dominated, event_status, recoded, refused
from hearsay.extract.events._candidates import SpeakerAt, _candidates
from hearsay.extract.events._participants import _arguments, _speaker_acts
from hearsay.extract.events._nonevents import (_agentless_process, _corporate_post, _described, _habitual, _lone_talks, _partyless,
                                               _possible, _question, _stopped, _thwarted, _wished)


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


def _same_act_actors(cand: Cand, cands: list[Cand], entities: EntityIndex) -> list[ea.Arg]:
    """Return the actors of an adverbial clause of ``cand``'s own type that names the act's doers ("Three
    people were killed when Greeks … threw petrol bombs at a bank"): the loop drops that clause as the same
    event as its head, so an agentless head takes its actors instead of none (issue 15 round 21). Only a head
    with no subject of its own (a passive, a headline's "Three killed as rioters bomb …") and a clause whose
    subject acts (active): "a firebomb attack killed three as police fought protesters" is two acts, and
    "killed when she was struck by LaSalle's car" names no doer."""
    if any(c.dep_ in {"nsubj", "csubj"} for c in cand.anchor.children):
        return []
    for sub in cands:
        if not any(c.dep_ == "nsubj" for c in sub.anchor.children):
            continue
        if sub is cand or sub.anchor.dep_ != "advcl" or sub.anchor.head.i != cand.anchor.i or sub.type != cand.type:
            continue
        actors = _arguments(sub, entities).actors
        if actors:
            return actors
    return []


def _alleged_acts(cands: list[Cand], by_anchor: dict[int, Cand]) -> set[int]:
    """Return the anchors of the acts an agentless accusation alleges: "Kirkpatrick is accused of fatally
    shooting Banky", "A 61-year-old man was charged with first-degree murder after allegedly opening fire …,
    killing one man". The accusation names no accuser, so it is no event (``_agentless_process``, round 18),
    and the act it embeds (its of/with/after gerund or its -ing clause) would be dropped under it by the
    main-clause preference: the sentence would report nothing, where the events sets code the act alleged
    with its doer (events-wide10 … wide12's convention, as plover-gsr codes "U.S. border patrol agents sexually
    abused …, a human rights organization charged"). Only when a source reports the accusation (a police
    officer's "says", "police said"): a bare "Smith is now accused of murdering two women" states no one's
    allegation (events-wide9 codes it NONE). The act keeps its status; it is only not dominated.
    An accusation with an accuser ("accused by Haitian officials of misusing funds") keeps the act under it.
    Issue 15, round 22."""
    out: set[int] = set()
    for cand in cands:
        verb = cand.anchor
        if verb.pos_ != "VERB" or verb.tag_ != "VBG":
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            head = verb.head.head
        elif verb.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
            head = verb.head
        else:
            continue
        owner = by_anchor.get(head.i)
        if (owner is None or owner is cand or owner.base_type != "ACCUSE" or owner.mode != "allege"
                or head.tag_ != "VBN" or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)):
            continue
        if not ea.subjects(head)[0] and _reported(head):
            out.add(verb.i)
    return out


def _reported(verb: Token) -> bool:
    """True when ``verb``'s clause is what a source reports: the complement of a reporting verb ("Constable Tim
    Fanning says Kirkpatrick … is accused of …", "…, police said"), or a clause with a reporting parataxis."""
    reports = ea.report_verbs()
    if verb.dep_ == "ccomp" and _lemma(verb.head) in reports:
        return True
    return any(c.dep_ in {"parataxis", "ccomp"} and _lemma(c) in reports and c.i > verb.i for c in verb.children)


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
    alleged = _alleged_acts(cands, by_anchor)
    for cand in cands:
        if asked == "polar" or asked == "open" and cand.status != "asserted":
            continue  # "Does hosting a website constitute a violation?": a question asserts no act (round 8)
        if _stopped(cand):
            continue  # "cessation of hostilities", "an end to the violence": the act named is what stops
        if _thwarted(cand):
            continue  # "foiled an attack", "prevented pirates from attacking": an attack kept from happening (round 20)
        if _habitual(cand):
            continue  # "airframers normally supply technical assistance": a habit, no event (round 11)
        if cand.base_type == "RETREAT" and _corporate_post(cand):
            continue  # "Chrysler Chief Executive Robert Nardelli will step down": a company post, not a political retreat
        if cand.status == "hypothetical" and not cand.recoded and (_wished(cand) or _possible(cand)):
            continue  # "we hope to agree", "the agreement can contribute": wished or possible, not done (round 7)
        if (cand.status != "asserted" or cand.recoded) and cand.anchor.i not in alleged and dominated(cand, by_anchor):
            # main-clause preference: "promised to free", "urged X to withdraw", "warned it would impose sanctions"
            continue
        args = _arguments(cand, entities)
        if not args.actors:
            args = ea.Args(_same_act_actors(cand, cands, entities), args.targets, args.reciprocal)
        if not args.actors and speaker_at is not None and _speaker_acts(cand):
            speaker = speaker_at(cand.trigger.idx)
            if speaker is not None:  # the speaker of a reported demand is its actor (issue 15)
                args = ea.Args([speaker], args.targets)
        if _described(cand, args):
            continue  # "the attack was a horrific act of terror", "reports of air strikes": an act talked about (round 8)
        if _partyless(cand, args, entities):
            continue  # "forward collision warning", "a late session rally": no party in the sentence (round 24)
        if _lone_talks(cand, args):
            continue  # "the start of the meeting", "after lengthy negotiations": talks with no one in them (round 28)
        mode = _mode(cand, args, lex)
        if _agentless_process(cand, args, mode, entities):
            continue  # "Gomes was arrested", "a man accused of murder", "the trial of two men": no source (round 18)
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
        out.append((cand, args, mode))
    return out
