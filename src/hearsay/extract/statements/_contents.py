"""Content spans of cue verbs (character offsets): the complement clause, the clause the cue
interrupts or closes, clauses the parser hung elsewhere, the to-infinitive, the "as" predicate, the
object and its "for" phrase, the prepositional object of a ``prep:`` frame."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._complements import fronted_adverbial, object_control
from hearsay.extract.statements._cues import cue_entry, CueEntry, regard_as
from hearsay.extract.statements._mandative import mandative_clause
from hearsay.extract.statements._object_phrases import object_phrase
from hearsay.extract.statements._small_clauses import small_clause
from hearsay.extract.statements._sources import agent_infinitive, agent_subject, _name_read_as_adverb


_MARKS = {"that", "if", "whether"}


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
    inside = _clause_inside_object(obj)
    if inside is not None:
        return inside
    nxt = _after_object(obj)
    if nxt >= sent.end or tok.doc[nxt].tag_ not in _FINITE:
        return None
    verb = tok.doc[nxt]
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head
    if _stray_clause_of_cue(tok, verb, nxt):
        hi = min(max(t.i for t in verb.subtree), sent.end - 1)
        return _span_of([tok.doc[i] for i in range(obj.left_edge.i, hi + 1)])
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


def _clause_inside_object(obj: Token) -> tuple[int, int] | None:
    """The zero-``that`` clause the parser folded into the cue's object, else None.

    "Kevin Conolly said [a law allowing the termination of a life marked(ccomp) a sad day]dobj"
    (statements-wn2019 dev2, wn2019-120): a subject with a participle modifier makes the parser hang
    the clause's finite verb under the participle, so the whole clause becomes the object of a cue
    that takes none. A finite verb with its own subject, complement of a participle inside the
    object, is that clause's verb: the object's span is the content. A relative clause ("said
    things that mattered") is no such verb: it hangs as ``relcl`` on a noun.
    """
    for verb in obj.subtree:
        if verb.i <= obj.i or verb.tag_ not in _FINITE or verb.dep_ != "ccomp":
            continue
        carrier = verb.head
        if carrier.tag_ not in {"VBG", "VBN"} or carrier.dep_ != "acl" or carrier.i < obj.i:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
            continue
        toks = [t for t in obj.subtree if not (t.is_punct and t.i == obj.right_edge.i)]
        after = obj.right_edge.i + 1
        if after < len(obj.doc) and obj.doc[after].is_quote and sum(t.is_quote for t in toks) % 2:
            toks.append(obj.doc[after])  # the quotation mark that closes a quoted fragment inside
        return _span_of(toks)
    return None


def _after_object(obj: Token) -> int:
    """Return the index of the token after object ``obj``, past one comma that closes an aside the
    object itself opened with a comma ("the practice of registering men …, or military
    conscription, is …"); a comma after an object with none inside is a clause boundary."""
    nxt = obj.right_edge.i + 1
    doc = obj.doc
    if nxt < len(doc) and doc[nxt].text == "," and any(t.text == "," for t in doc[obj.i:nxt]):
        return nxt + 1
    return nxt


def _stray_clause_of_cue(tok: Token, verb: Token, nxt: int) -> bool:
    """True when the finite verb after the cue's object is the clause the object is subject of,
    though the parser attached it to the cue itself.

    "U.S. District Judge Gray Miller ruled [the male-only draft]dobj violated(advcl) the Due
    Process Clause", "a federal judge in Texas ruled [the … practice of registering men …, or
    military conscription]dobj, is(conj) unconstitutional" (statements-rich18 wn2019-038, issue
    14 round 34): the verb comes straight after the object (or after the comma that closes an
    aside inside it), hangs on the cue as an adverbial clause, conjunct or complement, and has no
    subject of its own, so the object is its subject. A conjunct after "and" ("praised the team
    and said …") never comes straight after the object; a conjunct after a comma that the object
    did not open ("praised the team, said …") is left alone by ``_after_object``.
    """
    if verb.i != nxt or verb.head.i != tok.i or verb.dep_ not in {"advcl", "conj", "ccomp"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "mark"} for c in verb.children):
        return False
    return not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children)


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


_DEGREE_AFTER_SO = frozenset({"far", "much", "many", "long", "few", "little", "often"})


