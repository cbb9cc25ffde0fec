"""Cue words of attribution: the lexicon (lexicon/cues.tsv), the structural cue outside it, and the
tests on a cue token itself (negated, passive, a regarding verb with its "as" predicate)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._speaker_lexicon import speaker_nouns


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


def cue_entry(tok: Token) -> CueEntry | None:
    """Return the lexicon entry of ``tok`` when it is a verb or noun cue."""
    cues = load_cues()
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or (tok.tag_.startswith("VB")):
        entry = cues.get((lemma, "verb"))
        if entry is None and tok.tag_ in {"VBG", "VBD", "VBN"}:
            # the lemmatizer drops a silent "e" it should keep ("hoping" -> "hop"): try it back
            entry = cues.get((lemma + "e", "verb")) if not lemma.endswith("e") else None
        if entry is None and adjectival_participle(tok):
            entry = cues.get((tok.lower_, "adj"))
        if entry is None:
            entry = _going_on(tok, lemma) or _structural_cue(tok, lemma)
        elif entry.frames == {"as"} and regard_as(tok) is None:
            return None  # "saw the plane", "viewed the site": perception, not a view held
        elif _bare_phrasal(tok):
            return None  # "LiLo showed up to Morningside": a phrasal verb with nothing said (rich11 1_4ecbplus)
        return entry
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children):
        # a verb tagged as a plural noun at the root of a clause with a subject ("the government
        # … disapproves of the takeover")
        return cues.get((lemma, "verb"), cues.get((lemma, "noun")))
    if tok.pos_ == "NOUN" and participle_between_quotations(tok):
        return _participle_entry(tok)
    if tok.pos_ == "NOUN":
        return cues.get((lemma, "noun"))
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "is concerned that …"
        return cues.get((lemma, "adj"))
    return None


_BETWEEN = frozenset({"further", "then", "also", "later", "again", "before", "and"})


def _participle_entry(tok: Token) -> CueEntry | None:
    """Return the quote-frame verb entry of an "-ing" form (``remarking`` -> ``remark``), else None."""
    stem = tok.lower_[:-3]
    cues = load_cues()
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        entry = cues.get((lemma, "verb"))
        if entry is not None and "quote" in entry.frames:
            return entry
    return None


def participle_between_quotations(tok: Token) -> bool:
    """True for a participle of a speech verb the parser read as a noun between two quotations.

    "“… whose names I don't know,” further remarking, “Women in Nevada have said …”" (issue 14
    round 33, rich17 wn2019-027): the tagger reads "remarking" as a noun apposed to a word of the
    first quotation, so no cue introduces the second. An "-ing" noun of a verb with the ``quote``
    frame, after a closing quotation mark and a comma (an adverb such as "further" between), and
    before a comma or colon that opens the next quotation, is the participle; its speaker is the
    first quotation's (``_candidates``).
    """
    doc = tok.doc
    if tok.tag_ != "NN" or not tok.lower_.endswith("ing") or _participle_entry(tok) is None:
        return False
    i = tok.i - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < 1 or doc[i].text != "," and not doc[i].is_quote:
        return False
    before = doc[i - 1] if doc[i].text == "," else doc[i]
    if not before.is_quote and not (doc[i].text == "," and i >= 1 and doc[i - 1].is_quote):
        return False
    j = tok.i + 1
    return j + 1 < len(doc) and doc[j].text in {",", ":"} and doc[j + 1].is_quote


def _bare_phrasal(tok: Token) -> bool:
    """True when the verb ``tok`` has a particle and no complement that could be what is said.

    A particle makes another lexeme of the verb ("show up" = arrive, "back down", "speak up"); such
    a verb attributes only through a complement ("pointed out that …", "spelled out the plan"), so
    with a particle and neither a clause, an object nor a quotation it is no cue (rich11 1_4ecbplus:
    "According to the NYDN, LiLo showed up to Morningside …" went to LiLo as evidence).
    """
    kids = list(tok.children)
    if not any(c.dep_ == "prt" for c in kids):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "dobj", "obj", "parataxis", "dative"} or c.is_quote for c in kids)


@functools.lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    """Pronouns that may refer to people (``lexicon/pronouns.tsv``: animacy person or any); only
    the subject forms among them ever head an ``nsubj``."""
    return frozenset(r["pronoun"] for r in lexicon.load("pronouns.tsv") if r["animacy"] in {"person", "any"})


_GO_ON = CueEntry("go on", "verb", "speech", frozenset({"quote"}))


def _going_on(tok: Token, lemma: str) -> CueEntry | None:
    """The phrasal "go on" of a speaker who continues, as a cue of direct speech only.

    "“Let's see,” he went on, “I know …”", "she went on: “It is the eve …”" (issue 14 round 33:
    LitBank's continued turns and rich17's "Dittmar went on to add"): "go" with the particle "on"
    and no object or infinitive of its own introduces the quotation beside it. The ``quote`` frame
    alone, so "the war went on" or "went on to win" is never a cue; the quotation must hang on it.
    """
    if lemma != "go" or not any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return None
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "attr", "acomp"} for c in tok.children if not _quoted_clause(c)):
        return None
    head = tok
    while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head  # "He paused, and then went on, “…”": the first conjunct's subject
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in _personal_pronouns() and subj.lower_ != "it" or subj.ent_type_ in {"PERSON", "ORG", "NORP"}
                            or subj.pos_ == "PROPN" and subj.ent_type_ not in {"GPE", "LOC", "DATE", "EVENT", "FAC"}):
        return None  # "the talks went on …": only a speaker goes on speaking
    return _GO_ON


def _quoted_clause(tok: Token) -> bool:
    """True when clause ``tok`` opens with a quotation mark right after its head's punctuation."""
    left = tok.left_edge
    return left.is_quote or (left.i > 0 and tok.doc[left.i - 1].is_quote)


