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

The passes live in ``_candidates`` (2), ``_quotations`` (3: speech or label, the cue above or
nearest), ``_lead_ins`` and ``_labels`` (3: lead-in paragraphs, transcript and headline labels),
``_turns`` (3: quotation paragraphs with no cue) and ``_relays`` (4); ``_layout`` holds the look-ups
over the text and ``_drafts`` the draft statements and the records they become. This module links them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from hearsay.config import Settings
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._block_quotes import block_quotations, handle_speaker
from hearsay.extract.statements._candidates import _candidates
from hearsay.extract.statements._colon_quotes import colon_verb_lead_in
from hearsay.extract.statements._drafts import _Draft, _inside_any, _statement
from hearsay.extract.statements._labels import _headline_reports, _speaker_label
from hearsay.extract.statements._layout import _IntervalIndex, _OffsetIndex, _Text
from hearsay.extract.statements._lead_ins import (
    _bare_cue_lead_in,
    _colon_lead_before,
    _colon_lead_in,
    _colon_leads,
    _lead_in_first_person,
    _unquoted_lead_ins,
)
from hearsay.extract.statements._quotations import (
    _cue_above,
    _cued_after,
    _is_clause,
    _names_the_thing,
    _source_affiliation,
    _nearest_cue,
    _noun_premodifier,
    _quote_root,
    _scare_quote,
    _topic_path,
    _whole_turn,
)
from hearsay.extract.statements._quote_marks import find_quote_spans, QuoteSpan
from hearsay.extract.statements._own_states import drop_own_state_rows
from hearsay.extract.statements._relays import _dedupe, _nested_beliefs, _relays
from hearsay.extract.statements._turns import _QUOTE_MARKS, _bare_turn
from hearsay.extract.statements.speakers import Resolved, SpeakerResolver
from hearsay.extract.statements.types import intention_lemmas
from hearsay.extract.zones import Zones
from hearsay.model import Rejection, Statement, TimeExpr
from hearsay.nlp.text import doc_text


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
    rejected: list[Rejection] = []
    turn = {qi for qi, q in enumerate(quotes) if _whole_turn(q, tx)}
    scare = _scare_quotes(quotes, turn, by_token, tx)
    drafts, used = _clause_drafts(cands, quotes, scare, text)
    cue_index: _OffsetIndex[Candidate] = _OffsetIndex(cands, lambda c: c.cue_start)
    pending = _quotation_drafts(quotes, used, scare, turn, by_token, cue_index, tx, drafts, rejected)

    drafts.extend(_headline_reports(tx, drafts))
    drafts.extend(_unquoted_lead_ins(tx, cue_index, drafts))
    blocks = block_quotations(tx, cue_index, drafts)  # marks the drafts nested in a block
    _relays(drafts)
    _nested_beliefs(drafts)
    drop_own_state_rows(drafts, intention_lemmas())
    drafts.extend(blocks)  # no relay: a block has no content clause for a cue inside it to report
    drafts = [d for d in drafts if not d.drop]
    for qi in pending:
        q = quotes[qi]
        if _inside_any(blocks, q.open, q.outer_end):
            continue  # words quoted inside a block quotation are nested in it
        drafts.append(_Draft(q.start, q.end, "direct", "continuation", None, None, continues=True))
    drafts.sort(key=lambda d: (d.start, d.end))
    drafts = _dedupe(drafts)
    return _spoken(drafts, cands, doc, entities, times, zones, tx, rejected), rejected


def _scare_quotes(quotes: list[QuoteSpan], turn: set[int], by_token: dict[int, Candidate], tx: _Text) -> set[int]:
    """Return the indices of the quotations that are short labels inside a noun phrase with no cue
    above them (scare quotes), leaving out whole turns of speech."""
    scare: set[int] = set()
    for qi, q in enumerate(quotes):
        toks = [t for t in tx.tokens(q.start, q.end) if q.start <= t.idx < q.end]
        if qi in turn:
            continue
        if toks and not _is_clause(toks) and _scare_quote(toks) and _cue_above(_quote_root(toks) or toks[0], by_token) is None:
            scare.add(qi)
    return scare


