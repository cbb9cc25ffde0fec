"""Read functions and the ``hearsay query`` / ``hearsay export`` commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay import query
from hearsay.cli.main import cli
from hearsay.errors import QueryError
from hearsay.ledger import update_ledger

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

PRK = {"name": "North Korea", "type": "GPE", "mention": "North Korean", "ids": {"iso3": "PRK"}}
SHOIGU = {"name": "Sergey Shoigu", "type": "PERSON"}


def _fill(store) -> None:  # type: ignore[no-untyped-def]
    records = [
        make_record("Sergey Shoigu said North Korean volunteers are giving their all. As many as 1,000 North Korean soldiers died.",
                    "2025-04-10", "bbc", entities=[SHOIGU, PRK],
                    statements=[{"content": "North Korean volunteers are giving their all", "speaker": "e1"}],
                    figures=[{"text": "As many as 1,000", "high": 1000.0, "hedge": "as many as", "quantity": "soldiers killed",
                              "subject": "e2", "as_of": "2025-04"}]),
        make_record("Sergei Shoygu said North Korean volunteers are not giving their all. About 3,000 North Korean soldiers died.",
                    "2025-04-20", "tass", entities=[{"name": "Sergei Shoygu", "type": "PERSON"}, PRK],
                    statements=[{"content": "North Korean volunteers are not giving their all", "speaker": "e1"}],
                    figures=[{"text": "About 3,000", "value": 3000.0, "low": 2700.0, "high": 3300.0, "hedge": "about",
                              "quantity": "soldiers killed", "subject": "e2", "as_of": "2025-04", "source": "e1"}]),
    ]
    for r in records:
        store.save_linked(r, update_ledger)


def test_query_statements_by_speaker_and_about(ledger_store) -> None:  # type: ignore[no-untyped-def]
    _fill(ledger_store)
    by = query.statements(ledger_store, speaker="Sergei Shoygu")
    assert [s["source"] for s in by] == ["tass", "bbc"]
    assert {s["speaker"] for s in by} == {"Sergey Shoigu"}
    about = query.statements(ledger_store, about="PRK", limit=1, offset=1)
    assert len(about) == 1 and about[0]["source"] == "bbc"


def test_query_series_contradictions_and_entity_page(ledger_store) -> None:  # type: ignore[no-untyped-def]
    _fill(ledger_store)
    s = query.series(ledger_store, "North Korea", "Soldiers killed")
    assert [(p["low"], p["high"]) for p in s["points"]] == [(None, 1000.0), (2700.0, 3300.0)]
    assert s["points"][1]["according_to"] == "Sergey Shoigu"
    found = query.contradictions(ledger_store)
    assert sorted(c["kind"] for c in found) == ["figure", "statement"]
    fig = next(c for c in found if c["kind"] == "figure")
    assert (fig["left"]["source"], fig["right"]["source"]) == ("bbc", "tass")
    page = query.entity_page(ledger_store, "Shoigu")
    assert page["entity"]["n_documents"] == 2 and len(page["said"]) == 2


def test_query_search_finds_articles_and_statements(ledger_store) -> None:  # type: ignore[no-untyped-def]
    _fill(ledger_store)
    found = query.search(ledger_store, "volunteers giving")
    assert len(found["articles"]) == 2 and len(found["statements"]) == 2
    assert query.search(ledger_store, "zeppelin") == {"articles": [], "statements": []}


def test_query_unknown_ids_and_bad_pages_raise(ledger_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="no entity"):
        query.statements(ledger_store, speaker="Nobody Atall")
    with pytest.raises(QueryError, match="limit"):
        query.figures(ledger_store, limit=0)
    with pytest.raises(QueryError, match="at least one word"):
        query.search(ledger_store, "  ")
    with pytest.raises(QueryError):
        query.entity_page(ledger_store, 999)


def test_query_cli_json_and_errors(db_url: str) -> None:  # noqa: F811
    from hearsay.store import open_store

    store = open_store(db_url)
    _fill(store)
    store.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "figures", "--subject", "PRK", "--format", "json", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert [f["source"] for f in json.loads(result.output)] == ["bbc", "tass"]
    result = runner.invoke(cli, ["query", "contradictions", "--db", db_url])
    assert result.exit_code == 0 and "cannot both hold" in result.output
    result = runner.invoke(cli, ["query", "statements", "--speaker", "Nobody", "--db", db_url])
    assert result.exit_code == 7 and result.output == "Error: no entity 'Nobody' in the store\n"


def test_export_writes_each_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    from hearsay.store import open_store

    store = open_store(url)
    _fill(store)
    store.close()
    runner = CliRunner()
    assert runner.invoke(cli, ["export", str(tmp_path / "j"), "--db", url]).exit_code == 0
    docs = [json.loads(line) for line in (tmp_path / "j" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["source"] for d in docs] == ["bbc", "tass"]
    result = runner.invoke(cli, ["export", str(tmp_path / "c"), "--format", "csv", "--table", "canonical_entities", "--db", url])
    assert result.exit_code == 0
    with open(tmp_path / "c" / "canonical_entities.csv", encoding="utf-8", newline="") as fh:
        names = [r["name"] for r in csv.DictReader(fh)]
    assert names == ["Sergey Shoigu", "North Korea"]
    bad = runner.invoke(cli, ["export", str(tmp_path / "c"), "--table", "nope", "--db", url])
    assert bad.exit_code == 6 and bad.output.startswith("Error: unknown table or view 'nope'")


def test_migrations_views_answer_on_a_fresh_store(ledger_store) -> None:  # type: ignore[no-untyped-def]
    from hearsay.store.migrations import VIEWS, pending

    _fill(ledger_store)
    assert pending(ledger_store.engine) == []
    with ledger_store.engine.connect() as conn:
        counts = {v: conn.exec_driver_sql(f"SELECT count(*) FROM {v}").scalar_one() for v in VIEWS}
    assert counts["contradiction_pairs"] == 2 and counts["figure_series"] == 2 and counts["statements_by_speaker"] == 2


def test_query_entities_like_wildcards_match_themselves(ledger_store):  # noqa: F811
    _fill(ledger_store)
    assert query.entities(ledger_store, q="Shoigu")
    assert query.entities(ledger_store, q="%") == []
    assert query.entities(ledger_store, q="S_oigu") == []
