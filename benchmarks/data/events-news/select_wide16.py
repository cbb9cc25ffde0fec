"""Print the events-wide16 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide16.py`` (from the project root) prints the issue-15
round-26 set (``--set wide16``): an eighteenth blind events set, from the same source as wide15 (English
Wikinews articles of 2020) but rows that set never read. Rule, fixed and committed before any row from 15
on was opened:

* Source: the public GitHub repository ``vanatteveldt/wikinews``, file ``wikinews_2020.csv`` (the commit
  wide15 recorded; CC BY 2.5 for the articles, as Wikinews publishes them). The 2019 file is not used.
  Read through the project's file look-up tool only; each data row examined is transcribed verbatim (title,
  then the text field, CSV quote-doubling undone, runs of blank lines made one, line-final spaces dropped)
  into ``wide16-source/row-NNN.txt`` (NNN = the 1-based data row in file order), its url and date in
  ``wide16-source/rows.tsv``.
* Rows ``FIRST_ROW`` .. ``LAST_ROW`` (15 .. 30) in file order, none skipped unread; a row not dated 2020 skipped.
* Everything else exactly as ``select_wide15.py``: title and dateline skipped, paragraphs at line breaks,
  sentences by ``select_wide2.SENTENCE_END``, events-news's verb filter (``select.keep``), no line repeating a
  line of any events set (wide15 included), round-robin over rows, at most ``PER_DOC`` per row, stop at
  ``TOTAL``.
Ids are ``W16-wn2020-<NNN>-s<n>``. No ``doc`` is carried, so ``--in-document`` scores these lines plain.
"""
import csv
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
from select_wide2 import SENTENCE_END  # noqa: E402
from select_wide9 import _used, show  # noqa: E402
from select_wide15 import DATELINE, round_robin  # noqa: E402

PER_DOC = 3
TOTAL = 36
FIRST_ROW = 15
LAST_ROW = 30
SOURCE = os.path.join(_HERE, "wide16-source")


def rows(source=SOURCE, first_row=FIRST_ROW, last_row=LAST_ROW):
    """The (row number, sentences after the title and dateline) pairs of the examined 2020 rows of ``source``
    (``first_row`` .. ``last_row``), in file order."""
    with open(os.path.join(source, "rows.tsv"), encoding="utf-8") as fh:
        dates = {int(r["row"]): r["date"] for r in csv.DictReader(fh, delimiter="\t")}
    for n in range(first_row, last_row + 1):
        if not dates[n].startswith("2020"):
            continue
        with open(os.path.join(source, f"row-{n:03d}.txt"), encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh.read().split("\n")][1:]
        if lines and DATELINE.match(lines[0]):
            lines = lines[1:]
        yield n, [s.strip() for p in lines if p for s in SENTENCE_END.split(p)]


def wide_lines(own_set, tag, source=SOURCE, first_row=FIRST_ROW, last_row=LAST_ROW):
    """The rule's lines for the set ``own_set`` (its own lines not counted as used), ids ``<tag>-wn2020-…``:
    wide16's selection, which wide17 runs on its own rows."""
    _, seen = _used(own_set)
    return round_robin(rows(source, first_row, last_row), seen, lambda n, i: f"{tag}-wn2020-{n:03d}-s{i}",
                       PER_DOC, TOTAL)


def wide16_lines():
    return wide_lines("events-wide16.json", "W16")


if __name__ == "__main__":
    show(wide16_lines(), sys.argv[1:])
