"""The PLOVER ontology (``lexicon/plover.tsv``) and the trigger lexicon (``lexicon/event_triggers.tsv``).

Loading both tables, and testing a lexicon row's pattern against a token of the dependency
parse (docs/events.md, "How the coder works" and "Issue 15").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.events import _args as ea
from hearsay.extract.events._sources import report_verbs
from hearsay.extract.events.actors import role_sector
from hearsay.extract.entities.index import EntityIndex

@dataclass(frozen=True, slots=True)
class Ontology:
    """PLOVER types, modes, contexts and the legacy names of ``lexicon/plover.tsv``."""

    types: dict[str, bool]  # type -> requires a recipient
    modes: dict[str, tuple[str, ...]]
    contexts: tuple[str, ...]
    legacy: dict[str, tuple[str, str | None]]
    recode: dict[str, tuple[str, str]] = field(default_factory=dict)  # type -> (when, new type)
    requested: dict[str, str] = field(default_factory=dict)  # type -> REQUEST mode when demanded
    embeds: dict[str, str] = field(default_factory=dict)  # type -> status of the events embedded under it
    refusable: frozenset[str] = frozenset()  # cooperative types whose refusal is REJECT
    verbal: frozenset[str] = frozenset()  # speech-act types
    domestic: frozenset[str] = frozenset()  # types a state may direct at its own people
    unattributed: frozenset[str] = frozenset()  # types coded as unidentified armed forces when no one is named

    def current(self, name: str) -> tuple[str, str | None]:
        """Return ``(type, mode)`` for a current or legacy PLOVER name ("DISAPPROVE" -> ACCUSE)."""
        name = name.strip().upper()
        if name in self.types:
            return name, None
        if name in self.legacy:
            return self.legacy[name]
        raise KeyError(f"not a PLOVER event type: {name!r}")


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Return the packaged PLOVER ontology, parsed once per process."""
    types: dict[str, bool] = {}
    modes: dict[str, list[str]] = {}
    contexts: list[str] = []
    legacy: dict[str, tuple[str, str | None]] = {}
    recode: dict[str, tuple[str, str]] = {}
    for row in lexicon.load("plover.tsv"):
        kind, name = row["row"], row["name"]
        if kind == "type":
            types[name] = row["detail"] == "yes"
        elif kind == "mode":
            modes.setdefault(name, []).append(row["value"])
        elif kind == "context":
            contexts.append(name)
        elif kind == "legacy":
            legacy[name] = (row["value"], row["detail"] or None)
        elif kind == "recode":
            recode[name] = (row["value"], row["detail"])
    table = lexicon.load("plover.tsv")

    def named(kind: str) -> frozenset[str]:
        return frozenset(r["name"] for r in table.where("row", kind))

    return Ontology(types, {k: tuple(v) for k, v in modes.items()}, tuple(contexts), legacy, recode,
                    requested={r["name"]: r["value"] for r in table.where("row", "requested")},
                    embeds={r["name"]: r["value"] for r in table.where("row", "embeds")},
                    refusable=named("refusable"), verbal=named("verbal"), domestic=named("domestic"),
                    unattributed=named("unattributed"))


NO_EVENT = "NONE"  # a row of this type stops its lemma: "released a statement" is no RETREAT


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




