"""Block quotations: paragraphs of web news set off as someone's words with no quotation marks.

Web news (blogs, citizen media, scraped pages) sets a quotation as a block quotation, which
arrives in plain text as paragraphs of its own (issue 14 round 41, statements-gv2012):

- after a lead-in paragraph ending in a colon whose cue or verb has a speaking subject ("Yesmeen
  Ali tweets:", "The Panamanian newspaper, El Panamá América writes:", "Sthaisy Smith considers
  it madness to … labour:"), the next paragraphs, an original and its translation or a post in
  several paragraphs, are the subject's words;
- under a label line with nothing after the colon ("Evgeny:"), the paragraphs that follow are
  the labelled person's;
- a line opening with a label, a handle ("@hamza101: Gilani is …") or a name or acronym the text
  defines ("Global Voices (GV): …", "LL: …"), is a turn of that speaker, and in an interview the
  unlabelled paragraphs after a turn continue it.

A run stops at a paragraph that is itself a lead-in or label, opens with a quotation mark, reads
as a crosshead, or holds an attribution of its own whose source is not the first person: the
writer's narration has resumed. Attributions nested inside a block are dropped (annotation rule
5): "I believe …" inside an interview answer is the interviewee's answer, not the writer's
belief. ``_lead_ins._unquoted_lead_ins`` keeps the first paragraph of a plain news lead-in; this
module carries its run on and adds the lead-ins and labels that rule leaves alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._cues import negated
from hearsay.extract.statements._drafts import _Draft
from hearsay.extract.statements._flat_blocks import NAME_ACRONYM
from hearsay.extract.statements._layout import _OffsetIndex, _Text
from hearsay.extract.statements._sources import _agent, name_before_marks
from hearsay.extract.statements.speakers import Resolved, SpeakerResolver
from hearsay.model import Mention

# "@hamza101:" — a social-media handle as a turn's label
_HANDLE = re.compile(r"@\w{2,30}")
# a label line with nothing after its colon: one to four capitalised words, maybe in bold
_LABEL_LINE = re.compile(r"\**([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\**\s*:\**")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a sentence end inside a paragraph: the mark, closing quotes or brackets, space, a capital next
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z])")
# a list item: "1. Okayed Ayub's martial law", "- …", "• …"
# a bracketed acronym opening a line is a transcript's label ("((WN)) What got you into …?")
_BRACKET_LABEL = re.compile(r"[(\[]+[A-Z]{2,6}[)\]]+")
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-•*])\s")
# characters a block paragraph may open with besides a capital: hashtags, handles, Spanish
# opening marks, an editor's bracket ("[Tolstoy wrote about] …", "(...) racial mixing …")
_OPENERS = "#@¿¡[("
_CROSSHEAD_WORDS = 8
_SPEECH_KINDS = frozenset({"speech", "writing", "belief"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_SUBJECT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(slots=True)
class _Para:
    """A non-blank paragraph: its span (trailing space cut) and text."""

    lo: int
    hi: int
    text: str


@dataclass(slots=True)
class _Speaker:
    """Whose block is running: the source token, the cue that introduced it (None after a label)
    and whether it came from an interview label (whose answers run on over cued paragraphs)."""

    source: Token
    cand: Candidate | None
    interview: bool = False
    used: bool = False  # the introducing cue has been given to a paragraph
    originals: int = 0  # paragraphs of the block in another language than the page's
    translations: int = 0  # paragraphs in the page's language after those


def block_quotations(tx: _Text, cands: _OffsetIndex[Candidate], drafts: list[_Draft]) -> list[_Draft]:
    """Return the direct statements of the block quotations of ``tx`` (see the module docstring).

    Drafts lying inside a block paragraph are nested in it and marked ``drop``; a draft of
    ``_lead_ins`` that already covers a block paragraph is kept and the run carries on after it.

    Args:
        tx: the document's text look-ups.
        cands: the attribution candidates by cue offset.
        drafts: the drafts found so far (marked in place).

    Returns:
        New drafts, rule ``block_quotation`` (after a lead-in or label line) or ``speaker_label``.
    """
    paras = _paragraphs(tx)
    acronyms = _defined_acronyms(tx)
    lines = [m.group(1) for m in (_LABEL_LINE.fullmatch(p.text) for p in paras) if m is not None]
    repeated = {x for x in lines if lines.count(x) > 1}
    out: list[_Draft] = []
    who: _Speaker | None = None
    for p in paras:
        label = _turn_label(p, tx, acronyms)
        if label is not None:
            name, body = label
            if who is not None and not who.interview and who.cand is not None and not who.used and name.text.startswith("@"):
                # "Yesmeen Ali tweets:" / "@yasmeen_9: You know the law …": the lead-in's tweet
                out.append(_block(tx, body, p.hi, who.cand, who.source, drafts))
                who = None
                continue
            out.append(_block(tx, body, p.hi, None, name, drafts, rule="speaker_label"))
            who = _Speaker(name, None, interview=not name.text.startswith("@"), used=True)
            continue
        line = _label_line(p, tx, repeated)
        if line is not None:
            who = _Speaker(line, None)
            continue
        if p.text.endswith(":"):
            who = _lead_in(p, tx, cands)
            continue
        if who is None or _stops(p, tx, cands, who):
            who = None
            continue
        if (not who.interview and not who.originals and who.used and who.cand is not None and _colon_follows(who.cand.cue_token, tx)
                and _first_person_drafts(p, drafts)):
            continue  # "I welcome …" after "X said:": ``_lead_ins`` gives its own cue to X, row by row
        foreign = _foreign(p, tx)
        if foreign:
            who.originals += 1
        elif who.originals:
            who.translations += 1
        cand = None if who.used else who.cand
        who.used = True
        covered = next((d for d in drafts if d.rule == "lead_in_paragraph" and d.start <= p.lo and p.hi <= d.end), None)
        if covered is not None:
            # ``_lead_ins`` has this paragraph already: one speaker for the whole run
            covered.cand, covered.source = cand or covered.cand, who.source
        else:
            out.append(_block(tx, p.lo, p.hi, cand, who.source, drafts))
        if who.originals and who.translations >= who.originals:
            who = None  # an original and its translation, paragraph for paragraph: the block is whole
        elif who.cand is not None and who.cand.rule == "according_to" and not who.originals:
            # "According to reports in an Atlanta newspaper:" sets one paragraph of account, and
            # the narration resumes (statements-rich6 gold); only a quoted original and its
            # translation run on (round 42)
            who = None
    return out


def _block(tx: _Text, lo: int, hi: int, cand: Candidate | None, source: Token, drafts: list[_Draft],
           rule: str = "block_quotation") -> _Draft:
    """Return the direct draft of block paragraph ``lo..hi``, dropping the drafts nested in it."""
    for d in drafts:
        if lo <= d.start and d.end <= hi and d.rule != "lead_in_paragraph":
            d.drop = True  # an attribution inside someone's block quotation (annotation rule 5)
    return _Draft(lo, hi, "direct", rule, cand, source)


def _paragraphs(tx: _Text) -> list[_Para]:
    text = tx.text
    starts = tx.para_starts
    out = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        body = text[s:e].rstrip()
        lead = len(body) - len(body.lstrip())
        if body.strip():
            out.append(_Para(s + lead, s + len(body), body.strip()))
    return out


def _non_speech(label: str) -> bool:
    """True for a label that names no speaker ("Update", "Photo", "Read more")."""
    low = label.strip("* ").lower()
    return low in lexicon.words("non_speech_labels.txt") or low in lexicon.words("headline_kickers.txt")


def _defined_acronyms(tx: _Text) -> dict[str, int]:
    """Return each acronym the text defines after a name ("Global Voices (GV)") with the offset
    of the name's last word, which stands for the acronym as a speaker."""
    out: dict[str, int] = {}
    for m in NAME_ACRONYM.finditer(tx.text):
        out.setdefault(m.group(2), m.start(1) + m.group(1).rfind(" ") + 1)
    return out


