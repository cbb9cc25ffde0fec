"""Joining entities after the fact, so that linking does not depend on the order of ingest.

A bare surname, a short form or acronym, a person's other name form, or an organisation's full
name that reached the store before the evidence for it is judged again when that evidence
arrives (at a name's first articles and at its milestones), and the entity it names joins.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from hearsay.extract.entities.mentions import GENERATIONAL_SUFFIXES
from hearsay.ledger._regions import placed_in, vetoed
from hearsay.ledger._keys import _RETYPE, _Keys, group_of
from hearsay.ledger._matching import (
    _PROFILE_DOCS,
    SURNAME_MIN_DOCS,
    _candidates,
    _Context,
    _Given,
    _surname_link,
    incorporated,
    likely_bearer,
    supported_surname_link,
    written_as_acronym,
)
from hearsay.ledger.names import analyse_name, name_key
from hearsay.store import schema

# An organisation's full name and its short name ("Apple Computer", "Apple") join after the fact
# when their articles' profiles share this much rare context (``_adopt_forms``, round 7).
FORM_ADOPT_MIN = 3.0
# ... judged at each of its first articles up to this many, then at the milestones: two forms
# of one name in a small story (three or four articles each) never reach a milestone together.
FORM_ADOPT_EARLY = 8


def _adopt_surnames(conn: Connection, cid: int) -> set[int]:
    """Join to ``cid`` the bare surnames of articles ingested before it was well attested.

    A bare surname joins a full name only once that name is in ``SURNAME_MIN_DOCS`` articles,
    so an article that said only "Obama" before then stayed a person of its own. When a full
    name reaches that count (and each time it doubles: ``_milestone``), each such earlier surname entity is judged as the rule would judge
    it now, with its own article's context and given-name and gender vetoes, and joined when
    every one of its articles passes. Linking is then the same whichever order the articles
    came in. Returns the absorbed entity ids.
    """
    ce, k, el = schema.canonical_entities, schema.canonical_keys, schema.entity_links
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents).where(ce.c.id == cid)).one()
    if row.type != "PERSON" or not _milestone(int(row.n_documents)) or len(str(row.name).split()) < 2:
        return set()
    surnames = [r.key for r in conn.execute(select(k.c.key).where(k.c.canonical_id == cid, k.c.kind == "surname", k.c.block == "PER"))]
    if not surnames:
        return set()
    orphans = conn.execute(
        select(ce.c.id, ce.c.name).join(k, k.c.canonical_id == ce.c.id)
        .where(k.c.key.in_(surnames), k.c.block == "PER", k.c.kind == "surname", ce.c.id != cid,
               ce.c.n_documents < SURNAME_MIN_DOCS, ce.c.name_locked.is_not(True), ce.c.authority_id.is_(None))).all()
    adopted: set[int] = set()
    for orphan in orphans:
        if len(str(orphan.name).split()) != 1:
            continue
        links = conn.execute(select(el.c.entity_id, el.c.document_id).where(el.c.canonical_id == orphan.id)).all()
        if all(_surname_holds(conn, cid, orphan.id, link.entity_id, link.document_id) for link in links):
            from hearsay.ledger.curation import merge_entities

            conn.execute(el.update().where(el.c.canonical_id == orphan.id).values(
                rule="context", evidence=json.dumps({"key": orphan.name.lower(), "match": "surname", "late": True})))
            merge_entities(conn, cid, orphan.id, record=False)
            adopted.add(orphan.id)
    return adopted


def _profile(conn: Connection, cid: int) -> set[int]:
    """Return the canonical entities named in ``cid``'s recent articles (its context profile)."""
    el = schema.entity_links
    docs = (select(el.c.document_id).where(el.c.canonical_id == cid)
            .order_by(el.c.document_id.desc()).limit(_PROFILE_DOCS).scalar_subquery())
    return {r[0] for r in conn.execute(select(el.c.canonical_id).distinct().where(el.c.document_id.in_(docs)))}


