"""The DDL the Alembic revisions share: view and index definitions, FTS set-up, column adds.

Each revision under ``versions/`` runs its own step with these; the definitions are the
schema's own (``hearsay export`` lists the views from here). A revision, once released, is
never edited: a change to the schema is a new revision, whose new SQL lives in its own file.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from hearsay.store import schema

# The tables 0001 creates, named once and for all: later tables come with their own migration.
INITIAL_TABLES = ("documents", "entities", "mentions", "statements", "figures", "times", "events", "rejected")


def add_missing_columns(conn: Connection, table: str, columns: tuple[str, ...]) -> None:
    """Add ``columns`` (as defined in schema.py) to an existing ``table`` if they are not there.

    0001 creates tables from their current definitions, so a new store already has the
    column and only stores created before the column existed are altered. A column indexed in
    schema.py gets its index too (the hand-written runner left ``ix_canonical_entities_authority_id``
    out of stores made before 0006, so they differed from a new store).
    """
    present = {c["name"] for c in inspect(conn).get_columns(table)}
    meta = schema.metadata if table in schema.metadata.tables else schema.ledger_metadata
    for name in columns:
        if name not in present:
            column = meta.tables[table].c[name]
            ddl = column.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{name}" {ddl}')
            for index in meta.tables[table].indexes:
                if [c.name for c in index.columns] == [name]:
                    index.create(conn, checkfirst=True)


def has_fts5(conn: Connection) -> bool:
    """Return whether this SQLite library was built with FTS5."""
    options = {r[0] for r in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


# Full-text search: FTS5 tables kept in step with their content tables by triggers on SQLite
# (so articles stored by ``hearsay analyze`` are searchable too); expression GIN indexes over
# tsvectors on PostgreSQL. query.search falls back to LIKE/ILIKE where neither exists.
FTS = {"documents_fts": ("documents", ("title", "text")), "statements_fts": ("statements", ("content",))}


def sqlite_fts(conn: Connection) -> None:
    for fts, (table, cols) in FTS.items():
        names = ", ".join(cols)
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        # content="table" in double quotes: how sqlite-utils and Datasette recognise an FTS table's
        # content table (issue 18: with single quotes `sqlite-utils search` found no index)
        conn.exec_driver_sql(f'CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, content="{table}", content_rowid="id")')
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
                             f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END")
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
                             f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END")
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE ON {table} BEGIN "
                             f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
                             f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END")
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


# Views for the main questions, so the SQLite file reads well in Datasette or any SQL tool.
# Plain SQL that SQLite and PostgreSQL both accept.
VIEWS = {
    "statements_by_speaker": """
        SELECT s.id AS statement_id, ce.id AS speaker_id, coalesce(ce.name, s.speaker_text) AS speaker,
               s.kind, s.cue, s.content, s.date, d.id AS document_id, d.title, d.source, d.url, d.published,
               sl.cluster_id
        FROM statements s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN entities e ON e.document_id = s.document_id AND e.local_id = s.speaker
        LEFT JOIN entity_links el ON el.entity_id = e.id
        LEFT JOIN canonical_entities ce ON ce.id = el.canonical_id
        LEFT JOIN statement_links sl ON sl.statement_id = s.id""",
    "repeated_statements": """
        SELECT c.id AS cluster_id, ce.name AS speaker, c.content, c.first_seen, c.n_documents,
               d.id AS document_id, d.title, d.source, d.published
        FROM statement_clusters c
        JOIN statement_links sl ON sl.cluster_id = c.id
        JOIN documents d ON d.id = sl.document_id
        LEFT JOIN canonical_entities ce ON ce.id = c.speaker_id
        WHERE c.n_documents > 1""",
    "figure_series": """
        SELECT ce.id AS subject_id, ce.name AS subject, p.quantity, p.period, p.as_of, p.value, p.low, p.high,
               p.unit, f.text, f.hedge, src.name AS according_to, d.id AS document_id, d.title, d.source,
               d.published
        FROM series_points p
        JOIN figures f ON f.id = p.figure_id
        JOIN documents d ON d.id = p.document_id
        LEFT JOIN canonical_entities ce ON ce.id = p.subject_id
        LEFT JOIN canonical_entities src ON src.id = p.source_id""",
    "contradiction_pairs": """
        SELECT c.id, c.kind, ce.name AS subject, c.quantity, c.period, c.reason,
               coalesce(lf.text, ls.content) AS left_text, ld.title AS left_title, ld.source AS left_source,
               ld.published AS left_published,
               coalesce(rf.text, rs.content) AS right_text, rd.title AS right_title, rd.source AS right_source,
               rd.published AS right_published
        FROM contradictions c
        JOIN documents ld ON ld.id = c.left_document_id
        JOIN documents rd ON rd.id = c.right_document_id
        LEFT JOIN canonical_entities ce ON ce.id = c.subject_id
        LEFT JOIN figures lf ON c.kind = 'figure' AND lf.id = c.left_id
        LEFT JOIN figures rf ON c.kind = 'figure' AND rf.id = c.right_id
        LEFT JOIN statements ls ON c.kind = 'statement' AND ls.id = c.left_id
        LEFT JOIN statements rs ON c.kind = 'statement' AND rs.id = c.right_id""",
    "duplicate_articles": """
        SELECT dup.group_id, o.id AS original_id, o.title AS original_title, o.source AS original_source,
               o.published AS original_published, c.id AS copy_id, c.title AS copy_title,
               c.source AS copy_source, c.published AS copy_published, dup.similarity
        FROM duplicates dup
        JOIN documents o ON o.id = dup.original_id
        JOIN documents c ON c.id = dup.document_id
        WHERE dup.document_id <> dup.original_id""",
    "entity_documents": """
        SELECT DISTINCT ce.id AS entity_id, ce.name AS entity, ce.type, ce.iso3, d.id AS document_id, d.title, d.source,
               d.published
        FROM canonical_entities ce
        JOIN entity_links el ON el.canonical_id = ce.id
        JOIN documents d ON d.id = el.document_id""",
}


# Indexes the ledger's own writes and the entity page read through, measured on a 20,000-article
# synthetic store (benchmarks/bench_query_latency.py, docs/perf-query.md):
# - entity_links (canonical_id, document_id): link_entities counts an entity's links to the new
#   article for every entity it links, which walked all of a popular entity's links; the entity
#   page lists an entity's articles from the same pair.
# - statement_links (cluster_id, document_id): link_statements recounts a cluster's articles
#   after each statement joins it.
# - contradictions (subject_id): the entity page lists an entity's contradictions.
# IF NOT EXISTS, so the migration is idempotent on SQLite and PostgreSQL alike.
QUERY_INDEXES = {
    "ix_entity_links_canonical_document": ("entity_links", ("canonical_id", "document_id")),
    "ix_statement_links_cluster_document": ("statement_links", ("cluster_id", "document_id")),
    "ix_contradictions_subject": ("contradictions", ("subject_id",)),
}


# Issue 13: a figure's variable on its series point, a confidence and both sentences on a
# contradiction. Points stored before this migration have no variable (they join no series
# and no new contradiction until the store is rebuilt); their old contradictions stay.
CLAIMS_COLUMNS = {
    "series_points": ("variable", "place", "basis", "kind", "scale"),
    "contradictions": ("confidence", "left_sentence", "right_sentence"),
}


# Issue 18: flat rows investigators load as they are — canonical names instead of per-article
# ids (e8), codes, dates, sources and URLs. ``events_plover`` uses PLOVER's field names
# (event_type, mode, actor, recipient, ...); each row is one coded event, like a GDELT event row.
FLAT_VIEWS = {
    "events_plover": """
        SELECT v.id AS event_id, v.date AS event_date, d.published AS story_date, v.type AS event_type, v.mode,
               v.status, coalesce(c_a.name, e_a.name) AS actor, v.actor_code, c_a.id AS actor_entity_id,
               coalesce(c_t.name, e_t.name) AS recipient, v.target_code AS recipient_code,
               c_t.id AS recipient_entity_id, coalesce(c_l.name, e_l.name) AS location, v.trigger,
               substr(d.text, v.sentence_start + 1, v.sentence_end - v.sentence_start) AS sentence,
               coalesce(c_s.name, e_s.name) AS according_to, d.id AS document_id, d.doc_id, d.title,
               d.source AS outlet, d.url
        FROM events v
        JOIN documents d ON d.id = v.document_id
        LEFT JOIN entities e_a ON e_a.document_id = v.document_id AND e_a.local_id = v.actor
        LEFT JOIN entity_links l_a ON l_a.entity_id = e_a.id
        LEFT JOIN canonical_entities c_a ON c_a.id = l_a.canonical_id
        LEFT JOIN entities e_t ON e_t.document_id = v.document_id AND e_t.local_id = v.target
        LEFT JOIN entity_links l_t ON l_t.entity_id = e_t.id
        LEFT JOIN canonical_entities c_t ON c_t.id = l_t.canonical_id
        LEFT JOIN entities e_l ON e_l.document_id = v.document_id AND e_l.local_id = v.location
        LEFT JOIN entity_links l_l ON l_l.entity_id = e_l.id
        LEFT JOIN canonical_entities c_l ON c_l.id = l_l.canonical_id
        LEFT JOIN entities e_s ON e_s.document_id = v.document_id AND e_s.local_id = v.source
        LEFT JOIN entity_links l_s ON l_s.entity_id = e_s.id
        LEFT JOIN canonical_entities c_s ON c_s.id = l_s.canonical_id""",
    "figures_flat": """
        SELECT f.id AS figure_id, f.text, f.value, f.low, f.high, f.hedge, f.unit, f.quantity,
               coalesce(c_sub.name, e_sub.name) AS subject, c_sub.id AS subject_entity_id, f.as_of,
               coalesce(c_src.name, e_src.name) AS according_to, d.published AS story_date, d.id AS document_id,
               d.doc_id, d.title, d.source AS outlet, d.url
        FROM figures f
        JOIN documents d ON d.id = f.document_id
        LEFT JOIN entities e_sub ON e_sub.document_id = f.document_id AND e_sub.local_id = f.subject
        LEFT JOIN entity_links l_sub ON l_sub.entity_id = e_sub.id
        LEFT JOIN canonical_entities c_sub ON c_sub.id = l_sub.canonical_id
        LEFT JOIN entities e_src ON e_src.document_id = f.document_id AND e_src.local_id = f.source
        LEFT JOIN entity_links l_src ON l_src.entity_id = e_src.id
        LEFT JOIN canonical_entities c_src ON c_src.id = l_src.canonical_id""",
}


# Issue 17: the statements list pages narrow (document, offset) entries before reading rows;
# this index holds them, with the statement's date and kind (the date sort and the kind filter),
# so the page of keys never reads the statements' text (docs/PERFORMANCE.md, "Issue 17:
# workbench latency at 20k"; an index ordering series points by quantity was tried and dropped).
WORKBENCH_INDEXES = {
    "ix_statements_document_offset": ("statements", ("document_id", "char_start", "date", "kind")),
}


# Issue 16: a PDF's page map on its document and the page of every statement, figure, event and
# entity mention, shown in the flat views. 0001 creates a new store's tables with these columns
# already, so only stores made before them are altered; the three views are re-created with a
# ``page`` column placed before their document columns.
PAGE_COLUMNS = {"documents": ("pages", "TEXT"), "mentions": ("page", "INTEGER"), "statements": ("page", "INTEGER"),
                "figures": ("page", "INTEGER"), "events": ("page", "INTEGER")}


def _with_page(sql: str, alias: str) -> str:
    """Return view ``sql`` with ``<alias>.page AS page`` placed before its document columns."""
    anchor = "d.id AS document_id"
    if sql.count(anchor) != 1:  # pragma: no cover - guards an edit of the views above
        raise AssertionError(f"view SQL changed: cannot place the page column before {anchor!r}")
    return sql.replace(anchor, f"{alias}.page AS page, {anchor}")


def page_views() -> dict[str, str]:
    """Return the views 0011_pages re-creates, each with its ``page`` column."""
    return {"statements_by_speaker": _with_page(VIEWS["statements_by_speaker"], "s"),
            "events_plover": _with_page(FLAT_VIEWS["events_plover"], "v"),
            "figures_flat": _with_page(FLAT_VIEWS["figures_flat"], "f")}


def typed_statement_view() -> dict[str, str]:
    """Return the statements view 0012_statement_type re-creates: 0011's, with the statement's type."""
    sql = page_views()["statements_by_speaker"]
    if sql.count("s.kind, ") != 1:  # pragma: no cover - guards an edit of the view above
        raise AssertionError("view SQL changed: cannot place the type column after s.kind")
    return {"statements_by_speaker": sql.replace("s.kind, ", "s.kind, s.type, ")}


def spokesperson_statement_view() -> dict[str, str]:
    """Return the statements view 0016_statement_view_on_behalf_of re-creates: 0012's, with the
    organisation a named spokesperson speaks for (issue 14) as its canonical key and name (the
    article's name when the entity is unlinked) after the speaker."""
    sql = typed_statement_view()["statements_by_speaker"]
    speaker = "coalesce(ce.name, s.speaker_text) AS speaker,"
    join = "LEFT JOIN canonical_entities ce ON ce.id = el.canonical_id"
    if sql.count(speaker) != 1 or sql.count(join) != 1:  # pragma: no cover - guards an edit of the view above
        raise AssertionError("view SQL changed: cannot place the on_behalf_of columns after the speaker")
    sql = sql.replace(speaker, f"{speaker}\n               oce.id AS on_behalf_of_id, coalesce(oce.name, oe.name) AS on_behalf_of,")
    return {"statements_by_speaker": sql.replace(join, join + """
        LEFT JOIN entities oe ON oe.document_id = s.document_id AND oe.local_id = s.on_behalf_of
        LEFT JOIN entity_links oel ON oel.entity_id = oe.id
        LEFT JOIN canonical_entities oce ON oce.id = oel.canonical_id""")}


def create_views(conn: Connection, views: dict[str, str]) -> None:
    """(Re-)create every view in ``views`` from its SQL."""
    for name, sql in views.items():
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE VIEW {name} AS {sql}")


__all__ = ["CLAIMS_COLUMNS", "FLAT_VIEWS", "FTS", "INITIAL_TABLES", "PAGE_COLUMNS", "QUERY_INDEXES", "VIEWS", "WORKBENCH_INDEXES",
           "add_missing_columns", "create_views", "has_fts5", "page_views", "sqlite_fts",
           "spokesperson_statement_view", "typed_statement_view"]
