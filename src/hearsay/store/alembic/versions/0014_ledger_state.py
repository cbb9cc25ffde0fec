"""0014_ledger_state: which linking rules built a store's ledger (issue 12).

A store migrated here has no record of the rules that linked it, which reads as "built by rules
before versioning": ``hearsay ingest`` and ``hearsay db status`` then suggest ``hearsay ledger
rebuild``, which records the current rules.
"""

from __future__ import annotations

from alembic import op

from hearsay.store import schema

revision = "0014_ledger_state"
down_revision: str | None = "0013_figures_order_index"


def upgrade() -> None:
    schema.ledger_metadata.create_all(op.get_bind(), tables=[schema.ledger_state], checkfirst=True)
