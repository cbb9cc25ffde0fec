"""Event arguments over the dependency parse: who acts, on whom, where (docs/events.md).

Actor and recipient come from the trigger's own arguments, never from elsewhere in the
sentence: the subject (or the passive's "by" agent), the object, the dative, the object of
to/against/on/with/into..., with conjuncts giving compound actors and "between X and Y" or
"the two countries" giving reciprocal ones. Subjects are inherited along conj/xcomp/advcl and
from the noun an -ing participle modifies ("troops aiding Russia"); a relative pronoun
stands for the noun its clause modifies. This follows the argument conventions of the
PETRARCH-2 coder (Norris, Schrodt & Beieler 2017) on a dependency rather than a
constituency parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.events._sources import report_verbs
from hearsay.extract.events.actors import NO_OTHERS, QUANTITY_HEADS, Others, role_actor, role_sector
from hearsay.extract.entities.index import EntityIndex

ACTOR_TYPES = {"GPE", "NORP", "ORG", "PERSON"}
PENDING = "?role@"  # entity id of a role-noun argument not yet added to the index
PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "at", "near", "inside", "into", "across", "throughout", "from", "within"}
_RELATIVE = {"which", "that", "who", "whom", "whose"}
_MODIFIERS = {"poss", "amod", "compound", "nmod"}
_GROUP_NOUNS = {"country", "state", "nation", "side", "government", "neighbour", "neighbor", "party", "ally", "leader"}
# nouns that carry someone's words ("issued a statement demanding ...")
MESSAGE_NOUNS = {"declaration", "statement", "letter", "message", "resolution", "communique", "communiqué",
                 "appeal", "note", "reminder", "warning", "report", "decree", "proclamation", "petition"}
# participles that describe their subject's own stance or activity ("is committed to", "were engaged in")
STATIVE_PARTICIPLES = {"commit", "engage", "involve", "prepare", "determine", "dedicate", "resolve", "embroil", "oppose"}
# verbs whose object controls an infinitive complement ("urged Iraq to withdraw")
OBJECT_CONTROL = {"urge", "ask", "call", "press", "force", "allow", "help", "order", "invite", "persuade",
                  "encourage", "tell", "permit", "require", "pressure", "push", "warn", "advise", "compel"}


@dataclass(frozen=True, slots=True)
class Arg:
    """One resolved argument: the entity and the head token of its noun phrase."""

    entity: str
    head: Token


@dataclass(slots=True)
class Args:
    """The arguments of one trigger."""

    actors: list[Arg]
    targets: list[Arg]
    reciprocal: bool = False


def _lookup(entities: EntityIndex, tok: Token, types: set[str]) -> str | None:
    eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
    if eid is None:
        return None
    draft = entities.entity(eid)
    if draft.type in types or (draft.type in PLACE_TYPES and "iso3" in draft.ids):
        return eid
    return None


def conjuncts(tok: Token) -> list[Token]:
    """Return ``tok`` and the tokens coordinated with it ("Jordan and Britain")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def resolve_one(entities: EntityIndex, tok: Token, depth: int = 0) -> Arg | None:
    """Return the entity a noun phrase headed by ``tok`` stands for, else ``None``.

    The head itself wins ("the Russian Security Council"); then a country or organisation
    modifying it ("North Korean troops", "Kyiv's forces"); then an of/from complement
    ("soldiers from the DPRK"). A relative pronoun resolves to its antecedent.
    """
    if depth > 3:
        return None
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return resolve_one(entities, tok.head.head, depth + 1)
    own = _lookup(entities, tok, ACTOR_TYPES)
    if own is not None:
        return Arg(own, tok)
    if tok.pos_ == "PRON":
        return _pronoun_subject(entities, tok, depth)
    for child in sorted(tok.children, key=lambda t: -t.i):  # nearest modifier first
        if child.dep_ in _MODIFIERS and child.i < tok.i:
            for mod in conjuncts(child):
                hit = _lookup(entities, mod, ACTOR_TYPES)
                if hit is not None:
                    return Arg(hit, tok)
    owner = _party_possessor(entities, tok, depth)
    if owner is not None:
        return owner
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    inner = resolve_one(entities, pobj, depth + 1)
                    if inner is not None:
                        # "one third of ethnic Albanian guerrillas": a count stands for the group it counts,
                        # whose phrase then codes it (issue 15 round 17); "soldiers from the DPRK" stay soldiers
                        counted = child.lower_ == "of" and tok.lemma_.lower() in QUANTITY_HEADS
                        return Arg(inner.entity, inner.head if counted else tok)
    for child in tok.children:  # "the president, Vladimir Putin, ...": the person the role names
        if child.dep_ == "appos":
            hit = _lookup(entities, child, {"PERSON"})
            if hit is not None:
                return Arg(hit, tok)
    return None


