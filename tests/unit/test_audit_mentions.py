"""The mention audit's sampler (benchmarks/audit_entity_merges.py ``mentions``, issue 12).

The audit counts what the names standard of the merge audits leaves out: pronouns, descriptions
and short forms an article attaches to an entity. These tests pin which mentions fall in which
kind and that each row shows the mention marked in the text before it.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from audit_entity_merges import _pronoun_forms, mention_kind, mentions, preceding  # noqa: E402

PRONOUNS = _pronoun_forms()


def test_kinds_of_mentions() -> None:
    assert mention_kind("Tony Blair", "Tony Blair", PRONOUNS) is None
    assert mention_kind("tony  blair", "Tony Blair", PRONOUNS) is None
    assert mention_kind("He", "Tony Blair", PRONOUNS) == "pronoun"
    assert mention_kind("they", "Boeing", PRONOUNS) == "pronoun"
    assert mention_kind("the company", "Boeing", PRONOUNS) == "description"
    assert mention_kind("The spokesman", "Joe Smith", PRONOUNS) == "description"
    assert mention_kind("police", "Metropolitan Police", PRONOUNS) == "description"
    assert mention_kind("Blair", "Tony Blair", PRONOUNS) == "short"
    assert mention_kind("Japanese", "Japan", PRONOUNS) == "short"


@given(st.text(alphabet="abc .\n", max_size=80), st.text(alphabet="XYZ", min_size=1, max_size=5),
       st.text(alphabet="abc .\n", max_size=80), st.integers(min_value=1, max_value=100))
def test_preceding_marks_the_mention(before: str, mention: str, after: str, width: int) -> None:
    text = before + mention + after
    shown = preceding(text, len(before), len(before) + len(mention), width)
    assert f"[[{mention}]]" in shown
    assert len(shown) <= width + len(mention) + 160 + 6


def _store(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE documents (id INTEGER PRIMARY KEY, doc_id TEXT, text TEXT);
        CREATE TABLE entities (id INTEGER PRIMARY KEY, document_id INTEGER, name TEXT, type TEXT);
        CREATE TABLE mentions (id INTEGER PRIMARY KEY, document_id INTEGER, entity_id INTEGER,
                               char_start INTEGER, char_end INTEGER, text TEXT);
        CREATE TABLE entity_links (entity_id INTEGER, canonical_id INTEGER);
        CREATE TABLE canonical_entities (id INTEGER PRIMARY KEY, name TEXT);
    """)
    text = "Tony Blair spoke. Blair said he would go. The company disagreed."
    con.execute("INSERT INTO documents VALUES (1, 'a1', ?)", (text,))
    con.execute("INSERT INTO entities VALUES (1, 1, 'Tony Blair', 'PERSON')")
    con.execute("INSERT INTO entities VALUES (2, 1, 'Acme', 'ORG')")
    for mid, eid, word in ((1, 1, "Tony Blair"), (2, 1, "Blair"), (3, 1, "he"), (4, 2, "The company")):
        start = text.index(word)
        con.execute("INSERT INTO mentions VALUES (?, 1, ?, ?, ?, ?)", (mid, eid, start, start + len(word), word))
    con.execute("INSERT INTO entity_links VALUES (1, 10)")
    con.execute("INSERT INTO canonical_entities VALUES (10, 'Tony Blair')")
    con.commit()
    con.close()


def test_sample_draws_each_kind_and_never_the_name(tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "m.tsv"
    _store(db)
    assert mentions(str(db), 5, 1, str(out)) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert sorted((r["kind"], r["mention"]) for r in rows) == [
        ("description", "The company"), ("pronoun", "he"), ("short", "Blair")]
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["pronoun"]["canonical"] == "Tony Blair"
    assert by_kind["description"]["canonical"] == ""
    assert "Blair said [[he]] would go." in by_kind["pronoun"]["context"]
