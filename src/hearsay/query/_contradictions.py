"""Contradictions: the list, its total, one contradiction's permalink and the list with full sides."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from hearsay.errors import QueryError
from hearsay.query._entities import resolve_entity
from hearsay.query._figures import figures_by_id
from hearsay.query._provenance import provenance
from hearsay.query._rows import _all, _ce, _d, _order, _page, _s
from hearsay.query._statements import statements_by_id
from hearsay.store import Store, schema


CONTRADICTION_SORTS = {"key": schema.contradictions.c.id, "kind": schema.contradictions.c.kind, "subject": _ce.c.name,
                       "quantity": schema.contradictions.c.quantity, "period": schema.contradictions.c.period,
                       "confidence": schema.contradictions.c.confidence, "detected": schema.contradictions.c.detected_at}


def _contradiction_filters(store: Store, kind: str | None, subject: int | str | None, key: int | None = None) -> list[Any]:
    if kind not in (None, "figure", "statement"):
        raise QueryError(f"unknown contradiction kind {kind!r} (figure or statement)")
    c = schema.contradictions
    where: list[Any] = []
    if kind:
        where.append(c.c.kind == kind)
    if subject is not None:
        where.append(c.c.subject_id == resolve_entity(store, subject)["id"])
    if key is not None:
        where.append(c.c.id == key)
    return where


def contradictions(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                   limit: int = 50, offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Return contradictions, each with both sides and their sources, in the order they were
    found (or by ``sort``: one of :data:`CONTRADICTION_SORTS`).

    Raises:
        QueryError: an unknown kind or subject, or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    c = schema.contradictions
    order = _order(sort, CONTRADICTION_SORTS, "key", [c.c.id])
    query = select(c, _ce.c.name.label("subject")).outerjoin(_ce, _ce.c.id == c.c.subject_id)
    rows = _all(store, query.where(*_contradiction_filters(store, kind, subject)).order_by(*order).limit(limit).offset(offset))
    return [_sides(store, r) for r in rows]


def contradictions_total(store: Store, kind: str | None = None, subject: int | str | None = None) -> int:
    """Return how many contradictions :func:`contradictions` lists over all its pages."""
    c = schema.contradictions
    query = select(func.count().label("n")).select_from(c).where(*_contradiction_filters(store, kind, subject))
    return int(_all(store, query)[0]["n"])


def contradiction(store: Store, key: int) -> dict[str, Any]:
    """Return one contradiction for its permalink: the row (kind, subject, variable as
    ``quantity``, ``period``, ``reason``, ``confidence``, both stored sentences) and each side's
    :func:`provenance` (the sentence in its paragraph, speaker or subject and source, article,
    rule) as ``left``/``right`` (None for a side no longer stored); a figure side also carries
    its series ``point`` (subject key, variable, place, basis, period, interval in the series' unit).

    Raises:
        QueryError: no contradiction has that key.
    """
    c = schema.contradictions
    rows = _all(store, select(c, _ce.c.name.label("subject")).outerjoin(_ce, _ce.c.id == c.c.subject_id).where(c.c.id == key))
    if not rows:
        raise QueryError(f"no contradiction with key {key}")
    row = rows[0]
    out = {k: row.get(k) for k in ("id", "kind", "subject_id", "subject", "quantity", "period", "reason", "detected_at",
                                   "confidence", "left_sentence", "right_sentence")}
    p = schema.series_points
    for side in ("left", "right"):
        try:
            found: dict[str, Any] | None = provenance(store, row["kind"], row[f"{side}_id"])
        except QueryError:
            found = None
        if found is not None and row["kind"] == "figure":
            points = _all(store, select(p.c.subject_id.label("subject"), p.c.variable, p.c.place, p.c.basis, p.c.kind, p.c.period, p.c.as_of, p.c.low, p.c.high,
                                        p.c.low_inclusive, p.c.high_inclusive, p.c.value, p.c.unit, p.c.scale)
                          .where(p.c.figure_id == row[f"{side}_id"]))
            found["point"] = points[0] if points else None
        out[side] = found
    return out


def _sides(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    table = schema.figures if row["kind"] == "figure" else _s
    body = table.c.text if row["kind"] == "figure" else _s.c.content
    out = {k: row.get(k) for k in ("id", "kind", "subject_id", "subject", "quantity", "period", "reason", "detected_at",
                                   "confidence", "left_sentence", "right_sentence")}
    for side in ("left", "right"):
        found = _all(store, select(table.c.id, body.label("text"), table.c.document_id, _d.c.title, _d.c.source, _d.c.url,
                                   _d.c.published).join(_d, _d.c.id == table.c.document_id).where(table.c.id == row[f"{side}_id"]))
        out[side] = found[0] if found else None
    return out


def contradictions_in_full(store: Store, kind: str | None = None, subject: int | str | None = None, *,
                           limit: int = 50, offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Return :func:`contradictions` with each side as a full figure or statement row
    (:func:`figures_by_id`, :func:`statements_by_id`); a side no longer stored keeps its short form.

    Raises:
        QueryError: as :func:`contradictions`.
    """
    rows = contradictions(store, kind, subject, limit=limit, offset=offset, sort=sort)

    def side_ids(which: str) -> list[int]:
        return [r[s]["id"] for r in rows if r["kind"] == which for s in ("left", "right") if r[s]]

    full = {"figure": figures_by_id(store, side_ids("figure")), "statement": statements_by_id(store, side_ids("statement"))}
    for r in rows:
        for s in ("left", "right"):
            if r[s]:
                r[s] = full[r["kind"]].get(r[s]["id"], r[s])
    return rows