def pronoun_antecedent(tok: Token) -> Token | None:
    """Return the subject of the clause reporting a subject pronoun, else ``None``.

    "Syria says it is willing to withdraw": a subject pronoun of a complement clause refers
    to the subject of the reporting clause (a narrow form of the nearest-subject rule of
    DEPENDENCIES.md's coreference notes).
    """
    if tok.lower_ not in {"it", "they", "he", "she", "we"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    while clause.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and clause.head.i != clause.i:
        clause = clause.head
        for subj in clause.children:
            if subj.dep_ in {"nsubj", "nsubjpass"} and subj.pos_ != "PRON":
                return subj
    return None


def _pronoun_subject(entities: EntityIndex, tok: Token, depth: int) -> Arg | None:
    """Resolve a subject pronoun to the entity of its antecedent (:func:`pronoun_antecedent`)."""
    subj = pronoun_antecedent(tok)
    if subj is None:
        return None
    arg = resolve_one(entities, subj, depth + 1)
    if arg is None:
        return None
    # "it" is not a person, "he"/"she" is one ("Chirac reminded Iraq that it must ...")
    person = entities.entity(arg.entity).type == "PERSON" or (subj.ent_type_ == "" and _is_person_role(subj))
    own = entities.lookup(subj.idx, subj.idx + len(subj.text))
    if tok.lower_ == "it" and (person or subj.pos_ == "PROPN" and own is None):
        return None  # an untagged name ("Chirac of France") may well be a person
    if tok.lower_ in {"he", "she"} and not person and (subj.pos_ != "PROPN" or own is not None):
        return None  # "Syria says he ...": a country is not "he"
    return arg


def _is_person_role(tok: Token) -> bool:
    """True for a role noun naming one person ("the president", "the minister")."""
    return role_sector(tok) in {"GOV", "MIL", "JUD", "LEG"} and tok.tag_ == "NN" and tok.lemma_.lower() not in _GROUP_NOUNS


def resolve(entities: EntityIndex, tok: Token, roles: bool = False) -> list[Arg]:
    """Return every entity a (possibly coordinated) noun phrase stands for, in order.

    With ``roles`` a role-noun phrase that names no entity ("rebels", "the police") becomes
    an entity of its own (:func:`hearsay.extract.events.actors.role_actor`); only event arguments
    ask for this, so merely testing a pattern never creates entities.
    """
    group = group_antecedents(entities, tok)
    if group:
        return group
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i:
        gov = standing_for(tok.head.head)
        for subj in subjects(gov)[0] if gov is not None else []:
            # "adopted Resolution 2249, which condemned", "was among the countries that condemned": the
            # issuer or the member named by the copula acts (issue 15, round 15)
            member = resolve(entities, subj, roles)
            if member:
                return member
        # spaCy attaches "X and Y, which ..." to X: the antecedent is the whole coordination
        return resolve(entities, tok.head.head, roles)
    found: list[Arg] = []
    for conj in conjuncts(tok):
        arg = resolve_one(entities, conj)
        if arg is None and roles and conj.pos_ == "PRON":  # "the junta said it would ...": the role antecedent
            ante = pronoun_antecedent(conj)
            if ante is not None and ante.pos_ == "NOUN" and role_sector(ante) is not None and not (
                    conj.lower_ == "it" and ante.tag_ == "NNS" or conj.lower_ == "they" and ante.tag_ == "NN"
                    and ante.lemma_.lower() not in {"police", "government", "opposition", "army", "junta"}):
                arg = Arg(PENDING + str(ante.i), ante)
        if arg is None and roles and role_sector(conj) is not None:  # "thousands of protesters", "some of the students"
            arg = Arg(PENDING + str(conj.i), conj)  # becomes an entity only if its event is kept
        if arg is None:  # "Senior Hungarian and Romanian officials": coordinated modifiers
            continue
        if all(a.entity != arg.entity for a in found):
            found.append(arg)
        for child in conj.children:  # the conjuncts of the modifier that resolved
            if child.dep_ in _MODIFIERS:
                for mod in conjuncts(child)[1:]:
                    hit = _lookup(entities, mod, ACTOR_TYPES)
                    if hit is not None and all(a.entity != hit for a in found):
                        found.append(Arg(hit, conj))
    return found


def materialize(entities: EntityIndex, arg: Arg, others: Others = NO_OTHERS, publisher: str | None = None) -> Arg:
    """Return ``arg`` with a pending role-noun argument turned into its entity (:func:`role_actor`;
    ``others``: what the event's other parties name, see :class:`Others`; ``publisher``: the
    country of the government that published the article, if one did)."""
    if not arg.entity.startswith(PENDING):
        return arg
    eid = role_actor(entities, arg.head, others, publisher)
    assert eid is not None  # resolve() only makes pending args for role nouns
    return Arg(eid, arg.head)


def group_antecedents(entities: EntityIndex, tok: Token) -> list[Arg]:
    """Resolve "the two countries" / "both sides" to the two parties named before it.

    The last coordinated pair before it wins ("Israel and Syria ... both sides"); failing that,
    the last two different actors named earlier in the sentence or the one before ("Israel's
    talks with Syria ended; both sides ..."), as a reader would take them (issue 15).
    """
    if tok.lemma_.lower() not in _GROUP_NOUNS:
        return []
    if not any(c.lower_ in {"two", "both"} for c in tok.children):
        return []
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        cand = doc[i]
        if cand.dep_ != "conj":
            continue
        first, second = resolve_one(entities, cand.head), resolve_one(entities, cand)
        if first and second and first.entity != second.entity:
            return [first, second]
    sent = tok.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    named: list[Arg] = []
    for s, e, eid in reversed(entities.mentions_in(start, tok.idx)):
        draft = entities.entity(eid)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and (draft.type in ACTOR_TYPES - {"PERSON"} or "iso3" in draft.ids):
            if all(a.entity != eid for a in named):
                named.append(Arg(eid, span.root))
        if len(named) == 2:
            return [named[1], named[0]]
    return []


def _party_possessor(entities: EntityIndex, tok: Token, depth: int) -> Arg | None:
    """Return the party a possessor phrase names when ``tok``, a common noun that is no party and no
    person, is owned by one ("The Australian medical mission's fifth rotation … to help": the mission,
    Australian), else ``None``. A part, unit or product of a party acts as the party; a person noun
    ("the Iraqi president's wife") is a person of their own. Issue 15, round 26 (wide15 W15-wn2020-001-s11)."""
    people = lexicon.words("person_nouns.txt")
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in people or tok.lower_ in people:
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            inner = resolve_one(entities, child, depth + 1)
            if inner is not None:
                return inner
    return None


_COPULAS = {"be", "remain"}


def standing_for(noun: Token) -> Token | None:
    """Return the verb whose subject acts for ``noun``, the head of a clausal modifier, when the noun
    cannot act itself (issue 15, round 15): a message noun that a verb issues ("issued a declaration
    demanding", "adopted Resolution 2249, which condemned": the issuer), or a group the subject of a
    copula is said to belong to ("X has been among those calling for", "X was one of the countries that
    voted": a member does what its group does). Else ``None``."""
    if noun.lemma_.lower() in MESSAGE_NOUNS and noun.dep_ in {"dobj", "obj"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    host = prep.head
    if prep.lower_ == "of" and host.dep_ in {"attr", "acomp"} and host.lower_ in {"one", "some", "many", "all", "part"}:
        host = host.head  # "was one of the countries that voted"
    elif prep.lower_ != "among":
        return None
    if host.lemma_.lower() in _COPULAS and any(c.dep_ == "nsubj" for c in host.children):
        return host
    return None


def message_sender(noun: Token) -> Token | None:
    """Return the verb that sends a message to ``noun``, when ``noun`` is the to-object of a verb whose
    object is a message noun ("sent separate letters to the departments"), else ``None``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in {"prep", "dative"}:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in MESSAGE_NOUNS for c in verb.children):
        return None
    return verb


def _participle_subject(subj: Token) -> Token:
    """Return the noun an -ing clause parsed as a clausal subject is about ("Indian Navy patrolling the Gulf of
    Aden yesterday thwarted …": "patrolling" the csubj, "Navy" its own subject), else ``subj`` itself: the noun
    modified by a participle does the act (issue 15 round 20, events-wide12)."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG":
        return subj
    return next((c for c in subj.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), subj)


def _swallowed_report(subj: Token, subjects: list[Token]) -> bool:
    """True for a reporting verb tagged as a noun and made a second subject of the clause it reports
    ("Constable Tim Fanning allege the … man … opened fire …, killing …": "allege" an NN subject of "opened"
    beside "man"): the speaker it carries is not the act's doer (issue 15 round 21)."""
    reporting = bool({subj.lower_, subj.lemma_.lower()} & report_verbs())
    return (subj.pos_ == "NOUN" and subj.tag_ in {"NN", "NNS"} and reporting
            and any(o.i > subj.i for o in subjects if o is not subj))


def _leading_predicate(tok: Token) -> Token | None:
    """Return the first predicate of a headline's two ("Indian Navy foils attack in Gulf of Aden, nabs 26
    pirates"), which the parser makes a clausal complement of the second: a ccomp before ``tok``, right before
    its comma, for a finite ``tok`` with no subject of its own (issue 15 round 20, events-wide12)."""
    if tok.tag_ not in {"VBZ", "VBD", "VBP"} or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i
                 and any(g.dep_ == "nsubj" for g in c.children)), None)


def subjects(tok: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Return the subject tokens of verb ``tok`` and whether the clause is passive.

    For a passive the subject returned is the "by" agent, if any.
    """
    if depth > 4:
        return [], False
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    if passive:
        agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        agents = agents or implicit_agents(tok) or stranded_agents(tok) or buried_agents(tok)
        for conj in (c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"):
            if agents:
                break
            # "he was bombed and killed by U.S.-led coalition aircraft": coordinated passives share the
            # agent the last one names (issue 15, round 11)
            agents = [p for a in conj.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if not agents and tok.lemma_.lower() in STATIVE_PARTICIPLES:
            # "Vietnam is committed to ...", "Serb forces were engaged in ethnic cleansing": a state
            # of the subject, not a passive act done to it
            return [c for c in tok.children if c.dep_ == "nsubjpass"], False
        return agents, True
    subj = [_participle_subject(c) for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subj) > 1:
        subj = [s for s in subj if not _swallowed_report(s, subj)] or subj
    if subj:
        return subj, False
    lead = _leading_predicate(tok)
    if lead is not None:
        return subjects(lead, depth + 1)
    if finite_modifier(tok):
        return _governing_noun(tok), False
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return subjects(head, depth + 1)
    if tok.dep_ == "acomp" and head.pos_ in {"VERB", "AUX"}:
        # "The UK, as part of the Global Coalition, is committed to ...": a participle or adjective the
        # copula predicates of its subject is that subject's own state (issue 15 round 13)
        return subjects(head, depth + 1)
    if tok.dep_ in {"xcomp", "advcl"} and head.pos_ in {"VERB", "AUX", "ADJ"}:
        if tok.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
            if objs:
                return objs, False
        if head.pos_ == "ADJ":
            return subjects(head.head, depth + 1)
        return subjects(head, depth + 1)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < head.i and head.pos_ in {"NOUN", "PROPN"}:
        # "Discussing his concern …, Malaysia's Prime Minister, Najib Razak said": an opening participle
        # clause the parser hangs on the noun it is predicated of (that noun made the root, the verb a
        # parataxis) has that noun as its subject, as it would under the verb (issue 15 round 21)
        return [head], False
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        gov = standing_for(head)
        if gov is not None:
            # "issued a declaration demanding ...": whoever issued the declaration demands; "the EU has
            # been among those calling for ...": the member named by the copula calls (round 15)
            return subjects(gov, depth + 1)
        sender = message_sender(head)
        if sender is not None:
            # "sent letters to the Interior department urging them to overturn": the participle hangs on
            # the addressee, but whoever sent the message urges (issue 15 round 12)
            return subjects(sender, depth + 1)
        return [head], False  # "troops aiding Russia"
    if finite_acl(tok):
        # a finite verb misparsed as a modifier of its subject ("Palestinian youths resorted to ...",
        # parsed with the noun as the sentence root or as a second subject of "said")
        return [head], False
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "vigils for the teenager killed by police": a reduced passive relative's by-agent acts when it
        # is a party (a role noun or a named person, group or place; issue 15 round 19)
        agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" and is_party(p)]
        if agents:
            return agents, True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and head.dep_ != "ROOT" and implicit_agents(tok):
        # a reduced passive relative whose agent a preposition names ("a Mafia boss arrested Tuesday in
        # a Sicilian police raid"), as for a full passive (issue 15 round 8); its by-agent is not read
        # yet: "unemployment numbers released by the U.S. Department of Labor" would become an act
        return implicit_agents(tok), True
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        objs = [c for c in head.head.children if c.dep_ in {"dobj", "obj"}]
        if objs and head.lower_ in {"of", "for", "from", "against"}:
            return objs, False  # "accused Tehran of reneging", "thanked Iran for releasing": the object acts
        patients = [c for c in head.head.children if c.dep_ == "nsubjpass"]
        if patients and head.lower_ in {"of", "with"}:
            # the passive of that: "Kirkpatrick is accused of fatally shooting Banky", "was charged with
            # killing": the passive's subject is the one the gerund is said of (issue 15, round 22); not
            # "arrested for collaborating with Israel", the reason for a police act (plover-gsr dev-tune)
            return patients, False
        return subjects(head.head, depth + 1)  # "resorted to throwing stones"
    clause = _fixed_preposition(head) if tok.dep_ == "pcomp" and head.dep_ == "prep" else None
    if clause is not None:
        # "In addition to asking the judge ..., Orozco's attorneys made a motion": the gerund of a
        # multi-word preposition (in addition to, in spite of, on top of) shares the clause's subject
        return subjects(clause, depth + 1)
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "required North Korea's help to dislodge ...": purpose of the clause governing the noun
        gov = head.head
        if head.dep_ in {"dobj", "nsubjpass"} and gov.pos_ in {"VERB", "AUX"}:
            return subjects(gov, depth + 1)
        return [c for c in head.children if c.dep_ == "poss"], False
    if tok.dep_ == "relcl":
        return [head], False
    swallowed = swallowed_subject(tok) if tok.dep_ == "ROOT" else None
    if swallowed is not None:
        return [swallowed], False
    return [], False


_FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def swallowed_subject(verb: Token) -> Token | None:
    """Return the subject the parser joined to an opening prepositional phrase as a conjunct.

    "With the signing of a Memorandum ..., the Sudanese government and SPLM/A have agreed to allow
    ...": the parse makes "government" a conjunct of "Memorandum", inside the opening "With" phrase,
    and leaves the finite verb without a subject. The noun phrase that starts after a comma and ends
    right before the verb (its auxiliaries and negation) is read as the subject when it is such a
    conjunct of a noun inside a preposition of the verb that comes before it. A verb with a subject
    of its own, and a bare verb (an imperative), are left alone (issue 15 round 17).
    """
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    before = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i and c.lower_ != "to"]
    if verb.tag_ not in _FINITE_TAGS and not before:
        return None
    start = min([c.i for c in before] + [verb.i])
    if start == 0:
        return None
    doc = verb.doc
    last = doc[start - 1]
    for noun in (last, *last.ancestors):
        if noun.i >= start or noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        if noun.right_edge.i != start - 1 or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
            continue
        opening = next((a for a in noun.ancestors if a.head.i == verb.i and a.dep_ == "prep" and a.i < noun.i), None)
        if opening is not None:
            return noun
    return None


def stranded_agents(verb: Token) -> list[Token]:
    """Return the by-agent of the agentless passive ``verb`` that the parser hung on the active verb
    governing it: "Aristide has been accused of misusing ... funds, much of it believed to have been
    embezzled, by current Haitian government officials" (the by-phrase hangs on "believed"). An active
    verb takes no agent, so a "by" phrase after ``verb`` whose object is a party (a role noun or a
    named person, group, organisation or place) is the passive's; "by phone", "by Friday" are none
    (issue 15 round 17)."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "conj"} or head.pos_ not in {"VERB", "AUX"} or head.i == verb.i:
        return []
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
        return []
    found: list[Token] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i):
        found += [p for p in prep.children if p.dep_ == "pobj" and (
            role_sector(p) is not None or p.pos_ == "PROPN" and p.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})]
    return found


