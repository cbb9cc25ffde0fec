"""Running a read and paging it: the tables' short names, page checks, ``sort`` names turned into
ORDER BY terms, late row lookup for one page, and running a query into plain dicts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.exc import SQLAlchemyError

from hearsay.errors import InputError, QueryError, StoreError
from hearsay.store import Store, schema


MAX_LIMIT = 1000
_d, _s, _ce = schema.documents, schema.statements, schema.canonical_entities


def _page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


# --- sorting: every list takes ``sort`` (a column name, "-" first for descending) ------------
# The names are the same in the web pages' URLs, the API and the CLI; each list maps them to
# its own SQL expressions, so a name outside a list's table never reaches SQL (an unknown one
# is an InputError: a 400 in the API). Every order ends with the list's key, so it is total
# and a page boundary never moves between two requests.

def sort_spec(sort: str | None, columns: tuple[str, ...] | dict[str, Any], default: str) -> tuple[str, bool]:
    """Return ``(column, descending)`` for ``sort`` (``"date"``, ``"-date"``), else ``default``.

    Raises:
        InputError: the column is not one of ``columns``.
    """
    spec = (sort or "").strip() or default
    descending = spec.startswith("-")
    name = spec[1:] if spec[0] in "-+" else spec
    if name not in columns:
        allowed = ", ".join(sorted(columns))
        raise InputError(f"cannot sort by {name[:40]!r}: sort by one of {allowed} (a leading '-' sorts descending)")
    return name, descending


def _order(sort: str | None, columns: dict[str, Any], default: str, tie: list[Any]) -> list[Any]:
    """Return ORDER BY terms: the chosen column(s) in the chosen direction, empty values last,
    then the ``tie`` terms (ending with the list's key) so the order is total."""
    name, descending = sort_spec(sort, columns, default)
    chosen = columns[name]
    terms = [(c.desc() if descending else c.asc()).nulls_last() for c in (chosen if isinstance(chosen, tuple) else (chosen,))]
    return terms + tie


def _late(query: Select[Any], key: Any, order: list[Any], limit: int, offset: int, keys: Select[Any] | None = None) -> Select[Any]:
    """Return ``query`` for one page, sorting and skipping narrow rows: a subquery orders and
    pages the keys alone (``keys``, by default ``query`` reduced to ``key``), and only the
    page's rows are then read in full (sorting whole rows, with their text, made a page of
    150,000 statements take a second)."""
    keys = (keys if keys is not None else query.with_only_columns(key)).order_by(*order).limit(limit).offset(offset)
    return query.where(key.in_(keys)).order_by(*order)


def _all(store: Store, query: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    try:
        with store.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query, params or {})]
    except SQLAlchemyError as exc:
        raise StoreError(f"query failed: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None


def _like_escape(text: str) -> str:
    """Return ``text`` with LIKE wildcards escaped: a user's "%" or "_" matches itself."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
