"""Named, recorded, transactional schema migrations.

Each migration runs in its own transaction together with the row that records it in
``schema_migrations``, so a store is never left half-migrated. :func:`pending` says what would
run without changing anything; ``hearsay db migrate`` applies it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, inspect, select, text

from hearsay.store import schema

# The tables 0001 creates, named once and for all: later tables come with their own migration.
_INITIAL = ("documents", "entities", "mentions", "statements", "figures", "times", "events", "rejected")


def _m001_initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.metadata.tables[name] for name in _INITIAL])


def _add_missing_columns(conn: Connection, table: str, columns: tuple[str, ...]) -> None:
    """Add ``columns`` (as defined in schema.py) to an existing ``table`` if they are not there.

    0001 creates tables from their current definitions, so a new store already has the
    column and only stores created before the column existed are altered.
    """
    present = {c["name"] for c in inspect(conn).get_columns(table)}
    for name in columns:
        if name not in present:
            meta = schema.metadata if table in schema.metadata.tables else schema.ledger_metadata
            column = meta.tables[table].c[name]
            ddl = column.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{name}" {ddl}')


def _m004_event_codes(conn: Connection) -> None:
    _add_missing_columns(conn, "events", ("actor_code", "target_code"))


def _has_fts5(conn: Connection) -> bool:
    options = {r[0] for r in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


# Full-text search: FTS5 tables kept in step with their content tables by triggers on SQLite
# (so articles stored by ``hearsay analyze`` are searchable too); expression GIN indexes over
# tsvectors on PostgreSQL. query.search falls back to LIKE/ILIKE where neither exists.
_FTS = {"documents_fts": ("documents", ("title", "text")), "statements_fts": ("statements", ("content",))}


def _sqlite_fts(conn: Connection) -> None:
    for fts, (table, cols) in _FTS.items():
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


def _m002_ledger(conn: Connection) -> None:
    schema.ledger_metadata.create_all(conn, checkfirst=True)
    dialect = conn.dialect.name
    if dialect == "sqlite" and _has_fts5(conn):
        _sqlite_fts(conn)
    elif dialect == "postgresql":
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin "
                          "(to_tsvector('english', coalesce(title, '') || ' ' || text))"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_statements_tsv ON statements USING gin "
                          "(to_tsvector('english', content))"))


# Views for the main questions, so the SQLite file reads well in Datasette or any SQL tool.
# Plain SQL that SQLite and PostgreSQL both accept.
VIEWS = {
    "statements_by_speaker": """
        SELECT s.id AS statement_id, ce.id AS speaker_id, coalesce(ce.name, s.speaker_text) AS speaker,
               s.kind, s.type, s.cue, s.content, s.date, d.id AS document_id, d.title, d.source, d.url, d.published,
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


def _m003_views(conn: Connection) -> None:
    for name, sql in VIEWS.items():
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE VIEW {name} AS {sql}")


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


def _m005_query_indexes(conn: Connection) -> None:
    for name, (table, cols) in QUERY_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})")


def _m006_identity(conn: Connection) -> None:
    """Evidence on every entity link, name frequencies, curations and authority lists (issue 12).

    Links made before this migration keep their canonical entities (``rule`` is NULL);
    ``hearsay ledger rebuild`` re-derives them with the current rules.
    """
    tables = ("canonical_names", "entity_curations", "authority_entities")
    schema.ledger_metadata.create_all(conn, tables=[schema.ledger_metadata.tables[t] for t in tables], checkfirst=True)
    _add_missing_columns(conn, "entity_links", ("rule", "evidence"))
    _add_missing_columns(conn, "canonical_entities", ("authority_id", "name_locked"))


# Issue 13: a figure's variable on its series point, a confidence and both sentences on a
# contradiction. Points stored before this migration have no variable (they join no series
# and no new contradiction until the store is rebuilt); their old contradictions stay.
CLAIMS_COLUMNS = {
    "series_points": ("variable", "place", "basis", "kind", "scale"),
    "contradictions": ("confidence", "left_sentence", "right_sentence"),
}


