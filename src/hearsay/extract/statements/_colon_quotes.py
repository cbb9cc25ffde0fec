"""A quotation after a colon whose verb is no cue: "Governor Edwards addressed the public: “…”".

Attribution by structure (issue 14 round 36, statements-wn2019 wn2019-071): a clause whose
subject is a person, an organisation or a personal pronoun, ending in a colon that opens a
quotation in the same paragraph, introduces that quotation whatever its verb ("addressed the
public:", "took to Twitter:", "issued a statement:"). Verbs in ``lexicon/not_attributive.txt``
are vetoed, as for the structural "that" clause of ``_cues``; a negated or passive verb never
introduces anything. A lead-in paragraph ending in a colon is ``_lead_ins._colon_lead_in``'s.
"""

from __future__ import annotations

from hearsay import lexicon
from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._cues import negated
from hearsay.extract.statements._layout import _Text
from hearsay.extract.statements._quote_marks import QuoteSpan
from hearsay.extract.statements._sources import _agent

_SUBJECT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def colon_verb_lead_in(q: QuoteSpan, tx: _Text) -> Candidate | None:
    """Return a candidate for quotation ``q`` from the verb of the clause that a colon right before
    it closes, in the same sentence and paragraph, when that verb's subject can speak; else None."""
    text = tx.text
    before = text[:q.open].rstrip()
    if not before.endswith(":") or "\n" in text[len(before):q.open]:
        return None
    colon = len(before) - 1
    if tx.para(colon) != tx.para(q.open):
        return None
    toks = tx.tokens(colon, colon + 1)
    if not toks or toks[0].text != ":":
        return None
    verb = toks[0].head
    if verb.pos_ != "VERB" or not verb.tag_.startswith("VB") or verb.i >= toks[0].i or tx.in_quote[verb.i]:
        return None
    if verb.lemma_.lower() in lexicon.words("not_attributive.txt") or negated(verb):
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not (_agent(subj) or subj.ent_type_ in _SUBJECT_TYPES):
        return None
    sent = verb.sent
    return Candidate(verb.idx, verb.idx + len(verb), verb, None, subj, None, "colon_verb",
                     sentence=(sent.start_char, sent.end_char))


__all__ = ["colon_verb_lead_in"]