def _purpose_clause(tok: Token, comp: Token) -> bool:
    """True when complement ``comp`` of cue ``tok`` opens with a purpose or result "so (that)".

    "the state of emergency Trump declared last Friday so he could fund a wall" (statements-rich18
    wn2019-036) and "… “may affect usability”, he said, so users should add sites …"
    (statements-ecb 27_1ecbplus) come out with the "so" clause as the cue's complement; it says
    why or with what result, not what was said (issue 14 round 34). "so far …", "so many …" are
    degree phrases, and a "so" inside the quotation ("said, “So we told …”") is the speaker's.
    """
    first = comp.left_edge
    while first.is_punct and first.i < comp.i:
        first = first.doc[first.i + 1]
    if first.lower_ != "so" or first.head.i != comp.i or first.dep_ not in {"mark", "advmod"}:
        return False
    nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if nxt is None or nxt.lower_ in _DEGREE_AFTER_SO or nxt.pos_ in {"ADJ", "ADV"}:
        return False
    lo, hi = sorted((tok.i, first.i))
    return not any(t.is_quote for t in first.doc[lo:hi])


_QUESTION_WORDS = frozenset({"if", "whether"})


def _question_clause(comp: Token) -> bool:
    """True when clause ``comp`` opens with a question word ("how many times …", "whether …", "what …")."""
    first = comp.left_edge
    return first.tag_ in {"WRB", "WP", "WDT", "WP$"} or first.lower_ in _QUESTION_WORDS


def _after_evidence_object(tok: Token, entry: CueEntry, comp: Token) -> bool:
    """True when a finding verb widened for a body of evidence (``_evidence``) has an object before
    the bare clause ``comp``: the clause is the parser's stray attachment, the object the content."""
    if "evidence" not in entry.frames or "that" in entry.frames or any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children):
        return False
    return any(c.dep_ == "dobj" and tok.i < c.i < comp.left_edge.i for c in tok.children)


def _clause_content(tok: Token, entry: CueEntry) -> tuple[tuple[int, int] | None, str] | None:
    """Return the content of a cue of the ``clause`` or ``quote`` frame and its frame, else None.

    ``(None, "")`` when the cue has a complement clause that is not the finding its ``that`` frame
    asks for; None when no clause rule holds and ``content_of`` goes on to the other frames.
    """
    resumed = _after_dashed_aside(tok)
    if resumed is not None:
        return _span_of(resumed), "clause"
    cut = [c for c in tok.children if c.dep_ == "ccomp" and _semicolon_between(c, tok) is not None]
    comps = [c for c in tok.children if c.dep_ == "ccomp" and c not in cut and not _purpose_clause(tok, c)
             and not fronted_adverbial(tok, c) and not _after_evidence_object(tok, entry, c)]
    if cut and not comps and tok.dep_ == "parataxis" and tok.head.i > tok.i and "clause" in entry.frames:
        # "…; around 50 gallons of diesel fuel, officials said, spilled and ignited": with the
        # clause before the semicolon set aside, the cue interrupts the clause after it
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        lo = subj.left_edge.i if subj is not None else tok.i
        if tok.doc[lo - 1].text == "," and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
            toks = [t for t in _contiguous(tok.head) if t.i > tok.right_edge.i]
            if sum(1 for t in toks if not t.is_punct) >= 2:
                return _span_of(toks), "clause"
    if comps:
        # "Ere young Linwood left …, he promised her that he would …": a "that" clause after the cue
        # is its complement before a clause the parser hung on it from before (round 39)
        comp = next((c for c in comps if c.i > tok.i and _that_marked(c)), comps[0]) if comps[0].i < tok.i else comps[0]
        if "that" in entry.frames and not any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children):
            return None, ""  # "showed how many times …" is not a finding; "showed that …" is
        if "bare" in entry.frames and _question_clause(comp):
            return None, ""  # a body of evidence shows a bare clause, still no question (round 37)
        subject = _object_as_subject(tok, comp)
        if subject is not None:  # "determined [Zhukovskyy's driving history]dobj rendered(ccomp) him …" (round 44)
            toks = [t for t in _contiguous(comp, stop=tok) if t.i >= subject.left_edge.i]
            toks = sorted(set(toks) | set(subject.subtree), key=lambda t: t.i)
            return _span_of(_cut_at_semicolon(_trim_relative(toks, comp), comp)), "clause"
        return _span_of(_cut_at_semicolon(_trim_relative(_contiguous(comp, stop=tok), comp), comp)), "clause"
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
        opener = next((t for t in toks if not t.is_punct), None)
        if opener is not None and opener.lower_ == "so" and opener.dep_ == "mark":
            toks = []  # "…, he said, so users should add …": a result clause (``_purpose_clause``)
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
    if "clause" in entry.frames and ("np" not in entry.frames or entry.frames & {"evidence", "agent_np"}):
        # a finding verb widened to noun phrases for a body of evidence (_evidence) still reads "the
        # survey showed [60 %]dobj back it" as a clause first, and so does "demanded [X]dobj leave"
        span = _object_clause(tok)
        if span is not None:
            return span, "clause"
    return None


