"""Counts kept while the store does not change: totals, facets and series kept per store state."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import text

from hearsay.query._rows import _all
from hearsay.store import Store


# --- counts kept while the store does not change ----------------------------------------------
# Totals, facet counts, series and transfer pairs aggregate the whole selection: on 20,000
# articles an unfiltered facet count reads every statement (about a second). They are kept,
# per store and arguments, for as long as the store's state is the same: the articles stored,
# the last ledger pass, the canonical entities and the curations (a merge, split or rename
# records one). Reading that state is one small query, so a change made by another process
# (an ingest, a curation, a rebuild) is seen at the next request.
_T = TypeVar("_T")
_CACHE: dict[tuple[Any, ...], Any] = {}
_CACHE_MAX = 512
_CACHE_LOCK = threading.Lock()
_STATE = text(
    "SELECT (SELECT count(*) FROM documents), (SELECT max(id) FROM documents), "
    "(SELECT max(processed_at) FROM ledger_documents), (SELECT count(*) FROM canonical_entities), "
    "(SELECT max(id) FROM canonical_entities), (SELECT count(*) FROM entity_curations), "
    "(SELECT max(id) FROM entity_curations), (SELECT count(*) FROM authority_entities)")


def store_state(store: Store) -> tuple[Any, ...]:
    """Return what the kept counts depend on: it changes with any ingest, ledger pass or curation."""
    return tuple(_all(store, _STATE)[0].values())


def _kept(store: Store, name: str, args: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
    """Return ``compute()``, kept for the same store state, function ``name`` and ``args``."""
    key = (str(store.engine.url), id(store), name, args, store_state(store))
    with _CACHE_LOCK:
        if key in _CACHE:
            return copy.deepcopy(_CACHE[key])  # type: ignore[no-any-return]  # callers may change what they get
    value = compute()
    with _CACHE_LOCK:
        if len(_CACHE) >= _CACHE_MAX:
            for old in list(_CACHE)[: _CACHE_MAX // 4]:  # the oldest quarter goes
                del _CACHE[old]
        _CACHE[key] = copy.deepcopy(value)
    return value


def _args(**kw: Any) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in kw.items() if v is not None))
