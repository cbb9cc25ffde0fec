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

The rules live by responsibility: ``_cues`` (the cue lexicon and the tests on a cue token),
``_sources`` (the source phrase), ``_contents`` (the content span); this module holds the
:class:`Candidate` they make and the "according to X" candidates, and re-exports the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

# the cue, source and content rules live in _cues, _sources and _contents; their names stay importable from here
from hearsay.extract.statements._contents import _object_clause as _object_clause
from hearsay.extract.statements._contents import _span_of, content_of
from hearsay.extract.statements._cues import CueEntry, cue_entry, load_cues, negated, regard_as
from hearsay.extract.statements._sources import _RELATIVE, agent_infinitive, source_of, valid_source
from hearsay.extract.statements._sources import let_know as let_know


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
        # "according to curator Elaine Gustafon": the parser can make the title and the name two
        # objects of "to"; the name is the source (GUM news_warhol; issue 14 round 17)
        objs = [o for o in objs if o.pos_ == "PROPN"][:1] + [o for o in objs if o.pos_ != "PROPN"] if len(objs) > 1 else objs
        sent = tok.sent
        src_end = _source_phrase_end(doc, to.i + 1, sent.end)
        src_tokens = [t for t in doc[to.i + 1:src_end] if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        source = objs[0] if objs[0].i < src_end else (src_tokens[-1] if src_tokens else None)
        if source is not None and _indefinite_reports(source):
            continue
        # another "according to" earlier or later in the sentence bounds this one's content
        others = [t.i for t in doc[sent.start:sent.end] if t.lower_ == "according" and t.i != tok.i]
        lo = max([i for i in others if i < tok.i] + [sent.start])
        hi = min([i for i in others if i > tok.i] + [sent.end])
        colons = [t.i for t in doc[lo:tok.i] if t.text == ":"]
        if colons:
            # "… from other places: potentially, according to Al Jazeera, US$3.6 billion from …":
            # the cue inside what a colon introduces attributes that, not the clause before the
            # colon (statements-rich18 wn2019-036, issue 14 round 34)
            lo = colons[-1] + 1
        relative = [t for t in doc[lo:tok.i] if not t.is_punct][-1:]
        before = _clip_clause([t for t in doc[lo:tok.i]])
        after = _clip_clause([t for t in doc[src_end:hi]])
        if relative and relative[0].lower_ in _RELATIVE:
            content = _span_of(after)  # "…, which, according to Y, is near a high"
        elif relative and relative[0].dep_ == "cc" and relative[0].lower_ in _JOINERS and after:
            # "… was married to …; but, according to her memoirs, also had …": the phrase opens the
            # conjunct after "but"/"and", which is what it attributes (issue 14 round 36, wn2019-064)
            content = _span_of(after)
        elif _has_clause(before):
            content = _span_of(before)  # "X rose 5%, according to Y"
        elif after and after[0].pos_ in {"VERB", "AUX"} and after[0].dep_ == "ROOT":
            content = None  # "according to X believes …": the verb's own attribution covers it
        else:
            content = _span_of(after)
        out.append(Candidate(tok.idx, to.idx + len(to), tok, None, source, content, "according_to", sentence=(sent.start_char, sent.end_char)))
    return out


_JOINERS = frozenset({"but", "and", "yet"})
_VAGUE_PLURALS = frozenset({"reports", "sources"})
_VAGUE_ADJECTIVES = frozenset({"various", "several", "multiple", "numerous", "unconfirmed", "unverified", "conflicting", "other"})


def _indefinite_reports(source: Token) -> bool:
    """True for a bare plural "reports" or "sources" after "according to", an indefinite source.

    "…, according to reports." and "According to various reports …" name no one: neutral in
    statements-rich9 10_1ecbplus, rich15 wn2019-011 and rich18 wn2019-042, as "Sources report …"
    in rich17 and "some say" in docs/annotation.md rule 5 (issue 14 round 34). Any determiner,
    possessor, compound or phrase that says whose reports they are ("media reports", "reports in
    an Atlanta newspaper", "the reports") keeps the source; a vague adjective ("various",
    "unconfirmed") says nothing of whose they are and leaves them indefinite.
    """
    if source.lower_ not in _VAGUE_PLURALS or source.tag_ != "NNS":
        return False
    return all(c.dep_ == "amod" and c.lower_ in _VAGUE_ADJECTIVES or c.is_punct for c in source.children)


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
