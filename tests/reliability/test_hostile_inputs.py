"""Truncated archives and huge JSONL lines are per-input failures, never tracebacks (issue 8)."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli

pytestmark = pytest.mark.model

GOOD = {"text": "Finance ministers met on Monday and agreed the budget, officials said."}


def _ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", "--quiet", *args], catch_exceptions=False)


def test_hostile_truncated_jsonl_gz_is_a_recorded_failure(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({**GOOD, "id": str(i)}) for i in range(50)) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    result = _ingest(str(path), "--db", f"sqlite:///{tmp_path / 'h.db'}")
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    assert "cut.jsonl.gz" in result.stderr


def test_hostile_truncated_warc_is_a_recorded_failure(tmp_path):
    pytest.importorskip("warcio")
    from tests.batch.test_warc import _write_warc

    whole = tmp_path / "whole.warc.gz"
    _write_warc(whole)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-200])
    result = _ingest(str(cut), "--db", f"sqlite:///{tmp_path / 'h.db'}")
    assert "Traceback" not in result.output + result.stderr
    assert result.exit_code != 0 and "cut.warc.gz" in result.stderr


def test_hostile_oversized_jsonl_line_fails_alone(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({"text": "x " * 60_000}) + "\n", encoding="utf-8")
    env = {"HEARSAY_MAX_BYTES": "100000"}
    result = CliRunner(env=env).invoke(cli, ["ingest", "--quiet", str(path), "--db", f"sqlite:///{tmp_path / 'h.db'}"],
                                       catch_exceptions=False)
    assert result.exit_code == 65
    assert result.output.startswith("1 stored")
    assert "batch.jsonl:2" in result.stderr and "limit" in result.stderr
