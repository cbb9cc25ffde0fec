"""0012_statement_type: what each statement is (assertion, belief, intention, evidence, request; issue 14).

One nullable column, no backfill: statements stored before it keep NULL (not typed; a ``--type``
filter never selects them); analysing the article again into a new store types them. The
statements view is re-created with the column.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from hearsay.store.alembic.ddl import create_views, typed_statement_view

revision = "0012_statement_type"
down_revision: str | None = "0011_pages"


def upgrade() -> None:
    conn = op.get_bind()
    if "type" not in {c["name"] for c in inspect(conn).get_columns("statements")}:
        conn.exec_driver_sql('ALTER TABLE statements ADD COLUMN "type" VARCHAR(12)')
    create_views(conn, typed_statement_view())