def _clause_drafts(cands: list[Candidate], quotes: list[QuoteSpan], scare: set[int], text: str) -> tuple[list[_Draft], set[int]]:
    """Return the drafts of the candidates with a content span and the indices of the quotations
    they use: a content that is quotations is direct, one that holds one is mixed, any other is an
    indirect statement (or "according to")."""
    drafts: list[_Draft] = []
    used: set[int] = set()
    quote_index = _IntervalIndex([(q.start, q.end) for q in quotes])
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
            if not any(ch.isalnum() for ch in rest) or _joined_quotations("".join(rest), len(overlapping)):
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
        if c.entry is not None and not ({"clause", "np", "eval"} & c.entry.frames) and c.rule not in {"prep", "inf", "as", "at", "small", "obj", "mandative"}:
            continue  # a cue of direct speech only ("promising that ...", "continued")
        rule = "according_to" if c.rule == "according_to" else f"indirect_{c.rule}"
        drafts.append(_Draft(cs, ce, "indirect", rule, c, c.source))
    return drafts, used


_JOINERS = frozenset({"and", "but"})


def _joined_quotations(rest: str, n_quotes: int) -> bool:
    """True when what a content holds besides its quotations is only "and" or "but" between two or
    more of them: two quotations of one cue, each the speaker's words.

    "Chuck Schumer said on Friday “We made a plea … hostage” and “So we told the president …”" is
    two direct statements, not one mixed statement whose words are the conjunction
    (statements-rich15 wn2019-007, blind miss; issue 14 round 30).
    """
    words = rest.split()
    return n_quotes >= 2 and bool(words) and all(w.lower() in _JOINERS for w in words)


def _quotation_drafts(
    quotes: list[QuoteSpan], used: set[int], scare: set[int], turn: set[int], by_token: dict[int, Candidate],
    cue_index: _OffsetIndex[Candidate], tx: _Text, drafts: list[_Draft], rejected: list[Rejection],
) -> list[int]:
    """Add to ``drafts`` the statements of the quotations no content span took, and to ``rejected``
    the labels among them; return the indices of those with no cue or label (continuations)."""
    text = tx.text
    pending: list[int] = []
    fragments: dict[int, _Draft] = {}
    for qi, q in enumerate(quotes):
        if qi in used:
            continue
        toks = [t for t in tx.tokens(q.start, q.end) if q.start <= t.idx < q.end]
        if not toks:
            continue
        speech = (_is_clause(toks) and not _noun_premodifier(toks)) or qi in turn or _crosshead_clause(q, toks, tx)
        after = None if speech else _cued_after(q, tx)
        if after is not None and not (qi in scare or _inside_any(drafts, q.open, q.outer_end)):
            # "“Absolutely not,” O'Connor said when asked …": the cue right after the mark (round 29)
            drafts.append(_Draft(q.start, q.end, "direct", "direct_clause", after, after.source))
            continue
        if qi in scare or (not speech and _inside_any(drafts, q.open, q.outer_end)):
            rejected.append(Rejection(q.start, q.end, text[q.start:q.end], "scare quote or label, not speech", "quote"))
            continue
        if not speech:
            root = _quote_root(toks)
            cand = _cue_above(root, by_token) if root is not None else None
            if cand is not None and (_names_the_thing(root, cand) or _source_affiliation(toks, cand)):
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
        if above is not None and _source_affiliation(toks, above):
            rejected.append(Rejection(q.start, q.end, text[q.start:q.end], "title or name in quotation marks", "quote"))
            continue
        if above is not None and above.entry is not None and "fragment" in above.entry.frames:
            # a long quoted description under a naming cue ("has called it “a textbook case of …”")
            drafts.append(_Draft(q.start, q.end, "mixed", "mixed_fragment", above, above.source))
            continue
        cand = _governing_cue(above, root) or _nearest_cue(q, toks, cue_index, tx) or _colon_lead_in(q, cue_index, tx) or colon_verb_lead_in(q, tx)
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
    return pending


def _governing_cue(above: Candidate | None, root: Token | None) -> Candidate | None:
    """Return the cue of quotation speech that hangs inside the cue's own clause, else None.

    "The Alachua Sheriff's Office tweeted the response “required all hands on deck.” Authorities
    stated …": the quoted clause modifies the object of "tweeted", so it is what the office
    tweeted, however near the next sentence's cue stands (statements-rich15 wn2019-004, blind run:
    the quotation went to "Authorities" one character nearer; issue 14 round 30). Only a cue of
    quotations before the quotation, in its sentence, reached without crossing a clause
    (``_cue_above``).
    """
    if above is None or root is None or above.entry is None or "quote" not in above.entry.frames:
        return None
    cue = above.cue_token
    return above if cue.i < root.i and cue.sent.start == root.sent.start else None


