"""Events: PLOVER-coded political events read off the dependency parse (issue 5).

How the coder works (docs/events.md has the long form):

1. **Triggers.** Verbs, predicative adjectives and event nouns are looked up in the lexicon
   ``lexicon/event_triggers.tsv``; a row's pattern (object lemma, particle, preposition,
   modifier, clausal complement) must hold. A support verb ("launched an incursion") takes
   its type from its event-noun object and is itself the trigger. A noun trigger that is the
   object of a verb trigger belongs to that event ("signed a treaty").
2. **Arguments** come from the trigger's own dependents (:mod:`hearsay.extract.events._args`).
3. **Status.** Negation, future auxiliaries, modals, conditionals and embedding under a
   request, threat, offer or refusal mark the event (``negated``, ``future``,
   ``hypothetical``) instead of asserting it. How such an event is coded is data: the
   ``recode`` rows of ``lexicon/plover.tsv`` (future cooperation and promised concessions are
   AGREE, announced coercion is THREATEN, a sanction only when conditional). Main-clause
   preference: an embedded trigger is a separate event only when asserted (issue 15).
4. **Keeping.** An event needs an actor; AID, COOPERATE and SANCTION need a recipient
   (PLOVER "Requires recipient: Yes"): ``settings.events_require_dyad`` (default true,
   PETRARCH's ``require_dyad``) asks for both; with it off every typed trigger is kept, with
   or without actor and recipient (to score event types alone). Repeats of the same
   type, actor and recipient in one sentence are dropped.
5. **Context.** ``date`` is the TIMEX3 value of a time expression in the trigger's clause,
   else the enclosing statement's date; ``source``/``statement`` come from the innermost
   statement whose content holds the trigger.

The steps live in ``_candidates`` (1), ``_participants`` (2), ``_nonevents`` and ``_sentences`` (3, 4:
a sentence's candidates coded, filtered and kept) and ``_role_codes`` (actor and recipient codes);
this module gathers a document's events with their context (5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from hearsay.config import Settings
from hearsay.extract.context import StatementIndex, source_of, statement_at
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._rules import NO_EVENT as NO_EVENT  # re-exported: callers import it from here
from hearsay.extract.events._rules import Lexicon, Ontology, Rule, load_lexicon, load_ontology
from hearsay.extract.events._status import Cand, clause_head
from hearsay.extract.zones import Zones
from hearsay.model import Event, Statement, TimeExpr
from hearsay.nlp.text import doc_text
from hearsay.extract.events._sentences import _code_sentence
from hearsay.extract.events._role_codes import _codes, _domestic, _others, _role_code, _unattributed


def _date(cand: Cand, times: Sequence[TimeExpr], sent: Span, statement: Statement | None) -> str | None:
    clause = clause_head(cand.anchor)
    for t in times:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if clause_head(span.root.head if span.root.dep_ != "ROOT" else span.root).i == clause.i:
            return t.value
    return statement.date if statement is not None else None


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    cand: Cand
    mode: str | None
    actor: str | None
    target: str | None
    actor_code: str | None
    target_code: str | None
    sent: Span
    rule: str
    place: str | None


# acts done in a place, whose private actor is coded where the sentence places them (round 19)
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def find_events(
    doc: Doc, entities: EntityIndex, statements: Sequence[Statement], times: Sequence[TimeExpr], zones: Zones, settings: Settings,
    publisher: str | None = None,
) -> list[Event]:
    """Return the PLOVER events coded from ``doc``, in text order, with ids ``v1``...

    Args:
        doc: the parsed article.
        entities: the document's entities; actor codes (``iso3``, ``sector``) are added to
            the entities that take part in events.
        statements: attributed statements, for ``source``, ``statement`` and the fallback date.
        times: normalised time expressions, for ``date``.
        zones: page furniture; events in biographies, credits and headings are not coded.
        settings: ``settings.events_require_dyad`` (default true) drops events without an
            actor or a recipient; false keeps every typed trigger.
        publisher: the ISO3 code of the government that published the article, from its
            address (:func:`~hearsay.extract.events._publisher.publisher_country`), else ``None``;
            its officials and its first person left without a country take it.

    Returns:
        One :class:`Event` per actor of each kept trigger (compound actors make one event each).
    """
    lex, onto = load_lexicon(), load_ontology()
    require_dyad = settings.events_require_dyad
    by_offset = StatementIndex(statements)  # one index for every look-up below (issue 16: no scan per event)
    found: list[_Found] = []

    def speaker_at(offset: int) -> ea.Arg | None:
        statement = statement_at(by_offset, offset)
        if statement is None or statement.speaker is None or statement.speaker_start is None or statement.speaker_end is None:
            return None
        span = doc.char_span(statement.speaker_start, statement.speaker_end, alignment_mode="expand")
        return ea.Arg(statement.speaker, span.root) if span is not None else None

    for sent in doc.sents:
        if not zones.is_story(sent.start_char, sent.end_char) or zones.kind_at(sent.start_char, sent.end_char) == "heading":
            continue
        seen: set[tuple[str, str | None, str | None]] = set()
        for cand, args, mode in _code_sentence(sent, entities, lex, onto, require_dyad, speaker_at):
            target = ea.materialize(entities, args.targets[0], publisher=publisher) if args.targets else None
            target_code = _role_code(_codes(entities, target, sent, publisher=publisher)) if target else None
            others = _others(entities, cand, args, target)  # an actor's guess never comes from these
            actors: list[ea.Arg | None] = [ea.materialize(entities, a, others, publisher)
                                           for a in (args.actors[:1] if args.reciprocal else args.actors)] or [None]
            for actor in actors:
                key = (cand.type, actor.entity if actor else None, target.entity if target else None)
                if key in seen:
                    continue
                seen.add(key)
                place = ea.place_of(entities, [cand.anchor, *([cand.noun] if cand.noun is not None else []), cand.anchor.head],
                                    {*(a.entity for a in args.actors), *(t.entity for t in args.targets)})
                domestic = _domestic(entities, cand, place, target)
                actor_code = _role_code(_codes(entities, actor, sent, domestic, others, publisher,
                                                physical=cand.base_type in _PHYSICAL, actor=True)) if actor else None
                if actor is None and cand.base_type in onto.unattributed:
                    actor_code = _unattributed(entities, place, sent, target)
                rule = cand.rule.name + ("+reciprocal" if args.reciprocal else "")
                found.append(_Found(cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text), cand, mode,
                                    actor.entity if actor else None, target.entity if target else None,
                                    actor_code, target_code, sent, rule, place))
    found.sort(key=lambda f: (f.start, f.end))
    events = []
    for n, f in enumerate(found, start=1):
        start, end, cand, sent = f.start, f.end, f.cand, f.sent
        statement = statement_at(by_offset, start)
        events.append(Event(
            id=f"v{n}", type=cand.type, trigger=doc_text(doc)[start:end], start=start, end=end, mode=f.mode,
            actor=f.actor, target=f.target, actor_code=f.actor_code, target_code=f.target_code,
            date=_date(cand, times, sent, statement), location=f.place,
            source=source_of(statement), status=cand.status, sentence_start=sent.start_char,
            sentence_end=sent.end_char, statement=statement.id if statement else None, rule=f.rule,
        ))
    return events


__all__ = ["Lexicon", "Ontology", "Rule", "find_events", "load_lexicon", "load_ontology"]
