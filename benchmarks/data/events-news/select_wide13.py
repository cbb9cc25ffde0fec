"""Print the events-wide13 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide13.py`` (from the project root) prints the issue-15
round-22 set (``--set wide13``): a fifteenth blind events set, drawn from **general news** (politics,
diplomacy, protest, elections, law, science policy), the kind the ECB+ crime and riot sets (news, wide,
wide9 … wide12) hold least of. Rule, fixed and committed before any candidate line was read:

* Source: the GUM ``news`` documents in ``benchmarks/data/gum-entities/`` (English Wikinews, CC BY 2.5),
  never one of GUM's held-out documents (``gum_entities.GUM_HELD_OUT``), the text as
  ``gum_entities.gum_row`` rebuilds it; the headline and dateline lines skipped (as ``select_wide8.py``).
* Documents: sorted by name; a document wide8 drew lines from stays eligible (wide8 took at most one
  line per type group from it), but no line whose text (lower-cased, spaces collapsed) is that of a line
  of any events set, nor one already chosen.
* Lines: those passing events-news's verb filter (``select.keep``: 6 words or more, not a URL, a word of
  the political/conflict/legal verb list), taken round-robin: the first such line of every document in
  name order, then the second of every document, and so on, at most ``PER_DOC`` per document.
* Stop at ``TOTAL`` lines.
Ids are ``W13-gum-<document>-s<line>``; ``doc`` is the GUM id without ``GUM_`` (as wide8) and ``line``
the 0-based line of the rebuilt text.
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
sys.path.insert(0, os.path.join(_HERE, "..", ".."))
from gum_entities import GUM_HELD_OUT, ROOT, gum_row  # noqa: E402
from select import keep  # noqa: E402  (events-news's verb filter, unchanged)
from select_wide9 import _norm, _used, show  # noqa: E402

PER_DOC = 3
TOTAL = 48


def documents():
    """The (document id, lines) pairs in name order, headline and dateline lines blanked."""
    for p in sorted(p for p in ROOT.glob("GUM_news_*.conll") if p.stem not in GUM_HELD_OUT):
        row = gum_row(p)
        lines = row["text"].split("\n")
        skip = 2 if row["published"] else 1
        yield row["id"], ["" if n < skip else s for n, s in enumerate(lines)]


def wide13_lines():
    _, seen = _used("events-wide13.json")
    per_doc = []
    for key, sents in documents():
        cands = []
        for n, s in enumerate(sents):
            if s and keep(s) and _norm(s) not in seen:
                seen.add(_norm(s))
                cands.append({"id": f"W13-gum-{key}-s{n}", "doc": key, "line": n, "text": s})
            if len(cands) == PER_DOC:
                break
        per_doc.append(cands)
    out = []
    for i in range(PER_DOC):
        for cands in per_doc:
            if i < len(cands) and len(out) < TOTAL:
                out.append(cands[i])
    return out


if __name__ == "__main__":
    show(wide13_lines(), sys.argv[1:])
