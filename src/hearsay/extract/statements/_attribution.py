"""Attribution frames over the dependency parse: cue, source phrase and content span.

A *candidate* is a cue word with the head token of its source phrase and the character span of
its content, found by general rules over spaCy's parse (PARC-style attribution, Pareti 2016):

- verb cues (lexicon/cues.tsv) take their source from the subject (``nsubj``; the ``by`` agent of
  a passive; the subject inherited by a participle or conjunct: "…, adding that …"; the head
  noun of a relative clause: "Tiahrt, who said …"), or from the object after the verb when the
  clause is inverted ("“…,” warned a … report");
- content is the complement clause (``ccomp``), the object for cues that take one ("noted the
  ties"), the object plus its "for" phrase for evaluative acts ("thanked X for Y");
- "according to X" attributes the rest of its sentence (or clause) to X; the span is cut by
  character offsets rather than the parse, which often attaches the main subject to X.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.statements._speaker_lexicon import speaker_nouns

_SUBJ = {"nsubj", "csubj"}
_NON_SOURCES = {"this", "that", "these", "those", "which", "what", "there", "who", "you", "some", "one", "it", "nobody", "none"}
_MARKS = {"that", "if", "whether"}
_RELATIVE = {"who", "which", "that"}


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One cue of the lexicon."""

    lemma: str
    pos: str
    kind: str
    frames: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], CueEntry]:
    """Return the cue lexicon (lexicon/cues.tsv) keyed by ``(lemma, pos)``."""
    out: dict[tuple[str, str], CueEntry] = {}
    for row in lexicon.load("cues.tsv"):
        lemma, pos = row["lemma"], row["pos"]
        out[(lemma, pos)] = CueEntry(lemma, pos, row["kind"], frozenset(row["frames"].split(",")))
    return out


@dataclass(slots=True)
class Candidate:
    """A cue with its source head and content span (character offsets), before resolution."""

    cue_start: int
    cue_end: int
    cue_token: Token
    entry: CueEntry | None
    source: Token | None
    content: tuple[int, int] | None
    rule: str
    relay: Token | None = None  # "X quoted Y as saying": X relays Y
    sentence: tuple[int, int] = (0, 0)


def cue_entry(tok: Token) -> CueEntry | None:
    """Return the lexicon entry of ``tok`` when it is a verb or noun cue."""
    cues = load_cues()
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or (tok.tag_.startswith("VB")):
        entry = cues.get((lemma, "verb"))
        if entry is None and tok.tag_ in {"VBG", "VBD", "VBN"}:
            # the lemmatizer drops a silent "e" it should keep ("hoping" -> "hop"): try it back
            entry = cues.get((lemma + "e", "verb")) if not lemma.endswith("e") else None
        if entry is None:
            entry = _structural_cue(tok, lemma)
        elif entry.frames == {"as"} and regard_as(tok) is None:
            return None  # "saw the plane", "viewed the site": perception, not a view held
        return entry
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children):
        # a verb tagged as a plural noun at the root of a clause with a subject ("the government
        # … disapproves of the takeover")
        return cues.get((lemma, "verb"), cues.get((lemma, "noun")))
    if tok.pos_ == "NOUN":
        return cues.get((lemma, "noun"))
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "is concerned that …"
        return cues.get((lemma, "adj"))
    return None




@functools.lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    """Pronouns that may refer to people (``lexicon/pronouns.tsv``: animacy person or any); only
    the subject forms among them ever head an ``nsubj``."""
    return frozenset(r["pronoun"] for r in lexicon.load("pronouns.tsv") if r["animacy"] in {"person", "any"})


