"""0001_initial: the article tables (documents and what was extracted from each)."""

from __future__ import annotations

from alembic import op

from hearsay.store import schema
from hearsay.store.alembic.ddl import INITIAL_TABLES

revision = "0001_initial"
down_revision: str | None = None


def upgrade() -> None:
    conn = op.get_bind()
    schema.metadata.create_all(conn, tables=[schema.metadata.tables[name] for name in INITIAL_TABLES])
