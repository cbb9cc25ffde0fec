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


schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

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
    Column("language", String(16), nullable=False),
    Column("input_format", String(16), nullable=False),
    Column("encoding", String(40)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("pipeline", Text, nullable=False, default="{}"),
    Column("ingested_at", String(40), nullable=False),
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
    Column("date", String(40)),
    Column("location", String(20)),
    Column("source", String(20)),
    Column("status", String(20), nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("statement", String(20)),
    Column("rule", Text, nullable=False, default=""),
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
           "schema_migrations", "statements", "times"]