def _prep_content(tok: Token, entry: CueEntry) -> tuple[tuple[int, int] | None, str] | None:
    """Return the content of a cue of a ``prep:<word>`` frame ("warned of a crisis") and its frame, else None."""
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
                        and any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in {"NOUN", "PROPN"} for s in c.children)):
                    toks = [t for t in _contiguous(c, stop=tok) if not (t.head.i == c.i and t.dep_ == "mark")]
                    if sum(1 for t in toks if not t.is_punct) >= 3:
                        return _span_of(toks), "prep"
    return None


def content_of(tok: Token, entry: CueEntry) -> tuple[tuple[int, int] | None, str]:
    """Return the content span of cue verb ``tok`` and the frame that gave it."""
    if "agent" in entry.frames and not agent_subject(tok):
        # "The results encouraged investors to buy": only a person, organisation or country
        # encourages as a speech act (issue 14 round 31)
        return None, ""
    if entry.frames & {"small", "small_to"}:
        # "rules prorogation of parliament unlawful", "found the prorogation to be unlawful": the
        # object and its predicate, before the clause frames ("that" only, for find) see it (round 44)
        small = small_clause(tok, to_only="small" not in entry.frames)
        if small is not None:
            return small, "small"
    if "mandative" in entry.frames:
        # "ordered the accused remain in custody", "recommends users set up IE": a bare clause,
        # its subject often parsed as the cue's object, is a request (round 47)
        bare = mandative_clause(tok)
        if bare is not None:
            # a cue that takes any clause keeps the clause rules' span when it holds the clause's
            # subject ("recommended that one component … be replaced"); the frame types it a request
            bare_span, subject = bare
            clause = _clause_content(tok, entry) if "clause" in entry.frames else None
            kept = clause[0] if clause is not None else None
            return (kept if kept is not None and kept[0] <= subject < kept[1] else bare_span), "mandative"
    if "clause" in entry.frames or "quote" in entry.frames:
        clause = _clause_content(tok, entry)
        if clause is not None:
            return clause
    if "inf" in entry.frames or "inf_agent" in entry.frames and agent_infinitive(tok) is not None:
        # "plans to cut 13,000 jobs", "urged the government to raise wages", "wants X to head …":
        # the to-infinitive complement (without its "to"; with its own subject when it has one)
        for c in tok.children:
            if c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children):
                toks = [t for t in _trim_relative(_contiguous(c, stop=tok), c) if not (t.head.i == c.i and t.dep_ == "aux" and t.lower_ == "to")]
                if sum(1 for t in toks if not t.is_punct) >= 2:
                    return _span_of(toks), "inf"
        control = object_control(tok)  # "advised residents to …" parsed as a purpose clause (round 36)
        if control is not None:
            return control, "inf"
    gerund = _gerund_complement(tok, entry)
    if gerund is not None:
        return gerund, "gerund"
    if "as" in entry.frames:
        ends = regard_as(tok)
        if ends is not None and "fragment" in entry.frames and any(t.is_quote for t in tok.doc[ends[0].i:ends[1].i + 2]):
            ends = None  # "described the troops as “heroes”": the quoted fragment is the content (mixed_fragment)
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
    np_frame = "np" in entry.frames and ("agent_np" not in entry.frames or _agent_np(tok))
    if not objs and np_frame:
        span = _relative_object(tok)
        if span is not None:
            return span, "np"
    if objs and objs[0].pos_ != "PRON" and np_frame:
        obj = objs[0]
        toks = _trim_relative(_contiguous(obj), obj)
        # "announced plans Friday to shut down …": the infinitive belongs to the object
        inf = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.i > obj.i and any(a.lower_ == "to" for a in c.children)]
        if inf and obj.lemma_ in {"plan", "intention", "decision", "proposal"}:
            toks = toks + [t for t in _contiguous(inf[0]) if t.i > toks[-1].i]
        return _span_of(toks), "np"
    if "figure" in entry.frames and objs and objs[0].i > tok.i and _figure_object(objs[0]) and _done_report(tok):
        # "USGS reported 5.8", "the company reported a second quarter loss of $254 million" (round 44)
        return _span_of(_trim_relative(_contiguous(objs[0]), objs[0])), "np"
    phrase = object_phrase(tok, entry)
    if phrase is not None:  # "credited news media with keeping the story alive" (round 45)
        return phrase, "obj"
    if "eval" in entry.frames and objs:
        obj = objs[0]
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "over", "as"} and c.i > obj.i]
        last = preps[-1] if preps else obj
        toks = [tok.doc[i] for i in range(obj.left_edge.i if obj.pos_ != "PRON" else obj.i + 1, last.right_edge.i + 1)]
        if not preps:  # "criticized the House's decision, which Ross has referred to as …": as the np frame (round 36)
            toks = _trim_relative(toks, obj)
        return _span_of(toks), "eval"
    prep = _prep_content(tok, entry)
    return prep if prep is not None else (None, "")


