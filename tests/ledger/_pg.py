"""Test stores for the ledger tests: SQLite and a real PostgreSQL 15 (imported by test modules,
since the top-level conftest is shared). The server is started if it is down; each test gets a
throwaway database that is dropped afterwards. Skips with the reason only when no server can
be started."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator

import pytest

ROLE = "hearsay_test"
PASSWORD = "hearsay_test"


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _psql(sql: str) -> subprocess.CompletedProcess[str]:
    # superuser work runs as the postgres OS user over the local socket (peer authentication)
    runner = ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else []
    return _run(*runner, "psql", "-v", "ON_ERROR_STOP=1", "-qAtc", sql)


def _ensure_server() -> str | None:
    """Start PostgreSQL if needed; return None when it is up, else why it cannot be."""
    if shutil.which("pg_isready") is None and shutil.which("apt-get"):
        _run("apt-get", "install", "-y", "postgresql")
    if shutil.which("pg_isready") is None:
        return "PostgreSQL is not installed and could not be installed"
    if _run("pg_isready", "-q").returncode != 0:
        if shutil.which("pg_ctlcluster") is None:
            return "PostgreSQL is down and pg_ctlcluster is missing"
        started = _run("pg_ctlcluster", "15", "main", "start")
        for _ in range(30):
            if _run("pg_isready", "-q", "-t", "1").returncode == 0:
                break
        else:
            return f"PostgreSQL 15 did not start: {started.stderr.strip() or started.stdout.strip()}"
    made = _psql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') THEN "
                 f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'; END IF; END $$;")
    if made.returncode != 0:
        return f"cannot create the test role: {made.stderr.strip()}"
    return None


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The base URL of a running PostgreSQL server for the test role (skips if there is none)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.skip("psycopg is not installed (pip install 'hearsay[postgres]')")
    reason = _ensure_server()
    if reason:
        pytest.skip(reason)
    return f"postgresql+psycopg://{ROLE}:{PASSWORD}@localhost:5432"


@pytest.fixture()
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL to a fresh, empty PostgreSQL database, dropped after the test."""
    import psycopg

    name = f"hearsay_test_{uuid.uuid4().hex[:12]}"
    admin = pg_server.replace("postgresql+psycopg", "postgresql") + "/postgres"
    # template0 takes no connections, so parallel test runs never find it "being accessed"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    yield f"{pg_server}/{name}"
    drop_database(admin, name)


def drop_database(admin: str, name: str, attempts: int = 50) -> None:
    """Drop a test database. FORCE ends the test role's own leftover sessions, but not a
    server process of another role: an autovacuum worker that started on the new database
    makes the drop fail with InsufficientPrivilege (seen once in CI) until it finishes, so the
    drop is tried again, a bounded number of times, a moment apart."""
    import psycopg

    for attempt in range(attempts):
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A store URL: a temporary SQLite file, then a throwaway PostgreSQL database. Whatever a
    test stores there must keep the claims invariants (checked after the test, issue 13)."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}" if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    yield url
    from hearsay.store import open_store

    from .claims_check import assert_claims_sound

    try:
        store = open_store(url, create=False)
    except Exception:  # nothing was stored (or the test removed the store): nothing to check
        return
    try:
        assert_claims_sound(store)
    finally:
        store.close()


@pytest.fixture()
def ledger_store(db_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated store on each backend."""
    from hearsay.store import open_store

    store = open_store(db_url)
    yield store
    try:  # every store a ledger test builds keeps the claims invariants (issue 13)
        from .claims_check import assert_claims_sound

        assert_claims_sound(store)
    finally:
        store.close()
