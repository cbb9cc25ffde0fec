"""Events: CAMEO-style codes of an event's actor and recipient (country and sector).

Split out of ``coding.py``; rules in ``docs/events.md``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.events import _args as ea
from hearsay.extract.events._officials import document_official
from hearsay.extract.events._places import place_country, shared_name_country, span_place_country
from hearsay.extract.events._rules import load_ontology
from hearsay.extract.events._sources import source_ranges
from hearsay.extract.events._status import Cand
from hearsay.extract.events.actors import (
    NO_OTHERS, OUTWARD_SECTORS, ROLE_KEY, STATE_SECTORS, Others, code_actor, dominant_country, own_country, role_sector,
    sole_country,
)


def _codes(entities: EntityIndex, arg: ea.Arg, sent: Span, domestic: str | None = None,
           others: Others = NO_OTHERS, publisher: str | None = None, physical: bool = False,
           actor: bool = False) -> tuple[str | None, str | None]:
    """Return ``(iso3, sector)`` of one event argument.

    An organisation or group with no country of its own ("the Homeland Union", "Hutu
    rebels") is read as domestic to the country the sentence is about. A state official
    (a person with a government, military, police or judicial role) with no country of
    their own takes ``domestic``, the country of a domestic act (see :func:`_domestic`).
    Both guesses are kept on the event only, never stored on the entity. A group the tagger typed
    as a person (:func:`_group_named_as_person`) is read as a group. A state organ that acts abroad
    (not the police) or an organisation of no known sector never guesses a country in ``others``,
    the countries the event's other parties name as their own
    (:class:`~hearsay.extract.events.actors.Others`). A named person (or a one-word name of one)
    with no country here takes the country the article gives them as an official elsewhere
    (:func:`~hearsay.extract.events._officials.document_official`). In a government's release
    (``publisher``, its country) the release's own voice still without a country (after a domestic
    act's country) takes the publisher's: the writer's "I"/"we" and a named state official
    (:func:`_speaks_for_publisher`). A private person (no office, no sector) doing a ``physical`` act
    (an attack, an arrest, a protest) takes the country the sentence is about (round 19). An ``actor``
    named with a state office that names no country takes the sentence's only country (round 27).
    """
    iso3, sector = code_actor(entities, arg.entity, arg.head)
    kind = entities.entity(arg.entity).type
    if kind == "PERSON" and _group_named_as_person(entities, arg):
        kind = "NORP"
    if sector is not None and sector not in OUTWARD_SECTORS:
        others = NO_OTHERS
    if iso3 is None and kind in {"PERSON", "ORG"}:
        # a named official whose country the article gives elsewhere ("U.S. Secretary of State John
        # Kerry … Kerry said"), before any guess from this sentence (issue 15 round 14)
        official = document_official(entities, arg.entity, sent.doc)
        if official is not None:
            iso3, sector = official[0], sector or official[1]
    if iso3 is None and kind in {"ORG", "NORP"}:
        iso3 = dominant_country(entities, sent, others, source_ranges(arg.head))
    elif iso3 is None and physical and kind == "PERSON" and sector is None and not entities.entity(arg.entity).roles:
        # a private person with no country and no office who does a physical act ("Arcade Joseph Comeaux,
        # Jr. … fired upon two correctional officers … to Baytown, Texas") is coded where the sentence places
        # it, as the events-news sets code private actors; a statement's topic is not its speaker's country,
        # so verbal acts never guess (issue 15 round 19)
        iso3 = dominant_country(entities, sent, others, source_ranges(arg.head))
    elif iso3 is None and kind == "PERSON" and sector in STATE_SECTORS:
        iso3 = domestic
    if iso3 is None and publisher is not None and publisher not in others.codes and _speaks_for_publisher(entities, arg, kind, sector):
        # a government release's own voice: "Deputy Secretary Blinken will meet …" on state.gov, "We call
        # on all parties" (the writer) on gov.uk; after a domestic act's country (round 16)
        iso3 = publisher
    if iso3 is None and kind == "PERSON" and entities.lookup(arg.head.idx, arg.head.idx + len(arg.head.text)) != arg.entity \
            and role_sector(arg.head) is not None:
        # "the Federal Minister for Interior, <name>": a person named in apposition to a role noun
        # is read as the role would be, the country named most in the sentence
        iso3 = dominant_country(entities, sent, others, source_ranges(arg.head))
    if actor and iso3 is None and kind == "PERSON" and sector in STATE_SECTORS and _office_in_sentence(arg.head):
        # "President Dos Santos conceded …", "<name>, the prime minister, …": the mirror of the case above,
        # a person named with an office that names no country takes the sentence's country when it names
        # one only; two or more make it a guess. Actors only: on targets it moved wide's target codes
        # both ways (issue 15 round 27)
        iso3 = sole_country(entities, sent, others, source_ranges(arg.head))
    return iso3, sector


def _office_in_sentence(head: Token) -> bool:
    """True when a person's name carries a state office in this sentence, as a title before it
    ("President Dos Santos") or in apposition ("John Mensah, the prime minister"): a role noun of
    ``lexicon/sectors.tsv`` in a state sector."""
    return any(c.dep_ in {"appos", "compound"} and role_sector(c) in STATE_SECTORS for c in head.children)


def _speaks_for_publisher(entities: EntityIndex, arg: ea.Arg, kind: str, sector: str | None) -> bool:
    """True for a party a government's release names as its own voice: the writer's first person
    (entity ``name:writer``: "We call on …", "I welcome …" outside quotation marks) or a named
    person holding a state office with no country given anywhere (issue 15 round 16)."""
    if kind != "PERSON":
        return False
    return entities.entity(arg.entity).key == "name:writer" or sector in STATE_SECTORS


def _group_named_as_person(entities: EntityIndex, arg: ea.Arg) -> bool:
    """True when the named entity tagger typed a group or an institution as a person: the mention's
    own head is a common noun ("Business owners", "Ibo traditional elders", "Ankara's Cankaya district
    administration"), which no person's name has. It is then coded as a group would be, with the
    country the sentence names (issue 15 round 13)."""
    head = arg.head
    return head.pos_ == "NOUN" and entities.lookup(head.idx, head.idx + len(head.text)) == arg.entity
def _others(entities: EntityIndex, cand: Cand, args: ea.Args, target: ea.Arg | None) -> Others:
    """Return the countries the other parties of an event name as their own (:class:`Others`), which
    its actor's guessed country may not be: the recipients' and a reciprocal co-actor's. Empty for a
    domestic act ("police arrested Ugandan opposition candidates": the police are Ugandan) (issue 15
    round 13)."""
    if cand.base_type in load_ontology().domestic or cand.base_type in _OWN_PEOPLE_TYPES:
        return NO_OTHERS
    # every coordinated recipient counts ("threatened blows to the United States and Israel")
    parties = [*([target] if target is not None else []), *args.targets[1:], *(args.actors[1:] if args.reciprocal else [])]
    codes = {iso3 for iso3 in (_own_country(entities, arg) for arg in parties) if iso3}
    return Others(frozenset(codes)) if codes else NO_OTHERS


# acts a state often does for its own people abroad ("the Navy rescued an Indian vessel"): no exclusion
_OWN_PEOPLE_TYPES = {"AID"}


def _own_country(entities: EntityIndex, arg: ea.Arg) -> str | None:
    """Return the country a party names as its own (:func:`~hearsay.extract.events.actors.own_country`);
    a role noun's stored country may be a guess from the sentence, so only its phrase counts ("riot
    police fired at youths": the youths' country is only a guess)."""
    pending = arg.entity.startswith(ea.PENDING) or entities.entity(arg.entity).key.startswith(ROLE_KEY)
    return own_country(entities, None if pending else arg.entity, arg.head)


def _domestic(entities: EntityIndex, cand: Cand, place: str | None, target: ea.Arg | None) -> str | None:
    """Return the country of a domestic act: where it happens ("declared a state of siege in
    Haiti"), or for coercion, whose people it targets ("banned Ugandan opposition candidates")."""
    if cand.base_type not in load_ontology().domestic:
        return None
    for eid in (place, target.entity if target is not None and cand.base_type == "COERCE" else None):
        if eid is not None and not eid.startswith(ea.PENDING):
            iso3 = _place_iso3(entities, eid) if eid == place else entities.entity(eid).ids.get("iso3")
            if iso3:
                return iso3
    return None


def _place_iso3(entities: EntityIndex, eid: str) -> str | None:
    """Return the country of an event's place: its own code, else the country of a city, state or
    region (``lexicon/places.tsv``: "opened fire at a factory in Philadelphia" -> USA)."""
    draft = entities.entity(eid)
    return draft.ids.get("iso3") or place_country(draft.name) or shared_name_country(entities, draft.name)


def _unattributed(entities: EntityIndex, place: str | None, sent: Span, target: ea.Arg | None) -> str | None:
    """Return "<ISO3>UAF" for an attack with no named perpetrator: unidentified armed forces of the
    country it happens in (the place, else the country the sentence names most, leaving out the
    victims' own country: "three US servicemen were killed outside the Iraqi city of Basra" -> IRQ)."""
    if place is not None and not place.startswith(ea.PENDING):
        iso3 = _place_iso3(entities, place)
        if iso3:
            return iso3 + "UAF"
    victims = entities.entity(target.entity).ids.get("iso3") if target is not None and not target.entity.startswith(ea.PENDING) else None
    if victims and target is not None and place_country(entities.entity(target.entity).name) is not None:
        victims = None  # the target is a city or region attacked ("at a Louisiana college"): where it happens
    counts: dict[str, int] = {}
    for _start, _end, eid in entities.mentions_in(sent.start_char, sent.end_char):
        draft = entities.entity(eid)
        iso3 = draft.ids.get("iso3")
        if iso3 and iso3 != victims and draft.type in {"GPE", "NORP", "LOC"} and not draft.key.startswith("role:"):
            counts[iso3] = counts.get(iso3, 0) + 1
    if not counts:  # no country named: a city, state or region the sentence names
        iso3 = span_place_country(sent)
        return iso3 + "UAF" if iso3 and iso3 != victims else None
    return max(counts, key=lambda c: counts[c]) + "UAF"  # first named wins a tie (dicts keep order)


def _role_code(codes: tuple[str | None, str | None]) -> str | None:
    """Return the CAMEO-style code of one event role: country + sector ("PRKMIL"), IGO/NGO alone."""
    iso3, sector = codes
    code = (iso3 or "") + (sector if sector and sector != iso3 else "")
    return code or None
