"""0007_claims_variables: a figure's variable on its series point; confidence and sentences on a contradiction (issue 13)."""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import CLAIMS_COLUMNS, add_missing_columns

revision = "0007_claims_variables"
down_revision: str | None = "0006_identity"


def upgrade() -> None:
    conn = op.get_bind()
    add_missing_columns(conn, "documents", ("published_source",))
    for table, columns in CLAIMS_COLUMNS.items():
        add_missing_columns(conn, table, columns)
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_series_points_variable ON series_points (subject_id, variable, period)")
