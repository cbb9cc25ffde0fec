"""0008_fts_for_tools: re-create the SQLite FTS tables with ``content="table"`` so other tools find them (issue 18).

The index is rebuilt from the content tables; the triggers that keep it current refer to
the FTS table by name and stay as they are.
"""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import FTS, has_fts5, sqlite_fts

revision = "0008_fts_for_tools"
down_revision: str | None = "0007_claims_variables"


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not has_fts5(conn):
        return
    for fts in FTS:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
    sqlite_fts(conn)
