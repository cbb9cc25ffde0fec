"""Writing the canonical-entity tables: keys, names seen, the canonical name, aliases and roles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from hearsay.ledger._keys import _Keys, _rank
from hearsay.model import Entity
from hearsay.store import schema


def add_keys(conn: Connection, canonical: int, group: str, keys: Iterable[tuple[str, str]]) -> None:
    """Record ``(key, kind)`` pairs under ``canonical`` (each key once; the stronger kind wins)."""
    k = schema.canonical_keys
    have = {r.key: r.kind for r in conn.execute(select(k.c.key, k.c.kind).where(k.c.canonical_id == canonical))}
    rows = []
    for key, kind in keys:
        key = key[:300]
        if not key:
            continue
        if key in have:
            if _rank(kind) < _rank(have[key]) and have[key] != "authority":
                conn.execute(k.update().where(k.c.canonical_id == canonical, k.c.key == key).values(kind=kind))
                have[key] = kind
            continue
        have[key] = kind
        rows.append({"canonical_id": canonical, "key": key, "kind": kind, "block": group})
    if rows:
        conn.execute(k.insert(), rows)


def merge_json(old: str, new: Iterable[str], exclude: str) -> str:
    """Return the JSON list ``old`` with the new non-empty values of ``new`` (never ``exclude``) appended."""
    values = json.loads(old)
    for v in new:
        if v and v != exclude and v not in values:
            values.append(v)
    return json.dumps(values, ensure_ascii=False)


def count_name(conn: Connection, canonical: int, name: str, n: int = 1) -> None:
    """Add ``n`` sightings of ``name`` as a full form of ``canonical``."""
    cn = schema.canonical_names
    name = name[:300]
    updated = conn.execute(cn.update().where(cn.c.canonical_id == canonical, cn.c.name == name).values(n=cn.c.n + n)).rowcount
    if not updated:
        conn.execute(cn.insert().values(canonical_id=canonical, name=name, n=n))


def best_name(conn: Connection, canonical: int, entity_type: str, current: str | None = None) -> str | None:
    """Return the most frequent full form of ``canonical`` (a person's full names first);
    ``current`` stays on a tie, so a name changes only when another form is seen more often."""
    cn = schema.canonical_names
    rows = conn.execute(select(cn.c.name, cn.c.n).where(cn.c.canonical_id == canonical)).all()
    if not rows:
        return None
    def rank(row: Any) -> tuple[int, int, int]:
        full = entity_type != "PERSON" or len(row.name.split()) >= 2
        return (int(full), int(row.n), int(row.name == current))
    return str(max(rows, key=rank).name)


def _update(conn: Connection, cid: int, entity: Entity, keys: _Keys, published: str | None, described: bool = False) -> None:
    """Count the name, choose the canonical name and merge aliases, roles and first sighting;
    a ``described`` entity ("the coroner" joined by its role) adds its phrase to the roles, never
    to the aliases."""
    ce = schema.canonical_entities
    # FOR UPDATE (PostgreSQL; SQLite serialises writers anyway): two ingests merging aliases
    # into the same canonical entity must not overwrite each other's additions.
    row = conn.execute(select(ce).where(ce.c.id == cid).with_for_update()).one()
    values: dict[str, Any] = {}
    name = row.name
    if keys.main is not None and not row.iso3:
        count_name(conn, cid, keys.main.text)
        if not row.name_locked:
            best = best_name(conn, cid, row.type, row.name)
            if best and best != row.name:
                name = values["name"] = best
    shown = list(entity.aliases) if row.iso3 else [n.text for n, kind in keys.names if kind != "initials"] if keys.main is not None else [] if described else [entity.name]
    aliases = merge_json(row.aliases, [row.name, *shown], exclude=name)
    if aliases != row.aliases:
        values["aliases"] = aliases
    roles = merge_json(row.roles, [*entity.roles, *([" ".join(entity.name.split())] if described else [])], exclude="")
    if roles != row.roles:
        values["roles"] = roles
    if published and (row.first_seen is None or published < row.first_seen):
        values["first_seen"] = published
    if values:
        conn.execute(ce.update().where(ce.c.id == cid).values(**values))