def _adopt_forms(conn: Connection, cid: int) -> set[int]:
    """Join an organisation's full name and its short name once their stories show they are one.

    "Apple Computer" offers "Apple" as a weak ``form`` (``names._trade_form``), and "General
    Motors (GM)" the acronym "GM", accepted on the article's shared context (a short acronym
    needs it too: ``SHORT_ACRONYM``). The first such article often shares nothing yet with the
    few "Apple" (or "GM") articles stored, so the two stay apart and every later article joins
    one or the other by its exact name. At the same milestones as bare surnames (``_milestone``), an
    organisation compares its context profile with that of the one organisation its form or
    acronym (or name) is the other's name (or form or acronym) of; at ``FORM_ADOPT_MIN`` of rare shared context, the
    other joins it (the canonical name then goes by frequency). People too: "Mark Jay Heller"
    offers "Mark Heller" and "Frederick C. LaRue" offers "Fred LaRue" as weak forms, and an
    article that met the other form before it shared enough context started a person of its own
    (ECB+ dev: the two Hellers of one lawyer stayed apart on 0.99 of context). A name with a
    generation mark is never adopted either way: Mark Felt Jr.'s stories are his father's.
    Returns the absorbed ids.
    """
    ce, k = schema.canonical_entities, schema.canonical_keys
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents).where(ce.c.id == cid)).one()
    n = int(row.n_documents)
    if row.type not in {"ORG", "PERSON"} or not (SURNAME_MIN_DOCS <= n <= FORM_ADOPT_EARLY or _milestone(n)):
        return set()
    block = group_of(row.type)
    if row.type == "PERSON" and _generational(str(row.name)):
        return set()  # "Mark Felt Jr." offers "Mark Felt", his father: stories of both share all
    mine = conn.execute(select(k.c.key, k.c.kind).where(k.c.canonical_id == cid, k.c.block == block)).all()
    names = [r.key for r in mine if r.kind in {"name", "alias"}]
    others: dict[int, str] = {}
    for short_kind in ("form", "acronym", "initials"):
        # the full name, its short form or acronym stored: the organisation called by that
        # short name ("GM" of an article that never spells it out); and the other way round.
        # Letters of a spelt-out name meet only a name written as an acronym ("THR").
        shorts = [r.key for r in mine if r.kind == short_kind]
        if shorts:
            others.update((r[0], short_kind) for r in conn.execute(select(k.c.canonical_id).where(
                k.c.key.in_(shorts), k.c.block == block, k.c.kind.in_(["name", "alias"]), k.c.canonical_id != cid))
                if short_kind != "initials" or written_as_acronym(conn, r[0], shorts))
        if names and (short_kind != "initials" or written_as_acronym(conn, cid, names)):
            others.update((r[0], short_kind) for r in conn.execute(select(k.c.canonical_id).where(
                k.c.key.in_(names), k.c.block == block, k.c.kind == short_kind, k.c.canonical_id != cid)))
    if len(others) != 1:
        return set()  # two organisations (or people) of that short name: the profiles cannot choose
    other, kind = next(iter(others.items()))
    target = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents, ce.c.name_locked, ce.c.authority_id)
                          .where(ce.c.id == other)).one()
    if target.type != row.type or (row.type == "PERSON" and _generational(str(target.name))):
        return set()
    locked = conn.execute(select(ce.c.name_locked, ce.c.authority_id).where(ce.c.id == cid)).one()
    if target.name_locked or target.authority_id is not None or locked.name_locked or locked.authority_id is not None:
        return set()  # a curator or an authority list decided these names
    if not _join_on_profiles(conn, cid, other, kind):
        return set()
    return {other}


def _join_on_profiles(conn: Connection, cid: int, other: int, match: str) -> bool:
    """Make ``other`` part of ``cid`` when their context profiles share ``FORM_ADOPT_MIN`` of
    rare context; the other's links record it as evidence (``match``, ``late``). True if joined."""
    ce = schema.canonical_entities
    shared = (_profile(conn, cid) & _profile(conn, other)) - {cid, other}
    if not shared:
        return False
    context = _Context(conn)
    rows = conn.execute(select(ce.c.name, ce.c.n_documents).where(ce.c.id.in_(shared))).all()
    score = sum(context.weight(int(r.n_documents)) for r in rows)
    if score < FORM_ADOPT_MIN:
        return False
    from hearsay.ledger.curation import merge_entities

    el = schema.entity_links
    conn.execute(el.update().where(el.c.canonical_id == other).values(
        rule="context", evidence=json.dumps({"match": match, "late": True, "shared": sorted(str(r.name) for r in rows)[:12],
                                             "context": round(score, 3)})))
    merge_entities(conn, cid, other, record=False)  # the canonical name goes by frequency
    return True


