"""Print the events-wide17 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide16.py`` (from the project root) prints the issue-15
round-27 set (``--set wide17``): a nineteenth blind events set, from the same source as wide15 and wide16 (English
Wikinews articles of 2020) but rows neither set read. Rule, fixed and committed before any row from 31
on was opened:

* Source: the public GitHub repository ``vanatteveldt/wikinews``, file ``wikinews_2020.csv`` (the commit
  wide15 recorded; CC BY 2.5 for the articles, as Wikinews publishes them). The 2019 file is not used.
  Read through the project's file look-up tool only; each data row examined is transcribed verbatim (title,
  then the text field, CSV quote-doubling undone, runs of blank lines made one, line-final spaces dropped)
  into ``wide17-source/row-NNN.txt`` (NNN = the 1-based data row in file order), its url and date in
  ``wide17-source/rows.tsv``.
* Rows ``FIRST_ROW`` .. ``LAST_ROW`` (31 .. 46) in file order, none skipped unread; a row not dated 2020 skipped.
* Everything else exactly as ``select_wide15.py``: title and dateline skipped, paragraphs at line breaks,
  sentences by ``select_wide2.SENTENCE_END``, events-news's verb filter (``select.keep``), no line repeating a
  line of any events set (wide15 and wide16 included), round-robin over rows, at most ``PER_DOC`` per row, stop at
  ``TOTAL``.
Ids are ``W17-wn2020-<NNN>-s<n>``. No ``doc`` is carried, so ``--in-document`` scores these lines plain.
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
from select_wide9 import show  # noqa: E402
from select_wide16 import wide_lines  # noqa: E402  (wide16's rule, run on this set's rows)

FIRST_ROW = 31
LAST_ROW = 46
SOURCE = os.path.join(_HERE, "wide17-source")


def wide17_lines():
    return wide_lines("events-wide17.json", "W17", SOURCE, FIRST_ROW, LAST_ROW)


if __name__ == "__main__":
    show(wide17_lines(), sys.argv[1:])
