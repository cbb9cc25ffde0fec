"""0009_flat_views: flat views of events (PLOVER field names) and figures with canonical names (issue 18)."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import FLAT_VIEWS, create_views

revision = "0009_flat_views"
down_revision: str | None = "0008_fts_for_tools"


def upgrade() -> None:
    conn = op.get_bind()
    create_views(conn, FLAT_VIEWS)
