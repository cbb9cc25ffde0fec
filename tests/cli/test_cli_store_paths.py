"""The store on the command line (issue 18): plain paths, HEARSAY_DB, and reads that never create one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.config import load_settings, store_url

FOUNDING = Path(__file__).parents[1] / "golden" / "kursk-dprk.txt"


@pytest.mark.parametrize(("given", "url"), [
    ("demo.db", "sqlite:///demo.db"),
    ("/data/demo.db", "sqlite:////data/demo.db"),
    ("sqlite:///demo.db", "sqlite:///demo.db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_cli_store_url_takes_a_plain_path_or_a_url(given: str, url: str) -> None:
    assert store_url(given) == url
    assert load_settings({"db_url": given}, environ={}).db_url == url
    assert load_settings(environ={"HEARSAY_DB": given}).db_url == url


@pytest.mark.parametrize("args", [
    ["query", "statements"],
    ["query", "figures"],
    ["db", "status"],
    ["entity", "show", "Russia"],
    ["export", "out"],
])
def test_cli_read_commands_refuse_a_missing_store_and_create_nothing(tmp_path, monkeypatch, args) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [*args, "--db", "missing.db"])
    assert result.exit_code == 5
    assert "no store at missing.db" in result.output
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "hearsay.db").exists()


def test_cli_migrate_dry_run_lists_every_migration_without_creating_the_file(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["db", "migrate", "--dry-run", "--db", "new.db"])
    assert result.exit_code == 0 and result.output.startswith("0001_")
    assert not (tmp_path / "new.db").exists()


@pytest.mark.model
def test_cli_plain_path_store_is_written_and_read(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    done = runner.invoke(cli, ["analyze", str(FOUNDING), "--published", "2025-05-30", "--db", "demo.db",
                               "--format", "json"])
    assert done.exit_code == 0
    with sqlite3.connect(tmp_path / "demo.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    listed = runner.invoke(cli, ["query", "statements", "--limit", "3", "--format", "text"], env={"HEARSAY_DB": "demo.db"})
    assert listed.exit_code == 0 and "“" in listed.output
    assert "?" not in listed.output.replace("?”", "")  # no "?" placeholders for missing titles or outlets
    status = runner.invoke(cli, ["db", "status", "--db", "demo.db"])
    assert status.output.startswith("schema: up to date") and "documents" in status.output


def test_cli_info_names_version_model_store_and_settings(tmp_path, monkeypatch) -> None:
    import json

    from hearsay import __version__
    from hearsay.config import DEFAULT_MODEL
    from hearsay.store.migrations import MIGRATIONS

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["info", "--format", "json", "--db", "none.db"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["hearsay"] == __version__ and data["model"].startswith(DEFAULT_MODEL + "==")
    assert data["store"] == {"url": "sqlite:///none.db", "exists": False}
    assert data["schema_version"] == len(MIGRATIONS)
    assert data["settings"]["language"] == "en" and data["environment"]["db_url"] == "HEARSAY_DB"
    assert not (tmp_path / "none.db").exists()  # info reads, never creates


@pytest.mark.model
def test_cli_query_formats_and_output_file(founding_db, tmp_path) -> None:
    import csv
    import io
    import json

    runner = CliRunner()
    piped = runner.invoke(cli, ["query", "figures", "--limit", "3", "--db", str(founding_db)])
    rows = [json.loads(line) for line in piped.output.splitlines()]  # not a terminal: JSONL
    assert len(rows) == 3 and all("quantity" in r for r in rows)
    table = runner.invoke(cli, ["query", "figures", "--limit", "3", "--format", "csv", "--db", str(founding_db)])
    parsed = list(csv.DictReader(io.StringIO(table.output)))
    assert [r["text"] for r in parsed] == [r["text"] for r in rows]
    out = tmp_path / "statements.jsonl"
    written = runner.invoke(cli, ["query", "statements", "--limit", "2", "-o", str(out), "--db", str(founding_db)])
    assert written.exit_code == 0 and written.output == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    one = runner.invoke(cli, ["query", "entity", "Russia", "--format", "csv", "--db", str(founding_db)])
    assert one.exit_code == 6 and "csv needs a listing" in one.output
