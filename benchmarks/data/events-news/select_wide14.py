"""Print the events-wide14 candidate lines under the set's fixed selection rule (README.md).

``python3 benchmarks/data/events-news/select_wide14.py`` (from the project root) prints the issue-15
round-23 set (``--set wide14``): a sixteenth blind events set, drawn from a source no events set used,
**commercial web news and blog pages** (the outlets scrapinghub's article-extraction-benchmark crawled),
unlike the corpus sets before it (ECB+, MEANTIME and GUM Wikinews, re3d press releases). Rule, fixed and
committed before any candidate line was read:

* Source: ``../shared/datasets/article-extraction-benchmark/ground-truth.json`` (the benchmark is MIT,
  (c) 2020 Scrapinghub; the pages were crawled from public news and blog sites), the human-extracted
  ``articleBody`` of each page; never a held-out page (ids sorted as strings, 0-based i % 5 == 4, the
  dataset README's split).
* Pages in id order; each body split into paragraphs at line breaks and into sentences after ``.``, ``!``
  or ``?`` followed by space and a capital or an opening quote (``select_wide2.SENTENCE_END``).
* Lines: a page's first sentence passing events-news's verb filter (``select.keep``: 6 words or more, not a
  URL, a word of the political/conflict/legal verb list) whose text (lower-cased, spaces collapsed) is not
  that of a line of any events set; at most ``PER_DOC`` per page, so the set spreads over outlets.
* Stop at ``TOTAL`` lines.
Ids are ``W14-aeb-<first 12 hex digits of the page id>-s<sentence>``. No ``doc`` is carried (the harness's
``--in-document`` reader knows ECB+, MEANTIME and GUM only), so ``--in-document`` scores these lines plain.
"""
import json
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
from select import keep  # noqa: E402  (events-news's verb filter, unchanged)
from select_wide2 import SENTENCE_END  # noqa: E402
from select_wide9 import _norm, _used, show  # noqa: E402

PER_DOC = 1
TOTAL = 40
TRUTH = os.path.join(_HERE, "..", "..", "..", "..", "shared", "datasets", "article-extraction-benchmark", "ground-truth.json")


def wide14_lines():
    with open(TRUTH, encoding="utf-8") as fh:
        truth = json.load(fh)
    _, seen = _used("events-wide14.json")
    out = []
    for i, key in enumerate(sorted(truth)):
        if i % 5 == 4:
            continue
        sents = [s.strip() for p in truth[key]["articleBody"].split("\n") for s in SENTENCE_END.split(p.strip())]
        taken = 0
        for n, s in enumerate(sents):
            if s and keep(s) and _norm(s) not in seen:
                seen.add(_norm(s))
                out.append({"id": f"W14-aeb-{key[:12]}-s{n}", "text": s})
                taken += 1
            if taken == PER_DOC:
                break
        if len(out) == TOTAL:
            break
    return out


if __name__ == "__main__":
    show(wide14_lines(), sys.argv[1:])
