"""Issue 19 through the commands: every failure one line and a failures row, the run going on;
WARC damage reported; CSV export defused; the server's 500 logged. Items as numbered in the issue."""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.cli.shell import safe
from hearsay.config import load_settings
from hearsay.ingest.readers import Failure
from hearsay.model import Article

GOOD = {"text": "Finance ministers met on Monday and agreed the budget, officials said."}


def _run(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(cli, list(args), catch_exceptions=False)


def _failures(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT input, reason FROM failures ORDER BY input").fetchall()


# --- 3. one bad line never ends the run ----------------------------------------------------
@pytest.mark.model
def test_item3_bad_lines_fail_alone_and_are_recorded(tmp_path):
    lines = [json.dumps(GOOD), '{"text": "a", "id": ' + "9" * 4301 + "}",
             json.dumps({"text": "The port reopened on Tuesday, the mayor said.", "title": "Port \ud800"}),
             json.dumps({"text": "Aid trucks reached the city at dawn, the agency said.", "id": "x" * 300})]
    src = tmp_path / "b.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "h.db"
    result = _run("ingest", "-q", str(src), "--db", f"sqlite:///{db}")
    assert result.exit_code == 65, result.output
    assert result.output.startswith("2 stored")
    assert [origin for origin, _ in _failures(db)] == [f"{src}:2", f"{src}:4"]
    assert "internal error" not in result.stderr


# --- 2, 8, 13 through analyze --------------------------------------------------------------
@pytest.mark.parametrize("args,code,words", [
    (["analyze", "/dev/zero"], 65, "device"),
    (["analyze", "--no-store", "--published", "0001-01-01", "x.txt"], 6, "out of range"),
    (["query", "statements", "--offset", "99999999999999999999"], 2, "--offset"),
])
def test_items_2_8_13_one_line_errors(tmp_path, monkeypatch, args, code, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("Ministers met on Monday.", encoding="utf-8")
    result = _run(*args)
    assert result.exit_code == code and words in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_item13_zero_batch_size_is_refused(tmp_path):
    (tmp_path / "x.txt").write_text("Ministers met on Monday.", encoding="utf-8")
    result = _run("analyze", "--no-store", str(tmp_path / "x.txt"), env={"HEARSAY_BATCH_SIZE": "0"})
    assert result.exit_code == 6 and "HEARSAY_BATCH_SIZE" in result.stderr


# --- 11. file names cannot forge output lines ----------------------------------------------
@pytest.mark.parametrize("raw,shown", [("a\nfailed: fake", "a\\nfailed: fake"), ("b\rc", "b\\rc"),
                                       ("\x1b[31mred", "\\x1b[31mred"), ("ok é", "ok é"), ("x\u2028y", "x\\u2028y")])
def test_item11_safe_escapes_line_breaks_and_controls(raw, shown):
    assert safe(raw) == shown


def test_item11_newline_in_a_file_name_stays_on_one_line(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "evil\n  failed: forged.txt").write_bytes(b"\x00\x01binary")
    result = _run("ingest", "-q", str(drop), "--db", f"sqlite:///{tmp_path / 'h.db'}")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("  failed: ") and "\\n" in lines[0]


# --- 12. a corrupted SQLite file is a store error ------------------------------------------
def test_item12_corrupted_sqlite_is_a_one_line_store_error(tmp_path):
    db = tmp_path / "h.db"
    from hearsay.store import open_store

    store = open_store(f"sqlite:///{db}")
    for i in range(300):
        store.record_failure(f"input-{i}-" + "x" * 200, "reason " * 20, "input")
    store.close()
    data = bytearray(db.read_bytes())
    data[4096:len(data) - 4096] = b"\xde\xad\xbe\xef" * ((len(data) - 8192) // 4)  # keep the header page
    db.write_bytes(bytes(data))
    src = tmp_path / "a.txt"
    src.write_text("Ministers met on Monday, officials said.", encoding="utf-8")
    result = _run("ingest", "-q", str(src), "--db", f"sqlite:///{db}")
    assert result.exit_code == 5, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "SELECT" not in result.stderr and "INSERT" not in result.stderr and "[SQL" not in result.stderr


# --- internal errors: one line on screen, the traceback in --log-file -------------------------
def test_internal_error_traceback_goes_to_the_log_file(tmp_path, monkeypatch):
    import hearsay.store.export as export

    def boom(*_a, **_k):
        raise RuntimeError("a hearsay bug")

    monkeypatch.setattr(export, "export_tables", boom)
    from hearsay.store import open_store

    open_store(f"sqlite:///{tmp_path / 'h.db'}").close()  # export reads an existing store only
    log = tmp_path / "hearsay.log"
    try:
        result = _run("--log-file", str(log), "export", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 'h.db'}")
    finally:
        for h in list(logging.getLogger("hearsay").handlers):
            if isinstance(h, logging.FileHandler):
                logging.getLogger("hearsay").removeHandler(h)
                h.close()
    assert result.exit_code == 70
    assert len(result.stderr.strip().splitlines()) == 1 and str(log) in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "a hearsay bug" in text


# --- 7. CSV formula injection and symlinks in the export folder ----------------------------
@pytest.mark.parametrize("value,cell", [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"),
                                        ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
                                        ("plain", "plain"), (-5, -5), (None, ""), ("a=b", "a=b")])
def test_item7_csv_cells_are_defused(value, cell):
    from hearsay.store.export import csv_cell

    assert csv_cell(value) == cell


def test_item7_export_defuses_formulas_and_refuses_symlinks(tmp_path):
    from hearsay.store.export import export_tables
    from hearsay.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'h.db'}")
    store.record_failure('=HYPERLINK("http://evil.example","x")', "@reason", "input")
    out = tmp_path / "out"
    export_tables(store, out, "csv", ["failures"])
    rows = list(csv.DictReader(io.StringIO((out / "failures.csv").read_text(encoding="utf-8"))))
    assert rows[0]["input"].startswith("'=") and rows[0]["reason"] == "'@reason"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "failures.csv").unlink()
    (out / "failures.csv").symlink_to(victim)
    from hearsay.errors import InputError

    with pytest.raises(InputError, match="symlink"):
        export_tables(store, out, "csv", ["failures"])
    store.close()
    assert victim.read_text(encoding="utf-8") == "keep me"


# --- 6. WARC: bad records fail alone; truncation and impossible lengths reported -----------
warcio = pytest.importorskip("warcio")


def _warc(path: Path, pages: list[dict[str, str]], gzip: bool = False) -> None:
    from warcio.warcwriter import WARCWriter

    from tests.batch.test_warc import PAGE, _response

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for i, page in enumerate(pages):
            html = PAGE.format(title=f"Headline number {i} today", body=f"Delegations met again for round {i}.")
            _response(writer, f"https://news.example/{i}", html, **page)


@pytest.mark.parametrize("bad", [{"warc_date": "0000-01-01T00:00:00Z"}, {"warc_date": "2024-13-01T00:00:00Z"},
                                 {"ctype": "text/html; charset=punycode"}, {"ctype": "text/html; charset=idna"},
                                 {"ctype": "text/html; charset=base64"}])
@pytest.mark.parametrize("gzip", [False, True])
def test_item6_odd_record_headers_do_not_stop_reading(tmp_path, bad, gzip):
    from hearsay.ingest.warc import iter_warc_articles

    path = tmp_path / ("w.warc.gz" if gzip else "w.warc")
    _warc(path, [{}, bad, {}, {}])
    items = list(iter_warc_articles(path, load_settings(environ={})))
    assert len(items) == 4 and all(isinstance(i, Article) for i in items), items


def test_item6_every_cut_of_an_uncompressed_warc_is_reported(tmp_path):
    from hearsay.ingest.warc import iter_warc_articles

    whole = tmp_path / "w.warc"
    _warc(whole, [{}, {}, {}])
    data = whole.read_bytes()
    blocks_end = [i for i in range(len(data)) if data[i:i + 4] == b"\r\n\r\n" and data[i + 4:i + 9] in (b"WARC/", b"")]
    ends = {i + k for i in blocks_end for k in range(5)}  # a cut in the blank lines after a record loses nothing
    cut = tmp_path / "cut.warc"
    silent = []
    for n in range(1, len(data), 7):
        cut.write_bytes(data[:n])
        items = list(iter_warc_articles(cut, load_settings(environ={})))
        complete = sum(isinstance(i, Article) for i in items)
        if not any(isinstance(i, Failure) for i in items) and n not in ends:
            silent.append((n, complete))
    assert not silent, f"cuts read as complete files: {silent[:5]}"


def test_item6_impossible_content_length_is_reported(tmp_path):
    from hearsay.ingest.warc import iter_warc_articles

    path = tmp_path / "w.warc"
    _warc(path, [{}, {}, {}])
    data = path.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    at = data.index(b"Content-Length: ", second) + len(b"Content-Length: ")
    end = data.index(b"\r\n", at)
    path.write_bytes(data[:at] + b"99999999999999" + data[end:])
    items = list(iter_warc_articles(path, load_settings(environ={})))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Failure) and "99,999,999,999,999" in str(items[-1].error)


# --- 8. the API: an out-of-range date is a 400, and a 500 is logged --------------------------
def test_item8_api_out_of_range_date_is_400_and_500s_are_logged(tmp_path, monkeypatch, caplog):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from hearsay import query
    from hearsay.server import create_app
    from hearsay.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'h.db'}")
    app = create_app(load_settings({"db_url": f"sqlite:///{tmp_path / 'h.db'}"}, environ={}), token="correct-horse",
                     store=store)
    auth = {"Authorization": "Bearer correct-horse"}
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/ingest", json={"text": "Ministers met on Monday.", "published": "0001-01-01"}, headers=auth)
        assert r.status_code == 400 and "out of range" in r.json()["error"]

        def boom(*_a, **_k):
            raise RuntimeError("a hearsay bug")

        monkeypatch.setattr(query, "articles", boom)
        with caplog.at_level(logging.ERROR, logger="hearsay"):
            assert c.get("/api/articles").status_code == 500
    store.close()
    assert any(r.exc_info and "a hearsay bug" in str(r.exc_info[1]) for r in caplog.records)


def test_item8_serve_logging_reaches_stderr(capsys):
    from hearsay.cli.shell import configure_logging

    logger = logging.getLogger("hearsay")
    before = list(logger.handlers)
    configure_logging(None, stderr=True)
    try:
        try:
            raise RuntimeError("boom in a route")
        except RuntimeError:
            logging.getLogger("hearsay.api.app").exception("unhandled error on /api/x")
    finally:
        for h in logger.handlers[len(before):]:
            logger.removeHandler(h)
    err = capsys.readouterr().err
    assert "unhandled error on /api/x" in err and "Traceback" in err and "boom in a route" in err
