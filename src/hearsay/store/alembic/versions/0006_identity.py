"""0006_identity: evidence on every entity link, name frequencies, curations and authority lists (issue 12).

Links made before this migration keep their canonical entities (``rule`` is NULL);
``hearsay ledger rebuild`` re-derives them with the current rules.
"""

from __future__ import annotations

from alembic import op

from hearsay.store import schema
from hearsay.store.alembic.ddl import add_missing_columns

revision = "0006_identity"
down_revision: str | None = "0005_query_indexes"


def upgrade() -> None:
    conn = op.get_bind()
    tables = ("canonical_names", "entity_curations", "authority_entities")
    schema.ledger_metadata.create_all(conn, tables=[schema.ledger_metadata.tables[t] for t in tables], checkfirst=True)
    add_missing_columns(conn, "entity_links", ("rule", "evidence"))
    add_missing_columns(conn, "canonical_entities", ("authority_id", "name_locked"))
