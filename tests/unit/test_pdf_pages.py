"""Page numbers of PDF input (issue 16): one rule from the page map and an item's offset, kept in
the record, the store (migration 0011_pages), the exports, the CLI report and the web UI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, inspect

from hearsay.model import Article, Entity, Event, Figure, Mention, Record, Statement
from hearsay.record import from_dict, page_at, to_dict, validate, with_pages


@st.composite
def maps_and_offsets(draw):  # type: ignore[no-untyped-def]
    """A page map (sorted, non-overlapping, possibly with gaps and empty ranges) and offsets on,
    around and between its boundaries."""
    cuts = sorted(set(draw(st.lists(st.integers(0, 500), max_size=12))))
    ranges, page = [], 1
    for a, b in zip(cuts, cuts[1:]):
        if draw(st.booleans()):
            ranges.append((a, b, page))
        page += draw(st.integers(0, 3))
    edges = [x + d for s, e, _ in ranges for x in (s, e) for d in (-1, 0, 1)]
    offsets = draw(st.lists(st.sampled_from(edges) if edges else st.integers(-2, 502), max_size=8))
    offsets += draw(st.lists(st.integers(-2, 502), max_size=4))
    return tuple(ranges), offsets


@given(maps_and_offsets())
def test_page_at_is_the_range_holding_the_offset(case) -> None:  # type: ignore[no-untyped-def]
    pages, offsets = case
    for offset in offsets:
        holding = [p for s, e, p in pages if s <= offset < e]
        assert page_at(pages, offset) == (holding[0] if holding else None)


PAGES = ((0, 10, 1), (12, 20, 2), (22, 30, 5))


@pytest.mark.parametrize(("offset", "page"), [
    (0, 1), (9, 1), (10, None), (11, None), (12, 2), (19, 2), (20, None), (22, 5), (29, 5), (30, None), (99, None), (-1, None),
])
def test_page_at_by_hand(offset: int, page: int | None) -> None:
    assert page_at(PAGES, offset) == page


def _record(pages: tuple[tuple[int, int, int], ...]) -> Record:
    text = "Aaaa said x.\n\nBbbb said 7.\n\nCccc"  # 0..12 page 1, 14..26 page 2, 28.. page 3
    return Record(
        article=Article(text=text, pages=pages),
        entities=(Entity("e1", "Aaaa", "PERSON", mentions=(Mention(0, 4, "Aaaa"), Mention(28, 32, "Cccc"))),),
        statements=(Statement("s1", "indirect", "x", 10, 11), Statement("s2", "indirect", "7", 24, 25)),
        figures=(Figure("f1", "7", 24, 25, value=7.0),),
        events=(Event("v1", "AID", "said", 19, 23),),
    )


def test_with_pages_sets_every_item_and_round_trips() -> None:
    record = with_pages(_record(((0, 12, 1), (14, 26, 2), (28, 32, 3))))
    assert [m.page for m in record.entities[0].mentions] == [1, 3]
    assert [s.page for s in record.statements] == [1, 2]
    assert [f.page for f in record.figures] == [2]
    assert [e.page for e in record.events] == [2]
    data = to_dict(record)
    validate(data)
    assert data["statements"][1]["page"] == 2 and data["entities"][0]["mentions"][1]["page"] == 3
    assert from_dict(data) == record


def test_without_a_page_map_nothing_changes_and_no_page_key_appears() -> None:
    record = _record(())
    assert with_pages(record) is record
    data = to_dict(record)
    assert all("page" not in s for s in data["statements"]) and "pages" not in data["document"]
    validate(data)


def test_validate_refuses_a_page_that_is_not_the_map_s() -> None:
    data = to_dict(with_pages(_record(((0, 12, 1), (14, 26, 2), (28, 32, 3)))))
    data["figures"][0]["page"] = 1
    with pytest.raises(ValueError, match="on page 2, record says 1"):
        validate(data)


def test_store_keeps_the_page_map_and_every_page(store) -> None:  # type: ignore[no-untyped-def]
    record = with_pages(_record(((0, 12, 1), (14, 26, 2), (28, 32, 3))))
    store.save(record)
    assert store.load(record.article.sha256) == record
    with store.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("SELECT local_id, page FROM statements").all())
    assert rows == {"s1": 1, "s2": 2}


def test_migration_0011_adds_the_page_columns_to_an_older_store(tmp_path: Path) -> None:
    from alembic import command

    from hearsay.store import migrations, open_store
    from hearsay.store.alembic.ddl import PAGE_COLUMNS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:  # a store at the revision before pages
        command.upgrade(migrations._config(conn), "0010_workbench_indexes")
    with engine.begin() as conn:  # made before issue 16: 0001 created its tables without pages
        conn.exec_driver_sql("DROP VIEW IF EXISTS statements_by_speaker")
        for table, (column, _) in PAGE_COLUMNS.items():
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
    engine.dispose()
    store = open_store(url)
    try:
        columns = {t: {c["name"] for c in inspect(store.engine).get_columns(t)} for t in PAGE_COLUMNS}
        assert all(column in columns[t] for t, (column, _) in PAGE_COLUMNS.items())
        record = with_pages(_record(((0, 12, 1), (14, 26, 2), (28, 32, 3))))
        store.save(record)
        assert store.load(record.article.sha256) == record
        with store.engine.connect() as conn:
            view = {r[0]: r[1] for r in conn.exec_driver_sql("SELECT content, page FROM statements_by_speaker")}
        assert view == {"x": 1, "7": 2}
    finally:
        store.close()


# --- end to end: a PDF analysed, stored, exported, reported and shown ---------------------------

@pytest.mark.model
def test_pdf_pages_reach_the_store_exports_report_and_web(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    import warnings

    from click.testing import CliRunner

    with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import time
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from hearsay.cli.main import cli
    from hearsay.config import load_settings
    from hearsay.server import create_app
    from test_pdf_reader import _report as report_pdf

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report_pdf())
    db = tmp_path / "h.db"
    runner = CliRunner()
    shown = runner.invoke(cli, ["analyze", str(pdf), "--db", f"sqlite:///{db}", "--format", "text"])
    assert shown.exit_code == 0, shown.output
    # page 2 of the report: "The minister said that 1,200 soldiers were deployed to the border."
    said = next(line for line in shown.output.splitlines() if "1,200 soldiers" in line)
    assert "p. 2" in said
    out = runner.invoke(cli, ["export", "-", "--table", "figures_flat", "--format", "csv", "--db", str(db)])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [(r["text"], r["page"]) for r in rows if "1,200" in r["text"]] == [("1,200 soldiers", "2")]
    out = runner.invoke(cli, ["export", "-", "--table", "statements", "--db", str(db)])
    pages = {json.loads(line)["content"]: json.loads(line)["page"] for line in out.output.splitlines()}
    assert [p for c, p in pages.items() if "1,200 soldiers" in c] == [2]

    app = create_app(load_settings({"db_url": f"sqlite:///{db}", "store": False}, environ={}))
    with TestClient(app) as c:
        key = c.get("/api/articles").json()["items"][0]["key"]
        html = c.get(f"/articles/{key}").text
        row = next(r for r in html.split("<tr>") if "1,200 soldiers" in r and "#st-" in r)
        assert "p. 2" in row
        st_key = next(s["key"] for s in c.get("/api/statements").json()["items"] if "1,200" in s["content"])
        item = c.get(f"/statements/{st_key}").text
        assert '<th scope="row">Page</th><td>p. 2</td>' in item
        assert "p. 2" in c.get(f"/api/statements/{st_key}").json()["citation"]
