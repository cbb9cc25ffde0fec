"""0004_event_codes: actor and target codes on every event."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import add_missing_columns

revision = "0004_event_codes"
down_revision: str | None = "0003_views"


def upgrade() -> None:
    conn = op.get_bind()
    add_missing_columns(conn, "events", ("actor_code", "target_code"))