def _structural_cue(tok: Token, lemma: str) -> CueEntry | None:
    """A verb outside the lexicon that attributes its "that" clause to a person or organisation.

    Attribution by structure (issue 14): a finite verb whose subject is a person, an organisation
    or a personal pronoun and whose complement is a "that" clause with its own subject, opening
    right after the verb ("X blasted that …", "the ministry reiterated that …"); verbs in ``lexicon/not_attributive.txt`` are vetoed.
    """
    if lemma in lexicon.words("not_attributive.txt") or not tok.tag_.startswith("VB") or tok.tag_ == "VB" and tok.dep_ != "ROOT":
        return None
    comps = [
        c for c in tok.children
        if c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
        and any(m.dep_ in {"nsubj", "nsubjpass", "expl"} for m in c.children)
    ]
    if not comps:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if not (subj.lower_ in _personal_pronouns() or subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}):
        return None
    return CueEntry(lemma, "verb", "speech", frozenset({"clause"}))


def let_know(tok: Token) -> tuple[CueEntry, Token | None] | None:
    """Return the speech entry and source of "X let Y know that …" at ``know``, else None.

    A causative of knowing is telling (issue 14 round 10: "Meyer went on … to let fans know that
    …"): ``know`` as the clausal complement of ``let`` with a "that" clause of its own ("let me know
    if …" is a request for information, no statement). The source is the subject of ``let``, found
    up its conjunct, infinitival and adverbial-clause heads when ``let`` has none of its own.
    """
    if tok.lemma_.lower() != "know" or tok.dep_ not in {"ccomp", "xcomp"} or tok.head.lemma_.lower() != "let":
        return None
    if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
        return None
    let = tok.head
    if negated(let):
        return None
    src = source_of(let)
    head = let
    while src is None and head.dep_ in {"conj", "xcomp", "advcl"} and head.head.i != head.i:
        head = head.head
        src = next((c for c in head.children if c.dep_ in _SUBJ), None)
    return CueEntry("let", "verb", "speech", frozenset({"clause", "that"})), src


def regard_as(tok: Token) -> tuple[Token, Token] | None:
    """Return (first, last) token of the content of a regarding verb ("X is seen by Y as Z").

    Verbs of the ``as`` frame (``see``, ``view``, ``regard``) hold a view only with an "as"
    predicate and a holder: the ``by`` agent of a passive ("the measures have been seen by
    stockholders as not sufficient") or the subject of an active clause ("investors view the plan
    as a gamble"). The content runs from the thing regarded (the passive subject or the object)
    to the end of the "as" phrase; the parser attaches "as" to the verb or to the agent's noun.
    """
    passive = _passive(tok)
    if passive:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        thing = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    else:
        holder = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if holder is None or thing is None or thing.tag_ in {"WDT", "WP"}:
        return None  # "what they regard as …", "which I had regarded as …": the thing is outside the clause
    hosts = [tok, holder] if passive else [tok, thing]
    as_ = next((c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > thing.i), None)
    if as_ is None or not any(g.dep_ in {"pobj", "pcomp", "amod", "acomp", "advmod"} for g in as_.children):
        return None
    return thing.left_edge, as_.right_edge


def negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head  # "did not want to comment", "declined to say"
    return tok.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in head.children) or head.lemma_ in {"decline", "refuse"})


def _passive(tok: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)


def _name_read_as_adverb(tok: Token) -> Token | None:
    """Return a name the parser hung on cue verb ``tok`` as an adverb right before it, else None.

    The small English parser reads an unfamiliar surname before a verb as an adverb ("Karbouly
    <-advmod- told the tribunal that …", "which Karbouly <-advmod- denied"), leaving the verb with
    no subject or with the relative pronoun as one (rich4's Wikipedia article, issue 14 round 13).
    """
    for c in tok.children:
        if (c.dep_ in {"advmod", "npadvmod"} and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", "ORG"}
                and c.i < tok.i and c.right_edge.i == tok.i - 1):
            return c
    return None


