"""Schema migrations on Alembic (issue 18): one line of revisions, and stores made by earlier
releases (the hand-written runner, tests/store/data/README.md) upgraded in place without loss."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from hearsay.cli.main import cli
from hearsay.errors import StoreError
from hearsay.store import open_store, schema
from hearsay.store.migrations import LEGACY_TABLE, MIGRATIONS, SCHEMA_VERSION, applied, pending
from ledger._pg import pg_server, pg_url  # noqa: F401  (fixtures)

DATA = Path(__file__).parent / "data"
# what the hand-written runner recorded, in its order (src/hearsay/store/migrations.py before Alembic)
LEGACY_NAMES = ["0001_initial", "0002_ledger", "0003_views", "0004_event_codes", "0005_query_indexes",
                "0006_identity", "0007_claims_variables", "0008_fts_for_tools", "0009_flat_views"]
TABLES = [t.name for t in (*schema.metadata.sorted_tables, *schema.ledger_metadata.sorted_tables)]


def _load_sqlite(dump: str, path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.executescript((DATA / dump).read_text(encoding="utf-8"))
    conn.close()  # the FTS tables come back through writable_schema: visible once reopened
    return f"sqlite:///{path}"


def _describe(url: str) -> dict[str, Any]:
    """Return the store's schema as data: columns (name, type, nullability), keys, indexes, views, triggers."""
    engine = create_engine(url)
    try:
        ins = inspect(engine)
        out: dict[str, Any] = {}
        for t in ins.get_table_names():
            out[t] = {
                "columns": {c["name"]: (str(c["type"]), c["nullable"]) for c in ins.get_columns(t)},
                "pk": ins.get_pk_constraint(t)["constrained_columns"],
                "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]),
                               f.get("options", {}).get("ondelete")) for f in ins.get_foreign_keys(t)),
                "indexes": sorted((i["name"], tuple(map(str, i["column_names"])), bool(i["unique"])) for i in ins.get_indexes(t)),
                "unique": sorted(tuple(u["column_names"]) for u in ins.get_unique_constraints(t)),
            }
        out["views"] = sorted(ins.get_view_names())
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                out["triggers"] = sorted(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all())
        return out
    finally:
        engine.dispose()


def _rows(url: str) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Return every hearsay table's columns and rows (sorted), as the store holds them."""
    engine = create_engine(url)
    try:
        ins = inspect(engine)
        out = {}
        with engine.connect() as conn:
            for t in TABLES:
                if ins.has_table(t):
                    cols = [c["name"] for c in ins.get_columns(t)]
                    out[t] = (cols, sorted(conn.execute(text(f"SELECT {', '.join(cols)} FROM {t}")).all(), key=repr))
        return out
    finally:
        engine.dispose()