# the links of a verb's prepositional phrase the parser may hang a by-agent inside: a preposition, its
# object or gerund, the gerund's object and its own prepositions; never a clause or a participle of its own
_PHRASE_DEPS = {"prep", "pobj", "pcomp", "dobj"}


def buried_agents(verb: Token) -> list[Token]:
    """Return the by-agent of the agentless passive ``verb`` that the parser hung inside one of the verb's own
    prepositional phrases: "Aristide has been accused of misusing ... funds by current Haitian government
    officials" (the by-phrase on the gerund "misusing"), "the religion was banned from conducting public
    worship at archeological sites by the Greek Ministry of Culture" (on "sites"). The phrase is followed down
    through prepositions, their objects and gerunds (no clause, no participle: "drugs seized by police" keeps
    its own agent) and the by-phrase's object must be a party ("by road", "by the river" are none). Issue
    15, round 22 (events-wide13's blind run, plover-gsr dev-tune)."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"]
    while stack and not found:
        tok = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.i > verb.i:
            found = [p for p in tok.children if p.dep_ == "pobj" and is_party(p)]
            continue
        if tok.dep_ == "pcomp" and any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in tok.children):
            continue  # a clause of its own
        stack += [c for c in tok.children if c.dep_ in _PHRASE_DEPS]
    return found


def implicit_agents(verb: Token) -> list[Token]:
    """Return the agent of an agentless passive that a preposition names without "by".

    "killed at the hands of Assad" (the idiom's of-object); "rejected in the United States Senate"
    (a legislature the act happened in, ``lexicon/legislatures.txt``; "House" only as "House of
    ..."); "arrested in a police raid", "in a police's raid" (the possessor or compound of an
    operation noun of ``lexicon/operations.txt``). Issue 15, round 6. "ordered to remain in custody
    by a magistrate" (a party in a by-phrase of the active infinitive; round 9). The operation's own
    by-agent before its possessor or compound, and an operation counted by "one of" (round 19):
    "arrested in a massive sweep by Italian police", "in one of Sicily's biggest police operations".
    """
    legislatures, operations = lexicon.words("legislatures.txt"), lexicon.words("operations.txt")
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and not any(g.dep_ == "auxpass" for g in c.children)):
        # "was ordered to remain in custody by an Athens magistrate": the parser hangs the by-phrase of
        # the passive on its active infinitive, which takes no agent; a party there is the passive's
        # agent (a role noun or a named person, group or place, not "by Friday"; issue 15 round 9)
        # a "by" right after the verb is its own preposition ("urged to stand by Israel"), not the agent
        for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > comp.i + 1):
            found = [p for p in prep.children if p.dep_ == "pobj" and (
                role_sector(p) is not None or p.pos_ == "PROPN" and p.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})]
            if found:
                return found
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            word = pobj.lemma_.lower()
            if prep.lower_ == "at" and pobj.lower_ == "hands":
                return [p for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                        for p in of.children if p.dep_ == "pobj"]
            if prep.lower_ not in {"in", "during", "through"}:
                continue
            if ({word, pobj.lower_} & legislatures
                    and (word != "house" or any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children))):
                return [pobj]
            operation = _counted(pobj)
            if {operation.lemma_.lower(), operation.lower_} & operations:
                by = [p for b in operation.children if b.dep_ == "prep" and b.lower_ == "by"
                      for p in b.children if p.dep_ == "pobj" and is_party(p)]
                compound = [c for c in operation.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
                # "Sicily's biggest police operations": the police act, the possessor is where
                return by or (compound if any(is_party(c) for c in compound)
                              else [c for c in operation.children if c.dep_ == "poss"] + compound)
    return []


_COUNTING_WORDS = {"one", "some", "many", "several", "each", "any", "another", "two", "three", "few"}


def _counted(noun: Token) -> Token:
    """Return the noun a counting word counts: "in one of Sicily's biggest police operations" is in an
    operation (issue 15, round 19); any other noun is itself."""
    if noun.lower_ not in _COUNTING_WORDS:
        return noun
    return next((p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                 for p in of.children if p.dep_ == "pobj"), noun)


def is_party(tok: Token) -> bool:
    """True for a token that can be an agent: a role noun ("police", "troops") or a named person, group,
    organisation or place ("by Friday", "by phone" are none)."""
    return role_sector(tok) is not None or tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}


def _fixed_preposition(prep: Token) -> Token | None:
    """Return the verb a multi-word preposition ending in ``prep`` attaches to ("in addition to",
    "in spite of", "on top of": a bare noun between two prepositions), else ``None``."""
    noun = prep.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.i != prep.i - 1:
        return None
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
        return None  # "after the refusal of ...": a real noun phrase, not part of a preposition
    outer = noun.head
    if outer.dep_ == "prep" and outer.i == noun.i - 1 and outer.head.pos_ in {"VERB", "AUX"}:
        return outer.head
    return None


def passive_patients(tok: Token) -> list[Token]:
    """Return the passive subject(s) of ``tok`` (the undergoer of a passive clause)."""
    return [c for c in tok.children if c.dep_ == "nsubjpass"]


def objects(tok: Token) -> list[Token]:
    """Return the direct object(s) of ``tok``; for a finite verb misparsed as an adjective of the
    noun after it ("The protesters in Thessaloniki targeted stores and banks": "targeted" an amod
    of "stores"), that noun and its conjuncts."""
    if finite_modifier(tok):
        return [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
    return [c for c in tok.children if c.dep_ in {"dobj", "obj"}]


def finite_modifier(tok: Token) -> bool:
    """True for a finite verb that the parser attached as an adjective to the noun after it, its
    object read as its head (issue 15, round 6): tagged past tense (VBD), or tagged a participle
    (VBN) in a verbless sentence (its root a noun before it) with a noun of the subject's phrase
    hanging on its left ("The protestors in Thessaloniki targeted stores": "Thessaloniki" an npadvmod
    of "targeted"), which an adjectival participle ("the injured workers", "newly elected") never has.
    Its subject is the nearest noun before it that governs its phrase (:func:`subjects`)."""
    if tok.dep_ != "amod" or tok.head.i < tok.i or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.tag_ == "VBD":
        return True
    root = tok.sent.root
    return (tok.tag_ == "VBN" and root.pos_ in {"NOUN", "PROPN"} and root.i < tok.i
            and any(c.i < tok.i and c.dep_ in {"npadvmod", "nsubj"} and c.pos_ in {"NOUN", "PROPN"} for c in tok.children))


def trailing_report(tok: Token) -> bool:
    """True for a reporting verb closing its sentence that the parser hung, as a participle, on its own
    subject, the subject being made a noun of the clause it reports: "Croatian authorities are failing to
    uphold the property rights of Croatian Serb refugees, a human rights group protested here Wednesday"
    ("group" an apposition of "refugees", "protested" its ``acl``). A clause-taking verb of
    ``lexicon/cues.tsv`` (say, protest, charge …), tagged VBN or VBD, with nothing of its own but when it was
    said (an adverb, a date), whose noun phrase follows a comma and the sentence's root, and after which only the verb's own words
    and the final punctuation come. Its subject is its noun and the clause it reports is the sentence before
    the comma. A reduced relative ("a report issued by the ministry", "the vehicle stolen last week") is no
    reporting verb. Issue 15, round 22 (plover-gsr dev-tune)."""
    if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBD"} or tok.lemma_.lower() not in report_verbs():
        return False
    for c in tok.children:
        # only when and where it was said: "here", "Wednesday", "on Saturday" ("a crowd protested outside
        # parliament" is a protest, not a report)
        if c.dep_ in {"advmod", "npadvmod", "punct"}:
            continue
        if c.dep_ == "prep" and all(p.ent_type_ in {"DATE", "TIME"} for p in c.children) and any(c.children):
            continue
        return False
    noun = tok.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"appos", "dobj", "npadvmod", "conj", "pobj"}:
        return False
    start = noun.left_edge.i
    sent = tok.sent
    if start == 0 or tok.doc[start - 1].text != "," or sent.root.i >= start:
        return False
    return all(t.is_punct for t in tok.doc[tok.right_edge.i + 1:sent.end])


def finite_acl(tok: Token) -> bool:
    """True for a finite verb that the parser hung on its own subject as a clausal modifier (``acl``):
    tagged past tense (VBD); or a past participle (VBN) whose noun is the sentence root (a verbless
    parse), or whose noun is a second subject of one verb (a clause has one nominal subject:
    "Palestinian youths resorted to throwing stones ..., officials said" gives "said" the subjects
    "youths" and "officials"; issue 15, round 15), or that is coordinated with a past-tense verb
    ("Doctors from two American aid groups donated and personally delivered $50,000 worth of goods": a
    participle sharing a finite conjunct is finite; round 15). A reduced passive relative ("weapons
    seized last year", "a man detained by police") is none of these. Its subject is its noun."""
    if tok.dep_ != "acl" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ != "VBN" or any(c.dep_ in {"agent", "auxpass", "nsubj", "nsubjpass"} for c in tok.children):
        return False
    noun = tok.head
    if noun.dep_ == "ROOT" or trailing_report(tok):
        return True
    if noun.dep_ == "nsubj" and sum(1 for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}) > 1:
        return True
    return any(c.dep_ == "conj" and c.tag_ == "VBD" for c in tok.children)


def _governing_noun(tok: Token) -> list[Token]:
    """Return the nearest noun before ``tok`` among the heads of its head's phrase (the subject of a
    :func:`finite_modifier`: "protesters" in "The protesters in Thessaloniki targeted stores")."""
    for anc in tok.head.ancestors:
        if anc.i < tok.i and anc.pos_ in {"NOUN", "PROPN", "PRON"}:
            return [anc]
    return []


def prep_objects(tok: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """Return ``(preposition, object)`` pairs of the given prepositions attached to ``tok``."""
    found = []
    for child in tok.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.append((child.lower_, pobj))
        elif child.dep_ == "prt" and child.lower_ in preps:  # "handed over to"
            continue
    return found


def between(entities: EntityIndex, tok: Token) -> list[Arg]:
    """Return the parties of a "between X and Y" complement of ``tok``, if any."""
    for prep, pobj in prep_objects(tok, {"between", "among"}):
        parties = resolve(entities, pobj)
        if len(parties) >= 2:
            return parties
    return []


def place_of(entities: EntityIndex, toks: list[Token], exclude: set[str]) -> str | None:
    """Return the place entity named by an in/at/into/from complement of any of ``toks``."""
    for tok in toks:
        for prep, pobj in prep_objects(tok, PLACE_PREPS):
            for cand in conjuncts(pobj):
                eid = entities.lookup(cand.idx, cand.idx + len(cand.text))
                if eid and entities.entity(eid).type in PLACE_TYPES and eid not in exclude:
                    return eid
        if tok.dep_ == "relcl" and any(c.lower_ in {"where"} for c in tok.children):
            eid = entities.lookup(tok.head.idx, tok.head.idx + len(tok.head.text))
            if eid and entities.entity(eid).type in PLACE_TYPES and eid not in exclude:
                return eid
    return None


__all__ = [
    "ACTOR_TYPES",
    "Arg",
    "Args",
    "between",
    "conjuncts",
    "group_antecedents",
    "is_party",
    "materialize",
    "message_sender",
    "objects",
    "passive_patients",
    "place_of",
    "prep_objects",
    "resolve",
    "resolve_one",
    "stranded_agents",
    "buried_agents",
    "trailing_report",
    "report_verbs",
    "subjects",
]