def _document_sent_to(addressee: Token) -> Token | None:
    """Return the document sent to ``addressee`` when a participle cue hangs on the addressee, else None.

    "… sent separate letters last Friday to the Interior and Commerce departments urging them to
    overturn …" (statements-rich5, issue 14 round 14): the parser hangs "urging" on the nearest
    noun, the addressee of "to"; the letters urge, not the departments. The addressee is the object
    of "to" under a verb whose direct object is a document noun (lexicon/speaker_nouns.tsv); the
    document is the source (resolved to its sender).
    """
    prep = addressee.head
    if addressee.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in {"dative", "prep"}:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < addressee.i and speaker_nouns().get(c.lemma_.lower(), ("", False))[1]:
            return c
    return None


def source_of(tok: Token) -> Token | None:
    """Return the head token of the source phrase of cue verb ``tok``, else None."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        return source_of(tok.head)
    subjects = [c for c in tok.children if c.dep_ in _SUBJ]
    misread = _name_read_as_adverb(tok)
    if misread is not None and all(s.lower_ in _RELATIVE for s in subjects):
        return misread
    if subjects:
        propn = [s for s in subjects if s.pos_ == "PROPN"]
        subj = (propn or subjects)[-1]
        if subj.tag_ == "VBG" and subj.i == subj.sent.start:
            # "Writing in a company blog, Mike Reavey, director of …, urged users to …": the parser
            # takes the opening participle for the subject and hangs the name on it; the name after
            # the participle's comma is the source (statements-rich4, issue 14 round 11)
            named = [c for c in subj.children if c.dep_ in {"npadvmod", "appos", "nsubj"} and c.pos_ == "PROPN"
                     and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","]
            if named:
                return named[0]
        if subj.lower_ in _RELATIVE and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head  # "analysts, who had forecast that …": the noun the clause describes
        return _named_before(tok, subj) or subj
    for aux in tok.children:
        # "I do hope …" after a sentence-final line: the parser can hang the subject on the
        # emphatic or modal auxiliary ("I" <-nsubj- "do" <-aux- "hope"); the auxiliary's subject is
        # the verb's (issue 14, round 8: an op-ed's "I do hope" was lost in the article)
        if aux.dep_ == "aux" and aux.i < tok.i:
            aux_subjects = [c for c in aux.children if c.dep_ in _SUBJ and c.i < aux.i]
            if aux_subjects:
                return aux_subjects[-1]
    if _passive(tok):
        for c in tok.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        return None
    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    head = tok.head
    if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"} and head.i < tok.i
            and tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        # "Dicks said he was “shocked”, releasing a statement …": a participle after a comma shares the
        # subject of the clause before it (never a noun after it, even after a closing quote); when
        # the parser hangs it on the reported clause, it belongs to the reporting clause
        if head.dep_ == "ccomp" and head.head.pos_ in {"VERB", "AUX"}:
            head = head.head
        return source_of(head)
    # inverted clause: the quote or clause comes first, the source follows ("…,” warned a report)
    left_content = any(c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].is_quote
    ) or (tok.i > 1 and tok.doc[tok.i - 1].is_punct and tok.doc[tok.i - 2].is_quote)
    if left_content:
        for c in tok.children:
            if c.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}:
                return c
    if tok.dep_ in {"advcl", "conj", "xcomp", "pcomp"} and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.tag_ not in {"VBG", "VBN"}:
            return None
        return source_of(tok.head)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:  # "a statement saying"
        sent = _document_sent_to(tok.head)
        if sent is not None:
            return sent
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" and _passive(tok.head.head):
        # "The minister was reported/quoted as saying: …": the passive subject said it, an
        # unnamed reporter relayed it (issue 14 round 11; round 10's rich2 leftover)
        passive_subj = [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]
        return passive_subj[0] if passive_subj else None
    return None


def _named_before(verb: Token, subj: Token) -> Token | None:
    """The name a description subject is apposed to when its closing comma is missing.

    "Buzz Hargrove, the president of Canadian Auto Workers said …": with no comma after the
    description the parser makes the description the subject and hangs the name on the verb
    (``dep``/``npadvmod``). A person or organisation name that is a child of the same verb and
    ends right before "<name>, <description>" is the source, as it is when both commas are there.
    """
    if subj.pos_ != "NOUN":
        return None
    lo = subj.left_edge.i
    if lo < 2 or subj.doc[lo - 1].text != ",":
        return None
    for c in verb.children:
        if (c.i == lo - 2 and c.dep_ in {"dep", "npadvmod", "nsubj", "appos"} and c.pos_ == "PROPN"
                and c.ent_type_ in {"PERSON", "ORG"}):
            return c
    return None


def valid_source(tok: Token) -> bool:
    """True when ``tok`` can head a source phrase (not a demonstrative, expletive or quantifier)."""
    if tok.lower_ in _NON_SOURCES and tok.lower_ != "it":
        return False
    if tok.lower_ == "it":
        # "it said" of an organisation, never "it is hoped" / "it emerged"
        return tok.head.lemma_ in {"say", "announce", "report", "state", "add", "confirm", "deny", "warn", "claim", "predict",
                                   "estimate", "forecast", "note", "explain", "acknowledge", "admit", "insist"}
    if any(t.tag_ in {"WRB", "WDT", "WP"} for t in tok.subtree if t.i < tok.i):
        return False  # "how many people will want to …", "which analysts expect …": a question, not a source
    return tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "X"} or tok.ent_type_ != ""


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or (tokens[0].lower_ in _MARKS and tokens[0].dep_ == "mark")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and not tokens[-1].is_quote or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _contiguous(root: Token, stop: Token | None = None) -> list[Token]:
    """Return the tokens from ``root``'s left edge to its right edge, within its sentence."""
    sent = root.sent
    lo, hi = root.left_edge.i, root.right_edge.i
    if stop is not None and lo <= stop.i <= hi:
        if stop.i < root.i:
            lo = stop.i + 1
        else:
            hi = stop.i - 1
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    return [root.doc[i] for i in range(lo, hi + 1)]