def _token_at(tx: _Text, offset: int) -> Token | None:
    toks = tx.tokens(offset, offset + 1)
    return toks[0] if toks else None


def _turn_label(p: _Para, tx: _Text, acronyms: dict[str, int]) -> tuple[Token, int] | None:
    """Return the speaker token and the body start of a paragraph opening with a turn label: a
    handle ("@hamza101: …"), a name defining its acronym ("Lasana Liburd (LL): …") or an acronym
    the text defines ("GV: …"), followed by text; else None."""
    colon = p.text.find(":")
    if colon <= 0 or colon > 60:
        return None
    label, rest = p.text[:colon].strip(), p.text[colon + 1:].strip()
    if not rest or any(ch in label for ch in "\"“”") or _non_speech(label):
        return None
    body = p.lo + colon + 1 + (len(p.text[colon + 1:]) - len(p.text[colon + 1:].lstrip()))
    if _HANDLE.fullmatch(label):
        tok = _token_at(tx, p.lo)
        return (tok, body) if tok is not None and not tx.in_quote[tok.i] else None
    m = NAME_ACRONYM.fullmatch(label)
    if m is not None:
        tok = _token_at(tx, p.lo + m.group(1).rfind(" ") + 1)
        return (tok, body) if tok is not None else None
    if _ACRONYM.fullmatch(label) and label in acronyms and acronyms[label] < p.lo:
        tok = _token_at(tx, acronyms[label])
        return (tok, body) if tok is not None else None
    return None


