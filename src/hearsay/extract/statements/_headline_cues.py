"""A headline's cue verb the parser read as a noun: "Government Accountability Office requests rerun
of US Air Force tanker bid", "Greek court rules worship of ancient Greek deities is legal".

Headlines drop articles and auxiliaries, so a third-person verb in "-s" after a noun often comes out
as a plural noun (the subject of the next word) and its subject as a compound. docs/annotation.md
rule 9 (issue 14 round 39): a headline with a source, a listed cue and reported content is a
statement like any sentence, also when the body repeats it. So in the first line of an article
(no sentence mark at its end, at most 20 words), a word in "-s" whose verb lemma is a cue of the
clause or noun-phrase frames, read as a subject or compound, between a noun (the source) and the
words it reports, is that cue when the parse itself shows a verb: the word has an object or clause
of its own, or the line has no finite verb at all. "Police reports show a rise in crime" (a noun
"reports", no object, another verb in the line) is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate, valid_source
from hearsay.extract.statements._cues import CueEntry, load_cues
from hearsay.extract.statements._layout import _Text

_MAX_WORDS = 20
_SENTENCE_MARKS = frozenset(".?!\"”’'")
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_CONTENT_OPENERS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM"})


def headline_cues(tx: _Text, found: list[Candidate]) -> list[Candidate]:
    """Return the candidate of a cue verb the parser misread as a noun in the article's headline
    (the first line), or an empty list."""
    text = tx.text
    end = tx.para_starts[1] - 1 if len(tx.para_starts) > 1 else len(text)
    line = text[:end].rstrip()
    if not line or line[-1] in _SENTENCE_MARKS:
        return []
    toks = [t for t in tx.tokens(0, len(line)) if not t.is_space]
    if not 3 <= len(toks) <= _MAX_WORDS or any(c.cue_start < len(line) for c in found):
        return []
    no_verb = not any(t.tag_ in _FINITE for t in toks)
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        entry = _misread_cue(tok)
        if entry is None or tx.in_quote[tok.i]:
            continue
        src, first = toks[k - 1], toks[k + 1]
        if src.pos_ not in {"NOUN", "PROPN"} or first.pos_ not in _CONTENT_OPENERS or not valid_source(src):
            continue
        if not (no_verb or any(c.dep_ in {"dobj", "ccomp"} for c in tok.children)):
            continue
        last = toks[-1] if not toks[-1].is_punct else toks[-2]
        rule = "clause" if any(t.tag_ in _FINITE for t in toks[k + 1:]) and "clause" in entry.frames else "np"
        if rule == "np" and "np" not in entry.frames:
            continue
        return [Candidate(tok.idx, tok.idx + len(tok), tok, entry, src, (first.idx, last.idx + len(last)), rule,
                          sentence=(toks[0].idx, last.idx + len(last)))]
    return []


def _misread_cue(tok: Token) -> CueEntry | None:
    """Return the verb entry of a word in "-s" parsed as a subject or compound noun, else None."""
    if tok.tag_ not in {"NNS", "VBZ"} or tok.dep_ not in {"nsubj", "compound"} or not tok.lower_.endswith("s"):
        return None
    entry = load_cues().get((tok.lemma_.lower(), "verb"))
    if entry is None or not entry.frames & {"clause", "np"}:
        return None
    return entry


__all__ = ["headline_cues"]
