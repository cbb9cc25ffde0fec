"""The command-line reference (docs/cli.md), built from the commands' own ``--help``.

``python -m hearsay.cli.reference > docs/cli.md`` writes it; ``tests/cli/test_cli_reference.py``
fails when the file and the CLI disagree, so the reference cannot go stale.
"""

from __future__ import annotations

from collections.abc import Iterator

import click

from hearsay.errors import ConfigError, FetchError, HearsayError, InputError, PipelineError, QueryError, StoreError

_WIDTH = 100

INTRO = """# Command-line reference

Generated from the commands' `--help` by `python -m hearsay.cli.reference > docs/cli.md`; a test
fails when this file and the CLI disagree.

## Conventions

- **The store**: `--db` takes a SQLite file path (`demo.db`) or a SQLAlchemy URL
  (`sqlite:///demo.db`, `postgresql+psycopg://user@host/db`), before the command
  (`hearsay --db demo.db query statements`) or after it; `HEARSAY_DB` sets it for every command.
  Commands that only read (`query`, `db status`, `entity show`, `export`, ...) refuse a store
  that does not exist instead of creating an empty one.
- **Output**: `analyze` prints readable text on a terminal and JSON when piped (`--format`
  chooses); `query` prints text or JSON; `export` writes JSONL or CSV files.
- **Errors**: one `Error: ...` line on stderr, never a traceback (`--debug` shows it;
  `--log-file` keeps it), and the exit codes below.

## Exit codes

| code | meaning |
|---|---|
"""


def exit_codes() -> list[tuple[int, str]]:
    """Return ``(exit code, meaning)`` for every way a hearsay command ends."""
    rows = [(0, "success"), (HearsayError.exit_code, "any other hearsay error"),
            (2, "usage error: an unknown command or option, a missing argument (click)")]
    for cls, meaning in ((FetchError, "a source could not be fetched"),
                         (PipelineError, "the NLP pipeline could not load or run"),
                         (StoreError, "the store is missing, unreachable or refused a write"),
                         (ConfigError, "a bad setting or option value"),
                         (QueryError, "a query that cannot be answered (unknown entity, bad filter)"),
                         (InputError, "bad input: unreadable, binary, empty, malformed or too large "
                                      "(ingest: some inputs failed, the rest were stored)")):
        rows.append((cls.exit_code, meaning))
    rows.append((70, "internal error (a hearsay bug): one line on screen, the traceback in --log-file"))
    return sorted(rows)


def epilog() -> str:
    """Return the exit-code table as plain text, for ``hearsay --help``."""
    return "Exit codes: " + "; ".join(f"{code} {text.split(':')[0].split(' (')[0]}" for code, text in exit_codes()) + "."


def _commands(group: click.Group, path: list[str]) -> Iterator[tuple[list[str], click.Command]]:
    ctx = click.Context(group, info_name=path[-1])
    for name in sorted(group.list_commands(ctx)):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        yield [*path, name], cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, [*path, name])


def help_text(command: click.Command, path: list[str]) -> str:
    """Return the ``--help`` of ``command`` at a fixed width, as ``hearsay ... --help`` prints it."""
    parent = None
    for name in path[:-1]:
        parent = click.Context(click.Group(name), info_name=name, parent=parent, terminal_width=_WIDTH,
                               max_content_width=_WIDTH, help_option_names=["-h", "--help"])
    ctx = click.Context(command, info_name=path[-1], parent=parent, terminal_width=_WIDTH, max_content_width=_WIDTH,
                        help_option_names=["-h", "--help"])
    return command.get_help(ctx).rstrip()


def render() -> str:
    """Return docs/cli.md: conventions, exit codes, then every command's ``--help``."""
    from hearsay.cli.main import cli

    parts = [INTRO + "".join(f"| {code} | {text} |\n" for code, text in exit_codes())]
    parts.append("\n## Commands\n")
    parts.append(f"\n### hearsay\n\n```\n{help_text(cli, ['hearsay'])}\n```\n")
    for path, cmd in _commands(cli, ["hearsay"]):
        parts.append(f"\n### {' '.join(path)}\n\n```\n{help_text(cmd, path)}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    print(render(), end="")


__all__ = ["epilog", "exit_codes", "help_text", "render"]
