"""``hearsay analyze -o FILE``: the records go to the file, not the terminal (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli

pytestmark = pytest.mark.model

ARTICLE = ("Talks resume\nFinance ministers resumed budget talks on Monday, officials said. “We are close to a deal,” "
           "the Spanish finance minister, Ana Ruiz, told reporters.\n")


def test_cli_analyze_output_file_holds_what_stdout_would(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    piped = runner.invoke(cli, ["analyze", str(source), "--no-store", "--published", "2026-11-30", "--format", "jsonl"])
    assert piped.exit_code == 0, piped.output
    target = tmp_path / "out.jsonl"
    written = runner.invoke(cli, ["analyze", str(source), "--no-store", "--published", "2026-11-30", "--format", "jsonl",
                                  "-o", str(target)])
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8") == piped.stdout
    record = json.loads(target.read_text(encoding="utf-8"))
    assert [s["content"] for s in record["statements"] if s["kind"] == "direct"] == ["We are close to a deal,"]


def test_cli_analyze_output_never_through_a_symlink(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    result = CliRunner().invoke(cli, ["analyze", str(source), "--no-store", "-o", str(link)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert victim.read_text(encoding="utf-8") == "keep"
