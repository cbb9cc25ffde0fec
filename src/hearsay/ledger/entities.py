"""Cross-document entities: each article's entities resolved to one canonical entity.

Identity needs evidence (issue 12). An article's entity is linked to an existing canonical
entity by one of these rules, recorded with its evidence on the link (``entity_links.rule`` and
``evidence``):

- ``country``: a gazetteer country, by its ISO 3166 code;
- ``exact``: a specific name (a person's full name, an organisation's or place's name, an
  acronym) equal to a name the canonical entity carries, within the same type group;
- ``context``: a weaker match — a shorter form of a full name (W. Mark Felt / Mark Felt), a
  spelling variant of a name that does not look romanised — accepted only when the article
  shares enough co-mentioned entities with the candidate's articles (and only one candidate
  qualifies), or the same multi-word name under another NER type group (``retype``: "Wladimir
  Klitschko" typed GPE in one article, PERSON in another; a one-word "person" no person of the
  store is called, and an organisation or place of that word: "Lionsgate"; a one-word name
  between groups that are no person's: "Scientology" LOC / ORG), or a bare surname in an article that
  never gives the full name ("Obama"), joined to a full name only when that name is already in
  ``SURNAME_MIN_DOCS`` articles, the article shares clearly more context with it than with any
  namesake (``SURNAME_MARGIN``), and no given name or gendered title in the article rules it out
  ("Adam (Pacman) Jones", "Mr Jenkin"). A first name alone never joins another article (the
  merge audits found such links joined namesakes: Jackson, Mitchell, Thomas, Jenkin);
- ``authority``: a name of an entity loaded from an authority list (``hearsay entity load``);
- ``new``: no candidate: a new canonical entity;
- ``role``: a description of one person ("the coroner", "her spokesman") joined, inside its own
  article only, to the one named person the article gives that role ("Coroner Gary Hargrove");
  the description is never a key (``_roles``);
- ``local``: not a name at all ("officials", "the statement", "Both sides"): a canonical entity
  of its own that no other article can join.

Only names are keys (``canonical_keys``): titles, role words and wrongly grouped in-article
aliases never are, so one article's mistake cannot bridge two entities in later ones. The
canonical name is the most frequent full form (``canonical_names``), unless a curator set it.
The rules live in internal modules: name keys and how they match in ``_keys``, candidates,
context and the bare-surname rules in ``_matching``, joins made after the fact in ``_adoption``,
and writes of the canonical tables in ``_canonical``; this module links one article.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable

from sqlalchemy import Connection, func, select

from hearsay.ledger._adoption import _adopt_forms, _adopt_names, _adopt_retyped, _adopt_surnames
from hearsay.ledger._canonical import _update, add_keys, best_name, count_name, merge_json
from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.extract.entities.mentions import team_nickname
from hearsay.ledger._keys import _STRONG, _Keys, country_code, government_country, group_of, keys_of
from hearsay.ledger._matching import (
    CONTEXT_MIN,
    _as_surname,
    _candidates,
    _Context,
    _decide,
    _Decision,
    _Given,
    _short_acronym,
    _surname_link,
    _word_retype,
    only_bare,
    likely_bearer,
    supported_surname_link,
)
from hearsay.ledger._roles import Description, described, institution_head, institution_holder, role_holder
from hearsay.ledger._regions import named_near, placed_in, qualifiers, region_country, vetoed, within_keys
from hearsay.ledger._placed import body_scope, named_on
from hearsay.ledger.names import linking_type
from hearsay.model import Entity, Record
from hearsay.store import schema


_NEAR_CHARS = 200  # how far before (half as far after) a mention a country names its institution


def _countries_near(record: Record, regions: bool = False, bodies: bool = False) -> Callable[..., str | None]:
    """Return a function giving the country an article places one of its entities in.

    The country named nearest before (or just after) each of the entity's mentions in its
    paragraph ("Pakistan's Supreme Court", "the court in Islamabad" when the capital stands for
    the state), by most mentions; else the country the article names most, if one does.
    ``regions``: a state, province or city of ``lexicon/places.tsv`` counts as its country
    ("heading towards Florida. … the National Hurricane Center": the United States; round 36's
    placed keys, never round 9's state bodies, whose "Senate" beside "Florida" is Florida's).
    ``bodies``: an intergovernmental organisation named near a mention places it too ("the United
    Nations (UN) General Assembly": the organisation's organ, ``_placed.body_scope``), but never as the
    article's most named country: a story that names the UN often still places its "Senate" at home.
    """
    text = record.article.text
    spots: list[tuple[int, str]] = []
    totals: dict[str, int] = {}
    organs: set[str] = set()  # the scopes of intergovernmental bodies: no host of an embassy
    for entity in record.entities:
        iso3 = country_code(entity) or (region_country(entity) if regions else None)
        if iso3:
            spots.extend((m.start, iso3) for m in entity.mentions)
            totals[iso3] = totals.get(iso3, 0) + len(entity.mentions)
        elif bodies and entity.type == "ORG" and (body := body_scope(entity.name)) is not None:
            spots.extend((m.start, body.upper()) for m in entity.mentions)
            organs.add(body.upper())
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def country(entity: Entity, other_than: str | None = None) -> str | None:
        votes: dict[str, int] = {}
        for m in entity.mentions:
            near = [(abs(m.start - at), iso3) for at, iso3 in spots
                    if (m.start - _NEAR_CHARS <= at < m.start or m.end <= at <= m.end + _NEAR_CHARS // 2)
                    and "\n" not in text[min(at, m.start):max(at, m.start)] and iso3 != other_than
                    and not (other_than is not None and iso3 in organs)]
            if near:
                best = min(near)[1]
                votes[best] = votes.get(best, 0) + 1
        if votes:
            top = sorted(votes.items(), key=lambda kv: -kv[1])
            if len(top) == 1 or top[0][1] > top[1][1]:
                return top[0][0]
        if other_than is not None and main == other_than:
            rest = [kv for kv in ranked if kv[0] != other_than]
            return rest[0][0] if rest and (len(rest) == 1 or rest[0][1] > rest[1][1]) else None
        return main

    return country


def _as_linked(record: Record) -> Record:
    """Return ``record`` with each entity under the type the ledger links it as (``names.linking_type``:
    an online platform or a one-word "person" with a digit is an organisation, whatever NER said).
    The stored per-article entity keeps NER's type; the canonical entity is typed as linked."""
    entities = tuple(e if (t := linking_type(e.name, e.type)) == e.type else dataclasses.replace(e, type=t)
                     for e in record.entities)
    return record if entities == record.entities else dataclasses.replace(record, entities=entities)


def link_entities(conn: Connection, doc_key: int, record: Record) -> dict[str, int]:
    """Resolve the entities of stored article ``doc_key`` to canonical entities.

    Countries and strong (exact) matches are resolved first, so the weak matches decided
    after them see every entity the article surely names as context.

    Returns:
        a map from each entity's local id (``e3``) to its canonical entity key.
    """
    ce = schema.canonical_entities
    record = _as_linked(record)
    published = record.article.published.isoformat() if record.article.published else None
    rows = {r.local_id: r.id for r in conn.execute(select(schema.entities.c.local_id, schema.entities.c.id)
                                                   .where(schema.entities.c.document_id == doc_key))}
    context = _Context(conn)
    out: dict[str, int] = {}
    weak: list[tuple[Entity, _Keys, dict[int, tuple[str, str]]]] = []
    mistyped: list[tuple[Entity, _Keys, _Keys, dict[int, tuple[str, str]]]] = []
    descriptions: list[tuple[Entity, _Keys, Description]] = []
    institutions: list[tuple[Entity, _Keys, str]] = []
    organisations: set[str] = set()  # the article's named organisations: what "the navy" may be
    named: set[str] = set()  # the article's people with a name key: who a description may be
    countries, placed_in_country = _countries_near(record, bodies=True), _countries_near(record, regions=True)

    def placed_of(entity: Entity) -> str | None:  # no country for a name cut before its own "of <place>"
        return None if named_on(entity, record.article.text) else placed_in_country(entity)

    for entity in record.entities:
        keys = keys_of(entity, countries, placed_of)
        if entity.type == "PERSON" and keys.main is not None:
            named.add(entity.id)
        elif group_of(entity.type) == "ORG" and keys.main is not None:
            organisations.add(entity.id)
        if _truncated(entity, record.article.text):
            out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, _Decision(None, "local", 1.0, {"cut": True}),
                                   None, published, context)
            continue
        iso3 = country_code(entity) or government_country(entity)
        person = _as_surname(entity) if not iso3 else None
        if person is not None:
            found_people = _candidates(conn, "PER", person)
            if found_people:  # decided with the weak matches, once the article's context is known
                mistyped.append((entity, keys, person, found_people))
                continue
        if iso3:
            found = conn.execute(select(ce.c.id).where(ce.c.iso3 == iso3)).first()
            decision = _Decision(found[0] if found else None, "country" if found else "new", 1.0, {"iso3": iso3})
        elif keys.main is None:
            if (description := described(entity, record.article.text)) is not None:
                descriptions.append((entity, keys, description))  # decided once the article's named people are linked
                continue
            if (head := institution_head(entity, record.article.text)) is not None:
                institutions.append((entity, keys, head))  # decided once the article's organisations are linked
                continue
            decision = _Decision(None, "local", 1.0, {})
        else:
            if _other_place_team(entity, keys, record):
                # "the 1961 Dallas Texans": a nickname written after a place's name NER left apart is
                # that place's team, no key of the team whose full name offers the nickname (merge audit 28)
                out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, _Decision(None, "local", 1.0, {"cut": True}),
                                       None, published, context)
                continue
            candidates = _candidates(conn, group_of(entity.type), keys)
            if candidates:
                candidates = _same_region(conn, record, entity, candidates)
            if only_bare(conn, candidates) and (word := _word_retype(conn, entity, keys)):
                # no person of the store bears the word, only other articles' bare "persons" of
                # it: the organisation or place of that name is a candidate too, tried first
                candidates = {**candidates, **word}
            if not any(kind in _STRONG for kind, _ in candidates.values()) and candidates or _short_acronym(keys, candidates):
                weak.append((entity, keys, candidates))  # decided once the article's context is known
                continue
            if not candidates and (word := _word_retype(conn, entity, keys)):
                weak.append((entity, keys, word))
                continue
            decision = _decide(candidates, context, keys.main)
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, iso3, published, context)
    unsure: list[tuple[Entity, _Keys, dict[int, tuple[str, str]], _Given, _Decision]] = []
    for entity, keys, candidates in weak:
        given = _Given.of(entity, record.article.text)
        retyped = {cid: m for cid, m in candidates.items() if m[0] == "retype"}
        first = _decide(retyped, context, keys.main, given) if retyped and len(retyped) < len(candidates) else None
        decision = first if first is not None and first.canonical is not None else _decide(
            {cid: m for cid, m in candidates.items() if cid not in retyped} if first else candidates, context, keys.main, given)
        if (decision.canonical is None and all(kind == "surname" for kind, _ in candidates.values())
                and likely_bearer(candidates, context, keys.main, given) is not None):
            unsure.append((entity, keys, candidates, given, decision))  # judged again with the article's other surnames
            continue
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    _link_supported(conn, doc_key, rows, unsure, out, published, context)
    for entity, keys, person, found_people in mistyped:
        surname = _surname_link(found_people, context, person.main, _Given.of(entity, record.article.text), retyped=True)
        own = _candidates(conn, group_of(entity.type), keys) if keys.main else {}
        if surname is not None and surname.evidence.get("bare") and any(kind in _STRONG for kind, _ in own.values()):
            # another article's one-word "person" of that word is no known person: the name
            # as NER typed it has a home already ("Evansville" the team, "Biloxi" the city)
            surname = None
        if surname is not None:
            surname.evidence["retyped_from"] = entity.type
            out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, person, surname, None, published, context, group="PER")
            continue
        # not a known person's surname: the name as NER typed it
        decision = _decide(own, context, keys.main) if keys.main else _Decision(None, "local", 1.0, {})
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    people = [e for e in record.entities if e.id in named and e.id in out]
    for entity, keys, description in descriptions:
        holder = role_holder(entity, people, record.article.text, description)
        decision = (_Decision(out[holder[0].id], "role", 1.0, {"role": holder[1], "person": holder[0].name}) if holder
                    else _Decision(None, "local", 1.0, {}))
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    named_organisations = [(e, out[e.id]) for e in record.entities if e.id in organisations and e.id in out]
    for entity, keys, head in institutions:
        holder_org = institution_holder(head, named_organisations)
        decision = (_Decision(out[holder_org.id], "role", 1.0, {"head": head, "organisation": holder_org.name}) if holder_org
                    else _Decision(None, "local", 1.0, {}))
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    for entity in record.entities:
        if entity.id in out and group_of(entity.type) == "PLACE" and not country_code(entity) and (placed := qualifiers(record, entity)):
            add_keys(conn, out[entity.id], "PLACE", within_keys(placed))  # "Huntsville, Texas": which Huntsville
    gone: set[int] = set()
    for cid in sorted(set(out.values())):
        if cid in gone:
            continue  # absorbed by an entity of this article adopted before it
        adopted = _adopt_surnames(conn, cid) | _adopt_forms(conn, cid) | _adopt_names(conn, cid) | _adopt_retyped(conn, cid)
        gone |= adopted
        out.update({local: cid for local, old in out.items() if old in adopted})
    return out



