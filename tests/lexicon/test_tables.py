"""Every rule table loads, has the header docs/lexicon.md documents, and fills its required cells."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from hearsay import lexicon
from hearsay.errors import ConfigError

DOC = Path(__file__).resolve().parents[2] / "docs" / "lexicon.md"


def _documented() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return table name -> (columns, required columns) from the table in docs/lexicon.md."""
    out = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `([\w.]+)` \|([^|]*)\|([^|]*)\|", line)
        if m:
            def cols(cell: str) -> tuple[str, ...]:
                return tuple(c.strip() for c in cell.split(",") if c.strip() and "(" not in c)
            out[m.group(1)] = (cols(m.group(2)), cols(m.group(3)))
    return out


DOCUMENTED = _documented()
SHIPPED = sorted(p.name for p in resources.files("hearsay.lexicon").iterdir() if p.name.endswith((".tsv", ".txt")))


def test_lexicon_every_shipped_table_is_documented() -> None:
    assert SHIPPED and set(SHIPPED) == set(DOCUMENTED)


@pytest.mark.parametrize("name", [n for n in SHIPPED if n.endswith(".tsv")])
def test_lexicon_table_header_matches_docs(name: str) -> None:
    assert lexicon.load(name).columns == DOCUMENTED[name][0]


@pytest.mark.parametrize("name", [n for n in SHIPPED if n.endswith(".tsv")])
def test_lexicon_table_required_cells_are_filled(name: str) -> None:
    table = lexicon.load(name)
    required = DOCUMENTED[name][1]
    assert len(table) > 0
    empty = [(row.line, col) for row in table for col in required if not row[col]]
    assert empty == []


@pytest.mark.parametrize("name", [n for n in SHIPPED if n.endswith(".txt")])
def test_lexicon_word_list_is_lower_case_words(name: str) -> None:
    entries = lexicon.words(name)
    assert entries and all(e == e.strip() and "\t" not in e for e in entries)


def test_lexicon_row_with_too_many_cells_names_its_line() -> None:
    with pytest.raises(ConfigError, match=r"t\.tsv:3: 3 cells"):
        lexicon.parse("t.tsv", "# comment\na\tb\nx\ty\tz\n")


def test_lexicon_missing_cells_read_as_empty_and_unknown_column_fails() -> None:
    table = lexicon.parse("t.tsv", "a\tb\nx\n")
    assert table.rows[0]["a"] == "x" and table.rows[0]["b"] == ""
    with pytest.raises(KeyError):
        table.rows[0]["c"]


def test_lexicon_missing_table_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no rule table"):
        lexicon.load("no-such-table.tsv")



def test_lexicon_event_nouns_are_typed_noun_rows_only() -> None:
    # Nouns the trigger table codes are in ("summit", "strike"); a verb-only lemma ("say") is not,
    # and every lemma has at least one NOUN row of a real type (NONE rows only veto a sense).
    nouns = lexicon.event_nouns()
    assert {"summit", "strike", "ceasefire"} <= nouns
    assert "say" not in nouns
    table = lexicon.load("event_triggers.tsv")
    for lemma in nouns:
        assert any(r["type"] != "NONE" for r in table.where("pos", "NOUN") if r["lemma"].lower() == lemma), lemma
