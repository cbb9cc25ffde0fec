"""Statements: direct, indirect and mixed speech with resolved speakers and relay chains.

The finder works in four passes over one parsed document (docs/statements.md):

1. quotation spans from the quotation marks (:mod:`hearsay.extract.statements._quote_marks`);
2. attribution candidates from the parse (:mod:`hearsay.extract.statements._attribution`): a cue from
   lexicon/cues.tsv, its source phrase and its content span, plus "according to X";
3. quotes are matched to candidates: a complement clause that is a quotation makes a direct
   statement, one that contains a quotation a mixed one; a quoted fragment under a cue ("called
   it an 'honor'") is mixed; a quotation with no cue of its own takes the nearest cue of its
   sentence, or continues the previous speaker when it opens a paragraph; any other quotation
   (scare quotes, titles, nicknames) is rejected;
4. a statement whose cue lies inside another's content ("…, Tass reported") takes the outer
   source as a relay (``via``); speakers are resolved in text order
   (:mod:`hearsay.extract.statements.speakers`) and dates taken from the time expressions of the sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from hearsay import lexicon
from hearsay.config import Settings
from hearsay.extract.statements._attribution import Candidate, according_to, content_of, cue_entry, let_know, negated, source_of, valid_source
from hearsay.extract.statements._quote_marks import QuoteSpan, find_quote_spans
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements.speakers import Resolved, SpeakerResolver, speaker_nouns
from hearsay.extract.statements.types import statement_type
from hearsay.extract.zones import Zones
from hearsay.ingest.normalize import is_flat
from hearsay.model import Rejection, Statement, StatementKind, TimeExpr
from hearsay.nlp.text import doc_text

T = TypeVar("T")

# Base confidence of each rule (before speaker-resolution penalties); see docs/statements.md.
_CONFIDENCE = {
    "direct_clause": 0.92, "direct_nearest": 0.85, "mixed_clause": 0.85, "indirect_clause": 0.8,
    "indirect_np": 0.65, "indirect_eval": 0.65, "according_to": 0.85, "mixed_fragment": 0.75,
    "continuation": 0.7, "speaker_label": 0.8, "indirect_noun": 0.7, "alternation": 0.6, "beat": 0.55,
    "indirect_prep": 0.65, "indirect_inf": 0.65, "lead_in_paragraph": 0.7,
}
_HOW_FACTOR = {"name": 1.0, "document": 0.95, "new": 0.9, "description": 0.8, "pronoun": 0.85, "continuation": 0.85}
_CONTINUATION_PARAS = 2
_SHORT_TURN = 15  # words: a dialogue turn, not a quoted statement


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    kind: StatementKind
    rule: str
    cand: Candidate | None
    source: Token | None
    via: list[Token] = field(default_factory=list)
    continues: bool = False
    speaker: Resolved | None = None
    drop: bool = False


# Text with fewer line breaks than one per FLAT_CHARS characters arrived flattened (scraped
# corpora, CSV exports; ``is_flat``, which ignores the breaks normalisation restored at the top
# of the page): its paragraph structure is restored where the signal is clear.
_SENTENCE_END = frozenset(".?!")


def _restored_paragraphs(text: str, quotes: list[QuoteSpan]) -> list[int]:
    """Offsets of quotation marks that reopen after a sentence end ('… said Reid. “Millions …'):
    in flattened news text each such quotation opened a paragraph."""
    out: list[int] = []
    for q in quotes:
        i = q.open - 1
        if i < 0 or not text[i].isspace():
            continue
        while i >= 0 and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] in "\"”’'" and i > 0:
            i -= 1  # a closing mark after the sentence end ('… the plan.” “We …')
        if i >= 0 and text[i] in _SENTENCE_END:
            out.append(q.open)
    return out


class _Text:
    """Paragraph and quotation look-ups over the document text."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = text = doc_text(doc)
        self.para_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        if is_flat(text):
            self.para_starts = sorted(set(self.para_starts) | set(_restored_paragraphs(text, quotes)))
        self.quotes = quotes
        self.quote_opens = {q.open for q in quotes}
        self.in_quote = [False] * len(doc)
        self.quote_of: list[int | None] = [None] * len(doc)
        for qi, q in enumerate(quotes):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if q.start <= t.idx < q.end:
                    self.in_quote[t.i] = True
                    self.quote_of[t.i] = qi

    def para(self, offset: int) -> int:
        return bisect.bisect_right(self.para_starts, offset) - 1

    def para_start(self, offset: int) -> int:
        return self.para_starts[self.para(offset)]

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return [] if span is None else list(span)


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
        if tok.lemma_.lower() == "quote":  # "Detik.com quoted Djamal as saying"
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"}]
            if objs:
                relay, src = src, objs[0]
        if src is None or not valid_source(src) or tx.in_quote[src.i]:
            continue
        if "nopron" in entry.frames and src.pos_ == "PRON":
            continue  # "the study found that …" reports a finding; "she found that …" a discovery
        if "first" in entry.frames and not _emphatic_first_person(tok, src):
            continue  # "we do know that …" is the writer's belief; "the police know that …" the narrator's fact
        content, frame = content_of(tok, entry)
        sent = tok.sent
        out.append(
            Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, content, frame, relay=relay, sentence=(sent.start_char, sent.end_char))
        )
    for c in according_to(doc):
        if c.source is not None and not tx.in_quote[c.cue_token.i] and not tx.in_quote[c.source.i]:
            out.append(c)
    return out


def _noun_cue(tok: Token, entry, tx: _Text) -> Candidate | None:  # type: ignore[no-untyped-def]
    """Return the candidate of a noun cue with a "that" clause ("the company's claim that …")."""
    comps = [c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
    if not comps and tok.dep_ == "dobj" and cue_entry(tok.head) is None:
        # the parser hangs the noun's "that" clause on the verb ("rejected the allegation that …"):
        # take it back when it starts right after the noun phrase
        comps = [
            c for c in tok.head.children
            if c.dep_ == "ccomp" and c.left_edge.i == tok.right_edge.i + 1
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ]
    if not comps:
        return None
    src = None
    for c in tok.children:
        if c.dep_ == "poss":
            src = c
        elif c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            src = next((g for g in c.children if g.dep_ == "pobj"), src)
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
    if src is None or not valid_source(src) or tx.in_quote[src.i]:
        return None
    if src.dep_ == "poss" and src.pos_ == "PRON" and tok.dep_ == "dobj" and cue_entry(tok.head) is not None:
        return None  # "He stressed his view that …": the verb's statement holds the nested one
    toks = [t for t in comps[0].subtree]
    span = _span_of_tokens(toks)
    sent = tok.sent
    return Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, span, "noun", sentence=(sent.start_char, sent.end_char))


