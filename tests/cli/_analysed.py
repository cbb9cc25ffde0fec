"""One article analysed into a fresh store through the CLI, for tests that read it back."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from hearsay.cli.main import cli


def analysed_db(tmp_path_factory, name: str, text: str) -> Path:  # type: ignore[no-untyped-def]
    """Return the path of a SQLite store holding ``text`` analysed by ``hearsay analyze``."""
    folder = tmp_path_factory.mktemp(name)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    db = folder / "t.db"
    result = CliRunner().invoke(cli, ["analyze", str(folder / "a.txt"), "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return db


def cli_output(*args: str) -> str:
    """Return what ``hearsay ARGS`` prints, asserting that it succeeded."""
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output
