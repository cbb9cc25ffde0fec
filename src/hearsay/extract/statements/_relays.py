"""Pass 4 over the drafts: relays ("…, Tass reported"), a report's nested belief of its own
speaker, and duplicate statements of one cue or span."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate, cue_entry, negated, source_of, valid_source
from hearsay.extract.statements._drafts import _Draft
from hearsay.extract.statements._reporters import reporting_people
from hearsay.extract.statements._speaker_lexicon import _SPEAKER_TYPES, speaker_nouns

# dependency labels along which a clause is the complement of the cue above it
_COMPLEMENT = frozenset({"ccomp", "conj", "parataxis", "xcomp"})
# participles that name whom a report passes on ("…, quoting KCNA, …"; "citing officials"), and
# verbs of a relative clause on the report that name its own source ("this story (which credits
# the team-owned radio station)")
_PASS_ON = frozenset({"quote", "cite"})
_CREDIT = frozenset({"quote", "cite", "credit"})


def _relays(drafts: list[_Draft]) -> None:
    """Give a statement the source of an outer report as a relay ("…, Tass reported").

    Only a statement of the same sentence whose cue lies inside the outer one's content can be
    relayed by it, so each is compared with those (found by bisection over the cue offsets of
    its sentence), not with every statement of the document.
    """
    for d in drafts:
        _reported_speaker(d)
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
            if not _performed(inner.cand.cue_token) and outer.start <= inner.start and inner.end <= outer.end:
                # "According to The Register, Apple will be demanding that …": a speech act still
                # to come is the outer source's claim, not a statement of the inner subject
                # (wikinews-extra 89284; issue 14 round 17)
                inner.drop = True
                continue
            if outer.start <= inner.cand.cue_start < outer.end and inner.cand.sentence == outer.cand.sentence:
                if outer.source is not None and outer.source not in inner.via:
                    inner.via.append(outer.source)
                if inner.cand.rule == "according_to":
                    clause = _clause_without(inner.cand.cue_token.head, inner.cand.cue_token)
                    if clause is not None:
                        inner.start, inner.end = clause
                inner_found = True
        if inner_found and not reporting_people(outer.cand):  # people keep their own row (round 36)
            outer.drop = True
    for d in drafts:
        if not d.drop:
            _origin_of_report(d, drafts)
        if d.cand is not None and d.cand.relay is not None and d.cand.relay not in d.via:
            d.via.append(d.cand.relay)


_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl"})


def _reported_speaker(d: _Draft) -> None:
    """Make the speaker of a bare speech cue after a report the statement's speaker, and the
    reporter its relay.

    "Madrid District Hospital … treated 25 wounded people, CNN Philippines reported the governor
    said": the words set before the report are the governor's, passed on by the channel (the
    relayed-source convention, docs/annotation.md rule 7; statements-wn2019 dev wn2019-072; issue
    14 round 40). The inner cue is a speech or writing verb in the report's complement, after the
    report's cue, with a subject of its own and no complement of its own; the statement's content
    lies before the report's cue.
    """
    if d.cand is None or d.source is None or d.drop or d.cand.rule == "according_to" or d.end > d.cand.cue_start:
        return
    cue = d.cand.cue_token
    for c in cue.children:
        if c.dep_ not in {"ccomp", "parataxis"} or c.i < cue.i or c.pos_ != "VERB":
            continue
        entry = cue_entry(c)
        if entry is None or entry.kind not in {"speech", "writing"} or any(g.dep_ in _OWN_CONTENT for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or not valid_source(subj):
            continue
        d.via.append(d.source)
        d.source = subj
        return


def _performed(cue: Token) -> bool:
    """True unless the cue verb is a speech act still to come or only possible ("will be
    demanding", "may announce"): a modal auxiliary makes it the reporter's prediction."""
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)


def _dominates(top: Token, tok: Token) -> bool:
    """True when ``tok`` lies in a clause that is the complement of cue verb ``top`` (or is ``top``'s
    own content verb): the path up from ``tok`` reaches ``top`` through complement labels only."""
    for _ in range(8):
        if tok.i == top.i:
            return True
        if tok.head.i == tok.i or tok.dep_ not in _COMPLEMENT:
            return False
        tok = tok.head
    return False


