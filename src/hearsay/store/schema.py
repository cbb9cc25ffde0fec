"""Table definitions (SQLAlchemy Core). Plain names so any SQL tool can read the store.

Every extracted row carries ``document_id`` (the integer key of its article) and ``local_id``
(its id inside the hearsay/1 record: ``e3``, ``s1``, ``f2`` ...). Offsets are ``char_start`` /
``char_end`` (``end`` is an SQL keyword). Lists and small maps are JSON text columns.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _doc_fk() -> Column:  # type: ignore[type-arg]
    return Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)


def _offsets() -> list[Column]:  # type: ignore[type-arg]
    return [Column("char_start", Integer, nullable=False), Column("char_end", Integer, nullable=False)]


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("doc_id", String(200), nullable=False),
    Column("given_id", String(200)),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("authors", Text, nullable=False, default="[]"),
    Column("published", String(10), index=True),
    Column("published_source", String(10)),  # issue 13: "given" | "page" | NULL (migration 0007_claims_variables)
    Column("language", String(16), nullable=False),
    Column("input_format", String(16), nullable=False),
    Column("encoding", String(40)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("pipeline", Text, nullable=False, default="{}"),
    Column("ingested_at", String(40), nullable=False),
    Column("pages", Text),  # issue 16: a PDF's page map as JSON [[start, end, page], ...]; NULL otherwise (0011_pages)
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("local_id", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("roles", Text, nullable=False, default="[]"),
    Column("ids", Text, nullable=False, default="{}"),
    UniqueConstraint("document_id", "local_id"),
    Index("ix_entities_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    *_offsets(),
    Column("text", Text, nullable=False),
    Column("page", Integer),  # issue 16: PDF input, the page the mention starts on (0011_pages)
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("local_id", String(20), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("content", Text, nullable=False),
    *_offsets(),
    Column("speaker", String(20)),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("via", Text, nullable=False, default="[]"),
    Column("date", String(40)),
    Column("confidence", Float, nullable=False),
    Column("rule", Text, nullable=False, default=""),
    Column("page", Integer),  # issue 16: PDF input, the page the item starts on (0011_pages)
    Column("type", String(12)),  # assertion | belief | intention | evidence | request; NULL: stored before 0012
    Column("on_behalf_of", String(20)),  # entity local id: the organisation a named spokesperson speaks for (0015)
    UniqueConstraint("document_id", "local_id"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("local_id", String(20), nullable=False),
    Column("text", Text, nullable=False),
    *_offsets(),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("low_inclusive", Boolean, nullable=False),
    Column("high_inclusive", Boolean, nullable=False),
    Column("approximate", Boolean, nullable=False),
    Column("hedge", Text),
    Column("quantity", Text, index=True),
    Column("unit", Text),
    Column("subject", String(20)),
    Column("as_of", String(40)),
    Column("source", String(20)),
    Column("statement", String(20)),
    Column("rule", Text, nullable=False, default=""),
    Column("page", Integer),  # issue 16: PDF input, the page the item starts on (0011_pages)
    UniqueConstraint("document_id", "local_id"),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("local_id", String(20), nullable=False),
    Column("text", Text, nullable=False),
    *_offsets(),
    Column("type", String(10), nullable=False),
    Column("value", String(60), nullable=False),
    Column("mod", String(20)),
    Column("anchor", String(10)),
    Column("rule", Text, nullable=False, default=""),
    UniqueConstraint("document_id", "local_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("local_id", String(20), nullable=False),
    Column("type", String(30), nullable=False, index=True),
    Column("trigger", Text, nullable=False),
    *_offsets(),
    Column("mode", String(40)),
    Column("actor", String(20)),
    Column("target", String(20)),
    Column("actor_code", String(20)),
    Column("target_code", String(20)),
    Column("date", String(40)),
    Column("location", String(20)),
    Column("source", String(20)),
    Column("status", String(20), nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("statement", String(20)),
    Column("rule", Text, nullable=False, default=""),
    Column("page", Integer),  # issue 16: PDF input, the page the item starts on (0011_pages)
    UniqueConstraint("document_id", "local_id"),
)

rejected = Table(
    "rejected",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    *_offsets(),
    Column("text", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("kind", String(20), nullable=False),
)

EXTRACTED = (entities, mentions, statements, figures, times, events, rejected)

__all__ = ["EXTRACTED", "documents", "entities", "events", "figures", "mentions", "metadata", "rejected",
           "statements", "times"]


# --- the ledger: cross-article tables (migration 0002_ledger) ------------------------------
# Kept in their own MetaData so migration 0001 (which creates everything in ``metadata``)
# stays frozen; foreign keys point at the 0001 tables through their Column objects.
ledger_metadata = MetaData()

failures = Table(
    "failures",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("code", String(20), nullable=False),
    Column("failed_at", String(40), nullable=False),
)

ledger_documents = Table(
    "ledger_documents",
    ledger_metadata,
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), primary_key=True),
    Column("processed_at", String(40), nullable=False),
)

dedupe_signatures = Table(
    "dedupe_signatures",
    ledger_metadata,
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), primary_key=True),
    Column("signature", Text, nullable=False),  # MinHash values, 16 hex digits each
)

dedupe_bands = Table(
    "dedupe_bands",
    ledger_metadata,
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("bucket", String(32), nullable=False),
    Index("ix_dedupe_bands_bucket", "band", "bucket"),
)

duplicates = Table(
    "duplicates",
    ledger_metadata,
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), primary_key=True),
    Column("group_id", Integer, nullable=False, index=True),
    Column("original_id", Integer, nullable=False, index=True),
    Column("similarity", Float, nullable=False),
)

canonical_entities = Table(
    "canonical_entities",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("iso3", String(3), unique=True),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("roles", Text, nullable=False, default="[]"),
    Column("first_seen", String(10)),
    Column("n_documents", Integer, nullable=False, default=0),
    # an id from a loaded authority list (OpenSanctions, a newsroom's own list), else NULL
    Column("authority_id", String(200), index=True),
    # a name set by a curator (``hearsay entity rename``): frequency no longer changes it
    Column("name_locked", Boolean),  # NULL or false: not locked
    Index("ix_canonical_entities_name", "name"),
)

canonical_names = Table(
    "canonical_names",
    ledger_metadata,
    # how often each full form names the entity: the canonical name is the most frequent one
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete="CASCADE"), primary_key=True),
    Column("name", String(300), primary_key=True),
    Column("n", Integer, nullable=False),
)

canonical_keys = Table(
    "canonical_keys",
    ledger_metadata,
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(300), primary_key=True),
    Column("kind", String(10), nullable=False),  # name | alias | placed | acronym | short | surname | variant | form | placeform | authority
    Column("block", String(40), nullable=False, index=True),
    Index("ix_canonical_keys_key", "key"),
)

entity_links = Table(
    "entity_links",
    ledger_metadata,
    Column("entity_id", Integer, ForeignKey(entities.c.id, ondelete="CASCADE"), primary_key=True),
    Column("canonical_id", Integer, ForeignKey("canonical_entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("score", Float, nullable=False),
    Column("rule", String(20)),  # how the link was made (ledger/entities.py): exact, context, new, local ...
    Column("evidence", Text),  # JSON: the key matched, co-mentioned entities shared, score
)

statement_clusters = Table(
    "statement_clusters",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("speaker_id", Integer, ForeignKey("canonical_entities.id", ondelete="SET NULL"), index=True),
    Column("content", Text, nullable=False),
    Column("block", String(64), nullable=False, index=True),
    Column("first_seen", String(10)),
    Column("first_document_id", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
)

statement_links = Table(
    "statement_links",
    ledger_metadata,
    Column("statement_id", Integer, ForeignKey(statements.c.id, ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", Integer, ForeignKey("statement_clusters.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("speaker_id", Integer, index=True),
    Column("similarity", Float, nullable=False),
)

series_points = Table(
    "series_points",
    ledger_metadata,
    Column("figure_id", Integer, ForeignKey(figures.c.id, ondelete="CASCADE"), primary_key=True),
    Column("document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("subject_id", Integer, ForeignKey("canonical_entities.id", ondelete="SET NULL")),
    Column("quantity", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("low_inclusive", Boolean, nullable=False),
    Column("high_inclusive", Boolean, nullable=False),
    Column("unit", Text),
    Column("as_of", String(40)),
    Column("period", String(10)),
    Column("source_id", Integer),
    # Issue 13 (migration 0007_claims_variables): the figure's variable (ledger/variables.py).
    Column("variable", Text),  # series name: measure, place, basis, unit; NULL = not comparable
    Column("place", Text),
    Column("basis", String(20)),  # total | part | increment | per <period>
    Column("kind", String(60)),  # count | amount | not a count: <why>
    Column("scale", Float),  # multiply low/high/value by it to get them in ``unit``
    Index("ix_series_points_key", "subject_id", "quantity", "period"),
    Index("ix_series_points_variable", "subject_id", "variable", "period"),
)

contradictions = Table(
    "contradictions",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # figure | statement
    Column("left_id", Integer, nullable=False),  # figures.id or statements.id
    Column("right_id", Integer, nullable=False),
    Column("left_document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), nullable=False),
    Column("right_document_id", Integer, ForeignKey(documents.c.id, ondelete="CASCADE"), nullable=False),
    Column("subject_id", Integer),  # canonical entity: figure subject or speaker
    Column("quantity", Text),
    Column("period", String(10)),
    Column("reason", Text, nullable=False),
    Column("detected_at", String(40), nullable=False),
    # Issue 13 (migration 0007_claims_variables): how sure, and both sentences as stored.
    Column("confidence", Float),
    Column("left_sentence", Text),
    Column("right_sentence", Text),
    UniqueConstraint("kind", "left_id", "right_id"),
)

# Curator decisions and loaded authority lists: inputs to the ledger, never derived, so
# ``hearsay ledger rebuild`` keeps them and re-applies them.
entity_curations = Table(
    "entity_curations",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op", String(20), nullable=False),  # merge | split | rename
    Column("args", Text, nullable=False),  # JSON, in names (keys), not ids: ids change on rebuild
    Column("created_at", String(40), nullable=False),
)

authority_entities = Table(
    "authority_entities",
    ledger_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("authority_id", String(200), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("dataset", Text),
)

# which linking rules built the ledger (issue 12): ``linker`` = ``hearsay.ledger.LINKER_VERSION``
# when the first article was linked; a store whose ledger an older version built is told to run
# ``hearsay ledger rebuild``, which clears this row with the rest and records the current one
ledger_state = Table(
    "ledger_state",
    ledger_metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

LEDGER = tuple(ledger_metadata.sorted_tables)
# what ``hearsay ledger rebuild`` clears and re-derives from the stored articles
DERIVED = tuple(t for t in LEDGER if t.name not in {"failures", "entity_curations", "authority_entities"})

__all__ += ["DERIVED", "LEDGER", "authority_entities", "ledger_state", "canonical_entities", "canonical_keys", "canonical_names", "entity_curations", "contradictions", "dedupe_bands", "dedupe_signatures",
            "duplicates", "entity_links", "failures", "ledger_documents", "ledger_metadata", "series_points",
            "statement_clusters", "statement_links"]