_NOTICE_PREPS = frozenset({"against", "of", "about", "over"})
_ISSUING = frozenset({"issue", "sound"})


def issued_notice(noun: Token) -> tuple[int, int] | None:
    """Return the span of a warning a source issued that carries its content, else None.

    "The Air Force issued warnings against attempts to enter the restricted zone", "the National
    Weather Service has issued a flash flood warning covering an area from Gulfport …": a verb of
    issuing ("issue", "sound": a light verb that says nothing by itself) with a speech noun of the
    cue lexicon as its object ("warning"), the noun with a complement naming what it warns of (an
    "against/of/about/over" phrase or a participle). The warning phrase is the content and the
    verb's subject its source (``_noun_cue``). "issued a statement" (no complement of content) and
    "issued a warning that …" (the noun's own clause) are left to the other rules (issue 14 round
    44; the lead's leftover "issued warnings against …").
    """
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _ISSUING or noun.i < noun.head.i:
        return None
    entry = cue_entry(noun)
    if entry is None or entry.pos != "noun" or entry.kind != "speech":
        return None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _NOTICE_PREPS and any(g.dep_ in {"pobj", "pcomp"} for g in c.children):
            break
        if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and not any(m.dep_ == "mark" for m in c.children):
            break
    else:
        # "issued warnings [against attempts to enter …]": the parser hangs the phrase on the verb
        prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in _NOTICE_PREPS
                     and c.i == noun.right_edge.i + 1 and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)
        if prep is None:
            return None
        return _span_of([t for t in _contiguous(noun) if t.i <= noun.right_edge.i] + list(prep.subtree))
    return _span_of(_trim_relative(_contiguous(noun), noun))


def _done_report(tok: Token) -> bool:
    """True when verb ``tok`` tells a report made, not one owed or to come: a finite or perfect
    verb with no modal ("reported", "reports", "has reported"); "Mary must report all four
    dividend payments" (a tax form's instruction), "will report" and "to report" are no statement
    of a figure (lead, session 22, after round 44)."""
    if tok.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return False
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in tok.children)


def _figure_object(obj: Token) -> bool:
    """True when object ``obj`` of a reporting verb states a figure: a number in its phrase that is
    no date or time ("reported 5.8", "reported a 39% loss", "reported a second quarter loss of $254
    million"), so the object is a measured value the source gives, not an event it passed on
    ("reported the crash to police", "reported the 2019 results"; issue 14 round 44)."""
    if obj.pos_ == "PRON" or obj.ent_type_ in {"DATE", "TIME"}:
        return False
    return any((t.like_num or t.tag_ == "CD") and t.ent_type_ not in {"DATE", "TIME"} for t in obj.subtree)