def _origin_of_report(d: _Draft, drafts: list[_Draft]) -> None:
    """Who spoke, when the draft's source only carries the report (issue 14 round 17).

    One decision over the parse, after the nesting pass above: the carrier is the attribution
    whose frame stands higher in the tree, the origin the one below it.
    - "…, quoting / citing Z, …": a participle of passing-on hung on the cue or the content's verb
      names the origin Z; the draft's source becomes a relay ("According to Yonhap news agency,
      quoting … (KCNA), the military has been placed …"; GUM news_korea, CC BY 2.5);
    - "Y expects N according to X": an "according to" phrase hung on a cue verb of its own subject
      that made no statement of its own (an object the cue's frames do not take) carries that
      subject's words: Y speaks, X relays (GUM news_lanterns, CC BY 2.5).
    """
    cand = d.cand
    if cand is None or d.source is None:
        return
    if cand.rule == "according_to":
        d.source = _author_of(d.source)
    quoted = _quoted_as(cand.cue_token)
    if quoted is not None:
        d.via.append(d.source)
        d.source = quoted
        return
    passed = _passed_on_by(cand)
    credited = _credited_by(d.source) if passed is None else None
    if credited is not None:
        d.via.append(_owner_named_in(d.source))
        d.source = credited[1]
        return
    if passed is not None:
        participle, origin = passed
        d.via.append(d.source)
        d.source = origin
        rest = [t for t in participle.doc[participle.right_edge.i + 1:participle.sent.end] if not (t.is_punct or t.is_space)][:1]
        if participle.idx <= d.start + 1 and rest and rest[0].idx < d.end:
            d.start = rest[0].idx  # the content starts after "…, quoting Z,"
        return
    if cand.rule == "according_to":
        head = cand.cue_token.head
        whole = False
        if head.i != cand.cue_token.i and cue_entry(head) is None:
            conjoined = _conjoined_cue(head)
            if conjoined is not None:
                head, whole = conjoined, True
        entry = cue_entry(head) if head.i != cand.cue_token.i else None
        if entry is None or negated(head) or not _performed(head) or any(o.cand is not None and o.cand.cue_token.i == head.i for o in drafts if o is not d):
            return
        subj = source_of(head)
        if subj is None or not valid_source(subj) or subj.i > head.i:
            return
        content = (d.start, d.end) if whole else _object_span(head, cand.cue_token)
        if content is None:
            return
        d.via.append(d.source)
        d.source = subj
        d.start, d.end = content
        d.cand = Candidate(head.idx, head.idx + len(head), head, entry, subj, content, "according_to", sentence=cand.sentence)


def _conjoined_cue(head: Token) -> Token | None:
    """Return a cue verb conjoined to ``head`` that shares its subject and takes a complement, else None.

    "According to a report from TMZ …, the actress has had enough of the rehab centre and has decided
    to spend the rest of her stay in Malibu": the first verb reports no view, the conjoined
    "decided to …" does, so the actress holds the clause and TMZ relays it (the relayed-source
    convention, issue 14 round 26; statements-rich2 1_3ecbplus).
    """
    for c in head.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < head.i or cue_entry(c) is None:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue  # a subject of its own: another clause, not the same holder
        if any(g.dep_ in {"xcomp", "ccomp"} and g.i > c.i for g in c.children):
            return c
    return None


def _quoted_as(cue: Token) -> Token | None:
    """Return the one an active "X quoted / cited Y as saying …" names as the speaker, else None.

    The object of the quoting verb said it; its subject, the reporter, relays it ("Another news
    agency quoted the governor as saying five people had received treatment"; statements-rich9
    20_1ecb, ECB+ CC BY 3.0; issue 14 round 19). The passive "Y was quoted as saying" is
    ``_sources.source_of``'s. Whatever noun is quoted "as saying" speaks (the frame says so):
    "GovExec.com quotes a “Senate aide” as saying" is the aide's (wikinews-extra 1173). A personal
    pronoun object is the one quoted too, resolved like any pronoun source: "According to Laurence
    Mark, …, the actor has been selected `` because we want … '', People quoted him as saying" is
    Mark's, relayed by People, never People's own (statements-rich12 2_1ecb, ECB+ CC BY 3.0; issue 14
    round 25: the quotation went to the magazine).
    """
    if cue.lemma_.lower() in _PASS_ON and cue.pos_ == "VERB":
        # a quotation's cue is the quoting verb itself ("… '', People quoted him as saying"): the
        # same frame when "as saying" hangs on it
        verb = cue
        if not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)
                   for c in cue.children):
            return None
    else:
        prep = cue.head
        if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in _PASS_ON or prep.head.pos_ != "VERB":
            return None
        verb = prep.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ in {"NOUN", "PROPN"} or c.lower_ in _QUOTED_PRONOUNS)]
    return objs[0] if objs else None


_QUOTED_PRONOUNS = {"him", "her", "them"}  # personal object pronouns: someone named before is quoted


