"""Attribution candidates of one document outside quotation marks: verb and noun cues with their
source and content (pass 2 of :mod:`hearsay.extract.statements.quotes`), plus "according to X"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.extract.statements._attribution import (
    according_to,
    Candidate,
    content_of,
    CueEntry,
    cue_entry,
    let_know,
    negated,
    source_of,
    valid_source,
)
from hearsay.extract.statements._contents import issued_notice
from hearsay.extract.statements._cues import finite_frames, participle_between_quotations
from hearsay.extract.statements._evidence import evidence_entry
from hearsay.extract.statements._gerund_adjuncts import adjunct_gerund_source
from hearsay.extract.statements._headline_cues import headline_cues
from hearsay.extract.statements._layout import _Text
from hearsay.extract.statements._noun_complements import (
    bound_possessor,
    governing_verb,
    hung_clause,
    hyphen_parts,
    intention_infinitive,
    intention_nouns,
    predicate_clause,
)
from hearsay.extract.statements._sources import _people_nouns
from hearsay.extract.statements._speaker_lexicon import speaker_nouns


_FIRST_PERSON = frozenset({"i", "we"})


def _emphatic_first_person(tok: Token, src: Token) -> bool:
    """True for a first-person subject with emphatic "do" ("we do know …", "I do know that …").

    The ``first`` frame (issue 14 round 9): a first-person "know" with the emphatic auxiliary
    asserts the writer's belief against a doubt ("We don't know if …, but we do know …"); a plain
    "I knew that …" or "I know …" is first-person narration (LitBank dev: 29 such sentences
    outside quotation marks, none a statement its gold can hold).
    """
    if src.lower_ not in _FIRST_PERSON:
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBP", "VBZ"} and c.i < tok.i for c in tok.children)


def _candidates(doc: Doc, tx: _Text) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in doc:
        if tx.in_quote[tok.i]:
            continue
        entry = cue_entry(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in intention_nouns():
            c = _intention_cue(tok, tx)  # "made plans to return …" (round 49)
            if c is not None:
                out.append(c)
                continue
        if entry is None or negated(tok):
            continue
        if entry.pos == "noun":
            c = _noun_cue(tok, entry, tx)
            if c is not None:
                out.append(c)
            continue
        relay = None
        let = let_know(tok)
        if let is not None:
            entry, src = let
        else:
            src = source_of(tok)
        if src is None:
            src = adjunct_gerund_source(tok)  # "was more forceful in blaming Iran …" (round 45)
        if tok.lemma_.lower() == "quote":  # "Detik.com quoted Djamal as saying"
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"}]
            if objs:
                relay, src = src, objs[0]
        if src is None and out and participle_between_quotations(tok):
            # "“…,” further remarking, “…”": the first quotation's speaker goes on (issue 14 round 33)
            prev = out[-1]
            if prev.source is not None and tx.para(prev.cue_start) == tx.para(tok.idx) and prev.cue_token.i < tok.i:
                src = prev.source
        if src is None or not valid_source(src) or tx.in_quote[src.i]:
            continue
        entry = evidence_entry(entry, src)  # "tests showed a disk problem": a body of evidence widens the frames
        entry = finite_frames(entry, tok)  # "…, promising that …": a participle adjunct promises nothing
        if "nopron" in entry.frames and src.pos_ == "PRON":
            continue  # "the study found that …" reports a finding; "she found that …" a discovery
        if "first" in entry.frames and not _emphatic_first_person(tok, src):
            continue  # "we do know that …" is the writer's belief; "the police know that …" the narrator's fact
        content, frame = content_of(tok, entry)
        sent = tok.sent
        out.append(
            Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, content, frame, relay=relay, sentence=(sent.start_char, sent.end_char))
        )
    out.extend(headline_cues(tx, out))  # "GAO requests rerun of …": a headline verb read as a noun
    for c in according_to(doc):
        if c.source is not None and not tx.in_quote[c.cue_token.i] and not tx.in_quote[c.source.i]:
            out.append(c)
    return out


def _noun_cue(tok: Token, entry, tx: _Text) -> Candidate | None:  # type: ignore[no-untyped-def]
    """Return the candidate of a noun cue with a "that" clause ("the company's claim that …")."""
    comps = [c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
    if not comps and tok.dep_ in {"dobj", "pobj"} and not _takes_clause(tok.head if tok.dep_ == "dobj" else tok.head.head):
        # the parser hangs the noun's "that" clause on the verb ("rejected the allegation that …",
        # "sided with the company's argument that …"): take it back when it starts right after the
        # noun phrase (round 49: also a "that" the parser made the clause's second subject, and
        # under a cue verb of direct speech only: "repeated their demand that the president resign")
        hung = hung_clause(tok)
        comps = [hung] if hung is not None else []
    if not comps:
        comps = _to_the_effect(tok)
    if not comps:
        pred = predicate_clause(tok)  # "The government's counter-argument was that …" (round 49)
        comps = [pred] if pred is not None else []
    notice = issued_notice(tok) if not comps else None  # "issued warnings against …" (round 44)
    if not comps and notice is None:
        return None
    src = _holder(tok)
    if src is None:
        src = _compound_holder(tok)
    if src is None and tok.dep_ in {"dobj", "pobj"}:  # "issued a warning that", "agreed with X's defence that"
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.lower_ in lexicon.words("denial_cues.txt"):
            return None  # "LaRue denied suggestions that …": the suggestions are not his; the denial is his statement
        if verb.lemma_.lower() in lexicon.words("receiving.txt") and tok.dep_ == "dobj":
            # "he has received confirmation that …", "faces allegations that …": the subject got
            # the message, someone unnamed sent it (issue 14 round 11)
            return None
        if verb.pos_ in {"VERB", "AUX"}:
            src = source_of(verb)
    if src is not None and src.dep_ == "poss" and src.pos_ == "PRON":
        if _held_by_verb(tok):
            return None  # "He stressed his view that …": the verb's statement holds the nested one
        src = _binder(tok, src)
    if src is None or not valid_source(src) or tx.in_quote[src.i]:
        return None
    span = notice if notice is not None else _span_of_tokens(list(comps[0].subtree))
    sent = tok.sent
    return Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, span, "noun", sentence=(sent.start_char, sent.end_char))


def _holder(tok: Token) -> Token | None:
    """Return the possessor or "by"/"from" agent of a noun cue (of its first part when hyphenated), else None."""
    src = None
    for part in hyphen_parts(tok):  # "The government's counter-argument": "'s" hangs on "counter" (round 49)
        for c in part.children:
            if c.dep_ == "poss":
                src = c
            elif c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                src = next((g for g in c.children if g.dep_ == "pobj"), src)
        if src is not None:
            return src
    return None


def _takes_clause(verb: Token) -> bool:
    """True when ``verb`` is a cue whose own statement takes a complement clause."""
    entry = cue_entry(verb)
    return entry is not None and "clause" in entry.frames


def _held_by_verb(tok: Token) -> bool:
    """True when noun cue ``tok`` is the object of a cue verb whose own statement's content holds it.

    "He stressed his view that …" is one statement, the verb's: "stress" takes a noun phrase. A
    verb of direct speech only ("repeat": "Police officials repeated their claim that the protesters
    had started the fire") reports no noun phrase, so nothing would hold the noun's statement
    (issue 14 round 49; statements-gv2012 gv-318215 annotates "declared their intention to …" so).
    """
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    entry = cue_entry(verb)
    if entry is None:
        return False
    content, _frame = content_of(verb, entry)
    return content is not None and content[0] <= tok.idx < content[1]


def _binder(tok: Token, poss: Token) -> Token:
    """Return the subject that binds the possessive pronoun ``poss`` of noun cue ``tok``, else ``poss``.

    "Police officials repeated their claim that …": the noun is the object (or the object of a
    preposition) of a verb by which the subject voices or keeps up a claim of its own
    (``lexicon/voicing_verbs.txt``: repeat, make, voice, back …), and its possessive pronoun agrees
    with the verb's subject (``_noun_complements.bound_possessor``; round 49).
    """
    verb = governing_verb(tok)
    if verb is None:
        return poss
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lexicon.words("voicing_verbs.txt"):
        return poss  # "questioned his claim that …": someone else's claim, left to the pronoun resolver
    subject = source_of(verb)
    return subject if subject is not None and bound_possessor(poss, subject) else poss


def _intention_cue(tok: Token, tx: _Text) -> Candidate | None:
    """Return the intention candidate of a noun like "plans" with a to-infinitive (round 49), else None."""
    inf = intention_infinitive(tok)
    if inf is None:
        return None
    verb = tok.head
    verb_entry = cue_entry(verb)
    if verb_entry is not None and "np" in verb_entry.frames:
        return None  # "announced plans to pull out": the verb's statement, typed intention by its object
    src = _holder(tok)
    src = source_of(verb) if src is None else _binder(tok, src) if src.pos_ == "PRON" else src
    if src is None or not valid_source(src) or tx.in_quote[src.i] or tx.in_quote[tok.i]:
        return None
    span = _span_of_tokens([t for t in inf.subtree if not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i == inf.i)])
    entry = CueEntry(tok.lemma_.lower(), "noun", "position", frozenset({"inf"}))
    sent = tok.sent
    return Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, span, "inf", sentence=(sent.start_char, sent.end_char))


def _compound_holder(tok: Token) -> Token | None:
    """Return the noun modifier that names who holds a noun cue's claim or concern, else None.

    "following employee concerns that emission testing calculation could be inconsistent"
    (statements-rich19 wn2019-051, issue 14 round 35): a person or body noun compounded with the
    cue noun is its holder, as a possessor is ("the employees' concerns that …"); without it the
    clause went to the subject of the sentence (Ford). Only a person noun or title, a person or
    body noun of ``speaker_nouns.tsv`` that is no document, or a PERSON/ORG/NORP name: "safety
    concerns", "news reports" name no holder.
    """
    for c in tok.children:
        if c.dep_ != "compound" or c.i != tok.i - 1:
            continue
        if c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return c
        listed = speaker_nouns().get(c.lemma_.lower())
        if c.pos_ == "NOUN" and (c.lemma_.lower() in _people_nouns() or listed is not None and not listed[1]
                                 and listed[0] in {"PERSON", "ORG"}):
            return c
    return None


def _to_the_effect(tok: Token) -> list[Token]:
    """Return the clause of "<noun cue> to the effect (that) …", else an empty list.

    "the palace issued a statement to the effect the king considered it inappropriate …" (issue 14
    round 33, rich17 wn2019-030): the idiom "to the effect" carries the noun's content. The parser
    hangs "to" on the noun or on its verb, and the clause on "effect" (with "that") or on the noun
    as a relative clause (without); "to the effect" must follow the noun and the clause open right
    after "effect".
    """
    doc = tok.doc
    i = tok.i
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "to" or doc[i + 2].lower_ != "the" or doc[i + 3].lower_ != "effect":
        return []
    effect = doc[i + 3]
    for host in (effect, tok):
        for c in host.children:
            if c.dep_ in {"acl", "ccomp", "relcl"} and c.left_edge.i == effect.i + 1 and any(m.dep_ == "nsubj" for m in c.children):
                return [c]
    return []


def _span_of_tokens(toks: list[Token]) -> tuple[int, int] | None:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or (toks[0].lower_ == "that" and toks[0].dep_ == "mark")):
        toks = toks[1:]
    while toks and toks[-1].is_punct and not toks[-1].is_quote:
        toks = toks[:-1]
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None