def _label_line(p: _Para, tx: _Text, repeated: set[str]) -> Token | None:
    """Return the name of a label line that is only a name and a colon ("Evgeny:", "**Lovely
    Girl**:"), the last word a proper noun or a person's name, or any capitalised label the page
    repeats on lines of its own (a conversation: "Evgeny:" … "Sergei:" … "Evgeny:"); else None."""
    m = _LABEL_LINE.fullmatch(p.text)
    if m is None or _non_speech(m.group(1)):
        return None
    toks = [t for t in tx.tokens(p.lo + m.start(1), p.lo + m.end(1)) if t.is_alpha]
    if not toks or tx.in_quote[toks[-1].i]:
        return None
    last = toks[-1]
    if any(t.pos_ in {"DET", "PRON"} for t in toks):
        return None  # "My Question No. 1:", "The Results:": a heading, not a name
    if last.pos_ != "PROPN" and last.ent_type_ not in {"PERSON", "ORG"} and m.group(1) not in repeated:
        return None
    return last


def _lead_in(p: _Para, tx: _Text, cands: _OffsetIndex[Candidate]) -> _Speaker | None:
    """Return the speaker a lead-in paragraph ending in a colon introduces, else None.

    The last sentence before the colon holds an attribution cue of speech, writing or belief
    outside quotation marks with a source ("Kaos en la red indicates that …:", "Sthaisy Smith
    considers it madness …:"; its own content does not stop it), or else the colon closes a
    clause whose verb has a subject that can speak ("Ulrich Richter showed his support for this
    demand:"), the verb neither passive, negated nor one of ``not_attributive.txt``.
    """
    colon = p.hi - 1
    tok = _token_at(tx, colon)
    if tok is None or tx.in_quote[tok.i]:
        return None
    # the last sentence, found on the text: the parser often cuts one at a bracketed language tag
    # ("… explained La opinión Panamá [es]:" made "[es]:" a sentence of its own)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(p.text, 0, len(p.text) - 1)]
    lo = p.lo + (ends[-1] if ends else 0)
    best = None
    for c in cands.between(lo, colon):
        if c.source is None or tx.in_quote[c.cue_token.i] or tx.in_quote[c.source.i]:
            continue
        if c.rule == "according_to":
            # "… according to the article by the Inter Press Service (IPS) agency:" — the source
            # phrase closes the lead-in, the account follows (round 42); else a mid-sentence aside
            if tx.text[c.source.right_edge.idx + len(c.source.right_edge):colon].strip():
                continue
            best = c
            continue
        if c.entry is not None and c.entry.kind not in _SPEECH_KINDS:
            continue
        if c.source.lower_ in _FIRST_PERSON or not _speaking(c.source):
            continue  # "took advantage of the opportunity to refer to …:": no one speaks through "opportunity"
        if best is None or _says(c) or not _says(best):
            best = c  # the last cue, one of speech or writing first ("decided …, explained X:")
    if best is not None and best.source is not None:
        return _Speaker(_posted_author(best.cue_token) or best.source, best)
    first = next((t for t in tx.tokens(lo, colon) if t.is_alpha), None)
    if first is None:
        return None
    marked = _marked_name(tok)
    if marked is not None:
        return _Speaker(marked, None)
    sent = first.sent
    if sent.root.pos_ != "VERB" and tok.sent.start > first.i:
        sent = tok.sent  # "Sthaisy Smith (@Staisy09) [es] considers …:" cut into two at the marks
    verb = sent.root
    if verb.pos_ != "VERB" or tx.in_quote[verb.i] or negated(verb) or verb.lemma_.lower() in lexicon.words("not_attributive.txt"):
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subj = name_before_marks(verb, subjects) or next(iter(subjects), None)
    if subj is None or subj.lower_ in _FIRST_PERSON or not _speaking(subj):
        return None
    cue = Candidate(verb.idx, verb.idx + len(verb), verb, None, subj, None, "colon_verb", sentence=(sent.start_char, sent.end_char))
    return _Speaker(subj, cue)


