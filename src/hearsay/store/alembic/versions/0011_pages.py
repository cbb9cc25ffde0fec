"""0011_pages: a PDF's page map and the page of every item, also in the flat views (issue 16)."""

from __future__ import annotations

from alembic import op
from sqlalchemy import inspect

from hearsay.store.alembic.ddl import PAGE_COLUMNS, create_views, page_views

revision = "0011_pages"
down_revision: str | None = "0010_workbench_indexes"


def upgrade() -> None:
    conn = op.get_bind()
    for table, (column, ddl) in PAGE_COLUMNS.items():
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN "{column}" {ddl}')
    create_views(conn, page_views())