def _adopt_names(conn: Connection, cid: int) -> set[int]:
    """Join to organisation or place ``cid`` the others that now hold one of its full names.

    An exact full name joins articles on its own (``_decide``), but only the names stored when
    an article arrives: "Betty Ford Clinic" started an entity of its own, and a later article
    that calls the clinic both "Betty Ford Center" and "Betty Ford Clinic" (or the FBI both
    "FBI" and "Federal Bureau of Investigation") joined the Center, leaving two entities under
    one name. Such an other entity, of the same type, is joined as it would have been had the
    articles come in the other order. Never for people (the in-article alias "George Bush" of
    "George W. Bush" also names his father), countries (found by code), an entity a curator
    named or split, or one an authority list seeded. Returns the absorbed ids.
    """
    ce, k = schema.canonical_entities, schema.canonical_keys
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.iso3, ce.c.name_locked, ce.c.authority_id).where(ce.c.id == cid)).one()
    if row.type == "PERSON" or row.iso3 or row.name_locked or row.authority_id is not None:
        return set()
    block = group_of(row.type)
    strong = ["name", "alias", "acronym"]  # an acronym key is a full name its article spelt out
    mine = {r.key: r.kind for r in conn.execute(select(k.c.key, k.c.kind).where(
        k.c.canonical_id == cid, k.c.block == block, k.c.kind.in_(strong)))}
    if not mine:
        return set()
    rows = conn.execute(
        select(ce.c.id, ce.c.name, k.c.key, k.c.kind).join(k, k.c.canonical_id == ce.c.id)
        .where(k.c.key.in_(list(mine)), k.c.block == block, k.c.kind.in_(strong), ce.c.id != cid,
               ce.c.type == row.type, ce.c.iso3.is_(None), ce.c.name_locked.is_not(True),
               ce.c.authority_id.is_(None))).all()
    # only a full name of two words or more: a bare acronym ("UCS") needs shared context to
    # meet the name it abbreviates (``SHORT_ACRONYM``), and two spelt-out acronyms meet no more
    # here than at linking (``_candidates``)
    shared: dict[int, tuple[str, str]] = {}
    for r in rows:
        if len(str(r.key).split()) >= 2 and not (mine[r.key] == r.kind == "acronym"):
            shared.setdefault(int(r.id), (str(r.name), str(r.key)))
    if block == "PLACE" and shared:
        # two towns of one name placed in different regions ("Palm Springs, California" and
        # "Palm Springs, Florida") stay two
        mine_placed = placed_in(conn, cid)
        shared = {other: v for other, v in shared.items() if not vetoed(mine_placed, placed_in(conn, other))}
    if not shared:
        return set()
    split = [json.loads(a) for (a,) in conn.execute(select(schema.entity_curations.c.args)
                                                     .where(schema.entity_curations.c.op == "split"))]
    curated = {name_key(str(n)) for args in split for n in [*args.get("names", []), args.get("entity", {}).get("name", "")]}
    if curated & {name_key(str(row.name)), *mine}:
        return set()  # a curator split these names apart: a later article does not undo it
    from hearsay.ledger.curation import merge_entities

    el = schema.entity_links
    adopted: set[int] = set()
    for other, (name, key) in sorted(shared.items()):
        if name_key(name) in curated:
            continue
        conn.execute(el.update().where(el.c.canonical_id == other).values(
            rule="exact", evidence=json.dumps({"key": key, "match": "name", "late": True})))
        merge_entities(conn, cid, other, record=False)
        adopted.add(other)
    return adopted


def _adopt_retyped(conn: Connection, cid: int) -> set[int]:
    """Join the entity that holds the same full name under another type, once their stories show they are one.

    NER types one name differently from article to article ("Peyton Manning" a person in some
    stories and an organisation in others; "Surrey Police" a person; "Mat Maid" the dairy a
    person). The first article of the other type meets the stored name only as a weak
    ``retype`` candidate, joined on shared context, and an article that shared too little
    started an entity of its own that every later article of that type joins by its exact name
    (ECB+ dev: Peyton Manning's stories split 10 / 3). At the same milestones as forms
    (``_adopt_forms``), the entity compares its context profile with the one entity of another
    type group that holds one of its full names (two words or more, as name or alias); at
    ``FORM_ADOPT_MIN`` of rare shared context the other joins it, and the entity takes the type
    of the larger. Never a country, an entity a curator named or an authority list seeded, nor
    when two others hold the name (the profiles cannot choose). Returns the absorbed ids.
    """
    ce, k = schema.canonical_entities, schema.canonical_keys
    row = conn.execute(select(ce.c.type, ce.c.n_documents, ce.c.iso3, ce.c.name_locked, ce.c.authority_id)
                       .where(ce.c.id == cid)).one()
    n = int(row.n_documents)
    block = group_of(row.type)
    if (row.iso3 or row.name_locked or row.authority_id is not None or block not in _RETYPE
            or not (SURNAME_MIN_DOCS <= n <= FORM_ADOPT_EARLY or _milestone(n))):
        return set()
    names = [r.key for r in conn.execute(select(k.c.key).where(
        k.c.canonical_id == cid, k.c.block == block, k.c.kind.in_(["name", "alias"]))) if len(str(r.key).split()) >= 2]
    if not names:
        return set()
    others = {int(r.id): r for r in conn.execute(
        select(ce.c.id, ce.c.type, ce.c.n_documents, ce.c.name_locked, ce.c.authority_id).join(k, k.c.canonical_id == ce.c.id)
        .where(k.c.key.in_(names), k.c.block != block, k.c.block.in_(sorted(_RETYPE)), k.c.kind.in_(["name", "alias"]),
               ce.c.id != cid, ce.c.iso3.is_(None)))}
    if len(others) != 1:
        return set()
    other, target = next(iter(others.items()))
    if target.name_locked or target.authority_id is not None:
        return set()
    if incorporated(conn, cid) or incorporated(conn, other):
        return set()  # a company is never the place or person it is named after (``_matching.incorporated``)
    if not _join_on_profiles(conn, cid, other, "retype"):
        return set()
    if int(target.n_documents) > n:
        conn.execute(ce.update().where(ce.c.id == cid).values(type=target.type))
    return {other}


