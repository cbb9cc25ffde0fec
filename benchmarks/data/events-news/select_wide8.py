"""Print the events-wide8 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide8.py`` (from the project root) prints the issue-15
round-14 set (``--set wide8``): a tenth blind events set, from GUM's Wikinews news and interview
documents (``benchmarks/data/gum-entities/``; text CC BY 2.5), which no events set drew from. Rule,
fixed and committed before any candidate line was read:

* Documents: the GUM ``news`` and ``interview`` files in ``benchmarks/data/gum-entities/``, never one of
  GUM's held-out documents (``gum_entities.GUM_HELD_OUT``, the entity gold's check split); news sorted
  by name, interviews sorted by name, interleaved (the first news document, the first interview, the
  second news document, …). The text is ``gum_entities.gum_row``'s rebuild (one sentence a line where
  the tokens make a sentence end safe); the headline and, for news, the dateline lines are skipped.
* Lines: a line needs 6 words or more.
* Strata: ``select_wide6.py``'s 12 type groups (``GROUPS``, unchanged) in order; for each, the first
  ``PER_GROUP`` (3) lines in the interleaved document order that match the group's pattern, are not yet
  chosen, and come from a document that has not yet given a line to that group.
Ids are ``W8-gum-<document>-s<line>`` (``line`` counts the rebuilt text's lines from 0).
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
sys.path.insert(0, os.path.join(_HERE, "..", ".."))
import re  # noqa: E402

from gum_entities import GUM_HELD_OUT, ROOT, gum_row  # noqa: E402
from select_wide6 import GROUPS  # noqa: E402  (the type groups, unchanged)

PER_GROUP = 3
GENRES = ("news", "interview")


def documents():
    """The (document id, lines) pairs in the rule's order, with headline and dateline lines blanked."""
    by_genre = []
    for genre in GENRES:
        paths = sorted(p for p in ROOT.glob(f"GUM_{genre}_*.conll") if p.stem not in GUM_HELD_OUT)
        docs = []
        for p in paths:
            row = gum_row(p)
            lines = row["text"].split("\n")
            skip = 2 if row["published"] else 1  # headline (and the dateline line)
            docs.append((row["id"], ["" if n < skip else s for n, s in enumerate(lines)]))
        by_genre.append(docs)
    for i in range(max(len(d) for d in by_genre)):
        for docs in by_genre:
            if i < len(docs):
                yield docs[i]


def wide8_lines():
    docs = list(documents())
    chosen = {}
    for group, pattern in GROUPS:
        rx = re.compile(pattern, re.I)
        n_group = 0
        for key, sents in docs:
            if n_group == PER_GROUP:
                break
            for n, s in enumerate(sents):
                lid = f"W8-gum-{key}-s{n}"
                if lid in chosen or len(s.split()) < 6 or not rx.search(s):
                    continue
                chosen[lid] = {"id": lid, "text": s, "group": group}
                n_group += 1
                break
    return list(chosen.values())


if __name__ == "__main__":
    out = wide8_lines()
    print(len(out))
    if sys.argv[1:] == ["--ids"]:
        for o in out:
            print(o["id"], o["group"])
    else:
        for o in out:
            print(o["id"], "|", o["group"], "|", o["text"])
