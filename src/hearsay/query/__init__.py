"""Read functions shared by the CLI, the API and the web UI.

Each function takes an open :class:`~hearsay.store.Store` and returns plain JSON-ready dicts
and lists (the form ``--format json`` prints and the API serves). Lists are paginated with
``limit``/``offset``; an entity, series or article that does not exist raises
:class:`~hearsay.errors.QueryError`. Copies of a story (non-original members of a
near-duplicate group) are left out of figures and series so a wire story counts once. Rows
follow one convention: ``id`` is the store key, ``document_id`` the article's key.

The reads live in one internal module per thing read, each importing only from the ones
before it: ``_rows`` (running a query, pages, sort names), ``_cache`` (counts kept per store
state), ``_entities``, ``_provenance``, ``_statements``, ``_figures``, ``_series``,
``_contradictions``, ``_articles``, ``_events``, ``_transfers``, ``_search`` and ``_overview``
(an entity's pages). Every public name is imported here; callers import ``hearsay.query`` only
(``_all`` and ``_statement_query`` too, for ``benchmarks/bench_query_latency.py``).
"""

from __future__ import annotations

from hearsay.query._articles import (
    ARTICLE_SORTS,
    article,
    article_links,
    articles,
    articles_by_id,
    articles_total,
    duplicates,
    duplicates_in_full,
)
from hearsay.query._cache import store_state
from hearsay.query._contradictions import (
    CONTRADICTION_SORTS,
    contradiction,
    contradictions,
    contradictions_in_full,
    contradictions_total,
)
from hearsay.query._entities import (
    ENTITY_SORTS,
    REVIEW_RULES,
    entities,
    entities_total,
    resolve_entity,
    review_queue,
    review_total,
)
from hearsay.query._events import (
    EVENT_FACETS,
    EVENT_SORTS,
    entity_events,
    entity_events_total,
    event_facets,
    events,
    events_total,
)
from hearsay.query._figures import FIGURE_SORTS, figure_facets, figures, figures_by_id, figures_total
from hearsay.query._overview import entity_overview, entity_page, timeline
from hearsay.query._provenance import provenance
from hearsay.query._rows import MAX_LIMIT, _all, sort_spec
from hearsay.query._search import HIT_CLOSE, HIT_OPEN, hit_marks, search, search_hits
from hearsay.query._series import SERIES_SORTS, series, series_keys, series_total
from hearsay.query._statements import (
    STATEMENT_FACETS,
    STATEMENT_SORTS,
    _statement_query,
    statement_facets,
    statements,
    statements_by_id,
    statements_total,
)
from hearsay.query._transfers import (
    TRANSFER_GOODS,
    TRANSFER_TYPES,
    transfer_goods,
    transfer_pairs,
    transfers,
    transfers_total,
)

__all__ = ["EVENT_FACETS", "HIT_CLOSE", "HIT_OPEN", "MAX_LIMIT", "REVIEW_RULES", "STATEMENT_FACETS", "TRANSFER_GOODS",
           "TRANSFER_TYPES", "ARTICLE_SORTS", "CONTRADICTION_SORTS", "ENTITY_SORTS", "EVENT_SORTS", "FIGURE_SORTS",
           "SERIES_SORTS", "STATEMENT_SORTS", "article", "article_links", "articles", "articles_by_id", "articles_total",
           "contradiction", "contradictions", "contradictions_in_full", "contradictions_total", "entities_total", "series_total",
           "sort_spec", "duplicates", "duplicates_in_full", "entities",
           "entity_events", "entity_events_total", "entity_overview", "entity_page", "event_facets",
           "events", "events_total", "figure_facets", "figures", "figures_by_id", "figures_total",
           "hit_marks", "provenance", "resolve_entity", "review_queue", "review_total", "search",
           "search_hits", "series", "series_keys", "statement_facets", "statements", "statements_by_id",
           "statements_total", "store_state", "timeline", "transfer_goods", "transfer_pairs", "transfers", "transfers_total"]