@dataclass(slots=True)
class Lexicon:
    """Trigger rules by (pos, lemma) and mode cues by lemma."""

    rules: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)
    cues: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the packaged trigger lexicon (``lexicon/event_triggers.tsv``).

    ``CLASS name a|b|c`` rows name a word class; a pattern value ``@name`` stands for its words,
    so one row covers a lexical class ("hand over" + any supplies noun -> AID).
    """
    lex = Lexicon()
    table = lexicon.load("event_triggers.tsv")
    classes = {r["lemma"]: frozenset(w for w in r["type"].split("|") if w) for r in table.where("pos", "CLASS")}
    lex.classes = classes
    for n, row in enumerate(table, start=1):
        pos, lemma, type_, mode, pattern = (row[c] for c in ("pos", "lemma", "type", "mode", "pattern"))
        if pos == "CLASS":
            continue
        if pos == "CUE":
            lex.cues.setdefault(lemma, []).append((type_, mode))
            continue
        conds = []
        for part in filter(None, (p.strip() for p in pattern.split(";"))):
            key, _, values = part.partition("=")
            words: set[str] = set()
            for v in filter(None, values.split("|")):
                words |= classes[v[1:]] if v.startswith("@") else {v}
            conds.append((key, frozenset(words)))
        lex.rules.setdefault((pos, lemma), []).append(Rule(pos, lemma, type_, mode or None, tuple(conds), n))
    return lex


def lemma_of(tok: Token) -> str:
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


def rule_lemma(tok: Token, pos: str, lex: Lexicon) -> str:
    """Return the lemma under which ``lex`` knows ``tok`` as ``pos``.

    spaCy's lemmatiser misses some inflections ("staged" -> "stag"), so when the lemma has
    no rows the surface form's plausible stems are tried before giving up.
    """
    lemma = lemma_of(tok)
    if (pos, lemma) in lex.rules:
        return lemma
    for stem in _surface_stems(tok.lower_):
        if (pos, stem) in lex.rules:
            return stem
    return lemma


def with_of(nouns: list[Token]) -> list[Token]:
    """Return ``nouns`` and their of-complements ("the state of emergency", "a convoy of aid")."""
    return nouns + [pobj for n in nouns for _, pobj in ea.prep_objects(n, {"of"})]


def holds(rule: Rule, tok: Token, lex: Lexicon, entities: EntityIndex) -> bool:
    objs = ea.objects(tok) or (ea.passive_patients(tok) if tok.pos_ == "VERB" else [])
    if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs = [tok.head]  # a passive participle's noun is its object: "figures released by NPD"
    if not objs:
        objs = misparsed_objects(tok)
    for key, values in rule.pattern:
        if key == "pobj":  # "withdrew from the treaty", "reneged on the deal", "pulled out of the talks"
            pobjs = [p for prep in tok.children if prep.dep_ in {"prep", "prt"}
                     for p in (*prep.children, *(g for c in prep.children if c.dep_ == "prep" for g in c.children))
                     if p.dep_ == "pobj"]
            if "*party" in values:
                if not any(_party(p) for p in pobjs):
                    return False
            elif not any(lemma_of(p) in values or p.lower_ in values for p in with_of(pobjs)):
                return False
            continue
        if key == "subj":  # "the Central Bank is encouraging banks to lend", not "this offer will encourage people to"
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl":  # "a provision ... that would allow": the antecedent is the subject (round 11)
                subjects = [tok.head if c.tag_ == "WDT" else c for c in subjects]
            elif not subjects and tok.dep_ == "acl" and (tok.tag_ == "VBG" or tok.tag_ == "VBN" and tok.head.i == tok.i - 1
                                                         and not any(c.dep_ == "agent" for c in tok.children)):
                # "a regulation allowing agencies to avoid reviews": the noun does it; "the legislation allowed
                # for a temporary increase", a finite verb parsed as a participle of its subject (round 11)
                subjects = [tok.head]
            elif not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBG":
                # ", allowing its blades to turn freely": an -ing adverbial clause is done by its clause's
                # subject ("the glitch led the pilots to disengage an engine"; issue 15, round 12)
                subjects = ea.subjects(tok)[0]
            if "*party" not in values:
                # a named kind of subject, which must be there: "Freedom Magazine, which attacked high-ranking
                # defectors" (a publication's attack is in print; the noun or a compound of it; round 22)
                if not any(lemma_of(w) in values or w.lower_ in values
                           for c in subjects for w in (c, *(g for g in c.children if g.dep_ == "compound"))):
                    return False
                continue
            if subjects and not any(c.tag_ in {"WDT", "WP"} or _party(c) for c in subjects):
                return False  # a passive or subjectless verb passes: "Iraq was offered aid"
            continue
        if key == "obj":
            if not values:
                if objs:
                    return False
            elif "*event" in values:
                if not any(noun_rule(o, lex) for o in objs):
                    return False
            elif "*entity" in values:
                if not any(ea.resolve(entities, o) for o in objs):
                    return False
            elif "*any" in values:
                if not objs:
                    return False
            elif not any(lemma_of(o) in values or o.lower_ in values or "*person" in values and _person(entities, o)
                         or "*role" in values and role_sector(o) is not None
                         or "*named" in values and bool(ea.resolve(entities, o))
                         for o in with_of(objs)):
                return False
        elif key == "gerund" and not any(c.dep_ == "prep" and c.lower_ in values
                                         and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and _verb_type(g, lex, entities) not in _HOSTILE
                                                 and not any(s.dep_ in {"nsubj", "poss"} for s in g.children)
                                                 for g in c.children)
                                         for c in tok.children):
            # "is charged with securing the capital": a task given, not a crime alleged; "charged with killing
            # his mother" stays a charge: the gerund is a hostile act (issue 15, round 11). The gerund is the
            # subject's own act: "insisted on remaining anonymous" is no demand, "insisted on Israel's
            # withdrawing" is one (round 12)
            return False
        elif key == "prep" and not any(c.dep_ in {"prep", "dative"} and c.lower_ in values
                                       or c.dep_ in {"advcl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ in values for m in c.children)
                                       for c in tok.children):  # "pushing for the US (to) support ..."
            return False
        elif key == "prt" and not any(c.lower_ in values and (c.dep_ == "prt" or c.dep_ in {"advmod", "prep"} and 0 < c.i - tok.i <= 3)
                                      for c in tok.children):  # spaCy often parses "pulled out of" as a preposition
            return False
        elif key == "mod" and not any(c.dep_ in {"compound", "amod", "nmod"} and lemma_of(c) in values for c in tok.children):
            return False
        elif key == "oprd" and not any(c.dep_ == "oprd" and (lemma_of(c) in values or c.lower_ in values) for c in tok.children):
            return False  # "called Orozco a predator": the label given to the object
        elif key == "cpobj" and not any(lemma_of(p) in values or p.lower_ in values
                                        for c in tok.children if c.dep_ in {"xcomp", "ccomp"}
                                        for prep in c.children if prep.dep_ == "prep" and prep.lower_ in {"in", "into", "under"}
                                        for p in prep.children if p.dep_ == "pobj"):
            # "ordered to remain in custody": where the complement's act holds someone (in/into/under),
            # not where it moves them from or to ("ordered to be transferred from county jail"; round 9)
            return False
        elif key == "relverb" and not any(c.dep_ in {"relcl", "acl"} and lemma_of(c) in values for o in objs for c in o.children):
            # "repealed the rules banning rallies": a rule that bars someone (issue 15, round 12)
            return False
        elif key == "prev" and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in values):
            # "as opposed to the bloated spectacle": a fixed comparison, no opposition (issue 15, round 12)
            return False
        elif key == "comp" and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
            return False
        elif key == "advof" and not (tok.dep_ in {"advcl", "conj"} and lemma_of(tok.head) in values):
            # "the jetliner crashed into the Atlantic, killing all 228 people": an accident's toll (round 10)
            return False
        elif key == "ctype" and not any(c.dep_ == "ccomp" and _verb_type(c, lex, entities) in values and not _own_act(c)
                                        for c in tok.children):
            # "Apple Corps claims that Apple Computer's store violates an agreement": a claim that a
            # party did a hostile act is an allegation (issue 15, round 10); "the Indian Navy claims they
            # have captured 23 pirates" reports the claimer's own act, no allegation (round 18)
            return False
        elif key == "cmodal" and not any(a.dep_ == "aux" and a.lower_ in values
                                         for c in tok.children if c.dep_ == "ccomp" for a in c.children):
            # "warned there could be additional charges", "warned that it might run out of money": the clause
            # says what may happen, a prediction, not the warner's threat (issue 15, round 10)
            return False
        elif key == "clause" and not (any(c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} for c in tok.children)
                                      or ea.trailing_report(tok)):
            # a closing report the parser hung on its subject reports the sentence before it (round 22)
            return False
    return True


# personal pronouns that, as the subject of a claim's clause, stand for the claimer: a pronoun subject of a
# complement clause is read as bound by the matrix subject ("X claims they captured", "X claimed it shot down")
_BOUND_PRONOUNS = {"i", "we", "he", "she", "it", "they"}


def _own_act(clause: Token) -> bool:
    """True when a complement clause's subject is a personal pronoun taken for the claimer or repeats the
    claimer's head noun: the clause reports the claimer's own act ("the Indian Navy claims they have
    captured 23 pirates"), not a party accused. Issue 15, round 18 (events-wide9's blind run)."""
    claimer = [c for c in clause.head.children if c.dep_ == "nsubj"]
    for subj in (c for c in clause.children if c.dep_ == "nsubj"):
        if subj.text.lower() in _BOUND_PRONOUNS:
            return True
        if claimer and (lemma_of(subj) or subj.text.lower()) == (lemma_of(claimer[0]) or claimer[0].text.lower()) \
                and subj.pos_ != "PRON":
            return True
    return False


# act types that, as a gerund after "charged with", are the crime charged, not a task
_HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST", "REJECT"}


def _person(entities: EntityIndex, tok: Token) -> bool:
    """True when ``tok`` heads the name of a person ("captured Karbouly"), as the entity index reads it."""
    eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
    return eid is not None and entities.entity(eid).type == "PERSON"


def _verb_type(tok: Token, lex: Lexicon, entities: EntityIndex) -> str | None:
    """The type of the first VERB row of ``tok`` whose pattern holds, else None."""
    if tok.pos_ != "VERB":
        return None
    for rule in lex.rules.get(("VERB", rule_lemma(tok, "VERB", lex)), []):
        if holds(rule, tok, lex, entities):
            return rule.type
    return None


_PERSONAL = {"those", "them", "him", "her", "us", "it"}


_PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _party(tok: Token) -> bool:
    """True for a word that can name a party to a conflict: a proper noun, a personal or demonstrative
    pronoun ("striking against those who pose a threat"), a role noun ("against the rebels") or a
    thing a proper noun possesses ("support for Iraq's democratic process"); not a policy or thing ("a strike against austerity", "a strike against the cuts")."""
    if tok.pos_ == "PROPN" or tok.lower_ in _PERSONAL or role_sector(tok) is not None:
        return True
    # "Iraq's democratic process": something of a named party
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)