def _link_supported(conn: Connection, doc_key: int, rows: dict[str, int],
                    unsure: list[tuple[Entity, _Keys, dict[int, tuple[str, str]], _Given, _Decision]],
                    out: dict[str, int], published: str | None, context: _Context) -> None:
    """Link the article's bare surnames that too little context left unlinked, each with the
    likely bearers of the others counted as context ("Obama" and "Gupta" alone in one short
    article: neither shares enough with its namesake's stories until the other is counted).
    A surname linked this way supports the rest at once, through the article's context; the
    ones still unsure are linked as first decided (a new entity)."""
    progress = True
    while unsure and progress:
        progress = False
        for item in list(unsure):
            entity, keys, candidates, given, _ = item
            support = {cid: o.name for o, o_keys, o_found, o_given, _ in unsure if o is not entity
                       and (cid := likely_bearer(o_found, context, o_keys.main, o_given)) is not None}
            decision = (_surname_link(candidates, context, keys.main, given)
                        or supported_surname_link(candidates, context, keys.main, given, support))
            if decision is None:
                continue
            out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
            unsure.remove(item)
            progress = True
    for entity, keys, _, _, decision in unsure:
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)


_CUT = re.compile(r"[^\W\d_]-$")
_COMPASS = re.compile(r"\b(?:North|South|East|West|North-?east|North-?west|South-?east|South-?west)[ -]$")
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _other_place_team(entity: Entity, keys: _Keys, record: Record) -> bool:
    """True when a one-word team nickname ("Texans") is written right after a place the article
    names apart ("the 1961 Dallas Texans": NER's "Dallas" and "Texans"): that place's team, which the
    nickname form of another place's team ("Houston Texans") must not claim."""
    if keys.main is None or len(keys.main.key.split()) != 1 or not team_nickname([keys.main.key]):
        return False
    text = record.article.text
    place_ends = {m.end for e in record.entities if e.type in {"GPE", "LOC"} for m in e.mentions}
    return any(end in place_ends and text[end:mention.start].strip(" \t") == ""
               for mention in entity.mentions for end in range(max(0, mention.start - 3), mention.start))


