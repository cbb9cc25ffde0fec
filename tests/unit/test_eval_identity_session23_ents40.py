"""benchmarks/eval_identity_wikinews.py, round 34 (issue 12): labelled items keyed by mention offsets.

Up to round 33 an item was keyed by (article, name, type): an entity a later per-article step
retyped, renamed or merged into another left the labelled set. With ``--keying offsets`` a store
entity takes the referent of the labelled mentions it holds at the same offsets (the sheet's
contexts mark them). The store and sheets below are written for the test.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import eval_identity_wikinews as idw  # noqa: E402
from _identity_stores import SCHEMA  # noqa: E402

# offsets: "Ann Lee" 0-7, "Lee" 27-30 (first line); "Acme Corp" 9-18 of the second text
_TEXT_1 = "Ann Lee said on Monday.\n\n  Lee   left the room."
_TEXT_2 = "Reports: Acme Corp hired Ann Lee."


def _store(tmp_path: Path, entities: list[tuple[int, int, str, str, int, list[tuple[int, int]]]]) -> str:
    """A store of the two texts; each entity is (id, document, name, type, canonical, mention spans)."""
    db = str(tmp_path / "s.db")
    con = sqlite3.connect(db)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?)",
                    [(1, "wn2020-001", "One", "2020-02-01", _TEXT_1), (2, "wn2020-002", "Two", "2020-02-02", _TEXT_2)])
    for eid, doc, name, etype, canonical, spans in entities:
        con.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", (eid, doc, f"e{eid}", name, etype))
        con.execute("INSERT INTO entity_links VALUES (?, ?)", (eid, canonical))
        con.execute("INSERT OR IGNORE INTO canonical_entities VALUES (?, ?)", (canonical, name))
        text = _TEXT_1 if doc == 1 else _TEXT_2
        con.executemany("INSERT INTO mentions (entity_id, text, char_start, char_end) VALUES (?, ?, ?, ?)",
                        [(eid, text[s:e], s, e) for s, e in spans])
    con.commit()
    con.close()
    return db


def _sheet(tmp_path: Path, rows: list[tuple[str, str, str, str, str]]) -> str:
    """A labelled sheet of (article, name, type, contexts, referent) rows."""
    path = tmp_path / "l.tsv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(idw.SHEET_COLUMNS)
        for article, name, etype, contexts, referent in rows:
            writer.writerow([article, "e1", name, etype, "", contexts, "", referent, ""])
    return str(path)


# contexts as ``sheet`` writes them: whitespace folded, the mention marked, "…" where cut
_LEE = "[[Ann Lee]] said on Monday. Lee left the room. || Ann Lee said on Monday. [[Lee]] left the room."
_LEE_2 = "…Acme Corp hired [[Ann Lee]]."
_ACME = "Reports: [[Acme Corp]] hired Ann Lee."


def test_locate_mentions_undoes_folded_whitespace_and_cut_marks() -> None:
    assert idw.locate_mentions(_TEXT_1, _LEE) == [(0, 7), (27, 30)]
    assert idw.locate_mentions(_TEXT_2, _LEE_2) == [(25, 32)]
    assert idw.locate_mentions(_TEXT_2, "Nobody [[here]].") == []  # a context the text lacks gives nothing


def test_offsets_keep_an_entity_later_code_retyped_and_renamed(tmp_path: Path) -> None:
    # the sheet saw "Ann Lee" PERSON in both articles; the store's second article calls her "Lee" ORG
    db = _store(tmp_path, [(1, 1, "Ann Lee", "PERSON", 10, [(0, 7), (27, 30)]),
                           (2, 2, "Acme Corp", "ORG", 11, [(9, 18)]),
                           (3, 2, "Lee", "ORG", 10, [(25, 32)])])
    rows = idw.read_label_rows([_sheet(tmp_path, [("wn2020-001", "Ann Lee", "PERSON", _LEE, "Ann Lee"),
                                                  ("wn2020-002", "Ann Lee", "PERSON", _LEE_2, "Ann Lee"),
                                                  ("wn2020-002", "Acme Corp", "ORG", _ACME, "Acme")])])
    labels = idw._name_labels(rows)
    by_name, _ = idw.load_items(db, labels)
    by_offsets, counts = idw.load_items(db, labels, idw.offset_labels(db, rows))
    assert [i.name for i in by_name] == ["Ann Lee", "Acme Corp"]  # the retyped "Lee" is lost
    assert [(i.name, i.referent) for i in by_offsets] == [("Ann Lee", "Ann Lee"), ("Acme Corp", "Acme"),
                                                          ("Lee", "Ann Lee")]
    assert idw.score(by_offsets)["ledger"]["correct_pairs"] == 1  # the two articles' Ann Lee, joined
    assert "unlabelled" not in counts


def test_offsets_merge_of_two_referents_is_ambiguous(tmp_path: Path) -> None:
    # later code merged the labelled "Acme Corp" and "Ann Lee" of one article: one referent each, a tie
    db = _store(tmp_path, [(1, 2, "Acme Corp", "ORG", 11, [(9, 18), (25, 32)])])
    rows = idw.read_label_rows([_sheet(tmp_path, [("wn2020-002", "Ann Lee", "PERSON", _LEE_2, "Ann Lee"),
                                                  ("wn2020-002", "Acme Corp", "ORG", _ACME, "Acme")])])
    items, counts = idw.load_items(db, idw._name_labels(rows), idw.offset_labels(db, rows))
    assert items == [] and counts == {"ambiguous": 1}


def test_offsets_guard_an_entity_without_labelled_mentions_falls_back_to_its_name(tmp_path: Path) -> None:
    # an entity whose labelled first mention went elsewhere is still found by (article, name, type)
    db = _store(tmp_path, [(1, 1, "Ann Lee", "PERSON", 10, [(27, 30)])])
    rows = idw.read_label_rows([_sheet(tmp_path, [("wn2020-001", "Ann Lee", "PERSON", "[[Ann Lee]] said.", "Ann Lee")])])
    items, counts = idw.load_items(db, idw._name_labels(rows), idw.offset_labels(db, rows))
    assert [i.referent for i in items] == ["Ann Lee"] and counts == {"by name": 1}
