"""Antecedents of one document: the mentions of speaker entities ranked by salience (Lappin &
Leass 1994), the speakers found so far, and the nearest earlier one a pronoun or description
agrees with."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.statements._attribution import cue_entry
from hearsay.extract.statements._speaker_lexicon import _SPEAKER_TYPES, given_names
from hearsay.nlp.text import doc_text


_WINDOW = 2500  # characters an antecedent may lie back


# A Lappin & Leass (1994) salience order among the candidate antecedents: a subject of the
# sentence's main clause (or an earlier speaker) before a subject inside a subordinate or relative
# clause of the same sentence, both before any other role (which costs _NOT_SUBJECT characters of
# distance). An embedded subject counts as standing at its sentence's start, so that within one
# sentence the main subject wins ("Ann Lee was elected after Mary Smith resigned. She said" → Ann
# Lee; issue 14, round 5: "a pronoun resolved to the nearest name instead of the previous subject")
# while a later sentence's embedded subject still beats an earlier sentence's main one. Within the
# pronoun's own sentence every candidate counts where it stands. Likewise, among the other roles
# of an earlier sentence a direct or indirect object comes before a name inside another phrase
# ("Detectives questioned Ann Lee about Mary Smith's death. She said" → Ann Lee).
_NOT_SUBJECT = 600


def _salience(tok: Token) -> tuple[int, int]:
    """Return ``(position, penalty)`` of the phrase headed by ``tok`` as an antecedent: where it
    counts as standing (character offset) and what its role costs."""
    if tok.dep_ in {"dobj", "dative"}:  # an object before any other role of its sentence
        return tok.sent.start_char - 1, _NOT_SUBJECT
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.i < tok.i:
        # "The pastor, Larry Kroon, declined to say …": the name apposed to the subject is the
        # subject (statements-rich5 13_1ecb, issue 14 round 13)
        return _salience(tok.head)
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return tok.sent.start_char - 2, _NOT_SUBJECT
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "Ann Lee arrived and was greeted"
        head = head.head
    if head.dep_ == "ROOT":
        return tok.idx, 0
    return tok.sent.start_char - 1, 0


_LOCATIVE_PREPS = {"in", "at", "across", "throughout", "inside", "within", "near"}


def _locative(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the object of a locative preposition that
    modifies a noun ("officials in Britain", "a plant in Germany"): it says where, and is no
    antecedent of "it" or "the company" (issue 14, round 5: "it" linked to a country)."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS
            and prep.head.pos_ in {"NOUN", "PROPN"})


def _addressee(tok: Token) -> bool:
    """True when the phrase headed by ``tok`` is the one a speech cue addresses ("he told The
    Associated Press", "said in a statement to Reuters"): an outlet or listener, never the
    organisation "the company" or "it" takes up later (statements-rich7 22_2ecbplus, issue 14
    round 15: "the company said in a statement" went to the news agency told just before)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head
    elif tok.dep_ not in {"dobj", "dative"}:
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() not in {"tell", "say", "speak", "write"}:
        return False
    entry = cue_entry(head)
    return entry is not None and entry.kind == "speech"


class _Antecedents:
    """Earlier speaker mentions of one document, by offset, and the antecedent search over them."""

    def __init__(self, doc: Doc, entities: EntityIndex, in_quote: list[bool]) -> None:
        self.doc = doc
        self.entities = entities
        self.in_quote = in_quote
        self.history: list[tuple[int, str, str, int, int]] = []  # (offset, entity id, type, position, role penalty)
        self._genders: dict[str, str | None] = {}
        self._plural: dict[str, bool] = {}
        for eid in entities.ids():
            draft = entities.entity(eid)
            if draft.type not in _SPEAKER_TYPES:
                continue
            for m in draft.mentions:
                tok = self._token_at(m.start)
                if tok is None or in_quote[tok.i]:
                    continue
                if draft.type in {"GPE", "NORP"} and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
                    continue  # "a Dutch insurer": a country named by an adjective is no antecedent of "the company"/"it"
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if draft.type in {"GPE", "LOC"} and span is not None and _locative(span.root):
                    continue  # "Regulators in Britain fined a Dutch insurer. It said …": a place where, not who
                if draft.type in {"ORG", "GPE", "NORP"} and span is not None and _addressee(span.root):
                    continue  # "he told The Associated Press. … the company said": the channel, not the one in focus
                where, penalty = _salience(span.root) if span is not None else (m.start, _NOT_SUBJECT)
                self.history.append((m.start, eid, draft.type, min(where, m.start), penalty))
        self.history.sort()

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def remember(self, offset: int, entity: str) -> None:
        """Record ``entity`` as a speaker at ``offset`` (speakers are the most salient antecedents)."""
        bisect.insort(self.history, (offset, entity, self.entities.entity(entity).type, offset, 0))

    def _gender(self, eid: str) -> str | None:
        """Return m or f when a person's given name or title says so ("Mrs", "Maria"), else None."""
        if eid in self._genders:
            return self._genders[eid]
        names = given_names()
        votes: set[str] = set()
        draft = self.entities.entity(eid)
        text = doc_text(self.doc)
        for m in draft.mentions:
            words = m.text.lower().split()
            title = text[max(0, m.start - 8):m.start].lower().split()[-1:]
            for w in (words[:1] if len(words) > 1 else []) + title:
                g = names.get(w)
                if g in {"m", "f"}:
                    votes.add(g)
        gender = votes.pop() if len(votes) == 1 else None
        self._genders[eid] = gender
        return gender

    def _plural_people(self, eid: str) -> bool:
        """True when a person entity is only ever named by a plural common noun ("Prosecutors
        said …", "analysts"): a group, never the antecedent of "he" or "she"."""
        if eid not in self._plural:
            draft = self.entities.entity(eid)
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in draft.mentions]
            self._plural[eid] = draft.type == "PERSON" and bool(spans) and all(
                sp is not None and len(sp) > 0 and sp.root.tag_ in {"NNS", "NNPS"} for sp in spans)
        return self._plural[eid]

    def _antecedent(self, offset: int, types: set[str], prefer_subject: bool, window: int | None = _WINDOW,
                    gender: str | None = None, singular: bool = False) -> str | None:
        best, best_score = None, None
        history = self.history
        here = self._token_at(offset)
        sent_start = here.sent.start_char if here is not None else offset
        for k in range(bisect.bisect_left(history, (offset,)) - 1, -1, -1):  # earlier mentions, nearest first
            pos, eid, etype, where, penalty = history[k]
            if window is not None and offset - pos > window:
                break
            if best_score is not None and offset - pos >= best_score:
                break  # every earlier one scores at least its distance
            if etype not in types:
                continue
            if gender is not None and etype == "PERSON" and self._gender(eid) not in {None, gender}:
                continue  # "she" is not "Steve Jobs"
            if singular and etype == "PERSON" and self._plural_people(eid):
                continue  # "Prosecutors said he took bribes. He has always denied …": he is no group
            if pos >= sent_start:  # the same sentence: an embedded subject counts where it stands
                where = pos  # ("…, where Singapore Airlines will display the aircraft they intend to …")
            score = (offset - where) + (penalty if prefer_subject else 0)
            if best_score is None or score < best_score:
                best, best_score = eid, score
        return best