def _truncated(entity: Entity, text: str) -> bool:
    """True when every name mention of ``entity`` is cut from a longer name: it stops inside a
    hyphenated word ("Wong Kwok-" of "Wong Kwok-kin", "Co-" of "Co-operation"; a name before a
    hyphenated modifier, "Delhi-based", is whole), or a place's compass word
    was left out before it ("Richmond Hill" of "South Richmond Hill", "American" of "North
    American"). Merge audit 25: two legislators, Wong Kwok-hing and Wong Kwok-kin, were one
    entity through the cut name, and South Richmond Hill was Richmond Hill. A cut name is no key and
    no country: it stays in its article."""
    names = [m for m in entity.mentions if m.text[:1].isupper()]
    if not names:
        return False
    place = entity.type in _PLACE_TYPES
    return all(_CUT.search(m.text) or (place and _COMPASS.search(text, max(0, m.start - 11), m.start)) for m in names)


def _same_region(conn: Connection, record: Record, entity: Entity,
                 candidates: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Drop the candidate places that lie in another region than the one the article places this
    mention in: by its comma qualifier ("Huntsville, Texas"), else by a region named beside it
    ("the University of Alabama's Huntsville campus"). A place of one name in two states is two
    places (merge audit 18); with no region on either side nothing is dropped, and a candidate
    placed in an agreeing region beats one never placed."""
    named = qualifiers(record, entity) or named_near(record, entity)
    if not named:
        return candidates
    placed = {cid: placed_in(conn, cid) for cid in candidates}
    kept = {cid: m for cid, m in candidates.items() if not vetoed(placed[cid], named)}
    if group_of(entity.type) != "PLACE":
        return kept  # "the University of Alabama's Huntsville campus" typed ORG: the veto only
    # a place known to lie in a named region beats one no article placed
    agreeing = {cid: m for cid, m in kept.items() if placed[cid]}
    return agreeing or kept


def _link(conn: Connection, doc_key: int, row_id: int, entity: Entity, keys: _Keys, decision: _Decision,
          iso3: str | None, published: str | None, context: _Context, group: str | None = None) -> int:
    ce, links = schema.canonical_entities, schema.entity_links
    cid = decision.canonical
    if cid is None:
        name = keys.main.text if keys.main is not None and not iso3 else entity.name
        if iso3 and (country := load_gazetteer().countries.get(iso3)) is not None:
            name = country.name  # "UK Government" may be the first an article names the country by
        cid = conn.execute(ce.insert().values(
            name=name, type=entity.type, iso3=iso3, aliases="[]", roles="[]", first_seen=published, n_documents=0,
        )).inserted_primary_key[0]  # type: ignore[index]
    assert cid is not None
    if decision.rule not in ("local", "role"):  # a description is never a key (rule 1)
        add_keys(conn, cid, group or group_of(entity.type), keys.rows())
        context.ids.add(cid)
    _update(conn, cid, entity, keys, published, described=decision.rule == "role")
    seen = conn.execute(select(func.count()).select_from(links).where(links.c.canonical_id == cid, links.c.document_id == doc_key)).scalar_one()
    if not seen:
        conn.execute(ce.update().where(ce.c.id == cid).values(n_documents=ce.c.n_documents + 1))
    conn.execute(links.insert().values(entity_id=row_id, canonical_id=cid, document_id=doc_key, score=decision.score,
                                       rule=decision.rule, evidence=json.dumps(decision.evidence, ensure_ascii=False)))
    return cid



__all__ = ["CONTEXT_MIN", "add_keys", "best_name", "count_name", "country_code", "group_of", "keys_of", "link_entities", "merge_json"]
