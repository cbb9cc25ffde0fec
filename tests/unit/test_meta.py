"""Meta-tests: public names, settings documentation and command help stay in step."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

import hearsay
from hearsay.cli.main import cli
from hearsay.config import SETTINGS_TABLE

DOCS = Path(__file__).parents[2] / "docs"


def test_meta_all_names_exist_and_are_public():
    for name in hearsay.__all__:
        assert hasattr(hearsay, name), name
    public = {n for n in vars(hearsay) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(hearsay.__all__), public - set(hearsay.__all__)


def test_meta_every_setting_documented():
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for name, (env, _help) in SETTINGS_TABLE.items():
        assert f"`{name}`" in text and f"`{env}`" in text, name


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


def test_meta_every_command_has_help():
    for path, cmd in _commands(cli):
        assert cmd.help, f"hearsay {' '.join(path)} has no help text"
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, path