def _span_of_tokens(toks: list[Token]) -> tuple[int, int] | None:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or (toks[0].lower_ == "that" and toks[0].dep_ == "mark")):
        toks = toks[1:]
    while toks and toks[-1].is_punct and not toks[-1].is_quote:
        toks = toks[:-1]
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None


def _is_clause(tokens: list[Token]) -> bool:
    """True when a quotation reads as speech (a clause or a sentence) rather than a label."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) >= 6:
        return True
    has_verb = any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} for t in words)
    ends = tokens and tokens[-1].text in {".", "!", "?", ","} and len(words) >= 2
    return len(words) >= 3 and (has_verb or bool(ends))


def _whole_turn(q: QuoteSpan, tx: _Text) -> bool:
    """True for a quotation that opens its paragraph and ends in sentence punctuation: a turn of
    speech however short ("“Yes?”", "“Quite clear.”"), never a label inside a sentence."""
    text = tx.text
    start = tx.para_start(q.open)
    if text[start:q.open].strip() or q.close is None:
        return False
    inner = text[q.start:q.end].rstrip()
    return bool(inner) and inner[-1] in ".?!,;—-" and any(c.isalpha() for c in inner)


def _quote_root(tokens: list[Token]) -> Token | None:
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids and not t.is_punct]
    return roots[0] if roots else None


def _noun_premodifier(tokens: list[Token]) -> bool:
    """True when the quotation names the noun right after it ("the “Gary Ross Is Boss” campaign").

    A quoted clause whose root hangs as a modifier (nmod, compound, amod) on a noun that follows
    the closing mark with nothing but punctuation between is the name of that campaign, slogan or
    petition, not words someone said (issue 14 round 10: rich3's "Gary Ross Is Boss" campaign next
    to "show" was taken as a quote).
    """
    root = _quote_root(tokens)
    if root is None or root.dep_ not in {"nmod", "compound", "amod"}:
        return False
    head = root.head
    last = tokens[-1]
    if head.pos_ not in {"NOUN", "PROPN"} or head.i <= last.i:
        return False
    return all(t.is_punct for t in head.doc[last.i + 1 : head.i])


def _cue_above(tok: Token, cands_by_token: dict[int, Candidate], limit: int = 5) -> Candidate | None:
    """Return the candidate whose cue governs ``tok`` within ``limit`` steps, not crossing a clause."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return None
        nxt = cur.head
        if nxt.i in cands_by_token:
            return cands_by_token[nxt.i]
        if nxt.pos_ in {"VERB", "AUX"} and cur.dep_ in {"ccomp", "relcl", "advcl", "conj", "parataxis"}:
            return None
        cur = nxt
    return None


_EVAL_PREPS = frozenset({"for", "of", "over", "as"})


def _topic_path(tok: Token | None, cand: Candidate) -> bool:
    """True when quoted words at ``tok`` hang on the cue through a preposition the cue's frames do
    not name: the topic of the talk, not its words ("speculated and argued about the identity of
    `` Deep Throat, ''", issue 14 round 13). "warned of a “crisis”" (prep:of), "praised it for
    its “courage”" (eval) and "described them as “heroes”" (fragment) keep their fragment."""
    frames = cand.entry.frames if cand.entry is not None else frozenset()
    cur = tok
    while cur is not None and cur.i != cand.cue_token.i and cur.head.i != cur.i:
        if cur.dep_ == "prep":
            word = cur.lower_
            if not (f"prep:{word}" in frames or word == "as" and {"as", "fragment"} & frames
                    or word in _EVAL_PREPS and "eval" in frames):
                return True
        cur = cur.head
    return False


def _names_the_thing(root: Token | None, cand: Candidate) -> bool:
    """True when quoted words are the name a naming cue gives the noun before it, not a verdict.

    "Qayyarah Airfield West, also called “Q-West”", "a village called “Hope”": the quoted words are
    the cue's object predicate (``oprd``) and the cue has no object of its own; a speaker's verdict
    names what it judges ("called him “the most famous …”", "called it “a disgrace”"; issue 14
    round 14: a CENTCOM release's airfield nickname was taken for Carter's words).
    """
    if root is None or root.dep_ != "oprd" or root.head.i != cand.cue_token.i:
        return False
    # "called Magruder a “congenital liar”": the parser may make the object a second oprd
    return not any(c.dep_ in {"dobj", "nsubjpass", "dative"} or c.dep_ == "oprd" and c.i != root.i
                   for c in cand.cue_token.children)


def _scare_quote(tokens: list[Token]) -> bool:
    """True for a short quoted label inside a noun phrase ("the North Korean 'volunteers'")."""
    root = _quote_root(tokens)
    if root is None:
        return False
    words = [t for t in tokens if not t.is_punct]
    if len(words) > 4:
        return False
    return root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "amod", "conj", "nmod", "poss", "attr"} and root.pos_ in {"NOUN", "PROPN", "ADJ", "X"}