# what a page posts or publishes from someone else: "posted a comment from Soledad Jarquin:"
_POSTED_DOCUMENTS = frozenset({"comment", "post", "tweet", "message", "note", "entry", "letter", "statement", "poem", "essay"})


def _posted_author(cue: Token) -> Token | None:
    """Return the author of the text a lead-in's verb passes on, else None.

    "Desde Abajo, meanwhile, posted a comment from Soledad Jarquin, …:" — the blog posts the
    comment, its author says what follows (statements-gv2012, issue 14 round 42): the verb's object
    is a written piece (a comment, a post, a letter) with a "from"/"by" author who can speak.
    """
    for obj in cue.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _POSTED_DOCUMENTS:
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                author = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if author is not None and (author.ent_type_ in {"PERSON", "ORG"} or author.pos_ == "PROPN") and _speaking(author):
                    return author
    return None


def _marked_name(colon: Token) -> Token | None:
    """Return the name that ends a lead-in right before its colon with its web marks, else None.

    Web news introduces an embedded post with its author's name, handle and the language of the
    linked page, with or without a verb ("… coinciding with that of Tito Herrera (@TitoHerrera)
    [es]:", "From Twitter, @hamza101:"; statements-gv2012, issue 14 round 42): a handle, or a
    proper noun followed by bracketed marks (a handle, a language code), closes the lead-in.
    """
    doc = colon.doc
    i = colon.i - 1
    if i < 0:
        return None
    if _HANDLE.fullmatch(doc[i].text):
        return doc[i]
    # the marks as the parse leaves them: ")" / "]" closing the clause before the colon
    name = name_before_marks(colon, []) if doc[i].text in {")", "]"} else None
    return name if name is not None and name.i < colon.i and _speaking(name) else None


# English function words (spaCy's stop list): a paragraph of at least this many words with fewer
# than this share of them is in another language — an original quoted before its translation
_FOREIGN_MIN_WORDS = 6
_FOREIGN_STOP_SHARE = 0.15


def _foreign(p: _Para, tx: _Text) -> bool:
    """True when paragraph ``p`` is not in English: few of its words are English stop words
    ("Un comunicado de la Presidencia, señala que …", a Russian tweet)."""
    words = [t for t in tx.tokens(p.lo, p.hi) if t.is_alpha]
    if len(words) < _FOREIGN_MIN_WORDS:
        return False
    return sum(t.is_stop for t in words) / len(words) < _FOREIGN_STOP_SHARE


def _speaking(src: Token) -> bool:
    """True when source head ``src`` can speak: a person, an organisation, a role noun, a
    personal pronoun or a capitalised name the tagger missed ("La opinión Panamá")."""
    return _agent(src) or src.ent_type_ in _SUBJECT_TYPES or src.pos_ == "PROPN" or src.left_edge.text[:1].isupper() and src.left_edge.i > src.sent.start


def _colon_follows(cue: Token, tx: _Text) -> bool:
    """True when a colon closes the phrase of lead-in cue ``cue`` ("Philip Hammond said:"), the
    lead-ins ``_lead_ins`` resolves a first person after; "… calls it "…" as he examines the
    claims of …:" leaves its paragraphs to the block (round 42)."""
    for nxt in cue.doc[cue.i + 1:min(cue.i + 7, len(cue.doc))]:
        if nxt.text == ":":
            return True
        if nxt.is_punct or nxt.pos_ in {"VERB", "AUX"} or tx.in_quote[nxt.i]:
            return False
    return False


def _first_person_drafts(p: _Para, drafts: list[_Draft]) -> bool:
    """True when a draft of paragraph ``p`` has a first-person source ("I very much welcome …")."""
    return any(p.lo <= d.start and d.end <= p.hi and d.source is not None and d.source.lower_ in {"i", "we"} for d in drafts)


# a credit line under a post: "The image used in this post is courtesy Lasana Liburd.", "The thumbnail
# image used in this post, "Voting", is by KCIvey, used under … license." — the page's furniture
# after the last quotation, not its words (statements-gv2012, issue 14 round 42)
_CREDIT = re.compile(
    r"(?:(?:the|this|our|featured|cover|main|top)\s+)?(?:\w+\s+)?(?:image|photo|photograph|picture|thumbnail|illustration|cartoon|video|map|graphic)s?\b"
    r"(?:\s+(?:by|courtesy)\b|[^.]{0,160}?\b(?:courtesy|(?:is|are|was|were) by|licen[cs]ed?|credit(?:ed)? to)\b)", re.IGNORECASE)