def misparsed_objects(tok: Token) -> list[Token]:
    """Return the object of a verb that the parser read as the subject of a clause after it.

    "recently seized a Saudi supertanker loaded with e75m worth of crude oil" is parsed with
    "supertanker" the subject of a complement clause ("m" a verb): a complement clause with no
    "that" whose subject phrase starts right after the verb, with a determiner, is the verb's
    object phrase (issue 15, round 6). Verbs that take a complement clause (the statement cues of
    ``lexicon/cues.tsv`` with a clause frame: "said the ship was seized") and "… that …" clauses
    keep their reading.
    """
    if lemma_of(tok) in report_verbs():
        return []
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i < tok.i or any(c.dep_ == "mark" for c in clause.children):
            continue
        for subj in clause.children:
            if subj.dep_ in {"nsubj", "nsubjpass"} and subj.left_edge.i == tok.i + 1 and subj.left_edge.dep_ == "det" \
                    and subj.pos_ in {"NOUN", "PROPN"}:
                return [subj]
    return []


def noun_rule(tok: Token, lex: Lexicon, entities: EntityIndex | None = None) -> Rule | None:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if tok.ent_type_ in {"DATE", "TIME"}:  # "compared to March of 2008": a month, not a march (issue 15, round 10)
        return None
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN":
        return None  # "emergency first responders": a modifier naming what kind of people, not an act (round 10)
    for rule in lex.rules.get(("NOUN", rule_lemma(tok, "NOUN", lex)), []):
        if all(_noun_holds(tok, k, v) for k, v in rule.pattern):
            return None if rule.type == NO_EVENT else rule
    return None


