"""A speaker reporting their own plan: one statement, not a second row for the inner plan verb.

docs/annotation.md rule 7: "Hunt reiterated he plans on leaving the European Union" is one
statement of Hunt's (statements-wn2019 wn2019-077, issue 14 round 36); the inner cue ("plans on
leaving") made a second row whose "he" was resolved on its own, to the wrong candidate. The inner
verb must head the report's own complement and have no subject other than a personal pronoun (the
speaker named again) or none at all (a gerund); "said the police plan …" reports someone else's
plan and keeps round 31's two rows. Typing the report by its inner verb (belief, intention) was
tried and dropped this round: the earlier gold sets type such reports as assertions
(docs/EVALUATION.md, round 36).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate

if TYPE_CHECKING:
    from hearsay.extract.statements._drafts import _Draft

_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _subject_is_speaker(verb: Token) -> bool:
    """True when ``verb`` has no subject of its own or a personal pronoun one (the speaker again)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects:
        return verb.dep_ == "xcomp"  # "recalls thinking …": the cue's subject is the thinker
    return len(subjects) == 1 and subjects[0].dep_ == "nsubj" and subjects[0].lower_ in _PRONOUNS


def own_state(cand: Candidate) -> Token | None:
    """Return the verb (or the adjective after a copula) heading the content of a report of the
    speaker's own state, else None.

    The cue is a verb of saying or writing ("said", "announced", "reiterated", "recalls"); its
    complement (``ccomp``, or a gerund ``xcomp``) is headed by a verb, or a copula with an
    adjective ("they are not concerned"), whose subject is the speaker again.
    """
    entry = cand.entry
    if entry is None or entry.pos != "verb" or entry.kind not in {"speech", "writing"} or cand.content is None:
        return None
    lo, hi = cand.content
    for comp in cand.cue_token.children:
        if comp.dep_ not in {"ccomp", "xcomp"} or comp.i < cand.cue_token.i or not lo <= comp.idx < hi:
            continue
        if comp.dep_ == "xcomp" and comp.tag_ != "VBG":
            continue  # "told them to go": an infinitive is the cue's own request frame
        if not _subject_is_speaker(comp):
            continue
        if comp.pos_ == "VERB":
            return comp
        if comp.lemma_ == "be":  # "they are not concerned about …"
            return next((c for c in comp.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return None


def _inner_of(d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """Return the draft whose cue is ``d``'s own-state word, inside ``d``'s content, else None."""
    if d.cand is None or d.kind == "direct":
        return None
    word = own_state(d.cand)
    if word is None:
        return None
    for o in drafts:
        if (o is not d and not o.drop and o.cand is not None and o.cand.cue_token.i == word.i and o.kind != "direct"
                and d.start <= o.start and o.end <= d.end):
            return o
    return None


def drop_own_state_rows(drafts: list[_Draft], intention: frozenset[str]) -> None:
    """Drop the inner intention row of a report of one's own plan ("reiterated he plans on leaving").

    The report itself is the one statement; the inner
    cue's row would be a second statement of part of the same content, with its pronoun resolved
    on its own. Beliefs keep round 28's convention (``_relays._nested_beliefs``: the inner belief
    row stands for the report), so only cues in ``intention`` (lemmas typed intention) are dropped.
    """
    for d in drafts:
        if d.drop:
            continue
        inner = _inner_of(d, drafts)
        if inner is not None and inner.cand is not None and inner.cand.cue_token.lemma_.lower() in intention:
            inner.drop = True


__all__ = ["drop_own_state_rows", "own_state"]
