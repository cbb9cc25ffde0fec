"""Alembic's environment script: runs the revisions on the connection hearsay passes in.

:func:`hearsay.store.migrations.migrate` opens the transaction, takes the migration lock and
hands its connection over in ``config.attributes["connection"]``; Alembic joins that
transaction, so every revision and the version row commit (or roll back) together.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes["connection"]
if not isinstance(connection, Connection):  # pragma: no cover - only hearsay runs this script
    raise RuntimeError("hearsay's migrations run through hearsay.store.migrations, with a connection")
context.configure(connection=connection)
with context.begin_transaction():
    context.run_migrations()
