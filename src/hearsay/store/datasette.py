"""Metadata that makes a hearsay SQLite store read well in Datasette (issue 18).

``hearsay db datasette-metadata > metadata.json`` then ``datasette hearsay.db -m metadata.json``:
every table and view gets a title and a description, and the two full-text indexes
(``documents_fts``, ``statements_fts``, kept current by triggers) are wired to their tables so
Datasette's search box and ``?_search=`` work on articles and statements.
"""

from __future__ import annotations

from typing import Any

from hearsay import __version__

TABLES: dict[str, str] = {
    "documents": "One row per stored article: metadata, the normalised text and the pipeline versions.",
    "entities": "Entities of each article (per-article ids e1, e2, ...), linked to canonical entities.",
    "mentions": "Every mention of an article's entity, with character offsets into its text.",
    "statements": "Attributed statements: content, kind, cue, speaker (an article entity), relays, date.",
    "figures": "Figures with their hedged interval, unit, quantity, subject, source and as-of date.",
    "times": "Time expressions with their TIMEX3 value, resolved against the publication date.",
    "events": "PLOVER-coded events: type, mode, actor, target, their codes, date and status.",
    "rejected": "Candidates an extractor looked at and turned down, with the reason.",
    "failures": "Inputs that could not be read or analysed, with the error.",
    "canonical_entities": "Entities across articles: one row per real-world entity the ledger recognises.",
    "canonical_names": "Every name a canonical entity is known by, and how often.",
    "entity_links": "Which article entity is which canonical entity, by which rule and on what evidence.",
    "duplicates": "Near-duplicate articles: each article's group and original.",
    "statement_clusters": "The same statement by the same speaker reported in several articles.",
    "series_points": "Figures as points of a series: one variable of one subject over time.",
    "contradictions": "Pairs of figures or statements that cannot both hold, with reason and confidence.",
    "entity_curations": "Merges, splits and renames made by people; re-applied on every rebuild.",
    "authority_entities": "Entities loaded from an authority list (CSV or FollowTheMoney), with their ids.",
    "statements_by_speaker": "View: statements with the canonical speaker and the article.",
    "repeated_statements": "View: statements reported in more than one article.",
    "figure_series": "View: series points with subject, source and article.",
    "contradiction_pairs": "View: both sides of each contradiction, readable.",
    "duplicate_articles": "View: articles that are near-copies of an earlier one.",
    "entity_documents": "View: the articles each canonical entity appears in.",
}

SEARCH = {"documents": "documents_fts", "statements": "statements_fts"}


def metadata(database: str = "hearsay") -> dict[str, Any]:
    """Return Datasette metadata for a hearsay store opened under the name ``database``."""
    tables: dict[str, Any] = {}
    for name, description in TABLES.items():
        entry: dict[str, Any] = {"description": description}
        if name in SEARCH:
            entry.update({"fts_table": SEARCH[name], "fts_pk": "id"})
        tables[name] = entry
    return {
        "title": "hearsay ledger",
        "description": "Who said what, according to whom, and when: statements, figures, dates, PLOVER "
                       f"events and canonical entities extracted by hearsay {__version__}.",
        "license": "Data: as licensed by each article's publisher",
        "source": "hearsay",
        "source_url": "https://pypi.org/project/hearsay/",
        "databases": {database: {"tables": tables}},
    }


__all__ = ["SEARCH", "TABLES", "metadata"]