def _m007_claims_variables(conn: Connection) -> None:
    _add_missing_columns(conn, "documents", ("published_source",))
    for table, columns in CLAIMS_COLUMNS.items():
        _add_missing_columns(conn, table, columns)
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_series_points_variable ON series_points (subject_id, variable, period)")


def _m008_fts_for_tools(conn: Connection) -> None:
    """Re-create the SQLite FTS tables with ``content="table"`` so other tools find them (issue 18).

    The index is rebuilt from the content tables; the triggers that keep it current refer to
    the FTS table by name and stay as they are.
    """
    if conn.dialect.name != "sqlite" or not _has_fts5(conn):
        return
    for fts in _FTS:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
    _sqlite_fts(conn)


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


def _m009_flat_views(conn: Connection) -> None:
    for name, sql in FLAT_VIEWS.items():
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE VIEW {name} AS {sql}")


def _m012_statement_type(conn: Connection) -> None:
    """What each statement is (assertion, belief, intention, evidence, request; issue 14).

    One new nullable column, no backfill: statements stored before it keep NULL (not typed; a
    ``--type`` filter never selects them). Only analysing the article again (into a new store:
    an ingest skips stored texts) types them.
    """
    _add_missing_columns(conn, "statements", ("type",))
    conn.exec_driver_sql("DROP VIEW IF EXISTS statements_by_speaker")  # the view lists the new column
    conn.exec_driver_sql(f"CREATE VIEW statements_by_speaker AS {VIEWS['statements_by_speaker']}")


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _m001_initial),
    ("0002_ledger", _m002_ledger),
    ("0003_views", _m003_views),
    ("0004_event_codes", _m004_event_codes),
    ("0005_query_indexes", _m005_query_indexes),
    ("0006_identity", _m006_identity),
    ("0007_claims_variables", _m007_claims_variables),
    ("0008_fts_for_tools", _m008_fts_for_tools),
    ("0009_flat_views", _m009_flat_views),
    ("0012_statement_type", _m012_statement_type),
]
SCHEMA_VERSION = len(MIGRATIONS)  # a store with every migration applied is at this version


def applied(engine: Engine) -> list[str]:
    """Return the names of the migrations already applied to the store."""
    if not inspect(engine).has_table("schema_migrations"):
        return []
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(schema.schema_migrations.c.name))]


def pending(engine: Engine | None) -> list[str]:
    """Return the names of the migrations not yet applied (read-only; ``None``: a store not yet created)."""
    done = set(applied(engine)) if engine is not None else set()
    return [name for name, _ in MIGRATIONS if name not in done]


# Any constant will do: it names the lock every hearsay process takes to migrate a PostgreSQL store.
_PG_MIGRATION_LOCK = 0x68656172736179


def _lock(conn: Connection) -> None:
    """Make ``conn``'s transaction the only one migrating this store until it ends.

    Two processes opening a new store at once (two ``hearsay ingest`` runs, or one and
    ``hearsay serve``) would otherwise both create the same tables and one would fail (issue 8).
    SQLite: ``BEGIN IMMEDIATE`` takes the write lock up front (waiting out the busy timeout),
    and also makes the DDL transactional, which the sqlite3 module's implicit transactions do
    not. PostgreSQL: a transaction-scoped advisory lock.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration, each in its own transaction; return their names.

    Safe to call from several processes at once: each step runs under :func:`_lock`, and
    looks again whether it is still pending once it holds the lock.
    """
    if not pending(engine):
        return []
    ran = []
    for name, step in MIGRATIONS:
        with engine.begin() as conn:
            _lock(conn)
            schema.schema_migrations.create(conn, checkfirst=True)
            exists = conn.execute(select(schema.schema_migrations.c.name).where(schema.schema_migrations.c.name == name)).first()
            if exists:
                continue
            step(conn)
            conn.execute(schema.schema_migrations.insert().values(name=name, applied_at=datetime.now(timezone.utc).isoformat()))
            ran.append(name)
    return ran


__all__ = ["FLAT_VIEWS", "MIGRATIONS", "QUERY_INDEXES", "VIEWS", "SCHEMA_VERSION", "applied", "migrate", "pending"]
