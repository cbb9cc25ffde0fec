"""``hearsay export``: the statements view names a spokesperson's organisation (issue 14, migration
0016_statement_view_on_behalf_of)."""

from __future__ import annotations

import csv
import io

import pytest

from _analysed import analysed_db, cli_output

# Wikinews dev 129865 (CC BY 4.0), three sentences: Airbus's announcement, then "Airbus spokesman
# Stefan Schaffrath"
TEXT = (
    "Airbus offers funding to search for black boxes from Air France disaster\n\n"
    "Airbus have announced that they will be willing to contribute between $12 million and $20 million "
    "to fund an extended search for the black boxes from Air France Flight 447.\n\n"
    "Although airframers normally supply technical assistance to investigations, the required impartiality "
    "makes funding rare, with Airbus spokesman Stefan Schaffrath saying the company's move was unprecedented.\n\n"
    "“This is an exceptional accident and an exceptional situation,” Schaffrath explained.\n"
)


@pytest.fixture(scope="module")
def spokesperson_db(tmp_path_factory):
    return analysed_db(tmp_path_factory, "behalf", TEXT)


def _rows(db, table: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(cli_output("export", "-", "--table", table, "--format", "csv", "--db", str(db)))))


@pytest.mark.model
def test_export_statements_view_names_the_organisation(spokesperson_db) -> None:
    rows = [r for r in _rows(spokesperson_db, "statements_by_speaker") if r["speaker"].endswith("Schaffrath")]
    assert len(rows) == 2
    assert {r["on_behalf_of"] for r in rows} == {"Airbus"}
    assert all(r["on_behalf_of_id"] and r["on_behalf_of_id"] != r["speaker_id"] for r in rows)


@pytest.mark.model
def test_export_statements_view_leaves_it_empty_without_a_spokesperson(spokesperson_db) -> None:
    rows = [r for r in _rows(spokesperson_db, "statements_by_speaker") if not r["speaker"].endswith("Schaffrath")]
    assert rows and all(r["on_behalf_of"] == "" and r["on_behalf_of_id"] == "" for r in rows)
