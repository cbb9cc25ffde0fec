"""A hearsay store opens in Datasette and sqlite-utils with its full-text search working (issue 18)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli

pytestmark = pytest.mark.model



def test_datasette_sqlite_utils_finds_and_searches_the_fts_tables(founding_db: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(founding_db)
    assert db["documents"].detect_fts() == "documents_fts"
    assert db["statements"].detect_fts() == "statements_fts"
    (hit,) = list(db["documents"].search("Pyongyang"))
    assert "North Korea" in hit["text"]
    contents = [r["content"] for r in db["statements"].search("liberation")]
    assert contents and all("liberation" in c.lower() for c in contents)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_datasette_serves_the_store_and_searches_it(founding_db: Path, tmp_path: Path) -> None:
    meta = tmp_path / "metadata.json"
    result = CliRunner().invoke(cli, ["db", "datasette-metadata", "--db", str(founding_db)])
    assert result.exit_code == 0
    meta.write_text(result.output, encoding="utf-8")
    assert json.loads(result.output)["databases"]["kursk"]["tables"]["documents"]["fts_table"] == "documents_fts"
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(founding_db), "-m", str(meta),
                             "-p", str(port), "-h", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):  # Datasette takes a few seconds to start on a busy machine
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode() if proc.stderr else "datasette exited") from None
                time.sleep(0.5)
        with urllib.request.urlopen(base + "/kursk/statements.json?_search=liberation&_shape=array", timeout=30) as r:
            rows = json.loads(r.read())
        assert rows and all("liberation" in row["content"].lower() for row in rows)
        with urllib.request.urlopen(base + "/kursk.json", timeout=30) as r:
            tables = {t["name"]: t for t in json.loads(r.read())["tables"]}
        assert tables["documents"]["fts_table"] == "documents_fts"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()


def test_datasette_store_made_before_the_fix_is_upgraded_in_place(tmp_path: Path) -> None:
    """A store whose FTS tables name their content table in single quotes (before migration 0008)."""
    import sqlite3

    import sqlite_utils

    from hearsay.store import open_store

    path = tmp_path / "old.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # put the store back as release 0.1.0 made it
        conn.execute("DROP TABLE documents_fts")
        conn.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id')")
        conn.execute("INSERT INTO documents (sha256, doc_id, title, authors, language, input_format, text, pipeline, "
                     "ingested_at) VALUES ('x', 'd1', 'Old article', '[]', 'en', 'text', 'Troops crossed the river.', "
                     "'{}', '2026-01-01')")
        conn.execute("UPDATE alembic_version SET version_num = '0007_claims_variables'")
    assert sqlite_utils.Database(path)["documents"].detect_fts() is None
    open_store(f"sqlite:///{path}").close()  # migrates
    db = sqlite_utils.Database(path)
    assert db["documents"].detect_fts() == "documents_fts"
    assert [r["title"] for r in db["documents"].search("river")] == ["Old article"]
