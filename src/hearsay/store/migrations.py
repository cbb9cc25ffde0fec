"""Named, recorded, transactional schema migrations.

Each migration runs in its own transaction together with the row that records it in
``schema_migrations``, so a store is never left half-migrated. :func:`pending` says what would
run without changing anything; ``hearsay db migrate`` applies it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, inspect, select

from hearsay.store import schema

SCHEMA_VERSION = 1


def _m001_initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"])


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _m001_initial),
]


def applied(engine: Engine) -> list[str]:
    """Return the names of the migrations already applied to the store."""
    if not inspect(engine).has_table("schema_migrations"):
        return []
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(schema.schema_migrations.c.name))]


def pending(engine: Engine) -> list[str]:
    """Return the names of the migrations not yet applied (read-only)."""
    done = set(applied(engine))
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration, each in its own transaction; return their names."""
    schema.schema_migrations.create(engine, checkfirst=True)
    ran = []
    for name, step in MIGRATIONS:
        with engine.begin() as conn:
            exists = conn.execute(select(schema.schema_migrations.c.name).where(schema.schema_migrations.c.name == name)).first()
            if exists:
                continue
            step(conn)
            conn.execute(schema.schema_migrations.insert().values(name=name, applied_at=datetime.now(timezone.utc).isoformat()))
            ran.append(name)
    return ran


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "applied", "migrate", "pending"]
