"""The attribution right after a quotation's closing mark, in quotative inversion ("…,” said Rose).

English puts the speech verb before its subject after a quotation ("“…,” said Rose", "“…?” asked
the old man", "“…,” added KCNA"): quotative inversion (Collins & Branigan 1997, "Quotative
inversion", NLLT 15). The subject after the verb is the speaker, however the parser attaches it.
The small English model often does not make it the verb's subject: "said Rose, still flushed"
becomes "Rose … flushed", a clause of its own under "said", and the verb is left with no source;
in a text that breaks the line after the closing mark (LitBank's "…?”⏎asked Holmes .") the verb
opens another paragraph and the cue search of the quotation's own paragraph does not see it. A
quotation with no cue of its own then went to turn-taking (``_turns``), which gives it to the
previous speaker: in a dialogue that is the other party.

This rule reads the inversion from the tokens: right after the closing mark (punctuation and one
line break at most between), a lower-case speech verb of lexicon/cues.tsv and then its subject, a
name, a pronoun or a noun phrase. The verb must not have a clause or object of its own before the
sentence ends ("…” said the report, which …" keeps its relative clause; "“…” said that …" is another
statement). Drawn from LitBank dev (52 quotations of this shape went to turn-taking, 23 of them to
the wrong speaker: "“ I wish they did n’t crop out , ” said Rose , still flushed .", The Prisoner of
Zenda; "”⏎asked Lord Henry", The Picture of Dorian Gray), statements-rich8 (GUM, Wikinews: "…",
added KCNA.) and wikinews dev flattened ("…respects.” said William Clay Ford Jr., executive
chairman of Ford Motor Co."; issue 14 round 50).

With the verb left out, a person's name and its apposition alone after a closing comma and mark
label the quotation (``named_after``): "“…,” Jesse Toprak, an analyst for Edmunds." (wikinews dev
124043 flattened), "`` … , '' Andrew Mwangura, head of the Seafarers Assistance Program in Mombasa,
Kenya" (ECB+ 12_18ecb).
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate, cue_entry
from hearsay.extract.statements._layout import _Text

_CLOSING = frozenset("\"”’'»")
_TRAILING = frozenset(",.!?;:—–-")
_GAP_TOKENS = 4  # closing mark, a comma or stop, a line break: "?”⏎asked", ", ” said", "'' said"
_PRONOUNS = frozenset({"he", "she", "i", "they", "we", "it"})
_NOUN_RUN = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON"})
_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# verbs whose first noun phrase after them is the addressee, not an inverted subject: "“…,” told
# reporters …" has lost its subject, and "reporters" did not speak
_ADDRESSEE_FIRST = frozenset({"tell"})


def inverted_attribution(end: int, tx: _Text) -> tuple[Candidate, Token] | None:
    """Return the cue and the subject head of the inverted attribution after a quotation ending at
    character ``end`` (its content's end, before the closing mark), else None."""
    doc = tx.doc
    i = _after_closing_mark(end, tx)
    if i is None:
        return None
    verb = doc[i]
    if tx.in_quote[verb.i] or not verb.text[:1].islower() or verb.pos_ not in {"VERB", "AUX"}:
        return None
    entry = cue_entry(verb)
    if entry is None or entry.kind != "speech" or "quote" not in entry.frames or entry.lemma in _ADDRESSEE_FIRST:
        return None
    found = _subject_after(verb)
    if found is None:
        return None
    subject, stop = found
    # the subject phrase ends the clause (a comma, a stop, a quotation resumed): "said Lucy, who had
    # been …", "said I, “this is …”"; else a clause or object of the verb's own after it is what the
    # verb reports ("“…” told reporters he was …"), and the quotation is not its; the parser's object
    # or clause that holds the subject ("asked Durbeyfield", "said Rose flushed") is no such content
    ends = stop >= len(doc) or doc[stop].is_punct or doc[stop].is_space
    for c in [] if ends else verb.children:
        if c.dep_ in _CONTENT_DEPS and c.i > verb.i and not tx.in_quote[c.i] and not c.left_edge.i <= subject.i <= c.right_edge.i:
            return None
    sent = verb.sent
    cand = Candidate(verb.idx, verb.idx + len(verb), verb, entry, subject, None, "clause", sentence=(sent.start_char, sent.end_char))
    return cand, subject


def named_after(end: int, tx: _Text) -> Token | None:
    """Return the person named right after the closing mark of a quotation that ends on a comma, when
    the name and its apposition are all that is left of the sentence: an attribution with the verb
    left out ("“…,” Jesse Toprak, an analyst for Edmunds."; "`` … , '' Andrew Mwangura, head of the
    Seafarers Assistance Program in Mombasa, Kenya"), else None.

    The comma before the closing mark is the punctuation of quoted speech whose attribution follows
    (``_quotations._cued_after``); a name with no finite verb after it in its sentence cannot begin a
    clause of its own, so it is the attribution (wikinews dev 124043 flattened, ECB+ 12_18ecb).
    """
    if not tx.text[:end].rstrip().endswith(","):
        return None
    doc = tx.doc
    i = _after_closing_mark(end, tx)
    if i is None or tx.in_quote[i] or doc[i].pos_ != "PROPN" or doc[i].ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is None or ent.start != i:
        return None
    name = doc[ent.end - 1]
    if ent.end < len(doc) and not (doc[ent.end].is_punct or doc[ent.end].is_space):
        return None  # "“…,” Smith said": the name opens a clause, which the cue search reads
    sent = name.sent
    rest = [t for t in doc[ent.end:sent.end] if not tx.in_quote[t.i] and "\n" not in t.text]
    if any(t.tag_ in _FINITE for t in rest):
        return None
    return name


def _after_closing_mark(end: int, tx: _Text) -> int | None:
    """Return the index of the first word after the closing mark of a quotation whose content ends at
    ``end`` (a comma or stop and one line break at most between), else None."""
    doc = tx.doc
    first = next((t for t in doc if t.idx >= end), None)
    if first is None:
        return None
    i, closed, breaks = first.i, False, 0
    while i < len(doc) and i - first.i < _GAP_TOKENS:
        t = doc[i]
        if t.is_space:
            breaks += t.text.count("\n")
        elif t.text in _CLOSING or t.text == "''":
            closed = True
        elif not all(ch in _TRAILING for ch in t.text):
            break
        i += 1
    if not closed or breaks > 1 or i >= len(doc) or i - first.i >= _GAP_TOKENS:
        return None
    return i


def _subject_after(verb: Token) -> tuple[Token, int] | None:
    """Return the head of the noun phrase right after ``verb`` and the index of the token after the
    phrase: a pronoun, the last word of a name ("Lord Henry", "William Clay Ford Jr."), or the noun
    a determiner or possessor opens ("the old man", "my brother 's wife"), with a reflexive after it
    ("Miss Pinkerton herself"); None when no noun phrase follows."""
    doc = verb.doc
    j = verb.i + 1
    if j >= len(doc):
        return None
    tok = doc[j]
    if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
        return tok, j + 1
    head = None
    while j < len(doc) and j - verb.i <= 8:
        t = doc[j]
        if t.tag_ == "POS":  # "my brother 's wife": the possessed noun heads the phrase
            head = None
        elif t.pos_ in {"PROPN", "NOUN"} or t.pos_ == "NUM" and head is None:  # "one of the colts"
            head = t
        elif head is not None and t.lower_.endswith("self") and t.tag_ == "PRP":
            pass  # "asked Miss Pinkerton herself"
        elif t.pos_ not in _NOUN_RUN or t.pos_ == "PRON" and t.tag_ != "PRP$":
            break
        j += 1
    return None if head is None else (head, j)


__all__ = ["inverted_attribution", "named_after"]
