"""Print the events-wide2 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide2.py`` (from the project root) prints the issue-15
round-6 set (``--set wide2``): government press releases on diplomacy, sanctions, aid and the
Syria/Iraq conflict from re3d (``../shared/datasets/re3d``), none of them used by another events
set. Rule, fixed before hearsay was run on any line: the folders ``australian-dfat``,
``eu-delegation-syria``, ``uk-government`` and ``us-state-department`` (not ``centcom``, strike
reports, nor ``wikipedia``, encyclopedia text); in each, documents sorted by ``_id``, never a
held-out one (0-based position i % 5 == 4, re3d's README), the first 10 of the rest; each document's
text split into paragraphs at line breaks and into sentences after ``.``, ``!`` or ``?`` followed by
space and a capital or an opening quote; every sentence that passes events-news's verb filter
(``select.keep``: at least 6 words, not a URL, a political/conflict/legal verb stem).
"""
import json
import os
import re
import sys

import importlib.util

# events-news's select.py (its name shadows the standard module, so it is loaded by path)
_SPEC = importlib.util.spec_from_file_location(
    "events_news_select", os.path.join(os.path.dirname(os.path.abspath(__file__)), "select.py"))
_SELECT = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SELECT)
keep = _SELECT.keep  # the same verb filter as --set news and --set wide

RE3D = "../shared/datasets/re3d"
FOLDERS = ("australian-dfat", "eu-delegation-syria", "uk-government", "us-state-department")
PER_FOLDER = 10
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])")


def wide2_lines():
    for folder in FOLDERS:
        with open(f"{RE3D}/{folder}/documents.json", encoding="utf-8-sig") as fh:
            docs = sorted((json.loads(line) for line in fh if line.strip()), key=lambda d: d["_id"])
        kept = [d for i, d in enumerate(docs) if i % 5 != 4][:PER_FOLDER]
        for d in kept:
            sents = [s.strip() for p in d["text"].split("\n") for s in SENTENCE_END.split(p.strip())]
            for n, s in enumerate(x for x in sents if x):
                if keep(s):
                    yield {"id": f"W2-{folder}-{d['_id'][:6]}-s{n}", "text": s}


if __name__ == "__main__":
    out = list(wide2_lines())
    print(len(out))
    for o in out:
        print(o["id"], "|", o["text"])
