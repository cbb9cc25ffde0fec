"""docs/cli.md is the CLI's own --help (issue 18; the idea of sqlite-utils' docs tests)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.cli.reference import exit_codes, render

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "run: python -m hearsay.cli.reference > docs/cli.md"


def test_cli_reference_documents_every_command() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in ("analyze", "ingest", "query statements", "query figures", "export", "serve", "db migrate",
                 "db status", "entity merge", "ledger rebuild"):
        assert f"### hearsay {name}\n" in text


def test_cli_exit_codes_do_not_collide() -> None:
    codes = [code for code, _ in exit_codes()]
    assert len(codes) == len(set(codes))
    usage = [code for code, text in exit_codes() if text.startswith("usage")]
    assert usage == [2]  # only click's usage errors exit 2


def test_cli_help_ends_with_the_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "Exit codes:" in result.output and "65 bad input" in result.output
