"""0005_query_indexes: indexes the ledger's writes and the entity page need at scale."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import QUERY_INDEXES

revision = "0005_query_indexes"
down_revision: str | None = "0004_event_codes"


def upgrade() -> None:
    conn = op.get_bind()
    for name, (table, cols) in QUERY_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})")
