"""0016_statement_view_on_behalf_of: the statements view names a spokesperson's organisation (issue 14).

No table changes: ``statements_by_speaker`` (what ``hearsay export --table statements_by_speaker``
writes) is re-created with ``on_behalf_of_id`` and ``on_behalf_of`` (the organisation's canonical
key and name) after the speaker, from the column 0015 added.
"""

from __future__ import annotations

from alembic import op

from hearsay.store.alembic.ddl import create_views, spokesperson_statement_view

revision = "0016_statement_view_on_behalf_of"
down_revision: str | None = "0015_statement_on_behalf_of"


def upgrade() -> None:
    create_views(op.get_bind(), spokesperson_statement_view())