def _spoken(
    drafts: list[_Draft], cands: list[Candidate], doc: Doc, entities: EntityIndex, times: Sequence[TimeExpr],
    zones: Zones, tx: _Text, rejected: list[Rejection],
) -> list[Statement]:
    """Return the statements of the story's drafts with resolved speakers, in text order, adding
    the cue-less quotations no turn rule attributes to ``rejected``."""
    text = tx.text
    resolver = SpeakerResolver(doc, entities, tx.in_quote)
    time_index: _OffsetIndex[TimeExpr] = _OffsetIndex(times, lambda t: t.start)
    out: list[Statement] = []
    turns: list[tuple[_Draft, int]] = []  # kept statements with the paragraph each ends in
    lead: tuple[int, Resolved] | None = None  # the last unquoted colon lead-in's body start and speaker
    colon_leads = _colon_leads(cands, tx)
    crossheads: list[_Draft] = []
    for d in drafts:
        if not zones.is_story(d.start, d.end) or (d.cand is not None and not zones.is_story(d.cand.cue_start, d.cand.cue_end)):
            continue
        if d.continues:
            if not _bare_turn(d, turns, tx, resolver):
                if _crosshead(d, tx):
                    crossheads.append(d)  # attributed once the quotation it repeats has its speaker
                    continue
                rejected.append(Rejection(d.start, d.end, text[d.start:d.end], "quotation with no attributable source", "quote"))
                continue
        elif d.source is not None and (handle := handle_speaker(d.source, resolver)) is not None:
            d.speaker = handle  # "@hamza101: …" (issue 14 round 41)
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
                resolver.remember(d.speaker.start, d.speaker.entity, None if d.kind == "direct" else (d.start, d.end))
        if d.speaker is None:
            continue
        st = _statement(d, len(out) + 1, text, resolver, time_index, tx)
        if st is None:
            continue
        out.append(st)
        turns.append((d, tx.para(d.end)))
        if d.rule == "lead_in_paragraph" and d.kind == "direct":
            lead = (d.start, d.speaker)
    if not crossheads:
        return out
    for c in crossheads:
        later = _repeated_by(c, turns, tx)
        if later is None or later.speaker is None:
            rejected.append(Rejection(c.start, c.end, text[c.start:c.end], "quotation with no attributable source", "quote"))
            continue
        c.speaker, c.rule = later.speaker, "crosshead"
        st = _statement(c, 0, text, resolver, time_index, tx)
        if st is not None:
            out.append(st)
    out.sort(key=lambda st: (st.start, st.end))
    return [replace(st, id=f"s{n}") for n, st in enumerate(out, 1)]


_CROSSHEAD_WORDS = 8


def _crosshead_clause(q: QuoteSpan, toks: list[Token], tx: _Text) -> bool:
    """True when quotation ``q`` is a crosshead with a finite verb ("'We panicked'"): speech, though
    shorter than the three words ``_is_clause`` asks of a quotation inside a sentence."""
    d = _Draft(q.start, q.end, "direct", "continuation", None, None, continues=True)
    return _crosshead(d, tx) and any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in toks)


def _crosshead(d: _Draft, tx: _Text) -> bool:
    """True when cue-less quotation ``d`` is a line of its own of a few words: a crosshead or pull
    quote, which repeats words a speaker says further down (BBC News: "'We panicked'" over "“We were
    panicked. …,” one woman in Qeshm told AFP"; statements-rich9 20_1ecbplus, issue 14 round 19)."""
    text = tx.text
    lo = text.rfind("\n", 0, d.start) + 1
    hi = text.find("\n", d.end)
    hi = len(text) if hi == -1 else hi
    outside = (text[lo:d.start] + text[d.end:hi]).strip().strip("".join(_QUOTE_MARKS)).strip()
    said = text[d.start:d.end].strip()
    # headline style: no sentence mark in it (a turn of dialogue on its own line, "“Pip, sir.”", ends in one)
    return not outside and 2 <= len(said.split()) <= _CROSSHEAD_WORDS and not any(ch in said for ch in ".!?")


def _repeated_by(c: _Draft, turns: list[tuple[_Draft, int]], tx: _Text) -> _Draft | None:
    """Return the first later quotation whose words hold every word of crosshead ``c`` (compared
    by lemma: "We panicked" is in "We were panicked"), else None."""
    def lemmas(d: _Draft) -> set[str]:
        return {t.lemma_.lower() for t in tx.tokens(d.start, d.end) if t.is_alpha and d.start <= t.idx < d.end}
    wanted = lemmas(c)
    if not wanted:
        return None
    for d, _ in turns:
        if d.start > c.end and d.kind in {"direct", "mixed"} and wanted <= lemmas(d):
            return d
    return None


__all__ = ["find_statements"]
