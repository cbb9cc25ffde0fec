"""Print the events-wide15 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide15.py`` (from the project root) prints the issue-15
round-25 set (``--set wide15``): a seventeenth blind events set, drawn from a source no events set used,
**English Wikinews articles of 2020** (GUM's Wikinews documents, wide8 and wide13's source, are of 2004-2016).
Rule, fixed and committed before the source file was opened:

* Source: the public GitHub repository ``vanatteveldt/wikinews``, file ``wikinews_2020.csv`` (commit
  ebb25d3c66507269b14c437b5f4b04bf26b3b056; the repository's README and LICENSE give CC BY 2.5 for the
  articles, as Wikinews publishes them). The 2019 file (statements-rich15's source) is not used.
  The repository is read through the project's file look-up tool only, so each data row examined is
  transcribed verbatim (the CSV's title, then its text field, CSV quote-doubling undone) into
  ``wide15-source/row-NNN.txt`` (NNN = the 1-based data row in file order), with its url and date in
  ``wide15-source/rows.tsv``; rows 1 .. ``N_ROWS`` in file order, none skipped unread.
* A row whose date is not of 2020 is skipped (so no 2019 article enters).
* Each row's text: the title line and a dateline line (a weekday, month, day and year alone on a line)
  skipped; the rest split into paragraphs at line breaks and into sentences after ``.``, ``!`` or ``?``
  followed by space and a capital or an opening quote (``select_wide2.SENTENCE_END``, as wide14).
* Lines: those passing events-news's verb filter (``select.keep``: 6 words or more, not a URL, a word of
  the political/conflict/legal verb list) whose text (lower-cased, spaces collapsed) is not that of a line
  of any events set nor one already chosen; taken round-robin as wide13: the first such line of every row
  in file order, then the second of every row, and so on, at most ``PER_DOC`` per row.
* Stop at ``TOTAL`` lines.
Ids are ``W15-wn2020-<NNN>-s<n>``: NNN the row, n the 0-based sentence of the row's text after the title
and dateline. No ``doc`` is carried (the harness's ``--in-document`` reader knows ECB+, MEANTIME and GUM
only), so ``--in-document`` scores these lines plain.
"""
import csv
import os
import re
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
from select import keep  # noqa: E402  (events-news's verb filter, unchanged)
from select_wide2 import SENTENCE_END  # noqa: E402
from select_wide9 import _norm, _used, show  # noqa: E402

PER_DOC = 3
TOTAL = 36
N_ROWS = 14
SOURCE = os.path.join(_HERE, "wide15-source")
DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$")


def rows():
    """The (row number, lines after the title and dateline) pairs of the examined 2020 rows, in file order."""
    with open(os.path.join(SOURCE, "rows.tsv"), encoding="utf-8") as fh:
        dates = {int(r["row"]): r["date"] for r in csv.DictReader(fh, delimiter="\t")}
    for n in range(1, N_ROWS + 1):
        if not dates[n].startswith("2020"):
            continue
        with open(os.path.join(SOURCE, f"row-{n:03d}.txt"), encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh.read().split("\n")][1:]
        if lines and DATELINE.match(lines[0]):
            lines = lines[1:]
        yield n, [s.strip() for p in lines if p for s in SENTENCE_END.split(p)]


def round_robin(rows, seen, make_id, per_doc=PER_DOC, total=TOTAL, accept=lambda s: True):
    """The wide15 rule's pick, shared by wide16-18: in each row, the first ``per_doc`` sentences that pass the
    verb filter (``keep``) and ``accept`` and are no line already ``seen`` (``seen`` grows as lines are taken);
    then the first line of every row in row order, the second …, up to ``total``. ``make_id(n, i)`` names
    sentence i of row n."""
    by_row = []
    for n, sents in rows:
        cands = []
        for i, s in enumerate(sents):
            if s and keep(s) and _norm(s) not in seen and accept(s):
                seen.add(_norm(s))
                cands.append({"id": make_id(n, i), "text": s})
            if len(cands) == per_doc:
                break
        by_row.append(cands)
    out = []
    for i in range(per_doc):
        for cands in by_row:
            if i < len(cands) and len(out) < total:
                out.append(cands[i])
    return out


def wide15_lines():
    _, seen = _used("events-wide15.json")
    return round_robin(rows(), seen, lambda n, i: f"W15-wn2020-{n:03d}-s{i}")


if __name__ == "__main__":
    show(wide15_lines(), sys.argv[1:])
