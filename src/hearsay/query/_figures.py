"""Figures (series points): the list and its filters, totals, facet counts and rows by id; copies of a
story are left out so a wire story counts once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, select

from hearsay.query._cache import _args, _kept
from hearsay.query._entities import resolve_entity
from hearsay.query._rows import _all, _ce, _d, _late, _order, _page, sort_spec
from hearsay.store import Store, schema


def _originals_only() -> Any:
    dup = schema.duplicates
    return ~exists(select(dup.c.document_id).where(dup.c.document_id == schema.series_points.c.document_id,
                                                   dup.c.original_id != dup.c.document_id))


_SUBJ, _SRC = _ce.alias("subj"), _ce.alias("src")  # a figure's subject and who gave it


def _figure_query() -> Select[Any]:
    p, f = schema.series_points, schema.figures
    subj, src = _SUBJ, _SRC
    return (select(p.c.figure_id.label("id"), p.c.document_id, p.c.subject_id, subj.c.name.label("subject"), p.c.quantity,
                   p.c.value, p.c.low, p.c.high, p.c.unit, p.c.as_of, p.c.period, f.c.text, f.c.hedge,
                   p.c.variable, p.c.place, p.c.basis, p.c.kind, p.c.scale, f.c.char_start, f.c.char_end,
                   p.c.source_id, src.c.name.label("according_to"), _d.c.title, _d.c.source, _d.c.url, _d.c.published)
            .join(f, f.c.id == p.c.figure_id).join(_d, _d.c.id == p.c.document_id)
            .outerjoin(subj, subj.c.id == p.c.subject_id).outerjoin(src, src.c.id == p.c.source_id)
            .where(_originals_only()))


def _figure_filters(store: Store, subject: int | str | None, quantity: str | None, no_subject: bool) -> list[Any]:
    p = schema.series_points
    where: list[Any] = []
    if no_subject:
        where.append(p.c.subject_id.is_(None))
    elif subject is not None:
        where.append(p.c.subject_id == resolve_entity(store, subject)["id"])
    if quantity:
        where.append(p.c.quantity == quantity.lower().strip())
    return where


FIGURE_SORTS = {"quantity": schema.series_points.c.quantity, "subject": _SUBJ.c.name, "value": schema.series_points.c.value,
                "as_of": schema.series_points.c.as_of, "source": _SRC.c.name, "published": _d.c.published,
                "outlet": _d.c.source, "article": _d.c.title}


def figures(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
            limit: int = 50, offset: int = 0, no_subject: bool = False, variable: str | None = None,
            sort: str | None = None) -> list[dict[str, Any]]:
    """Return figures with a quantity (series points), optionally for one subject (or, with
    ``no_subject``, for none) and one quantity (the extractor's counted word) or one
    ``variable`` (a series name from :func:`series_keys`); by quantity then ``as_of``, or by
    ``sort`` (one of :data:`FIGURE_SORTS`) then ``as_of``.

    Raises:
        QueryError: an unknown subject or a bad page.
        InputError: an unknown sort column.
    """
    _page(limit, offset)
    p = schema.series_points
    order = _order(sort, FIGURE_SORTS, "quantity", [p.c.as_of, p.c.figure_id])
    where = [*_figure_filters(store, subject, quantity, no_subject)]
    if variable:
        where.append(func.lower(p.c.variable) == variable.lower().strip())
    # the keys' subquery reads series points alone (every filter is on them), joining only what the sort names
    name, _ = sort_spec(sort, FIGURE_SORTS, "quantity")
    keys: Any = p
    if name == "subject":
        keys = keys.outerjoin(_SUBJ, _SUBJ.c.id == p.c.subject_id)
    elif name == "source":
        keys = keys.outerjoin(_SRC, _SRC.c.id == p.c.source_id)
    elif name in ("published", "outlet", "article"):
        keys = keys.join(_d, _d.c.id == p.c.document_id)
    key_query = select(p.c.figure_id).select_from(keys).where(_originals_only(), *where)
    return _all(store, _late(_figure_query().where(*where), p.c.figure_id, order, limit, offset, key_query))


def figures_total(store: Store, subject: int | str | None = None, quantity: str | None = None, *,
                  no_subject: bool = False) -> int:
    """Return how many figures :func:`figures` lists over all its pages for these filters."""
    return sum(n for _, _, n in _figure_groups(store, subject, quantity, no_subject))


def _figure_groups(store: Store, subject: int | str | None, quantity: str | None,
                   no_subject: bool = False) -> tuple[tuple[str, int | None, int], ...]:
    """(quantity, subject key, number of figures) for the figures these filters select: one
    aggregation, kept per store state, that gives the figures' total and both facets (three
    scans of every series point, each checked against the duplicate groups, made the first
    /figures page after an ingest take about a second at 20,000 articles)."""
    p = schema.series_points

    def groups() -> tuple[tuple[str, int | None, int], ...]:
        # "subject_id + 0": grouped by an expression, SQLite reads the covering index of 0013
        # (quantity, as_of, subject_id, document_id) instead of walking the (subject, quantity)
        # index and each row's table page (90 vs 200 ms at 172,000 points)
        subject_key = (p.c.subject_id + 0).label("subject_id")
        query = (select(p.c.quantity, subject_key, func.count().label("n"))
                 .where(_originals_only(), *_figure_filters(store, subject, quantity, no_subject))
                 .group_by(p.c.quantity, subject_key))
        return tuple((str(r["quantity"]), None if r["subject_id"] is None else int(r["subject_id"]), int(r["n"]))
                     for r in _all(store, query))

    return _kept(store, "figure_groups", _args(subject=subject, quantity=quantity, no_subject=no_subject), groups)


def figures_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Return figure rows as :func:`figures` gives them plus ``local_id`` and the interval's
    ``low_inclusive``/``high_inclusive``, by id (copies of a story are left out, as there)."""
    if not ids:
        return {}
    p, f = schema.series_points, schema.figures
    query = _figure_query().add_columns(f.c.local_id, p.c.low_inclusive, p.c.high_inclusive, f.c.rule).where(p.c.figure_id.in_(sorted(set(ids))))
    return {r["id"]: r for r in _all(store, query)}


