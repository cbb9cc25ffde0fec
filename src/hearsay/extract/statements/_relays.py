"""Pass 4 over the drafts: relays ("…, Tass reported"), a report's nested belief of its own
speaker, and duplicate statements of one cue or span."""

from __future__ import annotations

import bisect

from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._drafts import _Draft


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