_POINTER_VERBS = frozenset({"find", "read", "see", "view", "download", "access", "watch"})


def _pointer(p: _Para, tx: _Text) -> bool:
    """True when paragraph ``p`` points the reader to a page ("The full report can be found on the
    Human Rights Council web page."): a modal passive of finding or reading, the writer's own line
    after a quotation, not the quotation (statements-rich6 gold keeps it neutral)."""
    for tok in tx.tokens(p.lo, p.hi):
        if tok.lemma_.lower() in _POINTER_VERBS and tok.tag_ == "VBN":
            kids = {c.dep_: c.lower_ for c in tok.children}
            if "auxpass" in kids and kids.get("aux") in {"can", "may", "could"}:
                return True
    return False


def _says(c: Candidate) -> bool:
    return c.entry is not None and c.entry.kind in {"speech", "writing"}


def _stops(p: _Para, tx: _Text, cands: _OffsetIndex[Candidate], who: _Speaker) -> bool:
    """True when paragraph ``p`` ends the running block: it opens with a quotation mark or with
    anything but a capital, a digit, a hashtag or a handle, reads as a crosshead (a few words with
    no sentence mark), or (outside an interview) holds an attribution with a source of its own
    outside quotation marks that is not the first person."""
    if p.lo in tx.flat_stops:
        return True  # flattened text: the writer's narration resumes after the block (``_flat_blocks``)
    first = p.text[0]
    # a script with no capitals (Arabic, Hebrew, Chinese) opens a paragraph with any letter
    if p.lo in tx.quote_opens or _BRACKET_LABEL.match(p.text) or not (first.isupper() or first.isdigit() or first in _OPENERS or first.isalpha() and first.lower() == first.upper()):
        return True
    if (len(p.text.split()) <= _CROSSHEAD_WORDS and p.text[-1] not in ".!?…)" and not _LIST_ITEM.match(p.text)
            and not _foreign(p, tx)):  # a line of verse in the quoted original is no crosshead
        return True
    if _pointer(p, tx) or _CREDIT.match(p.text):
        return True
    if who.interview or who.originals > who.translations:
        return False  # an answer runs on to the next label; a translation follows its original
    if _foreign(p, tx):
        # the writer narrates in the page's language: a cue the English parser finds in another
        # language ("… la manera en que se decide …") is no attribution of the writer's (round 42)
        return False
    for c in cands.between(p.lo, p.hi):
        src = c.source
        if src is None or tx.in_quote[c.cue_token.i] or tx.in_quote[src.i] or src.lower_ in _FIRST_PERSON:
            continue
        if c.entry is not None and c.entry.kind not in _SPEECH_KINDS and c.rule != "according_to":
            continue
        if c.cue_token.sent.text.rstrip().endswith("?"):
            continue  # "Did Mr. Ingraham … feel they could not trust …?": a question, no report (round 42)
        before = tx.text[p.lo:c.cue_start]
        if before.count("[") > before.count("]"):
            continue  # "[Tolstoy wrote about] the influence of war …": the translator's words in brackets
        if c.rule != "according_to" and not _speaking(src) and (c.content is None or not any(d.dep_ == "det" for d in src.children)):
            # "the clashes continued …", "reports suggest a ~20% fraud rate": no one speaks, or no one
            # in particular, and the quoted account goes on; "The organisers said that …" ends it (round 42)
            continue
        return True
    return False


def handle_speaker(source: Token, resolver: SpeakerResolver) -> Resolved | None:
    """Return the speaker of a turn labelled with a handle ("@hamza101: …"): the entity of the
    handle itself, a person (the tagger reads a handle as anything from a proper noun to a
    symbol, and the resolver names no phrase from it); None for any other source."""
    m = _HANDLE.match(source.text)  # "@weddady:#Mauritania" can arrive as one token
    if m is None:
        return None
    handle = m.group(0)
    lo, hi = source.idx, source.idx + len(handle)
    eid = resolver.entities.add("name:" + handle.lower(), handle, "PERSON", Mention(lo, hi, handle))
    return Resolved(eid, handle, lo, hi, "name")


__all__ = ["block_quotations", "handle_speaker"]
