"""Cross-document entities: each article's entities resolved to one canonical entity.

Countries join on their ISO 3166 alpha-3 code. Other names are folded (accents stripped,
common romanisation variants of Cyrillic and Arabic names made equal: Sergey/Sergei,
Shoigu/Shoygu, Zelensky/Zelenskyy) and looked up exactly; failing that, names in the same
block (type group + first letters of the folded surname) are compared with rapidfuzz, and a
bare surname joins the one person who carries it. Every folded name and alias is kept in
``canonical_keys`` so each lookup is an indexed query.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, func, select

from hearsay.model import Entity, Record
from hearsay.store import schema

FUZZY_MIN = 90  # rapidfuzz ratio on folded names for a misspelt or variant name to join
_GROUPS = {"PERSON": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# Romanisation variants, applied in order to each folded token (BGN/PCGN vs. ISO 9 vs. press
# usage for Russian and Ukrainian names; "kh"/"h" for Arabic). Doubled letters collapse last.
_TRANSLIT = [
    (re.compile(r"ey$"), "ei"), (re.compile(r"iy$"), "i"), (re.compile(r"yy$"), "y"),
    (re.compile(r"y"), "i"), (re.compile(r"ii"), "i"), (re.compile(r"kh"), "h"), (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"), (re.compile(r"w"), "v"), (re.compile(r"ou"), "u"), (re.compile(r"dzh"), "j"),
    (re.compile(r"(.)\1"), r"\1"),
]
_STRIP = re.compile(r"[^\w\s]+")
_LEADING = re.compile(r"^(the|a|an)\s+")


def fold(name: str) -> str:
    """Return the matching key of ``name``: lower-case ASCII with romanisation variants folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _LEADING.sub("", _STRIP.sub(" ", text.replace("’", "").replace("'", "")).strip())
    tokens = []
    for token in text.split():
        for pattern, repl in _TRANSLIT:
            token = pattern.sub(repl, token)
        tokens.append(token)
    return " ".join(tokens)


def group_of(entity_type: str) -> str:
    """Return the type group names are matched within (GPE, LOC and FAC are all places)."""
    return _GROUPS.get(entity_type, entity_type)


def _block(group: str, key: str) -> str:
    last = key.split()[-1] if key else ""
    return f"{group}:{last[:3]}"


def _add_keys(conn: Connection, canonical: int, group: str, names: Iterable[tuple[str, str]]) -> None:
    k = schema.canonical_keys
    have = {r[0] for r in conn.execute(select(k.c.key).where(k.c.canonical_id == canonical))}
    rows = []
    for name, kind in names:
        key = fold(name)[:300]
        if key and key not in have:
            have.add(key)
            rows.append({"canonical_id": canonical, "key": key, "kind": kind, "block": _block(group, key)})
    if rows:
        conn.execute(k.insert(), rows)


def _keys_of(entity: Entity) -> list[tuple[str, str]]:
    names = [(entity.name, "name"), *((a, "alias") for a in entity.aliases)]
    if entity.type == "PERSON" and len(entity.name.split()) > 1:
        names.append((entity.name.split()[-1], "surname"))
    return names


def country_code(entity: Entity) -> str | None:
    """Return the ISO3 code that *identifies* ``entity``: only a place is its country.

    People, organisations and regions carry ``ids.iso3`` too (the event coder's actor
    country: Shoigu -> RUS); that says where they belong, not who they are, so it must never
    merge them into the country (issue 6: "Sergey Shoigu" was answered with Russia). A
    country entity is the gazetteer's country of that code, under the gazetteer's name.
    """
    from hearsay.extract.gazetteer import load_gazetteer

    iso3 = (entity.ids or {}).get("iso3")
    country = load_gazetteer().countries.get(iso3) if iso3 and entity.type == "GPE" else None
    # a region coded with its country (Michigan -> USA) is not the country either
    return iso3 if country is not None and country.name == entity.name else None


