"""Events: candidates that name no act PLOVER codes.

Questions, habits, wishes and possibilities, the stopping of an act, a company officer leaving a
post and an act only talked about. Split out of ``coding.py``; rules in ``docs/events.md``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import _surface_stems
from hearsay.extract.events._rules import lemma_of as _lemma
from hearsay.extract.events._status import Cand, clause_head


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


# verbs that keep an attack from being done (issue 15 round 20, pooled blind runs wide8-wide12: "foils attack in Gulf
# of Aden, nabs 26 pirates", "repulsed an attack on a merchant vessel", "prevented pirates from attacking"): the
# events sets code a thwarted attack NONE and the capture or arrest beside it as the act
_THWART_VERBS = {"foil", "thwart", "repulse", "repel", "avert", "prevent", "frustrate", "forestall", "preempt",
                 "pre-empt", "fend", "ward"}
# verbs that keep someone from an act named in their from-phrase ("stopped the rebels from attacking the town")
_KEEP_FROM_VERBS = _THWART_VERBS | {"stop", "keep", "block", "deter", "bar", "restrain"}


def _thwarts(tok: Token, verbs: set[str] = _THWART_VERBS) -> bool:
    words = {_lemma(tok), tok.lower_, *_surface_stems(tok.lower_)}
    return tok.pos_ == "VERB" and bool(words & verbs)


def _thwarted(cand: Cand) -> bool:
    """True when an attack is named only as kept from happening: an attack noun that is the object (or passive
    subject) of a thwarting verb ("foiled an attack", "the attack was repulsed") or modified by a word saying it
    was not done ("a foiled attack", ``unrealised_modifiers.txt``), or an attack verb in the from-phrase of one
    ("prevented pirates from attacking"). The thwarting itself is coded only where its own row says so ("repelled
    the rebels"). A thwarted *attempt to* act is left to the act's own status: plover-gsr codes "An attempt to
    assassinate … was thwarted" ASSAULT (CAMEO 186 counts attempts)."""
    if cand.base_type != "ASSAULT":
        return False
    tok = cand.anchor
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if cand.rule.pos == "NOUN" and tok.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "amod" and c.lower_ in lexicon.words("unrealised_modifiers.txt") for c in tok.children):
            return True
        return tok.dep_ in {"dobj", "obj", "nsubjpass"} and _thwarts(tok.head)
    if tok.pos_ != "VERB":
        return False
    return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and _thwarts(tok.head.head, _KEEP_FROM_VERBS)


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


# PLOVER modes of a police or judicial process done to a suspect (issue 15 round 18): the blind events sets
# (wide9, wide10) code "was arrested", "a man accused of", "after his arrest", "the trial of" NONE when the text
# names no one who arrests, accuses or tries, and so does PLOVER, which codes who did what to whom
_PROCESS_MODES = {"arrest", "seize", "allege", "investigate"}


def _in_a_state(anchor: Token, entities: EntityIndex) -> bool:
    """True when the trigger's phrase or clause happens "in" a place with a country ("was arrested in Lebanon",
    "put under investigation in Italy"): PLOVER codes that state as the source of its own police's act."""
    tok = anchor
    for _ in range(4):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                # the place, or a place its own "in" phrase names ("arrested in a house in Gaza")
                inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
                if any(ea._lookup(entities, o, set()) is not None for o in (obj, *inner)):
                    return True
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _agentless_process(cand: Cand, args: ea.Args, mode: str | None, entities: EntityIndex) -> bool:
    """True when an arrest, charge, accusation or trial has no actor and its trigger names none: an agentless
    passive ("Gomes was arrested", "has been charged"), a passive participle modifying its patient ("a man
    accused of", "members seized on Tuesday") or an event noun without a by-phrase ("after his arrest", "the
    trial of two men"). What befell the patient is reported; the sentence names no source to code. Not when
    it happens in a country (``_in_a_state``): plover-gsr codes "was arrested in Lebanon" with Lebanon."""
    if args.actors or cand.base_type not in {"ACCUSE", "COERCE"} or mode not in _PROCESS_MODES:
        return False
    anchor = cand.anchor
    if _in_a_state(anchor, entities):
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in anchor.subtree):
        return False  # a by-phrase anywhere in the phrase, where the parser may hang it ("the arrest of 20 students by riot police")
    if anchor.pos_ in {"NOUN", "PROPN"}:
        return cand.rule.pos == "NOUN"
    if anchor.tag_ != "VBN":
        return False
    return (any(c.dep_ in {"auxpass", "nsubjpass"} for c in anchor.children)
            or anchor.dep_ in {"acl", "amod", "relcl"} and not any(c.dep_ in {"nsubj", "aux"} for c in anchor.children))


