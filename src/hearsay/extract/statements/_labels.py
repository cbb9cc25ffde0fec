"""Speaker labels with no cue verb: a transcript's "Name: “…”" and a headline's "Speaker: clause"."""

from __future__ import annotations

from spacy.tokens import Token

from hearsay import lexicon
from hearsay.extract.statements._drafts import _Draft, _inside_any
from hearsay.extract.statements._layout import _Text
from hearsay.extract.statements._quote_marks import QuoteSpan
from hearsay.extract.statements.speakers import speaker_nouns


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
    subj = _clause_subject(name)
    return subj if subj is not None and subj.i >= before[0].i and not tx.in_quote[subj.i] else name


def _clause_subject(name: Token) -> Token | None:
    """Return the subject of the clause whose prepositional object ``name`` is, else None.

    "Donald Trump quickly took a parting shot on Twitter: “…”": a name before the colon that is
    the object of a preposition in a clause (on its verb or on the verb's object) is no transcript
    label but where or to whom the clause's subject spoke; the quotation is that subject's
    (statements-wn2019 part 2 dev, wn2019-113; issue 14 round 40). A subject after its verb, a
    verb after the name, and (by the caller) a subject before the label's paragraph or inside a
    quotation are left alone: a transcript's labels follow one another line by line.
    """
    if name.dep_ != "pobj" or name.head.dep_ != "prep":
        return None
    verb = name.head.head  # up through the nouns of the verb's object ("took a parting shot on …")
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > name.i or verb.i < name.sent.start:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subj is None or subj.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    return subj


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