def _trim_relative(tokens: list[Token], head: Token) -> list[Token]:
    """Cut a non-restrictive relative clause or participle (", which …", ", releasing …") off a content."""
    for c in head.children:
        if c.i > head.i and c.dep_ in {"relcl", "acl", "advcl"} and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
            return [t for t in tokens if t.i < c.left_edge.i - 1]
    return tokens


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _object_clause(tok: Token) -> tuple[int, int] | None:
    """The complement clause the parser split into an object and a stray verb, else None.

    After a participle or a relative clause the parser often takes the clause's subject for the
    cue's object and hangs the clause's verb elsewhere: "one plaintiff claiming [the cop]dobj
    punched him", "a man who claims [Lopez's brother]dobj threatened to kill him" (statements-rich,
    issue 14 round 8). Only for cues that take no object: a finite verb right after the object,
    not attached to the cue, makes the object and that verb's right side the clause.
    """
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}]
    if not objs:
        return None
    obj, sent = objs[0], tok.sent
    nxt = obj.right_edge.i + 1
    if nxt >= sent.end or tok.doc[nxt].tag_ not in _FINITE:
        return None
    verb = tok.doc[nxt]
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head
    if verb.i < nxt or verb.head.i in {tok.i, tok.head.i} or verb.i == tok.i or tok.i in {t.i for t in verb.subtree if t.i > verb.i}:
        return None  # the verb is the cue's, or a sibling complement ("Boeing say [airlines demand X] [are required]")
    # the cue inside the verb's subject is a relative clause on that subject, and the verb the
    # sentence's own ("the man who wrote the note is a German", "people claiming benefits rose");
    # a finite verb under "with" is the misparsed absolute ("with one plaintiff claiming X V-ed")
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ in {"with", "without"}
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}]
    if not absolute and any(tok.i in {t.i for t in s.subtree} for s in subjects):
        return None
    hi = min(max(t.i for t in verb.subtree), sent.end - 1)
    return _span_of([tok.doc[i] for i in range(obj.left_edge.i, hi + 1)])


_STRANDED_PATH = frozenset({"dobj", "dative", "prep", "pobj", "npadvmod"})


