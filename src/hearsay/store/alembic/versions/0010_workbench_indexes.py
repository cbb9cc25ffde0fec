"""0010_workbench_indexes: the index the statements list pages walk at 20k articles (issue 17)."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import WORKBENCH_INDEXES

revision = "0010_workbench_indexes"
down_revision: str | None = "0009_flat_views"


def upgrade() -> None:
    conn = op.get_bind()
    for name, (table, cols) in WORKBENCH_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})")
