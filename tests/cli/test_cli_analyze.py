"""``hearsay analyze``: outputs, the store, and one-line errors for bad input (issue 2)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.record import validate

FOUNDING = Path(__file__).parents[1] / "golden" / "kursk-dprk.txt"

pytestmark = pytest.mark.model

SHORT = "Officials said on Monday that the bridge would reopen.\n“It is safe,” the mayor said.\n"


def run(args, **kw):
    result = CliRunner().invoke(cli, args, catch_exceptions=False, **kw)
    return result


def one_error_line(result, needle):
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines, "no error printed"
    assert all(ln.startswith("Error: ") for ln in lines), result.stderr
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture()
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'h.db'}"


def test_cli_analyze_json_is_schema_valid(tmp_path, db):
    result = run(["analyze", str(FOUNDING), "--published", "2025-05-30", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    validate(data)
    assert data["document"]["published"] == "2025-05-30"
    assert data["document"]["text"].startswith("North Korean troops")


def test_cli_analyze_twice_keeps_one_document(tmp_path, db):
    for _ in range(2):
        assert run(["analyze", str(FOUNDING), "--format", "json", "--db", db]).exit_code == 0
    con = sqlite3.connect(tmp_path / "h.db")
    assert con.execute("select count(*) from documents").fetchone()[0] == 1
    entities = con.execute("select count(*) from entities").fetchone()[0]
    assert entities > 0
    run(["analyze", str(FOUNDING), "--format", "json", "--db", db])
    assert con.execute("select count(*) from entities").fetchone()[0] == entities


def test_cli_analyze_text_report(tmp_path, db):
    result = run(["analyze", str(FOUNDING), "--published", "2025-05-30", "--format", "text", "--db", db])
    assert result.exit_code == 0
    assert "Entities" in result.stdout and "Sergey Shoigu" in result.stdout


def test_cli_analyze_stdin(tmp_path):
    result = run(["analyze", "-", "--format", "json", "--no-store"], input=SHORT.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["document"]["text"] == SHORT.strip()


def test_cli_analyze_jsonl_bad_line_named_and_rest_stored(tmp_path, db):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": SHORT, "published": "2024-03-04"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "html": "<html><body><article><p>" + SHORT + "</p></article></body></html>"}) + "\n",
        encoding="utf-8",
    )
    result = run(["analyze", str(path), "--format", "jsonl", "--db", db])
    assert result.exit_code == 65
    one_error_line(result, f"{path}:2: invalid JSON")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["document"]["id"] for x in lines] == ["a", "b"]
    assert lines[0]["document"]["published"] == "2024-03-04"
    con = sqlite3.connect(tmp_path / "h.db")
    assert con.execute("select count(*) from documents").fetchone()[0] == 2


def test_cli_analyze_missing_file(tmp_path):
    result = run(["analyze", str(tmp_path / "nope.txt"), "--no-store"])
    assert result.exit_code == 65
    one_error_line(result, "no such file")


def test_cli_analyze_empty_directory(tmp_path):
    result = run(["analyze", str(tmp_path), "--no-store"])
    assert result.exit_code == 65
    one_error_line(result, "directory holds no .txt")


def test_cli_analyze_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 4)
    result = run(["analyze", str(path), "--no-store"])
    assert result.exit_code == 65
    one_error_line(result, "binary file")


def test_cli_analyze_non_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The café owner, René Dupré, said that the meeting was over.".encode("latin-1"))
    result = run(["analyze", str(path), "--no-store"])
    assert result.exit_code == 65
    one_error_line(result, "not valid utf-8")
    detected = run(["analyze", str(path), "--no-store", "--encoding", "auto", "--format", "json"])
    assert detected.exit_code == 0
    assert "René Dupré" in json.loads(detected.stdout)["document"]["text"]


def test_cli_analyze_empty_text(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(" \n\u200b\n\t\n", encoding="utf-8")
    result = run(["analyze", str(path), "--no-store"])
    assert result.exit_code == 65
    one_error_line(result, "empty text")


def test_cli_analyze_bad_published(tmp_path):
    result = run(["analyze", str(FOUNDING), "--published", "30/05/2025", "--no-store"])
    assert result.exit_code == 6
    one_error_line(result, "--published")


def test_cli_analyze_unreachable_db(tmp_path):
    result = run(["analyze", str(FOUNDING), "--db", f"sqlite:///{tmp_path}/no/such/dir/h.db"])
    assert result.exit_code == 5
    one_error_line(result, "cannot open the store")


def test_cli_analyze_unknown_db_scheme(tmp_path):
    result = run(["analyze", str(FOUNDING), "--db", "nosuchdb://x"])
    assert result.exit_code == 5
    one_error_line(result, "Error:")


def test_cli_python_dash_m_runs(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "hearsay", "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "analyze" in proc.stdout


def test_cli_analyze_stores_through_the_one_ingest_path(tmp_path):
    """issue 11: ``analyze`` links what it stores into the ledger, as ``ingest`` and the API do."""
    path = tmp_path / "h.db"
    result = run(["analyze", str(FOUNDING), "--published", "2025-05-30", "--db", f"sqlite:///{path}",
                  "--format", "json"])
    assert result.exit_code == 0
    with sqlite3.connect(path) as conn:
        linked = conn.execute("SELECT COUNT(*) FROM ledger_documents").fetchone()[0]
        canonical = conn.execute("SELECT COUNT(*) FROM canonical_entities").fetchone()[0]
    assert linked == 1 and canonical > 0


FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Budget talks resume</title><link>https://example.org/a</link>
<pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Finance ministers resumed budget talks on Monday, officials said.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_cli_analyze_reads_a_feed_as_ingest_does(tmp_path):
    """issue 18: ``analyze world.rss`` analysed the XML markup as text and exited 0."""
    path = tmp_path / "world.rss"
    path.write_bytes(FEED)
    result = run(["analyze", str(path), "--no-store", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["document"]["title"] == "Budget talks resume"
    assert record["document"]["url"] == "https://example.org/a"
    assert record["document"]["published"] == "2025-06-02"
    assert "<" not in record["document"]["text"] and "Finance ministers" in record["document"]["text"]


def test_cli_analyze_reads_a_directory(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text(f"<html><body><article><p>{SHORT}</p></article></body></html>",
                                            encoding="utf-8")
    result = run(["analyze", str(tmp_path / "in"), "--no-store", "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
