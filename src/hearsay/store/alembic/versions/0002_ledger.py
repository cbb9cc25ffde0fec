"""0002_ledger: the ledger's cross-article tables and full-text search."""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from hearsay.store import schema
from hearsay.store.alembic.ddl import has_fts5, sqlite_fts

revision = "0002_ledger"
down_revision: str | None = "0001_initial"


def upgrade() -> None:
    conn = op.get_bind()
    schema.ledger_metadata.create_all(conn, checkfirst=True)
    dialect = conn.dialect.name
    if dialect == "sqlite" and has_fts5(conn):
        sqlite_fts(conn)
    elif dialect == "postgresql":
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin "
                          "(to_tsvector('english', coalesce(title, '') || ' ' || text))"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_statements_tsv ON statements USING gin "
                          "(to_tsvector('english', content))"))
