"""``hearsay ingest``: sources, skipping stored articles, near-duplicates and failures."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from hearsay.cli.main import cli
from hearsay.store import open_store, schema

from ._pg import db_url, pg_server, pg_url  # noqa: F401

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.model


def _ingest(*args: str) -> object:
    return CliRunner().invoke(cli, ["ingest", "--quiet", *args])


def _counts(url: str) -> dict[str, int]:
    store = open_store(url)
    try:
        return store.table_counts()
    finally:
        store.close()


def test_ingest_same_corpus_twice_changes_nothing(db_url: str) -> None:  # noqa: F811
    first = _ingest(str(DATA), "--db", db_url)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("3 stored, 0 already stored")
    counts = _counts(db_url)
    assert counts["documents"] == 3 and counts["canonical_entities"] > 0 and counts["ledger_documents"] == 3
    second = _ingest(str(DATA), "--db", db_url)
    assert second.exit_code == 0, second.output
    assert second.output.startswith("0 stored, 3 already stored")
    assert _counts(db_url) == counts


def test_ingest_near_duplicate_is_linked_not_counted_twice(db_url: str, tmp_path: Path) -> None:  # noqa: F811
    text = (DATA / "40203.txt").read_text(encoding="utf-8")
    copy = text.replace("today in the High Court", "on Monday in London's High Court") + "\nReporting by a wire service.\n"
    batch = tmp_path / "wire.jsonl"
    batch.write_text(json.dumps({"text": copy, "source": "Wire copy", "published": "2006-05-09"}) + "\n", encoding="utf-8")
    assert _ingest(str(DATA / "40203.txt"), "--published", "2006-05-08", "--db", db_url).exit_code == 0
    result = _ingest(str(batch), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "1 linked as near-duplicates" in result.output
    store = open_store(db_url)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(select(schema.duplicates)).all()
            views = conn.exec_driver_sql("SELECT original_source, copy_source FROM duplicate_articles").all()
    finally:
        store.close()
    assert len({r.group_id for r in rows}) == 1 and len({r.original_id for r in rows}) == 1
    assert views == [(None, "Wire copy")]


def test_ingest_records_each_failure_and_exits_non_zero(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(DATA / "60083.txt", src / "sub" / "good.txt")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (src / "batch.jsonl").write_text('{"text": "Ministers met on Monday to discuss the budget."}\n{not json\n', encoding="utf-8")
    (src / "broken.pdf").write_bytes(b"%PDF")  # PDFs are read since issue 16: a broken one fails alone
    result = _ingest(str(src), str(tmp_path / "missing.txt"), "--db", url)
    assert result.exit_code == 65
    assert result.output.splitlines()[0] == "2 stored, 0 already stored, 0 linked as near-duplicates, 4 failed"
    assert "Traceback" not in result.output
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            inputs = sorted(r.input for r in conn.execute(select(schema.failures)))
    finally:
        store.close()
    assert [Path(i).name for i in inputs] == ["batch.jsonl:2", "binary.txt", "broken.pdf", "missing.txt"]
    again = _ingest(str(src), str(tmp_path / "missing.txt"), "--db", url)
    assert again.exit_code == 65
    assert _counts(url)["failures"] == 4


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Budget talks resume</title><link>https://example.org/a</link>
<pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Finance ministers resumed budget talks on Monday, officials said.&lt;/p&gt;</description></item>
<item><title>No body here</title><link>https://example.org/b</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2025-06-01T00:00:00Z</updated>
<entry><title>Port reopens</title><id>urn:x:1</id><link href="https://example.org/port"/>
<published>2025-06-01T08:00:00Z</published><updated>2025-06-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;The port reopened on Sunday after a week of strikes, the harbour authority said.&lt;/p&gt;</content></entry>
</feed>"""


def test_ingest_feed_entries_become_articles(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feed.db'}"
    (tmp_path / "wire.rss").write_bytes(RSS)
    (tmp_path / "news.atom").write_bytes(ATOM)
    result = _ingest(str(tmp_path / "wire.rss"), str(tmp_path / "news.atom"), "--db", url)
    assert result.exit_code == 65  # the RSS item without a body fails, the rest goes in
    assert "no content or summary" in result.output
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            docs = conn.execute(select(schema.documents.c.title, schema.documents.c.url, schema.documents.c.published,
                                       schema.documents.c.source).order_by(schema.documents.c.id)).all()
    finally:
        store.close()
    assert [tuple(d) for d in docs] == [("Budget talks resume", "https://example.org/a", "2025-06-02", "Example Wire"),
                                        ("Port reopens", "https://example.org/port", "2025-06-01", "Atom News")]


def test_ingest_feed_declaring_entities_is_refused(tmp_path: Path) -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title><item><title>x</title><description>&b;</description></item></channel></rss>"""
    (tmp_path / "bomb.xml").write_bytes(bomb)
    result = _ingest(str(tmp_path / "bomb.xml"), "--db", f"sqlite:///{tmp_path / 'b.db'}")
    assert result.exit_code == 65
    assert "refused: the feed declares a DTD or entities" in result.output


def test_ingest_gzipped_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": (DATA / name).read_text(encoding="utf-8")}) for i, name in enumerate(["51682.txt", "60083.txt"])]
    with gzip.open(tmp_path / "batch.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    result = _ingest(str(tmp_path), "--db", f"sqlite:///{tmp_path / 'g.db'}")
    assert result.exit_code == 65
    assert result.output.startswith("2 stored")
    assert "not a valid gzip file" in result.output


def test_ingest_unreachable_db_is_one_line_error(tmp_path: Path) -> None:
    result = _ingest(str(DATA), "--db", "postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    assert result.exit_code == 5
    assert result.output.startswith("Error: cannot open the store")
