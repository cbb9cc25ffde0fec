"""``hearsay ingest --workers N`` / ``--dask local:N`` and WARC sources store what a serial run stores (issue 7)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli

from .test_warc import _write_warc

DATA = Path(__file__).parents[1] / "ledger" / "data"
TABLES = ("documents", "entities", "mentions", "statements", "figures", "times", "events", "canonical_entities")

pytestmark = pytest.mark.model


def _corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, src / f.name)
    _write_warc(src / "news.warc.gz")
    return src


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _ingest(src: Path, db: Path, *extra: str):
    return CliRunner().invoke(cli, ["ingest", str(src), "--db", f"sqlite:///{db}", "--quiet",
                                    "--published", "2024-03-01", *extra], catch_exceptions=False)


def test_ingest_runners_workers_store_what_serial_stores(tmp_path):
    src = _corpus(tmp_path)
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    first = _ingest(src, serial)
    assert first.exit_code == 0, first.output
    n_docs = _counts(serial)["documents"]
    assert n_docs == len(list(DATA.glob("*.txt"))) + 2  # two HTML responses in the WARC
    second = _ingest(src, parallel, "--workers", "2")
    assert second.exit_code == 0, second.output
    assert _counts(parallel) == _counts(serial)
    again = _ingest(src, parallel, "--workers", "2")
    assert again.exit_code == 0 and f"0 stored, {n_docs} already stored" in again.output


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning", "ignore::UserWarning")
def test_ingest_runners_dask_local_cluster_stores_what_serial_stores(tmp_path):
    pytest.importorskip("distributed")
    src = _corpus(tmp_path)
    serial, dask = tmp_path / "serial.db", tmp_path / "dask.db"
    assert _ingest(src, serial).exit_code == 0
    result = _ingest(src, dask, "--dask", "local:2")
    assert result.exit_code == 0, result.output
    assert _counts(dask) == _counts(serial)


def test_ingest_runners_bad_worker_count_is_one_line_error(tmp_path):
    result = _ingest(_corpus(tmp_path), tmp_path / "x.db", "--workers", "0")
    assert result.exit_code == 6
    assert result.stderr.strip().startswith("Error: --workers must be at least 1")
