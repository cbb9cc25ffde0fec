"""Curating canonical entities, rebuilding the ledger, and authority lists (issue 12).

Curators correct the linker with three operations — :func:`merge_entities`,
:func:`split_entity`, :func:`rename_entity` — each applied at once and recorded in
``entity_curations`` by *names*, not ids, because :func:`rebuild` re-derives every canonical
entity from the stored articles (new ids) and then re-applies the recorded operations in order.
An authority list (:func:`load_authority`: a CSV of name/aliases/type/id, or FollowTheMoney
JSON lines such as OpenSanctions exports) seeds canonical entities that news mentions link to
by exact name; it is kept in ``authority_entities`` and re-seeded on rebuild.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from hearsay.errors import InputError, QueryError
from hearsay.ledger.entities import add_keys, best_name, count_name, group_of, merge_json
from hearsay.ledger.names import analyse_name, name_key
from hearsay.store import Store, schema

_ce, _el, _keys, _names = schema.canonical_entities, schema.entity_links, schema.canonical_keys, schema.canonical_names


# --- finding an entity by what a curator calls it -----------------------------------------

def find_canonical(conn: Connection, ref: int | str, entity_type: str | None = None) -> int:
    """Return the id of the canonical entity ``ref`` names (an id, a name, an alias, an ISO3 code).

    Raises:
        QueryError: nothing matches.
    """
    text = str(ref).strip()
    if text.isdigit():
        found = conn.execute(select(_ce.c.id).where(_ce.c.id == int(text))).first()
    else:
        query = select(_ce.c.id).where((func.lower(_ce.c.name) == text.lower()) | (_ce.c.iso3 == text.upper()))
        if entity_type:
            query = query.where(_ce.c.type == entity_type)
        found = conn.execute(query.order_by(_ce.c.n_documents.desc(), _ce.c.id).limit(1)).first()
        if found is None:
            query = select(_ce.c.id).join(_keys, _keys.c.canonical_id == _ce.c.id).where(_keys.c.key == name_key(text))
            if entity_type:
                query = query.where(_ce.c.type == entity_type)
            found = conn.execute(query.order_by(_ce.c.n_documents.desc(), _ce.c.id).limit(1)).first()
    if found is None:
        raise QueryError(f"no entity {text!r} in the store")
    return int(found[0])


def _describe(conn: Connection, cid: int) -> dict[str, str]:
    row = conn.execute(select(_ce.c.name, _ce.c.type).where(_ce.c.id == cid)).one()
    return {"name": row.name, "type": row.type}


def _record(conn: Connection, op: str, args: dict[str, Any]) -> None:
    conn.execute(schema.entity_curations.insert().values(op=op, args=json.dumps(args, ensure_ascii=False),
                                                         created_at=datetime.now(timezone.utc).isoformat()))


# --- keeping the other ledger tables pointing at the right entity --------------------------

def _refresh(conn: Connection, canonical_ids: Iterable[int]) -> None:
    """Recompute counts, first sighting and every reference to ``canonical_ids`` from the links."""
    ids = [c for c in canonical_ids if c is not None]
    d, e, s, f = schema.documents, schema.entities, schema.statements, schema.figures
    for cid in ids:
        n = conn.execute(select(func.count(func.distinct(_el.c.document_id))).where(_el.c.canonical_id == cid)).scalar_one()
        first = conn.execute(select(func.min(d.c.published)).join(_el, _el.c.document_id == d.c.id).where(_el.c.canonical_id == cid)).scalar()
        conn.execute(update(_ce).where(_ce.c.id == cid).values(n_documents=n, first_seen=first))

    def canonical_of(doc_col: Any, local_col: Any) -> Any:
        return (select(_el.c.canonical_id).join(e, e.c.id == _el.c.entity_id)
                .where(and_(e.c.document_id == doc_col, e.c.local_id == local_col)).limit(1).scalar_subquery())

    sl, sp = schema.statement_links, schema.series_points
    conn.execute(update(sl).where(sl.c.speaker_id.in_(ids)).values(
        speaker_id=select(canonical_of(s.c.document_id, s.c.speaker)).where(s.c.id == sl.c.statement_id).scalar_subquery()))
    conn.execute(update(sp).where(sp.c.subject_id.in_(ids)).values(
        subject_id=select(canonical_of(f.c.document_id, f.c.subject)).where(f.c.id == sp.c.figure_id).scalar_subquery()))
    conn.execute(update(sp).where(sp.c.source_id.in_(ids)).values(
        source_id=select(canonical_of(f.c.document_id, f.c.source)).where(f.c.id == sp.c.figure_id).scalar_subquery()))
    sc = schema.statement_clusters
    conn.execute(update(sc).where(sc.c.speaker_id.in_(ids)).values(
        speaker_id=select(sl.c.speaker_id).where(sl.c.cluster_id == sc.c.id).order_by(sl.c.document_id).limit(1).scalar_subquery()))
    c = schema.contradictions
    conn.execute(update(c).where(and_(c.c.subject_id.in_(ids), c.c.kind == "figure")).values(
        subject_id=select(canonical_of(f.c.document_id, f.c.subject)).where(f.c.id == c.c.left_id).scalar_subquery()))
    conn.execute(update(c).where(and_(c.c.subject_id.in_(ids), c.c.kind == "statement")).values(
        subject_id=select(canonical_of(s.c.document_id, s.c.speaker)).where(s.c.id == c.c.left_id).scalar_subquery()))


def _rename_by_frequency(conn: Connection, cid: int) -> None:
    row = conn.execute(select(_ce.c.name, _ce.c.type, _ce.c.name_locked, _ce.c.iso3).where(_ce.c.id == cid)).one()
    if row.name_locked or row.iso3:
        return
    best = best_name(conn, cid, row.type, row.name)
    if best and best != row.name:
        conn.execute(update(_ce).where(_ce.c.id == cid).values(name=best))


# --- the three operations --------------------------------------------------------------------

def merge_entities(conn: Connection, keep_ref: int | str, absorb_ref: int | str, *, record: bool = True) -> int:
    """Make ``absorb_ref`` part of ``keep_ref``: its links, names and keys move; return the kept id.

    Raises:
        QueryError: either entity is unknown, or both name the same entity.
    """
    keep, absorb = find_canonical(conn, keep_ref), find_canonical(conn, absorb_ref)
    if keep == absorb:
        raise QueryError(f"{keep_ref!r} and {absorb_ref!r} are already one entity")
    if record:
        _record(conn, "merge", {"keep": _describe(conn, keep), "absorb": _describe(conn, absorb)})
    a = conn.execute(select(_ce).where(_ce.c.id == absorb)).one()
    k = conn.execute(select(_ce).where(_ce.c.id == keep)).one()
    conn.execute(update(_el).where(_el.c.canonical_id == absorb).values(canonical_id=keep))
    for key_row in conn.execute(select(_keys.c.key, _keys.c.kind, _keys.c.block).where(_keys.c.canonical_id == absorb)).all():
        add_keys(conn, keep, key_row.block, [(key_row.key, key_row.kind)])
    for name_row in conn.execute(select(_names.c.name, _names.c.n).where(_names.c.canonical_id == absorb)).all():
        count_name(conn, keep, name_row.name, name_row.n)
    if a.iso3 and not k.iso3:  # the code is unique: take it off the absorbed row first
        conn.execute(update(_ce).where(_ce.c.id == absorb).values(iso3=None))
    conn.execute(update(_ce).where(_ce.c.id == keep).values(
        aliases=merge_json(k.aliases, [a.name, *json.loads(a.aliases)], exclude=k.name),
        roles=merge_json(k.roles, json.loads(a.roles), exclude=""),
        iso3=k.iso3 or a.iso3, authority_id=k.authority_id or a.authority_id))
    _repoint(conn, absorb, keep)
    conn.execute(_keys.delete().where(_keys.c.canonical_id == absorb))
    conn.execute(_names.delete().where(_names.c.canonical_id == absorb))
    conn.execute(_ce.delete().where(_ce.c.id == absorb))
    _rename_by_frequency(conn, keep)
    _refresh(conn, [keep])
    return keep


def _repoint(conn: Connection, old: int, new: int) -> None:
    """Point every ledger reference to canonical entity ``old`` at ``new``."""
    for table, column in ((schema.statement_links, "speaker_id"), (schema.statement_clusters, "speaker_id"),
                          (schema.series_points, "subject_id"), (schema.series_points, "source_id"),
                          (schema.contradictions, "subject_id")):
        conn.execute(update(table).where(table.c[column] == old).values({column: new}))


def split_entity(conn: Connection, ref: int | str, names: list[str], *, record: bool = True) -> int:
    """Move the articles' entities named ``names`` out of ``ref`` into a new canonical entity.

    The moved names' keys go with them, so later articles that use those names join the new
    entity, not the old one. Returns the new entity's id.

    Raises:
        QueryError: unknown entity, or no linked name matches ``names``.
    """
    cid = find_canonical(conn, ref)
    row = conn.execute(select(_ce).where(_ce.c.id == cid)).one()
    wanted = {name_key(n) for n in names} - {""}
    e = schema.entities
    moving = []
    for entity_id, name, etype in conn.execute(select(_el.c.entity_id, e.c.name, e.c.type).join(e, e.c.id == _el.c.entity_id)
                                               .where(_el.c.canonical_id == cid)).all():
        analysed = analyse_name(name, etype)
        if name_key(name) in wanted or analysed is not None and analysed.key in wanted:
            moving.append(entity_id)
    if not moving:
        raise QueryError(f"no article links a name {', '.join(repr(n) for n in names)} to {row.name!r}")
    if len(moving) == conn.execute(select(func.count()).select_from(_el).where(_el.c.canonical_id == cid)).scalar_one():
        raise QueryError(f"every name of {row.name!r} is among {', '.join(names)}: rename it instead")
    if record:
        _record(conn, "split", {"entity": _describe(conn, cid), "names": names})
    first = analyse_name(names[0], row.type)
    new = conn.execute(_ce.insert().values(name=first.text if first else names[0], type=row.type, aliases="[]", roles="[]",
                                           n_documents=0)).inserted_primary_key[0]  # type: ignore[index]
    assert new is not None
    conn.execute(update(_el).where(_el.c.entity_id.in_(moving)).values(canonical_id=new))
    key_rows = conn.execute(select(_keys.c.key, _keys.c.kind, _keys.c.block).where(_keys.c.canonical_id == cid)).all()
    variants = {analysed.variant for n in names if (analysed := analyse_name(n, row.type)) is not None}
    for kr in key_rows:
        if kr.key in wanted or kr.key in variants:
            conn.execute(_keys.delete().where(and_(_keys.c.canonical_id == cid, _keys.c.key == kr.key)))
            add_keys(conn, new, kr.block, [(kr.key, kr.kind)])
    for n in names:
        if (analysed := analyse_name(n, row.type)) is not None:
            add_keys(conn, new, group_of(row.type), [(analysed.key, "name" if analysed.specific else "surname")])
    for nrow in conn.execute(select(_names.c.name, _names.c.n).where(_names.c.canonical_id == cid)).all():
        if name_key(nrow.name) in wanted:
            conn.execute(_names.delete().where(and_(_names.c.canonical_id == cid, _names.c.name == nrow.name)))
            count_name(conn, new, nrow.name, nrow.n)
    kept_aliases = [a for a in json.loads(row.aliases) if name_key(a) not in wanted]
    conn.execute(update(_ce).where(_ce.c.id == cid).values(aliases=json.dumps(kept_aliases, ensure_ascii=False)))
    moved_aliases = [n for n in names if first is None or n != first.text]
    conn.execute(update(_ce).where(_ce.c.id == new).values(aliases=json.dumps(moved_aliases, ensure_ascii=False)))
    _rename_by_frequency(conn, cid)
    _rename_by_frequency(conn, new)
    _refresh(conn, [cid, new])
    return int(new)


def rename_entity(conn: Connection, ref: int | str, name: str, *, record: bool = True) -> int:
    """Give ``ref`` the canonical name ``name`` for good (frequency no longer changes it).

    Raises:
        QueryError: unknown entity or an empty name.
    """
    name = " ".join(name.split())
    if not name:
        raise QueryError("the new name is empty")
    cid = find_canonical(conn, ref)
    row = conn.execute(select(_ce).where(_ce.c.id == cid)).one()
    if record:
        _record(conn, "rename", {"entity": _describe(conn, cid), "name": name})
    conn.execute(update(_ce).where(_ce.c.id == cid).values(
        name=name, name_locked=True, aliases=merge_json(row.aliases, [row.name], exclude=name)))
    analysed = analyse_name(name, row.type)
    if analysed is not None:
        add_keys(conn, cid, group_of(row.type), [(analysed.key, "name")])
    return cid


def replay_curations(conn: Connection) -> list[str]:
    """Apply every recorded curation again, in order; return a line for each one that no longer applies."""
    skipped = []
    rows = conn.execute(select(schema.entity_curations).order_by(schema.entity_curations.c.id)).all()
    for row in rows:
        args = json.loads(row.args)
        try:
            if row.op == "merge":
                merge_entities(conn, args["keep"]["name"], args["absorb"]["name"], record=False)
            elif row.op == "split":
                split_entity(conn, args["entity"]["name"], args["names"], record=False)
            elif row.op == "rename":
                rename_entity(conn, args["entity"]["name"], args["name"], record=False)
        except QueryError as exc:
            skipped.append(f"{row.op} #{row.id}: {exc}")
    return skipped


# --- authority lists ---------------------------------------------------------------------------

_FTM_TYPES = {"Person": "PERSON", "Organization": "ORG", "Company": "ORG", "PublicBody": "ORG", "LegalEntity": "ORG",
              "Airplane": "PRODUCT", "Vessel": "PRODUCT", "Address": "FAC"}


def read_authority(path: Path) -> list[dict[str, Any]]:
    """Return the entities of an authority list: CSV (name, aliases, type, id) or FtM JSON lines.

    Raises:
        InputError: unreadable file, missing columns, or no entity in it.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the authority list ({exc.__class__.__name__})") from None
    rows: list[dict[str, Any]] = []
    if text.lstrip().startswith("{"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(f"{path}:{n}: not a FollowTheMoney JSON line") from None
            etype = _FTM_TYPES.get(str(obj.get("schema", "")))
            props = obj.get("properties") or {}
            names = [str(v) for v in props.get("name", [])]
            if etype is None or not names or not obj.get("id"):
                continue
            aliases = [str(v) for key in ("alias", "weakAlias", "previousName") for v in props.get(key, [])]
            rows.append({"id": str(obj["id"]), "name": names[0], "type": etype, "aliases": names[1:] + aliases})
    else:
        reader = csv.DictReader(io.StringIO(text))
        missing = {"name", "id"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"{path}: the authority CSV needs the columns name, aliases, type, id (missing {', '.join(sorted(missing))})")
        for row in reader:
            if not (row.get("name") or "").strip() or not (row.get("id") or "").strip():
                continue
            aliases = [a.strip() for a in (row.get("aliases") or "").replace(";", "|").split("|") if a.strip()]
            rows.append({"id": row["id"].strip(), "name": row["name"].strip(), "type": (row.get("type") or "ORG").strip().upper(),
                         "aliases": aliases})
    if not rows:
        raise InputError(f"{path}: no entity with a name, a type hearsay links and an id")
    return rows


def _seed_authority(conn: Connection, entity: dict[str, Any]) -> int:
    """Create (or find) the canonical entity of one authority row and give it its names as keys."""
    found = conn.execute(select(_ce.c.id).where(_ce.c.authority_id == entity["id"])).first()
    if found is not None:
        cid = int(found[0])
    else:
        cid = int(conn.execute(_ce.insert().values(
            name=entity["name"], type=entity["type"], aliases=json.dumps(entity["aliases"], ensure_ascii=False), roles="[]",
            n_documents=0, authority_id=entity["id"], name_locked=True)).inserted_primary_key[0])  # type: ignore[index]
    keys = []
    for name in [entity["name"], *entity["aliases"]]:
        analysed = analyse_name(name, entity["type"])
        if analysed is not None and analysed.specific:
            keys.append((analysed.key, "authority"))
    add_keys(conn, cid, group_of(entity["type"]), keys)
    return cid


def load_authority(conn: Connection, path: Path, dataset: str | None = None) -> int:
    """Load an authority list into the store; return how many entities it added or updated.

    Raises:
        InputError: see :func:`read_authority`.
    """
    entities = read_authority(path)
    ae = schema.authority_entities
    for entity in entities:
        values = {"name": entity["name"], "type": entity["type"], "aliases": json.dumps(entity["aliases"], ensure_ascii=False),
                  "dataset": dataset or path.name}
        if conn.execute(select(ae.c.id).where(ae.c.authority_id == entity["id"])).first():
            conn.execute(update(ae).where(ae.c.authority_id == entity["id"]).values(**values))
        else:
            conn.execute(ae.insert().values(authority_id=entity["id"], **values))
        _seed_authority(conn, entity)
    return len(entities)


# --- rebuild ---------------------------------------------------------------------------------------

def rebuild(store: Store, progress: Callable[[int, int], None] | None = None) -> tuple[int, list[str]]:
    """Re-derive every cross-article table from the stored articles, in one transaction.

    Clears the derived ledger tables, seeds the authority lists, links every article again in
    the order it was stored (what incremental ingest did, with today's rules) and re-applies the
    curations. A failure leaves the store as it was.

    Returns:
        ``(articles linked, curations that no longer apply)``.
    """
    from hearsay.ledger import update_ledger

    d = schema.documents
    with store.engine.connect() as conn:
        shas = [r[0] for r in conn.execute(select(d.c.sha256).order_by(d.c.id))]
    with store.engine.begin() as conn:
        for table in reversed(schema.DERIVED):
            conn.execute(table.delete())
        ae = schema.authority_entities
        for row in conn.execute(select(ae).order_by(ae.c.id)).all():
            _seed_authority(conn, {"id": row.authority_id, "name": row.name, "type": row.type, "aliases": json.loads(row.aliases)})
        for i, sha in enumerate(shas, 1):
            record = store.load(sha)
            key = conn.execute(select(d.c.id).where(d.c.sha256 == sha)).scalar_one()
            update_ledger(conn, key, record)
            if progress is not None:
                progress(i, len(shas))
        skipped = replay_curations(conn)
    return len(shas), skipped


def entity_evidence(conn: Connection, cid: int, limit: int = 200) -> list[dict[str, Any]]:
    """Return why each name is part of ``cid``: per name, the articles, rules and evidence."""
    e, d = schema.entities, schema.documents
    rows = conn.execute(select(e.c.name, _el.c.rule, _el.c.evidence, _el.c.score, d.c.id.label("document_id"), d.c.title, d.c.published)
                        .join(_el, _el.c.entity_id == e.c.id).join(d, d.c.id == _el.c.document_id)
                        .where(_el.c.canonical_id == cid).order_by(d.c.id).limit(limit)).all()
    by_name: dict[str, dict[str, Any]] = {}
    for r in rows:
        entry = by_name.setdefault(r.name, {"name": r.name, "articles": 0, "rules": {}, "examples": []})
        entry["articles"] += 1
        rule = r.rule or "earlier rules"
        entry["rules"][rule] = entry["rules"].get(rule, 0) + 1
        if len(entry["examples"]) < 3:
            entry["examples"].append({"document_id": r.document_id, "title": r.title, "published": r.published, "rule": rule,
                                      "score": r.score, "evidence": json.loads(r.evidence) if r.evidence else {}})
    return sorted(by_name.values(), key=lambda x: -int(x["articles"]))


def curations(conn: Connection) -> list[dict[str, Any]]:
    """Return the recorded curations, oldest first."""
    rows = conn.execute(select(schema.entity_curations).order_by(schema.entity_curations.c.id)).all()
    return [{"id": r.id, "op": r.op, "args": json.loads(r.args), "created_at": r.created_at} for r in rows]


__all__ = ["curations", "entity_evidence", "find_canonical", "load_authority", "merge_entities", "read_authority", "rebuild",
           "rename_entity", "replay_curations", "split_entity"]