def _find(conn: Connection, entity: Entity) -> tuple[int | None, float]:
    ce, k = schema.canonical_entities, schema.canonical_keys
    group = group_of(entity.type)
    iso3 = country_code(entity)
    if iso3:
        found = conn.execute(select(ce.c.id).where(ce.c.iso3 == iso3)).first()
        return (found[0], 1.0) if found else (None, 0.0)
    keys = [fold(n) for n, kind in _keys_of(entity) if kind != "surname"]
    keys = [x for x in keys if x]
    if not keys:
        return None, 0.0
    exact = conn.execute(
        select(k.c.canonical_id, ce.c.n_documents).join(ce, ce.c.id == k.c.canonical_id)
        .where(k.c.key.in_(keys), k.c.kind != "surname", k.c.block.like(f"{group}:%"))
        .order_by(ce.c.n_documents.desc(), k.c.canonical_id)
    ).first()
    if exact:
        return exact[0], 1.0
    main = fold(entity.name)
    best: tuple[int | None, float] = (None, 0.0)
    for cid, key in conn.execute(select(k.c.canonical_id, k.c.key).where(k.c.block == _block(group, main), k.c.kind == "name")):
        score = fuzz.ratio(main, key)
        if score >= FUZZY_MIN and score > best[1] * 100 and _compatible(main, key):
            best = (cid, score / 100)
    if best[0] is not None:
        return best
    if entity.type == "PERSON" and len(main.split()) == 1:
        owners = {r[0] for r in conn.execute(select(k.c.canonical_id).where(k.c.key == main, k.c.kind == "surname"))}
        if len(owners) == 1:
            return owners.pop(), 0.8
    return None, 0.0


def _compatible(a: str, b: str) -> bool:
    """Names agree on their first initials (so "Kim Jong Un" never joins "Kim Yo Jong")."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return True
    return all(x[:1] == y[:1] for x, y in zip(ta, tb, strict=True))


def _merge_json(old: str, new: Iterable[str], exclude: str) -> str:
    values = json.loads(old)
    for v in new:
        if v and v != exclude and v not in values:
            values.append(v)
    return json.dumps(values, ensure_ascii=False)


def _better_name(current: str, candidate: str, entity_type: str) -> bool:
    # a full personal name beats a bare surname ("Shoigu" -> "Sergey Shoigu")
    return entity_type == "PERSON" and len(candidate.split()) > len(current.split()) and fold(candidate).endswith(fold(current).split()[-1])


def link_entities(conn: Connection, doc_key: int, record: Record) -> dict[str, int]:
    """Resolve the entities of stored article ``doc_key`` to canonical entities.

    Returns:
        a map from each entity's local id (``e3``) to its canonical entity key.
    """
    ce, links, ents = schema.canonical_entities, schema.entity_links, schema.entities
    published = record.article.published.isoformat() if record.article.published else None
    rows = {r.local_id: r.id for r in conn.execute(select(ents.c.local_id, ents.c.id).where(ents.c.document_id == doc_key))}
    out: dict[str, int] = {}
    for entity in record.entities:
        cid, score = _find(conn, entity)
        if cid is None:
            cid = conn.execute(ce.insert().values(
                name=entity.name, type=entity.type, iso3=country_code(entity), aliases="[]", roles="[]", first_seen=published, n_documents=0,
            )).inserted_primary_key[0]  # type: ignore[index]
            score = 1.0
        assert cid is not None
        _update(conn, cid, entity, published)
        _add_keys(conn, cid, group_of(entity.type), _keys_of(entity))
        seen = conn.execute(select(func.count()).select_from(links).where(links.c.canonical_id == cid, links.c.document_id == doc_key)).scalar_one()
        if not seen:
            conn.execute(ce.update().where(ce.c.id == cid).values(n_documents=ce.c.n_documents + 1))
        conn.execute(links.insert().values(entity_id=rows[entity.id], canonical_id=cid, document_id=doc_key, score=score))
        out[entity.id] = cid
    return out


def _update(conn: Connection, cid: int, entity: Entity, published: str | None) -> None:
    ce = schema.canonical_entities
    # FOR UPDATE (PostgreSQL; SQLite serialises writers anyway): two ingests merging aliases
    # into the same canonical entity must not overwrite each other's additions.
    row = conn.execute(select(ce).where(ce.c.id == cid).with_for_update()).one()
    values: dict[str, Any] = {}
    name = row.name
    if _better_name(row.name, entity.name, row.type):
        name = entity.name
        values["name"] = name
    aliases = _merge_json(row.aliases, [row.name, entity.name, *entity.aliases], exclude=name)
    if aliases != row.aliases:
        values["aliases"] = aliases
    roles = _merge_json(row.roles, entity.roles, exclude="")
    if roles != row.roles:
        values["roles"] = roles
    if published and (row.first_seen is None or published < row.first_seen):
        values["first_seen"] = published
    if values:
        conn.execute(ce.update().where(ce.c.id == cid).values(**values))


__all__ = ["FUZZY_MIN", "fold", "group_of", "link_entities"]