def _stranded_that_clause(tok: Token) -> tuple[int, int] | None:
    """The "that" clause the parser hung on the cue's addressee or a phrase after it, else None.

    "Heller told [a judge]dobj that Lohan was settling in …" and "told a judge during [a
    hearing]pobj … that Lohan had checked in …" come out with the clause as an ``acl`` of the
    noun (statements-rich4, issue 14 round 11). A clause opened by the complementiser "that"
    (``mark``, not the relative pronoun) with a subject of its own, on a noun reached from the
    cue only through its object, dative or prepositional phrases, is the cue's complement —
    unless that noun is a cue itself ("told of claims that …" is the claim's statement).
    """
    sent = tok.sent
    for cl in tok.subtree:
        if cl.dep_ != "acl" or cl.i <= tok.i or cl.i >= sent.end:
            continue
        first = cl.left_edge
        if not (first.lower_ == "that" and first.dep_ == "mark" and first.head.i == cl.i):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cl.children):
            continue
        noun = cl.head
        if cue_entry(noun) is not None:
            continue
        node = noun
        while node.i != tok.i and node.dep_ in _STRANDED_PATH:
            node = node.head
        if node.i != tok.i:
            continue
        toks = [t for t in _contiguous(cl) if t.i > first.i]
        return _span_of(_trim_relative(toks, cl))
    return _zero_that_clause(tok)


_ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind", "notify"})
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})


def _zero_that_clause(tok: Token) -> tuple[int, int] | None:
    """The clause without "that" the parser took for a relative clause of the addressee, else None.

    "Palin told an assistant pastor she apologizes if …": with no "that", the parser reads "she
    apologizes …" as a relative clause on "pastor" (statements-rich4 13_16ecb, issue 14 round 13).
    For a cue that takes an addressee ("tell", "inform", "assure" …), a relative clause on its
    direct object that has no relative word and opens with a personal pronoun as its subject is
    the reported clause.
    """
    if tok.lemma_.lower() not in _ADDRESSEE_CUES:
        return None
    for obj in tok.children:
        if obj.dep_ not in {"dobj", "dative"} or obj.i < tok.i:
            continue
        for cl in obj.children:
            if cl.dep_ != "relcl" or cl.i < obj.i:
                continue
            first = cl.left_edge
            if first.lower_ not in _PERSONAL or first.dep_ != "nsubj" or first.head.i != cl.i or first.i != obj.i + 1:
                continue
            return _span_of(_trim_relative(list(_contiguous(cl)), cl))
    return None