def _object_as_subject(tok: Token, comp: Token) -> Token | None:
    """Return the cue's object that is the subject of its complement clause, else None.

    "The court determined [Zhukovskyy's driving history]dobj rendered(ccomp) him a danger …"
    (statements-wn2019 wn2019-067): the parser took the clause's subject for the cue's object and
    left the finite verb subjectless; an object ending right before a finite complement with no
    subject of its own is that subject (as ``_stray_clause_of_cue`` holds for adverbial attachments;
    issue 14 round 44).
    """
    if comp.i < tok.i or comp.tag_ not in _FINITE or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in comp.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < comp.i), None)
    if obj is None or obj.right_edge.i + 1 != comp.left_edge.i or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj


def _cut_at_semicolon(tokens: list[Token], comp: Token) -> list[Token]:
    """Cut a complement clause at a semicolon that opens a conjunct clause with a subject of its own.

    "Phivolcs reported the earthquake's magnitude was 5.5; United States Geological Survey (USGS)
    reported 5.8" (statements-wn2019 wn2019-072): the parser coordinates the second report with the
    first one's clause, so the first content ran over the second source and its figure; a
    semicolon closes an independent clause (as ``_semicolon_between`` holds for clauses before a
    cue), so what follows it is no part of the report (issue 14 round 44).
    """
    for c in comp.children:
        if c.dep_ != "conj" or c.i < comp.i or not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
            continue
        semi = next((t for t in tokens if t.text == ";" and comp.i < t.i < c.left_edge.i + 1), None)
        if semi is not None:
            return [t for t in tokens if t.i < semi.i]
    return tokens


def _that_marked(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _agent_np(tok: Token) -> bool:
    """True when cue ``tok`` of the ``agent_np`` frame may take a noun phrase as its content: its
    subject can speak and the cue is no subject clause of another verb.

    "People demand property confiscation …", "The Resolution demanded full access …": a request;
    "The crisis demanded his attention", "consumers were demanding fuel efficient vehicles",
    "Airlines demand performance improvements" (a need, a market) and the misparsed "[airlines
    demand performance improvements] are required" (a subject clause) are none, and neither is a
    demand inside another report ("Boeing say airlines demand …", wikinews 106653) (issue 14 round
    39, docs/annotation.md rule 9). A capitalised abstract noun the tagger reads as a name
    ("Imperialism demanded …", LitBank) still passes.
    """
    if tok.dep_ in {"csubj", "csubjpass"}:
        return False
    outer = cue_entry(tok.head) if tok.dep_ == "ccomp" else None
    if outer is not None and outer.kind in {"speech", "writing"}:
        # "Boeing say airlines demand performance improvements …": a demand inside a report is part
        # of what the reporter says, as a request in the to-infinitive frame is (``_relays``, round 9)
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return agent_subject(tok)  # a subject hung on an auxiliary
    if subj.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in subj.children) and not _person_noun(subj):
        # "Airlines demand performance improvements …": a bare plural of a kind states what a
        # market needs, not a request anyone made (round 14's guard, wikinews 106653)
        return False
    if agent_subject(tok):
        return True
    if subj.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl":
        # "the Federal Service for the Financial Markets, which demanded the suspension": the noun
        # the relative clause hangs on is the subject
        subj = tok.head
        return subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subj.pos_ == "PROPN" or _person_noun(subj)
    return _person_noun(subj)