def figure_facets(store: Store, subject: int | str | None = None, quantity: str | None = None, *, top: int = 25) -> dict[str, list[dict[str, Any]]]:
    """Return, for the figures these filters select, the counts per quantity and per subject."""
    return _kept(store, "figure_facets", _args(subject=subject, quantity=quantity, top=top),
                 lambda: _figure_facets(store, subject, quantity, top))


def _figure_facets(store: Store, subject: int | str | None, quantity: str | None, top: int) -> dict[str, list[dict[str, Any]]]:
    by_quantity: dict[str, int] = {}
    by_subject: dict[int | None, int] = {}
    for qty, subj, n in _figure_groups(store, subject, quantity):
        by_quantity[qty] = by_quantity.get(qty, 0) + n
        by_subject[subj] = by_subject.get(subj, 0) + n
    quantities = [{"value": k, "label": k, "count": n} for k, n in sorted(by_quantity.items(), key=lambda kv: (-kv[1], kv[0]))]
    # names only for the subjects that can make the top (every one counted at least as often as the top-th)
    ranked = sorted(by_subject.values(), reverse=True)
    floor = ranked[top - 1] if len(ranked) >= top else 0
    wanted = [k for k, n in by_subject.items() if k is not None and n >= floor]
    names: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        names |= {int(r["id"]): r["name"] for r in _all(store, select(_ce.c.id, _ce.c.name).where(_ce.c.id.in_(chunk)))}
    counted = sorted(((n, names.get(k) if k is not None else None, k) for k, n in by_subject.items() if k is None or k in names),
                     key=lambda t: (-t[0], t[1] is not None, t[1] or ""))  # the figures without a subject first among equals
    subjects = [{"value": k, "label": label, "count": n} for n, label, k in counted[:top]]
    return {"quantity": quantities[:top], "subject": subjects}