def content_of(tok: Token, entry: CueEntry) -> tuple[tuple[int, int] | None, str]:
    """Return the content span of cue verb ``tok`` and the frame that gave it."""
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if "clause" in entry.frames or "quote" in entry.frames:
        if comps:
            comp = comps[0]
            if "that" in entry.frames and not any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children):
                return None, ""  # "showed how many times …" is not a finding; "showed that …" is
            return _span_of(_trim_relative(_contiguous(comp, stop=tok), comp)), "clause"
        if tok.dep_ in {"parataxis"} and tok.head.i < tok.i and "clause" in entry.frames:
            # "Sales will fall, the company said": the clause is the head
            head = tok.head
            toks = [t for t in _contiguous(head) if t.i < tok.left_edge.i]
            return _span_of(toks), "clause"
        if tok.dep_ == "conj" and tok.head.i < tok.i and "clause" in entry.frames and _trailing_report(tok):
            # "Lohan has left the clinic …, Access Hollywood has confirmed.": a sentence-final
            # report the parser coordinates with the clause it reports (issue 14 round 9)
            first = min(t.i for t in tok.subtree if not t.is_punct)
            return _span_of([t for t in _contiguous(tok.head) if t.i < first - 1]), "clause"
        if tok.dep_ == "parataxis" and tok.head.i > tok.i and _parenthetical(tok) and "clause" in entry.frames:
            # "This 'switch', he said, would happen …": the clause the cue interrupts, after the cue
            toks = [t for t in _contiguous(tok.head) if t.i > tok.right_edge.i]
            if sum(1 for t in toks if not t.is_punct) >= 2:
                return _span_of(toks), "clause"
        if "clause" in entry.frames:
            span = _inverted_adverbial(tok)
            if span is not None:
                return span, "clause"
        if "clause" in entry.frames:
            span = _stranded_that_clause(tok)
            if span is not None:
                return span, "clause"
        if "clause" in entry.frames and "np" not in entry.frames:
            span = _object_clause(tok)
            if span is not None:
                return span, "clause"
    if "inf" in entry.frames or "inf_agent" in entry.frames and agent_infinitive(tok) is not None:
        # "plans to cut 13,000 jobs", "urged the government to raise wages", "wants X to head …":
        # the to-infinitive complement (without its "to"; with its own subject when it has one)
        for c in tok.children:
            if c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children):
                toks = [t for t in _trim_relative(_contiguous(c, stop=tok), c) if not (t.head.i == c.i and t.dep_ == "aux" and t.lower_ == "to")]
                if sum(1 for t in toks if not t.is_punct) >= 2:
                    return _span_of(toks), "inf"
    if "as" in entry.frames:
        ends = regard_as(tok)
        if ends is not None:
            sent = tok.sent
            lo, hi = max(ends[0].i, sent.start), min(ends[1].i, sent.end - 1)
            return _span_of([tok.doc[i] for i in range(lo, hi + 1)]), "as"
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if "at" in entry.frames and objs and objs[0].pos_ in {"NOUN", "PROPN"}:
        # "Authorities estimate the damages … at $1 million": the object and the value it is given
        at = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > objs[0].i]
        if at and any(t.like_num for t in at[0].subtree):
            return _span_of([tok.doc[i] for i in range(objs[0].left_edge.i, at[0].right_edge.i + 1)]), "at"
    if not objs and "np" in entry.frames:
        span = _relative_object(tok)
        if span is not None:
            return span, "np"
    if objs and objs[0].pos_ != "PRON" and "np" in entry.frames:
        obj = objs[0]
        toks = _trim_relative(_contiguous(obj), obj)
        # "announced plans Friday to shut down …": the infinitive belongs to the object
        inf = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.i > obj.i and any(a.lower_ == "to" for a in c.children)]
        if inf and obj.lemma_ in {"plan", "intention", "decision", "proposal"}:
            toks = toks + [t for t in _contiguous(inf[0]) if t.i > toks[-1].i]
        return _span_of(toks), "np"
    if "eval" in entry.frames and objs:
        obj = objs[0]
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "over", "as"} and c.i > obj.i]
        last = preps[-1] if preps else obj
        toks = [tok.doc[i] for i in range(obj.left_edge.i if obj.pos_ != "PRON" else obj.i + 1, last.right_edge.i + 1)]
        return _span_of(toks), "eval"
    for frame in entry.frames:
        if frame.startswith("prep:"):  # "points to the rise", "warned of a crisis", "asked X for aid"
            word = frame[5:]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == word and c.i > tok.i:
                    objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
                    if objs and objs[0].pos_ != "PRON":
                        return _span_of(_trim_relative(_contiguous(objs[0]), objs[0])), "prep"
            for c in tok.children:
                # the for-to clause the parser reads as an adverbial clause marked by the
                # preposition ("called for shipping companies to do more …": mark "for", subject,
                # "to"): its subject and infinitive are the content (statements-rich7 12_9ecb,
                # issue 14 round 15)
                if (c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == word for m in c.children)
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        and any(s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"} for s in c.children)):
                    toks = [t for t in _contiguous(c, stop=tok) if not (t.head.i == c.i and t.dep_ == "mark")]
                    if sum(1 for t in toks if not t.is_punct) >= 3:
                        return _span_of(toks), "prep"
    return None, ""


def _inverted_adverbial(tok: Token) -> tuple[int, int] | None:
    """Return the clause before an inverted "…, said X" that the parser hung on the cue as an
    adverbial clause, else None.

    "Felt suffered from … but the exact cause … was not immediately known, said the Press Democrat
    newspaper …": the reported clause comes first, the cue follows a comma with its subject after
    it, and the clause has no subordinator ("because", "when") of its own (issue 14 round 13).
    """
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or not any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        return None
    for c in tok.children:
        if (c.dep_ == "advcl" and c.i < tok.i and not any(m.dep_ == "mark" for m in c.children)
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) and c.left_edge.i == tok.sent.start):
            return _span_of([t for t in c.subtree if t.i < tok.i - 1])
    return None


