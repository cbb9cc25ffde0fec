"""Flat exports investigators load as they are: canonical names, PLOVER field names, stdout (issue 18)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli

pytestmark = pytest.mark.model



def test_export_events_plover_rows_name_actors_not_article_ids(founding_db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "-", "--table", "events_plover", "--format", "csv", "--db", str(founding_db)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {"event_type", "mode", "actor", "actor_code", "recipient", "recipient_code", "event_date",
                     "story_date", "url", "sentence"} <= set(rows[0])
    names = {r["actor"] for r in rows} | {r["recipient"] for r in rows}
    assert {"North Korea", "Russia"} <= names
    assert not any(n.startswith("e") and n[1:].isdigit() for n in names if n)  # no per-article ids (e8)
    assert all(r["story_date"] == "2025-05-30" for r in rows)
    assert all(r["trigger"] in r["sentence"] for r in rows)


def test_export_figures_flat_to_stdout_as_jsonl(founding_db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "-", "--table", "figures_flat", "--db", str(founding_db)])
    rows = [json.loads(line) for line in result.output.splitlines()]
    by_text = {r["text"]: r for r in rows}
    assert by_text["more than 15,000"]["subject"] == "North Korea"
    assert by_text["more than 15,000"]["low"] == 15000 and by_text["more than 15,000"]["high"] is None
    assert by_text["as many as 1,000"]["according_to"] == "BBC"


def test_export_dash_needs_one_table_and_makes_no_directory(founding_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", "-", "--db", str(founding_db)])
    assert result.exit_code == 6 and "--table" in result.output
    assert not (tmp_path / "-").exists()
