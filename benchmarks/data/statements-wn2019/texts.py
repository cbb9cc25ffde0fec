"""Write the texts of statements-wn2019 from the identity-wikinews 2019 part (issue 14, session 19).

Usage (from the project root): python3 benchmarks/data/statements-wn2019/texts.py

Unlike statements-rich5 .. rich19, whose articles were *picked* for their attribution marks, this set
takes **every** article of ``benchmarks/data/identity-wikinews/source-2019/`` (English Wikinews 2019, data
rows 60-95 of ``data/wikinews_2019.csv`` in vanatteveldt/wikinews, CC BY 2.5; selected by that
folder's README rule 4, which knows nothing of statements), so its figures say how the statement
finder does on news as it comes, not on articles chosen to be rich. Rows 60-79 (20 articles) are
**dev**; rows 80-95 (16 articles) are **test**, as the identity splits dev2019 / check2019: never
read for rules, scored once at the end of a session. **Part 2** (session 20) takes every article of that
folder's README rule 5 in the same way: rows 112-122 (11 articles) are **dev2**, rows 123-133 (11
articles) are **test2**, as the identity splits dev2019b / check2019b (``split_of``).

Each text is the rich sets' layout (``statements-rich15/select.py``'s ``body``): the title, then the
CSV's text field with blank lines dropped, trailing boilerplate cut, runs of spaces made one and
left-to-right marks (U+200E) dropped.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SOURCE = DATA / "identity-wikinews" / "source-2019"
FIRST_TEST_ROW = 80
FIRST_PART2_ROW = 112  # identity-wikinews README rule 5: rows 112-122 dev2019b, 123-133 check2019b
FIRST_TEST2_ROW = 123

_spec = importlib.util.spec_from_file_location("rich15_select", DATA / "statements-rich15" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich15)


def article(path: Path) -> tuple[str, str, str, str]:
    """Return (doc id, published date, url, text) of one transcribed row."""
    lines = path.read_text(encoding="utf-8").split("\n")
    title, published, url = lines[0].strip(), lines[1].strip(), lines[2].strip()
    text = _rich15.body(title + "\n" + "\n".join(lines[4:]))
    # the left-to-right marks the transcription guessed (identity-wikinews README) are dropped, as ingest drops them
    text = "\n".join(re.sub(r" {2,}", " ", ln.replace("\u200e", "")).strip() for ln in text.split("\n"))
    return path.stem.replace("row-", "wn2019-"), published, url, text


def split_of(doc: str) -> str:
    """``dev`` / ``test`` for part 1 (rule 4's rows), ``dev2`` / ``test2`` for part 2 (rule 5's rows)."""
    row = int(doc.split("-")[1])
    if row >= FIRST_PART2_ROW:
        return "test2" if row >= FIRST_TEST2_ROW else "dev2"
    return "test" if row >= FIRST_TEST_ROW else "dev"


def main() -> None:
    n = 0
    for path in sorted(SOURCE.glob("row-*.txt")):
        doc, _, _, text = article(path)
        (HERE / f"{doc}.txt").write_text(text + "\n", encoding="utf-8")
        n += 1
    print(f"{n} texts written")


if __name__ == "__main__":
    main()