def _relative_object(tok: Token) -> tuple[int, int] | None:
    """Return the span of the noun phrase a relative clause's cue takes as its object, else None.

    "… accused of being al-Zarqawi's assistant, which Karbouly denied": the relative pronoun is
    the object of "denied", so the phrase it stands for is the content, as in "Karbouly denied
    being …". The relative must be the object: a "dobj", or the "nsubj" the parser gives it when
    it misreads the name before the verb as an adverb (issue 14 round 13).
    """
    if tok.dep_ != "relcl" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    rel = [c for c in tok.children if c.lower_ in {"which", "that"} and c.i < tok.i]
    if not rel or not (rel[0].dep_ == "dobj" or rel[0].dep_ == "nsubj" and _name_read_as_adverb(tok) is not None):
        return None
    ante = tok.head
    first = tok.left_edge.i
    toks = [t for t in ante.subtree if t.i < first]
    if ante.dep_ in {"attr", "dobj", "pobj"} and ante.head.tag_ == "VBG" and ante.head.i < ante.left_edge.i:
        toks = [ante.head] + toks  # "being X's assistant, which …": the gerund phrase
    while toks and toks[-1].is_punct:
        toks.pop()
    return _span_of(toks) if toks else None


_AGENT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def agent_infinitive(tok: Token) -> Token | None:
    """Return the to-infinitive verb of an agent's belief or intention ("X expects to …"), else None.

    The narrow ``inf_agent`` frame of ``expect``/``seek``/``hope`` (issue 14 round 9): a bare "expect
    to" is as often a forecast about things ("sales are expected to rise", "Fiat expected X to
    increase") as an agent's own intention. It holds only when the cue is active and its subject
    is a person or organisation (a PERSON or ORG name, a role noun of ``lexicon/speaker_nouns.tsv``
    or a personal pronoun), when no object stands between cue and infinitive (an object is the
    infinitive's subject: "expected sales to rise" is about sales), and when the infinitive's
    clause says something beyond its verb (an object, complement or modifier).
    """
    if _passive(tok) or tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"}:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _agent(subj):
        return None
    if any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            said = [g for g in c.children if g.dep_ not in {"aux", "neg", "punct", "cc"} and g.i > c.i]
            if said and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                return c
    return None


def _agent(subj: Token) -> bool:
    """True when ``subj`` names a person or organisation (NER, a role noun, a personal pronoun)."""
    if subj.lower_ in _AGENT_PRONOUNS:
        return True
    if subj.ent_type_ in {"PERSON", "ORG"}:
        return True
    role = speaker_nouns().get(subj.lemma_.lower())
    return subj.pos_ == "NOUN" and role is not None and not role[1] and role[0] in {"PERSON", "ORG"}


def _trailing_report(tok: Token) -> bool:
    """True for a cue conjunct that closes its sentence after a comma with no "and"/"but", with a
    subject of its own and no object or complement (", Access Hollywood has confirmed.")."""
    doc, lo = tok.doc, min(t.i for t in tok.subtree if not t.is_punct)
    if lo < 1 or doc[lo - 1].text != "," or any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "cc"} for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    return all(t.is_punct or t.is_space for t in doc[tok.i + 1:tok.sent.end])


