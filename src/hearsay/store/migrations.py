"""Schema migrations on Alembic: one revision per migration under ``store/alembic/versions/``.

A store records its revision in Alembic's ``alembic_version`` table. :func:`pending` says what
would run without changing anything; :func:`migrate` (``hearsay db migrate``, and every store
opened for writing) applies it. The revisions run with a Config built here: users need no
``alembic.ini``.

Stores made before the move to Alembic (release 0.1.0 up to migration 0009) listed the names
of the migrations they had run in a ``schema_migrations`` table, and those names are the
revision ids. :func:`migrate` stamps such a store at the last revision of its longest run of
applied migrations, drops the old table and upgrades the rest, in the same transaction. Every
revision is idempotent (IF NOT EXISTS, checkfirst, columns added only when missing), so
running one again over a store that had it (a gap in the old table) changes nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from hearsay.errors import StoreError
from hearsay.store.alembic.ddl import FLAT_VIEWS, QUERY_INDEXES, VIEWS

_SCRIPTS = Path(__file__).with_name("alembic")
LEGACY_TABLE = "schema_migrations"  # where the hand-written runner recorded what it had run


def _config(conn: Connection | None = None) -> Config:
    """Return the Alembic Config for hearsay's scripts, bound to ``conn`` when given."""
    cfg = Config()
    cfg.set_main_option("script_location", str(_SCRIPTS).replace("%", "%%"))  # %: configparser syntax
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


@cache
def _revisions() -> tuple[str, ...]:
    """Return every revision id, oldest first (the history is one line: tests check it)."""
    script = ScriptDirectory.from_config(_config())
    return tuple(reversed([s.revision for s in script.walk_revisions()]))


MIGRATIONS: list[str] = list(_revisions())
SCHEMA_VERSION = len(MIGRATIONS)  # a store with every migration applied is at this version


def _legacy_revision(conn: Connection) -> str | None:
    """Return the revision a pre-Alembic store had reached (None: it had run none)."""
    done = {str(r[0]) for r in conn.execute(text(f"SELECT name FROM {LEGACY_TABLE}"))}
    reached = None
    for revision in MIGRATIONS:
        if revision not in done:
            break
        reached = revision
    return reached


def _state(conn: Connection) -> tuple[str | None, bool]:
    """Return the store's current revision and whether it still has the pre-Alembic table only.

    The old table is looked for first: a conversion drops it in the transaction that creates
    ``alembic_version``, so a reader without the lock never sees neither.
    """
    legacy = inspect(conn).has_table(LEGACY_TABLE)
    current = MigrationContext.configure(conn).get_current_revision()
    if current is None and legacy:
        return _legacy_revision(conn), True
    return current, False


def _read_state(engine: Engine) -> tuple[str | None, bool]:
    """:func:`_state` without the lock, looking again if a conversion committed while it read."""
    try:
        with engine.connect() as conn:
            return _state(conn)
    except DBAPIError:  # schema_migrations was there, then gone before its rows were read
        with engine.connect() as conn:
            return _state(conn)


def _position(current: str | None) -> int:
    """Return how many migrations a store at revision ``current`` has applied.

    Raises:
        StoreError: the store is at a revision this hearsay does not have (a newer release made it).
    """
    if current is None:
        return 0
    if current not in MIGRATIONS:
        raise StoreError(f"the store's schema is at revision {current!r}, which this hearsay does not know "
                         f"(its last is {MIGRATIONS[-1]!r}): a newer hearsay made it; upgrade hearsay")
    return MIGRATIONS.index(current) + 1


def _after(current: str | None) -> list[str]:
    return MIGRATIONS[_position(current):]


def applied(engine: Engine) -> list[str]:
    """Return the names of the migrations already applied to the store, oldest first."""
    current, _ = _read_state(engine)
    return MIGRATIONS[:_position(current)]


def pending(engine: Engine | None) -> list[str]:
    """Return the names of the migrations not yet applied (read-only; ``None``: a store not yet created).

    Raises:
        StoreError: the store was made by a newer hearsay, with revisions this one lacks.
    """
    if engine is None:
        return list(MIGRATIONS)
    current, _ = _read_state(engine)
    return _after(current)


# Any constant will do: it names the lock every hearsay process takes to migrate a PostgreSQL store.
_PG_MIGRATION_LOCK = 0x68656172736179


def _lock(conn: Connection) -> None:
    """Make ``conn``'s transaction the only one migrating this store until it ends.

    Two processes opening a new store at once (two ``hearsay ingest`` runs, or one and
    ``hearsay serve``) would otherwise both create the same tables and one would fail (issue 8).
    SQLite: ``BEGIN IMMEDIATE`` takes the write lock up front (waiting out the busy timeout),
    and also makes the DDL transactional, which the sqlite3 module's implicit transactions do
    not. PostgreSQL: a transaction-scoped advisory lock.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration; return their names (StoreError: a store from a newer hearsay).

    One transaction holds the lock (:func:`_lock`), converts a pre-Alembic store, runs the
    revisions and records the new one, so a store is never left half-migrated. Safe to call
    from several processes at once: the state is read again once the lock is held.
    """
    current, legacy = _read_state(engine)
    if not legacy and not _after(current):
        return []
    with engine.begin() as conn:
        _lock(conn)
        current, legacy = _state(conn)
        todo = _after(current)
        cfg = _config(conn)
        if legacy:
            if current is not None:
                command.stamp(cfg, current)
            conn.exec_driver_sql(f"DROP TABLE {LEGACY_TABLE}")
        if todo:
            command.upgrade(cfg, "head")
    return todo


__all__ = ["FLAT_VIEWS", "LEGACY_TABLE", "MIGRATIONS", "QUERY_INDEXES", "VIEWS", "SCHEMA_VERSION", "applied", "migrate",
           "pending"]
