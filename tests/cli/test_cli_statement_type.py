"""``hearsay query statements --type`` and the 0012_statement_type migration (issue 14)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from hearsay.cli.main import cli

from _analysed import analysed_db, cli_output

TEXT = (
    "Grain prices fell again on Monday.\n\n"
    "Mary Jones believes that the harvest will fail.\n\n"
    "A Gallup poll shows that most farmers oppose the new tax.\n\n"
    "John Carter said that the tax would be repealed.\n"
)


@pytest.fixture(scope="module")
def typed_db(tmp_path_factory):
    return analysed_db(tmp_path_factory, "typed", TEXT)


def _listed(db, *args: str) -> list[dict]:
    return json.loads(cli_output("query", "statements", "--db", str(db), "--format", "json", *args))


@pytest.mark.model
def test_query_statements_type_filter_keeps_only_that_type(typed_db) -> None:
    every = _listed(typed_db)
    assert {r["type"] for r in every} == {"assertion", "belief", "evidence"}
    beliefs = _listed(typed_db, "--type", "belief")
    assert [r["content"] for r in beliefs] == ["the harvest will fail"]
    assert {r["content"] for r in _listed(typed_db, "--type", "evidence")} == {"most farmers oppose the new tax"}
    assert _listed(typed_db, "--type", "request") == []


@pytest.mark.model
def test_query_statements_unknown_type_is_a_one_line_error(typed_db) -> None:
    result = CliRunner().invoke(cli, ["query", "statements", "--db", str(typed_db), "--type", "rumour"])
    assert result.exit_code != 0 and "Traceback" not in result.output


@pytest.mark.model
def test_migration_0012_adds_the_type_column_to_an_older_store(typed_db, tmp_path) -> None:
    import shutil

    from hearsay.store.migrations import migrate

    old = tmp_path / "old.db"
    shutil.copy(typed_db, old)
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as conn:  # make the copy look like a store from before 0012
        conn.exec_driver_sql("DROP VIEW statements_by_speaker")
        conn.exec_driver_sql("ALTER TABLE statements DROP COLUMN type")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0011_pages'")
    assert "type" not in {c["name"] for c in inspect(engine).get_columns("statements")}
    assert migrate(engine)[0] == "0012_statement_type"  # and any revision after it
    with engine.connect() as conn:
        types = [r[0] for r in conn.execute(text("SELECT type FROM statements_by_speaker"))]
    assert types and all(t is None for t in types)  # not backfilled: older statements are untyped
    assert _listed(old, "--type", "belief") == []
    assert len(_listed(old)) == len(types)
    engine.dispose()


@pytest.mark.model
def test_api_statements_type_parameter(typed_db) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from hearsay.config import load_settings
    from hearsay.server import create_app

    app = create_app(load_settings({"db_url": f"sqlite:///{typed_db}", "store": False}, environ={}))
    with TestClient(app) as client:
        evidence = client.get("/api/statements", params={"type": "evidence"}).json()
        assert [i["type"] for i in evidence["items"]] == ["evidence"] and evidence["total"] == 1
        assert client.get("/api/statements", params={"type": "rumour"}).status_code == 422


@pytest.mark.model
@pytest.mark.parametrize("table", ["statements", "statements_by_speaker"])
def test_export_has_the_type_column(typed_db, table) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(cli_output("export", "-", "--table", table, "--format", "csv", "--db", str(typed_db)))))
    assert {r["type"] for r in rows} == {"assertion", "belief", "evidence"}
