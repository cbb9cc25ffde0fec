"""Lead-ins: the cue of a paragraph that sets up the next ("X said:", "…, he said" with no stop,
"Below is a statement by X:"), the unquoted paragraphs such a lead-in introduces, and the
first person of words that run on after it."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate, cue_entry, valid_source
from hearsay.extract.statements._drafts import _Draft
from hearsay.extract.statements._layout import _OffsetIndex, _prev_para, _Text
from hearsay.extract.statements._quote_marks import QuoteSpan


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
