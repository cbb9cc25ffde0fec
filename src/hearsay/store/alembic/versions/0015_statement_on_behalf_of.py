"""0015_statement_on_behalf_of: the organisation a named spokesperson speaks for (issue 14).

One nullable column, no backfill: statements stored before it keep NULL, which reads as "the
text names no spokesperson for an organisation"; analysing the article again into a new store
fills it.
"""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import add_missing_columns

revision = "0015_statement_on_behalf_of"
down_revision: str | None = "0014_ledger_state"


def upgrade() -> None:
    add_missing_columns(op.get_bind(), "statements", ("on_behalf_of",))
