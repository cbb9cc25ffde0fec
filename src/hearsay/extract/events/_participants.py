"""Events: who takes part in a candidate's event, the actors and the recipients.

Read off the trigger's own dependents (:mod:`hearsay.extract.events._args`), with the speaker of a
statement as the actor of its own demands. Split out of ``coding.py`` (step 2 of its docstring);
rules in ``docs/events.md``.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import load_lexicon, load_ontology
from hearsay.extract.events._rules import lemma_of as _lemma
from hearsay.extract.events._status import Cand, clause_head
from hearsay.extract.events._candidates import _verbal
from hearsay.extract.events.actors import bare_crowd, role_sector


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
    # an unnamed recipient the verb's own complement states ("fired teargas at youths, as a general
    # strike paralysed Greece") is not looked for in another clause (issue 15 round 13)
    stated = any(role_sector(pobj) is not None for _, pobj in ea.prep_objects(verb, _VERB_TARGET_PREPS))
    if not found and not stated:  # "sent 11,000 troops to aid Russia": the purpose clause names the recipient
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
        if passive and not subj and _patient_acts(cand):
            # "guerrillas have been demobilized", "troops were withdrawn": who is disarmed or withdrawn
            # without an agent is the side that retreats (CAMEO 0873, 0874; issue 15 round 17)
            for tok in ea.passive_patients(verb):
                actors += _resolve(entities, tok)
        elif passive:
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
        actors, targets, parties = _noun_arguments(cand, entities)
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


def _measure_by(anchor: Token) -> list[Token]:
    """Return the by-agent the parser hung on the noun that measures or counts an event noun: "8 days of
    riots by angry youths", "a wave of attacks by militants" (the "by" phrase after the event noun hangs on
    "days"/"wave"); only a party (a role noun or a named person, group or place) after the event noun
    (issue 15 round 19)."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [p for by in of.head.children if by.dep_ == "prep" and by.lower_ == "by" and by.i > anchor.i
            for p in by.children if p.dep_ == "pobj" and ea.is_party(p)]


def _noun_arguments(cand: Cand, entities: EntityIndex) -> tuple[list[ea.Arg], list[ea.Arg], list[ea.Arg]]:
    """Return the actors, recipients and "between" parties of an event noun ("Iran's attack on Israel",
    "the resignation of President Nixon", "drew criticism from the opposition")."""
    anchor = cand.anchor
    actors: list[ea.Arg] = []
    targets: list[ea.Arg] = []
    for child in anchor.children:
        if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i < anchor.i):
            actors += _resolve(entities, child)
        elif child.i < anchor.i and (child.dep_ == "nsubj" or child.dep_ == "nmod" and bare_crowd(child)):
            # a title-case headline's verb tagged as a noun ("Hundreds Protest Against …", with "Hundreds" its
            # subject; 'Dozens "Riot" Over NYPD's Fatal Shooting', the crowd a modifier): the event noun's
            # subject, or the crowd before it, carries it out (issue 15 round 17)
            actors += _resolve(entities, child)
    for _, pobj in ea.prep_objects(anchor, {"by"}):
        actors += _resolve(entities, pobj)
    if not actors:
        actors += [a for by in _measure_by(anchor) for a in _resolve(entities, by)]
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
    occurring = _occurring_verb(anchor) if not parties else None
    if occurring is not None:  # "meetings will take place between officials of the EU and ...": the verb's parties
        parties = ea.between(entities, occurring)
    return actors, targets, parties


# retreats whose patient is the side that retreats: disarming, demobilising, surrendering, withdrawing
_SELF_RETREATS = {"disarm", "withdraw"}


def _patient_acts(cand: Cand) -> bool:
    """True for an agentless passive retreat of the kinds whose patient retreats (mode ``disarm`` or
    ``withdraw`` of ``event_triggers.tsv``): the demobilised guerrillas, the withdrawn troops; not a
    released prisoner or a returned town, which someone else gives up."""
    return cand.base_type == "RETREAT" and cand.mode in _SELF_RETREATS


# nouns that count or group the event noun of their "of" phrase ("a series of meetings", "a round of talks")
_SERIES_NOUNS = {"series", "round", "number", "set", "couple", "string", "spate", "wave", "day", "week"}


def _occurring_verb(noun: Token) -> Token | None:
    """Return the verb that says the event ``noun`` happens, when ``noun`` (or the series noun it
    counts: "a series of meetings") is its subject: "talks took place between ...", "were held among
    ...", "clashes broke out between ..." (``lexicon/occurring_verbs.txt``, issue 15 round 17)."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SERIES_NOUNS:
        head = noun.head.head
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = _lemma(verb)
    for entry in lexicon.words("occurring_verbs.txt"):
        first, _, rest = entry.partition(" ")
        if first == "be" and rest in {lemma, verb.lower_} and any(c.dep_ == "auxpass" for c in verb.children):
            return verb
        if first == lemma and (not rest or any(c.lower_ == rest and c.dep_ in {"dobj", "prt"} for c in verb.children)):
            return verb
    return None


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
    """Return the verb whose object (or in/during complement) ``noun`` is, if it carries the event out;
    also a verb of going whose "for" phrase ``noun`` is ("return to Geneva for talks": who goes for
    the talks holds them; ``lexicon/going_verbs.txt``, issue 15 round 16); "take part to/at" as "take part in"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "during", "through"}:
        head = head.head
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for"
          and _lemma(head.head) in lexicon.words("going_verbs.txt")):
        head = head.head
    elif (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"to", "at"}
          and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in head.head.children)):
        # "Greek Media are also taking part to the general strike", "took part at the rally": "take part"
        # names its event in whatever preposition the writer chose; who takes part carries it out (round 21)
        head = head.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None
    if head.pos_ != "VERB" or _lemma(head) in lexicon.words("not_agentive.txt") or head.i == noun.i:
        return None
    return head


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


def _reduced_passive(verb: Token) -> bool:
    """True for a past participle heading a subjectless modifier clause, a passive without "be"
    ("were held in jail, charged with killing X": ``advcl``/``acl`` VBN with no subject or "have")."""
    return (verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}
            and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children))
