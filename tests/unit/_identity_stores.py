"""The store tables the identity scorer (``benchmarks/eval_identity_wikinews.py``) reads, for tests
that build a small store by hand: documents, per-article entities with their mentions, and the
ledger's links to canonical entities."""

SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, doc_id TEXT, title TEXT, published TEXT, text TEXT);
CREATE TABLE entities (id INTEGER PRIMARY KEY, document_id INTEGER, local_id TEXT, name TEXT, type TEXT);
CREATE TABLE canonical_entities (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE entity_links (entity_id INTEGER PRIMARY KEY, canonical_id INTEGER);
CREATE TABLE mentions (id INTEGER PRIMARY KEY, entity_id INTEGER, text TEXT, char_start INTEGER, char_end INTEGER);
"""
