"""benchmarks/eval_identity_wikinews.py (issue 12): labels, items and scores on a hand-made store.

The store below has three articles. Expected figures are worked out by hand in the comments.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from eval_identity_wikinews import errors, load_items, read_labels, read_source, score, sheet  # noqa: E402
from _identity_stores import SCHEMA  # noqa: E402

_TEXT = "The WHO said so. World Health Organization staff and officials met in Wuhan."


def _store(tmp_path: Path) -> str:
    db = str(tmp_path / "s.db")
    con = sqlite3.connect(db)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?)",
                    [(1, "wn2020-001", "One", "2020-02-01", _TEXT), (2, "wn2020-002", "Two", "2020-02-02", _TEXT),
                     (3, "wn2020-003", "Three", "2020-02-03", _TEXT)])
    # article 1: WHO (canonical 10), officials (local, canonical 11)
    # article 2: World Health Organization (canonical 12: the ledger missed the WHO link), Wuhan (13)
    # article 3: WHO (canonical 10), Wuhan (canonical 10: a wrong merge)
    entities = [(1, 1, "e1", "WHO", "ORG", 10), (2, 1, "e2", "officials", "PERSON", 11),
                (3, 2, "e1", "World Health Organization", "ORG", 12), (4, 2, "e2", "Wuhan", "GPE", 13),
                (5, 3, "e1", "WHO", "ORG", 10), (6, 3, "e2", "Wuhan", "GPE", 10)]
    con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", [e[:5] for e in entities])
    con.executemany("INSERT INTO entity_links VALUES (?, ?)", [(e[0], e[5]) for e in entities])
    con.executemany("INSERT INTO canonical_entities VALUES (?, ?)",
                    [(10, "WHO"), (11, "officials"), (12, "World Health Organization"), (13, "Wuhan")])
    con.executemany("INSERT INTO mentions (entity_id, text, char_start, char_end) VALUES (?, ?, ?, ?)",
                    [(1, "WHO", 4, 7), (2, "officials", 48, 57), (3, "World Health Organization", 17, 42),
                     (4, "Wuhan", 69, 74), (5, "WHO", 4, 7), (6, "Wuhan", 69, 74)])
    con.commit()
    con.close()
    return db


def _labels(tmp_path: Path, rows: list[tuple[str, str, str]], name: str = "l.tsv") -> str:
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["article", "entity", "name", "type", "forms", "contexts", "title", "referent", "note"])
        for article, entity_name, referent in rows:
            etype = {"officials": "PERSON", "wuhan": "GPE"}.get(entity_name.casefold(), "ORG")  # as in _store
            writer.writerow([article, "e1", entity_name, etype, "", "", "", referent, ""])
    return str(path)


_GOLD = [("wn2020-001", "WHO", "World Health Organization"), ("wn2020-001", "officials", "-"),
         ("wn2020-002", "World Health Organization", "World Health Organization"), ("wn2020-002", "Wuhan", "Wuhan"),
         ("wn2020-003", "WHO", "World Health Organization"), ("wn2020-003", "Wuhan", "Wuhan")]


def test_identity_wikinews_items_skip_no_referent(tmp_path: Path) -> None:
    items, counts = load_items(_store(tmp_path), read_labels([_labels(tmp_path, _GOLD)]))
    assert [(i.article, i.name) for i in items] == [
        ("wn2020-001", "WHO"), ("wn2020-002", "World Health Organization"), ("wn2020-002", "Wuhan"),
        ("wn2020-003", "WHO"), ("wn2020-003", "Wuhan")]
    assert counts == {"no referent": 1}


def test_identity_wikinews_scores_by_hand(tmp_path: Path) -> None:
    items, _ = load_items(_store(tmp_path), read_labels([_labels(tmp_path, _GOLD)]))
    result = score(items)
    ledger = result["ledger"]
    # items: a=WHO/1 (c10), b=WHO-full/2 (c12), c=Wuhan/2 (c13), d=WHO/3 (c10), e=Wuhan/3 (c10)
    # gold {a,b,d} {c,e}; ledger {a,d,e} {b} {c}
    # cross-article pairs: system a-d, a-e (d-e lie in one article) -> 2; correct a-d -> 1
    # gold pairs a-b, a-d, b-d, c-e -> 4
    assert (ledger["system_pairs"], ledger["gold_pairs"], ledger["correct_pairs"]) == (2, 4, 1)
    assert ledger["xdoc_p"] == pytest.approx(1 / 2)
    assert ledger["xdoc_r"] == pytest.approx(1 / 4)
    # B3 precision: a 2/3, d 2/3, e 1/3, b 1, c 1 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    # B3 recall: a 2/3, d 2/3, b 1/3, c 1/2, e 1/2 -> (2/3+2/3+1/3+1/2+1/2)/5 = 8/15
    assert ledger["b3_p"] == pytest.approx(11 / 15)
    assert ledger["b3_r"] == pytest.approx(8 / 15)
    # same name: {a,d} (who) {b} {c,e} (wuhan) -> pairs a-d, c-e both right; gold 4 -> P 1, R 1/2
    same = result["same name"]
    assert (same["xdoc_p"], same["xdoc_r"]) == (1.0, 0.5)
    only = result["article only"]
    assert (only["system_pairs"], only["xdoc_r"]) == (0, 0.0)


def test_identity_wikinews_errors_name_the_wrong_merge(tmp_path: Path) -> None:
    items, _ = load_items(_store(tmp_path), read_labels([_labels(tmp_path, _GOLD)]))
    merges, splits = errors(items, 5)
    assert len(merges) == 1 and "'WHO'" in merges[0] and "Wuhan x1" in merges[0]
    assert merges[0].split()[0] == "1"  # a-e (d-e lie in one article)
    assert {line.split("'")[1] for line in splits} == {"World Health Organization", "Wuhan"}


def test_identity_wikinews_same_key_two_referents_is_left_out(tmp_path: Path) -> None:
    # one article's two "WHO" entities of one type with different referents cannot be told apart
    sheet_rows = _labels(tmp_path, [("wn2020-001", "WHO", "World Health Organization"), ("wn2020-001", "who", "The Who"),
                                    ("wn2020-002", "World Health Organization", "World Health Organization")], "a.tsv")
    labels = read_labels([sheet_rows])
    assert labels[("wn2020-001", "who", "ORG")] == "ambiguous"
    items, counts = load_items(_store(tmp_path), labels)
    assert [i.name for i in items] == ["World Health Organization"]
    assert counts == {"ambiguous": 1, "unlabelled": 4}  # article 1's WHO; officials, both Wuhan, article 3's WHO


def test_identity_wikinews_one_row_in_two_files_is_refused(tmp_path: Path) -> None:
    # a second annotator's sample scored with the first sheets would silently make its rows ambiguous
    first = _labels(tmp_path, [("wn2020-001", "WHO", "World Health Organization")], "a.tsv")
    second = _labels(tmp_path, [("wn2020-001", "WHO", "World Health Organization")], "b.tsv")
    with pytest.raises(ValueError, match="labelled in"):
        read_labels([first, second])


def test_identity_wikinews_sheet_hides_the_canonical_entity(tmp_path: Path) -> None:
    db = _store(tmp_path)
    out = tmp_path / "sheet.tsv"
    assert sheet(db, str(out), (2, 3)) == 0
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert [r["article"] for r in rows] == ["wn2020-002", "wn2020-002"]  # the second of three parts
    assert rows[0]["contexts"].count("[[World Health Organization]]") == 1
    assert "canonical" not in rows[0] and rows[0]["referent"] == ""


def test_identity_wikinews_source_layout(tmp_path: Path) -> None:
    path = tmp_path / "row-047.txt"
    path.write_text("Title\n2020-02-20\nhttps://en.wikinews.org/wiki/X\n\nFirst line.\n\nSecond.\n", encoding="utf-8")
    row = read_source(path)
    assert (row["id"], row["published"], row["text"]) == ("wn2020-047", "2020-02-20", "First line.\n\nSecond.\n")
    path.write_text("Title\n2020-02-20\nText straight away\n", encoding="utf-8")
    with pytest.raises(ValueError, match="blank line"):
        read_source(path)


def test_identity_wikinews_agree_counts_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eval_identity_wikinews import agree

    def sheet_of(name: str, referents: list[str]) -> str:
        path = tmp_path / name
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerow(["article", "entity", "name", "type", "forms", "contexts", "title", "referent", "note"])
            for i, referent in enumerate(referents, 1):
                writer.writerow([f"wn2020-00{i}", "e1", f"N{i}", "ORG", "", "", "", referent, ""])
        return str(path)

    # rows 1-4: A = X, X, new:a, -; B = X, Y, new:b, -
    # kinds agree on all 4; labels agree on rows 1, 3 (both new:), 4 -> 3
    # rows with a referent from both: 1, 2, 3 -> pairs (1,2) A same/B different, (1,3) both different,
    # (2,3) both different -> 2 of 3 agree; pairs either calls one entity: (1,2) only -> 0 agreed
    first = sheet_of("a.tsv", ["X", "X", "new:a", "-"])
    second = sheet_of("b.tsv", ["X", "Y", "new:b", "-"])
    assert agree([first], second) == 0
    out = capsys.readouterr().out
    assert "4 rows labelled by both: same kind 4 (1.000), same label 3 (0.750)" in out
    assert "3 pairs of rows with a referent from both: same/different entity agreed on 2 (0.667); of the 1 pairs either calls one entity, 0 agreed" in out


def test_identity_wikinews_split_by_row() -> None:
    from eval_identity_wikinews import split_of

    assert [split_of(Path(f"row-{n:03d}.txt")) for n in (47, 90, 91, 150)] == ["dev", "dev", "check", "check"]


def test_identity_wikinews_2019_rows_keep_their_year(tmp_path: Path) -> None:
    path = tmp_path / "row-061.txt"
    path.write_text("Title\n2019-05-02\nhttps://en.wikinews.org/wiki/Y\n\nText.\n", encoding="utf-8")
    assert read_source(path, 2019)["id"] == "wn2019-061"  # never the 2020 row 61's id


def test_identity_wikinews_splits_of_one_file_never_overlap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eval_identity_wikinews as idw

    by_source: dict[Path, list[tuple[int, int]]] = {}
    for part in idw.SPLITS.values():
        if not part.gv_split:  # Global Voices splits go by posts.tsv, not row numbers
            by_source.setdefault(part.source, []).append((part.first_row, part.last_row))
    for bounds in by_source.values():
        bounds.sort()
        assert all(a[1] < b[0] for a, b in zip(bounds, bounds[1:]))
    # a row file is picked by its row number: 79 is dev2019, 80 check2019, 100 neither
    for n in (59, 60, 79, 80, 99, 100):
        (tmp_path / f"row-{n:03d}.txt").write_text("T\n2019-01-01\nu\n\nx\n", encoding="utf-8")
    monkeypatch.setitem(idw.SPLITS, "dev2019", idw.Split(tmp_path, 2019, 60, 79))
    monkeypatch.setitem(idw.SPLITS, "check2019", idw.Split(tmp_path, 2019, 80, 99))
    assert [p.name for p in idw.split_files("dev2019")] == ["row-060.txt", "row-079.txt"]
    assert [p.name for p in idw.split_files("check2019")] == ["row-080.txt", "row-099.txt"]


def test_identity_wikinews_rule5_splits_hold_the_committed_rows() -> None:
    # README rule 5: rows 112-122 are dev2019b, 123-133 check2019b (row 134 skipped), and every row
    # of articles-2019.tsv names the split its row number falls in
    import eval_identity_wikinews as idw

    rows = {int(p.stem.split("-")[1]) for p in idw.split_files("dev2019b")}
    assert rows == set(range(112, 123))
    rows = {int(p.stem.split("-")[1]) for p in idw.split_files("check2019b")}
    assert rows == set(range(123, 134))
    tsv = idw.SOURCE_2019.parent / "articles-2019.tsv"
    with open(tsv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            part = idw.SPLITS[row["split"]]
            assert part.first_row <= int(row["row"]) <= part.last_row, row["row"]


def test_statements_wn2019_part2_rows_fall_in_dev2_and_test2() -> None:
    # statements-wn2019/texts.py: part 2 follows the identity splits (dev2 = dev2019b, test2 = check2019b)
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "statements-wn2019" / "texts.py"
    spec = importlib.util.spec_from_file_location("wn2019_texts_under_test", path)
    assert spec is not None and spec.loader is not None
    texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(texts)
    got = {n: texts.split_of(f"wn2019-{n:03d}") for n in (60, 79, 80, 95, 112, 122, 123, 133)}
    assert got == {60: "dev", 79: "dev", 80: "test", 95: "test", 112: "dev2", 122: "dev2", 123: "test2", 133: "test2"}