class _IntervalIndex:
    """Intervals ``(start, end)`` by position, answering "which overlap ``lo..hi``" in O(log n + k)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._ends = [spans[i][1] for i in self._order]
        self._max_end: list[int] = []  # running maximum of the ends, in start order
        for e in self._ends:
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """Return the indices (into the original list, ascending) of the spans with start < hi and lo < end."""
        found = []
        k = bisect.bisect_left(self._starts, hi) - 1
        while k >= 0 and self._max_end[k] > lo:
            if self._ends[k] > lo:
                found.append(self._order[k])
            k -= 1
        return sorted(found)


class _OffsetIndex(Generic[T]):
    """Items (attribution candidates, time expressions) by a start offset, returned in their
    original order: a bisection instead of a scan per quotation (issue 16)."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self._starts = [start(items[i]) for i in self._order]
        self._items = items

    def between(self, lo: int, hi: int, *, inclusive: bool = False) -> list[T]:
        """Return the items starting in ``lo..hi`` (``hi`` itself only when ``inclusive``), in their original order."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_right(self._starts, hi) if inclusive else bisect.bisect_left(self._starts, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]


def _inside_any(drafts: list[_Draft], lo: int, hi: int) -> bool:
    """True when a draft statement spans ``lo..hi``."""
    return any(d.start <= lo and hi <= d.end for d in drafts)


def find_statements(
    doc: Doc, entities: EntityIndex, times: Sequence[TimeExpr], zones: Zones, settings: Settings
) -> tuple[list[Statement], list[Rejection]]:
    """Return the statements of ``doc`` and the quote-like spans rejected as non-statements.

    Args:
        doc: the parsed article.
        entities: the document's entities; resolved pronouns and new speakers are added to it.
        times: the document's time expressions (statement dates come from these).
        zones: page furniture; nothing outside the story is a statement.
        settings: unused for now (kept for the extractor signature).

    Returns:
        Statements with ids ``s1``, ``s2`` ... in text order, and rejected quotations.
    """
    text = doc_text(doc)
    quotes = find_quote_spans(text)
    tx = _Text(doc, quotes)
    cands = _candidates(doc, tx)
    by_token = {c.cue_token.i: c for c in cands if c.rule != "according_to"}
    drafts: list[_Draft] = []
    rejected: list[Rejection] = []
    used: set[int] = set()
    scare: set[int] = set()

    quote_index = _IntervalIndex([(q.start, q.end) for q in quotes])
    turn = {qi for qi, q in enumerate(quotes) if _whole_turn(q, tx)}
    for qi, q in enumerate(quotes):
        toks = [t for t in tx.tokens(q.start, q.end) if q.start <= t.idx < q.end]
        if qi in turn:
            continue
        if toks and not _is_clause(toks) and _scare_quote(toks) and _cue_above(_quote_root(toks) or toks[0], by_token) is None:
            scare.add(qi)

    for c in cands:
        if c.content is None:
            continue
        cs, ce = c.content
        overlapping = [qi for qi in quote_index.overlapping(cs, ce) if qi not in scare]
        if overlapping:
            rest = list(text[cs:ce])
            for qi in overlapping:
                q = quotes[qi]
                for i in range(max(q.open, cs), min(q.outer_end, ce)):
                    rest[i - cs] = " "
            if not any(ch.isalnum() for ch in rest):
                for qi in overlapping:
                    q = quotes[qi]
                    used.add(qi)
                    drafts.append(_Draft(q.start, q.end, "direct", "direct_clause", c, c.source))
                continue
            for qi in overlapping:
                used.add(qi)
                cs, ce = min(cs, quotes[qi].start), max(ce, quotes[qi].outer_end)
            drafts.append(_Draft(cs, ce, "mixed", "mixed_clause", c, c.source))
            continue
        if c.entry is not None and not ({"clause", "np", "eval"} & c.entry.frames) and c.rule not in {"prep", "inf", "as"}:
            continue  # a cue of direct speech only ("promising that ...", "continued")
        rule = "according_to" if c.rule == "according_to" else f"indirect_{c.rule}"
        drafts.append(_Draft(cs, ce, "indirect", rule, c, c.source))

    pending: list[int] = []
    fragments: dict[int, _Draft] = {}
    cue_index: _OffsetIndex[Candidate] = _OffsetIndex(cands, lambda c: c.cue_start)
    for qi, q in enumerate(quotes):
        if qi in used:
            continue
        toks = [t for t in tx.tokens(q.start, q.end) if q.start <= t.idx < q.end]
        if not toks:
            continue
        speech = (_is_clause(toks) and not _noun_premodifier(toks)) or qi in turn
        if qi in scare or (not speech and _inside_any(drafts, q.open, q.outer_end)):
            rejected.append(Rejection(q.start, q.end, text[q.start:q.end], "scare quote or label, not speech", "quote"))
            continue
        if not speech:
            root = _quote_root(toks)
            cand = _cue_above(root, by_token) if root is not None else None
            if cand is not None and _names_the_thing(root, cand):
                rejected.append(Rejection(q.start, q.end, text[q.start:q.end], "title or name in quotation marks", "quote"))
                continue
            if cand is not None and cand.entry is not None and cand.entry.frames - {"quote"} and not _topic_path(root, cand):
                d = fragments.get(cand.cue_token.i)
                if d is None:
                    d = _Draft(q.start, q.end, "mixed", "mixed_fragment", cand, cand.source)
                    fragments[cand.cue_token.i] = d
                    drafts.append(d)
                else:
                    d.end = max(d.end, q.end)
                continue
            if (cand is not None and cand.entry is not None and cand.cue_token.i < toks[0].i
                    and text[:q.open].rstrip()[-1:] in {",", ":"}):
                # a cue of direct speech only, then a comma and a verbless quotation ("The
                # invitation reads, “One more thing ...”", "she cried, “Oh, no!”"): its words
                # (issue 14 round 9)
                drafts.append(_Draft(q.start, q.end, "direct", "direct_clause", cand, cand.source))
                continue
            reason = "title or name in quotation marks" if all(w.text[:1].isupper() for w in toks if w.is_alpha) else "scare quote or label, not speech"
            rejected.append(Rejection(q.start, q.end, text[q.start:q.end], reason, "quote"))
            continue
        root = _quote_root(toks)
        above = _cue_above(root, by_token) if root is not None else None
        if above is not None and above.entry is not None and "fragment" in above.entry.frames:
            # a long quoted description under a naming cue ("has called it “a textbook case of …”")
            drafts.append(_Draft(q.start, q.end, "mixed", "mixed_fragment", above, above.source))
            continue
        cand = _nearest_cue(q, toks, cue_index, tx) or _colon_lead_in(q, cue_index, tx)
        if cand is None:
            cand = _bare_cue_lead_in(q, cue_index, tx)
            for d in drafts:
                if cand is not None and d.cand is cand and d.kind == "indirect":
                    d.drop = True  # the words before "…, he said" were the lead-in, not what he said
        label = None if cand is not None else _speaker_label(q, tx)
        if cand is not None:
            drafts.append(_Draft(q.start, q.end, "direct", "direct_nearest", cand, cand.source))
        elif label is not None:
            drafts.append(_Draft(q.start, q.end, "direct", "speaker_label", None, label))
        else:
            pending.append(qi)

    drafts.extend(_headline_reports(tx, drafts))
    drafts.extend(_unquoted_lead_ins(tx, cue_index, drafts))
    _relays(drafts)
    _nested_beliefs(drafts)
    drafts = [d for d in drafts if not d.drop]
    for qi in pending:
        q = quotes[qi]
        drafts.append(_Draft(q.start, q.end, "direct", "continuation", None, None, continues=True))
    drafts.sort(key=lambda d: (d.start, d.end))
    drafts = _dedupe(drafts)

    resolver = SpeakerResolver(doc, entities, tx.in_quote)
    time_index: _OffsetIndex[TimeExpr] = _OffsetIndex(times, lambda t: t.start)
    out: list[Statement] = []
    turns: list[tuple[_Draft, int]] = []  # kept statements with the paragraph each ends in
    lead: tuple[int, Resolved] | None = None  # the last unquoted colon lead-in's body start and speaker
    colon_leads = _colon_leads(cands, tx)
    for d in drafts:
        if not zones.is_story(d.start, d.end) or (d.cand is not None and not zones.is_story(d.cand.cue_start, d.cand.cue_end)):
            continue
        if d.continues:
            if not _bare_turn(d, turns, tx, resolver):
                rejected.append(Rejection(d.start, d.end, text[d.start:d.end], "quotation with no attributable source", "quote"))
                continue
        elif d.source is not None and lead is not None and _lead_in_first_person(d.source, lead[0], tx):
            d.speaker = resolver.first_person_of(d.source, lead[1])
        elif d.source is not None and (colon := _colon_lead_before(d.source, colon_leads, tx)) is not None:
            found = resolver.resolve(colon)
            if found is not None:
                d.speaker = resolver.first_person_of(d.source, found)
        elif d.source is not None and d.cand is not None and d.cand.entry is not None and "first" in d.cand.entry.frames:
            d.speaker = resolver.writer(d.source)  # "we do know …" outside quotes: the writer's belief
            resolver.remember(d.speaker.start, d.speaker.entity)
        elif d.source is not None:
            d.speaker = resolver.resolve(d.source)
            if d.speaker is not None:
                resolver.remember(d.speaker.start, d.speaker.entity)
        if d.speaker is None:
            continue
        st = _statement(d, len(out) + 1, text, resolver, time_index, tx)
        if st is None:
            continue
        out.append(st)
        turns.append((d, tx.para(d.end)))
        if d.rule == "lead_in_paragraph" and d.kind == "direct":
            lead = (d.start, d.speaker)
    return out, rejected


def _colon_leads(cands: list[Candidate], tx: _Text) -> list[tuple[int, Token]]:
    """Return (offset after the colon, source) of each speech cue outside quotation marks that a
    colon follows within its own phrase ("Philip Hammond said: I very much welcome …", "Mr Gates
    told the security conference:"), in text order. Text that arrived flattened keeps the colon
    where the line break that set the statement off is gone (statements-rich7, issue 14 round 15)."""
    out: list[tuple[int, Token]] = []
    for c in cands:
        tok = c.cue_token
        if c.source is None or c.entry is None or c.entry.kind not in {"speech", "writing"} or tx.in_quote[tok.i]:
            continue
        for nxt in tok.doc[tok.i + 1:min(tok.i + 7, len(tok.doc))]:
            if nxt.text == ":":
                out.append((nxt.idx + 1, c.source))
                break
            if nxt.is_punct or nxt.pos_ in {"VERB", "AUX"} or tx.in_quote[nxt.i]:
                break
    return sorted(out, key=lambda x: x[0])


def _colon_lead_before(src: Token, leads: list[tuple[int, Token]], tx: _Text) -> Token | None:
    """Return the source of the last colon lead-in before first-person ``src`` whose words run on,
    unquoted, to it (see :func:`_lead_in_first_person`), else None."""
    k = bisect.bisect_right([o for o, _ in leads], src.idx) - 1
    if k < 0 or not _lead_in_first_person(src, leads[k][0], tx):
        return None
    return leads[k][1]


def _lead_in_first_person(src: Token, body: int, tx: _Text) -> bool:
    """True when ``src`` is "I"/"we" outside quotation marks in the paragraphs that follow an
    unquoted colon lead-in ("The Foreign Secretary Philip Hammond said:" then paragraphs in his
    first person; statements-rich7 re3d uk-government 7148…, issue 14 round 15): the statement
    runs on with no mark, another lead-in or quotation between, so its "I" is the one who said it,
    not the writer of the page."""
    if src.lower_ not in {"i", "we"} or tx.in_quote[src.i] or src.idx < body:
        return False
    between = tx.text[body:src.idx]
    if any(m in between for m in ('"', "“", "”", "``", "''")):
        return False
    return not any(line.rstrip().endswith(":") for line in between.split("\n")[1:])


def _prev_para(tx: _Text, para: int) -> int | None:
    """Return the nearest non-blank paragraph before ``para``, else None."""
    text = tx.text
    starts = tx.para_starts
    for p in range(para - 1, -1, -1):
        end = starts[p + 1] if p + 1 < len(starts) else len(text)
        if text[starts[p]:end].strip():
            return p
    return None


def _opens_with_quote(tx: _Text, para: int) -> bool:
    """True when paragraph ``para`` starts with a quotation mark that opens a quotation."""
    text = tx.text
    i = tx.para_starts[para]
    while i < len(text) and text[i] in " \t":
        i += 1
    return i in tx.quote_opens


_OPENERS = "\"“”‘'`«„"


def _bare_turn(d: _Draft, turns: list[tuple[_Draft, int]], tx: _Text, resolver: SpeakerResolver) -> bool:
    """Give a cue-less quotation paragraph its speaker; return False when none can be told.

    Three conversational rules, tried in order (Elson & McKeown 2010; Muzny et al. 2017):
    - *alternation*: after two adjacent quotation paragraphs by different speakers, the turn
      goes back to the earlier one (dialogue: "…," said A. / "…," said B. / "…" is A's);
    - *continuation*: a quotation paragraph right after a direct or mixed statement (within two
      paragraphs), or in the paragraph right after an indirect one, continues its speaker, the
      news convention for multi-paragraph quotes;
    - *beat*: after a narrative paragraph with no statement, the person who is the subject of
      its last sentence speaks ("Holmes threw himself into an armchair. / “You see, …”").
    """
    text = tx.text
    q_para = tx.para(d.start)
    p_start = tx.para_start(d.start)
    if text[p_start:max(d.start, p_start)].strip().strip(_OPENERS):
        # the quotation does not open its paragraph (its opener may be two backticks and a space
        # in tokenised copy: "`` We just don't …", issue 14 round 9) ...
        if turns and _next_in_paragraph(d, turns[-1], tx):
            # ... unless it opens the sentence right after the quoted speaker's own ("“…,” Carter
            # said in a Nov. 24 statement. “It is a painful …”", issue 14 round 13)
            d.speaker, d.via = turns[-1][0].speaker, turns[-1][0].via
            return True
        return False
    prev_para = _prev_para(tx, q_para)
    last = turns[-1] if turns else None
    if last is not None and last[0].kind == "indirect":
        # a quotation paragraph continues the quoted speaker of the paragraph before, not a report
        # that closes it ("“…,” Heller argued after a prosecutor objected to …" / "“She's in
        # rehab right now.”" is Heller's; issue 14 round 11)
        # the report must sit in the quotation's own attribution sentence: in flattened text a
        # paragraph can hold another speaker's quotation and a later report (extra 60658)
        sent = last[0].cand.sentence if last[0].cand is not None else None
        quoted = [t for t in turns if t[1] == last[1] and t[0].kind != "indirect"
                  and t[0].cand is not None and t[0].cand.sentence == sent]
        if quoted:
            last = quoted[-1]
    if prev_para is not None and (last is None or last[1] < prev_para) and not _opens_with_quote(tx, prev_para):
        who = _beat_subject(tx, prev_para, resolver)
        if who is not None:
            d.speaker, d.rule = who, "beat"
            return True
    if last is None or last[0].speaker is None or q_para - last[1] > _CONTINUATION_PARAS or last[0].kind == "indirect" and q_para - last[1] > 1:
        # an indirect statement is continued only by the quotation paragraph right after it ("…,
        # a Defence Ministry statement said." / "“On sighting the helicopter …”", issue 14 round 9)
        return False
    if len(turns) >= 2 and last[1] == prev_para and _opens_with_quote(tx, prev_para):
        before = turns[-2]
        pp = _prev_para(tx, prev_para)
        first_of_last = tx.para(last[0].start)
        if (before[1] == pp and first_of_last == prev_para and pp is not None and _opens_with_quote(tx, pp)
                and before[0].speaker is not None and before[0].speaker.entity != last[0].speaker.entity
                and before[0].kind != "indirect" and _exchange(text, before[0], last[0], d)
                and _ends_paragraph(before[0], tx) and _ends_paragraph(last[0], tx)):
            d.speaker, d.via, d.rule = before[0].speaker, before[0].via, "alternation"
            return True
    d.speaker, d.via = last[0].speaker, last[0].via
    return True


_QUOTE_MARKS = frozenset("\"“”‘’'`«»„")
_ATTRIBUTION_WORDS = 25  # words between a quotation and the next: "Carter said in a Nov. 24 statement."


def _next_in_paragraph(d: _Draft, last: tuple[_Draft, int], tx: _Text) -> bool:
    """True when cue-less quotation ``d`` opens a sentence right after statement ``last`` in the
    same paragraph: ``last`` is a quotation (direct or mixed) and only its own short attribution
    (no quotation mark, a sentence end last) stands between them."""
    prev, para = last
    if prev.kind == "indirect" or prev.speaker is None or para != tx.para(d.start):
        return False
    text = tx.text
    opener = d.start
    while opener > 0 and text[opener - 1] in _QUOTE_MARKS or opener > 0 and text[opener - 1] == " " and text[opener - 2:opener - 1] in _QUOTE_MARKS:
        opener -= 1
    lo = prev.end
    while lo < opener and (text[lo] in _QUOTE_MARKS or text[lo].isspace()):
        lo += 1
    gap = text[lo:opener].strip()
    if any(c in _QUOTE_MARKS for c in gap) or len(gap.split()) > _ATTRIBUTION_WORDS:
        return False
    before = text[prev.start:opener].rstrip().rstrip("".join(_QUOTE_MARKS)).rstrip()
    if before[-1:] not in _SENTENCE_END:
        return False
    if not gap:
        # "said: “A. “B.": a quotation re-opened with no closing mark between; a closed one
        # right before ('" A. " " B. "') is another turn of a dialogue
        return not text[prev.end:opener].strip()
    # the gap is the attribution of ``prev`` and nothing more: its cue is there and the cue's
    # sentence ends where the gap does
    cand = prev.cand
    return (cand is not None and lo <= cand.cue_start < opener
            and not text[cand.cue_token.sent.end_char:opener].strip().strip("".join(_QUOTE_MARKS)))


def _ends_paragraph(d: _Draft, tx: _Text) -> bool:
    """True when nothing but statement ``d`` and its attribution sentence fills the rest of its
    paragraph: a dialogue turn. In flattened text a restored paragraph can run on into narrative
    ("“…,” Klitschko said. In 2008, Klitschko stopped …"), and turns with narrative between them
    are no exchange (issue 14 round 13)."""
    toks = [t for t in tx.tokens(d.start, d.end) if not t.is_space]
    if not toks:
        return True
    end = toks[-1].sent.end_char
    if d.cand is not None:
        end = max(end, d.cand.cue_token.sent.end_char)
    para = tx.para(d.start)
    para_end = tx.para_starts[para + 1] if para + 1 < len(tx.para_starts) else len(tx.text)
    return end >= para_end or not tx.text[end:para_end].strip().strip("".join(_QUOTE_MARKS)).strip()


def _exchange(text: str, *turns: _Draft) -> bool:
    """True when quotations read as a conversation, not as quoted monologues side by side: one asks
    a question or both earlier turns are short (news quotes two speakers at length, in turn)."""
    said = [text[t.start:t.end] for t in turns]
    return any("?" in s for s in said) or all(len(s.split()) <= _SHORT_TURN for s in said[:2])


def _beat_subject(tx: _Text, para: int, resolver: SpeakerResolver) -> Resolved | None:
    """Return the person who is the subject of the last sentence of narrative paragraph ``para``."""
    starts = tx.para_starts
    end = starts[para + 1] if para + 1 < len(starts) else len(tx.text)
    toks = [t for t in tx.tokens(starts[para], end) if not t.is_space]
    if not toks or any(tx.in_quote[t.i] for t in toks):
        return None
    sent = toks[-1].sent
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj" and not tx.in_quote[c.i]]
    if not subj or subj[0].lower_ in {"it", "they", "we", "this", "that", "there"}:
        return None
    tok = subj[0]
    if tok.pos_ == "PROPN" and tok.ent_type_ not in {"", "PERSON"}:
        return None
    if tok.pos_ not in {"PROPN", "PRON"}:
        return None
    who = resolver.resolve(tok)
    if who is None or resolver.entities.entity(who.entity).type != "PERSON":
        return None
    return who


def _nearest_cue(q: QuoteSpan, toks: list[Token], cands: _OffsetIndex[Candidate], tx: _Text) -> Candidate | None:
    """Return the cue nearest to quotation ``q`` in the sentences it touches, same paragraph."""
    para = tx.para(q.open)
    lo = min(t.sent.start_char for t in toks)
    hi = max(t.sent.end_char for t in toks)
    first = toks[0].sent
    if first.start > 0:  # the attribution may open the sentence before the mark: "X said: “…”"
        prev_tok = tx.doc[first.start - 1]
        if prev_tok.text == ":" or (prev_tok.is_quote and prev_tok.i > 0 and tx.doc[prev_tok.i - 1].text == ":"):
            lo = min(lo, prev_tok.sent.start_char)
    nxt = _tail_sentence(q, toks, tx)
    if nxt is not None:  # "“… collapse.” said Stephen Harper." / "“…!” she cried." split off by the parser
        hi = max(hi, nxt.end_char)
    best, best_d = None, None
    for c in cands.between(lo, hi):
        if c.rule == "according_to" or c.entry is None:
            continue
        if not (lo <= c.cue_start < hi) or tx.para(c.cue_start) != para:
            continue
        if not ({"quote", "clause"} & c.entry.frames):
            continue
        dist = q.open - c.cue_end if c.cue_end <= q.open else c.cue_start - q.outer_end
        if dist < 0:
            continue
        if best_d is None or dist < best_d:
            best, best_d = c, dist
    return best


def _colon_lead_in(q: QuoteSpan, cands: _OffsetIndex[Candidate], tx: _Text) -> Candidate | None:
    """Return the cue of a lead-in paragraph ending in a colon for the quotation opening the next one.

    News sets a long quotation as a paragraph of its own after "X said:" / "X was quoted as
    saying:" (issue 14 round 11; rich2, statements-ecb). The quotation opens its paragraph, the
    nearest non-blank paragraph before it ends with a colon, and the last sentence there holds a
    cue of speech or writing with no content of its own: that cue is the quotation's.
    """
    text = tx.text
    para = tx.para(q.open)
    if text[tx.para_starts[para]:q.open].strip():
        return None  # the quotation does not open its paragraph
    prev = _prev_para(tx, para)
    if prev is None:
        return None
    end = tx.para_starts[prev + 1] if prev + 1 < len(tx.para_starts) else len(text)
    lead = text[tx.para_starts[prev]:end].rstrip()
    if not lead.endswith(":"):
        return None
    colon = tx.para_starts[prev] + len(lead) - 1
    toks = tx.tokens(colon, colon + 1)
    if not toks:
        return None
    sent = toks[0].sent
    best = None
    for c in cands.between(max(sent.start_char, tx.para_starts[prev]), colon):
        if c.rule == "according_to" or c.entry is None or c.content is not None or tx.in_quote[c.cue_token.i]:
            continue
        if {"quote", "clause"} & c.entry.frames:
            best = c
    return best or _document_lead_in(sent, colon, tx)


def _bare_cue_lead_in(q: QuoteSpan, cands: _OffsetIndex[Candidate], tx: _Text) -> Candidate | None:
    """Return the cue that ends the paragraph before quotation ``q`` with no punctuation after it.

    "… Jack Ketsoyan left a statement for the press, he said" / "`` We appreciate … ''" (rich6
    1_15ecb, issue 14 round 14): the paragraph stops on the cue itself — no full stop, so no
    sentence "…, he said." closed there — and the next paragraph opens with a quotation: that is
    what was said. The parser took the words before the cue for its complement; they are dropped.
    """
    text = tx.text
    para = tx.para(q.open)
    if text[tx.para_starts[para]:q.open].strip():
        return None
    prev = _prev_para(tx, para)
    if prev is None:
        return None
    end = tx.para_starts[prev + 1] if prev + 1 < len(tx.para_starts) else len(text)
    lead = text[tx.para_starts[prev]:end].rstrip()
    toks = tx.tokens(tx.para_starts[prev] + len(lead) - 1, tx.para_starts[prev] + len(lead))
    if not toks or toks[-1].is_punct or tx.in_quote[toks[-1].i]:
        return None
    for c in cands.between(toks[-1].idx, toks[-1].idx + 1):
        if (c.cue_token.i == toks[-1].i and c.entry is not None and c.entry.kind == "speech" and "quote" in c.entry.frames
                and c.source is not None and (c.content is None or c.content[1] <= c.cue_start)):
            return c
    return None


def _unquoted_lead_ins(tx: _Text, cands: _OffsetIndex[Candidate], drafts: list[_Draft]) -> list[_Draft]:
    """Return the statements of paragraphs set, without quotation marks, after a lead-in ending in a colon.

    Press releases print a statement as the paragraph after "Responding to the report Gareth
    Bayley, the UK Special Representative for Syria said:" with no quotation marks, and reports
    set a source's account after "According to reports in an Atlanta newspaper:" or under a line
    "According to international media and Greek Sky TV" (issue 14 round 14, statements-rich6). The
    lead-in paragraph ends in a colon (or is a line "According to X" alone), its last sentence holds a cue of
    speech or writing (or "according to") with no content of its own, and the next non-blank
    paragraph opens with a capital letter and holds no quotation mark: that paragraph is the cue's
    content — words set off as the speaker's (``direct``) after a speech cue, an account
    (``indirect``) after "according to". Only the first such paragraph: where the statement ends
    after it the layout does not say. Attributions found inside it are nested in it and dropped.
    """
    text = tx.text
    starts = tx.para_starts
    out: list[_Draft] = []
    for p in range(len(starts) - 1):
        end = starts[p + 1]
        lead = text[starts[p]:end].rstrip()
        # a line that is only a source, "According to international media and Greek Sky TV", leads
        # in the next as a colon does
        source_line = lead[:1].isupper() and lead.lower().startswith("according to ") and lead[-1:].isalnum()
        if not (lead.endswith(":") or source_line) or tx.quotes and any(q.open < end and q.outer_end > starts[p] for q in tx.quotes):
            continue
        nxt = next((i for i in range(p + 1, len(starts)) if text[starts[i]:(starts[i + 1] if i + 1 < len(starts) else len(text))].strip()), None)
        if nxt is None:
            continue
        lo = starts[nxt]
        hi = (starts[nxt + 1] if nxt + 1 < len(starts) else len(text))
        body = text[lo:hi].rstrip()
        hi = lo + len(body)
        if not body[:1].isupper() or any(q.open < hi and q.outer_end > lo for q in tx.quotes):
            continue
        colon = starts[p] + len(lead) - (0 if source_line else 1)
        toks = tx.tokens(colon - 1, colon)
        if not toks:
            continue
        sent = toks[0].sent
        cand = None
        for c in cands.between(max(sent.start_char, starts[p]), colon):
            if c.content is not None and c.content[1] > colon:
                continue
            if c.rule == "according_to" or c.entry is not None and c.entry.kind in {"speech", "writing"} and {"quote", "clause"} & c.entry.frames:
                cand = c
        if cand is None or cand.source is None or cand.content is not None and cand.rule != "according_to":
            continue
        for d in drafts:
            if lo <= d.start and d.end <= hi:
                d.drop = True  # "it details …", "It documents …" inside the statement: nested in it
        out.append(_Draft(lo, hi, "indirect" if cand.rule == "according_to" else "direct", "lead_in_paragraph", cand, cand.source))
    return out


def _document_lead_in(sent, colon: int, tx: _Text) -> Candidate | None:  # type: ignore[no-untyped-def]
    """Return a candidate for a lead-in that names a statement and its author before a colon
    ("Below is a statement by Francesca Grifo, director of …:"): a noun cue of speech or writing
    with a "by"/"from" author or a possessive one, and no clause of its own (issue 14 round 13;
    press releases set the statement as the next paragraphs)."""
    for tok in sent:
        if tok.idx >= colon or tok.pos_ != "NOUN" or tx.in_quote[tok.i]:
            continue
        entry = cue_entry(tok)
        if entry is None or entry.pos != "noun" or entry.kind not in {"speech", "writing"}:
            continue
        src = next((c for c in tok.children if c.dep_ == "poss"), None)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                src = next((g for g in prep.children if g.dep_ == "pobj"), src)
        if src is not None and valid_source(src):
            return Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, None, "noun", sentence=(sent.start_char, sent.end_char))
    return None


def _tail_sentence(q: QuoteSpan, toks: list[Token], tx: _Text):  # type: ignore[no-untyped-def]
    """Return the short attribution sentence right after quotation ``q`` ("…” she said."), else None."""
    doc = tx.doc
    last = toks[-1].i + 1
    while last < len(doc) and (doc[last].is_punct or doc[last].is_space) and not doc[last].text.startswith("\n"):
        if doc[last].idx >= q.outer_end + 2:
            break
        last += 1
    if last >= len(doc) or doc[last].idx > q.outer_end + 3 or tx.in_quote[last] or tx.para(doc[last].idx) != tx.para(q.open):
        return None
    sent = doc[last].sent
    if sent.start != last:
        return None  # the parser kept it in the quote's sentence: the ordinary search sees it
    words = [t for t in sent if not t.is_punct and not tx.in_quote[t.i]]
    if len(words) > 12 or not any(cue_entry(t) is not None for t in words[:6]):
        return None
    return sent


def _speaker_label(q: QuoteSpan, tx: _Text) -> Token | None:
    """Return the name in a transcript label before a quotation ("Secretary X: “…”"), else None."""
    doc = tx.doc
    before = [t for t in tx.tokens(tx.para_start(q.open), q.open) if not t.is_space and t.idx < q.open]
    if len(before) < 2 or before[-1].text != ":":
        return None
    name = before[-2]
    if tx.in_quote[name.i]:
        return None
    if name.pos_ != "PROPN" and not _headline_label(before[:-1]):
        return None
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i and name.head.i < before[-1].i:
        name = doc[name.head.i]
    return name


def _headline_reports(tx: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """Return the reports of headlines worded "Speaker: clause" with no quotation marks.

    A headline's colon attributes like a cue ("Lawyer: Lindsay Lohan checks into rehab
    facility"): a line with no closing full stop, opening with a speaker label (see
    ``_headline_label``) that names a person or organisation (a PERSON/ORG name or a speaker
    noun, so a place or topic label such as "Syria: rebels take town" is none), then a clause
    with a finite verb and its own subject and no quotation mark (issue 14 round 12).
    """
    out: list[_Draft] = []
    text = tx.text
    ends = tx.para_starts[1:] + [len(text) + 1]
    for start, end in zip(tx.para_starts, ends):
        line = text[start:end - 1].rstrip()
        if not line or line.endswith(".") or _inside_any(drafts, start, start + len(line)):
            continue
        toks = [t for t in tx.tokens(start, start + len(line)) if not t.is_space]
        colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
        if colon is None or colon + 2 >= len(toks) or any(tx.in_quote[t.i] or t.is_quote for t in toks):
            continue
        label, rest = toks[:colon], toks[colon + 1:]
        last = label[-1] if label else None
        if last is None or not _headline_label(label):
            continue
        if last.ent_type_ not in {"PERSON", "ORG"} and last.lemma_.lower() not in speaker_nouns():
            continue
        span = {t.i for t in rest}
        if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
                   and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in span for c in t.children) for t in rest):
            continue
        content_end = rest[-1].idx + len(rest[-1]) if not rest[-1].is_punct else rest[-2].idx + len(rest[-2])
        out.append(_Draft(rest[0].idx, content_end, "indirect", "headline_label", None, last))
    return out


def _headline_label(label: list[Token]) -> bool:
    """True for a short capitalised label that opens its line ("Merkel: …", "UN chief: …").

    The parser often tags a lone surname at a headline's start as a common noun; a label of one
    to four words, the first capitalised, the last capitalised or a speaker description noun
    (lexicon/speaker_nouns.tsv), none of them a section tag such as "Exclusive" or "Watch"
    (lexicon/headline_kickers.txt), names who speaks.
    """
    words = [t for t in label if not (t.is_punct and t.text in {".", "'s", "’s", "-"})]
    if not 1 <= len(words) <= 4 or not all(t.is_alpha or t.text in {"'s", "’s"} for t in words):
        return False
    first, last = words[0], words[-1]
    if not (first.text[:1].isupper() and (last.text[:1].isupper() or last.lemma_.lower() in speaker_nouns())):
        return False
    kickers = lexicon.words("headline_kickers.txt")
    return not any(t.lower_ in kickers for t in words) and last.pos_ in {"NOUN", "PROPN"}


def _relays(drafts: list[_Draft]) -> None:
    """Give a statement the source of an outer report as a relay ("…, Tass reported").

    Only a statement of the same sentence whose cue lies inside the outer one's content can be
    relayed by it, so each is compared with those (found by bisection over the cue offsets of
    its sentence), not with every statement of the document.
    """
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> [(cue offset, draft no.)]
    for n, d in enumerate(drafts):
        if d.cand is not None:
            by_sentence.setdefault(d.cand.sentence, []).append((d.cand.cue_start, n))
    for cues in by_sentence.values():
        cues.sort()
    for outer in drafts:
        if outer.cand is None or outer.kind == "direct":
            continue
        inner_found = False
        cues = by_sentence[outer.cand.sentence]
        a, b = bisect.bisect_left(cues, (outer.start, -1)), bisect.bisect_left(cues, (outer.end, -1))
        for n in sorted(n for _, n in cues[a:b]):
            inner = drafts[n]
            if inner is outer or inner.cand is None or inner.cand is outer.cand:
                continue
            if inner.cand.rule == "inf" and outer.start <= inner.start and inner.end <= outer.end and not (
                    outer.cand.rule == "according_to" and _relays_through(outer.cand, inner.cand)):
                # ("According to the BBC, Childs advised users to …" is Childs's request, relayed
                # by the BBC, issue 14 round 9)
                # "He said police told the group to stay put": the request is what he reports, part
                # of his statement's content, not a report of its own to relay
                inner.drop = True
                continue
            if _trailing_report(inner, outer):
                # "Chief James Steele said the department was … but did not elaborate, The
                # Anchorage Daily News reported": the parser hangs the newspaper's clause under
                # "said"; the trailing report relays Steele's words, not the other way round
                # (statements-rich7 13_3ecb, issue 14 round 15)
                outer.start, outer.end, outer.kind = inner.start, inner.end, inner.kind
                if inner.source is not None and inner.source not in outer.via:
                    outer.via.append(inner.source)
                inner.drop = True
                continue
            if not _relays_through(outer.cand, inner.cand):
                continue
            if outer.start <= inner.cand.cue_start < outer.end and inner.cand.sentence == outer.cand.sentence:
                if outer.source is not None and outer.source not in inner.via:
                    inner.via.append(outer.source)
                inner_found = True
        if inner_found:
            outer.drop = True
    for d in drafts:
        if d.cand is not None and d.cand.relay is not None and d.cand.relay not in d.via:
            d.via.append(d.cand.relay)


def _trailing_report(inner: _Draft, outer: _Draft) -> bool:
    """True when ``inner`` is a report set after the words it relays (", X reported") that the
    parser hung as the complement of ``outer``'s cue, which opens the sentence with its own
    subject ("Steele said …, The Anchorage Daily News reported"): the trailing cue follows its
    content, a comma stands before its subject, and the outer cue comes before that content."""
    if inner.cand is None or outer.cand is None or inner.drop or outer.drop:
        return False
    cue, head = inner.cand.cue_token, outer.cand.cue_token
    if cue.dep_ != "ccomp" or cue.head.i != head.i or inner.cand.cue_start < inner.end or head.idx > inner.start:
        return False
    if outer.cand.entry is None or outer.cand.entry.kind not in {"speech", "writing"} or not _relays_through_kind(inner.cand):
        return False
    subj = inner.source
    if subj is None or subj.i > cue.i or subj.left_edge.i == 0:
        return False
    return cue.doc[subj.left_edge.i - 1].text == ","


def _relays_through_kind(c: Candidate) -> bool:
    return c.entry is not None and c.entry.kind in {"speech", "writing"}


def _relays_through(outer: Candidate, inner: Candidate) -> bool:
    """True when ``inner``'s cue is reported by ``outer``: a speech, writing or position cue in its
    complement (a stance taken is a speech act too: "The secretary and Abadi agreed that …, the
    release said" is their agreement, relayed by the release; issue 14 round 14)."""
    if inner.entry is None or inner.entry.kind not in {"speech", "writing", "position"}:
        return False
    if outer.rule == "according_to":
        return True
    tok = inner.cue_token
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ not in {"ccomp", "conj", "parataxis", "xcomp"}:
            return False
        tok = tok.head
        if tok.i == outer.cue_token.i:
            return True
    return False


def _nested_beliefs(drafts: list[_Draft]) -> None:
    """Drop a report whose content opens with the speaker's own belief ("X said he believed …").

    The belief cue with a pronoun subject at the start of the report's content ("Dermot Mannion
    stated he believed …", "Authorities said they suspect …") is the attribution the annotation
    keeps; the outer report of one's own view would be a second statement of the same content.
    """
    beliefs = {
        d.cand.source.idx: d for d in drafts
        if d.cand is not None and d.cand.entry is not None and d.cand.entry.kind == "belief"
        and d.cand.source is not None and d.cand.source.pos_ == "PRON" and d.cand.source.dep_ == "nsubj"
        and d.cand.source.lower_ in {"he", "she", "they", "we", "it"}
    }
    for d in drafts:
        c = d.cand
        if c is None or c.entry is None or c.entry.kind not in {"speech", "writing"} or c.content is None or d.kind == "direct":
            continue
        inner = beliefs.get(c.content[0])
        if (inner is not None and inner is not d and inner.cand is not None and inner.cand.cue_token.head.i == c.cue_token.i
                and inner.end >= c.content[1]):  # nothing after the belief ("…, and that …" keeps the report)
            d.drop = True  # the belief verb is the report's own complement
            if d.source is not None:
                inner.source = d.source  # its pronoun is the reporter: resolve the reporter's phrase


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """Drop a statement whose content lies inside another one with the same cue or the same span."""
    out: list[_Draft] = []
    spans: set[tuple[int, int]] = set()
    by_cue: dict[int, list[_Draft]] = {}  # kept non-direct statements by cue offset
    for d in drafts:
        if (d.start, d.end) in spans:
            continue
        if d.cand is not None and any(o.start <= d.start and d.end <= o.end for o in by_cue.get(d.cand.cue_start, ())):
            continue
        out.append(d)
        spans.add((d.start, d.end))
        if d.cand is not None and d.kind != "direct":
            by_cue.setdefault(d.cand.cue_start, []).append(d)
    return out


def _statement(d: _Draft, n: int, text: str, resolver: SpeakerResolver, times: _OffsetIndex[TimeExpr], tx: _Text) -> Statement | None:
    start, end = d.start, d.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or d.speaker is None:
        return None
    via: list[str] = []
    for v in d.via:
        r = resolver.resolve(v)
        if r is not None and r.entity != d.speaker.entity and r.entity not in via:
            via.append(r.entity)
    cand = d.cand
    conf = _CONFIDENCE.get(d.rule, 0.6) * _HOW_FACTOR.get("continuation" if d.continues else d.speaker.how, 0.8)
    return Statement(
        id=f"s{n}",
        kind=d.kind,
        content=text[start:end],
        start=start,
        end=end,
        speaker=d.speaker.entity,
        speaker_text=d.speaker.text,
        speaker_start=d.speaker.start,
        speaker_end=d.speaker.end,
        cue=None if cand is None else text[cand.cue_start:cand.cue_end],
        cue_start=None if cand is None else cand.cue_start,
        cue_end=None if cand is None else cand.cue_end,
        via=tuple(via),
        date=_date_of(d, times, text),
        confidence=round(conf, 3),
        rule=d.rule,
        type=statement_type(cand),
        on_behalf_of=d.speaker.on_behalf if d.speaker.on_behalf != d.speaker.entity else None,
    )


def _date_of(d: _Draft, times: _OffsetIndex[TimeExpr], text: str) -> str | None:
    """Return the TIMEX3 value of the time expression in the statement's sentence, outside its content."""
    if d.cand is None:
        return None
    s_lo, s_hi = d.cand.sentence
    best, best_d = None, None
    for t in times.between(s_lo, s_hi, inclusive=True):
        if t.start < s_lo or t.end > s_hi or (d.start <= t.start < d.end) or t.type not in {"DATE", "TIME"}:
            continue
        dist = abs(t.start - d.cand.cue_start)
        if best_d is None or dist < best_d:
            best, best_d = t.value, dist
    return best


__all__ = ["find_statements"]