# entity types that can act (issue 15 round 24): a person, an organisation, a people or a place with a country
_PARTY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
# personal pronouns that stand for people or a group ("We are providing consular assistance"); "it" is left out
_PERSONAL_PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "my", "our", "your",
                      "his", "their"}


def _can_act(tok: Token) -> bool:
    """True for a personal pronoun, a named possessor ("NYPD's", which NER may leave untyped) or a counted crowd as
    a subject ("Dozens \"Riot\" over ...")."""
    if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL_PRONOUNS or tok.pos_ == "PROPN" and tok.dep_ == "poss":
        return True
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.like_num


def _partyless(cand: Cand, args: ea.Args, entities: EntityIndex) -> bool:
    """True when an event noun has neither actor nor recipient and its sentence names no one who could act: no
    person, organisation, people or country (by the parser's entity type or the entity index), no role or group
    noun ("police", "protesters", ``sectors.tsv``), no personal pronoun and no counted subject ("Dozens"). "overwhelming demand" of a market, "forward collision warning"
    among a car's features, "a late session rally" of an index: with no party anywhere in reach the noun names a
    market's, a device's or a product's doing, which PLOVER does not code (issue 15 round 24, pooled ``NONE``
    lines of the events sets). A sentence that names any party keeps the event ("protests in Cairo")."""
    if cand.rule.pos != "NOUN" or args.actors or args.targets:
        return False
    # only a noun a compound modifier names the kind of ("collision warning", "session rally"): a bare event noun
    # with no party ("Heavy fighting continued overnight", "The talks continued") stays an actor-less event
    if not any(c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} for c in cand.anchor.children):
        return False
    for tok in cand.anchor.sent:
        if ea.is_party(tok) or tok.ent_type_ in _PARTY_TYPES or _can_act(tok):
            return False
        if tok.pos_ in {"NOUN", "PROPN"} and ea._lookup(entities, tok, _PARTY_TYPES) is not None:
            return False
    return True


def _lone_talks(cand: Cand, args: ea.Args) -> bool:
    """True for talks with no one in them: a CONSULT event (a meeting, negotiations, a visit) with neither actor nor
    counterpart, not the subject of its clause and with no member named by the noun's possessor or of-complement: "the
    start of the meeting", "won after lengthy negotiations", "When the royal council met". A consultation is between
    parties (CAMEO 04); with none named it is a session or a background, not a coded event (issue 15 round 28, pooled
    ``NONE`` lines of the blind sets wide15-wide18)."""
    if cand.type != "CONSULT" or args.actors or args.targets:
        return False  # a recoded intent keeps its own reading ("agreed to meet": AGREE)
    if cand.anchor.pos_ == "NOUN" and cand.anchor.dep_ in {"nsubj", "nsubjpass"}:
        return False  # "The talks continued for three days": talks the story is about, their parties told before (round 17)
    # "The last meeting of the Small Group", "the G20's summit": the noun's own members are its parties
    members = [c for c in cand.anchor.children if c.dep_ == "poss"] + [p for _, p in ea.prep_objects(cand.anchor, {"of"})]
    return not any(ea.is_party(m) for m in members)