def _person_noun(tok: Token) -> bool:
    """True for a common noun of people, accents folded ("Fiancée of murdered Saudi journalist",
    "People demand …"): person_nouns.txt, or "people" itself."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", tok.lemma_.lower()) if not unicodedata.combining(c))
    return tok.pos_ in {"NOUN", "PROPN"} and (bare == "people" or bare in lexicon.words("person_nouns.txt"))


def _gerund_complement(tok: Token, entry: CueEntry) -> tuple[int, int] | None:
    """Return the span of a gerund clause that is a speech cue's complement, else None.

    "GM reported losing US$4.8 billion …", "Ford announced investigating itself", "denied knowing
    the man": a subjectless gerund right after the cue (the parser's ``xcomp``) is what is
    reported, a clause in the shape of a noun phrase (issue 14 round 35; statements-rich19
    wn2019-051, wikinews 31965). Only a cue of saying, writing or position that takes a clause or
    a noun phrase, with no object of its own: "decided" or "suggested moving" (belief cues) and
    "stopped talking" (no cue) are left out.
    """
    if entry.kind not in {"speech", "writing", "position"} or not entry.frames & {"clause", "np"}:
        return None
    if any(c.dep_ in {"dobj", "dative", "ccomp"} for c in tok.children):
        return None
    for c in tok.children:
        if (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == tok.i + 1
                and not any(g.dep_ in {"nsubj", "aux", "auxpass", "mark"} for g in c.children)):
            toks = _trim_relative(_contiguous(c, stop=tok), c)
            if sum(1 for t in toks if not t.is_punct) >= 2:
                return _span_of(toks)
    return None


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


def _trailing_report(tok: Token) -> bool:
    """True for a cue conjunct that closes its sentence after a comma with no "and"/"but", with a
    subject of its own and no object or complement (", Access Hollywood has confirmed.")."""
    doc, lo = tok.doc, min(t.i for t in tok.subtree if not t.is_punct)
    if lo < 1 or doc[lo - 1].text != "," or any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "cc"} for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    return all(t.is_punct or t.is_space for t in doc[tok.i + 1:tok.sent.end])


_DASHES = frozenset({"—", "–", "--"})


def _after_dashed_aside(tok: Token) -> list[Token] | None:
    """Return the quotation that resumes cue ``tok``'s clause after an aside between dashes, else None.

    "Prosecutor Terry White told The Post a couple hours after a court hearing — where Lohan's
    lawyer Mark Heller said she was “ensconced …” of Morningside Recovery … — “I hear she's on
    her way to LAX …”": the words between the dashes are an aside, and the quotation right after
    the closing dash is what White told (statements-rich14 1_12ecbplus, blind miss; issue 14
    round 30). The parser makes the aside's own cue the complement of "told", which took the
    aside, and the quotation with it, as White's. The aside is a complement clause that opens
    right after a dash following the cue; the closing dash is the next one in the sentence, and a
    quotation mark must follow it at once.
    """
    doc = tok.doc
    for comp in tok.children:
        if comp.dep_ != "ccomp" or comp.i < tok.i:
            continue
        opening = doc[comp.left_edge.i - 1] if comp.left_edge.i > 0 else None
        if opening is None or opening.text not in _DASHES or opening.i <= tok.i:
            continue
        sent = tok.sent
        closing = next((t for t in doc[opening.i + 1:sent.end] if t.text in _DASHES), None)
        if closing is None or closing.i + 1 >= sent.end or not doc[closing.i + 1].is_quote:
            continue
        end = next((t.i for t in doc[closing.i + 2:sent.end] if t.is_quote), sent.end - 1)
        toks = list(doc[closing.i + 1:end + 1])  # the quotation, marks included, nothing after it
        if sum(1 for t in toks if not t.is_punct) >= 2:
            return toks
    return None


def _semicolon_between(comp: Token, tok: Token) -> Token | None:
    """Return the semicolon between a complement clause that ends before cue ``tok`` and the cue, else None.

    A semicolon closes an independent clause, and a report after it does not reach back over it:
    "One semi truck … broke through the center guardrail …; around 50 gallons of diesel fuel,
    officials said, spilled and ignited" and "It is presently unable to operate …; however, its
    website notes that …" (statements-rich15 wn2019-004, blind run; issue 14 round 30), where the
    parser hung the clause before the semicolon on the later cue as its ``ccomp``. A semicolon
    inside quotation marks is the speaker's own punctuation, so a quotation between the two
    leaves the clause alone.
    """
    doc = tok.doc
    if comp.i > tok.i or comp.right_edge.i >= tok.i:
        return None
    between = doc[comp.left_edge.i:tok.i]
    if any(t.is_quote for t in between):
        return None
    semis = [t for t in doc[comp.right_edge.i + 1:tok.i] if t.text == ";"]
    return semis[-1] if semis else None


def _parenthetical(tok: Token) -> bool:
    """True when cue ``tok`` sits between commas inside the clause it reports ("…, he said, …")."""
    doc = tok.doc
    words = [t.i for t in tok.subtree if not t.is_punct]
    lo, hi = min(words), max(words)
    before = doc[lo - 1].text if lo > 0 else ""
    after = doc[hi + 1].text if hi + 1 < len(doc) else ""
    return before in {",", "—", "–"} and after in {",", "—", "–"}