def _noun_holds(tok: Token, key: str, values: frozenset[str]) -> bool:
    """Test a NOUN row's condition: ``mod`` (a modifier), ``of`` (the noun's theme: an
    of-complement or a compound, "the sharing of intelligence", "intelligence sharing") or ``gov``
    (the verb the noun is the object or predicate of, or a participle modifying it: "is a threat",
    "the threat posed by") or ``pobj`` (an object of the noun's prepositions; ``*party`` a proper
    noun, a personal pronoun or a role noun: "strikes against ISIL")."""
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
    if key == "mod":
        return any(lemma_of(c) in values for c in mods)
    if key == "gov":  # "ISIL is a threat", "the threat posed by", "who pose a threat" (issue 15, round 6)
        # a relative clause is the noun's verb too: "the threat this group poses" = "this group poses a threat" (round 11)
        govs = [c for c in tok.children if c.dep_ in {"acl", "relcl"}]
        if tok.dep_ in {"dobj", "obj", "attr", "nsubj", "nsubjpass", "oprd", "pobj"}:
            govs.append(tok.head)  # nsubj: "the threat posed by …" parsed as "the threat posed"; pobj: "in support of"
        return any(lemma_of(g) in values for g in govs)
    if key == "prep":  # "a call for talks", "a call with Lavrov", "calls to withdraw" (an infinitive for "to")
        return any(c.dep_ == "prep" and c.lower_ in values
                   or "to" in values and c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in tok.children)
    if key == "pobj":  # "strikes against ISIL": the object of the noun's preposition
        pobjs = [p for prep in tok.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        return any(_party(p) if v == "*party" else lemma_of(p) == v for p in pobjs for v in values)
    if key == "bare":  # "as defined in the CJTF releases", "a U.S. release": no one released (issue 15, round 11)
        return not any(c.dep_ == "poss" for c in tok.children) and not ea.prep_objects(tok, {"of"})
    if key == "of":
        themes = [c for c in mods if c.dep_ in {"compound", "nmod"}] + [p for _, p in ea.prep_objects(tok, {"of", "on"})]
        if "*any" in values and themes:
            return True
        # "*party": an of-complement that names a party ("the release of Gilad Shalit", "of the two Americans"), not a
        # thing or an animal ("the release of ten buffalo"); a modifier is no theme here ("a Defence Ministry release",
        # "a U.S. release": a document, a launch) (issue 15 round 28)
        if "*party" in values and any(_party(p) or p.ent_type_ in _PARTY_ENTS for _, p in ea.prep_objects(tok, {"of"})):
            return True
        return any(lemma_of(c) in values or c.lower_ in values for c in themes)
    return True



__all__ = ["NO_EVENT", "Lexicon", "Ontology", "Rule", "holds", "lemma_of", "load_lexicon", "load_ontology", "misparsed_objects",
           "noun_rule", "rule_lemma", "with_of"]
