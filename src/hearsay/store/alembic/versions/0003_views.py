"""0003_views: views for the main questions, readable in Datasette or any SQL tool."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import VIEWS, create_views

revision = "0003_views"
down_revision: str | None = "0002_ledger"


def upgrade() -> None:
    conn = op.get_bind()
    create_views(conn, VIEWS)