def _passed_on_by(cand: Candidate) -> tuple[Token, Token] | None:
    """Return the origin named by a "quoting X" / "citing X" participle on the cue or its content."""
    cue = cand.cue_token
    anchors = {cue.i, cue.head.i}
    for tok in cue.sent:
        if tok.lemma_.lower() not in _PASS_ON or tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "xcomp", "acl"}:
            continue
        if tok.head.i not in anchors and not (cand.content is not None and cand.content[0] <= tok.head.idx < cand.content[1]
                                               and tok.head.dep_ in {"ROOT", "ccomp"}):
            continue
        # a person or body, not a reason ("citing a precautionary measure", "citing major flaws")
        objs = [c for c in tok.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in _SPEAKER_TYPES
                                                                 or c.lemma_.lower() in speaker_nouns())]
        if not objs:
            continue
        obj = objs[0]
        names = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return tok, (names[0] if obj.pos_ == "NOUN" and names else obj)
    return None


def _credited_by(source: Token) -> tuple[Token, Token] | None:
    """Return the origin a relative clause on the source says the report credits, quotes or cites.

    "According to this L.A. Times story (which credits the team-owned flagship radio station), the
    Angels have made an offer …": the story carries what the station reported; the station speaks,
    the Times relays (statements-rich9 10_1ecb, ECB+ CC BY 3.0; issue 14 round 18). The relative
    clause must hang on the source noun itself, so a clause about something else never moves it.
    """
    for verb in source.children:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _CREDIT or verb.pos_ != "VERB":
            continue
        # what a report credits is its source whatever the noun ("the … radio station"), but
        # never a pronoun or a number
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        if objs:
            return verb, objs[0]
    return None


def _owner_named_in(src: Token) -> Token:
    """Return the organisation named inside a report noun ("this L.A. Times story" -> Times), else
    the noun: a bare "story" is no entity a relay can name."""
    names = [c for c in src.children if c.dep_ in {"compound", "poss"} and c.ent_type_ in _SPEAKER_TYPES]
    return names[-1] if names else src


def _author_of(src: Token) -> Token:
    """Return the maker of a document source ("research done by the Institute …" -> the Institute):
    the agent of a past participle on the source noun, else the source itself."""
    for acl in src.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            for agent in acl.children:
                objs = [o for o in agent.children if o.dep_ == "pobj"] if agent.dep_ == "agent" else []
                if objs:
                    return objs[0]
    return src


def _clause_without(head: Token, according: Token) -> tuple[int, int] | None:
    """Return the span of the clause headed by ``head`` (its "that" left out) without the
    "according to" phrase hung on it, when that phrase closes the clause."""
    skip = {t.i for t in according.subtree}
    toks = [t for t in head.subtree if t.i not in skip and not t.is_space and not (t.dep_ == "mark" and t.head.i == head.i)]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or any(t.i in skip for t in head.doc[toks[0].i:toks[-1].i + 1]):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _object_span(head: Token, according: Token) -> tuple[int, int] | None:
    """Return the span of the cue's material after it, without the "according to" phrase."""
    skip = {t.i for t in according.subtree}
    toks = [t for t in head.subtree if t.i > head.i and t.i not in skip and not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or any(t.i in skip for t in head.doc[toks[0].i:toks[-1].i + 1]):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


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
    if inner.rule == "according_to":
        # "X report that N rose according to research by Y": the phrase sits in X's reported
        # clause, so X carries Y's figure (wikinews 112579; issue 14 round 17)
        return _inside_report(outer, inner)
    if inner.entry is None or inner.entry.kind not in {"speech", "writing", "position"}:
        return False
    if outer.rule == "according_to":
        return not _inside_report(inner, outer)  # …unless the phrase is itself what the inner cue reports
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


def _inside_report(report: Candidate, according: Candidate) -> bool:
    """True when an "according to" phrase with a named source sits in the clause a speech or writing
    cue reports ("X report that N rose according to research by Y"): X carries Y's words.

    Only a named source (or a document whose maker is named): in "NPD said according to those
    figures, …" the speaker cites its own figures, and the phrase stays NPD's relay as before.
    """
    head = according.cue_token.head
    named = according.source is not None and _author_of(according.source).pos_ == "PROPN"
    return (named and report.entry is not None and report.entry.kind in {"speech", "writing"} and head.i != report.cue_token.i
            and _dominates(report.cue_token, head))


def _nested_beliefs(drafts: list[_Draft]) -> None:
    """Drop a report whose content opens with the speaker's own belief ("X said he believed …").

    The belief cue with a pronoun subject at the start of the report's content ("Dermot Mannion
    stated he believed …", "Authorities said they suspect …") is the attribution the annotation
    keeps; the outer report of one's own view would be a second statement of the same content.
    """
    # a belief already dropped (an infinitive inside the report: "said they expect to hold
    # services …") cannot stand in for the report, or neither is left (issue 14 round 28,
    # statements-rich14 13_2ecb and 18_14ecb)
    beliefs = {
        d.cand.source.idx: d for d in drafts
        if not d.drop and d.cand is not None and d.cand.entry is not None and d.cand.entry.kind == "belief"
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