def _parenthetical(tok: Token) -> bool:
    """True when cue ``tok`` sits between commas inside the clause it reports ("…, he said, …")."""
    doc = tok.doc
    words = [t.i for t in tok.subtree if not t.is_punct]
    lo, hi = min(words), max(words)
    before = doc[lo - 1].text if lo > 0 else ""
    after = doc[hi + 1].text if hi + 1 < len(doc) else ""
    return before in {",", "—", "–"} and after in {",", "—", "–"}


def according_to(doc: Doc) -> list[Candidate]:
    """Return the "according to X" candidates of ``doc`` (and of a sentence-initial "Per X,")."""
    out: list[Candidate] = []
    for tok in doc:
        if _per_source(tok):
            to = tok  # "Per THR, the negotiations are …": a sentence-initial "per" is "according to"
        elif tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        else:
            to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [t for t in doc[to.i + 1:to.i + 8] if t.pos_ in {"PROPN", "NOUN"}][:1]
        if not objs:
            continue
        sent = tok.sent
        src_end = _source_phrase_end(doc, to.i + 1, sent.end)
        src_tokens = [t for t in doc[to.i + 1:src_end] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        source = objs[0] if objs[0].i < src_end else (src_tokens[-1] if src_tokens else None)
        # another "according to" earlier or later in the sentence bounds this one's content
        others = [t.i for t in doc[sent.start:sent.end] if t.lower_ == "according" and t.i != tok.i]
        lo = max([i for i in others if i < tok.i] + [sent.start])
        hi = min([i for i in others if i > tok.i] + [sent.end])
        relative = [t for t in doc[lo:tok.i] if not t.is_punct][-1:]
        before = _clip_clause([t for t in doc[lo:tok.i]])
        after = _clip_clause([t for t in doc[src_end:hi]])
        if relative and relative[0].lower_ in _RELATIVE:
            content = _span_of(after)  # "…, which, according to Y, is near a high"
        elif _has_clause(before):
            content = _span_of(before)  # "X rose 5%, according to Y"
        elif after and after[0].pos_ in {"VERB", "AUX"} and after[0].dep_ == "ROOT":
            content = None  # "according to X believes …": the verb's own attribution covers it
        else:
            content = _span_of(after)
        out.append(Candidate(tok.idx, to.idx + len(to), tok, None, source, content, "according_to", sentence=(sent.start_char, sent.end_char)))
    return out


def _per_source(tok: Token) -> bool:
    """True for a sentence-initial "Per" before a name and a comma ("Per THR, …"; issue 14 round 9),
    never the rate or distributive "per" ("$5 per share", "per capita")."""
    if tok.lower_ != "per":
        return False
    sent = tok.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.i != tok.i:
        return False
    end = _source_phrase_end(tok.doc, tok.i + 1, sent.end)
    phrase = tok.doc[tok.i + 1:end]
    return end < sent.end and tok.doc[end].text == "," and 0 < len(phrase) <= 6 and any(t.pos_ == "PROPN" for t in phrase)


def _has_clause(tokens: list[Token]) -> bool:
    """True when ``tokens`` hold a finite verb with a subject (a clause, not "On the contrary,")."""
    ids = {t.i for t in tokens}
    return any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and (any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i in ids for c in t.children)
               or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids for c in t.head.children)) for t in tokens)


def _clip_clause(tokens: list[Token]) -> list[Token]:
    """Trim the relative pronoun and commas that join two "according to" clauses of one sentence."""
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _RELATIVE):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _RELATIVE):
        tokens = tokens[1:]
    return tokens


def _source_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """Return the token index ending the source phrase after "according to" (the first comma or verb)."""
    depth = 0
    for i in range(start, limit):
        t = doc[i]
        if depth == 0 and i > start and t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"}:
            return i  # "which, according to The Times is near a high": no closing comma
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text in {",", ";", ":", "—", "–"}:
            return i
    return limit


__all__ = ["Candidate", "CueEntry", "according_to", "agent_infinitive", "content_of", "cue_entry", "load_cues", "negated", "regard_as", "source_of",
           "valid_source"]
