"""hearsay's rule tables, and the one loader every extractor reads them through.

Every linguistic rule that is a list of words lives here as data, never in Python: cue verbs,
hedges, units, the PLOVER ontology, event triggers, actor sectors, countries, pronouns, titles,
given names and generic nouns (docs/lexicon.md describes each table and its columns).

Two shapes, one syntax (UTF-8; ``#`` starts a comment line; blank lines are skipped):

- ``*.tsv`` tables: the first non-comment line is the header, naming the columns (tab-separated);
  each later line is one row. Missing trailing cells are empty; a row with more cells than the
  header is an error, reported with its file and line.
- ``*.txt`` word lists: one entry per line.

Tables are parsed once per process (the loader is cached) and are immutable.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from hearsay.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: its cells by column name, and the line it came from."""

    table: str
    line: int
    columns: tuple[str, ...]
    cells: tuple[str, ...]

    def __getitem__(self, column: str) -> str:
        try:
            i = self.columns.index(column)
        except ValueError:
            raise KeyError(f"{self.table} has no column {column!r}") from None
        return self.cells[i] if i < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    """A parsed ``*.tsv`` rule table: its header and its rows, in file order."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def where(self, column: str, value: str) -> tuple[Row, ...]:
        """Return the rows whose ``column`` equals ``value`` (kinds of row in a mixed table)."""
        return tuple(r for r in self.rows if r[column] == value)


def _read(name: str) -> str:
    try:
        return resources.files("hearsay.lexicon").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no rule table named {name!r} in hearsay.lexicon") from None


def _lines(raw: str) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(raw.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield n, line


def parse(name: str, raw: str) -> Table:
    """Return the table written in ``raw`` (the text of a ``*.tsv`` file called ``name``).

    Raises:
        ConfigError: there is no header line, or a row has more cells than the header.
    """
    lines = _lines(raw)
    try:
        _, header = next(lines)
    except StopIteration:
        raise ConfigError(f"{name}: no header line") from None
    columns = tuple(c.strip() for c in header.split("\t"))
    rows = []
    for n, line in lines:
        cells = tuple(c.strip() for c in line.split("\t"))
        if len(cells) > len(columns):
            raise ConfigError(f"{name}:{n}: {len(cells)} cells, the header names {len(columns)}")
        rows.append(Row(name, n, columns, cells))
    return Table(name, columns, tuple(rows))


@functools.lru_cache(maxsize=None)
def load(name: str) -> Table:
    """Return the packaged rule table ``name`` (e.g. ``"cues.tsv"``), parsed once per process.

    Raises:
        ConfigError: the table is missing or malformed (see :func:`parse`).
    """
    return parse(name, _read(name))


@functools.lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Return the entries of the word list ``name`` (e.g. ``"titles.txt"``), lower-cased."""
    return frozenset(line.strip().lower() for _, line in _lines(_read(name)))


@functools.lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Return the lemmas of the event nouns of ``event_triggers.tsv`` ("talks", "strike", "attack"):
    its NOUN rows of a type other than NONE. The event coder reads the whole table; entity and
    speaker rules that only ask "is this noun an event?" read this set."""
    return frozenset(r["lemma"].lower() for r in load("event_triggers.tsv").where("pos", "NOUN") if r["type"] != "NONE")


__all__ = ["Row", "Table", "event_nouns", "load", "parse", "words"]
