"""Issue 12: curated merges, splits and renames, authority lists, and `hearsay ledger rebuild`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from hearsay.errors import InputError, QueryError
from hearsay.ledger import update_ledger
from hearsay.ledger.curation import (
    find_canonical,
    load_authority,
    merge_entities,
    read_authority,
    rebuild,
    rename_entity,
    split_entity,
)
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

AUTHORITY = Path(__file__).parents[1] / "data" / "authority"


def _clusters(store) -> set[frozenset[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """Canonical entities as sets of (article, local entity id): independent of row ids."""
    el, e, d = schema.entity_links, schema.entities, schema.documents
    with store.engine.connect() as conn:
        rows = conn.execute(select(el.c.canonical_id, d.c.sha256, e.c.local_id).join(e, e.c.id == el.c.entity_id)
                            .join(d, d.c.id == el.c.document_id)).all()
    out: dict[int, set[tuple[str, str]]] = {}
    for cid, sha, local in rows:
        out.setdefault(cid, set()).add((sha, local))
    return {frozenset(v) for v in out.values()}


def _records():  # type: ignore[no-untyped-def]
    arsenal = {"name": "Arsenal", "type": "ORG"}
    return [
        make_record("Thierry Henry scored for Arsenal against Chelsea.", "2005-01-02", "a",
                    entities=[{"name": "Thierry Henry", "type": "PERSON"}, arsenal, {"name": "Chelsea", "type": "ORG"}]),
        # one co-mentioned club is too little context for the bare surname to join Thierry Henry
        # even once he is in SURNAME_MIN_DOCS articles (the late link is tested below)
        make_record("Henry scored twice for Arsenal.", "2005-01-04", "b",
                    entities=[{"name": "Henry", "type": "PERSON"}, arsenal]),
        make_record("Thierry Henry and Tony Blair met in Paris.", "2005-01-05", "c",
                    entities=[{"name": "Thierry Henry", "type": "PERSON"}, {"name": "Tony Blair", "type": "PERSON"},
                              {"name": "France", "type": "GPE", "mention": "Paris", "ids": {"iso3": "FRA"}}]),
        make_record("Striker Thierry Henry was rested.", "2005-01-06", "d", entities=[{"name": "Striker Thierry Henry", "type": "PERSON"}]),
    ]


def test_curation_rebuild_equals_incremental_ingest(ledger_store) -> None:  # type: ignore[no-untyped-def]
    for r in _records():
        ledger_store.save_linked(r, update_ledger)
    before = _clusters(ledger_store)
    with ledger_store.engine.connect() as conn:
        names_before = sorted(r[0] for r in conn.execute(select(schema.canonical_entities.c.name)))
    n, skipped = rebuild(ledger_store)
    assert n == 4 and skipped == []
    assert _clusters(ledger_store) == before
    with ledger_store.engine.connect() as conn:
        assert sorted(r[0] for r in conn.execute(select(schema.canonical_entities.c.name))) == names_before
        henry = conn.execute(select(schema.canonical_entities).where(schema.canonical_entities.c.name == "Thierry Henry")).one()
    # the title-stripped "Striker Thierry Henry" joins; the bare "Henry" stays in its article (issue 12)
    assert henry.n_documents == 3


def test_curation_rebuild_equals_incremental_ingest_with_late_surname_links(ledger_store) -> None:  # type: ignore[no-untyped-def]
    """A bare surname stored before its full name was well attested joins it later (round 4);
    a rebuild, which links the articles again in the same order, gives the same entities."""
    arsenal, chelsea = {"name": "Arsenal", "type": "ORG"}, {"name": "Chelsea", "type": "ORG"}
    bare = make_record("Henry scored twice for Arsenal against Chelsea.", "2005-01-01", "bare",
                       entities=[{"name": "Henry", "type": "PERSON"}, arsenal, chelsea])
    full = [make_record(f"Thierry Henry scored for Arsenal against Chelsea on day {i}.", f"2005-01-0{i + 1}", f"full{i}",
                        entities=[{"name": "Thierry Henry", "type": "PERSON"}, arsenal, chelsea]) for i in range(1, 4)]
    for r in [bare, *full]:
        ledger_store.save_linked(r, update_ledger)
    before = _clusters(ledger_store)
    assert any(len(c) == 4 for c in before)  # Thierry Henry, with the early bare "Henry"
    rebuild(ledger_store)
    assert _clusters(ledger_store) == before


def test_curation_split_merge_rename_survive_rebuild(ledger_store) -> None:  # type: ignore[no-untyped-def]
    for r in _records():
        ledger_store.save_linked(r, update_ledger)
    with ledger_store.engine.begin() as conn:
        merge_entities(conn, "Thierry Henry", "Henry")  # a curator joins the bare surname ...
        new = split_entity(conn, "Thierry Henry", ["Henry"])  # ... and takes it back out
        assert find_canonical(conn, new) == new
        merge_entities(conn, "Arsenal", "Chelsea")
        rename_entity(conn, "Arsenal", "Arsenal FC")
    after = _clusters(ledger_store)
    with ledger_store.engine.connect() as conn:
        ce = schema.canonical_entities
        rows = {r.name: r for r in conn.execute(select(ce))}
    assert rows["Thierry Henry"].n_documents == 3 and rows["Henry"].n_documents == 1
    assert rows["Arsenal FC"].n_documents == 2 and "Chelsea" in json.loads(rows["Arsenal FC"].aliases)
    assert "Chelsea" not in rows and "Arsenal" not in rows
    n, skipped = rebuild(ledger_store)
    assert skipped == []
    assert _clusters(ledger_store) == after
    # a later article with the curated names: Chelsea joins Arsenal FC, the bare surname stays apart
    ledger_store.save_linked(make_record("Henry scored for Arsenal against Chelsea again.", "2005-02-01", "e",
                                         entities=[{"name": "Henry", "type": "PERSON"}, {"name": "Arsenal", "type": "ORG"},
                                                   {"name": "Chelsea", "type": "ORG"}]),
                             update_ledger)
    with ledger_store.engine.connect() as conn:
        ce = schema.canonical_entities
        rows = {r.name: r for r in conn.execute(select(ce))}
    assert rows["Thierry Henry"].n_documents == 3
    assert rows["Arsenal FC"].n_documents == 3


def test_curation_refuses_what_cannot_be_done(ledger_store) -> None:  # type: ignore[no-untyped-def]
    for r in _records():
        ledger_store.save_linked(r, update_ledger)
    with ledger_store.engine.begin() as conn:
        with pytest.raises(QueryError):
            merge_entities(conn, "Arsenal", "Arsenal")
        with pytest.raises(QueryError):
            split_entity(conn, "Thierry Henry", ["Gordon Brown"])
        with pytest.raises(QueryError):
            find_canonical(conn, "Nobody At All")
        assert not conn.execute(select(schema.entity_curations)).all()


def test_curation_authority_list_links_news_mentions(ledger_store) -> None:  # type: ignore[no-untyped-def]
    with ledger_store.engine.begin() as conn:
        assert load_authority(conn, AUTHORITY / "people.csv") == 2
        assert load_authority(conn, AUTHORITY / "ftm.jsonl") == 2
    article = make_record("Sergei Shoigu met Kim Jong-un; the MSMT report followed.", "2025-05-30", "a",
                          entities=[{"name": "Sergei Shoigu", "type": "PERSON"}, {"name": "Kim Jong-un", "type": "PERSON"},
                                    {"name": "MSMT", "type": "ORG"}])
    ledger_store.save_linked(article, update_ledger)
    el, ce = schema.entity_links, schema.canonical_entities
    with ledger_store.engine.connect() as conn:
        linked = conn.execute(select(ce.c.authority_id, ce.c.name, el.c.rule).join(el, el.c.canonical_id == ce.c.id)).all()
    assert {(a, r) for a, _, r in linked} == {("test-shoigu", "authority"), ("test-kim", "authority"), ("test-msmt", "authority")}
    assert {n for _, n, _ in linked} == {"Sergey Shoigu", "Kim Jong Un", "Multilateral Sanctions Monitoring Team"}
    rebuild(ledger_store)
    with ledger_store.engine.connect() as conn:
        assert len(conn.execute(select(el)).all()) == 3
        assert {r[0] for r in conn.execute(select(ce.c.authority_id).join(el, el.c.canonical_id == ce.c.id))} == {
            "test-shoigu", "test-kim", "test-msmt"}


def test_curation_authority_list_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("label,code\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs the columns"):
        read_authority(bad)
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"id": "x", "schema": "Note", "properties": {}}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no entity"):
        read_authority(empty)


def test_curation_cli_show_split_rebuild(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hearsay.cli.main import cli
    from hearsay.store import open_store

    url = f"sqlite:///{tmp_path / 'c.db'}"
    store = open_store(url)
    try:
        for r in _records():
            store.save_linked(r, update_ledger)
    finally:
        store.close()
    runner = CliRunner()
    shown = runner.invoke(cli, ["entity", "show", "Thierry Henry", "--db", url, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    names = {n["name"]: n for n in json.loads(shown.output)["names"]}
    assert names["Striker Thierry Henry"]["rules"] == {"exact": 1}
    assert names["Striker Thierry Henry"]["examples"][0]["evidence"]["key"] == "thierry henry"
    merged = runner.invoke(cli, ["entity", "merge", "Thierry Henry", "Henry", "--db", url])
    assert merged.exit_code == 0, merged.output
    split = runner.invoke(cli, ["entity", "split", "Thierry Henry", "--name", "Henry", "--db", url])
    assert split.exit_code == 0, split.output
    listed = runner.invoke(cli, ["entity", "curations", "--db", url])
    assert "merge" in listed.output and "split" in listed.output and "Henry" in listed.output
    # issue 18: the same --format/-o as every command that prints records
    as_csv = runner.invoke(cli, ["entity", "curations", "--db", url, "--format", "csv"])
    assert as_csv.exit_code == 0 and as_csv.output.splitlines()[0].split(",")[:3] == ["id", "op", "args"]
    assert [line.split(",")[1] for line in as_csv.output.splitlines()[1:]] == ["merge", "split"]
    names_csv = tmp_path / "names.csv"
    written = runner.invoke(cli, ["entity", "show", "Thierry Henry", "--db", url, "--format", "csv", "-o", str(names_csv)])
    assert written.exit_code == 0 and written.output == ""
    assert names_csv.read_text(encoding="utf-8").splitlines()[0].startswith("id,entity,type,name,")
    again = runner.invoke(cli, ["ledger", "rebuild", "--db", url])
    assert again.exit_code == 0 and "4 articles" in again.output
    missing = runner.invoke(cli, ["entity", "show", "Nobody", "--db", url])
    assert missing.exit_code != 0 and missing.output.startswith("Error: no entity")
    nostore = runner.invoke(cli, ["ledger", "rebuild", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert nostore.exit_code != 0 and "no store" in nostore.output and not (tmp_path / "none.db").exists()