def _structural_cue(tok: Token, lemma: str) -> CueEntry | None:
    """A verb outside the lexicon that attributes its "that" clause to a person or organisation.

    Attribution by structure (issue 14): a finite verb whose subject is a person, an organisation
    or a personal pronoun and whose complement is a "that" clause with its own subject, opening
    right after the verb ("X blasted that …", "the ministry reiterated that …"); verbs in ``lexicon/not_attributive.txt`` are vetoed.
    """
    if lemma in lexicon.words("not_attributive.txt") or not tok.tag_.startswith("VB"):
        return None
    quoted = _quoted_complement(tok)
    if quoted is not None:
        return quoted
    if tok.tag_ == "VB" and tok.dep_ != "ROOT":
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


_QUOTE_FRAME = frozenset({"quote"})


def _quoted_complement(tok: Token) -> CueEntry | None:
    """A verb outside the lexicon whose complement is a quotation and whose subject is a speaker.

    Attribution by structure (issue 14 item 1, round 37): "“We will win,” he quipped", "“…,”
    scoffed the minister", "Smith gushed: “…”" — a finite verb (or a participle after a comma:
    "…, quipping “…”") whose clausal complement (``ccomp``, ``parataxis``) opens or closes at a
    quotation mark, with a subject that is a person, an organisation, a country or a personal
    pronoun, is a cue of direct speech whatever the verb (the long tail no list covers: quip,
    scoff, gush, sneer, beam, fume …). ``lexicon/not_attributive.txt`` vetoes the verbs that
    never report ("“…” reminded me", "see", "hear"); a negated verb never fires (``negated``).
    The quote frame only: the verb takes no clause or object as content of its own.
    """
    if tok.tag_ not in {"VBD", "VBZ", "VBP", "VBG"} or any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in tok.children):
        return None
    if not any(c.dep_ in {"ccomp", "parataxis"} and _quotation_clause(c, tok) for c in tok.children):
        return None
    head = tok
    while (head.dep_ == "conj" or head.dep_ in {"advcl", "xcomp"} and head.tag_ == "VBG") and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head  # "…, quipping “…”", "… and scoffed: “…”": the subject of the verb it hangs on
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or not _speaker_subject(subj):
        return None
    return CueEntry(tok.lemma_.lower(), "verb", "speech", _QUOTE_FRAME)


def _quotation_clause(clause: Token, verb: Token) -> bool:
    """True when ``clause`` is set in quotation marks right beside ``verb``.

    Before the verb, the quotation closes and only punctuation and the verb's subject stand
    between ("“…,” he quipped", "“…,” fumed Tom Brady" has nothing between); after it, only
    punctuation ("gushed: “…”", "quipping “…”"). A quotation with another verb between ("“…,”
    said I, and, rising, I bowed") is that verb's, not this one's.
    """
    doc = clause.doc
    subj = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    if clause.i < verb.i:
        last = clause.right_edge.i
        between = doc[last + 1:verb.i]
        closes = doc[last].is_quote or any(t.is_quote for t in between)
        return closes and all(t.is_punct or t.i in subj for t in between)
    first = clause.left_edge.i
    between = doc[verb.i + 1:first]
    opens = doc[first].is_quote or any(t.is_quote for t in between)
    return opens and all(t.is_punct for t in between)


def _speaker_subject(subj: Token) -> bool:
    """True for a subject that can speak: a personal pronoun other than "it", a PERSON, ORG, NORP
    or GPE name, or a person or body noun (``person_nouns.txt``, ``titles.txt``, the non-document rows of
    ``speaker_nouns.tsv``); "the report", "the letter" are documents, which quote through the lexicon's verbs."""
    if subj.lower_ in _personal_pronouns():
        return subj.lower_ != "it"
    if subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    lemma = subj.lemma_.lower()
    listed = speaker_nouns().get(lemma)
    people = lexicon.words("person_nouns.txt") | lexicon.words("titles.txt")
    return subj.pos_ == "NOUN" and (lemma in people or subj.lower_ in people or listed is not None and not listed[1])


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


def adjectival_participle(tok: Token) -> bool:
    """True for a belief adjective the parser read as a passive verb ("associations are concerned
    the Government will …": "concerned" VBN with "are" as its auxpass and the holder as nsubjpass,
    no "by" agent; GUM news_taxes, issue 14 round 17): the lexicon's adjective row applies and the
    passive subject holds the belief."""
    return (tok.tag_ == "VBN" and (tok.lower_, "adj") in load_cues()
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children)
            and any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children))


def _passive(tok: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)


_ADJUNCT_DEPS = frozenset({"advcl", "pcomp", "acl", "xcomp", "conj"})


def finite_frames(entry: CueEntry, tok: Token) -> CueEntry:
    """Return ``entry`` without its clause and noun-phrase frames when its ``finite`` frame asks for a
    cue that heads a clause of its own and ``tok`` is a participle hung on another clause.

    A promise, pledge or vow is a statement with a "that" clause or a noun phrase ("Boeing promised
    that technical assistance would be provided", "Kaczynski promises stricter punishments"), but
    the golds leave out the participle adjunct that closes another report ("He described the troops
    as “heroes”, promising that a monument would be erected", the founding article; "with the
    airframer promising 44,000 new positions", wikinews 100911): docs/annotation.md rule 9 (issue 14
    round 39). The to-infinitive frame is untouched.
    """
    if "finite" not in entry.frames or tok.tag_ != "VBG" or tok.dep_ not in _ADJUNCT_DEPS:
        return entry
    return CueEntry(entry.lemma, entry.pos, entry.kind, entry.frames - {"clause", "np"})