def _assert_kept(before: dict[str, tuple[list[str], list[tuple[Any, ...]]]], url: str) -> None:
    """Every row of every table before the upgrade is there after it, column for column."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            for table, (cols, rows) in before.items():
                after = sorted(conn.execute(text(f"SELECT {', '.join(cols)} FROM {table}")).all(), key=repr)
                assert after == rows, table
    finally:
        engine.dispose()


def test_migrations_revisions_are_one_line_that_continues_the_legacy_names() -> None:
    from alembic.script import ScriptDirectory

    from hearsay.store.migrations import _config

    script = ScriptDirectory.from_config(_config())
    assert len(script.get_heads()) == 1  # two heads: two branches each added a revision after the same one
    assert MIGRATIONS[:len(LEGACY_NAMES)] == LEGACY_NAMES
    assert SCHEMA_VERSION == len(MIGRATIONS) and SCHEMA_VERSION >= 9
    assert all(len(r) <= 32 for r in MIGRATIONS)  # alembic_version.version_num is VARCHAR(32)
    chain = [script.get_revision(r).down_revision for r in MIGRATIONS]
    assert chain == [None, *MIGRATIONS[:-1]]


@pytest.mark.parametrize("dump, version", [("store-v9.sqlite.sql", 9), ("store-v5.sqlite.sql", 5)])
def test_migrations_sqlite_store_from_an_earlier_release_upgrades_without_loss(tmp_path, dump, version) -> None:
    url = _load_sqlite(dump, tmp_path / "old.db")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    open_store(fresh).close()
    before = _rows(url)
    assert sum(len(rows) for _, rows in before.values()) > 300 and len(before["documents"][1]) == 3
    engine = create_engine(url)
    assert applied(engine) == LEGACY_NAMES[:version] and pending(engine) == MIGRATIONS[version:]
    engine.dispose()

    store = open_store(url)  # opening for writing migrates
    assert applied(store.engine) == MIGRATIONS and pending(store.engine) == []
    store.close()
    _assert_kept(before, url)
    assert _describe(url) == _describe(fresh)
    with sqlite3.connect(tmp_path / "old.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(MIGRATIONS[-1],)]
        hits = conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Pyongyang'").fetchone()
        assert hits == (1,)  # the full-text index was kept (v9) or rebuilt (v5) over the old rows
        assert conn.execute("SELECT count(*) FROM events_plover").fetchone()[0] == len(before["events"][1])


def test_migrations_postgresql_store_from_an_earlier_release_upgrades_without_loss(pg_url) -> None:  # noqa: F811
    import psycopg

    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute((DATA / "store-v9.postgresql.sql").read_text(encoding="utf-8").encode())
    before = _rows(pg_url)
    assert len(before["documents"][1]) == 3 and LEGACY_TABLE not in before
    store = open_store(pg_url)
    assert applied(store.engine) == MIGRATIONS
    with store.engine.begin() as conn:  # the fresh store to compare with: the same tables in another schema
        conn.exec_driver_sql("CREATE SCHEMA fresh")
    store.close()
    _assert_kept(before, pg_url)
    fresh_url = pg_url + "?options=-csearch_path%3Dfresh"
    open_store(fresh_url).close()
    assert _describe(pg_url) == _describe(fresh_url)
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [(MIGRATIONS[-1],)]
        assert not inspect(conn).has_table(LEGACY_TABLE)
    engine.dispose()


def test_migrations_dry_run_and_status_on_an_old_store_change_nothing(tmp_path) -> None:
    url = _load_sqlite("store-v5.sqlite.sql", tmp_path / "old.db")
    schema_before, rows_before = _describe(url), _rows(url)
    runner = CliRunner()
    dry = runner.invoke(cli, ["db", "migrate", "--dry-run", "--db", url])
    assert dry.exit_code == 0 and dry.output.split() == MIGRATIONS[5:]
    status = runner.invoke(cli, ["db", "status", "--db", url])
    assert status.exit_code == 0
    assert status.output.startswith(f"schema: {SCHEMA_VERSION - 5} migration(s) pending (0006_identity, ")
    assert _describe(url) == schema_before and _rows(url) == rows_before  # (opening it switches it to WAL)
    done = runner.invoke(cli, ["db", "migrate", "--db", url])
    assert done.exit_code == 0 and done.output == "applied: " + ", ".join(MIGRATIONS[5:]) + "\n"
    again = runner.invoke(cli, ["db", "migrate", "--db", url])
    assert again.output == "up to date\n"
    status = runner.invoke(cli, ["db", "status", "--db", url])
    lines = status.output.splitlines()
    assert lines[0] == f"schema: up to date (version {SCHEMA_VERSION})" and lines[2] == "documents           3"
    # its ledger was linked before the rules were versioned (issue 12 round 6): a rebuild is suggested
    assert lines[1].startswith("ledger: ") and "before versioning" in lines[1] and "hearsay ledger rebuild" in lines[1]


def test_migrations_old_store_at_the_last_version_is_converted_without_running_anything(tmp_path) -> None:
    url = _load_sqlite("store-v9.sqlite.sql", tmp_path / "old.db")
    before = _rows(url)
    result = CliRunner().invoke(cli, ["db", "migrate", "--db", url])
    assert result.output == ("up to date\n" if SCHEMA_VERSION == 9 else "applied: " + ", ".join(MIGRATIONS[9:]) + "\n")
    with sqlite3.connect(tmp_path / "old.db") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "alembic_version" in tables and LEGACY_TABLE not in tables
    _assert_kept(before, url)


def test_migrations_a_failing_upgrade_leaves_the_old_store_as_it_was(tmp_path) -> None:
    """A migration that fails midway rolls back every earlier one and the conversion with it."""
    url = _load_sqlite("store-v5.sqlite.sql", tmp_path / "old.db")
    with sqlite3.connect(tmp_path / "old.db") as conn:  # a table where 0009 will create a view
        conn.execute("CREATE TABLE figures_flat (x INTEGER)")
    before = _describe(url)
    with pytest.raises(StoreError):
        open_store(url)
    assert _describe(url) == before  # no new column, no alembic_version, schema_migrations still there
    with sqlite3.connect(tmp_path / "old.db") as conn:
        assert [r[0] for r in conn.execute(f"SELECT name FROM {LEGACY_TABLE} ORDER BY name")] == LEGACY_NAMES[:5]


def test_migrations_gap_in_the_old_table_reruns_from_the_gap(tmp_path) -> None:
    """A pre-Alembic store whose table lacks 0008 but has 0009 is stamped at 0007; 0008 and 0009 run again."""
    url = _load_sqlite("store-v9.sqlite.sql", tmp_path / "old.db")
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute(f"DELETE FROM {LEGACY_TABLE} WHERE name = '0008_fts_for_tools'")
    engine = create_engine(url)
    assert pending(engine) == MIGRATIONS[7:]
    engine.dispose()
    store = open_store(url)
    assert pending(store.engine) == []
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_two_processes_converting_one_old_store_at_once(request, tmp_path, backend) -> None:
    """Both opens succeed; the store is converted and upgraded once (the lock, then a second look)."""
    from concurrent.futures import ThreadPoolExecutor

    if backend == "sqlite":
        url = _load_sqlite("store-v5.sqlite.sql", tmp_path / "old.db")
    else:
        import psycopg

        url = request.getfixturevalue("pg_url")
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
            conn.execute((DATA / "store-v9.postgresql.sql").read_text(encoding="utf-8").encode())
    before = _rows(url)

    def open_and_close(_: int) -> list[str]:
        store = open_store(url)
        try:
            return applied(store.engine)
        finally:
            store.close()

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(open_and_close, range(2)))
    assert results == [MIGRATIONS, MIGRATIONS]
    _assert_kept(before, url)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [(MIGRATIONS[-1],)]
        assert not inspect(conn).has_table(LEGACY_TABLE)
    engine.dispose()


def test_migrations_store_from_a_newer_release_is_refused_in_one_line(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    with pytest.raises(StoreError, match="0999_from_the_future"):
        open_store(url)
    for args in (["db", "status"], ["db", "migrate"], ["db", "migrate", "--dry-run"]):
        result = CliRunner().invoke(cli, [*args, "--db", url])
        assert result.exit_code != 0 and result.output.startswith("Error: the store's schema is at revision")
        assert len(result.output.splitlines()) == 1 and isinstance(result.exception, SystemExit)  # no traceback
