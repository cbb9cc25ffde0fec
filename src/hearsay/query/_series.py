"""Series: one (subject, variable) each, their list, total and one series' points."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from hearsay.errors import QueryError
from hearsay.query._cache import _args, _kept
from hearsay.query._entities import resolve_entity
from hearsay.query._figures import _figure_query, _originals_only
from hearsay.query._rows import _all, _ce, _page, sort_spec
from hearsay.store import Store, schema


SERIES_SORTS = ("subject", "quantity", "points", "undated", "first", "last")


def _series_filters(store: Store, subject: int | str | None, quantity: str | None) -> list[Any]:
    p = schema.series_points
    where = [_originals_only(), p.c.variable.is_not(None)]
    if subject is not None:
        where.append(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        where.append(func.lower(p.c.variable) == quantity.lower().strip())
    return where


def series_keys(store: Store, subject: int | str | None = None, *, limit: int = 50, offset: int = 0,
                quantity: str | None = None, sort: str | None = None) -> list[dict[str, Any]]:
    """Return the series in the store, largest first: one (subject, variable) each, with the
    number of dated points (``points``) and of points without an as_of (``undated``).

    ``quantity`` is the variable's name (measure, place, basis, unit: "troops deployed",
    "price (USD)"); figures that are not counts, whose measure is unknown or that have no
    subject form no series (a subject-less "killed" would mix every event's dead). ``quantity``
    keeps one variable; ``sort`` is one of :data:`SERIES_SORTS` (default ``-points``).

    Raises:
        QueryError: an unknown subject or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    name, descending = sort_spec(sort, SERIES_SORTS, "-points")
    rows = [dict(zip(_SERIES_FIELDS, g)) for g in _series_groups(store, subject, quantity)]
    # the order SQL would give: the tie-break first (undated descending, name, subject key), then
    # the chosen column, stable, its empty values last whatever the direction
    rows.sort(key=lambda r: (r["quantity"], r["subject_id"]))
    rows.sort(key=lambda r: r["undated"], reverse=True)
    present = sorted((r for r in rows if r[name] is not None), key=lambda r: r[name], reverse=descending)
    return (present + [r for r in rows if r[name] is None])[offset:offset + limit]


_SERIES_FIELDS = ("subject_id", "subject", "quantity", "points", "undated", "first", "last")


def _series_groups(store: Store, subject: int | str | None, quantity: str | None) -> tuple[tuple[Any, ...], ...]:
    """Every series the filters select, unordered: one aggregation of the series points, kept
    per store state (the list, its pages in any order and its total all come from it)."""
    p = schema.series_points
    where = _series_filters(store, subject, quantity)

    def groups() -> tuple[tuple[Any, ...], ...]:
        query = (select(p.c.subject_id, _ce.c.name.label("subject"), p.c.variable.label("quantity"),
                        func.count(p.c.period).label("points"), (func.count() - func.count(p.c.period)).label("undated"),
                        func.min(p.c.as_of).label("first"), func.max(p.c.as_of).label("last"))
                 .join(_ce, _ce.c.id == p.c.subject_id).where(*where).group_by(p.c.subject_id, _ce.c.name, p.c.variable))
        return tuple(tuple(r[f] for f in _SERIES_FIELDS) for r in _all(store, query))

    return _kept(store, "series_groups", _args(subject=subject, quantity=quantity), groups)


def series_total(store: Store, subject: int | str | None = None, *, quantity: str | None = None) -> int:
    """Return how many series :func:`series_keys` lists over all its pages."""
    return len(_series_groups(store, subject, quantity))


def series(store: Store, subject: int | str, quantity: str) -> dict[str, Any]:
    """Return one series: the points of ``subject``'s variable ``quantity`` (a name from
    :func:`series_keys`) with an explicit as_of, oldest first, and the ``undated`` ones apart
    (never placed at their article's publication date).

    Raises:
        QueryError: unknown subject, or no figures for that variable.
    """
    entity = resolve_entity(store, subject)
    p = schema.series_points
    name = quantity.strip()
    rows = _all(store, _figure_query().where(p.c.subject_id == entity["id"], func.lower(p.c.variable) == name.lower())
                .order_by(p.c.as_of, p.c.figure_id))
    if not rows:  # the extractor's own label ("soldiers killed") names the series its figures are in
        variables = {r["variable"] for r in _all(store, select(p.c.variable).where(
            p.c.subject_id == entity["id"], p.c.quantity == name.lower(), p.c.variable.is_not(None)))}
        if len(variables) == 1:
            name = variables.pop()
            rows = _all(store, _figure_query().where(p.c.subject_id == entity["id"], p.c.variable == name)
                        .order_by(p.c.as_of, p.c.figure_id))
    if not rows:
        raise QueryError(f"no {quantity!r} figures about {entity['name']}")
    return {"subject": entity, "quantity": name, "unit": rows[0]["unit"],
            "points": [r for r in rows if r["as_of"]], "undated": [r for r in rows if not r["as_of"]]}