def _generational(name: str) -> bool:
    """True when a person's name ends in a generation mark ("Jr.", "III")."""
    words = name.split()
    return len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES


def _milestone(n_documents: int) -> bool:
    """True at the article counts where earlier bare surnames are judged again: when a name
    reaches ``SURNAME_MIN_DOCS`` and each time its count doubles after that (it may since have
    become the prominent one of its story), so the work stays logarithmic in its articles."""
    steps = n_documents / SURNAME_MIN_DOCS
    return n_documents >= SURNAME_MIN_DOCS and steps == int(steps) and int(steps) & (int(steps) - 1) == 0


def _surname_holds(conn: Connection, cid: int, orphan: int, entity_row: int, doc_key: int) -> bool:
    """True when the bare-surname rule, run now, would link the article's entity to ``cid``."""
    el, e, m = schema.entity_links, schema.entities, schema.mentions
    context = _Context(conn)
    context.ids = {r[0] for r in conn.execute(select(el.c.canonical_id).where(el.c.document_id == doc_key, el.c.canonical_id != orphan))}
    if cid in context.ids:
        return False  # the article names the full name too and kept the surname apart
    name, entity_type = conn.execute(select(e.c.name, e.c.type).where(e.c.id == entity_row)).one()
    main = analyse_name(name, "PERSON")
    if main is None:
        return False
    spans = [(r.char_start, r.char_end) for r in conn.execute(select(m.c.char_start, m.c.char_end).where(m.c.entity_id == entity_row))]
    text = conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == doc_key)).scalar_one()
    found = _candidates(conn, "PER", _Keys(main, [(main, "surname")]))
    given = _Given.of_spans(name, spans, text)
    decision = _surname_link(found, context, main, given, retyped=entity_type != "PERSON")
    if decision is None and entity_type == "PERSON":
        # the article's other bare surnames count by their likely bearers, as at ingest
        # (``entities._link_supported``)
        decision = supported_surname_link(found, context, main, given, _support(conn, doc_key, orphan, context, text))
    return decision is not None and decision.canonical == cid


def _support(conn: Connection, doc_key: int, orphan: int, context: _Context, text: str) -> dict[int, str]:
    """Return the likely bearers of the article's other bare surnames that are still people of
    their own (``_matching.likely_bearer``), each with the surname that proposes it."""
    el, e, m, ce = schema.entity_links, schema.entities, schema.mentions, schema.canonical_entities
    rows = conn.execute(select(e.c.id, e.c.name).join(el, el.c.entity_id == e.c.id).join(ce, ce.c.id == el.c.canonical_id)
                        .where(el.c.document_id == doc_key, el.c.canonical_id != orphan, e.c.type == "PERSON",
                               ce.c.n_documents < SURNAME_MIN_DOCS, el.c.rule == "new")).all()
    out: dict[int, str] = {}
    for row in rows:
        main = analyse_name(row.name, "PERSON")
        if main is None or main.specific or len(main.key.split()) != 1:
            continue
        spans = [(r.char_start, r.char_end) for r in conn.execute(select(m.c.char_start, m.c.char_end).where(m.c.entity_id == row.id))]
        found = _candidates(conn, "PER", _Keys(main, [(main, "surname")]))
        if (bearer := likely_bearer(found, context, main, _Given.of_spans(row.name, spans, text))) is not None:
            out[bearer] = str(row.name)
    return out

